"""The brief as Word (python-docx)."""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any

from atlas.export.brief import layout, pdf
from atlas.export.brief.content import Brief
from atlas.figures import palette
from atlas.text import lookup as i18n

# --------------------------------------------------------------------------------------------------- DOCX
# WordprocessingML fixes the order of a paragraph's and a cell's properties: new ones go before these.
_PPR_AFTER_BORDERS = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                      "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                      "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                      "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                      "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")  # fmt: skip
_TCPR_AFTER_BORDERS = ("w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
                       "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")  # fmt: skip


def _docx_border(element: Any, tag: str, edges: Sequence[str], colour: str, size: int = 4) -> None:
    """Add w:<tag> borders on `edges` (top/bottom/left/right) of a paragraph's or cell's properties."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement(tag)
    for edge in edges:
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), str(size))
        line.set(qn("w:space"), "1")
        line.set(qn("w:color"), colour.lstrip("#"))
        borders.append(line)
    element.insert_element_before(borders, *(_PPR_AFTER_BORDERS if tag == "w:pBdr" else _TCPR_AFTER_BORDERS))


def _docx_shade(cell: Any, fill: str) -> None:
    """Background colour of a table cell."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#"))
    cell._tc.get_or_add_tcPr().insert_element_before(shading, *_TCPR_AFTER_BORDERS[1:])


