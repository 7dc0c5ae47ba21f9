"""The training page: the year's courses, the share of clubs whose board has a trained
member and the board members never trained; the course dialog records through the service;
a refusal writes nothing; a read-only role cannot add a course."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dialogs.course_dialog import CourseDialog
from models.accounts.session import set_user
from models.training import board_training, training
from tests.domain.privacy_helpers import as_user
from tests.ui.activities_data import TODAY, make_world
from tests.ui.conftest import admin_and_clerk, save_screenshot
from ui.pages.training_page import TrainingPage


def cell(model, row, column):
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def course_dialog(qtbot, context, parent=None):
    dialog = CourseDialog(context, 1840, parent, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Tập huấn quản lý quỹ quay vòng")
    dialog.organiser_edit.setText("Hội Người cao tuổi tỉnh")
    dialog.place_edit.setText("Hội trường UBND phường")
    dialog.from_edit.setText("10/06/2026")
    dialog.to_edit.setText("11/06/2026")
    return dialog


def test_page_shows_courses_and_board_training(qtbot, context):
    ids = make_world()
    page = TrainingPage(context, today=TODAY)
    qtbot.addWidget(page)
    assert page.courses_model.rowCount() == 0
    assert "0%" in page.share_label.text()
    assert page.untrained_model.rowCount() == 2
    dialog = course_dialog(qtbot, context, page)
    dialog.add_member(ids["hue"])
    dialog.name_edit.setText("Đặng Văn Tâm")
    dialog.role_edit.setText("Cán bộ UBND phường")
    dialog.add_official()
    assert dialog.attendee_list.count() == 2
    dialog.accept()
    assert dialog.course is not None
    (row,) = training.courses(2026)
    assert (row.title, row.attendee_count, row.organiser) == (
        "Tập huấn quản lý quỹ quay vòng", 2, "Hội Người cao tuổi tỉnh")
    assert board_training.board_training(TODAY).clubs_trained == 1
    # the page refreshed on Change.TRAINING
    assert cell(page.courses_model, 0, 6) == 2
    assert page.share_label.text().startswith("100%")
    assert [cell(page.untrained_model, r, 1) for r in range(page.untrained_model.rowCount())
            ] == ["Lý Văn Nam"]
    page.resize(1366, 768)
    page.show()
    qtbot.wait(50)
    save_screenshot(page, "training_page")


def test_a_course_in_the_future_is_refused_with_nothing_written(qtbot, context):
    make_world()
    dialog = course_dialog(qtbot, context)
    dialog.to_edit.setText("01/12/2026")
    dialog.accept()
    assert dialog.course is None and not dialog.errors["date_to"].isHidden()
    assert training.courses(2026) == []


def test_read_only_role_cannot_add_a_course(qtbot, context):
    make_world()
    admin_and_clerk()
    set_user(as_user("supervisor", province=19))
    try:
        page = TrainingPage(context, today=TODAY)
        qtbot.addWidget(page)
        assert not page.add_button.isEnabled()
        assert page.untrained_model.rowCount() == 2
    finally:
        set_user(None)
