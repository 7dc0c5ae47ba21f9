"""The member dialog: inline problems, year-only births, ethnicity matching, the duplicates
question, editing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from dialogs.member_dialog import MemberDialog
from models.members import members
from models.members.members import MemberInput
from models.storage.schema import AuditLog, Membership, Person, Village
from tests.ui import members_data
from tests.ui.conftest import save_screenshot
from ui import widgets
from ui.widgets.member_widgets import DuplicateDialog

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def clubs(context):
    return {"DX01": members_data.make_club(),
            "DX02": members_data.make_club("DX02", "CLB Liên thế hệ tự giúp nhau Nà Cưởm")}


@pytest.fixture
def no_message_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(widgets, "show_error", lambda parent, error, title=None:
                        shown.append(error))
    return shown


def make_dialog(qtbot, context, club_id: int, membership_id: int | None = None) -> MemberDialog:
    dialog = MemberDialog(context, club_id, membership_id, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def fill(dialog: MemberDialog, **over) -> None:
    """Type a realistic member into the form, field by field as a clerk would."""
    values = dict(name="Nguyễn Thị Huệ", birth="12/05/1958", ethnicity="Tày",
                  id_number="", phone="0912 345 678")
    values.update(over)
    dialog.name_edit.setText(values["name"])
    dialog.female_radio.setChecked(True)
    dialog.birth_date_edit.setText(values["birth"])
    dialog.ethnicity_combo.setCurrentText(values["ethnicity"])
    dialog.id_edit.setText(values["id_number"])
    dialog.phone_edit.setText(values["phone"])


def counts() -> tuple[int, int, int]:
    return Person.select().count(), Membership.select().count(), AuditLog.select().count()


def visible_errors(dialog: MemberDialog) -> dict[str, str]:
    return {name: e.text() for name, e in dialog.errors.items() if e.isVisibleTo(dialog)}


def test_new_form_is_quiet_until_saved(qtbot, context, clubs):
    dialog = make_dialog(qtbot, context, clubs["DX01"])
    assert dialog.windowTitle() == "Thêm thành viên"
    assert visible_errors(dialog) == {}
    assert dialog.joined_edit.text() == "20/11/2026"
    before = counts()
    dialog.accept()
    errors = visible_errors(dialog)
    assert errors == {"full_name": "chưa nhập", "gender": "chưa nhập", "birth": "chưa nhập"}
    assert dialog.result() != dialog.DialogCode.Accepted
    assert counts() == before


def test_bad_cccd_shows_inline_and_is_refused(qtbot, context, clubs, no_message_boxes):
    dialog = make_dialog(qtbot, context, clubs["DX01"])
    dialog.id_edit.setText("0191 2345")  # typed only: the other empty fields stay quiet
    assert visible_errors(dialog) == {"id_number": "phải đủ 12 chữ số: «01912345»"}
    fill(dialog, id_number="A19123456789")
    assert visible_errors(dialog) == {"id_number": "chỉ được gồm chữ số: «A19123456789»"}
    dialog.id_edit.setText("999123456789")
    assert "3 số đầu không phải mã tỉnh" in visible_errors(dialog)["id_number"]
    before = counts()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert counts() == before and no_message_boxes == []
    dialog.id_edit.setText("019 158 001 234")
    assert visible_errors(dialog) == {}
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    person = Person.get(Person.full_name == "Nguyễn Thị Huệ")
    assert person.id_number == "019158001234"
    assert (person.birth_date, person.birth_year) == (dt.date(1958, 5, 12), 1958)
    assert person.phone == "0912 345 678"


def test_birth_year_ethnicity_household_and_consent(qtbot, context, clubs):
    dialog = make_dialog(qtbot, context, clubs["DX01"])
    dialog.birth_date_edit.setText("03/02/1950")
    assert dialog.birth_year_spin.year() == 1950  # typing a date fills the year
    assert dialog.age_label.text() == "(76 tuổi)"
    dialog.birth_year_spin.set_year(1951)
    assert visible_errors(dialog)["birth"] == "năm sinh không khớp với ngày sinh"
    dialog.birth_date_edit.setText("")
    assert "birth" not in visible_errors(dialog)  # the year alone is enough
    dialog.birth_date_edit.setText("31/02/1950")
    assert visible_errors(dialog)["birth"] == "không đúng ngày dd/mm/yyyy: «31/02/1950»"
    dialog.birth_date_edit.setText("")

    dialog.ethnicity_combo.setCurrentText("hmong")
    dialog.ethnicity_combo.lineEdit().editingFinished.emit()
    assert dialog.ethnicity_combo.currentText() == "Mông"
    dialog.ethnicity_combo.setCurrentText("san chay")
    dialog.ethnicity_combo.lineEdit().editingFinished.emit()
    assert dialog.ethnicity_combo.currentText() == "Sán Chay"
    dialog.ethnicity_combo.setCurrentText("Sao Hỏa")
    assert visible_errors(dialog)["ethnicity"] == "không có trong danh mục: «Sao Hỏa»"
    completer = dialog.ethnicity_combo.completer()
    completer.setCompletionPrefix("tay")
    assert completer.currentCompletion() == "Tày"  # marks ignored while completing
    dialog.ethnicity_combo.setCurrentText("Tày")

    assert not dialog.household_year_spin.isEnabled()
    dialog.household_combo.setCurrentIndex(dialog.household_combo.findData("near_poor"))
    assert dialog.household_year_spin.isEnabled()
    assert dialog.household_year_spin.year() == 2026
    dialog.consent_date_edit.setText("05/03/2025")
    assert visible_errors(dialog)["consent_method"] == "chưa nhập"
    dialog.consent_combo.setCurrentIndex(dialog.consent_combo.findData("paper"))
    assert "consent_method" not in visible_errors(dialog)

    dialog.name_edit.setText("Hoàng Văn Thụ")
    dialog.male_radio.setChecked(True)
    dialog.group_combo.setCurrentIndex(2)
    dialog.home_care_check.setChecked(True)
    village = Village.get(Village.name == "Nà Cưởm")
    dialog.village_combo.setCurrentIndex(dialog.village_combo.findData(village.id))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    m = dialog.membership
    p = m.person
    assert (p.birth_date, p.birth_year, p.ethnicity, p.gender) == (None, 1951, "Tày", "M")
    assert (p.household_status, p.household_status_year) == ("near_poor", 2026)
    assert (p.consent_date, p.consent_method, p.village_id) == (dt.date(2025, 3, 5), "paper",
                                                                village.id)
    assert m.group.name == "Nhóm Nà Cưởm" and m.home_care_volunteer
    assert m.joined_on == TODAY


def test_duplicate_question(qtbot, context, clubs, no_message_boxes):
    other = members.add_member(clubs["DX02"], MemberInput(
        full_name="Nguyễn Thị Huệ", gender="F", birth_year=1958, ethnicity="Tày",
        joined_on=dt.date(2025, 3, 5)), today=TODAY)
    asked: list[DuplicateDialog] = []

    def answer(button: str):
        def ask(question: DuplicateDialog) -> None:
            asked.append(question)
            getattr(question, button).click()
        return ask

    dialog = make_dialog(qtbot, context, clubs["DX01"])
    fill(dialog, birth="")
    dialog.birth_year_spin.set_year(1958)
    dialog._ask = answer("back_button")
    before = counts()
    dialog.accept()
    question = asked[-1]
    assert [r.text() for r in question.radios] == ["Nguyễn Thị Huệ (1958), đang ở CLB DX02"]
    assert not question.same_button.isEnabled()  # still active in DX02
    assert "hãy cho họ ra khỏi CLB DX02 trước" in question.note.text()
    assert question.new_button.text() == "Vẫn thêm người mới"
    assert question.same_button.text() == ("Là người này (chuyển sang CLB này nếu đã rời "
                                           "CLB cũ)")
    assert dialog.result() != dialog.DialogCode.Accepted and counts() == before
    question.show()
    qtbot.wait(10)
    save_screenshot(question, "member_duplicate")
    question.close()

    # after leaving DX02 she may move: "Là người này" keeps one person with a new membership
    members.leave(other.id, dt.date(2026, 6, 1), "moved", today=TODAY)
    dialog._ask = answer("same_button")
    dialog.accept()
    assert asked[-1].radios[0].text() == ("Nguyễn Thị Huệ (1958), hiện không sinh hoạt ở "
                                          "CLB nào")
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.membership.person_id == other.person_id
    assert Person.select().count() == before[0]
    assert members.active_membership(other.person_id).club_id == clubs["DX01"]

    # someone else with the same name and year: a new person
    dialog = make_dialog(qtbot, context, clubs["DX02"])
    fill(dialog, birth="")
    dialog.birth_year_spin.set_year(1958)
    dialog._ask = answer("new_button")
    dialog.accept()
    assert "đang ở CLB DX01" in asked[-1].radios[0].text()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Person.select().where(Person.full_name == "Nguyễn Thị Huệ").count() == 2


def test_known_id_number_is_asked_about_not_refused(qtbot, context, clubs, no_message_boxes):
    m = members.add_member(clubs["DX02"], MemberInput(
        full_name="Lương Văn Ước", gender="M", birth_year=1949, ethnicity="Nùng",
        id_number="019049000123", joined_on=dt.date(2025, 3, 5)), today=TODAY)
    members.leave(m.id, dt.date(2026, 1, 10), "withdrew", today=TODAY)
    dialog = make_dialog(qtbot, context, clubs["DX01"])
    fill(dialog, name="Lương Văn Uớc", birth="", id_number="019049000123")  # old-style mark
    dialog.male_radio.setChecked(True)
    dialog.birth_year_spin.set_year(1949)
    assert visible_errors(dialog)["id_number"] == ("số CCCD này đã có trong dữ liệu, của "
                                                   "Lương Văn Ước")
    asked = []

    def ask(question: DuplicateDialog) -> None:
        asked.append(question)
        assert not question.new_button.isEnabled()  # two people cannot share an ID number
        question.same_button.click()

    dialog._ask = ask
    dialog.accept()
    assert asked and "cùng số CCCD" in asked[0].radios[0].text()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.membership.person_id == m.person_id
    assert Person.select().count() == 1


def test_edit_member(qtbot, context, clubs, no_message_boxes):
    members_data.populate(clubs["DX01"], 6)
    m = Membership.select().join(Person).where(Person.birth_date.is_null(False)).first()
    heard = []
    context.changed.connect(heard.append)
    dialog = make_dialog(qtbot, context, 0, m.id)
    assert dialog.windowTitle() == f"Sửa thông tin thành viên — {m.person.full_name}"
    assert dialog.name_edit.text() == m.person.full_name
    assert dialog.birth_year_spin.year() == m.person.birth_year
    assert dialog.club.id == clubs["DX01"]
    assert visible_errors(dialog) == {}
    dialog.phone_edit.setText("12")
    assert visible_errors(dialog) == {"phone": "không đúng dạng số điện thoại: «12»"}
    dialog.accept()
    assert Person.get_by_id(m.person_id).phone == m.person.phone  # unchanged
    dialog.phone_edit.setText("0208 3852 123")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("deputy_group_leader"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Person.get_by_id(m.person_id).phone == "0208 3852 123"
    assert Membership.get_by_id(m.id).role == "deputy_group_leader"
    assert heard == ["member"]
    last = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert (last.entity, last.action) == ("membership", "update")


def test_service_refusal_is_shown(qtbot, context, clubs, no_message_boxes, monkeypatch):
    dialog = make_dialog(qtbot, context, clubs["DX01"])
    fill(dialog)
    # the club is dissolved behind the dialog's back: the service says so
    from models.storage.schema import Club

    Club.update(status="dissolved").where(Club.id == clubs["DX01"]).execute()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.general_error.text() == "Câu lạc bộ: CLB DX01 đã giải thể"


def test_screenshot_member_dialog(qtbot, context, clubs):
    dialog = make_dialog(qtbot, context, clubs["DX01"])
    fill(dialog, id_number="01915800123")
    dialog.household_combo.setCurrentIndex(dialog.household_combo.findData("poor"))
    dialog.policy_check.setChecked(True)
    dialog.group_combo.setCurrentIndex(1)
    dialog.village_combo.setCurrentIndex(1)
    dialog.consent_date_edit.setText("05/03/2025")
    dialog.note_edit.setPlainText("Chồng là thương binh")
    dialog.show()
    qtbot.wait(10)
    assert dialog.errors["id_number"].isVisible()
    assert dialog.ethnicity_combo.currentText() == "Tày"
    assert dialog.female_radio.isChecked() and dialog.ethnicity_combo.isEditable()
    assert dialog.windowFlags() & Qt.WindowType.Dialog
    save_screenshot(dialog, "member_dialog")
