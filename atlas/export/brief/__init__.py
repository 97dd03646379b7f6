"""A region's one-page brief: `build_brief` (content.py) then `brief_pdf` / `brief_docx` (pdf.py, docx.py), both laid
out by layout.py with the pictures of pictures.py. Heavy (matplotlib, fpdf2, python-docx): imported on a download."""

from atlas.export.brief.content import MAX_AGREEMENTS, MAX_MEETINGS, MAX_VISITS, Brief, build_brief
from atlas.export.brief.docx import brief_docx, failure_docx
from atlas.export.brief.pdf import brief_pdf, failure_pdf
from atlas.export.brief.pictures import map_inset_png, trade_chart_png

__all__ = [
    "MAX_AGREEMENTS", "MAX_MEETINGS", "MAX_VISITS", "Brief", "brief_docx", "brief_pdf", "build_brief",
    "failure_docx", "failure_pdf", "map_inset_png", "trade_chart_png",
]  # fmt: skip
