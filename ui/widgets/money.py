"""Money fields: an amount editor that groups digits as you type, and its amount in words.

Every money field of the program uses these so an amount reads the same everywhere
(1.234.567) and the clerk sees the words a voucher will print while typing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from models.text.vietnamese import amount_in_words, format_number

# Thirteen digits already passes 10**12, the most any service accepts; more is never needed.
MAX_DIGITS = 13


def _tr(text: str) -> str:
    return QCoreApplication.translate("MoneyWidgets", text)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if "0" <= ch <= "9")


class _GroupedDigits(QValidator):
    """Accepts digits and the group dots only; the dots are put back by the editor."""

    def validate(self, text: str, pos: int) -> object:
        if all(ch.isdigit() and ch.isascii() or ch in ". " for ch in text) \
                and len(_digits(text)) <= MAX_DIGITS:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Invalid, text, pos


class AmountEdit(QLineEdit):
    """An amount in đồng: digits only, shown as 1.234.567 while typing.

    `amount()` is None when the field is empty. `amountChanged(object)` carries the new
    amount (int or None) on every edit, typed or set.
    """

    amountChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(_GroupedDigits(self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(_tr("0"))
        self.setMinimumWidth(160)
        self._last: int | None = None
        self._regrouping = False
        self.textChanged.connect(self._regroup)

    def amount(self) -> int | None:
        """The amount typed, in đồng; None if empty."""
        digits = _digits(self.text())
        return int(digits) if digits else None

    def setAmount(self, amount: int | None) -> None:  # noqa: N802 - Qt naming
        """Show this amount (None or a negative clears the field)."""
        self.setText("" if amount is None or amount < 0 else format_number(int(amount)))

    def _regroup(self, text: str) -> None:
        if self._regrouping:
            return
        digits = _digits(text)
        # Leading zeros carry no meaning in an amount; one zero is kept so "0" can be typed.
        digits = digits.lstrip("0") or ("0" if digits else "")
        grouped = format_number(int(digits)) if digits else ""
        if grouped != text:
            # Keep the cursor after the same number of digits it was after before regrouping.
            before = len(_digits(text[:self.cursorPosition()]))
            before -= len(_digits(text)) - len(digits) if before else 0
            self._regrouping = True
            try:
                self.setText(grouped)
            finally:
                self._regrouping = False
            self.setCursorPosition(_position_after(grouped, max(before, 0)))
        value = int(digits) if digits else None
        if value != self._last:
            self._last = value
            self.amountChanged.emit(value)


def _position_after(grouped: str, digit_count: int) -> int:
    """The text position just after the `digit_count`-th digit of `grouped`."""
    if digit_count <= 0:
        return 0
    seen = 0
    for i, ch in enumerate(grouped):
        if ch.isdigit():
            seen += 1
            if seen == digit_count:
                return i + 1
    return len(grouped)


class AmountInWordsLabel(QLabel):
    """The amount in words, as the voucher prints it ("Một triệu … đồng"); empty for None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amountInWords")
        self.setWordWrap(True)
        self.setStyleSheet("color: #444; font-style: italic;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def setAmount(self, amount: int | None) -> None:  # noqa: N802 - Qt naming
        """Show the words for this amount; nothing for None."""
        self.setText(amount_in_words(amount) if amount is not None else "")


def amount_with_words(parent: QWidget | None = None) -> tuple[AmountEdit, AmountInWordsLabel]:
    """An AmountEdit and an AmountInWordsLabel already connected to follow it."""
    edit = AmountEdit(parent)
    words = AmountInWordsLabel(parent)
    edit.amountChanged.connect(words.setAmount)
    return edit, words
