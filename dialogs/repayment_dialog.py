"""A repayment on a loan: prefilled with what is due on the date, principal and interest
editable, goods given back for a loan in kind; and the reversal of a mistaken repayment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import Problem
from models.loans import loans
from models.loans.loan_schedule import schedule_status
from models.text.vietnamese import format_date, format_number
from ui import service
from ui.context import AppContext, Change
from ui.loan_detail import compact_table
from ui.loans_model import RepaymentsModel, form_text
from ui.messages import label, problem_text
from ui.widgets import DateEdit, ErrorLabel, field_row, save_cancel, with_error
from ui.widgets.form_dialog import FormDialog
from ui.widgets.money import AmountEdit, AmountInWordsLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("RepaymentDialog", text)


class RepaymentDialog(FormDialog):
    """Record one repayment (Save), or reverse an earlier one with a reason."""

    def __init__(self, context: AppContext, loan_id: int, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(context, parent, title=tr("Thu nợ"), width=620,
                         fields=("date", "principal", "interest", "amount", "form"))
        self.loan_id = loan_id
        self.today = today
        self.repayment = None
        self.changed = False  # a reversal was saved (the page refreshes on close)
        self.loan = loans.get_loan(loan_id)

        self.loan_label = QLabel()
        # one line each (the loan on two): wrapped labels get odd heights in a form
        self.due_label = QLabel()
        self.date_edit = DateEdit(today or dt.date.today())
        self.principal_edit = AmountEdit()
        self.interest_edit = AmountEdit()
        self.total_label = QLabel()
        self.total_label.setStyleSheet("font-weight: bold;")
        self.total_words = AmountInWordsLabel()
        # wrapped labels get too little height in a form row: the words' descenders were cut
        self.total_words.setMinimumHeight(self.total_words.fontMetrics().height() + 4)
        self.form_combo = QComboBox()
        for code in ("cash", "in_kind"):
            self.form_combo.addItem(label("loan_form", code), code)
        in_kind = self.loan.form == "in_kind"
        self.form_combo.setEnabled(in_kind)  # goods come back only for a loan in goods
        if not in_kind:
            self.form_combo.setToolTip(tr("Khoản vay bằng tiền mặt chỉ trả bằng tiền mặt"))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(tr("VD: trả kỳ 3"))

        self.history = RepaymentsModel(self)
        self.history_view = compact_table(self.history)
        self.history_view.setMinimumHeight(110)
        self.history_view.setMaximumHeight(170)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(tr("VD: ghi nhầm số tiền, nhập trùng"))
        self.reverse_button = QPushButton(tr("Hủy lần trả đã chọn"))
        self.reverse_error = ErrorLabel()

        form = QFormLayout()
        form.addRow(tr("Khoản vay:"), self.loan_label)
        form.addRow(tr("Ngày trả:"), with_error(self.date_edit, self.errors["date"]))
        form.addRow("", self.due_label)
        form.addRow(tr("Trả gốc (đồng):"), with_error(field_row(self.principal_edit),
                                                     self.errors["principal"]))
        form.addRow(tr("Trả lãi (đồng):"), with_error(field_row(self.interest_edit),
                                                     self.errors["interest"]))
        total = QWidget()
        total_layout = QVBoxLayout(total)
        total_layout.setContentsMargins(0, 0, 0, 0)
        total_layout.setSpacing(2)
        total_layout.addWidget(self.total_label)
        total_layout.addWidget(self.total_words)
        total_layout.addWidget(self.errors["amount"])
        form.addRow(tr("Cộng số tiền thu:"), total)
        form.addRow(tr("Trả bằng:"), with_error(self.form_combo, self.errors["form"]))
        form.addRow(tr("Ghi chú:"), self.note_edit)

        reverse_box = QGroupBox(tr("Hủy một lần trả ghi nhầm"))
        reverse_layout = QVBoxLayout(reverse_box)
        reverse_layout.addWidget(self.history_view)
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(tr("Lý do hủy:")))
        reason_row.addWidget(self.reason_edit, 1)
        reason_row.addWidget(self.reverse_button)
        reverse_layout.addLayout(reason_row)
        reverse_layout.addWidget(self.reverse_error)
        hint = QLabel(tr("Lần trả bị hủy vẫn được giữ trong sổ; chương trình ghi thêm một dòng "
                         "điều chỉnh vào ngày trả ở trên."))
        hint.setStyleSheet("color: #555;")
        hint.setWordWrap(True)
        reverse_layout.addWidget(hint)

        layout = QVBoxLayout(self)
        self.form_box = QWidget()
        self.form_box.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_box)
        layout.addWidget(self.general_error)
        layout.addWidget(reverse_box)
        self.buttons = save_cancel(self, tr("Ghi thu nợ"))
        layout.addWidget(self.buttons)
        # A repaid loan takes no more money, but a mistaken last repayment can still be
        # reversed (which reopens the loan): only the reversal part is shown.
        self.repaid = self.loan.status == "repaid"
        if self.repaid:
            self.setWindowTitle(tr("Hủy lần trả nợ ghi nhầm"))
            for row in range(2, form.rowCount()):  # the loan and the reversal's date stay
                form.setRowVisible(row, False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Đóng"))

        self.principal_edit.amountChanged.connect(lambda _a: self._update_total())
        self.interest_edit.amountChanged.connect(lambda _a: self._update_total())
        self.date_edit.dateChanged.connect(self.prefill)
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.history_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_reverse_button())
        for name, widget in (("principal", self.principal_edit),
                             ("interest", self.interest_edit)):
            widget.amountChanged.connect(self.errors[name].hide)
            widget.amountChanged.connect(self.errors["amount"].hide)
        self.date_edit.dateChanged.connect(self.errors["date"].hide)
        self.reason_edit.textChanged.connect(self.reverse_error.hide)
        self._reload()

    # data -------------------------------------------------------------------------------------

    def _reload(self) -> None:
        self.loan = loans.get_loan(self.loan_id)
        self.schedule = loans.loan_schedule(self.loan_id)
        self.paid = loans.paid_totals(self.loan_id)
        owed = self.loan.principal - self.paid[0]
        self.loan_label.setText(tr("Số {number:02d} — <b>{name}</b>, {what}, vay {amount} đ "
                                   "ngày {date}<br>Dư nợ: <b>{owed} đ</b>").format(
            number=self.loan.number, name=self.loan.person.full_name,
            what=form_text(self.loan)[:1].lower() + form_text(self.loan)[1:],
            amount=format_number(self.loan.principal),
            date=format_date(self.loan.disbursed_on), owed=format_number(owed)))
        self.history.set_rows(loans.loan_repayments(self.loan_id))
        self.history_view.scrollToBottom()  # the latest repayments are the ones corrected
        self._update_reverse_button()
        self.prefill()

    def prefill(self) -> None:
        """What is due on the date (overdue included); before anything is due, the next
        instalment. The clerk may change both parts."""
        try:
            on = self.date_edit.date()
        except ValueError:
            return
        if on is None:
            return
        paid_p, paid_i = self.paid
        state = schedule_status(self.schedule, paid_p, paid_i, on)
        late = state.days_late
        principal, interest = state.due_principal, state.due_interest
        if principal == 0 and interest == 0 and state.next_due_on is not None:
            state = schedule_status(self.schedule, paid_p, paid_i, state.next_due_on)
            principal, interest = state.due_principal, state.due_interest
            self.due_label.setText(tr("Chưa đến hạn. Kỳ tới ngày {date}: gốc {principal} đ, "
                                      "lãi {interest} đ.").format(
                date=format_date(state.next_due_on if state.next_due_on else on),
                principal=format_number(principal), interest=format_number(interest)))
        elif principal == 0 and interest == 0:
            self.due_label.setText(tr("Không còn khoản nào đến hạn."))
        else:
            text = tr("Đến ngày {date} phải trả: gốc {principal} đ, lãi {interest} đ.").format(
                date=format_date(on), principal=format_number(principal),
                interest=format_number(interest))
            if late:
                text = ("<span style='color:#8b1a1a;'>" + text + " " + tr(
                    "Quá hạn {days} ngày.").format(days=late) + "</span>")
            self.due_label.setText(text)
        self.principal_edit.setAmount(principal)
        self.interest_edit.setAmount(interest)
        self._update_total()

    def _update_total(self) -> None:
        total = (self.principal_edit.amount() or 0) + (self.interest_edit.amount() or 0)
        self.total_label.setText(tr("{amount} đ").format(amount=format_number(total)))
        self.total_words.setAmount(total if total else None)

    # save -------------------------------------------------------------------------------------

    def to_input(self) -> loans.RepaymentInput:
        return loans.RepaymentInput(
            loan_id=self.loan_id, date=self.date_edit.date(),
            principal=self.principal_edit.amount() or 0,
            interest=self.interest_edit.amount() or 0,
            form=self.form_combo.currentData(), note=self.note_edit.text())

    def accept(self) -> None:
        try:
            inp = self.to_input()
        except ValueError:
            self.show_problems([Problem("date", "bad_date", {"value": self.date_edit.text()})])
            return
        self.save(lambda: loans.repay(inp, today=self.today), Change.LOAN)

    def saved(self, value) -> None:
        self.repayment = value

    def reject(self) -> None:
        if self.changed:
            self.context.announce(Change.LOAN)
        super().reject()

    # reversal ---------------------------------------------------------------------------------

    def selected_repayment(self) -> int | None:
        rows = self.history_view.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return None if self.history.is_cancelled(row) else self.history.row_at(row).id

    def _update_reverse_button(self) -> None:
        self.reverse_button.setEnabled(self.selected_repayment() is not None)

    def _show_reverse_problems(self, problems: list[Problem]) -> None:
        self.reverse_error.setText("\n".join(problem_text(p) for p in problems))
        self.reverse_error.setVisible(bool(problems))

    def reverse_selected(self) -> bool:
        """Reverse the chosen repayment, dated with the date above, for the reason given."""
        repayment_id = self.selected_repayment()
        if repayment_id is None:
            return False
        try:
            on = self.date_edit.date()
        except ValueError:
            self.reverse_error.show_problems(
                [Problem("date", "bad_date", {"value": self.date_edit.text()})])
            return False
        if not service.call(
                self, lambda: loans.reverse_repayment(repayment_id, self.reason_edit.text(), on,
                                                      today=self.today),
                problems=self._show_reverse_problems, general=self.reverse_error):
            return False
        self.changed = True
        self.reason_edit.clear()
        self._reload()
        if self.repaid and self.loan.status != "repaid":
            self.repaid = False  # reopened: the clerk may now record the right repayment
            self.setWindowTitle(tr("Thu nợ"))
            for row in range(self.form_box.layout().rowCount()):
                self.form_box.layout().setRowVisible(row, True)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).show()
        return True
