"""Closing a loan: write off what is still owed by a decision, and record the programme's
indicator "did the member's income improve?" once the loan is closed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import Problem
from models.loans import loans
from models.text.vietnamese import format_date, format_number
from ui import service
from ui.context import AppContext, Change
from ui.messages import label
from ui.widgets import DateEdit, ErrorLabel, save_cancel, show_field_problems, with_error


def tr(text: str) -> str:
    return QCoreApplication.translate("LoanCloseDialog", text)


class LoanCloseDialog(QDialog):
    """An open loan: write-off (decision number and date) and, optionally, the outcome.
    A closed loan: the outcome only."""

    def __init__(self, context: AppContext, loan_id: int, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loan_id = loan_id
        self.today = today
        self.loan = loans.get_loan(loan_id)
        self.is_open = self.loan.status not in ("repaid", "written_off")
        self.setWindowTitle(tr("Xóa nợ / Ghi kết quả") if self.is_open else tr("Ghi kết quả"))
        self.setMinimumWidth(560)
        paid_principal, _ = loans.paid_totals(loan_id)
        self.owed = self.loan.principal - paid_principal

        self.decision_edit = QLineEdit()
        self.decision_edit.setPlaceholderText(tr("VD: 05/QĐ-CLB"))
        self.date_edit = DateEdit(today or dt.date.today())
        self.write_off_note = QLineEdit()
        self.write_off_note.setPlaceholderText(tr("VD: thành viên qua đời, gia đình khó khăn"))
        self.yes_radio = QRadioButton(tr("Có cải thiện"))
        self.no_radio = QRadioButton(tr("Chưa cải thiện"))
        self.unknown_radio = QRadioButton(tr("Chưa ghi"))
        self.outcome_group = QButtonGroup(self)
        for button in (self.yes_radio, self.no_radio, self.unknown_radio):
            self.outcome_group.addButton(button)
        if self.loan.income_improved is None:
            self.unknown_radio.setChecked(True)
        else:
            (self.yes_radio if self.loan.income_improved else self.no_radio).setChecked(True)
        self.outcome_note = QLineEdit()
        self.outcome_note.setPlaceholderText(tr("VD: đàn bò thêm 1 bê, thu nhập tăng"))
        self.errors = {name: ErrorLabel() for name in (
            "decision_number", "date", "income_improved")}
        self.general_error = ErrorLabel()

        who = QLabel(tr("Số {number:02d} — <b>{name}</b>, vay {amount} đ ngày {date}; {status}")
                     .format(number=self.loan.number, name=self.loan.person.full_name,
                             amount=format_number(self.loan.principal),
                             date=format_date(self.loan.disbursed_on),
                             status=self._status_text()))
        who.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(who)

        self.write_off_box = QGroupBox(tr("Xóa nợ"))
        write_off = QFormLayout(self.write_off_box)
        owed = QLabel(tr("Số nợ gốc còn lại được xóa: <b>{amount} đ</b>").format(
            amount=format_number(self.owed)))
        write_off.addRow(owed)
        write_off.addRow(tr("Số quyết định:"), with_error(self.decision_edit,
                                                         self.errors["decision_number"]))
        write_off.addRow(tr("Ngày quyết định:"), with_error(self.date_edit,
                                                           self.errors["date"]))
        write_off.addRow(tr("Lý do, ghi chú:"), self.write_off_note)
        self.write_off_box.setVisible(self.is_open)
        layout.addWidget(self.write_off_box)

        outcome_box = QGroupBox(tr("Kết quả sử dụng vốn vay"))
        outcome = QFormLayout(outcome_box)
        choices = QHBoxLayout()
        for button in (self.yes_radio, self.no_radio, self.unknown_radio):
            choices.addWidget(button)
        choices.addStretch(1)
        question = QLabel(tr("Thu nhập của thành viên có cải thiện không?"))
        question.setStyleSheet("font-weight: bold;")
        outcome.addRow(question)
        outcome.addRow(choices)
        outcome.addRow(self.errors["income_improved"])
        outcome.addRow(tr("Ghi chú:"), self.outcome_note)
        if self.is_open:
            hint = QLabel(tr("Khoản vay đang còn nợ: kết quả được ghi cùng lúc xóa nợ, hoặc khi "
                             "thành viên trả hết nợ."))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            outcome.addRow(hint)
        layout.addWidget(outcome_box)
        layout.addWidget(self.general_error)
        layout.addWidget(save_cancel(self, tr("Xóa nợ") if self.is_open else tr("Lưu")))
        self.decision_edit.textChanged.connect(self.errors["decision_number"].hide)
        self.date_edit.dateChanged.connect(self.errors["date"].hide)

    def _status_text(self) -> str:
        """'quá hạn 128 ngày', 'trong hạn', 'đã trả hết từ ngày 20/07/2026'."""
        if self.loan.closed_on is not None:
            return tr("{status} từ ngày {date}").format(
                status=label("loan_status", self.loan.status).lower(),
                date=format_date(self.loan.closed_on))
        # overdue is read from the schedule on the day, not stored
        row = next((r for r in loans.loan_register(self.loan.club_id,
                                                   self.today or dt.date.today())
                    if r.loan_id == self.loan_id), None)
        if row is not None and row.status == "overdue":
            return tr("quá hạn {days} ngày").format(days=row.days_late)
        return label("loan_status", "current").lower()

    def income_improved(self) -> bool | None:
        if self.yes_radio.isChecked():
            return True
        if self.no_radio.isChecked():
            return False
        return None

    def show_problems(self, problems: list[Problem]) -> None:
        show_field_problems(self.errors, self.general_error, problems)

    def accept(self) -> None:
        improved = self.income_improved()
        if self.is_open:
            try:
                on = self.date_edit.date()
            except ValueError:
                self.show_problems([Problem("date", "bad_date",
                                            {"value": self.date_edit.text()})])
                return
            if not service.call(
                    self, lambda: loans.write_off(self.loan_id, on, self.decision_edit.text(),
                                                  self.write_off_note.text(), today=self.today),
                    context=self.context, changes=Change.LOAN, problems=self.show_problems,
                    general=self.general_error):
                return
            self.is_open = False  # the write-off is saved even if the outcome is refused
        if improved is not None:
            if not service.call(
                    self, lambda: loans.record_outcome(self.loan_id, improved,
                                                       self.outcome_note.text()),
                    context=self.context, changes=Change.LOAN, problems=self.show_problems,
                    general=self.general_error):
                return
        elif not self.write_off_box.isVisible():
            self.show_problems([Problem("income_improved", "required")])
            return
        super().accept()
