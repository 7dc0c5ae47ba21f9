"""The settings page: office, issuing bodies, villages, composition standards, language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from models.office import settings
from models.storage.schema import AuditLog, IssuingBody, Village
from tests.ui.conftest import save_screenshot
from ui.pages.settings_page import SettingsPage
from ui.pages.settings_villages import VillagesModel


def make_page(qtbot, context) -> SettingsPage:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.show()
    return page


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """Make QMessageBox.question answer `button`; returns the texts it was asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_page_title_and_sections(qtbot, context):
    page = make_page(qtbot, context)
    assert page.windowTitle() == "Cài đặt"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Cơ quan", "Nơi ban hành văn bản", "Thôn/tổ dân phố", "Chuẩn thành phần CLB",
        "Trình bày văn bản", "Căn cứ và sổ văn bản", "Dữ liệu cá nhân", "Làm tròn tiền",
        "Giao diện"]


def test_office_tab_edits_and_saves_the_office(qtbot, context, monkeypatch):
    page = make_page(qtbot, context)
    form = page.office_tab.form
    assert form.province_combo.currentText() == "Thái Nguyên"
    assert form.ward_combo.currentText() == "Phường Đức Xuân"
    assert form.name_combo.currentText() == "UBND phường Đức Xuân"
    form.address_edit.setText("Số 2, đường Trường Chinh, phường Đức Xuân")
    form.phone_edit.setText("0209 3870 123")
    qtbot.wait(20)
    save_screenshot(page, "settings_office")
    with qtbot.waitSignal(context.changed) as signal:
        assert page.office_tab.save()
    assert signal.args == ["settings"]
    assert context.office.phone == "0209 3870 123"
    assert settings.load(settings.OfficeSettings).address == \
        "Số 2, đường Trường Chinh, phường Đức Xuân"
    assert page.office_tab.note.text() == "Đã lưu."

    form.name_combo.setCurrentText("  ")
    assert not page.office_tab.save()
    assert form.errors["office_name"].text() == "chưa nhập"
    assert settings.load(settings.OfficeSettings).office_name == "UBND phường Đức Xuân"

    # Moving the office to another ward is asked first; "No" changes nothing.
    form.name_combo.setCurrentText("UBND phường Đức Xuân")
    form.ward_combo.set_value(form.ward_combo.itemData(
        form.ward_combo.findText("Xã Phong Quang")))
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    assert not page.office_tab.save()
    assert asked and "xã/phường cũ" in asked[0]
    assert settings.load(settings.OfficeSettings).ward_code == 1840
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert page.office_tab.save()
    assert context.office.ward_code == form.ward_combo.value() != 1840


def test_bodies_tab_offers_the_usual_bodies_and_saves_them(qtbot, context, monkeypatch):
    page = make_page(qtbot, context)
    tab = page.bodies_tab
    page.tabs.setCurrentWidget(tab)
    assert IssuingBody.select().count() == 0
    assert [c.value().name for c in tab.cards] == [
        "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN", "HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN"]
    tab.cards[0].signer_edit.setText("Hoàng Văn Thụ")
    tab.cards[0].title_combo.setCurrentText("kt. chủ tịch / phó chủ tịch")
    with qtbot.waitSignal(context.changed):
        assert tab.save()
    stored = settings.issuing_bodies()
    assert [(b.code, b.signer_title) for b in stored] == [
        ("UBND", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), ("HNCT", "CHỦ TỊCH")]
    assert tab.cards[0].title_combo.currentText() == "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"

    card = tab.add_card(settings.IssuingBodyInput("", ""))
    card.code_edit.setText("hnct")
    assert not tab.save()
    assert card.errors["body_code"].text() == "đã có: «HNCT»"
    assert card.errors["name"].text() == "chưa nhập"
    assert tab.scroll.verticalScrollBar().value() > 0  # scrolled to the card in error
    assert IssuingBody.select().count() == 2
    tab.remove_card(card, confirm=False)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.remove_card(tab.cards[1])
    assert "HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN" in asked[0]
    assert tab.save()
    assert [b.code for b in settings.issuing_bodies()] == ["UBND"]
    assert AuditLog.select().where((AuditLog.entity == "issuing_body")
                                   & (AuditLog.action == "delete")).count() == 1


