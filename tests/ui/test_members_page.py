"""The members page: lazy register in given-name order, accent-insensitive filter, column
chooser, leave and rejoin, composition panel, Excel buttons."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from dialogs.leave_dialog import LeaveDialog
from dialogs.rejoin_dialog import RejoinDialog
from models.clubs.composition import club_composition
from models.members import members
from models.members.register import register_index
from models.storage.schema import Membership, Person
from models.text.vietnamese import fold, name_sort_key
from tests.ui import members_data
from tests.ui.conftest import save_screenshot
from ui import register_model
from ui.composition_panel import percent_text
from ui.pages.members_page import MembersPage
from ui.register_model import LEFT_ROLE, RegisterModel, column_of

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def private_qsettings(tmp_path):
    """QSettings in a temp folder, so tests never touch the user's own preferences."""
    QCoreApplication.setOrganizationName("ISHC-test")
    QCoreApplication.setApplicationName("ISHC Desk test")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings().clear()
    yield


@pytest.fixture
def club_id(context):
    cid = members_data.make_club()
    members_data.populate(cid, 80)
    return cid


def make_page(qtbot, context, club: int | None = None) -> MembersPage:
    page = MembersPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    if club is not None:
        page.select_club(club)
    return page


def shown(page: MembersPage, key: str = "full_name") -> list[str]:
    col = column_of(key)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def row_of(page: MembersPage, name: str) -> int:
    return shown(page).index(name)


def test_register_in_given_name_order_and_filters(qtbot, context, club_id, private_qsettings):
    page = make_page(qtbot, context, club_id)
    assert page.windowTitle() == "Thành viên"
    names = shown(page)
    assert len(names) == 80
    people = {p.full_name: p for p in Person.select()}
    keys = [(name_sort_key(n), people[n].birth_year) for n in names]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)
    # Vietnamese order by given name: d < đ, ô < u, e < ơ; tones sắc (Huế) < nặng (Huệ)
    firsts = {}
    for i, n in enumerate(names):
        firsts.setdefault(n.split()[-1], i)
    order = ["Anh", "Ánh", "Bình", "Dũng", "Đức", "Hồng", "Huế", "Huệ", "Hương", "Yến"]
    assert [firsts[g] for g in order] == sorted(firsts[g] for g in order)
    assert page.status_label.text() == "Đang hiển thị 80/80 thành viên"

    page.filter_edit.setText("hue")
    got = shown(page)
    assert got and all("hue" in fold(n) for n in got)
    assert {n.split()[-1] for n in got} == {"Huệ", "Huế"}
    assert page.status_label.text() == f"Đang hiển thị {len(got)}/80 thành viên"

    page.filter_edit.setText("nguyen thi hue")
    assert set(shown(page)) == {"Nguyễn Thị Huệ", "Nguyễn Thị Huế"}  # marks are ignored

    page.filter_edit.setText("duc")
    got = shown(page)
    assert set(got) == {n for n in people if "Đức" in n}
    assert any(n.startswith("Triệu Đức") for n in got)  # a middle name matches too

    # by ID number and phone
    person = Person.select().where(Person.id_number.is_null(False)).first()
    page.filter_edit.setText(person.id_number[-6:])
    assert person.full_name in shown(page)
    page.filter_edit.setText("")
    assert len(shown(page)) == 80


