"""Loan fields shared by the loan rules and the loan dialogs: the monthly rate box, the
interest method list and the longest term a form accepts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QWidget

from models.loans.loan_schedule import INTEREST_METHODS
from ui.messages import label

MAX_TERM = 120  # ten years: far beyond any club loan, so a typo of an extra digit is caught


def tr(text: str) -> str:
    return QCoreApplication.translate("LoanRulesDialog", text)


class RateEdit(QDoubleSpinBox):
    """A monthly rate in percent with a decimal comma (0,50 %/tháng), read as hundredths of
    a percent (rate_bp) so no float reaches the services."""

    rateChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        self.setDecimals(2)
        self.setRange(0, 10)
        self.setSingleStep(0.05)
        self.setSuffix(" " + tr("%/tháng"))
        self.setMinimumWidth(130)
        self.valueChanged.connect(lambda _v: self.rateChanged.emit())

    def rate_bp(self) -> int:
        return round(self.value() * 100)

    def set_rate_bp(self, rate_bp: int) -> None:
        self.setValue(rate_bp / 100)


def method_combo() -> QComboBox:
    combo = QComboBox()
    for code in INTEREST_METHODS:
        combo.addItem(label("interest_method", code), code)
    return combo
