"""Money widgets and the funds dialogs: amount grouping and words as you type, new receipt
and payment, reversal with a reason, closing a period, counting the cash."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from dialogs.cash_count_dialog import CashCountDialog
from dialogs.close_period_dialog import ClosePeriodDialog
from dialogs.entry_dialog import EntryDialog
from dialogs.reversal_dialog import ReversalDialog
from models.funds import fund_views, funds
from models.storage.schema import AuditLog, CashCount, ClosedPeriod, LedgerEntry
from tests.ui import funds_data
from tests.ui.conftest import save_screenshot
from ui.widgets.money import AmountEdit, AmountInWordsLabel, amount_with_words

TODAY = funds_data.TODAY
D = dt.date


@pytest.fixture
def book(context):
    return funds_data.make_book()


def written() -> tuple[int, ...]:
    return (LedgerEntry.select().count(), AuditLog.select().count(),
            ClosedPeriod.select().count(), CashCount.select().count())


def entry_dialog(qtbot, context, fund_id: int, kind: str) -> EntryDialog:
    dialog = EntryDialog(context, fund_id, kind, today=TODAY)
    qtbot.addWidget(dialog)
    dialog._ask_print = lambda code: False
    return dialog


# --- AmountEdit ------------------------------------------------------------------------------


def test_typing_an_amount_groups_digits_and_shows_words(qtbot):
    edit, words = amount_with_words()
    qtbot.addWidget(edit)
    qtbot.addWidget(words)
    seen = []
    edit.amountChanged.connect(seen.append)
    qtbot.keyClicks(edit, "1250000")
    assert edit.text() == "1.250.000" and edit.amount() == 1_250_000
    assert words.text() == "Một triệu hai trăm năm mươi nghìn đồng"
    assert seen == [1, 12, 125, 1250, 12500, 125000, 1250000]
    # letters and signs are refused; the cursor stays after the digit just typed
    qtbot.keyClicks(edit, "a-,")
    assert edit.text() == "1.250.000"
    edit.setCursorPosition(1)
    qtbot.keyClicks(edit, "9")
    assert edit.text() == "19.250.000" and edit.cursorPosition() == 2
    assert words.text() == "Mười chín triệu hai trăm năm mươi nghìn đồng"
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "1.250.000"


def test_amount_edit_set_clear_and_leading_zeros(qtbot):
    edit = AmountEdit()
    qtbot.addWidget(edit)
    words = AmountInWordsLabel()
    edit.amountChanged.connect(words.setAmount)
    edit.setAmount(1_205_000)
    assert edit.text() == "1.205.000"
    assert words.text() == "Một triệu hai trăm linh năm nghìn đồng"
    edit.setAmount(None)
    assert edit.text() == "" and edit.amount() is None and words.text() == ""
    qtbot.keyClicks(edit, "0075")
    assert edit.text() == "75" and edit.amount() == 75
    edit.clear()
    qtbot.keyClicks(edit, "1" * 20)  # more digits than any amount: the rest is refused
    assert len(edit.text().replace(".", "")) == 13


# --- New receipt / payment -------------------------------------------------------------------


def test_receipt_dialog_saves_with_the_right_balance(qtbot, context, book):
    dialog = entry_dialog(qtbot, context, book.activity, "receipt")
    assert dialog.windowTitle() == "Phiếu thu mới"
    before = funds.balance(book.activity, TODAY)
    dialog.set_member(book.people["Nguyễn Thị Huệ"])
    dialog.set_category("member_fee")
    dialog.description_edit.setText("Thu hội phí tháng 11/2026")
    qtbot.keyClicks(dialog.amount_edit, "1250000")
    dialog.attachments_spin.setValue(1)
    assert dialog.words_label.text() == "Một triệu hai trăm năm mươi nghìn đồng"
    assert "sau phiếu này: 6.690.000 đ" in dialog.balance_label.text()
    dialog.show()
    dialog.resize(dialog.sizeHint())
    save_screenshot(dialog, "entry_dialog_receipt")
    dialog.accept()
    assert dialog.result() == 1 and dialog.entry is not None
    saved = LedgerEntry.get_by_id(dialog.entry.id)
    assert (saved.kind, saved.amount, saved.person_id, saved.party, saved.attachments) == (
        "receipt", 1_250_000, book.people["Nguyễn Thị Huệ"], "", 1)
    view = fund_views.ledger_view(book.activity, D(2026, 1, 1), D(2026, 12, 31))
    last = view.rows[-1]
    assert last.entry_id == saved.id and last.balance == before + 1_250_000
    assert last.description == "Thu hội phí tháng 11/2026"


def test_payment_over_the_balance_is_refused_under_the_amount(qtbot, context, book):
    dialog = entry_dialog(qtbot, context, book.activity, "payment")
    dialog.set_party("Cửa hàng Minh Phát")
    dialog.set_category("activity_spending")
    dialog.description_edit.setText("Chi mua loa đài cho sinh hoạt")
    dialog.amount_edit.setText("6000000")
    assert "Quỹ không đủ tiền" in dialog.balance_label.text()
    assert "−560.000 đ" in dialog.balance_label.text()
    before = written()
    dialog.accept()
    assert dialog.result() == 0 and dialog.entry is None
    assert written() == before
    assert dialog.errors["amount"].text() == "quỹ không đủ: số dư ngày 20/11/2026 chỉ còn " \
                                             "5.440.000 đồng"
    assert not dialog.errors["amount"].isHidden()
    dialog.show()
    dialog.resize(dialog.sizeHint())
    save_screenshot(dialog, "entry_dialog_payment_refused")
    # a smaller amount goes through, and the message goes as soon as the amount changes
    dialog.amount_edit.setText("440000")
    assert dialog.errors["amount"].isHidden()
    dialog.accept()
    assert dialog.result() == 1
    assert funds.balance(book.activity, TODAY) == 5_000_000


def test_back_dated_payment_is_checked_against_later_balances(qtbot, context, book):
    dialog = entry_dialog(qtbot, context, book.activity, "payment")
    dialog.date_edit.setText("01/03/2026")
    dialog.set_party("Cửa hàng Minh Phát")
    dialog.set_category("activity_spending")
    dialog.amount_edit.setText("3300000")
    # enough on 1 March, but the visit paid on 12 March would then take the fund below zero
    assert "sau phiếu này: 180.000 đ" in dialog.balance_label.text()
    assert "Số dư ngày 12/03/2026 chỉ còn 3.220.000 đ" in dialog.balance_label.text()
    before = written()
    dialog.accept()
    assert written() == before
    assert dialog.errors["amount"].text() == "quỹ không đủ: số dư ngày 12/03/2026 chỉ còn " \
                                             "3.220.000 đồng"


def test_entry_dialog_names_every_missing_field(qtbot, context, book):
    dialog = entry_dialog(qtbot, context, book.income, "receipt")
    dialog.date_edit.setText("31/13/2026")
    before = written()
    dialog.accept()
    assert dialog.errors["date"].text() == "không đúng ngày dd/mm/yyyy: «31/13/2026»"
    dialog.date_edit.setText("20/11/2026")
    dialog.set_party("")
    dialog.accept()
    assert dialog.errors["counterparty"].text() == "chưa nhập"
    assert dialog.errors["category"].text() == "chưa nhập"
    assert dialog.errors["amount"].text() == "chưa nhập"
    assert written() == before
    dialog.date_edit.setText("21/11/2026")
    dialog.accept()
    assert dialog.errors["date"].text() == "không được sau ngày hôm nay"


# --- Reversal --------------------------------------------------------------------------------


def test_reversal_needs_a_reason_and_marks_both_vouchers(qtbot, context, book):
    dialog = ReversalDialog(context, book.entries["donation"], today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Đảo phiếu PT-2026/012"
    before = written()
    dialog.accept()
    assert dialog.result() == 0 and written() == before
    assert dialog.errors["reason"].text() == "chưa nhập"
    dialog.set_reason("Ghi nhầm số tiền, đúng là 1.000.000 đ")
    assert dialog.errors["reason"].isHidden()
    dialog.show()
    dialog.resize(dialog.sizeHint())
    save_screenshot(dialog, "reversal_dialog")
    dialog.accept()
    assert dialog.result() == 1 and dialog.reversal is not None
    view = fund_views.ledger_view(book.activity, D(2026, 1, 1), D(2026, 12, 31))
    by_id = {r.entry_id: r for r in view.rows}
    original, reversal = by_id[book.entries["donation"]], by_id[dialog.reversal.id]
    from ui.ledger_model import LedgerModel, column_of

    model = LedgerModel()
    model.set_view(view)
    note = column_of("note")
    assert model.index(model.row_of_entry(original.entry_id), note).data() == \
        f"Đã đảo bởi phiếu {reversal.code}"
    assert model.index(model.row_of_entry(reversal.entry_id), note).data() == \
        "Đảo phiếu PT-2026/012: Ghi nhầm số tiền, đúng là 1.000.000 đ"
    # the same voucher cannot be reversed twice: the dialog says so before anyone types
    again = ReversalDialog(context, book.entries["donation"], today=TODAY)
    qtbot.addWidget(again)
    assert again.entry_error.text() == f"Phiếu này đã được đảo bởi phiếu {reversal.code}."
    again.set_reason("Đảo lần nữa")
    again.accept()
    assert again.result() == 0 and "đã được đảo bằng phiếu số" in again.entry_error.text()


# --- Closing a period ------------------------------------------------------------------------


def test_close_period_dialog(qtbot, context, book):
    dialog = ClosePeriodDialog(context, book.club_id, book.activity, today=TODAY)
    qtbot.addWidget(dialog)
    assert (dialog.year_spin.value(), dialog.month_spin.value()) == (2026, 10)
    assert dialog.done_label.text() == "chưa khóa kỳ nào"
    dialog.set_period(2026, 11)
    before = written()
    dialog.accept()
    assert dialog.result() == 0 and written() == before
    assert dialog.errors["period"].text() == \
        "kỳ này chưa kết thúc (hết ngày 30/11/2026), chưa khóa sổ được"
    dialog.set_period(2026, 9)
    dialog.set_whole_club(False)
    dialog.show()
    dialog.resize(dialog.sizeHint())
    save_screenshot(dialog, "close_period_dialog")
    dialog.accept()
    assert dialog.result() == 1
    closing = ClosedPeriod.get()
    assert (closing.fund_id, closing.club_id, closing.month) == (book.activity, None, 9)
    # posting into the closed month is refused with the month named
    entry = entry_dialog(qtbot, context, book.activity, "receipt")
    entry.date_edit.setText("30/09/2026")
    entry.set_party("Công ty TNHH Bình An")
    entry.set_category("donation")
    entry.amount_edit.setText("100000")
    entry.accept()
    assert entry.errors["date"].text() == "tháng 9/2026 đã khóa sổ"
    # the other fund of the club is still open for that month
    other = entry_dialog(qtbot, context, book.income, "receipt")
    other.date_edit.setText("30/09/2026")
    other.set_party("Công ty TNHH Bình An")
    other.set_category("donation")
    other.amount_edit.setText("100000")
    other.accept()
    assert other.result() == 1


# --- Cash count ------------------------------------------------------------------------------


def test_cash_count_shows_and_records_the_difference(qtbot, context, book):
    dialog = CashCountDialog(context, book.activity, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.book_label.text() == "5.440.000 đ"
    assert dialog.difference_label.text() == "—"
    qtbot.keyClicks(dialog.counted_edit, "5440000")
    assert dialog.difference_label.text() == "Khớp với sổ quỹ"
    dialog.counted_edit.setText("5500000")
    assert dialog.difference_label.text() == "Thừa 60.000 đ so với sổ"
    dialog.counted_edit.setText("5390000")
    assert dialog.difference_label.text() == "Thiếu 50.000 đ so với sổ"
    assert dialog.words_label.text() == "Năm triệu ba trăm chín mươi nghìn đồng"
    # the book balance follows the date
    dialog.date_edit.setText("30/06/2026")
    assert dialog.book_label.text() == "5.440.000 đ"
    dialog.date_edit.setText("31/03/2026")
    assert dialog.book_label.text() == "3.220.000 đ"
    dialog.date_edit.setText("20/11/2026")
    dialog.note_edit.setText("Thủ quỹ giải trình: tạm ứng 50.000 đ mua nước uống buổi sinh hoạt")
    dialog.show()
    dialog.resize(dialog.sizeHint())
    save_screenshot(dialog, "cash_count_dialog")
    dialog.accept()
    assert dialog.result() == 1
    saved = CashCount.get()
    assert (saved.counted, saved.book_balance, saved.difference) == (5_390_000, 5_440_000,
                                                                     -50_000)
    empty = CashCountDialog(context, book.activity, today=TODAY)
    qtbot.addWidget(empty)
    assert empty.history_label.text() == \
        "20/11/2026: đếm được 5.390.000 đ — Thiếu 50.000 đ so với sổ"
    before = written()
    empty.accept()
    assert empty.errors["counted"].text() == "chưa nhập" and written() == before


def test_a_refusal_by_the_access_rules_is_said_in_words(qtbot, context, book):
    from models.accounts.session import SignedInUser, set_user
    from models.storage.schema import Ward

    set_user(SignedInUser(id=9, username="gs", full_name="Giám sát", role="supervisor",
                          ward_code=None,
                          province_code=Ward.get_by_id(1840).province_code))
    try:
        dialog = entry_dialog(qtbot, context, book.activity, "receipt")
        dialog.set_party("Công ty TNHH Bình An")
        dialog.set_category("donation")
        dialog.amount_edit.setText("100000")
        before = written()
        dialog.accept()
        assert dialog.result() == 0 and written() == before
        assert dialog.general_error.text().startswith("Không có quyền")
        assert not dialog.general_error.isHidden()
    finally:
        set_user(None)
