"""A new receipt (phiếu thu) or payment (phiếu chi) of one fund.

The kind is fixed by the button that opened the dialog. The amount shows its words as the
clerk types, and the fund's balance after this voucher is shown beside it; the service still
decides (a payment the fund cannot cover is refused and the message sits under the amount).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.errors import Problem
from models.funds import funds
from models.funds.fund_views import club_members, voucher_code
from models.text.vietnamese import format_date, format_number
from ui import service
from ui.context import AppContext, Change
from ui.messages import label
from ui.widgets import DateEdit, ErrorLabel, save_cancel, show_field_problems
from ui.widgets.form_dialog import AsksBeforeDiscarding
from ui.widgets.money import AmountEdit, AmountInWordsLabel
from ui.widgets.search import SearchCombo

if TYPE_CHECKING:
    from models.storage.schema import LedgerEntry

FIELDS = ("date", "counterparty", "category", "description", "amount", "attachments")


def tr(text: str) -> str:
    return QCoreApplication.translate("EntryDialog", text)


class EntryDialog(AsksBeforeDiscarding, QDialog):
    """Post one receipt or payment; `entry` holds the saved row, `print_requested` whether
    the clerk asked to print it straight away."""

    def __init__(self, context: AppContext, fund_id: int, kind: str,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        if kind not in funds.ENTRY_KINDS:
            raise ValueError(f"unknown entry kind {kind!r}")
        self.context = context
        self.kind = kind
        self.today = today or dt.date.today()
        self.fund = funds.get_fund(fund_id)
        self.entry: LedgerEntry | None = None
        self.print_requested = False
        receipt = kind == "receipt"
        self.setWindowTitle(tr("Phiếu thu mới") if receipt else tr("Phiếu chi mới"))
        self.setMinimumWidth(620)

        self.date_edit = DateEdit(self.today)
        self.member_radio = QRadioButton(tr("Thành viên CLB"))
        self.party_radio = QRadioButton(tr("Người/đơn vị ngoài CLB"))
        self._who = QButtonGroup(self)
        self._who.addButton(self.member_radio)
        self._who.addButton(self.party_radio)
        self.member_combo = SearchCombo(tr("Gõ tên thành viên, VD: nguyen thi hue"))
        self.member_combo.setMinimumContentsLength(30)
        self.member_combo.set_items(self._member_items())
        self.party_edit = QLineEdit()
        self.party_edit.setMaxLength(200)
        self.party_edit.setPlaceholderText(
            tr("VD: UBND phường Đức Xuân") if receipt else tr("VD: Cửa hàng Minh Phát"))
        self.category_combo = QComboBox()
        self.category_combo.addItem(tr("— Chọn khoản mục —"), "")
        for code in funds.MANUAL_CATEGORIES[kind]:  # loans are lent from the loan register
            self.category_combo.addItem(label("ledger_category", code), code)
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(
            tr("VD: Thu hội phí tháng 11/2026") if receipt
            else tr("VD: Chi mua quà thăm hỏi thành viên ốm"))
        self.amount_edit = AmountEdit()
        self.words_label = AmountInWordsLabel()
        self.attachments_spin = QSpinBox()
        self.attachments_spin.setRange(0, 999)
        self.attachments_spin.setFixedWidth(80)
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balanceAfter")
        self.balance_label.setWordWrap(True)
        self.errors = {name: ErrorLabel() for name in FIELDS}
        self.general_error = ErrorLabel()

        self._layout(receipt)
        self.member_radio.setChecked(True)
        self._who_changed()
        self.member_radio.toggled.connect(lambda _on: self._who_changed())
        self.amount_edit.amountChanged.connect(self.words_label.setAmount)
        self.amount_edit.amountChanged.connect(lambda _a: self._update_balance())
        self.date_edit.dateChanged.connect(self._update_balance)
        # a message about a value the clerk has since changed would mislead
        self.date_edit.dateChanged.connect(self.errors["date"].hide)
        self.amount_edit.amountChanged.connect(lambda _a: self.errors["amount"].hide())
        self.category_combo.currentIndexChanged.connect(lambda _i: self.errors["category"].hide())
        self.party_edit.textChanged.connect(lambda _t: self.errors["counterparty"].hide())
        self.member_combo.value_listeners.append(lambda _v: self.errors["counterparty"].hide())
        self._update_balance()

    def _layout(self, receipt: bool) -> None:
        head = QLabel(tr("{fund} — {club}").format(fund=self.fund.name,
                                                       club=self.fund.club.name))
        head.setStyleSheet("font-weight: bold;")
        head.setWordWrap(True)
        who = QWidget()
        grid = QGridLayout(who)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.member_radio, 0, 0)
        grid.addWidget(self.member_combo, 0, 1)
        grid.addWidget(self.party_radio, 1, 0)
        grid.addWidget(self.party_edit, 1, 1)
        grid.addWidget(self.errors["counterparty"], 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        amount_row = QWidget()
        amount_box = QVBoxLayout(amount_row)
        amount_box.setContentsMargins(0, 0, 0, 0)
        amount_box.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(self.amount_edit)
        line.addWidget(QLabel(tr("đồng")))
        line.addStretch(1)
        amount_box.addLayout(line)
        amount_box.addWidget(self.words_label)
        amount_box.addWidget(self.errors["amount"])

        form = QFormLayout()
        form.addRow(tr("Ngày:"), self.date_edit)
        form.addRow("", self.errors["date"])
        form.addRow(tr("Người nộp tiền:") if receipt else tr("Người nhận tiền:"), who)
        form.addRow(tr("Khoản mục:"), self.category_combo)
        form.addRow("", self.errors["category"])
        form.addRow(tr("Nội dung:") if receipt else tr("Lý do chi:"), self.description_edit)
        form.addRow("", self.errors["description"])
        form.addRow(tr("Số tiền:"), amount_row)
        form.addRow(tr("Số dư quỹ:"), self.balance_label)
        form.addRow(tr("Kèm theo:"), self._attachments_row())
        form.addRow("", self.errors["attachments"])
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(save_cancel(self, tr("Lưu phiếu thu") if receipt
                                     else tr("Lưu phiếu chi")))

    def _attachments_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.attachments_spin)
        line.addWidget(QLabel(tr("chứng từ gốc")))
        line.addStretch(1)
        return row

    def _member_items(self) -> list[tuple[str, object]]:
        items = []
        for m in club_members(self.fund.club_id):
            text = tr("{name} ({year})").format(name=m.full_name, year=m.birth_year)
            if not m.active:
                text += " " + tr("— đã ra khỏi CLB")
            items.append((text, m.person_id))
        return items

    # state ------------------------------------------------------------------------------------

    def _who_changed(self) -> None:
        member = self.member_radio.isChecked()
        self.member_combo.setEnabled(member)
        self.party_edit.setEnabled(not member)
        (self.member_combo if member else self.party_edit).setFocus()

    def set_member(self, person_id: int) -> None:
        self.member_radio.setChecked(True)
        self.member_combo.set_value(person_id)

    def set_party(self, text: str) -> None:
        self.party_radio.setChecked(True)
        self.party_edit.setText(text)

    def set_category(self, code: str) -> None:
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(code)))

    def _day(self) -> dt.date:
        try:
            return self.date_edit.date() or self.today
        except ValueError:
            return self.today

    def _update_balance(self) -> None:
        on = self._day()
        now = funds.balance(self.fund.id, on)
        amount = self.amount_edit.amount() or 0
        after = now + amount if self.kind == "receipt" else now - amount
        text = tr("cuối ngày {date}: {now} đ").format(date=format_date(on),
                                                     now=format_number(now))
        if amount:
            text += tr(" → sau phiếu này: {after} đ").format(
                after=format_number(after) if after >= 0 else "−" + format_number(-after))
        short = after < 0
        if self.kind == "payment" and amount and not short:
            # a back-dated payment must also leave every later balance at zero or above
            low, low_date = funds.lowest_balance_from(self.fund.id, on)
            if amount > low:
                short = True
                text += "\n" + tr("Số dư ngày {date} chỉ còn {low} đ: chỉ chi được tối đa "
                                   "{low} đ vào ngày đã chọn.").format(
                    date=format_date(low_date), low=format_number(low))
        elif short:
            text += "\n" + tr("Quỹ không đủ tiền để chi khoản này.")
        self.balance_label.setText(text)
        self.balance_label.setStyleSheet("color: #b00020;" if short else "")

    def entry_input(self) -> funds.EntryInput:
        """What the clerk typed, as the service takes it (the date is checked by accept)."""
        member = self.member_radio.isChecked()
        return funds.EntryInput(
            fund_id=self.fund.id, kind=self.kind, date=self.date_edit.date(),
            amount=self.amount_edit.amount(), category=self.category_combo.currentData() or "",
            person_id=self.member_combo.value() if member else None,
            party="" if member else self.party_edit.text(),
            description=self.description_edit.text(),
            attachments=self.attachments_spin.value())

    def show_problems(self, problems: list[Problem]) -> None:
        show_field_problems(self.errors, self.general_error, problems)

    # saving -----------------------------------------------------------------------------------

    def accept(self) -> None:
        self.member_combo.commit_text()
        try:
            inp = self.entry_input()
        except ValueError:
            self.show_problems([Problem("date", "bad_date", {"value": self.date_edit.text()})])
            return
        done = service.call(self, lambda: funds.post_entry(inp, today=self.today),
                            context=self.context, changes=Change.FUND,
                            problems=self.show_problems, general=self.general_error)
        if not done:
            return
        self.entry = done.value
        self.print_requested = self._ask_print(
            voucher_code(self.entry.kind, self.entry.year, self.entry.number))
        super().accept()

    def _ask_print(self, code: str) -> bool:
        """Offer to print the voucher just saved; tests replace this."""
        box = QMessageBox(QMessageBox.Icon.Information, tr("Đã lưu phiếu"),
                          tr("Đã lưu phiếu {code}. In phiếu ngay?").format(code=code),
                          parent=self)
        print_button = box.addButton(tr("In phiếu"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Để sau"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(print_button)
        box.exec()
        return box.clickedButton() is print_button
