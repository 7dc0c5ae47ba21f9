"""The funds page: clubs and funds with balances, the book of a period with running balance,
reversal markers, filters, totals, and the actions (new vouchers, reversal, closing, cash
count, printing through the preview, Excel)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from models.funds import funds
from models.storage.schema import AuditLog, CashCount, ClosedPeriod, LedgerEntry
from models.text.vietnamese import format_number
from tests.ui import funds_data
from tests.ui.conftest import save_screenshot
from ui.ledger_model import column_of
from ui.pages.funds_page import FundsPage

TODAY = funds_data.TODAY
D = dt.date


@pytest.fixture
def book(context):
    return funds_data.make_book()


def make_page(qtbot, context, book, fund: int | None = None) -> FundsPage:
    page = FundsPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.select_club(book.club_id)
    page.select_fund(fund or book.activity)
    return page


def column(page: FundsPage, key: str) -> list[str]:
    col = column_of(key)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def written() -> tuple[int, ...]:
    return (LedgerEntry.select().count(), AuditLog.select().count(),
            ClosedPeriod.select().count(), CashCount.select().count())


def test_funds_with_balances_and_the_book_of_this_year(qtbot, context, book):
    page = make_page(qtbot, context, book)
    assert page.club_combo.currentText().startswith("DX01 — ")
    names = [page.funds_model.index(r, 0).data() for r in range(page.funds_model.rowCount())]
    balances = [page.funds_model.index(r, 1).data() for r in range(page.funds_model.rowCount())]
    assert names == ["Quỹ quay vòng tạo thu nhập", "Quỹ hoạt động"]
    assert balances == [format_number(17_500_000), format_number(funds_data.activity_balance())]
    # this year by default: the 2025 grant is the opening balance, not a line
    assert (page.start_edit.date(), page.end_edit.date()) == (D(2026, 1, 1), D(2026, 12, 31))
    assert page.model.rowCount() == 16
    assert column(page, "date")[:2] == ["05/01/2026", "05/02/2026"]
    assert column(page, "code")[0] == "PT-2026/001"
    assert column(page, "kind")[:4] == ["Thu", "Thu", "Thu", "Chi"]
    assert column(page, "description")[3] == "Chi mua quà thăm hỏi thành viên ốm"
    assert column(page, "payment")[3] == "500.000" and column(page, "receipt")[3] == ""
    assert column(page, "balance")[0] == "3.240.000"
    assert column(page, "balance")[-1] == format_number(funds_data.activity_balance())
    text = page.totals_label.text()
    for figure in ("3.000.000", "6.140.000", "3.700.000", "5.440.000"):
        assert figure in text
    assert "Tồn đầu kỳ" in text and "Tồn cuối kỳ" in text
    assert funds_data.activity_balance() == 3_000_000 + 6_140_000 - 3_700_000
    save_screenshot(page, "funds_page")


def test_reversal_markers_and_colours(qtbot, context, book):
    page = make_page(qtbot, context, book)
    notes = column(page, "note")
    wrong = page.model.row_of_entry(book.entries["wrong"])
    back = page.model.row_of_entry(book.entries["wrong_reversal"])
    assert notes[wrong] == "Đã đảo bởi phiếu PC-2026/002"
    assert notes[back] == "Đảo phiếu PT-2026/013: Ghi nhầm quỹ: khoản này thuộc quỹ quay vòng"
    assert sum(1 for n in notes if n) == 2
    colour = page.model.index(back, 0).data(Qt.ItemDataRole.ForegroundRole).color().name()
    assert colour == "#a3231f"
    struck = page.model.index(wrong, column_of("receipt")).data(Qt.ItemDataRole.FontRole)
    assert struck.strikeOut()
    # neither end of a reversal can be reversed again
    page.select_entry(book.entries["wrong"])
    assert not page.reverse_button.isEnabled() and page.print_voucher_button.isEnabled()
    page.select_entry(book.entries["visit"])
    assert page.reverse_button.isEnabled()


def test_filters_and_period(qtbot, context, book):
    page = make_page(qtbot, context, book)
    total = page.model.rowCount()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("payment"))
    assert set(column(page, "kind")) == {"Chi"} and page.model.rowCount() == 3
    page.kind_combo.setCurrentIndex(0)
    page.category_combo.setCurrentIndex(page.category_combo.findData("member_fee"))
    assert page.model.rowCount() == 11
    page.category_combo.setCurrentIndex(0)
    page.text_edit.setText("hỗ trợ ubnd")
    assert column(page, "description") == ["Hỗ trợ của UBND phường"] * 2
    page.text_edit.setText("cong ty binh")  # marks ignored, payer matched
    assert column(page, "counterparty") == ["Công ty TNHH Bình An"]
    # balances stay the book's, whatever is hidden
    assert column(page, "balance") == [format_number(3_000_000 + 3 * 240_000 - 500_000
                                                     + 1_500_000)]
    assert "1/16 phiếu" in page.status_label.text()
    page.text_edit.clear()
    assert page.model.rowCount() == total
    page.period_combo.setCurrentIndex(page.period_combo.findData("last_month"))
    assert (page.start_edit.date(), page.end_edit.date()) == (D(2026, 10, 1), D(2026, 10, 31))
    assert column(page, "description") == ["Chi tổ chức giao lưu văn nghệ ngày 1/10",
                                           "Thu hội phí tháng 10/2026"]
    page.set_period(D(2025, 1, 1), D(2025, 12, 31))
    assert column(page, "code") == ["PT-2025/001"]
    page.start_edit.setText("31/02/2026")
    page.refresh()
    assert page.model.rowCount() == 0 and "Kỳ chưa đúng" in page.status_label.text()


def test_new_receipt_from_the_page_lands_in_the_book(qtbot, context, book):
    page = make_page(qtbot, context, book)
    before = funds.balance(book.activity, TODAY)

    def run(dialog):
        dialog.set_party("Hội Phụ nữ phường Đức Xuân")
        dialog.set_category("donation")
        dialog.description_edit.setText("Ủng hộ quỹ hoạt động")
        dialog.amount_edit.setText("750000")
        dialog._ask_print = lambda code: False
        dialog.accept()
        return dialog.result() == 1

    page._run = run
    page.new_entry("receipt")
    line = page.selected_line()
    assert line is not None and line.description == "Ủng hộ quỹ hoạt động"
    assert line.balance == before + 750_000 and line.code == "PT-2026/014"
    row = page.funds_model.row_of_fund(book.activity)
    assert page.funds_model.index(row, 1).data() == format_number(before + 750_000)


def test_close_a_month_then_posting_in_it_is_refused(qtbot, context, book):
    page = make_page(qtbot, context, book)

    def close(dialog):
        dialog.set_period(2026, 10)
        dialog.accept()
        return dialog.result() == 1

    page._run = close
    page.close_period()
    closing = ClosedPeriod.get()
    assert (closing.club_id, closing.year, closing.month) == (book.club_id, 2026, 10)

    def post_in_october(dialog):
        dialog.date_edit.setText("15/10/2026")
        dialog.set_party("Công ty TNHH Bình An")
        dialog.set_category("donation")
        dialog.amount_edit.setText("100000")
        dialog.accept()
        post_in_october.error = dialog.errors["date"].text()
        return dialog.result() == 1

    before = written()
    page._run = post_in_october
    page.new_entry("receipt")
    assert post_in_october.error == "tháng 10/2026 đã khóa sổ"
    assert written() == before

    def close_again(dialog):
        dialog.set_period(2026, 10)
        dialog.accept()
        close_again.error = dialog.errors["period"].text()
        close_again.done = dialog.done_label.text()
        return False

    page._run = close_again
    page.close_period()
    assert close_again.error == "kỳ này đã khóa sổ rồi"
    assert "tháng 10/2026 (mọi quỹ)" in close_again.done


def test_cash_count_from_the_page(qtbot, context, book):
    page = make_page(qtbot, context, book)
    told = []
    page._inform = lambda title, text, warning=False: told.append(text)

    def count(dialog):
        dialog.counted_edit.setText("5390000")
        dialog.note_edit.setText("Thiếu 50.000 đ, thủ quỹ sẽ giải trình")
        dialog.accept()
        return dialog.result() == 1

    page._run = count
    page.count_cash()
    saved = CashCount.get()
    assert (saved.counted, saved.book_balance, saved.difference) == (5_390_000, 5_440_000,
                                                                     -50_000)
    assert "Thiếu 50.000 đ so với sổ" in told[0] and "5.440.000" in told[0]


def test_print_voucher_and_book_open_the_preview(qtbot, context, book, monkeypatch):
    pytest.importorskip("models.funds.fund_papers")
    page = make_page(qtbot, context, book)
    page._show_preview = lambda dialog: qtbot.addWidget(dialog)
    page.select_entry(book.entries["visit"])
    preview = page.print_voucher()
    assert preview.data.startswith(b"%PDF") and preview.page_count() >= 1
    assert "PC-2026/001" in preview.windowTitle()
    book_preview = page.print_book()
    assert book_preview.data.startswith(b"%PDF") and book_preview.page_count() >= 1
    assert "Sổ quỹ" in book_preview.windowTitle()


def test_print_right_after_saving(qtbot, context, book):
    pytest.importorskip("models.funds.fund_papers")
    page = make_page(qtbot, context, book)
    page._show_preview = lambda dialog: qtbot.addWidget(dialog)

    def run(dialog):
        dialog.set_member(book.people[sorted(book.people)[0]])
        dialog.set_category("member_fee")
        dialog.description_edit.setText("Thu hội phí tháng 11/2026")
        dialog.amount_edit.setText("240000")
        dialog._ask_print = lambda code: True
        dialog.accept()
        return dialog.result() == 1

    page._run = run
    page.new_entry("receipt")
    assert page.preview is not None and page.preview.data.startswith(b"%PDF")
    assert "PT-2026/014" in page.preview.windowTitle()


def test_export_book_to_excel(qtbot, context, book, tmp_path):
    pytest.importorskip("models.funds.fund_papers")
    page = make_page(qtbot, context, book)
    target = tmp_path / "so-quy.xlsx"
    told = []
    page._save_path = lambda title, name: str(target)
    page._inform = lambda title, text, warning=False: told.append((title, warning))
    page.export_book()
    assert told == [("Đã xuất Excel", False)]
    cells = [str(c) for row in load_workbook(target).active.iter_rows(values_only=True)
             for c in row if c is not None]
    assert any("Chi mua quà thăm hỏi thành viên ốm" in c for c in cells)


def test_a_supervisor_reads_the_book_but_cannot_write(qtbot, context, book):
    from models.accounts.session import SignedInUser, set_user
    from models.storage.schema import Ward

    province = Ward.get_by_id(1840).province_code
    set_user(SignedInUser(id=9, username="gs", full_name="Giám sát", role="supervisor",
                          ward_code=None, province_code=province))
    try:
        page = make_page(qtbot, context, book)
        assert page.model.rowCount() == 16
        page.select_entry(book.entries["visit"])
        assert page.print_voucher_button.isEnabled() and page.print_book_button.isEnabled()
        for button in (page.receipt_button, page.payment_button, page.reverse_button,
                       page.close_button, page.count_button):
            assert not button.isEnabled(), button.text()
    finally:
        set_user(None)


def test_club_chooser_ignores_marks_and_a_club_without_funds(qtbot, context, book):
    from models.clubs import clubs

    planned = clubs.create_club(clubs.ClubInput(code="DX02", name="CLB Nà Cưởm",
                                                ward_code=1840))
    page = FundsPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.club_combo.lineEdit().setText("na cuom")
    page.club_combo.commit_text()
    assert page.club_id() == planned.id
    assert page.funds_model.rowCount() == 0 and page.model.rowCount() == 0
    assert "chưa có quỹ" in page.status_label.text()
    assert not page.receipt_button.isEnabled()
    page.club_combo.lineEdit().setText("lien the he")
    page.club_combo.commit_text()
    assert page.club_id() == book.club_id and page.fund_id() == book.income  # the first fund
    assert column(page, "description") == ["Vốn hỗ trợ ban đầu cho quỹ quay vòng",
                                           "Cho vay vốn chăn nuôi lợn", "Thu hồi vốn vay kỳ 1"]
