"""Reverse (đảo) a posted voucher: a new voucher of the opposite kind cancels it, with a
reason. Nothing is edited or deleted; both vouchers stay in the book, marked."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from models.errors import Problem
from models.funds import funds
from models.funds.fund_views import entry_detail
from models.text.vietnamese import amount_in_words, format_date, format_number
from ui.context import AppContext, Change
from ui.messages import label
from ui.widgets import DateEdit, ErrorLabel, show_field_problems
from ui.widgets.form_dialog import FormDialog

if TYPE_CHECKING:
    from models.storage.schema import LedgerEntry

FIELDS = ("date", "reason")


def tr(text: str) -> str:
    return QCoreApplication.translate("ReversalDialog", text)


class ReversalDialog(FormDialog):
    """`reversal` holds the reversing entry once saved."""

    def __init__(self, context: AppContext, entry_id: int, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        detail = entry_detail(entry_id)
        super().__init__(context, parent, title=tr("Đảo phiếu {code}").format(code=detail.code),
                         fields=FIELDS, width=560)
        self.today = today or dt.date.today()
        self.detail = d = detail
        self.reversal: LedgerEntry | None = None

        self.date_edit = DateEdit(self.today)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setFixedHeight(70)
        self.reason_edit.setPlaceholderText(tr("VD: ghi nhầm số tiền, nhầm quỹ, nhầm người nộp"))
        # the entry itself may not be reversible (a reversal, or already reversed)
        self.entry_error = ErrorLabel()

        intro = QLabel(tr(
            "Phiếu đã ghi sổ không sửa, không xóa được. Đảo phiếu sẽ lập một phiếu {opposite} "
            "cùng số tiền để hủy phiếu này; cả hai phiếu vẫn nằm trong sổ quỹ.").format(
                opposite=tr("chi") if d.kind == "receipt" else tr("thu")))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #444;")
        form = QFormLayout()
        code = QLabel(tr("{code} ngày {date} — {kind}").format(
            code=d.code, date=format_date(d.date), kind=label("entry_kind", d.kind)))
        code.setStyleSheet("font-weight: bold;")
        form.addRow(tr("Phiếu:"), code)
        form.addRow(tr("Quỹ:"), QLabel(d.fund_name))
        who = QLabel(d.counterparty)
        who.setWordWrap(True)
        form.addRow(tr("Người nộp/nhận:"), who)
        what = QLabel(d.description or "—")
        what.setWordWrap(True)
        form.addRow(tr("Nội dung:"), what)
        form.addRow(tr("Khoản mục:"), QLabel(label("ledger_category", d.category)))
        amount = QLabel(tr("{amount} đ ({words})").format(amount=format_number(d.amount),
                                                         words=amount_in_words(d.amount)))
        amount.setWordWrap(True)
        form.addRow(tr("Số tiền:"), amount)
        form.addRow("", self.entry_error)
        form.addRow(tr("Ngày đảo phiếu:"), self.date_edit)
        form.addRow("", self.errors["date"])
        form.addRow(tr("Lý do đảo phiếu:"), self.reason_edit)
        form.addRow("", self.errors["reason"])
        self.lay_out(form, tr("Đảo phiếu"), intro)
        self.date_edit.dateChanged.connect(self.errors["date"].hide)
        self.reason_edit.textChanged.connect(self.errors["reason"].hide)
        if d.reverses_code:
            self.entry_error.show_problems([Problem("entry", "is_reversal")])
        elif d.reversed_by_code:
            self.entry_error.setText(tr("Phiếu này đã được đảo bởi phiếu {code}.").format(
                code=d.reversed_by_code))
            self.entry_error.show()

    def set_reason(self, text: str) -> None:
        self.reason_edit.setPlainText(text)

    def show_problems(self, problems: list[Problem]) -> None:
        self.entry_error.show_problems([p for p in problems if p.field == "entry"])
        show_field_problems(self.errors, self.general_error,
                            [p for p in problems if p.field != "entry"])

    def accept(self) -> None:
        if not self.date_is_valid(self.date_edit, "date"):
            return
        on = self.date_edit.date()
        self.save(lambda: funds.reverse_entry(self.detail.entry_id,
                                              self.reason_edit.toPlainText(), on,
                                              today=self.today),
                  Change.FUND)

    def saved(self, value) -> None:
        self.reversal = value
