"""Sổ quỹ tiền mặt as an Excel file: the columns of the printed book, amounts as numbers.

Totals and balances are written as values, the same figures the PDF prints (the ledger is
append-only, so the file is a snapshot of the book, not a calculator): a clerk who edits a cell
does not silently get a book that disagrees with the program. The header rows are frozen and
repeat on every printed page; the sheet prints A4 landscape, fitted to the page width.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils import get_column_letter

from reports.fund_book import FundBookData
from reports.vouchers import date_words
from reports.xlsx_print import fit_rows, footer_page_numbers, print_margins
from reports.xlsx_safe import as_text

FONT_NAME = "Times New Roman"
MONEY = "#,##0"  # Excel groups with the system's separator: "1.250.000" on a Vietnamese PC
DATE = "dd/mm/yyyy"
HEADER_ROW = 7  # first of the two header rows
FIRST_DATA_ROW = HEADER_ROW + 2
# Narrow enough for 12 pt type to print at ≥ 9 pt when fitted to A4 landscape; the
# description wraps (its rows grow to fit, reports/xlsx_print.fit_rows).
WIDTHS = (12, 13, 13, 34, 15, 15, 16, 16)
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP = Alignment(vertical="center", wrap_text=True)


@cache
def _font(bold: bool = False, italic: bool = False, size: float = 12) -> Font:
    # one object per style: a long book writes thousands of cells with the same two fonts
    return Font(name=FONT_NAME, bold=bold, italic=italic, size=size)


def _register_styles(wb: Workbook) -> dict[tuple[str, bool], str]:
    names = {}
    for kind, fmt, align in (("date", DATE, _CENTRE), ("centre", "General", _CENTRE),
                             ("text", "General", _WRAP), ("money", MONEY, None)):
        for bold in (False, True):
            style = NamedStyle(name=f"book_{kind}{'_bold' if bold else ''}",
                               font=_font(bold), border=_BORDER, number_format=fmt)
            if align is not None:
                style.alignment = align
            wb.add_named_style(style)
            names[kind, bold] = style.name
    return names


def write(data: FundBookData, path: str | Path) -> None:
    """Write the book to `path` (.xlsx)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sổ quỹ"
    last_col = len(WIDTHS)
    last = get_column_letter(last_col)
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for r, line in enumerate(data.unit_lines[:2], start=1):
        ws.cell(r, 1, line).font = _font(bold=r == 1)
    for r, (value, font) in enumerate(((  "SỔ QUỸ TIỀN MẶT", _font(True, size=15)),
                                       (data.fund_name, _font(True, size=13)),
                                       (data.period, _font(italic=True))), start=3):
        ws.merge_cells(f"A{r}:{last}{r}")
        cell = ws.cell(r, 1, value)
        cell.font, cell.alignment = font, Alignment(horizontal="center")
    ws.cell(6, last_col, "Đơn vị tính: đồng").font = _font(italic=True, size=11)
    ws.cell(6, last_col).alignment = Alignment(horizontal="right")

    h1, h2 = HEADER_ROW, HEADER_ROW + 1
    for col, title in ((1, "Ngày ghi sổ"), (2, "Số phiếu"), (4, "Diễn giải"), (5, "Số tiền"),
                       (8, "Ghi chú")):
        ws.cell(h1, col, title)
    for col, title in ((2, "Thu"), (3, "Chi"), (5, "Thu"), (6, "Chi"), (7, "Tồn")):
        ws.cell(h2, col, title)
    for rng in (f"A{h1}:A{h2}", f"B{h1}:C{h1}", f"D{h1}:D{h2}", f"E{h1}:G{h1}",
                f"H{h1}:H{h2}"):
        ws.merge_cells(rng)
    for row in ws.iter_rows(min_row=h1, max_row=h2, max_col=last_col):
        for cell in row:
            cell.font, cell.alignment, cell.border = _font(True), _CENTRE, _BORDER

    rows: list[tuple] = [(None, None, None, "Số dư đầu kỳ", None, None, data.opening, None)]
    rows += [(ln.date, ln.receipt_no or None, ln.payment_no or None, ln.description,
              ln.receipt or None, ln.payment or None, ln.balance, ln.note or None)
             for ln in data.lines]
    rows.append((None, None, None, "Cộng phát sinh trong kỳ", data.total_receipts,
                 data.total_payments, None, None))
    rows.append((None, None, None, "Số dư cuối kỳ", None, None, data.closing, None))
    kinds = ("date", "centre", "centre", "text", "money", "money", "money", "text")
    names = _register_styles(wb)
    for offset, values in enumerate(rows):
        r = FIRST_DATA_ROW + offset
        bold = offset == 0 or offset >= len(rows) - 2
        for c, value in enumerate(values, start=1):
            # a named style is one assignment per cell; font, border, alignment and format
            # one by one cost four style look-ups each (a 2,000-entry book took seconds)
            ws.cell(r, c, value).style = names[kinds[c - 1], bold]
    end = FIRST_DATA_ROW + len(rows) - 1
    fit_rows(ws, FIRST_DATA_ROW, end, line_height=16.5)  # 12 pt descriptions that wrap

    sign = end + 2
    ws.cell(sign, 6, date_words(data.signed_on)).font = _font(italic=True)
    ws.merge_cells(start_row=sign, start_column=6, end_row=sign, end_column=8)
    ws.cell(sign, 6).alignment = Alignment(horizontal="center")
    for (first, span_end), s in zip(((1, 3), (4, 5), (6, 8)), data.signers, strict=False):
        for k, (value, font) in enumerate(((s.role, _font(True)),
                                           ("(Ký, họ tên)", _font(italic=True)),
                                           (s.name, _font(True)))):
            r = sign + 1 + k + (4 if k == 2 else 0)  # room to sign above the name
            ws.merge_cells(start_row=r, start_column=first, end_row=r, end_column=span_end)
            cell = ws.cell(r, first, value)
            cell.font, cell.alignment = font, Alignment(horizontal="center")

    ws.freeze_panes = ws.cell(FIRST_DATA_ROW, 1)
    ws.print_title_rows = f"{h1}:{h2}"
    ws.print_area = f"A1:{last}{sign + 7}"
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    print_margins(ws)
    footer_page_numbers(ws, FONT_NAME)
    wb.properties.title = f"Sổ quỹ tiền mặt - {data.fund_name}"
    wb.properties.creator = "ISHC Desk"
    as_text(wb).save(str(path))
