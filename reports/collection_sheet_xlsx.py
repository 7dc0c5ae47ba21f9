"""The collection sheet (reports/collection_sheet.py) as .xlsx: amounts as numbers, the
header repeated on every printed page, A4 landscape fitted to the width."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from models.text.vietnamese import decree_date
from reports.collection_sheet import COLUMNS, TITLE, CollectionSheetData
from reports.xlsx_print import fit_rows, footer_page_numbers, print_margins
from reports.xlsx_safe import as_text

FONT = "Times New Roman"
HEADER_ROW = 5
MONEY_COLUMNS = (2, 3, 4, 5)
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def write(data: CollectionSheetData, path: str | Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Thu hội phí"
    last = get_column_letter(len(COLUMNS))
    ws.cell(1, 1, data.parent_body).font = Font(name=FONT, size=12)
    # One line: a line break in a cell that does not wrap prints only its last line.
    ws.cell(2, 1, " ".join(data.issuing_body.split())).font = Font(name=FONT, bold=True,
                                                                   size=12)
    for r, (value, font) in enumerate(((TITLE, Font(name=FONT, bold=True, size=15)), (
            f"Buổi sinh hoạt {decree_date(data.date)}", Font(name=FONT, italic=True))),
            start=3):
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(r, 1, value).font = font
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    for c, col in enumerate(COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW, c, col.title)
        cell.font, cell.border = Font(name=FONT, bold=True), _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(c)].width = max(7, col.width * 12)
    values = [[i, x.name, x.fee_due, x.instalment_due, x.overdue, None, None]
              for i, x in enumerate(data.lines, start=1)]
    values.append([None, "Cộng", data.total("fee_due"), data.total("instalment_due"),
                   data.total("overdue"), None, None])
    for offset, row in enumerate(values):
        r = HEADER_ROW + 1 + offset
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, value)
            cell.font = Font(name=FONT, bold=offset == len(values) - 1)
            cell.border = _BORDER
            if c - 1 in MONEY_COLUMNS:
                cell.number_format = "#,##0"
    fit_rows(ws, HEADER_ROW, HEADER_ROW, min_lines=2)  # the wrapped column titles
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 3)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{last}{HEADER_ROW + len(values)}"
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    print_margins(ws)
    footer_page_numbers(ws, FONT)
    wb.properties.title = f"{TITLE} - {data.club_name}"
    wb.properties.creator = "ISHC Desk"
    as_text(wb).save(str(path))
