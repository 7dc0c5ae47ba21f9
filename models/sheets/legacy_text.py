"""Cells of an imported sheet typed in TCVN3 or VNI, converted to Unicode before anything else
reads them (models/text/legacy_encodings.py says how a text is recognised).

A file is looked at as a whole first: only when some cell plainly holds an old encoding's code
("Ng­êi", "Ngöôøi") are its text cells converted, each with its font name as a hint (read in
a second pass over the sheet, so ordinary Unicode files cost nothing more). Every converted
cell is listed for the preview; a cell neither encoding reads cleanly is a problem naming its
row and column, and the file is not imported until it is fixed.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass

from models.errors import Problem
from models.text.legacy_encodings import looks_legacy, read_text


@dataclass(frozen=True)
class Converted:
    """One cell read from an old encoding."""

    row: int  # Excel row number
    column: str  # the column's header as the template names it
    original: str
    text: str
    encoding: str  # "tcvn3" or "vni"


def _font_names(path: str, sheet: str | None, first_row: int, width: int
                ) -> dict[tuple[int, int], str]:
    """Font name of every text cell from `first_row` on, by (Excel row, 0-based column)."""
    from openpyxl import load_workbook

    fonts: dict[tuple[int, int], str] = {}
    wb = load_workbook(path, read_only=True)
    try:
        ws = wb[sheet] if sheet in wb.sheetnames else wb.worksheets[0]
        for r, cells in enumerate(ws.iter_rows(min_row=first_row, max_col=width), first_row):
            for c, cell in enumerate(cells):
                if isinstance(cell.value, str):
                    try:
                        fonts[(r, c)] = cell.font.name or ""
                    except (AttributeError, IndexError):  # a cell without a style
                        continue
    finally:
        wb.close()
    return fonts


def convert_rows(path: str, sheet: str | None, rows: list[tuple], first_data: int,
                 columns: list[tuple[str, int]], field_of: dict[str, str]
                 ) -> tuple[list[Converted], list[Problem]]:
    """Convert, in place, the text cells of rows[first_data:] typed in an old encoding.

    `columns` are (header, 0-based position) of the columns read; `field_of` maps a header to
    the field a problem names. Returns the cells converted and the cells it cannot place.
    """
    texts = [(i, header, pos) for i in range(first_data, len(rows))
             for header, pos in columns
             if pos < len(rows[i]) and isinstance(rows[i][pos], str)]
    if not any(looks_legacy(rows[i][pos]) for i, _, pos in texts):
        return [], []
    width = max(pos for _, pos in columns) + 1
    fonts = _font_names(path, sheet, first_data + 1, width)
    # The encoding most plainly-old cells read in: the file's, for cells that could be either.
    votes = Counter(read_text(rows[i][pos], fonts.get((i + 1, pos))).encoding
                    for i, _, pos in texts if looks_legacy(rows[i][pos]))
    votes.pop("unicode", None)
    assume = votes.most_common(1)[0][0] if votes else None
    converted: list[Converted] = []
    problems: list[Problem] = []
    changed: dict[int, list] = {}
    for i, header, pos in texts:
        original = rows[i][pos]
        reading = read_text(original, fonts.get((i + 1, pos)), assume)
        if reading.encoding != "unicode" and reading.text != original:
            changed.setdefault(i, list(rows[i]))[pos] = reading.text
            converted.append(Converted(i + 1, header, original, reading.text, reading.encoding))
        if not reading.certain:
            problems.append(Problem(field_of.get(header, "file"), "legacy_text",
                                    {"value": original, "file": os.path.basename(path)},
                                    i + 1, header))
    for i, values in changed.items():
        rows[i] = tuple(values)
    return converted, problems