def test_cells_show_register_values(qtbot, context, club_id, private_qsettings):
    page = make_page(qtbot, context, club_id)
    m = Membership.select().join(Person).where(Person.birth_date.is_null()).first()
    row = page.model.row_of_membership(m.id)
    value = {key: page.model.index(row, column_of(key)).data()
             for key in register_model.COLUMN_KEYS}
    p = m.person
    assert value["full_name"] == p.full_name
    assert value["birth"] == str(p.birth_year)  # year only
    assert value["age"] == str(TODAY.year - p.birth_year)
    assert value["gender"] == ("Nữ" if p.gender == "F" else "Nam")
    assert value["joined_on"] == "05/03/2025"
    assert value["group"] in ("Nhóm Tổ 1", "Nhóm Nà Cưởm")
    assert value["index"] == str(row + 1)
    dated = Membership.select().join(Person).where(Person.birth_date.is_null(False)).first()
    row = page.model.row_of_membership(dated.id)
    d = dated.person.birth_date
    assert page.model.index(row, column_of("birth")).data() == d.strftime("%d/%m/%Y")
    poor = Membership.select().join(Person).where(Person.household_status == "poor").first()
    row = page.model.row_of_membership(poor.id)
    assert page.model.index(row, column_of("household_status")).data() == "Hộ nghèo (2025)"
    # the commune view adds the club column; a club's own view hides it
    club_col = column_of("club")
    assert page.view.isColumnHidden(club_col)
    page.select_club(None)
    assert not page.view.isColumnHidden(club_col)
    assert page.model.index(0, club_col).data() == "DX01"


def test_model_is_lazy(qtbot, context, club_id, monkeypatch):
    monkeypatch.setattr(register_model, "PAGE_SIZE", 20)
    model = RegisterModel(today=TODAY)
    model.set_index(register_index(club_id))
    assert model.rowCount() == 80 and model.cached_rows() == 0
    assert model.index(0, 1).data()
    assert (model.fetches, model.cached_rows()) == (1, 20)
    model.index(5, 1).data()
    model.index(19, 4).data()
    assert model.fetches == 1  # same page
    model.index(79, 1).data()
    assert (model.fetches, model.cached_rows()) == (2, 40)


def test_column_chooser_is_remembered(qtbot, context, club_id, private_qsettings):
    page = make_page(qtbot, context, club_id)
    phone = column_of("phone")
    assert not page.view.isColumnHidden(phone)
    assert "full_name" not in page.column_actions  # the name cannot be hidden
    page.set_column_shown("phone", False)
    assert page.view.isColumnHidden(phone)
    page.close()
    again = make_page(qtbot, context, club_id)
    assert again.view.isColumnHidden(phone)
    assert not again.column_actions["phone"].isChecked()
    assert again.columns_button.text() == "Cột"
    again.set_column_shown("phone", True)
    assert not again.view.isColumnHidden(phone)
    assert "phone" not in MembersPage.hidden_columns()


def test_leave_then_show_left_and_rejoin(qtbot, context, club_id, private_qsettings):
    members.add_member(club_id, members.MemberInput(
        full_name="Lục Thị Ngọc Ánh", gender="F", birth_year=1956, ethnicity="Nùng",
        joined_on=dt.date(2025, 3, 5)), today=TODAY)
    page = make_page(qtbot, context, club_id)
    page.filter_edit.setText("luc thi ngoc")
    assert shown(page) == ["Lục Thị Ngọc Ánh"]
    page.view.selectRow(0)
    assert page.leave_button.isEnabled() and not page.rejoin_button.isEnabled()
    target = page.selected_row()

    def answer_leave(dialog):
        assert isinstance(dialog, LeaveDialog)
        dialog.date_edit.setText("15/10/2026")
        dialog.accept()  # no reason chosen: refused
        assert dialog.errors["leave_reason"].text() == "chưa nhập"
        dialog.set_reason("moved")
        dialog.note_edit.setPlainText("Chuyển về ở với con")
        dialog.show()
        qtbot.wait(10)
        save_screenshot(dialog, "leave_dialog")
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    page._run = answer_leave
    page.leave_member()
    m = Membership.get_by_id(target.membership_id)
    assert (m.left_on, m.leave_reason, m.leave_note) == (dt.date(2026, 10, 15), "moved",
                                                        "Chuyển về ở với con")
    assert shown(page) == []  # active members only
    assert page.status_label.text() == "Đang hiển thị 0/80 thành viên"

    page.left_check.setChecked(True)
    assert shown(page) == ["Lục Thị Ngọc Ánh"]
    assert shown(page, "leave_reason") == ["Chuyển đi nơi khác"]
    assert shown(page, "left_on") == ["15/10/2026"]
    assert not page.view.isColumnHidden(column_of("leave_reason"))
    assert page.model.index(0, 1).data(LEFT_ROLE) is True
    assert "(kể cả người đã ra khỏi CLB)" in page.status_label.text()
    page.view.selectRow(0)
    assert not page.leave_button.isEnabled() and page.rejoin_button.isEnabled()

    def answer_rejoin(dialog):
        assert isinstance(dialog, RejoinDialog)
        assert dialog.club_combo.currentData() == club_id  # the club they left
        dialog.date_edit.setText("01/10/2026")  # before they left: refused
        dialog.accept()
        assert "trước ngày ra khỏi CLB lần trước (15/10/2026)" in dialog.errors[
            "joined_on"].text()
        dialog.date_edit.setText("01/11/2026")
        dialog.show()
        qtbot.wait(10)
        save_screenshot(dialog, "rejoin_dialog")
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    page._run = answer_rejoin
    page.rejoin_member()
    active = members.active_membership(target.person_id)
    assert active is not None and active.club_id == club_id
    assert active.joined_on == dt.date(2026, 11, 1)
    assert page.selected_membership_id() == active.id  # the new membership is selected
    assert sorted(shown(page, "left_on")) == ["", "15/10/2026"]
    page.view.selectRow(page.model.row_of_membership(target.membership_id))
    assert not page.rejoin_button.isEnabled()  # already back


