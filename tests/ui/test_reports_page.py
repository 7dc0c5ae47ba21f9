"""The Reports page: every unit's state for the year and who waits for whom; the words of a
report edited and sent; approval through the decision dialog (off the GUI thread); a
returned report shows its reason; the signed figures compared with the records."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.conftest import save_screenshot, when_modal

TODAY = dt.date(2026, 11, 20)
YEAR = 2025


@pytest.fixture
def demo(ui_db):
    from models.demo.demo import fill_demo
    from models.signoff import reports

    fill_demo(3, seed=7, today=TODAY)
    reports.submit("club", "DX001", YEAR)
    reports.approve("club", "DX001", YEAR, "Nguyễn Văn Hùng", "Chủ tịch Hội NCT phường",
                    today=TODAY)
    reports.submit("club", "DX002", YEAR)
    return ui_db


def rows_by_code(page):
    return {r.code: r for r in page.model.rows}


def select(page, code):
    row = next(i for i, r in enumerate(page.model.rows) if r.code == code)
    page.view.selectRow(row)
    return page.selected()


def test_board_decisions_and_words(qtbot, context, demo):
    from dialogs.report_decision_dialog import ReportDecisionDialog
    from ui.pages.reports_page import ReportsPage

    page = ReportsPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    assert page.year() == YEAR
    rows = rows_by_code(page)
    assert [r.level for r in page.model.rows][:3] == ["nation", "province", "ward"]
    assert rows["DX001"].state == "approved" and rows["DX002"].state == "submitted"
    assert rows["1840"].shown_state == "late"  # due 31/01/2026, not sent
    assert "DX003" not in rows  # planned: no report
    assert page.model.data(page.model.index(page.model.rows.index(rows["DX002"]), 5)) == \
        "Chờ Phường Đức Xuân duyệt"

    # the ward office approves its second club through the dialog
    select(page, "DX002")
    assert page.approve_button.isEnabled() and not page.reopen_button.isEnabled()

    def approve(dialog):
        assert isinstance(dialog, ReportDecisionDialog)
        dialog.name_edit.setText("Nguyễn Văn Hùng")
        dialog.title_edit.setText("Chủ tịch Hội NCT phường")
        dialog.accept()

    when_modal(approve, ReportDecisionDialog)
    page.decide("approve").exec()
    assert rows_by_code(page)["DX002"].state == "approved"

    # the ward's words, saved and sent
    ward = select(page, "1840")
    assert ward.below_approved == ward.below_total == 2
    page.edits["results"].setPlainText("Hai câu lạc bộ duy trì sinh hoạt đều đặn.")
    page.edits["difficulties"].setPlainText("Nguồn vốn quay vòng còn ít.")
    page.submit()
    ward = rows_by_code(page)["1840"]
    assert ward.state == "submitted"
    from models.signoff import reports

    assert reports.current("ward", "1840", YEAR).results.startswith("Hai câu lạc bộ")
    select(page, "DX001")
    assert "khớp với bản đã duyệt" in page.diff_label.text()
    assert "01/BC-HNCT" in page.versions_label.text()
    select(page, "1840")
    save_screenshot(page, "reports_page")


def test_return_shows_the_reason(qtbot, context, demo):
    from dialogs.report_decision_dialog import ReportDecisionDialog
    from ui.pages.reports_page import ReportsPage

    page = ReportsPage(context, today=TODAY)
    qtbot.addWidget(page)
    select(page, "DX002")

    def give_back(dialog):
        dialog.reason_edit.setPlainText("Bổ sung số buổi sinh hoạt tháng 12")
        dialog.accept()

    when_modal(give_back, ReportDecisionDialog)
    page.decide("return").exec()
    row = select(page, "DX002")
    assert row.state == "returned"
    assert "Bổ sung số buổi sinh hoạt tháng 12" in page.state_label.text()
    assert not page.edits["results"].isReadOnly() and page.submit_button.isEnabled()


def test_actions_follow_the_accounts_rights(qtbot, context, demo):
    from models.accounts import users
    from models.accounts.session import set_user
    from tests.ui.conftest import admin_and_clerk
    from ui.pages.reports_page import ReportsPage

    admin_and_clerk(("duyet", "Hoàng Văn Thụ", "approver", "mat-khau-dy"))
    set_user(users.authenticate("canbo", "mat-khau-cb"))
    try:
        page = ReportsPage(context, today=TODAY)
        qtbot.addWidget(page)
        assert {r.level for r in page.model.rows} == {"club", "ward"}  # a ward's account
        select(page, "DX002")  # submitted: only an approver of the ward office decides
        assert not page.approve_button.isEnabled() and not page.return_button.isEnabled()
        select(page, "1840")  # the ward's own report: the clerk writes and sends it
        assert page.submit_button.isEnabled() and not page.edits["results"].isReadOnly()
        set_user(users.authenticate("duyet", "mat-khau-dy"))
        page.refresh()
        select(page, "DX002")
        assert page.approve_button.isEnabled() and page.return_button.isEnabled()
        select(page, "1840")  # the ward's report is approved by the province office
        page.submit()
        assert rows_by_code(page)["1840"].state == "submitted"
        assert not page.approve_button.isEnabled()
    finally:
        set_user(None)
