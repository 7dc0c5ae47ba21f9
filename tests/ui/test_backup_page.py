"""The backup page: list, Sao lưu ngay, settings, restore through the dialog (verified, then
the database reopened), and the connection dialog for a shared server."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from models.storage import backup, connection
from models.storage import db as dbmod
from models.storage.schema import Club
from tests.ui import clubs_data
from tests.ui.conftest import save_screenshot
from ui.pages.backup_page import BackupPage, BackupsModel

PG = os.environ.get("ISHC_TEST_PG")


@pytest.fixture
def page(qtbot, context):
    clubs_data.plan("DX01", "CLB Liên thế hệ tự giúp nhau Tổ 1", ("Tổ 1",))
    clubs_data.plan("DX02", "CLB Liên thế hệ tự giúp nhau Nà Cưởm", ("Nà Cưởm",))
    page = BackupPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 680)
    page.show()
    return page


def cell(page: BackupPage, row: int, col: int) -> str:
    return page.model.index(row, col).data()


def test_backup_now_lists_the_new_backup(page, qtbot):
    assert page.windowTitle() == "Sao lưu"
    assert page.count_label.text() == "Chưa có bản sao lưu nào."
    assert str(dbmod.sqlite_path()) in page.where.text()
    assert not page.restore_button.isEnabled()
    page.backup_button.click()
    assert page.status.text().startswith("Đã sao lưu vào ")
    assert page.model.rowCount() == 1
    assert cell(page, 0, BackupsModel.REASON) == "Sao lưu ngay"
    assert cell(page, 0, BackupsModel.PLACE) == "Thư mục dữ liệu"
    assert cell(page, 0, BackupsModel.SIZE).endswith(("KB", "MB"))
    assert page.count_label.text() == "1 bản sao lưu, mới nhất ở trên."
    page.view.selectRow(0)
    assert page.restore_button.isEnabled()
    qtbot.wait(20)
    save_screenshot(page, "backup_page")


def test_settings_are_checked_then_saved(page, tmp_path):
    box = page.settings_box
    assert box.daily_check.isChecked() and box.exit_check.isChecked()
    assert box.keep_spin.value() == 10
    box.keep_spin.setValue(4)
    box.folder_edit.setText("SaoLuu")
    assert not box.save()
    assert box.errors["second_folder"].text().startswith("phải là đường dẫn đầy đủ")
    assert backup.load_settings().keep == 10  # nothing written
    box.folder_edit.setText(str(tmp_path / "usb"))
    box.exit_check.setChecked(False)
    assert box.save() and box.note.text() == "Đã lưu."
    assert backup.load_settings() == backup.BackupSettings(4, str(tmp_path / "usb"), True, False)
    assert box.errors["second_folder"].isHidden()


def test_restore_verifies_shows_the_content_and_reopens(page, qtbot, monkeypatch):
    made = backup.manual_backup()
    clubs_data.plan("DX03", "CLB mới sau bản sao lưu")
    assert Club.select().count() == 3
    page.reload()
    page.view.selectRow(0)
    changed = []
    page.context.changed.connect(changed.append)
    dialog = page.restore(made, modal=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.status.text() == "Tệp sao lưu đọc được, không có lỗi."
    assert dialog.summary.values["clubs"].text() == "2"
    assert dialog.summary.values["file"].text().replace("\u200b", "") == str(made)
    assert dialog.restore_button.isEnabled()
    qtbot.wait(20)
    save_screenshot(dialog, "restore_dialog")
    dialog.restore_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Club.select().count() == 2
    assert {"settings", "club", "member"} <= set(changed)
    assert page.status.text().startswith("Đã khôi phục dữ liệu từ bản sao lưu lúc ")
    reasons = [cell(page, r, BackupsModel.REASON) for r in range(page.model.rowCount())]
    assert "Trước khi khôi phục" in reasons


def test_restore_dialog_refuses_a_bad_file(page, qtbot, tmp_path):
    bad = tmp_path / "ghi-chu.sqlite3"
    bad.write_text("không phải dữ liệu " * 300, encoding="utf-8")
    dialog = page.restore(bad, modal=False)
    qtbot.addWidget(dialog)
    assert dialog.status.text() == (f"Không dùng được tệp này: {bad} không phải tệp dữ liệu. "
                                    "Dữ liệu hiện tại không bị thay đổi.")
    assert not dialog.restore_button.isEnabled() and dialog.summary.isHidden()
    assert Club.select().count() == 2


def test_connection_dialog_checks_tests_saves_and_forgets(qtbot, context, monkeypatch):
    from dialogs.connection_dialog import ConnectionDialog

    monkeypatch.delenv("ISHC_DB", raising=False)
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current.text().startswith("Hiện chương trình dùng dữ liệu trên máy này")
    dialog.host_edit.setText("")
    dialog.test_button.click()
    assert dialog.errors["host"].text() == "chưa nhập"
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(1)  # nobody listens there
    dialog.password_edit.setText("mật-khẩu")
    dialog.test_button.click()
    assert dialog.result_label.text().startswith(
        "Không kết nối được: không liên lạc được với máy chủ")
    if PG:
        url = connection.parse_url(PG)
        dialog.port_spin.setValue(url.port)
        dialog.user_edit.setText(url.user)
        dialog.database_edit.setText(url.database)
        dialog.password_edit.setText("")
        dialog.test_button.click()
        assert dialog.result_label.text().startswith("Kết nối được: PostgreSQL ")
    dialog.host_edit.setText("csdl.hoinct.vn")
    dialog.port_spin.setValue(5432)
    dialog.database_edit.setText("ishc_tinh")
    dialog.user_edit.setText("ishc_ducxuan")
    dialog.password_edit.setText("mật-khẩu")
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("require"))
    qtbot.wait(20)
    save_screenshot(dialog, "connection_dialog")
    dialog.save_button.click()
    stored = json.loads(connection.connection_file().read_text(encoding="utf-8"))
    assert stored["host"] == "csdl.hoinct.vn" and stored["password"] == ""  # not asked to keep
    assert dbmod.resolve_target(None) == (
        "postgresql://ishc_ducxuan@csdl.hoinct.vn:5432/ishc_tinh?sslmode=require")
    again = ConnectionDialog()
    qtbot.addWidget(again)
    assert again.current.text() == ("Hiện chương trình dùng máy chủ csdl.hoinct.vn, cơ sở dữ "
                                    "liệu ishc_tinh.")
    assert again.ssl_combo.currentData() == "require" and again.local_button.isEnabled()
    again.use_local.__call__()
    assert not connection.connection_file().exists()
    assert dbmod.resolve_target(None).endswith("ishc.sqlite3")


def test_server_button_opens_the_connection_dialog(page, monkeypatch):
    from dialogs import connection_dialog

    opened, told = [], []
    monkeypatch.setattr(connection_dialog.ConnectionDialog, "exec",
                        lambda self: opened.append(self) or 1)
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *a, **k: told.append(a[2])))
    page.server_button.click()
    assert opened and told == ["Đã lưu. Thiết lập có hiệu lực từ lần mở chương trình sau."]


def test_on_a_shared_server_the_page_points_to_pg_dump(qtbot, context, monkeypatch):
    monkeypatch.setattr(dbmod, "sqlite_path", lambda db=None: None)
    page = BackupPage(context)
    qtbot.addWidget(page)
    assert "pg_dump" in page.where.text()
    assert not page.backup_button.isEnabled() and not page.backup_to_button.isEnabled()
    assert not page.restore_file_button.isEnabled() and not page.settings_box.isEnabled()
    assert page.server_button.isEnabled()


@pytest.mark.sqlite_only
def test_backups_page_shows_only_this_database_series(page):
    ours = backup.manual_backup()
    other = backup.backups_dir() / "ishc-0badc0de-2026-01-02-030405-daily.sqlite3"
    backup.backup_to(other)  # a scratch database's backup in the same data folder
    page.reload()
    assert page.model.rowCount() == 1 and page.model.rows[0].path == ours


@pytest.mark.sqlite_only
def test_supervisor_cannot_back_up_to_a_file_from_the_window(page):
    from models.accounts.session import SignedInUser, set_user
    from models.storage.schema import UserAccount, Ward

    assert page.backup_to_button.isEnabled()
    province = Ward.get_by_id(1840).province_code
    account = UserAccount.create(username="giamsat", full_name="Giám Sát", role="supervisor",
                                 province=province, password_hash="x")
    set_user(SignedInUser(account.id, "giamsat", "Giám Sát", "supervisor", None, province))
    try:
        page._update_buttons()
        assert not page.backup_to_button.isEnabled()
        assert page.backup_button.isEnabled()
    finally:
        set_user(None)


@pytest.mark.sqlite_only
def test_restore_of_another_office_asks_naming_both(page, qtbot, tmp_path, monkeypatch):
    import sqlite3

    from models.office import settings

    settings.save_office(settings.OfficeSettings(ward_code=1840,
                                                 office_name="UBND phường Đức Xuân"))
    other = backup.backup_to(tmp_path / "xa-khac.sqlite3")
    con = sqlite3.connect(str(other))
    con.execute("UPDATE setting SET value = ? WHERE key = 'office'", (json.dumps(
        {"ward_code": 1843, "office_name": "UBND xã Phong Quang"}),))
    con.commit()
    con.close()
    asked = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = page.restore(other, modal=False)
    qtbot.addWidget(dialog)
    dialog.restore_button.click()  # asked, and refused: nothing changed
    assert "UBND xã Phong Quang (1843)" in asked[0] and "UBND phường Đức Xuân (1840)" in asked[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert settings.load(settings.OfficeSettings).ward_code == 1840
    dialog.restore_button.setEnabled(True)
    dialog.restore_button.click()  # asked again, agreed
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.load(settings.OfficeSettings).ward_code == 1843


def test_broken_chain_is_asked_and_the_answer_goes_into_the_restore(qtbot, monkeypatch):
    """The window asks the administrator about a backup whose audit chain is broken, the way
    `restore --accept-broken-chain` does on the command line."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from dialogs.restore_dialog import ask_to_go_on
    from models.storage.backup import BackupError

    parent = QWidget()
    qtbot.addWidget(parent)
    error = BackupError("file", "backup_chain_broken", {"path": "x", "id": 8, "date": "",
                                                        "entity": "person", "what": "content"})
    asked = []
    for answer in (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes):
        monkeypatch.setattr(QMessageBox, "warning",
                            lambda *a, answer=answer, **k: asked.append(a[2]) or answer)
        options: dict = {}
        assert ask_to_go_on(parent, error, options) is (answer == QMessageBox.StandardButton.Yes)
        assert options == {"accept_broken_chain": answer == QMessageBox.StandardButton.Yes}
    assert "dòng số 8" in asked[0]
