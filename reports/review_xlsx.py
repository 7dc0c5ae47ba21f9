"""The indicator table of a plan's review report (reports/review_report.py) as .xlsx, formatted
for printing: A4 portrait fitted to the width, the header repeated on every page."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from reports.review_report import (
    COLUMNS,
    ReviewReportData,
    indicator_rows,
    kind_word,
    period_words,
)
from reports.xlsx_safe import as_text

FONT = "Times New Roman"
HEADER_ROW = 5
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def write(data: ReviewReportData, path: str | Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu"
    last = get_column_letter(len(COLUMNS))
    ws.cell(1, 1, data.issuing_body).font = Font(name=FONT, bold=True, size=12)
    for r, (value, font) in enumerate((
            (f"KẾT QUẢ THỰC HIỆN CHỈ TIÊU ({kind_word(data).upper()})",
             Font(name=FONT, bold=True, size=14)),
            (f"{data.plan_line}, {period_words(data)} - {data.area}",
             Font(name=FONT, italic=True, size=12))), start=2):
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(r, 1, value).font = font
        ws.cell(r, 1).alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[3].height = 32
    for c, col in enumerate(COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW, c, col.title)
        cell.font, cell.border = Font(name=FONT, bold=True), _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(c)].width = max(7, col.width * 11)
    align = {"left": "left", "right": "right", "centre": "center"}
    rows = indicator_rows(data)
    for offset, row in enumerate(rows):
        r = HEADER_ROW + 1 + offset
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, int(value) if c in (1, 3) else value)
            cell.font, cell.border = Font(name=FONT, size=11), _BORDER
            cell.alignment = Alignment(horizontal=align[COLUMNS[c - 1].align],
                                       vertical="center", wrap_text=True)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 3)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{last}{HEADER_ROW + len(rows)}"
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.title = f"Báo cáo {kind_word(data)} - {data.area}"
    as_text(wb).save(str(path))
