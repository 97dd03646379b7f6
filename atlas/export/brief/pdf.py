"""The brief as PDF (fpdf2)."""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any

from matplotlib import get_data_path

from atlas.export.brief import layout
from atlas.export.brief.content import Brief
from atlas.figures import palette
from atlas.text import lookup as i18n

FONT_DIR = Path(get_data_path()) / "fonts" / "ttf"


def _layout_pdf(brief: Brief) -> Any:
    """The brief as given laid out on an FPDF document (not yet serialised: the page count is known)."""
    from fpdf import FPDF
    from fpdf.enums import TableCellFillMode
    from fpdf.fonts import FontFace

    lang = brief.lang
    footer_text = i18n.t("brief.footer", lang, date=brief.generated_on)

    class _Page(FPDF):
        def footer(self) -> None:
            self.set_y(-10)
            self.set_font("DejaVu", "", 6.5)
            self.set_text_color(*layout.hex_rgb(palette.BRIEF_MUTED))
            self.cell(0, 4, footer_text, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, brief.region_iso, align="R")

    pdf = _Page(orientation="P", unit="mm", format="A4")
    pdf.set_title(brief.title)
    pdf.set_margins(14, 11, 14)
    pdf.set_auto_page_break(True, margin=13)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    width = pdf.epw
    ink, muted, accent = (layout.hex_rgb(c) for c in (palette.BRIEF_INK, palette.BRIEF_MUTED, palette.BRIEF_ACCENT))

    # header
    pdf.set_font("DejaVu", "", 7)
    pdf.set_text_color(*muted)
    pdf.cell(0, 3.5, i18n.t("brief.kicker", lang), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_text_color(*accent)
    pdf.multi_cell(0, 6.2, brief.title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(*muted)
    pdf.cell(0, 4.2, brief.subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.5)
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.l_margin + width, pdf.get_y() + 1)
    pdf.ln(3)

    # map inset and trade chart side by side
    gap = 6.0
    half = (width - gap) / 2
    top = pdf.get_y()
    image_height = half * 0.58 if brief.map_png or brief.chart_png else 16.0
    bottoms = []
    for x, png, caption, empty_text in (
        (pdf.l_margin, brief.map_png, brief.map_note if brief.map_png else "", brief.map_note),
        (pdf.l_margin + half + gap, brief.chart_png, layout.chart_caption(brief) if brief.chart_png else "",
         i18n.t("brief.chart.none", lang)),
    ):  # fmt: skip
        if png is not None:
            pdf.image(io.BytesIO(png), x=x, y=top, w=half, h=image_height, keep_aspect_ratio=True)
        else:
            pdf.set_fill_color(245, 246, 248)
            pdf.rect(x, top, half, image_height, style="F")
            pdf.set_font("DejaVu", "", 7.5)
            pdf.set_text_color(*muted)
            wrapped = pdf.multi_cell(half - 12, 3.6, empty_text, dry_run=True, output="LINES")
            n_lines = len(wrapped) if isinstance(wrapped, list) else 2
            pdf.set_xy(x + 6, top + (image_height - n_lines * 3.6) / 2)
            pdf.multi_cell(half - 12, 3.6, empty_text, align="C")
            pdf.set_fill_color(255, 255, 255)
        pdf.set_xy(x, top + image_height + 0.8)
        pdf.set_font("DejaVu", "", 6.5)
        pdf.set_text_color(*muted)
        if caption:
            pdf.multi_cell(half, 3.0, caption, align="L", new_x="LMARGIN", new_y="NEXT")
        bottoms.append(pdf.get_y())
    pdf.set_y(max(bottoms) + 1.5)

    def heading(text: str) -> None:
        pdf.ln(1.6)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.set_text_color(*accent)
        pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*layout.hex_rgb(palette.BRIEF_RULE))
        pdf.set_line_width(0.2)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + width, pdf.get_y())
        pdf.ln(1.0)

    # key figures
    heading(i18n.t("brief.section.figures", lang))
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(*ink)
    pdf.set_draw_color(*layout.hex_rgb(palette.BRIEF_RULE))
    header_style = FontFace(emphasis="BOLD", color=muted, fill_color=(240, 242, 245))
    with pdf.table(
        col_widths=(84, 56, 14, 28),
        width=width,
        line_height=3.9,
        headings_style=header_style,
        borders_layout="HORIZONTAL_LINES",
        text_align=("LEFT", "LEFT", "CENTER", "LEFT"),
        padding=(0.6, 1.2),
        cell_fill_mode=TableCellFillMode.NONE,
    ) as table:
        header = table.row()
        for key in ("brief.col.indicator", "value", "year", "brief.col.source"):
            header.cell(i18n.t(key, lang))
        for label, value, year, refs in layout.figure_rows(brief):
            row = table.row()
            row.cell(label)
            row.cell(value)
            row.cell(year)
            row.cell(refs)
    if brief.key_figures_note:
        pdf.ln(0.8)
        pdf.set_font("DejaVu", "", 6.5)
        pdf.set_text_color(*muted)
        pdf.multi_cell(0, 3.0, brief.key_figures_note, align="L", new_x="LMARGIN", new_y="NEXT")

    def write_lines(lines: list[tuple[str, str, bool]]) -> None:
        for lead, rest, indented in lines:
            pdf.set_x(pdf.l_margin + (4 if indented else 0))
            pdf.set_text_color(*ink)
            if lead:
                pdf.set_font("DejaVu", "B", 7.8)
                pdf.write(3.6, lead)
            pdf.set_font("DejaVu", "", 7.8)
            if not lead and not indented and rest.startswith(("…", i18n.t("brief.none", lang))):
                pdf.set_text_color(*muted)
            pdf.write(3.6, rest)
            pdf.ln(3.6)
            pdf.ln(0.5)

    facts = layout.fact_lines(brief)
    if facts:
        pdf.ln(0.6)
        write_lines(facts)

    # list sections
    for title, lines in layout.sections(brief):
        heading(title)
        write_lines(lines)

    # sources in two columns, each linked to the full address
    heading(i18n.t("sources", lang))
    pdf.set_font("DejaVu", "", 6.2)
    pdf.set_text_color(*accent)
    rows = math.ceil(len(brief.sources) / 2)
    start = pdf.get_y()
    for i, url in enumerate(brief.sources):
        column, line = divmod(i, rows) if rows else (0, 0)
        pdf.set_xy(pdf.l_margin + column * (half + gap), start + line * 2.9)
        pdf.cell(half, 2.9, _fit_width(pdf, f"[{i + 1}] {layout.short_url(url, 90)}", half - 2), link=url)
    pdf.set_xy(pdf.l_margin, start + rows * 2.9 + 1.5)
    if not brief.sources:
        write_lines([("", i18n.t("brief.none", lang), False)])
        pdf.ln(1)
    pdf.set_font("DejaVu", "", 6.5)
    pdf.set_text_color(*muted)
    pdf.multi_cell(0, 3.0, brief.caveat, align="L", new_x="LMARGIN", new_y="NEXT")
    return pdf


def _fit_width(pdf: Any, text: str, width: float) -> str:
    """`text` shortened with '…' until it fits `width` mm in the current font."""
    if pdf.get_string_width(text) <= width:
        return text
    text = text.rstrip("…")
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text + "…"


def one_page(brief: Brief) -> tuple[Brief, Any]:
    """The brief cut to take one PDF page (layout.one_page, measured by laying it out), and that laid-out PDF."""
    return layout.one_page(brief, _layout_pdf, lambda pdf: int(pdf.pages_count))


def brief_pdf(brief: Brief) -> bytes:
    """The brief as a one-page A4 PDF (DejaVu Sans from matplotlib, so Cyrillic works offline)."""
    return bytes(one_page(brief)[1].output())


def failure_pdf(code: str, lang: str) -> bytes:
    """The same message as a one-page PDF."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, i18n.t("brief.failed", lang, code=code))
    return bytes(pdf.output())
