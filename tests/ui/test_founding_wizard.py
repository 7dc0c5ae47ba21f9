"""The founding wizard, driven the way a clerk would: fields, Next, Finish."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWizard

from dialogs.founding_wizard import FoundingWizard
from models.clubs import clubs
from models.storage.schema import AuditLog, BoardMember, ClubGroup, Membership, Person
from tests.ui import clubs_data
from tests.ui.conftest import save_screenshot
from ui.clubs_model import ClubsTableModel
from ui.pages.clubs_page import ClubsPage

TODAY = dt.date(2026, 11, 20)


def open_wizard(qtbot, context, club_id: int, parent=None) -> FoundingWizard:
    wizard = FoundingWizard(context, club_id, parent, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill_decision(wizard: FoundingWizard, number: str = "125/QĐ-UBND") -> None:
    wizard.setField("decision_number", number)
    wizard.setField("decision_date", "01/03/2025")
    wizard.setField("launch_date", "15/03/2025")
    wizard.setField("statute_adopted", True)
    page = wizard.decision_page
    assert page.statute_edit.text() == "15/03/2025"  # taken from the launch date
    assert page.issuer_combo.currentText() == "UBND phường Đức Xuân"  # the office by default


def new_person(editor, role: str, name: str, gender: str, year: str, village: str,
               household: str = "none") -> None:
    editor.add_row()
    editor.role_combo.setCurrentIndex(editor.role_combo.findData(role))
    editor.new_radio.setChecked(True)
    editor.name_edit.setText(name)
    editor.gender_combo.setCurrentIndex(editor.gender_combo.findData(gender))
    editor.year_edit.setText(year)
    editor.ethnicity_combo.setCurrentText("Tày")
    editor.village_combo.setCurrentIndex(editor.village_combo.findText(village))
    editor.household_combo.setCurrentIndex(editor.household_combo.findData(household))


def existing_person(editor, role: str, person_id: int) -> None:
    editor.add_row()
    editor.role_combo.setCurrentIndex(editor.role_combo.findData(role))
    editor.existing_radio.setChecked(True)
    editor.member_combo.setCurrentIndex(editor.member_combo.findData(person_id))


def test_wizard_founds_club_with_groups_and_five_person_board(qtbot, context):
    club_id = clubs_data.plan("DX03", "CLB Liên thế hệ tự giúp nhau tổ 2", ("Tổ 2",))
    hue = clubs_data.add_one(club_id, "Nguyễn Thị Huệ", "F", 1958)
    thu = clubs_data.add_one(club_id, "Hoàng Văn Thụ", "M", 1955)
    page = ClubsPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.select_club(club_id)
    assert page.found_button.isEnabled()
    wizards = []
    page._run = lambda dialog: wizards.append(dialog) or False  # opened, driven below
    page.found_club()
    wizard = wizards[0]
    qtbot.addWidget(wizard)
    wizard.today = TODAY
    wizard.show()
    assert wizard.windowTitle() == "Thành lập CLB DX03"

    fill_decision(wizard)
    wizard.next()
    assert wizard.currentId() == FoundingWizard.GROUPS
    groups = wizard.groups_page
    groups.add_group()
    groups.add_group()
    groups.add_group()
    groups.model.setData(groups.model.index(2), "Nhóm Nà Cưởm")
    groups.view.setCurrentIndex(groups.model.index(2))
    groups.move(-1)
    assert groups.groups() == ["Nhóm 1", "Nhóm Nà Cưởm", "Nhóm 2"]
    wizard.next()
    assert wizard.currentId() == FoundingWizard.BOARD

    editor = wizard.board_editor
    existing_person(editor, "chair", hue)
    assert editor.term_start_edit.text() == "01/03/2025"  # the decision date by default
    new_person(editor, "vice_chair", "Lý Thị Mai", "F", "1962", "Tổ 2", "near_poor")
    existing_person(editor, "secretary", thu)
    new_person(editor, "accountant", "Đặng Văn Ễnh", "M", "1990", "Tổ 2")
    new_person(editor, "treasurer", "Ma Thị Ất", "F", "1970", "Nà Cưởm", "poor")
    editor.term_end_edit.setText("28/02/2030")
    editor.select_row(1)
    assert editor.name_edit.text() == "Lý Thị Mai" and editor.name_edit.isEnabled()
    assert not editor.member_combo.isEnabled()
    model = editor.model
    assert [model.index(r, 1).data() for r in range(5)] == [
        "Chủ nhiệm", "Phó Chủ nhiệm", "Thư ký", "Kế toán", "Thủ quỹ"]
    assert model.index(0, 2).data() == "Nguyễn Thị Huệ"
    assert model.index(0, 4).data() == "Thành viên CLB"
    assert model.index(4, 5).data() == "01/03/2025 – 28/02/2030"
    save_screenshot(wizard, "founding_wizard_board")

    wizard.next()
    assert wizard.currentId() == FoundingWizard.SUMMARY
    summary = wizard.summary_page.browser.toPlainText()
    for text in ("125/QĐ-UBND", "01/03/2025", "UBND phường Đức Xuân", "Nhóm Nà Cưởm",
                 "Ban chủ nhiệm (5 người)", "Đặng Văn Ễnh", "Người mới", "Đã thành lập"):
        assert text in summary
    wizard.accept()
    assert wizard.result() == QWizard.DialogCode.Accepted

    club = clubs.get_club(club_id)
    assert club.status == "founded" and club.decision_date == dt.date(2025, 3, 1)
    assert club.statute_adopted and club.statute_date == dt.date(2025, 3, 15)
    assert [g.name for g in club.groups.order_by(ClubGroup.position)] == [
        "Nhóm 1", "Nhóm Nà Cưởm", "Nhóm 2"]
    board = clubs.board_of(club_id)
    assert [(b.role, p.full_name) for b, p in board] == [
        ("chair", "Nguyễn Thị Huệ"), ("vice_chair", "Lý Thị Mai"),
        ("secretary", "Hoàng Văn Thụ"), ("accountant", "Đặng Văn Ễnh"),
        ("treasurer", "Ma Thị Ất")]
    assert board[4][0].term_end == dt.date(2030, 2, 28)
    mai = Person.get(Person.full_name == "Lý Thị Mai")
    assert (mai.gender, mai.birth_year, mai.ethnicity, mai.household_status) == (
        "F", 1962, "Tày", "near_poor")
    assert mai.village.name == "Tổ 2"
    joined = Membership.get(Membership.person == mai).joined_on
    assert joined == dt.date(2025, 3, 1)  # new board members join on the decision date
    assert Membership.select().where(Membership.club == club_id).count() == 5
    # the page refreshed through context.changed
    status = {page.proxy.index(r, 0).data(): page.proxy.index(r, ClubsTableModel.STATUS).data()
              for r in range(page.proxy.rowCount())}
    assert status == {"DX03": "Đã thành lập"}
    assert page.detail.board_model.rowCount() == 5
    assert not page.found_button.isEnabled()


def test_bad_board_row_stops_at_the_board_and_writes_nothing(qtbot, context):
    club_id = clubs_data.plan("DX03", "CLB tổ 2", ("Tổ 2",))
    before = (AuditLog.select().count(), Person.select().count())
    wizard = open_wizard(qtbot, context, club_id)
    fill_decision(wizard)
    wizard.next()
    wizard.groups_page.add_group()
    wizard.next()
    editor = wizard.board_editor
    new_person(editor, "chair", "Hoàng Văn Thụ", "M", "1955", "Tổ 2")
    new_person(editor, "vice_chair", "", "F", "1960", "Tổ 2")  # no name
    editor.year_edit.setText("")
    wizard.next()  # "Tiếp" checks the step: the clerk stays on it

    assert wizard.currentId() == FoundingWizard.BOARD
    lines = editor.error.text().splitlines()
    assert lines == ["Ban chủ nhiệm, dòng 2: Họ và tên: chưa nhập",
                     "Ban chủ nhiệm, dòng 2: Ngày/năm sinh: chưa nhập"]
    assert editor.error.isVisible()
    assert editor.model.bad_rows == {1} and editor.current_row() == 1
    assert clubs.get_club(club_id).status == "planned"
    assert (AuditLog.select().count(), Person.select().count()) == before
    assert BoardMember.select().count() == 0 and ClubGroup.select().count() == 0

    editor.name_edit.setText("Lý Thị Mai")
    editor.year_edit.setText("1960")
    wizard.next()
    assert wizard.currentId() == FoundingWizard.SUMMARY
    wizard.accept()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert len(clubs.board_of(club_id)) == 2


def test_each_step_is_checked_before_next_and_marks_follow_the_typing(qtbot, context):
    club_id = clubs_data.plan("DX03", "CLB tổ 2", ("Tổ 2",))
    wizard = open_wizard(qtbot, context, club_id)
    fill_decision(wizard, number="")
    wizard.setField("decision_date", "")
    wizard.setField("launch_date", "20/02/2025")
    wizard.next()
    assert wizard.currentId() == FoundingWizard.DECISION  # not sent on to find out at the end
    page = wizard.decision_page
    assert page.errors["decision_number"].text() == "chưa nhập"
    assert page.errors["decision_date"].text() == "chưa nhập"
    page.number_edit.setText("125/QĐ-UBND")  # the mark goes as the clerk types
    assert page.errors["decision_number"].isHidden()
    assert not page.errors["decision_date"].isHidden()
    page.date_edit.setText("01/03/2025")
    assert page.errors["decision_date"].isHidden()
    assert page.errors["launch_date"].text() == "trước ngày quyết định"
    page.launch_edit.setText("15/03/2025")
    assert not page.marked()
    wizard.next()
    assert wizard.currentId() == FoundingWizard.GROUPS
    wizard.groups_page.add_group()
    wizard.groups_page.add_group()
    wizard.groups_page.model.setData(wizard.groups_page.model.index(1), "Nhóm 1")
    wizard.next()
    assert wizard.currentId() == FoundingWizard.GROUPS
    assert wizard.groups_page.error.text() == "Tổ/nhóm, dòng 2: đã có: «Nhóm 1»"
    assert clubs.get_club(club_id).status == "planned"


def test_unreadable_dates_stop_at_their_page(qtbot, context):
    club_id = clubs_data.plan("DX03", "CLB tổ 2", ())
    wizard = open_wizard(qtbot, context, club_id)
    fill_decision(wizard)
    wizard.setField("decision_date", "31/02/2025")
    wizard.next()
    assert wizard.currentId() == FoundingWizard.DECISION
    assert wizard.decision_page.errors["decision_date"].text() == \
        "không đúng ngày dd/mm/yyyy: «31/02/2025»"
    wizard.setField("decision_date", "01/03/2025")
    wizard.next()
    wizard.next()
    editor = wizard.board_editor
    new_person(editor, "chair", "Hoàng Văn Thụ", "M", "1955", "Tổ 2")
    editor.term_end_edit.setText("30/13/2030")
    wizard.next()
    assert wizard.currentId() == FoundingWizard.BOARD
    assert editor.error.text() == \
        "Ban chủ nhiệm, dòng 1: Kết thúc nhiệm kỳ: không đúng ngày dd/mm/yyyy: «30/13/2030»"


def test_the_wizard_shows_where_the_register_stands(qtbot, context):
    """The decision number typed continues the ward's register: the wizard says where the
    People's Committee's series stands this year."""
    import datetime as dt

    from dialogs.founding_wizard import FoundingWizard
    from models.clubs.clubs import ClubInput, create_club
    from models.papers import series
    from tests.papers_data import setup_bodies

    setup_bodies()
    series.set_series_start("UBND", dt.date.today().year, 22)
    club = create_club(ClubInput(code="DX09", name="CLB Liên thế hệ tự giúp nhau Tổ 2",
                                 ward_code=1840))
    wizard = FoundingWizard(context, club.id)
    qtbot.addWidget(wizard)
    hint = wizard.decision_page.next_hint.text()
    assert hint == (f"Số tiếp theo trong sổ văn bản của UBND năm {dt.date.today().year}: "
                    "22/QĐ-UBND")
