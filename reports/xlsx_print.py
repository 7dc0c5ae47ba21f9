"""How the program's spreadsheets print, the same in Excel and LibreOffice.

- The title goes into the page header through its three sections (&L, &C, &R), one line
  each: a line break inside a header is stored by openpyxl as "_x000a_", which Excel reads
  back but LibreOffice prints as it stands.
- Rows with wrapped text get the height their longest cell needs at its column's width:
  neither program grows a row whose height the file sets, and LibreOffice does not grow
  rows for wrapped text written by another program either.
"""

from __future__ import annotations

import math

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from models.text.vietnamese import nfc

# Characters of 11 pt text that fit in one unit of Excel column width (a unit is the width
# of "0" in the default font); Vietnamese words with marks run a little wider than digits.
CHARS_PER_UNIT = 0.95
LINE_HEIGHT_PT = 15.0  # one line of 11 pt text with its leading


def header_text(text: str) -> str:
    """One header section's text: NFC, one line, "&" doubled (it starts a header code)."""
    return " ".join(nfc(text).split()).replace("&", "&&")


def title_header(ws: Worksheet, center: str, left: str = "", right: str = "", *,
                 font: str, size: int = 10) -> None:
    """The page header in its three sections, one line each: `center` (the paper's name, bold,
    a size larger), `left` (whose it is), `right` (as of when). Excel allows 255 characters
    for the whole header, font codes included: each section keeps at most 70 characters."""
    for part, text, face, points in ((ws.oddHeader.center, center, f"{font},Bold", size + 2),
                                     (ws.oddHeader.left, left, font, size),
                                     (ws.oddHeader.right, right, font, size)):
        if text.strip():
            part.text = header_text(text)[:70]
            part.font = face
            part.size = points


def print_margins(ws: Worksheet) -> None:
    """Margins of a register fitted to the page width: narrow at the sides, so the fitted
    type stays readable (≥ 9 pt), room above and below for the header and footer."""
    margins = ws.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.6
    margins.header = margins.footer = 0.25


def footer_page_numbers(ws: Worksheet, font: str, size: int = 13) -> None:
    """"Trang 2/5" in the footer's centre; sized so that it still reads after the sheet is
    fitted to the page."""
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = font
    ws.oddFooter.center.size = size


def wrapped_lines(value: object, width: float) -> int:
    """How many lines `value` takes in a wrapped cell `width` units wide."""
    if value is None or value == "":
        return 1
    per_line = max(1, int(width * CHARS_PER_UNIT))  # at 11 pt; a little less at 12 pt
    return sum(max(1, math.ceil(len(part) / per_line)) for part in str(value).split("\n"))


def fit_rows(ws: Worksheet, first_row: int, last_row: int, *, min_lines: int = 1,
             line_height: float = LINE_HEIGHT_PT) -> None:
    """Set each row from `first_row` to `last_row` as tall as its most wrapped cell
    (`line_height` points a line: 15 for 11 pt type)."""
    widths = {}
    for col in range(1, ws.max_column + 1):
        letter = get_column_letter(col)
        widths[col] = ws.column_dimensions[letter].width or 8.43
    for row in range(first_row, last_row + 1):
        lines = min_lines
        for cell in ws[row]:
            if cell.value is not None and cell.alignment is not None and cell.alignment.wrap_text:
                lines = max(lines, wrapped_lines(cell.value, widths.get(cell.column, 8.43)))
        ws.row_dimensions[row].height = line_height * lines
