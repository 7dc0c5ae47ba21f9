"""An annual report's indicator tables as an Excel file, formatted for printing.

Sheet "Chỉ số": the unit's indicators (number, label, value), portrait, one page wide. Sheet
"Theo đơn vị" (above the club level): one row per unit below with every indicator as a column
and the total row, landscape, the unit names repeated on each printed page. Values are numbers
written as the report froze them, so the file agrees with the PDF.
"""

from __future__ import annotations

import io
from functools import cache

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from reports.annual_report import AnnualReportData, summary
from reports.xlsx_safe import as_text

FONT_NAME = "Times New Roman"
NUMBER = "#,##0"
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP = Alignment(vertical="center", wrap_text=True)


@cache
def _font(bold: bool = False, italic: bool = False, size: float = 12) -> Font:
    return Font(name=FONT_NAME, bold=bold, italic=italic, size=size)


def _title(ws, data: AnnualReportData, last_col: int, heading: str) -> None:  # type: ignore[no-untyped-def]
    last = get_column_letter(last_col)
    for r, (value, font) in enumerate(((data.issuing_body, _font(True)),
                                       (heading, _font(True, size=14)),
                                       (summary(data), _font(italic=True))), start=1):
        ws.merge_cells(f"A{r}:{last}{r}")
        cell = ws.cell(r, 1, value)
        cell.font = font
        cell.alignment = Alignment(horizontal="center" if r > 1 else "left", wrap_text=True)
    status = (f"Phiên bản {data.version}, đã duyệt" if data.approved
              else "Bản nháp, chưa duyệt")
    ws.cell(4, 1, status).font = _font(italic=True, size=11)


def _print_setup(ws, landscape: bool) -> None:  # type: ignore[no-untyped-def]
    ws.page_setup.orientation = (ws.ORIENTATION_LANDSCAPE if landscape
                                 else ws.ORIENTATION_PORTRAIT)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = FONT_NAME


def _indicator_sheet(ws, data: AnnualReportData) -> None:  # type: ignore[no-untyped-def]
    ws.title = "Chỉ số"
    for col, width in zip("ABC", (7, 70, 18), strict=True):
        ws.column_dimensions[col].width = width
    _title(ws, data, 3, "BẢNG CHỈ SỐ")
    head = 6
    for c, title in enumerate(("STT", "Chỉ số", "Giá trị"), start=1):
        cell = ws.cell(head, c, title)
        cell.font, cell.alignment, cell.border = _font(True), _CENTRE, _BORDER
    for i, line in enumerate(data.lines, start=1):
        r = head + i
        values = (i, line.label + (" (đồng)" if line.money else ""),
                  int(data.figures.get(line.code, 0)))
        for c, value in enumerate(values, start=1):
            cell = ws.cell(r, c, value)
            cell.font, cell.border = _font(), _BORDER
            cell.alignment = _CENTRE if c == 1 else _WRAP
            if c == 3:
                cell.number_format = NUMBER
    ws.freeze_panes = ws.cell(head + 1, 1)
    ws.print_title_rows = f"{head}:{head}"
    _print_setup(ws, landscape=False)


def _children_sheet(ws, data: AnnualReportData, columns: tuple[tuple[str, str], ...]  # type: ignore[no-untyped-def]
                    ) -> None:
    ws.title = "Theo đơn vị"
    last_col = 2 + len(columns)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 34
    for c in range(3, last_col + 1):
        ws.column_dimensions[get_column_letter(c)].width = 13
    _title(ws, data, min(last_col, 12), "CHỈ SỐ THEO TỪNG ĐƠN VỊ")
    head = 6
    ws.row_dimensions[head].height = 90
    for c, title in enumerate(("STT", "Đơn vị", *(label for _, label in columns)), start=1):
        cell = ws.cell(head, c, title)
        cell.font, cell.alignment, cell.border = _font(True, size=10), _CENTRE, _BORDER
    rows = [(i, child.name, child.figures) for i, child in enumerate(data.children, start=1)]
    rows.append((None, "Tổng cộng", data.figures))
    for k, (number, name, figures) in enumerate(rows, start=1):
        r = head + k
        bold = number is None
        for c, value in enumerate((number, name, *(int(figures.get(code, 0))
                                                   for code, _ in columns)), start=1):
            cell = ws.cell(r, c, value)
            cell.font, cell.border = _font(bold, size=10), _BORDER
            if c > 2:
                cell.number_format = NUMBER
            elif c == 1:
                cell.alignment = _CENTRE
    ws.freeze_panes = ws.cell(head + 1, 3)
    ws.print_title_rows = f"{head}:{head}"
    ws.print_title_cols = "A:B"
    _print_setup(ws, landscape=True)
    ws.page_setup.fitToWidth = 0  # a wide table runs onto more pages, each with the names
    ws.sheet_properties.pageSetUpPr.fitToPage = False


def build(data: AnnualReportData, *, all_columns: tuple[tuple[str, str], ...]) -> bytes:
    """The workbook's bytes. `all_columns` (code, heading) are the per-unit sheet's columns."""
    wb = Workbook()
    _indicator_sheet(wb.active, data)
    if data.children:
        _children_sheet(wb.create_sheet(), data, all_columns)
    wb.properties.title = summary(data)
    wb.properties.creator = "ISHC Desk"
    buf = io.BytesIO()
    as_text(wb).save(buf)
    return buf.getvalue()
