"""First-run office setup dialog: accent-insensitive search, suggestions, one-shot save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from dialogs.office_setup import OfficeSetupDialog, text_to_title, title_to_text
from models.office import settings
from models.office.admin_units import villages_of
from models.storage.schema import AuditLog, IssuingBody, Setting, Village
from tests.ui.conftest import save_screenshot


@pytest.fixture
def empty_db(qapp, tmp_path, monkeypatch):
    """A new database with no office yet: what the clerk sees on the first run."""
    from models.accounts.session import set_actor
    from models.storage import db as dbmod
    from models.storage.migrations import open_database
    from ui import i18n
    from ui.app import load_fonts

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    load_fonts()
    i18n.install("vi")
    database = open_database(str(tmp_path / "first.sqlite3"))
    yield database
    dbmod.close()


def make_dialog(qtbot) -> OfficeSetupDialog:
    dialog = OfficeSetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_and_enter(qtbot, combo, text: str) -> None:
    """Type ASCII (no marks) into a search combo and press Enter."""
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), text)
    combo.completer().popup().hide()
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)


def choose_duc_xuan(qtbot, dialog: OfficeSetupDialog) -> None:
    form = dialog.office_form
    type_and_enter(qtbot, form.province_combo, "thai nguyen")
    assert form.province_combo.value() == 19
    qtbot.keyClicks(form.ward_combo.lineEdit(), "duc xuan")
    found = form.ward_combo.completer().completionModel()
    assert [found.index(r, 0).data() for r in range(found.rowCount())] == ["Phường Đức Xuân"]
    form.ward_combo.completer().popup().hide()
    qtbot.keyClick(form.ward_combo.lineEdit(), Qt.Key.Key_Return)
    assert form.ward_combo.value() == 1840
    # Enter did not press Save (the database's own id is there from its creation)
    assert dialog.isVisible()
    assert Setting.select().where(Setting.key != "database_id").count() == 0


def save_button(dialog: OfficeSetupDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_typing_without_marks_finds_province_and_ward_and_fills_suggestions(qtbot, empty_db):
    dialog = make_dialog(qtbot)
    form = dialog.office_form
    assert not form.ward_combo.isEnabled()  # nothing to choose before the province
    choose_duc_xuan(qtbot, dialog)
    assert form.ward_combo.currentText() == "Phường Đức Xuân"
    assert form.name_combo.currentText() == "UBND phường Đức Xuân"
    assert [form.name_combo.itemText(i) for i in range(form.name_combo.count())] == [
        "UBND phường Đức Xuân", "Hội Người cao tuổi phường Đức Xuân"]
    assert form.address_edit.text() == "Phường Đức Xuân, tỉnh Thái Nguyên"
    ubnd, hnct = (f.value() for f in dialog.body_forms)
    assert (ubnd.code, ubnd.name, ubnd.authority, ubnd.signer_title) == (
        "UBND", "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert (hnct.code, hnct.name, hnct.parent_name, hnct.authority) == (
        "HNCT", "HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN", "HỘI NCT TỈNH THÁI NGUYÊN",
        "TM. BAN CHẤP HÀNH")
    assert dialog.kind_combo.currentData() == "tổ dân phố"
    # An ambiguous word keeps the current choice instead of guessing.
    type_and_enter(qtbot, form.ward_combo, "xuan")
    assert form.ward_combo.value() == 1840 and form.ward_combo.currentText() == "Phường Đức Xuân"


def test_changing_ward_keeps_what_the_clerk_typed(qtbot, empty_db):
    dialog = make_dialog(qtbot)
    choose_duc_xuan(qtbot, dialog)
    form = dialog.office_form
    ubnd = dialog.body_forms[0]
    ubnd.signer_edit.setText("Hoàng Văn Thụ")
    dialog.body_forms[1].name_edit.setText("HỘI NCT PHƯỜNG ĐỨC XUÂN")
    type_and_enter(qtbot, form.ward_combo, "phong quang")
    assert form.ward_combo.currentText() == "Xã Phong Quang"
    assert form.name_combo.currentText() == "UBND xã Phong Quang"
    assert form.address_edit.text() == "Xã Phong Quang, tỉnh Thái Nguyên"
    assert ubnd.value().name == "ỦY BAN NHÂN DÂN XÃ PHONG QUANG"
    assert ubnd.value().signer_name == "Hoàng Văn Thụ"
    assert dialog.body_forms[1].value().name == "HỘI NCT PHƯỜNG ĐỨC XUÂN"  # typed: kept
    assert dialog.kind_combo.currentData() == "thôn"
    form.name_combo.setCurrentText("Văn phòng UBND xã Phong Quang")
    type_and_enter(qtbot, form.ward_combo, "duc xuan")
    assert form.name_combo.currentText() == "Văn phòng UBND xã Phong Quang"


def test_save_writes_office_bodies_and_villages_then_accepts(qtbot, empty_db):
    dialog = make_dialog(qtbot)
    choose_duc_xuan(qtbot, dialog)
    dialog.office_form.phone_edit.setText("0209 3870 123")
    dialog.office_form.clerk_edit.setText("Nguyễn Thị Lan")
    ubnd, hnct = dialog.body_forms
    ubnd.signer_edit.setText("Hoàng Văn Thụ")
    ubnd.title_combo.setCurrentText("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
    hnct.signer_edit.setText("Lý Thị Mai")
    dialog.villages_edit.setPlainText("Tổ 1\nTổ 2\nThôn Nà Cưởm\n")
    dialog.resize(1020, 740)  # the offscreen screen is smaller than an office PC's
    qtbot.wait(20)
    assert dialog.scroll.horizontalScrollBar().maximum() == 0
    save_screenshot(dialog, "office_setup")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    office = settings.load(settings.OfficeSettings)
    assert office.configured
    assert (office.ward_code, office.province_code, office.office_name, office.phone,
            office.clerk_name) == (1840, 19, "UBND phường Đức Xuân", "0209 3870 123",
                                   "Nguyễn Thị Lan")
    bodies = settings.issuing_bodies()
    assert [(b.code, b.signer_title, b.signer_name) for b in bodies] == [
        ("UBND", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Văn Thụ"),
        ("HNCT", "CHỦ TỊCH", "Lý Thị Mai")]
    assert [(v.kind, v.name) for v in villages_of(1840)] == [
        ("thôn", "Nà Cưởm"), ("tổ dân phố", "Tổ 1"), ("tổ dân phố", "Tổ 2")]
    assert AuditLog.select().where(AuditLog.entity == "setup").count() == 1


def test_problems_are_shown_next_to_their_fields_and_nothing_is_written(qtbot, empty_db):
    dialog = make_dialog(qtbot)
    type_and_enter(qtbot, dialog.office_form.province_combo, "thai nguyen")
    dialog.body_forms[0].code_edit.setText("UBND")
    dialog.body_forms[1].code_edit.setText("ubnd")
    dialog.body_forms[0].name_edit.setText("ỦY BAN NHÂN DÂN")
    dialog.villages_edit.setPlainText("Tổ 1\nto 1")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    errors = dialog.office_form.errors
    assert errors["ward_code"].isVisible() and errors["ward_code"].text() == "chưa nhập"
    assert errors["office_name"].text() == "chưa nhập"
    assert errors["clerk_name"].text() == "chưa nhập"
    assert dialog.body_forms[1].errors["body_code"].text() == "đã có: «UBND»"
    assert dialog.body_forms[1].errors["name"].text() == "chưa nhập"
    assert not dialog.body_forms[0].errors["name"].isVisible()
    assert dialog.villages_error.text() == \
        "Thôn/tổ dân phố, dòng 2: Tên: trùng với dòng 1: «to 1»"
    assert Setting.select().where(Setting.key != "database_id").count() == 0
    assert IssuingBody.select().count() == 0 and Village.select().count() == 0
    # Fixing the problems lets the same dialog save.
    choose_duc_xuan(qtbot, dialog)
    dialog.body_forms[1].code_edit.setText("HNCT")
    # The association's hint shows its own numbers, not the People's Committee's.
    assert dialog.body_forms[1].code_hint.text() == \
        "Đứng cuối số văn bản của cơ quan này, VD: 05/QĐ-HNCT"
    assert dialog.body_forms[0].code_hint.text().endswith("05/QĐ-UBND")
    dialog.body_forms[1].name_edit.setText("HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN")
    assert dialog.body_forms[0].value().name == "ỦY BAN NHÂN DÂN"  # typed: not replaced
    dialog.villages_edit.setPlainText("Tổ 1")
    dialog.office_form.clerk_edit.setText("Nguyễn Thị Lan")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not errors["ward_code"].isVisible()
    assert IssuingBody.select().count() == 2


def test_two_line_signer_titles_round_trip():
    assert text_to_title("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    assert title_to_text("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH") == "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    assert text_to_title("CHỦ TỊCH") == "CHỦ TỊCH"


def test_choosing_wards_does_not_drain_references_to_true(qtbot, empty_db):
    """PySide6 6.12's SignalInstance.emit() drops a reference to True on every call, and
    Python 3.11 aborts ("bool_dealloc") once the count reaches zero. The setup widgets use
    plain callbacks instead of Python signals, so changing wards costs nothing."""
    import gc
    import sys

    dialog = make_dialog(qtbot)
    form = dialog.office_form
    form.province_combo.set_value(19)
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(100):
        form.ward_combo.set_value(1840)
        form.ward_combo.set_value(5890)
    gc.collect()
    assert form.ward_combo.currentText() == "Phường Vạn Xuân"
    assert sys.getrefcount(True) - before > -20  # 200 changes; the leak would show -200+
