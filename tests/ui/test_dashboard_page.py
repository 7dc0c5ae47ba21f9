"""Dashboard page on a small demo with its example plan: the targets table holds the
dashboard's figures, the charts are drawn, and a club missing a standard opens on the Clubs
page with a double click."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.ui.conftest import save_screenshot

TODAY = dt.date(2026, 11, 20)


def test_dashboard_page_shows_targets_charts_and_opens_a_missing_club(qtbot, context):
    from models.demo.demo import fill_demo
    from models.plans import dashboard, display, examples
    from ui.main_window import MainWindow

    fill_demo(12, 2, today=TODAY)
    examples.load_demo_plan()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    page = window.show_page("dashboard")
    index = page.years.findData(2025)
    page.years.setCurrentIndex(index)
    board = dashboard.compute(None, 2025)
    shown = [[page.targets.index(r, c).data() for c in range(5)]
             for r in range(page.targets.rowCount())]
    assert [row[2] for row in shown] == [display.actual(t) for t in board.targets]
    assert [row[1] for row in shown] == [display.bound(t) for t in board.targets]
    assert page.charts["members"].series() and page.charts["budget"].series()
    assert page.misses.rowCount() == len(board.misses) > 0
    window.show()
    qtbot.waitExposed(window)
    save_screenshot(window, "dashboard")
    wanted = board.misses[0].club_id
    first = page.misses.index(0, 0)
    page.tabs.setCurrentIndex(3)  # coverage of training, supervision, funds, standards
    save_screenshot(window, "dashboard_coverage")
    page.periods.setCurrentIndex(page.periods.findData("half"))  # the first six months
    half = dashboard.compute(None, start=dt.date(2025, 1, 1), end=dt.date(2025, 6, 30))
    assert page.board.end == dt.date(2025, 6, 30)
    assert [page.targets.index(r, 2).data() for r in range(page.targets.rowCount())] == [
        display.actual(t) for t in half.targets]
    page.periods.setCurrentIndex(0)
    page.misses_view.doubleClicked.emit(first)
    clubs = window.pages["clubs"]
    assert window.current_page() is clubs
    assert clubs.selected_club_id() == wanted
    assert page.misses.index(0, 0).data(Qt.ItemDataRole.DisplayRole).startswith(
        board.misses[0].club_code)


def test_plan_dialog_edits_a_target_and_the_dashboard_follows(qtbot, context):
    from dialogs.programme_plan_dialog import PlanDialog
    from models.demo.demo import fill_demo
    from models.plans import plans as plan_service
    from ui.pages.dashboard_page import DashboardPage

    fill_demo(6, 4, today=TODAY)
    page = DashboardPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.years.setCurrentIndex(page.years.findData(2025))
    assert page.board.plan_id is None and page.targets.rowCount() == 0
    assert page.example_button.isEnabled()
    page.example_menu.actions()[0].trigger()  # the Bắc Kạn example, for the office's ward
    assert page.board.plan_id is not None and page.targets.rowCount() > 0
    plan = plan_service.get_plan(page.board.plan_id)
    dialog = PlanDialog(context, plan.scope, plan.id, plan_service.plan_input(plan), page)
    qtbot.addWidget(dialog)
    dialog.resize(900, 760)
    save_screenshot(dialog, "programme_plan_dialog")
    model = dialog.targets
    row = next(i for i, t in enumerate(model.rows) if t.year == 2025 and t.code == "clubs")
    assert model.setData(model.index(row, 2), "3")
    bad = next(i for i, t in enumerate(model.rows) if t.code == "share_women")
    model.setData(model.index(bad, 2), "90")  # above its maximum of 70: refused, nothing saved
    dialog.accept()
    assert dialog.plan is None and "Mức tối đa" in dialog.general_error.text()
    model.setData(model.index(bad, 2), "60")
    dialog.accept()
    assert dialog.plan is not None
    clubs = next(r for r in page.board.targets if r.code == "clubs")
    assert clubs.low == 3  # the page recomputed on Change.PLAN


def test_a_clerk_reads_the_plan_but_cannot_save_it(qtbot, context):
    from PySide6.QtWidgets import QDialogButtonBox

    from dialogs.programme_plan_dialog import PlanDialog
    from models.accounts.session import SignedInUser, set_user
    from models.plans import examples
    from models.plans import plans as plan_service

    plan = examples.load_example("bac-kan-2021-2025", "W1840")
    set_user(SignedInUser(id=5, username="cb", full_name="Cán bộ", role="clerk",
                          ward_code=1840, province_code=None))
    try:
        dialog = PlanDialog(context, plan.scope, plan.id,
                            plan_service.plan_input(plan_service.get_plan(plan.id)))
        qtbot.addWidget(dialog)
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled() and dialog.targets.rowCount() > 20
    finally:
        set_user(None)
