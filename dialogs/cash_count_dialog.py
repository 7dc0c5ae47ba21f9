"""Count the cash of a fund (kiểm kê quỹ) against the book balance of that day.

The difference is shown as the clerk types the counted amount and is recorded as it is,
never booked away: a shortage or surplus is for the club to explain."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import Problem
from models.funds import funds
from models.funds.fund_views import cash_counts_of
from models.text.vietnamese import format_date, format_number
from ui import service
from ui.context import AppContext, Change
from ui.widgets import DateEdit, ErrorLabel, save_cancel, show_field_problems
from ui.widgets.money import AmountEdit, AmountInWordsLabel

if TYPE_CHECKING:
    from models.storage.schema import CashCount

FIELDS = ("date", "counted", "note")
SHOWN_COUNTS = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("CashCountDialog", text)


def difference_text(difference: int) -> str:
    """"Khớp", "Thừa 50.000 đ" or "Thiếu 50.000 đ"."""
    if difference == 0:
        return tr("Khớp với sổ quỹ")
    if difference > 0:
        return tr("Thừa {amount} đ so với sổ").format(amount=format_number(difference))
    return tr("Thiếu {amount} đ so với sổ").format(amount=format_number(-difference))


class CashCountDialog(QDialog):
    """`count` holds the saved CashCount."""

    def __init__(self, context: AppContext, fund_id: int, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or dt.date.today()
        self.fund = funds.get_fund(fund_id)
        self.count: CashCount | None = None
        self.setWindowTitle(tr("Kiểm kê quỹ"))
        self.setMinimumWidth(560)

        self.date_edit = DateEdit(self.today)
        self.book_label = QLabel()
        self.book_label.setObjectName("bookBalance")
        self.counted_edit = AmountEdit()
        self.words_label = AmountInWordsLabel()
        self.difference_label = QLabel()
        self.difference_label.setObjectName("difference")
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(tr("VD: thủ quỹ giải trình khoản thiếu"))
        self.errors = {name: ErrorLabel() for name in FIELDS}
        self.general_error = ErrorLabel()

        head = QLabel(tr("{fund} — {club}").format(fund=self.fund.name,
                                                       club=self.fund.club.name))
        head.setStyleSheet("font-weight: bold;")
        head.setWordWrap(True)
        counted = QWidget()
        box = QVBoxLayout(counted)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(self.counted_edit)
        line.addWidget(QLabel(tr("đồng")))
        line.addStretch(1)
        box.addLayout(line)
        box.addWidget(self.words_label)
        box.addWidget(self.errors["counted"])
        self.history_label = QLabel(self._history_text())
        self.history_label.setWordWrap(True)
        self.history_label.setStyleSheet("color: #555;")

        form = QFormLayout()
        form.addRow(tr("Ngày kiểm kê:"), self.date_edit)
        form.addRow("", self.errors["date"])
        form.addRow(tr("Số dư theo sổ:"), self.book_label)
        form.addRow(tr("Tiền mặt đếm được:"), counted)
        form.addRow(tr("Chênh lệch:"), self.difference_label)
        form.addRow(tr("Ghi chú:"), self.note_edit)
        form.addRow("", self.errors["note"])
        form.addRow(tr("Lần kiểm kê trước:"), self.history_label)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(save_cancel(self, tr("Ghi kết quả kiểm kê")))
        self.counted_edit.amountChanged.connect(self.words_label.setAmount)
        self.counted_edit.amountChanged.connect(lambda _a: self._update())
        self.counted_edit.amountChanged.connect(lambda _a: self.errors["counted"].hide())
        self.date_edit.dateChanged.connect(self._update)
        self.date_edit.dateChanged.connect(self.errors["date"].hide)
        self._update()

    def _history_text(self) -> str:
        rows = cash_counts_of(self.fund.id, SHOWN_COUNTS)
        if not rows:
            return tr("chưa kiểm kê lần nào")
        return "\n".join(tr("{date}: đếm được {counted} đ — {difference}").format(
            date=format_date(r.date), counted=format_number(r.counted),
            difference=difference_text(r.difference)) for r in rows)

    def book_balance(self) -> int | None:
        """The book balance at the end of the chosen day (None while the date is not valid)."""
        try:
            on = self.date_edit.date()
        except ValueError:
            return None
        return funds.balance(self.fund.id, on) if on is not None else None

    def _update(self) -> None:
        book = self.book_balance()
        self.book_label.setText(tr("{amount} đ").format(amount=format_number(book))
                                if book is not None else "—")
        counted = self.counted_edit.amount()
        if book is None or counted is None:
            self.difference_label.setText("—")
            self.difference_label.setStyleSheet("")
            return
        difference = counted - book
        self.difference_label.setText(difference_text(difference))
        self.difference_label.setStyleSheet(
            "font-weight: bold; color: %s;" % ("#1b6e20" if difference == 0 else "#b00020"))

    def accept(self) -> None:
        try:
            on = self.date_edit.date()
        except ValueError:
            show_field_problems(self.errors, self.general_error,
                                [Problem("date", "bad_date", {"value": self.date_edit.text()})])
            return
        counted = self.counted_edit.amount()
        if counted is None:
            show_field_problems(self.errors, self.general_error, [Problem("counted", "required")])
            return
        done = service.call(
            self, lambda: funds.record_cash_count(self.fund.id, on, counted,
                                                  self.note_edit.text(), today=self.today),
            context=self.context, changes=Change.FUND, general=self.general_error,
            problems=lambda problems: show_field_problems(self.errors, self.general_error,
                                                          problems))
        if not done:
            return
        self.count = done.value
        super().accept()
