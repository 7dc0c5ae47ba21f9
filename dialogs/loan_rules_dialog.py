"""A club's loan rules: the most one member may borrow, the longest term, the monthly rate,
how interest is reckoned and whether a guarantor is needed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.clubs.clubs import get_club
from models.errors import Problem
from models.loans import loans
from ui import service
from ui.context import AppContext, Change
from ui.widgets import ErrorLabel, save_cancel, show_field_problems, with_error
from ui.widgets.loan_fields import MAX_TERM, RateEdit, method_combo
from ui.widgets.money import amount_with_words


def tr(text: str) -> str:
    return QCoreApplication.translate("LoanRulesDialog", text)


class LoanRulesDialog(QDialog):
    """Edit the loan rules of one club (loans outside them are refused)."""

    def __init__(self, context: AppContext, club_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.context = context
        self.club_id = club_id
        club = get_club(club_id)
        self.setWindowTitle(tr("Quy định cho vay của CLB"))
        self.setMinimumWidth(520)

        self.amount_edit, self.amount_words = amount_with_words()
        self.term_spin = QSpinBox()
        self.term_spin.setRange(1, MAX_TERM)
        self.term_spin.setSuffix(" " + tr("tháng"))
        self.rate_edit = RateEdit()
        self.method_combo = method_combo()
        self.guarantor_check = QCheckBox(tr("Người vay phải có người bảo lãnh"))
        self.errors = {name: ErrorLabel() for name in (
            "max_amount", "max_term_months", "rate_bp", "interest_method")}
        self.general_error = ErrorLabel()

        current = loans.loan_rules(club_id)  # the defaults until the club sets its own
        self.amount_edit.setAmount(current.max_amount)
        self.term_spin.setValue(current.max_term_months)
        self.rate_edit.set_rate_bp(current.rate_bp)
        self.method_combo.setCurrentIndex(
            max(0, self.method_combo.findData(current.interest_method)))
        self.guarantor_check.setChecked(bool(current.guarantor_required))

        form = QFormLayout()
        club_label = QLabel(f"{club.code} — {club.name}")
        club_label.setWordWrap(True)
        club_label.setStyleSheet("font-weight: bold;")
        form.addRow(tr("Câu lạc bộ:"), club_label)
        amount_box = QWidget()
        amount_layout = QVBoxLayout(amount_box)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        amount_layout.setSpacing(2)
        amount_layout.addWidget(self.amount_edit)
        amount_layout.addWidget(self.amount_words)
        amount_layout.addWidget(self.errors["max_amount"])
        form.addRow(tr("Mức vay tối đa (đồng):"), amount_box)
        form.addRow(tr("Thời hạn vay tối đa:"), with_error(self.term_spin,
                                                          self.errors["max_term_months"]))
        form.addRow(tr("Lãi suất:"), with_error(
            self.rate_edit, self.errors["rate_bp"],
            tr("Theo quy chế CLB; để 0 nếu cho vay không lãi")))
        form.addRow(tr("Cách tính lãi:"), with_error(self.method_combo,
                                                    self.errors["interest_method"]))
        form.addRow("", self.guarantor_check)
        layout = QVBoxLayout(self)
        note = QLabel(tr("Khoản vay mới vượt mức tối đa hoặc thời hạn tối đa sẽ không lưu được. "
                         "Khoản vay đã cho vay không thay đổi."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general_error)
        layout.addWidget(save_cancel(self, tr("Lưu")))
        # a message about a value the clerk has since changed would mislead
        self.amount_edit.amountChanged.connect(self.errors["max_amount"].hide)
        self.term_spin.valueChanged.connect(self.errors["max_term_months"].hide)
        self.rate_edit.rateChanged.connect(self.errors["rate_bp"].hide)

    def to_input(self) -> loans.LoanRulesInput:
        return loans.LoanRulesInput(
            max_amount=self.amount_edit.amount(),
            max_term_months=self.term_spin.value(),
            rate_bp=self.rate_edit.rate_bp(),
            interest_method=self.method_combo.currentData(),
            guarantor_required=self.guarantor_check.isChecked())

    def show_problems(self, problems: list[Problem]) -> None:
        show_field_problems(self.errors, self.general_error, problems)

    def accept(self) -> None:
        if not service.call(self, lambda: loans.save_loan_rules(self.club_id, self.to_input()),
                            context=self.context, changes=Change.LOAN,
                            problems=self.show_problems, general=self.general_error):
            return
        super().accept()
