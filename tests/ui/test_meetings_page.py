"""The meetings page and the meeting dialog: the months of a year, the list, the figures and
the chart; a meeting recorded from the sheet (presence by keyboard, an absence, a fee);
write buttons of a read-only role; a refused save said without a crash."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from models.meetings import meetings
from tests.ui.conftest import admin_and_clerk, save_screenshot
from tests.ui.test_loans_page import TODAY, lend, make_club
from ui.meetings_model import AttendanceModel
from ui.pages.meetings_page import HELD, MISSED, MeetingsPage

D = dt.date


def hold(book, on: dt.date, absent: tuple[str, ...] = ()) -> None:
    meetings.record_meeting(meetings.MeetingInput(
        club_id=book.club_id, date=on, start_time="08:00", end_time="10:00",
        place="Nhà văn hóa tổ 1", chair_id=book.people["Nguyễn Thị Huệ"],
        absences={book.people[n]: "ốm" for n in absent},
        fees={pid: 5_000 for name, pid in book.people.items() if name not in absent}),
        today=TODAY)


def year_of_meetings():
    book = make_club()
    for month in (8, 9, 10):
        hold(book, D(2026, month, 10), absent=("Ma Văn Bình",))
    return book


def press(widget, key) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key,
                                             Qt.KeyboardModifier.NoModifier))


def test_page_shows_the_months_meetings_and_figures(qtbot, context):
    book = year_of_meetings()
    page = MeetingsPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.select_club(book.club_id)
    assert page.model.rowCount() == 3
    assert HELD in page.month_labels[7].styleSheet()  # August
    assert MISSED in page.month_labels[5].styleSheet()  # June, no meeting
    assert page.figure_labels["absent"].text().startswith("1 thành viên")
    assert [a.full_name for a in page.absent_model.rows] == ["Ma Văn Bình"]
    assert page.figure_labels["held"].text().startswith("3 /")
    assert "90%" in page.figure_labels["rate"].text()
    assert len(page.chart.series()) == 1
    assert page.new_button.isEnabled() and page.sheet_button.isEnabled()
    assert not page.minutes_button.isEnabled()
    page.view.selectRow(0)
    assert page.minutes_button.isEnabled() and page.reverse_button.isEnabled()
    page.show()
    save_screenshot(page, "meetings-page")


def test_dialog_records_a_meeting_from_the_sheet(qtbot, context):
    from dialogs.meeting_dialog import MeetingDialog

    book = year_of_meetings()
    lend(book, "thoa", "Hà Thị Thoa")
    dialog = MeetingDialog(context, book.club_id, today=TODAY, on=D(2026, 11, 12))
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 10
    names = [r.full_name for r in model.rows]
    borrower = names.index("Hà Thị Thoa")
    due = model.rows[borrower].instalment_due
    assert due > 0
    model.setData(model.index(borrower, AttendanceModel.REPAID), str(due))
    # the keyboard: Space toggles the current member, Down moves to the next
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(model.index(0, AttendanceModel.PRESENT))
    press(dialog.view, Qt.Key.Key_Space)
    assert not model.rows[0].present and model.rows[0].fee_paid == 0
    press(dialog.view, Qt.Key.Key_Space)
    assert model.rows[0].present and model.rows[0].fee_paid == 5_000
    press(dialog.view, Qt.Key.Key_Down)
    press(dialog.view, Qt.Key.Key_Space)
    absent = model.rows[1]
    assert not absent.present
    model.setData(model.index(1, AttendanceModel.REASON), "đi viện")
    model.setData(model.index(2, AttendanceModel.FEE_PAID), "3.000")
    dialog.place_edit.setText("Nhà văn hóa tổ 1")
    dialog.start_edit.setText("08:00")
    dialog.area_edits["health"].setPlainText("Đo huyết áp cho 9 thành viên")
    dialog.resize(1366, 768)
    dialog.show()
    save_screenshot(dialog, "meeting-dialog")
    dialog.accept()
    assert dialog.meeting is not None, dialog.general_error.text()
    lines = {x.full_name: x for x in meetings.attendance(dialog.meeting.id)}
    assert not lines[absent.full_name].present
    assert lines[absent.full_name].reason == "đi viện"
    assert lines[names[2]].fee_paid == 3_000
    assert lines[names[0]].fee_paid == 5_000
    row = meetings.meetings_of(book.club_id, 2026)[-1]
    assert (row.present_count, row.member_count) == (9, 10)
    assert row.fee_total == 8 * 5_000 + 3_000
    assert row.repayment_total == due and lines["Hà Thị Thoa"].repayment == due


def test_fee_over_due_asks_and_retries(qtbot, context):
    from dialogs.meeting_dialog import MeetingDialog

    book = year_of_meetings()
    dialog = MeetingDialog(context, book.club_id, today=TODAY, on=D(2026, 11, 12))
    qtbot.addWidget(dialog)
    asked = []
    dialog.confirm_over = lambda problems: asked.append(problems) or True
    dialog.model.setData(dialog.model.index(0, AttendanceModel.FEE_PAID), "20000")
    dialog.accept()
    assert asked and asked[0][0].code == "fee_over_due"
    assert dialog.meeting is not None
    assert meetings.meetings_of(book.club_id, 2026)[-1].fee_total == 9 * 5_000 + 20_000


def test_refused_save_is_said_not_crashed(qtbot, context):
    from dialogs.meeting_dialog import MeetingDialog

    book = year_of_meetings()
    dialog = MeetingDialog(context, book.club_id, today=TODAY, on=D(2026, 10, 10))
    qtbot.addWidget(dialog)
    dialog.start_edit.setText("25:00")
    dialog.accept()
    assert dialog.meeting is None
    assert not dialog.errors["date"].isHidden() and dialog.errors["date"].text()
    assert not dialog.errors["start_time"].isHidden()
    assert len(meetings.meetings_of(book.club_id, 2026)) == 3


def test_read_only_role_sees_write_buttons_disabled(qtbot, context):
    from models.accounts.session import SignedInUser, set_user

    book = year_of_meetings()
    admin_and_clerk()
    # the province's supervisor (Thái Nguyên, 19) reads the ward's clubs and writes nothing
    set_user(SignedInUser(9, "giamsat", "Hà Văn Giám", "supervisor", None, 19))
    try:
        page = MeetingsPage(context, today=TODAY)
        qtbot.addWidget(page)
        page.select_club(book.club_id)
        page.view.selectRow(0)
        assert page.model.rowCount() == 3
        assert not page.new_button.isEnabled()
        assert not page.reverse_button.isEnabled()
        assert page.minutes_button.isEnabled() and page.sheet_button.isEnabled()
    finally:
        set_user(None)


def test_reverse_postings_from_the_page(qtbot, context):
    book = year_of_meetings()
    page = MeetingsPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.select_club(book.club_id)
    page.view.selectRow(2)
    page.ask_reason = lambda _row: "ghi nhầm"
    assert page.reverse_postings()
    assert meetings.meetings_of(book.club_id, 2026)[2].reversed_on == TODAY
    assert not page.reverse_button.isEnabled()


def test_minutes_and_sheet_print_through_the_preview(qtbot, context):
    book = year_of_meetings()
    page = MeetingsPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.select_club(book.club_id)
    previews = []
    page._open = previews.append
    assert page.print_minutes() is None  # no meeting chosen
    page.view.selectRow(1)
    for dialog in (page.print_minutes(), page.print_sheet()):
        qtbot.addWidget(dialog)
        assert dialog.data.startswith(b"%PDF") and dialog.page_count() >= 1
    assert previews[0].file_name.startswith("bien-ban-DX01-20260910")


def test_absent_member_is_a_double_click_from_the_record(qtbot, context):
    from PySide6.QtWidgets import QDialog

    book = year_of_meetings()
    page = MeetingsPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.select_club(book.club_id)
    page.show()
    opened = []
    page._run = lambda dialog: opened.append(dialog) or False
    view = page.absent_view
    qtbot.waitExposed(page)
    rect = view.visualRect(page.absent_model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1 and isinstance(opened[0], QDialog)
    assert opened[0].person_id == book.people["Ma Văn Bình"]
    view.setCurrentIndex(page.absent_model.index(0, 0))  # and from the keyboard
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(opened) == 2 and opened[1].person_id == book.people["Ma Văn Bình"]
