"""The program's one date box: accepts a date the way a clerk types it, shows dd/MM/yyyy."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from models.text.vietnamese import format_date, parse_date

_SHORT = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2})")
_DIGITS = re.compile(r"\d{6}|\d{8}")
# A two-digit year is read in the century that puts it at most this many years ahead of
# today: in 2026 "30" is 2030 and "45" is 1945.
YEARS_AHEAD = 10


def tr(text: str) -> str:
    return QCoreApplication.translate("Widgets", text)


def _full_year(two_digits: int, today: dt.date) -> int:
    year = today.year // 100 * 100 + two_digits
    if year > today.year + YEARS_AHEAD:
        year -= 100
    elif year <= today.year + YEARS_AHEAD - 100:
        year += 100
    return year


def parse_typed_date(text: str, today: dt.date | None = None) -> dt.date:
    """A date as clerks type it: dd/mm/yyyy or d/m/yyyy (separators / - .), d/m/yy, ISO
    yyyy-mm-dd, or digits only: ddmmyyyy (01122026) or ddmmyy (011226), both 01/12/2026.
    ValueError (with a reason) when the text is not a date."""
    s = text.strip().replace(" ", "")
    today = today or dt.date.today()
    if m := _DIGITS.fullmatch(s):
        day, month, rest = int(s[:2]), int(s[2:4]), s[4:]
        year = int(rest) if len(rest) == 4 else _full_year(int(rest), today)
    elif m := _SHORT.fullmatch(s):
        day, month = int(m.group(1)), int(m.group(2))
        year = _full_year(int(m.group(3)), today)
    else:
        return parse_date(s)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError("no such day or month") from None


class DateEdit(QLineEdit):
    """A date typed as dd/mm/yyyy (the way clerks write it), d/m/yy or digits only
    (01122026, 011226); when the typing ends it shows dd/MM/yyyy. Empty means no date.

    `date()` returns None when empty and raises ValueError when the text is not a date, so
    the dialog can name the field.
    """

    dateChanged = Signal()

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("dd/mm/yyyy"))
        self.setMaxLength(10)
        self.setFixedWidth(110)
        self.set_date(value)
        self.textChanged.connect(lambda _t: self.dateChanged.emit())
        self.editingFinished.connect(self.tidy)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))

    def date(self) -> dt.date | None:
        text = self.text().strip()
        return parse_typed_date(text) if text else None

    def is_valid(self) -> bool:
        try:
            self.date()
        except ValueError:
            return False
        return True

    def tidy(self) -> None:
        """Show a typed date as dd/MM/yyyy (text that is no date stays for the clerk)."""
        try:
            value = self.date()
        except ValueError:
            return
        if value is not None and self.text() != format_date(value):
            self.set_date(value)
