"""The activities page: a club's year in the eight areas, its figures and chart; the
dialogs record through the services; refusals write nothing; health values masked and
write buttons disabled for a supervisor."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dialogs.activity_dialog import ActivityDialog
from dialogs.health_check_dialog import HealthCheckDialog, parse_measure
from dialogs.home_care_dialog import PairDialog, VisitDialog
from dialogs.support_dialog import SupportDialog
from models.accounts.session import set_user
from models.activities import activities, health, home_care, support
from tests.domain.privacy_helpers import as_user
from tests.ui.activities_data import TODAY, make_world
from tests.ui.conftest import admin_and_clerk, save_screenshot
from ui.pages.activities_page import ActivitiesPage


def cell(model, row, column):
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def open_page(qtbot, context, club_id):
    page = ActivitiesPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.set_club(club_id)
    return page


def test_page_shows_the_year_figures_and_chart(qtbot, context):
    ids = make_world()
    page = open_page(qtbot, context, ids["club"])
    page.resize(1366, 768)
    page.show()
    models = page.models
    assert models["activities"].rowCount() == 5
    assert cell(models["activities"], 0, 3) == "Đo huyết áp cho thành viên"
    assert cell(models["activities"], 0, 4) == 2
    assert cell(models["health"], 0, 2) == "135/85"
    assert cell(models["health"], 0, 3) == "52,5"
    assert models["pairs"].rowCount() == 1 and models["self_help"].rowCount() == 1
    assert cell(models["claims"], 0, 3) == "Được hưởng"
    figures = {cell(page.figures_model, r, 0): cell(page.figures_model, r, 1)
               for r in range(page.figures_model.rowCount())}
    assert figures["Chăm sóc sức khỏe"] == 2 and figures["Lượt thăm tại nhà"] == 1
    assert figures["Giá trị hỗ trợ (đồng)"] == "1.500.000"
    (series,) = page.chart.series()
    assert sum(series.barSets()[0].at(i) for i in range(8)) == 5
    assert all(b.isEnabled() for b in (page.activity_button, page.health_button,
                                       page.pair_button, page.claim_button))
    assert not page.visit_button.isEnabled()  # no pair chosen
    page.views["pairs"].selectRow(0)
    assert page.visit_button.isEnabled()
    page.set_club(None)  # every club: figures, no lists, no writing
    assert models["activities"].rowCount() == 0 and not page.activity_button.isEnabled()
    page.set_club(ids["club"])
    qtbot.wait(50)
    save_screenshot(page, "activities_page")


def test_activity_dialog_records_and_page_refreshes(qtbot, context):
    ids = make_world()
    page = open_page(qtbot, context, ids["club"])
    dialog = ActivityDialog(context, ids["club"], page, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.set_area("learning")
    dialog.title_edit.setText("Lớp học tiếng Anh cho thiếu niên")
    dialog.date_edit.setText("10/11/2026")
    dialog.tick([ids["hue"], ids["nam"]])
    dialog.others_spin.setValue(7)
    dialog.accept()
    assert dialog.activity is not None
    row = activities.activities_of(ids["club"], 2026)[-1]
    assert (row.area, row.title, row.members_count, row.others_count) == (
        "learning", "Lớp học tiếng Anh cho thiếu niên", 2, 7)
    assert set(activities.participants(row.id)) == {ids["hue"], ids["nam"]}
    assert page.models["activities"].rowCount() == 6  # refreshed by Change.ACTIVITY


def test_a_date_in_the_future_is_refused_with_nothing_written(qtbot, context):
    ids = make_world()
    before = len(activities.activities_of(ids["club"], 2026))
    dialog = ActivityDialog(context, ids["club"], today=TODAY)
    qtbot.addWidget(dialog)
    dialog.set_area("culture")
    dialog.title_edit.setText("Giao lưu văn nghệ")
    dialog.date_edit.setText("01/12/2026")
    dialog.accept()
    assert dialog.activity is None and not dialog.errors["date"].isHidden()
    assert len(activities.activities_of(ids["club"], 2026)) == before
    support_dialog = SupportDialog(context, ids["club"], claim=True, today=TODAY)
    qtbot.addWidget(support_dialog)
    support_dialog.date_edit.setText("01/10/2026")
    support_dialog.accept()  # no member, no entitlement
    assert not support_dialog.errors["person"].isHidden()
    assert not support_dialog.errors["entitlement"].isHidden()
    assert len(support.claims_of(ids["club"], 2026)) == 1


def test_health_visit_and_support_dialogs_record(qtbot, context):
    ids = make_world()
    check = HealthCheckDialog(context, ids["club"], today=TODAY)
    qtbot.addWidget(check)
    check.person_combo.set_value(ids["lan"])
    check.date_edit.setText("02/11/2026")
    check.edits["systolic"].setText("120")
    check.edits["diastolic"].setText("80")
    check.edits["weight_dkg"].setText("48,5")
    check.accept()
    assert check.check is not None
    row = health.health_checks(ids["club"], 2026)[-1]
    assert (row.full_name, row.systolic, row.weight_dkg) == ("Trần Thị Lan", 120, 485)
    assert parse_measure("5,6", True) == 56 and parse_measure("abc", False) == "abc"
    (pair,) = home_care.pairs_of(ids["club"])
    visit = VisitDialog(context, pair, today=TODAY)
    qtbot.addWidget(visit)
    visit.services_edit.setPlainText("Nấu cơm, trò chuyện")
    visit.accept()
    assert visit.visit is not None
    help_dialog = SupportDialog(context, ids["club"], today=TODAY)
    qtbot.addWidget(help_dialog)
    help_dialog.person_combo.set_value(ids["nam"])
    help_dialog.what_edit.setText("Hỗ trợ tiền thuốc")
    help_dialog.value_edit.setAmount(300_000)
    help_dialog.accept()
    assert support.self_help_of(ids["club"], 2026)[-1].value == 300_000


def test_supervisor_sees_health_values_masked_and_cannot_write(qtbot, context):
    ids = make_world()
    admin_and_clerk()
    set_user(as_user("supervisor", province=19))  # Thái Nguyên, phường Đức Xuân's province
    try:
        page = open_page(qtbot, context, ids["club"])
        health_model = page.models["health"]
        assert cell(health_model, 0, 1) == "Nguyễn Thị Huệ"
        assert {cell(health_model, 0, c) for c in (2, 3, 4, 5)} == {"(ẩn)"}
        assert "ẩn" in page.hint.text()
        for button in (page.activity_button, page.health_button, page.pair_button,
                       page.visit_button, page.self_help_button, page.claim_button):
            assert not button.isEnabled()
    finally:
        set_user(None)


def test_pair_dialog_pairs_and_refuses_a_young_older_person(qtbot, context):
    ids = make_world()
    dialog = PairDialog(context, ids["club"], today=TODAY)
    qtbot.addWidget(dialog)
    dialog.volunteer_combo.set_value(ids["lan"])
    dialog.older_combo.set_value(ids["nam"])  # born 1990
    dialog.accept()
    assert dialog.pair is None and not dialog.errors["older"].isHidden()
    assert len(home_care.pairs_of(ids["club"])) == 1
    dialog.volunteer_combo.set_value(ids["nam"])
    dialog.older_combo.set_value(ids["hue"])
    dialog.accept()
    assert dialog.pair is not None and len(home_care.pairs_of(ids["club"])) == 2


def test_activity_dialog_picture(qtbot, context):
    ids = make_world()
    dialog = ActivityDialog(context, ids["club"], today=TODAY)
    qtbot.addWidget(dialog)
    dialog.set_area("health")
    dialog.title_edit.setText("Đo huyết áp cho thành viên")
    dialog.tick([ids["hue"]])
    dialog.show()
    qtbot.wait(50)
    save_screenshot(dialog, "activity_dialog")
