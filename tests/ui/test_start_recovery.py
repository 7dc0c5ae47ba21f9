"""At start, a damaged or lost database file is explained with the way back (the newest good
backup, another backup, or leaving), never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from dialogs.restore_dialog import StartRecoveryDialog
from models.storage import backup
from models.storage import db as dbmod
from models.storage.schema import Club
from tests.ui import clubs_data
from tests.ui.conftest import save_screenshot
from ui import app


@pytest.fixture
def office_file(context):
    """The ui_db file with two clubs, two backups (the older one then damaged), closed."""
    clubs_data.plan("DX01", "CLB Liên thế hệ tự giúp nhau Tổ 1", ("Tổ 1",))
    older = backup.automatic_backup("daily")
    clubs_data.plan("DX02", "CLB Liên thế hệ tự giúp nhau Nà Cưởm", ("Nà Cưởm",))
    newest = backup.automatic_backup("exit")
    path = dbmod.sqlite_path()
    dbmod.close()
    return path, older, newest


def damage(path: Path) -> None:
    path.write_bytes(b"\x00hong" * 8000)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox.question answers Yes; information boxes are collected, not shown."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _p, _t, text, *a, **k: told.append(text)))
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda *a, **k: pytest.fail(f"critical box: {a[2]}")))
    return told


def test_damaged_file_offers_the_newest_good_backup(qtbot, office_file, answers):
    path, _older, newest = office_file
    damage(path)
    dbmod.bind(dbmod.make_database(str(path)))
    dialog = StartRecoveryDialog(path, "damaged")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Dữ liệu bị hỏng"
    assert str(path) in dialog.explain.text() and "Chưa có gì bị ghi đè" in dialog.explain.text()
    assert dialog.status.text() == "Bản sao lưu mới nhất còn tốt:"
    assert dialog.newest.path == newest and dialog.summary.values["clubs"].text() == "2"
    assert dialog.newest_button.isEnabled() and dialog.fresh_button.isHidden()
    qtbot.wait(20)
    save_screenshot(dialog, "start_recovery_dialog")
    dialog.newest_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    info, saved = dialog.restored
    assert info.path == newest and "damaged" in saved.name
    assert saved.read_bytes().startswith(b"\x00hong")


def test_newest_backup_damaged_too_falls_back_to_an_older_one(qtbot, office_file, answers):
    path, older, newest = office_file
    damage(path)
    data = bytearray(newest.read_bytes())
    data[100:4096 * 4] = b"\xff" * (4096 * 4 - 100)
    newest.write_bytes(bytes(data))
    dbmod.bind(dbmod.make_database(str(path)))
    dialog = StartRecoveryDialog(path, "damaged")
    qtbot.addWidget(dialog)
    assert dialog.newest.path == older and dialog.summary.values["clubs"].text() == "1"


def test_start_up_restores_and_opens_the_program(qtbot, office_file, answers, monkeypatch):
    path, _older, _newest = office_file
    damage(path)
    shown = []

    def run_dialog(self):
        shown.append(self)
        self.newest_button.click()
        return self.result()

    monkeypatch.setattr(StartRecoveryDialog, "exec", run_dialog)
    assert app.open_database_or_explain(str(path))
    assert shown and shown[0].state == "damaged"
    assert answers[0].startswith("Đã khôi phục dữ liệu từ bản sao lưu lúc ")
    assert "Tệp cũ được giữ ở " in answers[0]
    assert Club.select().count() == 2 and backup.live_state() == "ok"


def test_lost_file_with_backups_is_noticed_and_quit_leaves_it_alone(qtbot, office_file,
                                                                    answers, monkeypatch):
    path, _older, _newest = office_file
    path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shown = []

    def quit_dialog(self):
        shown.append(self)
        assert self.windowTitle() == "Không thấy tệp dữ liệu"
        assert self.fresh_button.isVisibleTo(self)
        self.quit_button.click()
        return self.result()

    monkeypatch.setattr(StartRecoveryDialog, "exec", quit_dialog)
    assert not app.open_database_or_explain(str(path))
    assert shown and not path.exists()  # no empty database was made behind the clerk's back


def test_no_good_backup_says_so_and_offers_another(qtbot, office_file, answers):
    path, older, newest = office_file
    older.unlink()
    newest.unlink()
    damage(path)
    dbmod.bind(dbmod.make_database(str(path)))
    dialog = StartRecoveryDialog(path, "damaged")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.status.text().startswith("Không tìm thấy bản sao lưu nào còn tốt trong ")
    assert not dialog.newest_button.isEnabled() and dialog.other_button.isEnabled()
    qtbot.wait(20)
    save_screenshot(dialog, "start_recovery_none")


def test_a_first_start_without_backups_just_creates_the_database(qtbot, context, answers,
                                                                 tmp_path):
    fresh = tmp_path / "moi" / "ishc.sqlite3"
    assert app._file_state(str(fresh)) == "ok"
    assert app.open_database_or_explain(str(fresh))
    assert fresh.exists()


def test_lost_file_may_start_empty(qtbot, office_file, answers, monkeypatch):
    path, _older, _newest = office_file
    path.unlink()
    monkeypatch.setattr(StartRecoveryDialog, "exec",
                        lambda self: self.fresh_button.click() or self.result())
    assert app.open_database_or_explain(str(path))
    assert path.exists() and Club.select().count() == 0


def test_unreachable_saved_server_offers_the_connection_settings(qtbot, context, answers,
                                                                  monkeypatch):
    from dialogs import connection_dialog
    from models.storage import connection

    monkeypatch.delenv("ISHC_DB", raising=False)
    connection.save(connection.ConnectionSettings(host="127.0.0.1", port=1, database="ishc",
                                                  user="ishc_app", sslmode="disable"))
    texts = []

    def click_settings(box):
        texts.append(box.text())
        next(b for b in box.buttons() if b.text() == "Thiết lập kết nối…").click()
        return 0

    def back_to_local(dialog):
        dialog.local_button.click()
        return dialog.result()

    monkeypatch.setattr(QMessageBox, "exec", click_settings)
    monkeypatch.setattr(connection_dialog.ConnectionDialog, "exec", back_to_local)
    assert app.open_database_or_explain(None)
    assert texts[0].startswith("Không kết nối được máy chủ dữ liệu dùng chung "
                               "127.0.0.1:1/ishc:\n")
    assert "Traceback" not in texts[0]
    assert dbmod.sqlite_path() is not None  # back on the file of this computer
