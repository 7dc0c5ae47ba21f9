"""Member-file cells typed in an old Vietnamese encoding (TCVN3, VNI), read as Unicode for
the import (models/members/member_import.py): the cell's font decides, else its characters
(models/text/legacy_vn.py); a file whose cells show an old encoding and no letter only
Unicode has is read in that encoding throughout."""

from __future__ import annotations

from dataclasses import dataclass

from models.text import legacy_vn


@dataclass(frozen=True)
class LegacyCell:
    """A cell in an old encoding: where (index in the rows, column index) and as what."""

    row: int
    col: int
    stored: str
    text: str
    encoding: str
    unplaced: str


def cell_text(value: str, font: str | None, row: int, col: int,
              found: list[LegacyCell]) -> str:
    """A text cell as Unicode; noted in `found` when it was typed in an old encoding."""
    text, encoding, unplaced = legacy_vn.convert(value, font)
    if encoding and text != value:
        found.append(LegacyCell(row, col, value, text, encoding, unplaced))
    return text


def convert_the_rest(rows: list[tuple], found: list[LegacyCell], start: int) -> None:
    """A file whose cells from row index `start` show an old encoding and none of Unicode's
    own letters is typed in it throughout: its other plain text cells ("Hé nghÌo", too
    short to tell alone) are read in the same encoding. Formula cells (a str subclass) and
    other values are left alone."""
    done = {(c.row, c.col) for c in found}
    texts = [(i, k, v) for i in range(start, len(rows)) for k, v in enumerate(rows[i])
             if type(v) is str and (i, k) not in done]
    seen = [c.encoding for c in found if c.row >= start]
    if not seen or any(legacy_vn.beyond_latin1(v) for _, _, v in texts):
        return
    encoding = max(set(seen), key=seen.count)
    for i, k, value in texts:
        text, unplaced = legacy_vn.decode(value, encoding)
        if text != value:
            found.append(LegacyCell(i, k, value, text, encoding, unplaced))
            rows[i] = rows[i][:k] + (text,) + rows[i][k + 1:]