def _docx_link(paragraph: Any, url: str, text: str, size: float, colour: str) -> None:
    """Append a hyperlink run (external relationship to `url`) to a paragraph."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    colour_el = OxmlElement("w:color")
    colour_el.set(qn("w:val"), colour.lstrip("#"))
    size_el = OxmlElement("w:sz")
    size_el.set(qn("w:val"), str(int(size * 2)))
    props.extend([colour_el, size_el])
    run.append(props)
    text_el = OxmlElement("w:t")
    text_el.text = text
    text_el.set(qn("xml:space"), "preserve")
    run.append(text_el)
    link.append(run)
    paragraph._p.append(link)


def _render_docx(brief: Brief) -> bytes:
    """The DOCX bytes of the brief as given (lists already cut to fit one page)."""
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    lang = brief.lang
    document = Document()
    document.core_properties.title = brief.title
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(14)
    section.top_margin, section.bottom_margin = Mm(11), Mm(12)
    section.footer_distance = Mm(6)
    width_mm = 210 - 28
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(8)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    def rgb(colour: str) -> RGBColor:
        return RGBColor(*layout.hex_rgb(colour))

    def paragraph(
        text: str = "", size: float = 8, bold: bool = False, colour: str = palette.BRIEF_INK, after: float = 0
    ) -> Any:
        para = document.add_paragraph()
        para.paragraph_format.space_after = Pt(after)
        if text:
            run = para.add_run(text)
            run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, rgb(colour)
        return para

    def heading(text: str) -> None:
        para = paragraph(text, 9.5, True, palette.BRIEF_ACCENT, after=2)
        para.paragraph_format.space_before = Pt(5)
        para.paragraph_format.keep_with_next = True
        _docx_border(para._p.get_or_add_pPr(), "w:pBdr", ("bottom",), palette.BRIEF_RULE)

    paragraph(i18n.t("brief.kicker", lang), 7, colour=palette.BRIEF_MUTED)
    paragraph(brief.title, 14, True, palette.BRIEF_ACCENT, after=1)
    subtitle = paragraph(brief.subtitle, 8, colour=palette.BRIEF_MUTED, after=3)
    _docx_border(subtitle._p.get_or_add_pPr(), "w:pBdr", ("bottom",), palette.BRIEF_ACCENT, size=8)

    # map inset and chart side by side, captions under each
    half = (width_mm - 6) / 2
    pictures = document.add_table(rows=1, cols=2)
    pictures.alignment = WD_TABLE_ALIGNMENT.CENTER
    pictures.autofit = False
    for cell, png, caption, empty_text in (
        (pictures.rows[0].cells[0], brief.map_png, brief.map_note if brief.map_png else "", brief.map_note),
        (pictures.rows[0].cells[1], brief.chart_png, layout.chart_caption(brief) if brief.chart_png else "",
         i18n.t("brief.chart.none", lang)),
    ):  # fmt: skip
        cell.width = Mm(half + 3)
        first = cell.paragraphs[0]
        if png is not None:
            first.add_run().add_picture(io.BytesIO(png), width=Mm(half))
        else:
            first.alignment = WD_ALIGN_PARAGRAPH.CENTER
            first.paragraph_format.space_before = Pt(28)
            first.paragraph_format.space_after = Pt(28)
            run = first.add_run(empty_text)
            run.font.size, run.font.color.rgb = Pt(7.5), rgb(palette.BRIEF_MUTED)
            _docx_shade(cell, palette.BRIEF_SHADE)
        if caption:
            note = cell.add_paragraph()
            run = note.add_run(caption)
            run.font.size, run.font.color.rgb = Pt(6.5), rgb(palette.BRIEF_MUTED)

    heading(i18n.t("brief.section.figures", lang))
    rows = layout.figure_rows(brief)
    table = document.add_table(rows=1 + len(rows), cols=4)
    table.autofit = False
    widths = (84, 56, 14, 28)
    headers = [i18n.t(k, lang) for k in ("brief.col.indicator", "value", "year", "brief.col.source")]
    for r, values in enumerate([tuple(headers), *rows]):
        for c, value in enumerate(values):
            cell = table.rows[r].cells[c]
            cell.width = Mm(widths[c])
            para = cell.paragraphs[0]
            if c == 2:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = para.add_run(value)
            run.font.size = Pt(8)
            run.font.bold = r == 0
            run.font.color.rgb = rgb(palette.BRIEF_MUTED if r == 0 else palette.BRIEF_INK)
            _docx_border(cell._tc.get_or_add_tcPr(), "w:tcBorders", ("bottom",), palette.BRIEF_RULE)
            if r == 0:
                _docx_shade(cell, palette.BRIEF_HEADER)
    if brief.key_figures_note:
        paragraph(brief.key_figures_note, 6.5, colour=palette.BRIEF_MUTED).paragraph_format.space_before = Pt(2)

    def write_lines(lines: list[tuple[str, str, bool]]) -> None:
        for lead, rest, indented in lines:
            para = paragraph(after=1)
            if indented:
                para.paragraph_format.left_indent = Mm(4)
            if lead:
                run = para.add_run(lead)
                run.font.size, run.font.bold = Pt(7.8), True
            run = para.add_run(rest)
            run.font.size = Pt(7.8)
            faint = not lead and not indented and rest.startswith(("…", i18n.t("brief.none", lang)))
            run.font.color.rgb = rgb(palette.BRIEF_MUTED if faint else palette.BRIEF_INK)

    write_lines(layout.fact_lines(brief))
    for title, lines in layout.sections(brief):
        heading(title)
        write_lines(lines)

    heading(i18n.t("sources", lang))
    if brief.sources:
        n_rows = math.ceil(len(brief.sources) / 2)
        listing = document.add_table(rows=n_rows, cols=2)
        listing.autofit = False
        for i, url in enumerate(brief.sources):
            column, line = divmod(i, n_rows)
            cell = listing.rows[line].cells[column]
            cell.width = Mm(half + 3)
            _docx_link(cell.paragraphs[0], url, f"[{i + 1}] {layout.short_url(url, 66)}", 6.2, palette.BRIEF_ACCENT)
    else:
        write_lines([("", i18n.t("brief.none", lang), False)])
    paragraph(brief.caveat, 6.5, colour=palette.BRIEF_MUTED).paragraph_format.space_before = Pt(3)

    footer = section.footer.paragraphs[0]
    run = footer.add_run(i18n.t("brief.footer", lang, date=brief.generated_on))
    run.font.size, run.font.color.rgb = Pt(6.5), rgb(palette.BRIEF_MUTED)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def brief_docx(brief: Brief) -> bytes:
    """The brief as a one-page A4 Word document (lists cut as in the PDF so it stays on one page)."""
    return _render_docx(pdf.one_page(brief)[0])


# --------------------------------------------------------------------------------------------------- failure


def failure_docx(code: str, lang: str) -> bytes:
    """A one-paragraph Word document saying why there is no brief (it holds no data text, so it cannot fail)."""
    from docx import Document

    document = Document()
    document.core_properties.title = i18n.t("brief.failed", lang, code=code)[:200]
    document.add_paragraph(i18n.t("brief.failed", lang, code=code))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
