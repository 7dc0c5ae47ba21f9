"""The supervision page, the visit dialog and the template dialog: a province supervisor
records visits (every required item answered), a clerk reads, an edit of a used template is
saved as a new version."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.papers_data import founded_club
from tests.ui.conftest import admin_and_clerk, save_screenshot

TODAY = dt.date(2026, 11, 25)
VISIT_DAY = dt.date(2026, 11, 20)


@pytest.fixture
def club(ui_db):
    from models.accounts.session import SignedInUser, set_user
    from models.supervision import scope

    admin_and_clerk()
    club_id = founded_club(n_members=12)
    # a province supervisor (the province's administrator would create the account)
    set_user(SignedInUser(9, "giamsat", "Trần Thị Sát", "supervisor", None,
                          scope.province_of(1840)))
    yield club_id
    set_user(None)


def sign_in(username: str, password: str) -> None:
    from models.accounts import users
    from models.accounts.session import set_user

    set_user(None)
    set_user(users.authenticate(username, password))


def items(club_id: int):
    from models.clubs.clubs import get_club
    from models.supervision import templates

    template = templates.template_for_ward(get_club(club_id).ward_code)
    return template, [i for _g, found in templates.groups_of(template.id) for i in found]


def record(club_id: int, on: dt.date = VISIT_DAY, answer: str = "met"):
    from models.supervision import visits

    template, found = items(club_id)
    return visits.record_visit(visits.VisitInput(
        club_id, on, "routine", "Đặng Văn Nam", template.id,
        {i.id: visits.AnswerInput(answer) for i in found},
        recommendations=[visits.RecommendationInput("Mở sổ theo dõi quỹ", "Chủ nhiệm",
                                                    on + dt.timedelta(days=2))]),
        today=TODAY)


def test_page_opens_for_a_supervisor_with_a_visit(qtbot, context, club):
    from ui.pages.supervision_page import SupervisionPage

    record(club, dt.date(2025, 10, 1), "partly")
    record(club)
    page = SupervisionPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 3).data() == "100,0"
    assert page.model.index(0, 5).data() == "1"
    assert page.coverage_value.text().startswith("1/1")
    assert "▲" in page.score_value.text()  # 50 last year, 100 this year
    assert page.overdue_value.text() == "2"  # last year's and this year's, both past due
    assert page.overdue.rowCount() == 2
    assert page.overdue.index(0, 1).data() == "Mở sổ theo dõi quỹ"
    assert page.overdue.index(0, 3).data() == "03/10/2025"
    assert page.visit_button.isEnabled() and page.template_button.isEnabled()
    assert not page.print_button.isEnabled()
    page.view.selectRow(0)
    assert page.print_button.isEnabled()
    save_screenshot(page, "supervision_page")
    preview = page.print_record()
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=10000)
    preview.close()
    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    assert page.model.rowCount() == 1 and page.model.index(0, 3).data() == "50,0"


def test_visit_dialog_records_a_visit(qtbot, context, club):
    from dialogs.visit_dialog import VisitDialog
    from models.supervision import visits

    _template, found = items(club)
    dialog = VisitDialog(context, None, club_id=club, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    dialog.date_edit.setText("20/11/2026")
    dialog.supervisors_edit.setText("Đặng Văn Nam, Hà Thu")
    for n, item in enumerate(found):
        dialog.answer(item.id, "partly" if n == 0 else "met", "thiếu sổ" if n == 0 else "")
    assert "xếp loại Tốt" in dialog.score_label.text()
    dialog.findings_edit.setPlainText("CLB sinh hoạt đều.")
    row = dialog.recs.add()
    for col, value in enumerate(("Kiểm kê quỹ hằng quý", "Thủ quỹ", "31/12/2026")):
        dialog.recs.setData(dialog.recs.index(row, col), value)
    save_screenshot(dialog, "visit_dialog")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    made = visits.visits(dt.date(2026, 1, 1), dt.date(2026, 12, 31), club)
    assert len(made) == 1 and made[0].date == VISIT_DAY
    answers = visits.answers_of(made[0].id)
    assert len(answers) == len(found)
    assert answers[found[0].id].answer == "partly" and answers[found[0].id].note == "thiếu sổ"
    assert [r.due_on for r in visits.recommendations_of(made[0].id)] == [dt.date(2026, 12, 31)]

    # the next visit lists that recommendation and may mark it done
    again = VisitDialog(context, None, club_id=club, today=TODAY)
    qtbot.addWidget(again)
    assert again.follow.rowCount() == 1
    assert again.follow.index(0, 1).data() == "Kiểm kê quỹ hằng quý"
    again.follow.setData(again.follow.index(0, 0), Qt.CheckState.Checked,
                         Qt.ItemDataRole.CheckStateRole)
    again.date_edit.setText("24/11/2026")
    again.supervisors_edit.setText("Hà Thu")
    for item in found:
        again.answer(item.id, "met")
    again.accept()
    assert again.result() == again.DialogCode.Accepted
    assert [r.status for r in visits.recommendations_of(made[0].id)] == ["done"]
    assert visits.open_recommendations(club) == []


def test_visit_dialog_refuses_an_unanswered_required_item(qtbot, context, club):
    from dialogs.visit_dialog import VisitDialog
    from models.supervision import visits

    _template, found = items(club)
    required = [i for i in found if i.required]
    dialog = VisitDialog(context, None, club_id=club, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.supervisors_edit.setText("Đặng Văn Nam")
    for item in found:
        if item.id != required[0].id:
            dialog.answer(item.id, "met")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.general_error.isVisible()
    assert required[0].text in dialog.general_error.text()
    row = dialog.checklist.row_of_item(required[0].id)
    assert dialog.checklist.rows[row].missing
    assert visits.visits(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == []


def test_a_clerk_reads_but_may_not_write(qtbot, context, club):
    from ui.pages.supervision_page import SupervisionPage

    record(club)
    sign_in("canbo", "mat-khau-cb")
    page = SupervisionPage(context, today=TODAY)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    assert not page.visit_button.isEnabled() and not page.template_button.isEnabled()


def test_template_dialog_saves_a_used_template_as_a_new_version(qtbot, context, club):
    from dialogs.template_dialog import TemplateDialog
    from models.supervision import templates

    first = TemplateDialog(context, None, ward_code=1840)
    qtbot.addWidget(first)
    assert "mẫu chung" in first.version_note.text()
    first.accept()  # the province's own copy of the default
    own = first.template
    assert own.scope.startswith("P") and own.version == 1
    record(club)  # the visit uses the province's template

    dialog = TemplateDialog(context, None, ward_code=1840)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 700)
    dialog.show()
    save_screenshot(dialog, "template_dialog")
    assert dialog.template_id() == own.id
    assert "phiên bản mới (2)" in dialog.version_note.text()
    dialog.items.setData(dialog.items.index(0, 1), 7)
    dialog.accept()
    assert dialog.new_version and dialog.template.version == 2
    assert templates.get_template(own.id).retired
    assert templates.template_for_ward(1840).id == dialog.template.id
    first_item = templates.groups_of(dialog.template.id)[0][1][0]
    assert first_item.weight == 7


def test_plan_edited_in_the_page_with_its_coverage(qtbot, context, club):
    from PySide6.QtWidgets import QDialog

    from models.accounts import session
    from ui.pages.supervision_page import SupervisionPage

    record(club)  # 20/11/2026
    supervisor = session.current_user()
    sign_in("quantri", "mat-khau-1")  # the ward's office founds a second club
    second = founded_club(n_members=8, code="DX02", seed=5)
    session.set_user(supervisor)
    page = SupervisionPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    assert page.plan_model.rowCount() == 0 and "Chưa có kế hoạch" in page.plan_label.text()
    assert page.plan_button.isEnabled()

    def fill(dialog):
        dialog.add_all()
        assert {r.club_id for r in dialog.model.rows} == {club, second}
        model = dialog.model
        model.setData(model.index(0, model.MONTH), "11")
        model.setData(model.index(1, model.MONTH), "13")  # refused by the service
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "12" in dialog.general_error.text() or dialog.errors["planned"].text()
        model.setData(model.index(1, model.MONTH), "9")
        model.setData(model.index(1, model.BY_WHOM), "Hội NCT tỉnh")
        dialog.resize(900, 620)
        dialog.show()
        save_screenshot(dialog, "plan_dialog")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    page._run = fill
    page.edit_plan()
    rows = {r.club_id: r for r in page.plan_model.rows}
    assert rows[club].done_on == VISIT_DAY and rows[club].month == 11
    assert rows[second].done_on is None and rows[second].by_whom == "Hội NCT tỉnh"
    assert page.plan_model.late(rows[second])  # September is over, no visit
    assert page.tabs.currentIndex() == 1
    assert "1 đã giám sát, 1 quá hạn" in page.plan_label.text()
    done, left = page.coverage_chart.series()[0].barSets()
    assert (done.at(10), left.at(10), done.at(8), left.at(8)) == (1, 0, 0, 1)
    page.show()
    qtbot.waitExposed(page)
    save_screenshot(page, "supervision_plan")