def shown_villages(page) -> list[tuple[str, ...]]:
    model = page.villages_tab.model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_villages_tab_lists_adds_and_closes_villages(qtbot, context):
    page = make_page(qtbot, context)
    tab = page.villages_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.ward_label.text() == "Thôn/tổ dân phố của Phường Đức Xuân"
    assert shown_villages(page) == [("Nà Cưởm", "Tổ dân phố", "", ""),
                                    ("Tổ 1", "Tổ dân phố", "", ""),
                                    ("Tổ 2", "Tổ dân phố", "", "")]
    assert tab.kind_combo.currentData() == "tổ dân phố"
    tab.name_edit.setText("Tổ 5")
    with qtbot.waitSignal(context.changed):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in shown_villages(page)] == ["Nà Cưởm", "Tổ 1", "Tổ 2", "Tổ 5"]
    assert tab.name_edit.text() == ""
    tab.name_edit.setText("tổ 1")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.error.isVisible() and tab.error.text() == "Tên: đã có: «tổ 1»"
    assert Village.select().count() == 4

    assert not tab.close_button.isEnabled()
    tab.view.selectRow(1)
    assert tab.close_button.isEnabled()
    tab.close_selected(on=dt.date(2025, 7, 1))
    assert [row[0] for row in shown_villages(page)] == ["Nà Cưởm", "Tổ 2", "Tổ 5"]
    tab.show_closed.setChecked(True)
    assert shown_villages(page)[1] == ("Tổ 1", "Tổ dân phố", "", "01/07/2025")
    grey = tab.model.index(1, VillagesModel.NAME).data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(grey) == QColor(Qt.GlobalColor.darkGray)
    tab.view.selectRow(1)
    assert not tab.close_button.isEnabled()  # already closed


def test_standards_tab_validates_inline_and_saves(qtbot, context):
    page = make_page(qtbot, context)
    page.tabs.setCurrentWidget(page.standards_tab)
    tab = page.standards_tab
    assert tab.spins["older_age"].value() == 55
    assert tab.spins["women_share_max"].suffix() == "%"
    tab.spins["women_share_min"].setValue(75)
    tab.spins["older_age"].setValue(90)
    tab.spins["min_members"].setValue(80)
    assert not tab.save()
    assert tab.errors["women_share_max"].text() == "nhỏ hơn mức tối thiểu (75)"
    assert tab.errors["older_age"].text() == "phải từ 40 đến 80"
    assert tab.errors["max_members"].text() == "nhỏ hơn mức tối thiểu (80)"
    assert not tab.errors["women_share_min"].isVisible()
    assert settings.load(settings.Standards) == settings.Standards()
    tab.spins["women_share_min"].setValue(65)
    tab.spins["older_age"].setValue(60)
    tab.spins["min_members"].setValue(45)
    with qtbot.waitSignal(context.changed):
        assert tab.save()
    assert not tab.errors["older_age"].isVisible()
    assert context.standards.older_age == 60 and context.standards.women_share_min == 65
    assert settings.load(settings.Standards).min_members == 45
    qtbot.wait(20)  # let the layout drop the hidden error lines before the picture
    save_screenshot(page, "settings_standards")
    tab.defaults_button.click()
    assert tab.value() == settings.Standards()


@pytest.fixture
def private_qsettings(tmp_path, monkeypatch):
    """QSettings in a temp folder, so tests never touch the user's own preferences."""
    from ui import i18n

    monkeypatch.delenv("ISHC_LANG", raising=False)
    QCoreApplication.setOrganizationName("ISHC-test")
    QCoreApplication.setApplicationName("ISHC Desk test")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    i18n.install("vi")


def test_language_is_saved_and_installed(qtbot, context, private_qsettings):
    from ui import i18n

    page = make_page(qtbot, context)
    tab = page.language_tab
    assert tab.combo.currentData() == "vi"
    assert [tab.combo.itemText(i) for i in range(tab.combo.count())] == ["Tiếng Việt",
                                                                         "English"]
    tab.combo.setCurrentIndex(tab.combo.findData("en"))
    assert tab.apply() == "en"
    assert QSettings().value("ui/language") == "en"
    assert i18n.chosen_language() == "en"
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Ok)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "OK"  # Qt's own English
    tab.combo.setCurrentIndex(tab.combo.findData("vi"))
    tab.apply()
    assert i18n.chosen_language() == "vi"
    assert box.button(QMessageBox.StandardButton.Ok).text() == "OK"  # made before
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Ok)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "Đồng ý"


def test_privacy_tab_saves_the_retention_period(qtbot, context):
    from models.privacy import privacy

    page = make_page(qtbot, context)
    tab = page.privacy_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.years.value() == 5
    tab.years.setValue(10)
    assert tab.save()
    assert privacy.load_settings().retention_years == 10
    assert tab.note.text() == "Đã lưu."
    assert AuditLog.select().where(AuditLog.entity_id == privacy.SETTING_KEY).count() == 1
    save_screenshot(page, "settings_privacy")