def test_composition_panel_matches_the_domain(qtbot, context, club_id, private_qsettings):
    page = make_page(qtbot, context, club_id)
    panel = page.composition
    expected = club_composition(club_id, TODAY, context.standards)
    assert panel.composition == expected
    for fig in expected.figures:
        value = panel.value_labels[fig.key].text()
        assert value.startswith(str(fig.count))
        if fig.is_share:
            assert percent_text(fig) in value
        verdict = panel.verdict_labels[fig.key].text()
        assert verdict == ("✔ Đạt" if fig.passed else "✘ Chưa đạt")
    assert panel.name_labels["older"].text() == "Người cao tuổi (≥ 55 tuổi)"
    assert panel.standard_labels["members"].text() == "Chuẩn: 50–70"
    assert panel.verdict_labels["members"].text() == "✘ Chưa đạt"  # 80 > 70
    # as of a date before anyone joined: nobody
    panel.date_edit.setText("01/01/2025")
    assert panel.composition.figure("members").count == 0
    assert "chưa có thành viên" in panel.summary.text()
    panel.date_edit.setText("31/02/2025")
    assert panel.composition is None and panel.date_error.isVisibleTo(panel)
    panel.date_edit.setText("20/11/2026")
    # the commune view has no single composition
    page.select_club(None)
    assert panel.composition is None and panel.hint.isVisibleTo(panel)


def test_screenshot_members_page(qtbot, context, club_id, private_qsettings):
    page = make_page(qtbot, context, club_id)
    page.show()
    page.filter_edit.setText("thi")
    page.view.selectRow(2)
    qtbot.wait(10)
    save_screenshot(page, "members_page")
    save_screenshot(page.composition, "composition_panel")


def test_excel_export_and_template(qtbot, context, club_id, private_qsettings, tmp_path):
    page = make_page(qtbot, context, club_id)
    said = []
    page._inform = lambda title, text, warning=False: said.append((title, text, warning))
    page._save_path = lambda title, name: str(tmp_path / name)
    page.export_members()
    assert said[-1][0] == "Đã xuất Excel" and "Đã xuất 80 thành viên" in said[-1][1]
    path = tmp_path / "Danh sách thành viên DX01.xlsx"
    sheet = load_workbook(path)["Danh sách thành viên"]
    assert sheet.max_row == 81  # header + 80
    page.save_template()
    assert said[-1][0] == "Đã lưu mẫu Excel"
    assert (tmp_path / "Mẫu danh sách thành viên DX01.xlsx").exists()

    page._save_path = lambda title, name: str(tmp_path / "no-such-folder" / name)
    page.export_members()
    assert said[-1][0] == "Chưa lưu được tệp" and said[-1][2] is True

    opened = []
    page._run = lambda dialog: opened.append(dialog) or False
    page.import_members()
    assert type(opened[0]).__name__ == "ImportDialog" and opened[0].club.id == club_id


