"""Backup settings (keep N, second folder, daily/exit) and what the automatic backup does
with them; restore of an old or lost database; who may change them."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import shutil
from pathlib import Path

import pytest

from models.accounts.access import AccessDenied
from models.accounts.session import SignedInUser, set_actor, set_user
from models.errors import ValidationError
from models.storage import backup, restore
from models.storage import db as dbmod
from models.storage.migrations import LATEST_VERSION, current_version, migrate
from models.storage.schema import AuditLog, Club, Setting, UserAccount

pytestmark = pytest.mark.sqlite_only  # backups are of SQLite files
TODAY = dt.date(2026, 11, 20)
V1 = Path(__file__).resolve().parents[1] / "data" / "schema_v1_demo.sqlite3.gz"


@pytest.fixture
def filedb(tmp_path, monkeypatch):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    set_user(None)
    database = dbmod.bind(dbmod.make_database(str(tmp_path / "live.sqlite3")))
    database.connect()
    migrate(database)
    from models.clubs.clubs import ClubInput, create_club
    from models.office import settings

    settings.save_office(settings.OfficeSettings(ward_code=1840, office_name="UBND phường"))
    for code in ("DX01", "DX02"):
        create_club(ClubInput(code=code, name=f"CLB Liên thế hệ {code}", ward_code=1840))
    yield database
    set_user(None)
    database.close()


def test_defaults_then_save_and_load_with_an_audit_row(filedb, tmp_path):
    assert backup.load_settings() == backup.BackupSettings(10, "", True, True)
    usb = tmp_path / "usb"
    saved = backup.save_settings(backup.BackupSettings(keep=3, second_folder=f"  {usb} ",
                                                       daily=False))
    assert saved.second_folder == str(usb)
    assert backup.load_settings() == backup.BackupSettings(3, str(usb), False, True)
    row = AuditLog.select().where(AuditLog.entity == "setting",
                                  AuditLog.entity_id == "backup").get()
    assert row.action == "create" and json.loads(row.after)["keep"] == 3


@pytest.mark.parametrize(("value", "field", "code"), [
    (backup.BackupSettings(keep=0), "keep", "out_of_range"),
    (backup.BackupSettings(keep=366), "keep", "out_of_range"),
    (backup.BackupSettings(keep="5"), "keep", "out_of_range"),
    (backup.BackupSettings(second_folder="SaoLuu"), "second_folder", "folder_not_absolute"),
    (backup.BackupSettings(daily="có"), "daily", "invalid"),
])
def test_bad_settings_are_refused_and_nothing_is_written(filedb, value, field, code):
    with pytest.raises(ValidationError) as err:
        backup.save_settings(value)
    assert (err.value.field, err.value.code) == (field, code)
    assert Setting.get_or_none(Setting.key == "backup") is None


def test_a_file_or_the_main_folder_is_not_a_second_folder(filedb, tmp_path):
    a_file = tmp_path / "note.txt"
    a_file.write_text("x")
    for folder, code in ((a_file, "not_a_folder"), (backup.backups_dir(), "folder_is_main")):
        with pytest.raises(ValidationError) as err:
            backup.save_settings(backup.BackupSettings(second_folder=str(folder)))
        assert err.value.code == code


def test_keep_n_is_honoured_in_both_folders(filedb, tmp_path):
    (tmp_path / "usb").mkdir()
    usb = tmp_path / "usb" / "ISHC"
    backup.save_settings(backup.BackupSettings(keep=2, second_folder=str(usb)))
    made = [backup.automatic_backup("daily") for _ in range(4)]
    assert backup.list_backups() == [made[3], made[2]]
    assert [p.name for p in backup.list_backups(usb)] == [made[3].name, made[2].name]
    entries = backup.backup_entries()
    assert len(entries) == 4 and sum(e.second_folder for e in entries) == 2
    assert {e.reason for e in entries} == {"daily"}
    shutil.rmtree(usb.parent)  # the USB stick is pulled out: backups still work and are listed
    assert backup.automatic_backup("exit").exists()
    assert [e.reason for e in backup.backup_entries()] == ["exit", "daily"]


def test_the_automatic_backups_follow_daily_and_on_exit(filedb):
    backup.save_settings(backup.BackupSettings(daily=False, on_exit=False))
    assert backup.backup_quietly("daily", only_if_due=True) is None
    assert backup.backup_quietly("exit") is None
    assert backup.list_backups() == []
    backup.save_settings(backup.BackupSettings(daily=True, on_exit=False))
    assert backup.backup_quietly("daily", only_if_due=True) is not None
    assert backup.backup_quietly("exit") is None
    backup.save_settings(backup.BackupSettings(daily=False, on_exit=True))
    assert backup.backup_quietly("exit") is not None
    assert len(backup.list_backups()) == 2


def test_manual_backup_goes_to_the_folder_or_a_file(filedb, tmp_path):
    assert backup.manual_backup().name.endswith("-manual.sqlite3")
    assert backup.manual_backup(tmp_path / "x.sqlite3") == tmp_path / "x.sqlite3"
    assert backup.verify_backup(tmp_path / "x.sqlite3").clubs == 2


def test_only_an_admin_changes_settings_or_restores(filedb, tmp_path):
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    UserAccount.create(username="an", full_name="Lò Thị An", role="clerk", ward=1840,
                       password_hash="x")
    set_user(SignedInUser(1, "an", "Lò Thị An", "clerk", 1840, None))
    with pytest.raises(AccessDenied):
        backup.save_settings(backup.BackupSettings(keep=5))
    with pytest.raises(AccessDenied):
        restore.restore_from(copy)
    assert backup.list_backups() == []  # refused before anything was saved aside
    set_user(SignedInUser(2, "admin", "Quản trị", "admin", 1840, None))
    backup.save_settings(backup.BackupSettings(keep=5))
    with pytest.raises(backup.BackupError) as err:  # the copy has no accounts yet
        restore.restore_from(copy)
    assert err.value.code == "backup_no_accounts"
    info, saved = restore.restore_from(copy, keep_accounts=True)
    assert saved is not None and info.clubs == 2
    assert UserAccount.select().count() == 1  # carried over: the data stays protected


def test_restore_of_a_version_1_backup_migrates_it(filedb, tmp_path):
    old = tmp_path / "old.sqlite3"
    old.write_bytes(gzip.decompress(V1.read_bytes()))
    info = backup.verify_backup(old)
    assert info.version == 1 < LATEST_VERSION
    restore.restore_from(old)
    assert current_version(filedb) == LATEST_VERSION
    assert Club.select().count() == info.clubs


def test_restore_over_a_lost_or_damaged_file(filedb, tmp_path):
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    live = dbmod.sqlite_path()
    filedb.close()
    live.write_bytes(b"hong" * 4096)
    assert backup.live_state() == "damaged"
    info, saved = restore.restore_from(copy)
    assert "damaged" in saved.name and saved.read_bytes().startswith(b"hong")
    assert backup.live_state() == "ok" and Club.select().count() == info.clubs == 2
    filedb.close()
    live.unlink()
    for extra in ("-wal", "-shm"):
        Path(str(live) + extra).unlink(missing_ok=True)
    assert backup.live_state() == "missing"
    info, saved = restore.restore_from(copy)
    assert saved is None and Club.select().count() == 2


def _dump(path: Path) -> dict[str, list[tuple]]:
    import sqlite3

    con = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    finally:
        con.close()


def test_round_trip_into_a_fresh_file_keeps_every_table(tmp_path, monkeypatch):
    """A demo office (clubs, members, funds, loans, documents…) backed up, then restored on
    another computer where no database exists yet: every table identical, row by row."""
    from models.demo.demo import fill_demo

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    source = dbmod.bind(dbmod.make_database(str(tmp_path / "office.sqlite3")))
    source.connect()
    migrate(source)
    fill_demo(3, seed=8, today=TODAY)
    (tmp_path / "usb").mkdir()  # a file the clerk names: its folder is never created
    copy = backup.manual_backup(tmp_path / "usb" / "office-copy.sqlite3")
    before = _dump(tmp_path / "office.sqlite3")
    source.close()

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "other-pc"))
    fresh = tmp_path / "other-pc" / "ishc.sqlite3"
    target = dbmod.bind(dbmod.make_database(str(fresh)))
    info, saved = restore.restore_from(copy)
    assert saved is None and info.clubs == 3
    after = _dump(fresh)
    restore_rows = [r for r in after["audit_log"] if r[3:6] == ("database", "ishc.sqlite3", "restore")]
    assert len(restore_rows) == 1
    after["audit_log"].remove(restore_rows[0])
    # the audit chain's head moved on to the restore's audit row
    assert after.pop("audit_chain") == [(1, restore_rows[0][0], restore_rows[0][-1])]
    before.pop("audit_chain")
    assert set(after) == set(before) and {"loan", "ledger_entry", "person"} <= set(after)
    for table in before:
        assert after[table] == before[table], table
    assert sum(len(rows) for rows in before.values()) > 4000
    target.close()


def test_the_copy_saved_before_a_restore_is_not_rotated_away(filedb, tmp_path):
    backup.save_settings(backup.BackupSettings(keep=2))
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    _info, saved = restore.restore_from(copy)
    for _ in range(4):
        backup.automatic_backup("daily")
    kept = backup.list_backups()
    assert saved in kept and len(kept) == 3
