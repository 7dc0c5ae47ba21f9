"""The loans page: register, filters, overdue marks, the loan detail, the figures panel, a
member's loan history, prints through the preview and the Excel file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from models.clubs import clubs
from models.funds import funds
from models.loans import loans
from models.members import members
from models.members.members import MemberInput
from tests.ui import clubs_data
from tests.ui.conftest import save_screenshot
from ui.clubs_model import BADGE_ROLE
from ui.context import Change
from ui.loans_model import OVERDUE_ROW, STATUS_COLOURS, LoansTableModel, ScheduleModel
from ui.pages.loans_page import LoansPage

TODAY = dt.date(2026, 11, 20)
D = dt.date
PEOPLE = (
    ("Nguyễn Thị Huệ", "F", 1956), ("Hoàng Văn Thụ", "M", 1961), ("Lý Thị Mai", "F", 1958),
    ("Đặng Thị Lan", "F", 1972), ("Triệu Văn Đức", "M", 1953), ("Nông Thị Ất", "F", 1949),
    ("Ma Văn Bình", "M", 1980), ("Hà Thị Thoa", "F", 1964), ("Lê Đình Ước", "M", 1958),
    ("Trần Thị Hồng", "F", 1990),
)


@dataclass
class Book:
    club_id: int
    fund_id: int
    people: dict[str, int]
    loans: dict[str, int]


def make_club(code: str = "DX01", name: str = "CLB Liên thế hệ tự giúp nhau tổ 1") -> Book:
    """A founded club with ten members, 100 million in its income fund and loan rules."""
    club_id = clubs_data.plan(code, name, ("Tổ 1",))
    village = clubs_data.villages()["Tổ 1"]
    people = {}
    for full_name, gender, year in PEOPLE:
        m = members.add_member(club_id, MemberInput(
            full_name=full_name, gender=gender, birth_year=year, ethnicity="Tày",
            village_id=village, joined_on=D(2025, 2, 1)), today=TODAY)
        people[full_name] = m.person_id
    # each club its own decision number: a number of the ward's series is held by one paper
    clubs.found_club(club_id, clubs_data.founding(decision_date=D(2025, 3, 1),
                                                  decision_number=f"{100 + club_id}/QĐ-UBND"),
                     today=TODAY)
    fund = {f.kind: f for f in funds.funds_of(club_id)}["income"]
    funds.post_entry(funds.EntryInput(
        fund_id=fund.id, kind="receipt", date=D(2025, 3, 20), amount=100_000_000,
        category="budget_province", party="Sở Y tế tỉnh Thái Nguyên"), today=TODAY)
    loans.save_loan_rules(club_id, loans.LoanRulesInput(30_000_000, 24, 50, "declining"))
    return Book(club_id, fund.id, people, {})


def lend(book: Book, key: str, name: str, **over) -> int:
    values = dict(club_id=book.club_id, person_id=book.people[name], form="cash",
                  principal=10_000_000, purpose="trade", disbursed_on=D(2026, 2, 10),
                  term_months=12, rate_bp=50, interest_method="declining")
    values.update(over)
    loan = loans.create_loan(loans.LoanInput(**values), today=TODAY)
    book.loans[key] = loan.id
    return loan.id


def repay(loan_id: int, on: dt.date, principal: int, interest: int) -> None:
    loans.repay(loans.RepaymentInput(loan_id=loan_id, date=on, principal=principal,
                                     interest=interest), today=TODAY)


def pay_schedule(loan_id: int, until: dt.date) -> None:
    """Pay every instalment falling due by `until`, on its due date."""
    for due in loans.loan_schedule(loan_id):
        if due.due_on <= until:
            repay(loan_id, due.due_on, due.principal, due.interest)


def make_book() -> Book:
    """Five loans: cash up to date, two cows in kind, sows, pomelo seedlings (repaid, income
    improved), and one loan overdue since June."""
    book = make_club()
    hue = lend(book, "hue", "Nguyễn Thị Huệ", purpose_note="bán tạp hóa")
    pay_schedule(hue, TODAY)
    cows = lend(book, "cows", "Hoàng Văn Thụ", form="in_kind", item="Bò cái giống",
         quantity=Decimal(2), unit="con", unit_value=15_000_000, principal=None,
         purpose="livestock", purpose_note="nuôi bò sinh sản", disbursed_on=D(2026, 3, 1),
         term_months=18, repayment_plan="end_of_term", supplier="Trại bò giống Phú Bình")
    pay_schedule(cows, TODAY)
    pigs = lend(book, "pigs", "Lý Thị Mai", form="in_kind", item="Lợn nái", quantity=Decimal(2),
         unit="con", unit_value=4_500_000, principal=None, purpose="livestock",
         disbursed_on=D(2026, 4, 5), term_months=12, repayment_plan="quarterly",
         supplier="Trại lợn giống Đồng Hỷ")
    pay_schedule(pigs, TODAY)
    pomelo = lend(book, "pomelo", "Đặng Thị Lan", form="in_kind", item="Cây giống bưởi Diễn",
         quantity=Decimal(100), unit="cây", unit_value=60_000, principal=None,
         purpose="crops", disbursed_on=D(2026, 1, 20), term_months=6,
         supplier="Vườn ươm Phúc Trạch")
    pay_schedule(pomelo, TODAY)
    loans.record_outcome(pomelo, True, "Vườn bưởi đã bén rễ, bán cây giống thêm")
    late = lend(book, "late", "Triệu Văn Đức", principal=5_000_000, disbursed_on=D(2026, 5, 15),
                term_months=6, purpose="services", purpose_note="xay xát thuê")
    repay(late, D(2026, 6, 15), 833_333, 25_000)
    return book


def make_page(qtbot, context, *, every_loan: bool = True) -> LoansPage:
    page = LoansPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    if every_loan:  # the page opens on the loans still running
        page.status_combo.setCurrentIndex(0)
    return page


def shown(page: LoansPage, column: int) -> list[str]:
    p = page.proxy
    return [p.index(r, column).data() for r in range(p.rowCount())]


def row_of(page: LoansPage, name: str):
    return next(r for r in page.model.rows if r.person_name == name)



def test_register_shows_loans_with_status_and_overdue_rows(qtbot, context):
    book = make_book()
    page = make_page(qtbot, context, every_loan=False)
    assert page.windowTitle() == "Cho vay"
    assert page.status_combo.currentData() == "open"  # repaid loans hidden at first
    assert shown(page, LoansTableModel.NUMBER) == ["01", "02", "03", "05"]
    assert page.count_label.text() == "Hiện 4 trong 5 khoản vay · 1 khoản quá hạn"
    page.status_combo.setCurrentIndex(0)
    assert page.club_id() == book.club_id  # the only club is chosen straight away
    assert [page.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(page.model.columnCount())] == [
        "Số HĐ", "Họ và tên", "Thôn/tổ", "Hình thức", "Mục đích", "Ngày vay", "Số tiền vay",
        "Dư nợ", "Quá hạn (ngày)", "Tình trạng"]
    assert shown(page, LoansTableModel.NUMBER) == ["01", "02", "03", "04", "05"]
    assert shown(page, LoansTableModel.FORM) == [
        "Tiền mặt", "Hiện vật: Bò cái giống", "Hiện vật: Lợn nái",
        "Hiện vật: Cây giống bưởi Diễn", "Tiền mặt"]
    assert shown(page, LoansTableModel.PURPOSE) == [
        "Buôn bán nhỏ", "Chăn nuôi", "Chăn nuôi", "Trồng trọt", "Dịch vụ"]
    assert shown(page, LoansTableModel.PRINCIPAL) == [
        "10.000.000", "30.000.000", "9.000.000", "6.000.000", "5.000.000"]
    assert shown(page, LoansTableModel.OUTSTANDING) == [
        "2.503.000", "30.000.000", "4.500.000", "0", "4.166.667"]  # in round thousands
    assert shown(page, LoansTableModel.STATUS) == [
        "Trong hạn", "Trong hạn", "Trong hạn", "Đã trả hết", "Quá hạn"]
    # Triệu Văn Đức paid June only: July's instalment (15/07) is 128 days late on 20/11
    assert shown(page, LoansTableModel.LATE) == ["", "", "", "", "128"]
    assert page.count_label.text() == "5 khoản vay · 1 khoản quá hạn"
    late = page.proxy.index(4, LoansTableModel.NAME)
    assert late.data(Qt.ItemDataRole.BackgroundRole) == QBrush(QColor(OVERDUE_ROW))
    assert page.proxy.index(0, LoansTableModel.NAME).data(Qt.ItemDataRole.BackgroundRole) \
        is None
    assert page.proxy.index(4, LoansTableModel.STATUS).data(BADGE_ROLE) == \
        STATUS_COLOURS["overdue"]

    # sorting: names by given name (Đức, Huệ, Lan, Mai, Thụ), status with the late first
    page.view.sortByColumn(LoansTableModel.NAME, Qt.SortOrder.AscendingOrder)
    assert shown(page, LoansTableModel.NAME) == [
        "Triệu Văn Đức", "Nguyễn Thị Huệ", "Đặng Thị Lan", "Lý Thị Mai", "Hoàng Văn Thụ"]
    page.view.sortByColumn(LoansTableModel.STATUS, Qt.SortOrder.AscendingOrder)
    assert shown(page, LoansTableModel.NUMBER)[0] == "05"
    page.view.sortByColumn(LoansTableModel.NUMBER, Qt.SortOrder.AscendingOrder)

    # filters: status, then accent-insensitive text
    page.status_combo.setCurrentIndex(page.status_combo.findData("overdue"))
    assert shown(page, LoansTableModel.NAME) == ["Triệu Văn Đức"]
    page.status_combo.setCurrentIndex(page.status_combo.findData("open"))
    assert len(shown(page, LoansTableModel.NAME)) == 4
    page.status_combo.setCurrentIndex(0)
    page.filter_edit.setText("buoi dien")
    assert shown(page, LoansTableModel.NAME) == ["Đặng Thị Lan"]
    page.filter_edit.setText("chan nuoi")
    assert shown(page, LoansTableModel.NAME) == ["Hoàng Văn Thụ", "Lý Thị Mai"]
    assert page.count_label.text() == "Hiện 2 trong 5 khoản vay · 1 khoản quá hạn"
    page.filter_edit.clear()

    # the detail of the overdue loan
    assert page.select_loan(book.loans["late"])
    detail = page.detail
    assert detail.title.text() == "Khế ước số 05 — Triệu Văn Đức"
    assert "Quá hạn 128 ngày" in detail.state.text()
    marks = [detail.schedule.index(r, ScheduleModel.MARK).data()
             for r in range(detail.schedule.rowCount() - 1)]
    assert marks == ["✓ Đã trả"] + ["Quá hạn"] * 5  # the last fell due on 15/11
    assert detail.schedule.index(6, 0).data() == "Cộng"
    assert detail.schedule.index(6, ScheduleModel.PRINCIPAL).data() == "5.000.000"
    assert page.repay_button.isEnabled() and page.close_button.isEnabled()
    assert page.select_loan(book.loans["pomelo"])
    assert page.repay_button.isEnabled()  # only to reverse a mistaken repayment
    assert "Kết quả: thu nhập có cải thiện." in detail.outcome.text()
    page.show()
    qtbot.waitExposed(page)
    page.select_loan(book.loans["cows"])
    qtbot.wait(20)
    # the schedule shows the instalments still to pay, not the eight already paid
    view = page.detail.schedule_view
    assert 0 < view.rowAt(0) <= 8 <= view.rowAt(view.viewport().height() - 1)
    save_screenshot(page, "loans_page")


def test_figures_panel_shows_the_models_figures(qtbot, context):
    from models.loans import loan_figures

    book = make_book()
    other = make_club("DX02", "CLB Liên thế hệ tự giúp nhau Nà Cưởm")
    lend(other, "x", "Nguyễn Thị Huệ", principal=3_000_000, disbursed_on=D(2026, 6, 1))
    page = make_page(qtbot, context)
    page.select_club(book.club_id)
    start = D(2026, 1, 1)
    expected = loan_figures.club_figures(book.club_id, start, TODAY).loans
    panel = page.figures
    assert panel.figures == expected
    assert expected.borrowers == 5 and expected.members == 10
    assert panel.values["borrowers"].text() == "50,0%"
    assert panel.notes["borrowers"].text() == "5 trong 10 thành viên"
    assert panel.values["outstanding"].text() == "41.169.667 đ"
    assert panel.notes["outstanding"].text() == "4 khoản đang vay"
    # only Triệu Văn Đức is more than 30 days late
    assert panel.notes["par30"].text() == "4.166.667 đ dư nợ"
    assert panel.values["par30"].text() == \
        f"{4_166_667 / 41_169_667 * 100:.1f}".replace(".", ",") + "%"
    assert panel.values["income"].text() == "100,0%"
    assert panel.values["repayment"].text() == \
        f"{expected.repayment_rate * 100:.1f}".replace(".", ",") + "%"
    assert panel.values["disbursed"].text() == "60.000.000 đ"

    # the club chooser finds a club typed without accents
    page.club_combo.lineEdit().setText("na cuom")
    page.club_combo.lineEdit().editingFinished.emit()
    assert page.club_id() == other.club_id
    assert page.club_combo.currentText() == "DX02 — CLB Liên thế hệ tự giúp nhau Nà Cưởm"
    assert shown(page, LoansTableModel.NAME) == ["Nguyễn Thị Huệ"]

    # every club: the commune's total
    page.select_club(None)
    total = loan_figures.commune_figures(1840, start, TODAY).total.loans
    assert panel.title.text() == "Chỉ số cho vay toàn xã/phường"
    assert panel.figures == total and total.borrowers == 6
    assert panel.values["outstanding"].text() == "44.169.667 đ"
    assert page.model.rowCount() == 6
    assert shown(page, LoansTableModel.NUMBER)[-2:] == ["DX01-05", "DX02-01"]
    assert not page.new_button.isEnabled()  # a new loan needs one club

    # another period
    panel.start_edit.set_date(D(2026, 11, 1))
    panel.refresh()
    assert panel.figures == loan_figures.commune_figures(1840, D(2026, 11, 1), TODAY).total.loans
    assert panel.values["disbursed"].text() == "0 đ"
    panel.start_edit.setText("31/02/2026")
    panel.refresh()
    assert not panel.error.isHidden()


def test_a_members_loan_history(qtbot, context):
    book = make_book()
    loan_id = book.loans["late"]
    page = make_page(qtbot, context)
    loans.write_off(loan_id, D(2026, 11, 18), "07/QĐ-CLB", today=TODAY)
    lend(book, "again", "Triệu Văn Đức", principal=2_000_000, disbursed_on=D(2026, 11, 19),
         term_months=3)
    context.announce(Change.LOAN)
    assert page.select_loan(book.loans["cows"])
    menu = page.menu_for_selected()
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Các khoản vay của Hoàng Văn Thụ", "Thu nợ…", "Xóa nợ / Ghi kết quả…", "In khế ước…"]
    assert page.select_loan(book.loans["late"])  # written off: no repayment any more
    menu = page.menu_for_selected()
    assert [a.isEnabled() for a in menu.actions() if a.text()] == [True, False, True, True]
    page.status_combo.setCurrentIndex(page.status_combo.findData("overdue"))
    menu.actions()[0].trigger()  # "Các khoản vay của Triệu Văn Đức"
    assert not page.person_bar.isHidden()
    assert "Triệu Văn Đức" in page.person_label.text()
    assert shown(page, LoansTableModel.STATUS) == ["Đã xóa nợ", "Trong hạn"]
    assert not page.new_button.isEnabled()
    page.clear_member()
    assert page.person_bar.isHidden() and page.model.rowCount() == 6


def test_prints_go_through_the_preview_and_excel_is_written(qtbot, context, tmp_path):
    from ui.widgets.pdf_preview import PdfPreviewDialog

    book = make_book()
    page = make_page(qtbot, context)
    previews = []
    page._show = previews.append
    dialog = page.print_register()
    assert isinstance(dialog, PdfPreviewDialog) and previews == [dialog]
    qtbot.addWidget(dialog)
    assert dialog.data.startswith(b"%PDF") and dialog.page_count() >= 1
    assert dialog.windowTitle() == "Sổ cho vay DX01 đến ngày 20/11/2026"
    page.select_loan(book.loans["cows"])
    contract = page.print_contract()
    qtbot.addWidget(contract)
    assert contract.data.startswith(b"%PDF")
    assert contract.windowTitle() == "Khế ước vay số 02 — Hoàng Văn Thụ"
    assert contract.file_name == "khe-uoc-vay-02.pdf"

    path = tmp_path / "so-cho-vay"
    page.export_excel(str(path))
    sheet = openpyxl.load_workbook(str(path) + ".xlsx").active
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Bò cái giống" in " ".join(cells) and "Triệu Văn Đức" in cells
    assert "Đã lưu sổ cho vay vào" in page.count_label.text()


def test_a_supervisor_reads_but_writes_nothing(qtbot, context):
    from models.accounts.session import SignedInUser, set_user
    from models.storage.schema import UserAccount

    book = make_book()
    UserAccount.create(username="admin1", full_name="Quản trị", role="admin", ward=1840,
                       password_hash="x")
    set_user(SignedInUser(2, "giamsat", "Hà Văn Giám", "supervisor", None, 19))
    try:
        page = make_page(qtbot, context)
        page.select_loan(book.loans["late"])
        assert page.model.rowCount() == 5
        assert not page.new_button.isEnabled() and not page.repay_button.isEnabled()
        assert not page.close_button.isEnabled() and not page.rules_button.isEnabled()
        assert page.print_button.isEnabled() and page.contract_button.isEnabled()
    finally:
        set_user(None)


def test_loan_history_opened_from_the_main_window(qtbot, context):
    from ui.main_window import MainWindow
    from ui.pages.loans_page import show_member_loans

    book = make_book()
    window = MainWindow(context)
    qtbot.addWidget(window)
    members_page = window.show_page("members")
    assert show_member_loans(members_page, book.people["Lý Thị Mai"], "Lý Thị Mai")
    page = window.pages["loans"]
    assert window.current_page() is page
    assert shown(page, LoansTableModel.NAME) == ["Lý Thị Mai"]


def test_loan_history_from_the_members_page_menu(qtbot, context):
    from ui.main_window import MainWindow

    book = make_book()
    window = MainWindow(context)
    qtbot.addWidget(window)
    members_page = window.show_page("members")
    qtbot.waitUntil(lambda: members_page.model.rowCount() > 0)
    rows = [members_page.model.row_at(i) for i in range(members_page.model.rowCount())]
    row = next(r for r in rows if r.full_name == "Lý Thị Mai")
    menu = members_page.privacy.menu_for(row)
    action = next(a for a in menu.actions() if a.text() == "Các khoản vay của thành viên…")
    assert action.isEnabled()
    action.trigger()
    page = window.pages["loans"]
    assert window.current_page() is page
    assert shown(page, LoansTableModel.NAME) == ["Lý Thị Mai"]
    assert book.people["Lý Thị Mai"] == row.person_id
