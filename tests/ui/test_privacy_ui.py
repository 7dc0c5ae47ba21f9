"""Personal data in the window: masked register and member dialog for roles without the
sensitive right, the consent scope and form, masked Excel export, the register's context menu
(a member's own data, anonymising)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from dialogs.member_dialog import MemberDialog
from models.accounts.session import SignedInUser, set_user
from models.members import members
from models.members.members import MemberInput
from models.storage.schema import AuditLog, Membership, Person, UserAccount
from tests.ui import members_data
from tests.ui.conftest import save_screenshot
from ui.pages.members_page import MembersPage
from ui.register_model import column_of

TODAY = dt.date(2026, 11, 20)
CCCD = "008158001234"


def _sign_in(role: str) -> None:
    ward, province = (None, 19) if role == "supervisor" else (1840, None)
    set_user(SignedInUser(id=1, username=f"{role}1", full_name=f"Cán bộ {role}", role=role,
                          ward_code=ward, province_code=province))


@pytest.fixture
def data(context):
    """Club DX01 with 20 members, one with every sensitive value; accounts exist."""
    UserAccount.create(username="admin1", full_name="A", role="admin", ward=1840,
                       password_hash="x")
    _sign_in("clerk")
    club_id = members_data.make_club()
    members_data.populate(club_id, 20)
    hue = members.add_member(club_id, MemberInput(
        full_name="Nông Thị Ánh Tuyết", gender="F", birth_date=dt.date(1958, 3, 5),
        ethnicity="Tày", id_number=CCCD, phone="0912345678", household_status="poor",
        household_status_year=2025, disability=True, social_assistance=True,
        note="Tiểu đường, cần nhắc uống thuốc", consent_date=dt.date(2025, 3, 5),
        consent_method="paper", joined_on=dt.date(2025, 3, 5)), today=TODAY)
    yield {"club_id": club_id, "membership": hue}
    set_user(None)


def make_page(qtbot, context, club_id) -> MembersPage:
    page = MembersPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.select_club(club_id)
    return page


def row_values(page: MembersPage, name: str) -> dict[str, str]:
    col = column_of("full_name")
    names = [page.model.index(r, col).data() for r in range(page.model.rowCount())]
    row = names.index(name)
    return {key: page.model.index(row, column_of(key)).data()
            for key in ("id_number", "household_status", "disability", "phone", "gender")}


def window_texts(widget) -> str:
    """Every text the window holds in its widgets, shown or not."""
    parts = []
    for w in widget.findChildren(QLineEdit):
        parts.append(w.text())
    for w in widget.findChildren(QPlainTextEdit):
        parts.append(w.toPlainText())
    for w in widget.findChildren(QLabel):
        parts.append(w.text())
    for w in widget.findChildren(QComboBox):
        parts.append(w.currentText())
    return "\n".join(parts)


@pytest.mark.parametrize("role", ["supervisor", "admin"])
def test_register_masks_sensitive_columns(qtbot, context, data, role):
    _sign_in(role)
    page = make_page(qtbot, context, data["club_id"])
    values = row_values(page, "Nông Thị Ánh Tuyết")
    assert values["id_number"] == "********1234"
    assert values["household_status"] == "(ẩn)" and values["disability"] == "(ẩn)"
    assert values["phone"] == "0912345678" and values["gender"] == "Nữ"
    if role == "supervisor":
        page.show()
        qtbot.waitExposed(page)
        save_screenshot(page, "members_page_masked")
    page.filter_edit.setText(CCCD)  # nobody is found by a number they may not see
    assert page.model.rowCount() == 0
    assert not page.privacy.unmasked_check.isVisible()
    menu = page.privacy.menu_for(page.model.row_at(0) if page.model.rowCount() else None)
    assert not any(a.isEnabled() for a in menu.actions() if a.text())


def test_register_shows_everything_to_the_clerk(qtbot, context, data):
    page = make_page(qtbot, context, data["club_id"])
    values = row_values(page, "Nông Thị Ánh Tuyết")
    assert values["id_number"] == CCCD
    assert values["household_status"] == "Hộ nghèo (2025)" and values["disability"] == "Có"
    page.filter_edit.setText(CCCD[-6:])
    assert page.model.rowCount() == 1


def test_member_dialog_as_supervisor_leaks_nothing(qtbot, context, data):
    _sign_in("supervisor")
    m = data["membership"]
    dialog = MemberDialog(context, data["club_id"], m.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.id_edit.text() == "********1234" and dialog.id_edit.isReadOnly()
    assert dialog.note_edit.toPlainText() == "" and dialog.note_edit.isReadOnly()
    for w in (dialog.household_combo, dialog.household_year_spin, dialog.disability_check,
              dialog.policy_check, dialog.assistance_check):
        assert not w.isVisible()
    texts = window_texts(dialog)
    for secret in (CCCD, "Hộ nghèo", "Tiểu đường", "2025 "):
        assert secret not in texts, secret
    assert "(ẩn) Chỉ cán bộ được giao nhiệm vụ mới xem được" in texts
    assert not dialog.disability_check.isChecked()  # the real value never reached it
    assert not dialog.consent_print_button.isEnabled()
    save_screenshot(dialog, "member_dialog_masked")


def test_admin_saves_a_masked_form_without_losing_hidden_values(qtbot, context, data):
    _sign_in("admin")
    m = data["membership"]
    dialog = MemberDialog(context, data["club_id"], m.id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.problems() == []  # the masked CCCD is not taken for a bad number
    dialog.phone_edit.setText("0987654321")
    dialog.accept()
    assert dialog.result() == MemberDialog.DialogCode.Accepted
    person = Person.get_by_id(m.person_id)
    assert (person.phone, person.id_number, person.household_status, person.disability,
            person.note) == ("0987654321", CCCD, "poor", True, "Tiểu đường, cần nhắc uống thuốc")


def test_clerk_records_a_consent_scope_and_prints_the_form(qtbot, context, data):
    m = data["membership"]
    dialog = MemberDialog(context, data["club_id"], m.id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.id_edit.text() == CCCD and not dialog.id_edit.isReadOnly()
    assert "Quản lý thành viên" in dialog.consent_scope_edit.toPlainText()  # the default
    assert dialog.consent_print_button.isEnabled()
    dialog.consent_scope_edit.setPlainText("Chỉ quản lý danh sách và liên lạc")
    dialog.accept()
    assert Person.get_by_id(m.person_id).consent_scope == "Chỉ quản lý danh sách và liên lạc"

    dialog = MemberDialog(context, data["club_id"], m.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.consent_print_button.click()
    preview = dialog.consent_preview
    assert preview.data.startswith(b"%PDF")
    assert preview.file_name.startswith("giay-dong-y-xu-ly-du-lieu")
    from tests.reports.pdf_probe import flat_text

    text = flat_text(preview.data)
    assert "GIẤY ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN" in text
    assert "Chỉ quản lý danh sách và liên lạc" in text and "Nông Thị Ánh Tuyết" in text
    preview.close()
    dialog.consent_scope_edit.setPlainText("Quá dài " * 300)
    dialog.accept()
    qtbot.wait(20)
    assert dialog.errors["consent_scope"].isVisible()
    assert dialog.errors["consent_scope"].text() == "dài quá 2000 ký tự"
    assert dialog.isVisible()  # not saved
    error, edit = dialog.errors["consent_scope"], dialog.consent_scope_edit
    assert error.mapTo(dialog, error.rect().topLeft()).y() >= edit.mapTo(
        dialog, edit.rect().bottomLeft()).y()  # the message sits under the box, not on it
    save_screenshot(dialog, "member_dialog_consent")


def _page_with_hooks(qtbot, context, club_id, tmp_path):
    page = make_page(qtbot, context, club_id)
    said = []
    page._inform = lambda title, text, warning=False: said.append((title, text, warning))
    page._save_path = lambda title, name: str(tmp_path / name)
    return page, said


def test_excel_export_masked_unless_the_clerk_asks(qtbot, context, data, tmp_path):
    page, said = _page_with_hooks(qtbot, context, data["club_id"], tmp_path)
    page.show()
    assert page.privacy.unmasked_check.isVisible()
    page.export_members()
    assert "đã được che" in said[-1][1]
    path = tmp_path / "Danh sách thành viên DX01.xlsx"
    sheet = load_workbook(path)["Danh sách thành viên"]
    values = {c.value for row in sheet.iter_rows(min_row=2) for c in row}
    assert "********1234" in values and CCCD not in values and "Hộ nghèo" not in values
    assert not AuditLog.select().where(AuditLog.action == "export_unmasked").exists()

    page.privacy.unmasked_check.setChecked(True)
    page.export_members()
    assert "đã được che" not in said[-1][1]
    values = {c.value for row in load_workbook(path)["Danh sách thành viên"].iter_rows(
        min_row=2) for c in row}
    assert CCCD in values and "Hộ nghèo" in values
    row = AuditLog.get(AuditLog.action == "export_unmasked")
    assert row.actor == "clerk1" and json.loads(row.after)["rows"] == 21


def test_context_menu_exports_a_members_data_and_anonymises(qtbot, context, data, tmp_path):
    page, said = _page_with_hooks(qtbot, context, data["club_id"], tmp_path)
    page.privacy._save_path = lambda name: str(tmp_path / name)
    m = data["membership"]
    row = page.model.row_at(page.model.row_of_membership(m.id))
    menu = page.privacy.menu_for(row)
    labels = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert labels == {"Các khoản vay của thành viên…": True,
                      "Xuất dữ liệu của thành viên…": True,
                      "In giấy đồng ý xử lý dữ liệu…": True, "Ẩn danh hóa…": False}
    page.privacy.export_member_data(row)
    pdf = tmp_path / "Dữ liệu cá nhân - Nông Thị Ánh Tuyết.pdf"
    assert pdf.exists() and pdf.with_suffix(".json").exists()
    assert said[-1][0] == "Đã xuất dữ liệu của thành viên"

    # Still active: refused, with the reason; nothing asked, nothing erased.
    asked = []
    page.privacy._confirm = lambda title, text: asked.append(text) or True
    assert not page.privacy.anonymise(row)
    assert said[-1][2] and "còn đang sinh hoạt ở CLB DX01" in said[-1][1] and not asked

    Membership.update(joined_on=dt.date(2015, 1, 1)).where(Membership.id == m.id).execute()
    members.leave(m.id, dt.date(2020, 1, 15), "moved", today=TODAY)
    page.left_check.setChecked(True)
    row = page.model.row_at(page.model.row_of_membership(m.id))
    assert page.privacy.menu_for(row).actions()[-1].isEnabled()
    page.privacy._confirm = lambda title, text: asked.append(text) or False
    assert not page.privacy.anonymise(row)  # the clerk said no
    assert Person.get_by_id(m.person_id).full_name == "Nông Thị Ánh Tuyết"
    text = asked[-1]
    for part in ("Nông Thị Ánh Tuyết", "15/01/2020", "Sẽ xóa hẳn", "số CCCD", "Giữ lại",
                 "năm sinh", "không hoàn tác được"):
        assert part in text, part

    page.privacy._confirm = lambda title, text: True
    assert page.privacy.anonymise(row)
    person = Person.get_by_id(m.person_id)
    assert person.full_name == f"Thành viên đã ẩn danh {person.id}" and person.id_number is None
    names = [page.model.index(r, column_of("full_name")).data()
             for r in range(page.model.rowCount())]
    assert person.full_name in names and "Nông Thị Ánh Tuyết" not in names