def test_buttons_follow_the_selection(qtbot, context, club_id, private_qsettings):
    page = make_page(qtbot, context)
    assert page.club_combo.itemText(0) == "Toàn xã/phường"
    assert page.club_combo.itemText(1) == "DX01 — CLB Liên thế hệ tự giúp nhau tổ 1"
    assert page.club_id() is None
    assert not page.add_button.isEnabled() and not page.import_button.isEnabled()
    assert page.template_button.isEnabled() and page.export_button.isEnabled()
    assert not page.edit_button.isEnabled()
    page.select_club(club_id)
    assert page.add_button.isEnabled() and page.import_button.isEnabled()
    page.view.selectRow(3)
    assert page.edit_button.isEnabled() and page.leave_button.isEnabled()
    opened = []
    page._run = lambda dialog: opened.append(dialog) or False
    page.view.activated.emit(page.model.index(3, 1))  # Enter or a double click
    assert opened[0].membership_id == page.selected_membership_id()
    assert opened[0].name_edit.text() == page.model.index(3, 1).data()
    assert page.view.selectionBehavior() == page.view.SelectionBehavior.SelectRows
    assert not page.view.isSortingEnabled()
    assert page.view.horizontalHeader().sectionSize(column_of("full_name")) > 120
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Họ và tên"


def test_typing_and_deleting_gives_the_same_rows_as_a_fresh_filter(qtbot, context, club_id):
    from models.members.register import filter_index

    entries = register_index(club_id)
    model = RegisterModel(today=TODAY)
    model.set_index(entries)
    typed = "nguyen thi hue"
    steps = [typed[:i] for i in range(1, len(typed) + 1)]
    steps += list(reversed(steps))[1:] + ["duc", "duc a", "d", "th hu", "th"]
    for text in steps:
        model.set_filter(text)
        expected = [entries[i].membership_id for i in filter_index(entries, text)]
        got = [model.membership_id_at(r) for r in range(model.rowCount())]
        assert got == expected, text


def test_a_supervisor_reads_the_register_with_write_buttons_greyed(
        qtbot, context, club_id, private_qsettings):
    from dialogs.member_dialog import MemberDialog
    from models.accounts.session import SignedInUser, set_user
    from models.storage.schema import UserAccount
    from ui.pages.clubs_page import ClubsPage

    UserAccount.create(username="admin1", full_name="Quản trị", role="admin", ward=1840,
                       password_hash="x")
    set_user(SignedInUser(2, "giamsat", "Hà Văn Giám", "supervisor", None, 19))
    try:
        page = make_page(qtbot, context, club_id)
        assert page.model.rowCount() == 80
        page.view.selectRow(0)
        assert page.edit_button.isEnabled()  # opens the record to read
        assert not page.add_button.isEnabled() and not page.leave_button.isEnabled()
        assert not page.import_button.isEnabled()
        dialog = MemberDialog(context, club_id, page.selected_row().membership_id, page,
                              today=TODAY)
        qtbot.addWidget(dialog)
        assert not dialog.save_button.isEnabled()
        clubs = ClubsPage(context)
        qtbot.addWidget(clubs)
        assert clubs.model.rowCount() >= 1
        assert not clubs.add_button.isEnabled() and not clubs.found_button.isEnabled()
        set_user(SignedInUser(3, "canbo", "Nông Thị Lan", "clerk", 1840, None))
        clerk_page = make_page(qtbot, context, club_id)
        assert clerk_page.add_button.isEnabled()
    finally:
        set_user(None)
