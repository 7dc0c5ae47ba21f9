"""Opening another fund from the funds page, and the fund figures view: the club's
and the commune's figures as models.loans.loan_figures computes them, and their Excel file."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from dialogs.open_fund_dialog import OpenFundDialog
from models.funds import funds
from models.loans import loan_figures
from models.storage.schema import AuditLog, Fund
from tests.ui import funds_data, members_data
from tests.ui.conftest import save_screenshot
from ui.fund_figures_view import FiguresModel, FundFiguresDialog
from ui.pages.funds_page import FundsPage

TODAY = funds_data.TODAY
D = dt.date
YEAR = (D(2026, 1, 1), D(2026, 12, 31))
_H = Qt.Orientation.Horizontal


@pytest.fixture
def book(context):
    return funds_data.make_book()


def make_page(qtbot, context, book) -> FundsPage:
    page = FundsPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.select_club(book.club_id)
    return page


def fund_rows(page: FundsPage) -> list[tuple[str, str]]:
    m = page.funds_model
    return [(m.index(r, 0).data(), m.index(r, 1).data()) for r in range(m.rowCount())]


def kinds_offered(dialog: OpenFundDialog) -> list[str]:
    return [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]


def post(fund_id, kind, on, amount, category, text):
    funds.post_entry(funds.EntryInput(fund_id=fund_id, kind=kind, date=on, amount=amount,
                                      category=category, description=text,
                                      party="Hội Chữ thập đỏ phường"), today=TODAY)


# --- opening a fund --------------------------------------------------------------------------


def test_open_a_home_care_fund_from_the_page(qtbot, context, book):
    page = make_page(qtbot, context, book)
    assert page.open_fund_button.isEnabled() and page.figures_button.isEnabled()
    audits = AuditLog.select().count()
    seen = {}

    def run(dialog):
        seen["kinds"] = kinds_offered(dialog)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("home_care"))
        seen["name"] = dialog.name_edit.text()
        dialog.date_edit.setText("01/11/2026")
        dialog.resize(560, dialog.sizeHint().height())
        save_screenshot(dialog, "open_fund_dialog")
        dialog.accept()
        return dialog.result() == 1

    page._run = run
    dialog = page.open_fund()
    # the club has its two founding funds: they are not offered again
    assert seen["kinds"] == ["home_care", "golden_heart", "other"]
    assert seen["name"] == "Quỹ chăm sóc tại nhà"
    fund = dialog.fund
    assert (fund.kind, fund.name, fund.opened_on) == ("home_care", "Quỹ chăm sóc tại nhà",
                                                       D(2026, 11, 1))
    assert fund_rows(page)[-1] == ("Quỹ chăm sóc tại nhà", "0")
    assert page.fund_id() == fund.id  # the new fund is chosen, its empty book shown
    assert page.model.rowCount() == 0
    added = list(AuditLog.select().where(AuditLog.id > audits))
    assert [(a.entity, a.entity_id, a.action) for a in added] == [("fund", str(fund.id), "open")]
    # once it has one, the home-care fund is not offered again either
    assert kinds_offered(OpenFundDialog(context, book.club_id, today=TODAY)) == [
        "golden_heart", "other"]


def test_the_suggested_name_follows_the_kind_until_the_clerk_types_one(context, book):
    dialog = OpenFundDialog(context, book.club_id, today=TODAY)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("golden_heart"))
    assert dialog.name_edit.text() == "Sổ Tấm lòng vàng"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("other"))
    assert dialog.name_edit.text() == ""
    dialog.name_edit.setText("Quỹ khuyến học")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("home_care"))
    assert dialog.name_edit.text() == "Quỹ khuyến học"


def test_an_empty_name_is_refused_at_the_field(context, book):
    before = (Fund.select().count(), AuditLog.select().count())
    dialog = OpenFundDialog(context, book.club_id, today=TODAY)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("other"))
    dialog.name_edit.setText("   ")
    dialog.accept()
    assert dialog.result() == 0 and dialog.fund is None
    assert not dialog.errors["name"].isHidden()
    assert dialog.errors["name"].text() == "chưa nhập"
    assert dialog.errors["kind"].isHidden() and dialog.general_error.isHidden()
    dialog.name_edit.setText("Quỹ khuyến học")
    dialog.date_edit.setText("31/02/2026")
    dialog.accept()
    assert dialog.result() == 0 and not dialog.errors["date"].isHidden()
    assert "31/02/2026" in dialog.errors["date"].text()
    assert (Fund.select().count(), AuditLog.select().count()) == before


def test_a_second_activity_fund_is_refused_with_the_message(context):
    # a club that has no funds yet is offered the two founding funds …
    club_id = members_data.make_club("DX05", "CLB Liên thế hệ tự giúp nhau tổ 5")
    dialog = OpenFundDialog(context, club_id, today=TODAY)
    assert kinds_offered(dialog) == list(funds.FUND_KINDS)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("activity"))
    assert dialog.name_edit.text() == "Quỹ hoạt động"
    # … but someone opens them on another computer while this dialog is open
    funds.open_default_funds(club_id, D(2026, 1, 2))
    before = (Fund.select().count(), AuditLog.select().count())
    dialog.accept()
    assert dialog.result() == 0 and dialog.fund is None
    assert not dialog.errors["kind"].isHidden()
    assert dialog.errors["kind"].text() == "đã có: «Quỹ hoạt động»"
    assert (Fund.select().count(), AuditLog.select().count()) == before


def test_a_reader_may_not_open_a_fund(qtbot, context, book):
    from models.accounts.session import SignedInUser, set_user
    from models.storage.schema import Ward

    province = Ward.get_by_id(1840).province_code
    set_user(SignedInUser(id=9, username="gs", full_name="Giám sát", role="supervisor",
                          ward_code=None, province_code=province))
    try:
        page = make_page(qtbot, context, book)
        assert not page.open_fund_button.isEnabled()
        assert page.figures_button.isEnabled()
    finally:
        set_user(None)


# --- figures ---------------------------------------------------------------------------------


@pytest.fixture
def commune(book):
    """DX01 (make_book) with a home-care fund, and DX02 with its founding funds and vouchers."""
    home = funds.open_fund(book.club_id, "home_care", "Quỹ chăm sóc tại nhà", D(2026, 2, 1))
    post(home.id, "receipt", D(2026, 2, 3), 4_000_000, "donation", "Ủng hộ chăm sóc tại nhà")
    post(home.id, "payment", D(2026, 5, 9), 650_000, "home_care_spending", "Mua dụng cụ")
    other = members_data.make_club("DX02", "CLB Liên thế hệ tự giúp nhau tổ 2")
    second = {f.kind: f.id for f in funds.open_default_funds(other, D(2025, 6, 1))}
    post(second["activity"], "receipt", D(2025, 7, 1), 800_000, "member_fee", "Hội phí 2025")
    post(second["activity"], "receipt", D(2026, 3, 1), 1_100_000, "budget_commune", "Hỗ trợ")
    post(second["activity"], "payment", D(2026, 9, 2), 300_000, "support_payment", "Thăm ốm")
    post(second["income"], "receipt", D(2026, 1, 20), 10_000_000, "budget_province", "Vốn")
    return book.club_id, other


def figure_cells(model: FiguresModel) -> dict[tuple[str, str], int | None]:
    """(row caption, column header) -> amount."""
    cols = [model.headerData(c, _H) for c in range(model.columnCount())]
    return {(model.index(r, 0).data().strip(), cols[c]): model.value(r, c)
            for r in range(model.rowCount()) for c in range(1, model.columnCount())}


def expected_cells(figures: loan_figures.ClubFigures) -> dict[tuple[str, str], int]:
    from ui.messages import label

    cells = {}
    for kind, f in figures.funds.items():
        col = label("fund_kind", kind)
        cells[("Tồn đầu kỳ", col)] = f.opening
        cells[("Cộng thu", col)] = f.receipts
        cells[("Cộng chi", col)] = f.payments
        cells[("Tồn cuối kỳ", col)] = f.closing
        for category, amount in {**f.receipts_by_category, **f.payments_by_category}.items():
            if amount:
                cells.setdefault((label("ledger_category", category), col), amount)
    return cells


def open_figures(qtbot, page) -> FundFiguresDialog:
    page._show_preview = lambda dialog: None
    dialog = page.show_figures()
    qtbot.addWidget(dialog)
    return dialog


def test_club_figures_equal_the_domain_figures(qtbot, context, book, commune):
    page = make_page(qtbot, context, book)
    dialog = open_figures(qtbot, page)
    assert dialog.club_combo.currentText().startswith("DX01 — ")
    assert (dialog.start_edit.date(), dialog.end_edit.date()) == YEAR
    expected = loan_figures.club_figures(book.club_id, *YEAR)
    headers = [dialog.model.headerData(c, _H) for c in range(dialog.model.columnCount())]
    assert headers == ["Chỉ tiêu", "Quỹ quay vòng tạo thu nhập", "Quỹ hoạt động",
                       "Quỹ chăm sóc tại nhà", "Cộng"]
    cells = figure_cells(dialog.model)
    for key, amount in expected_cells(expected).items():
        assert cells[key] == amount, key
    # the activity fund by hand (funds_data): the reversed 2,000,000 nets out of its source
    act = "Quỹ hoạt động"
    assert cells[("Tồn đầu kỳ", act)] == 3_000_000
    assert cells[("Thành viên đóng góp", act)] == 11 * 240_000
    # 2,000,000 of "Hỗ trợ khác" in and the same reversed: nothing from that source, no line
    assert ("Hỗ trợ khác", act) not in cells
    assert cells[("Tồn cuối kỳ", act)] == funds_data.activity_balance(D(2026, 12, 31))
    assert cells[("Tồn cuối kỳ", "Cộng")] == sum(f.closing for f in expected.funds.values())
    # captions in order: sources under Thu, purposes under Chi
    captions = [dialog.model.index(r, 0).data().strip() for r in range(dialog.model.rowCount())]
    assert captions[:2] == ["Tồn đầu kỳ", "Thu trong kỳ, theo nguồn"]
    assert captions.index("Cộng thu") < captions.index("Chi trong kỳ, theo mục đích") \
        < captions.index("Cho vay") < captions.index("Cộng chi")
    assert captions[-1] == "Tồn cuối kỳ"
    assert dialog.title_label.text() == (
        "Số liệu quỹ: DX01 — CLB Liên thế hệ tự giúp nhau tổ 1, từ 01/01/2026 đến 31/12/2026"
        " (đơn vị: đồng)")
    save_screenshot(dialog, "fund_figures_club")


def test_commune_figures_and_each_club_closing(qtbot, context, book, commune, tmp_path):
    page = make_page(qtbot, context, book)
    dialog = open_figures(qtbot, page)
    dialog.club_combo.setCurrentIndex(0)
    assert dialog.club_combo.currentText() == "Tất cả CLB của phường Đức Xuân"
    dialog.start_edit.setText("01/03/2026")
    dialog.end_edit.setText("30/09/2026")
    dialog.refresh()
    start, end = D(2026, 3, 1), D(2026, 9, 30)
    expected = loan_figures.commune_figures(1840, start, end)
    cells = figure_cells(dialog.model)
    for key, amount in expected_cells(expected.total).items():
        assert cells[key] == amount, key
    kinds = {"Quỹ quay vòng tạo thu nhập": "income", "Quỹ hoạt động": "activity",
             "Quỹ chăm sóc tại nhà": "home_care"}
    for _cid, code, name, club in expected.per_club:
        for col, kind in kinds.items():
            want = club.funds[kind].closing if kind in club.funds else None
            assert cells[(f"{code} — {name}", col)] == want
    # each club's closing balances add up to the commune's
    for col in (*kinds, "Cộng"):
        clubs = [cells[(f"{code} — {name}", col)] or 0 for _i, code, name, _c in
                 expected.per_club]
        assert sum(clubs) == cells[("Tồn cuối kỳ", col)], col
    assert cells[("Tồn cuối kỳ", "Quỹ chăm sóc tại nhà")] == 3_350_000
    save_screenshot(dialog, "fund_figures_commune")

    target = tmp_path / "so-lieu.xlsx"
    told = []
    dialog._save_path = lambda name: (told.append(name), str(target))[1]
    dialog._inform = lambda title, text, warning=False: told.append((title, warning))
    dialog.export()
    assert told == ["Số liệu quỹ tất cả CLB 01-03-2026 - 30-09-2026.xlsx",
                    ("Đã xuất Excel", False)]
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Số liệu quỹ: Tất cả CLB của phường Đức Xuân"
    assert rows[1][0] == "Kỳ: từ 01/03/2026 đến 30/09/2026"
    assert list(rows[3]) == [dialog.model.headerData(c, _H)
                             for c in range(dialog.model.columnCount())]
    by_caption = {r[0]: r[1:] for r in rows[4:]}
    closing = by_caption["Tồn cuối kỳ"]
    assert all(isinstance(v, int) for v in closing)
    assert list(closing) == [cells[("Tồn cuối kỳ", h)] for h in (*kinds, "Cộng")]
    for _cid, code, name, _club in expected.per_club:
        assert by_caption[f"{code} — {name}"][-1] == cells[(f"{code} — {name}", "Cộng")]
    assert sheet.cell(5, 2).number_format == "#,##0"
    assert sheet.cell(5, 2).value == cells[("Tồn đầu kỳ", "Quỹ quay vòng tạo thu nhập")]


def test_a_wrong_period_says_so_and_shows_nothing(qtbot, context, book):
    page = make_page(qtbot, context, book)
    dialog = open_figures(qtbot, page)
    assert dialog.model.rowCount() > 0
    dialog.end_edit.setText("01/01/2025")
    dialog.refresh()
    assert dialog.model.rowCount() == 0 and not dialog.export_button.isEnabled()
    assert dialog.status_label.text().startswith("Kỳ chưa đúng")


def test_suggested_fund_name_stays_vietnamese_in_the_english_window(qapp):
    """The name is data printed on Vietnamese vouchers, not a label of the window."""
    from dialogs.open_fund_dialog import suggested_name
    from ui import i18n

    i18n.install("en")
    try:
        assert suggested_name("home_care") == "Quỹ chăm sóc tại nhà"
        assert suggested_name("golden_heart") == "Sổ Tấm lòng vàng"
        assert suggested_name("other") == ""
    finally:
        i18n.install("vi")
