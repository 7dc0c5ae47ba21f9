"""Spreadsheets the program writes hold data, never formulas.

openpyxl stores any str that starts with "=" as a formula, and a spreadsheet program may
take text starting with +, -, @, a tab or a carriage return for one when the cell is
edited: a member named '=HYPERLINK("http://…","Bấm vào đây")' would become a live link in
the office's export. `as_text(workbook)` runs just before every save: such cells are stored
as plain text (data type "s", no <f> element) and marked with Excel's quote prefix, so even
editing the cell keeps it text. The writers put no formula of their own in any sheet.
"""

from __future__ import annotations

from openpyxl import Workbook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(workbook: Workbook) -> Workbook:
    """Store every text cell that could read as a formula as text; returns the workbook."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                    cell.data_type = "s"
                    cell.quotePrefix = True
    return workbook
