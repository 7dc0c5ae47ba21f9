"""Backup and restore of the SQLite database: round trips, refusals, rotation."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from models.accounts.session import set_actor
from models.demo.demo import fill_demo
from models.storage import backup, restore
from models.storage import db as dbmod
from models.storage.migrations import LATEST_VERSION, migrate

pytestmark = pytest.mark.sqlite_only
TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def filedb(tmp_path, monkeypatch):
    """A demo database in a real file (backups need one), bound to every table."""
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    database = dbmod.bind(dbmod.make_database(str(tmp_path / "live.sqlite3")))
    database.connect()
    migrate(database)
    fill_demo(4, seed=5, today=TODAY)
    yield database
    database.close()


def _dump(path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        con.close()


def test_backup_restore_round_trip_keeps_every_row(filedb, tmp_path):
    live = dbmod.sqlite_path()
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    before = _dump(live)
    assert _dump(copy) == before and before["person"]
    filedb.execute_sql("DELETE FROM audit_log")  # damage the live data after the backup
    info, saved = restore.restore_from(copy)
    assert info.clubs == 4 and info.members == len(before["person"])
    assert saved.exists() and "before-restore" in saved.name
    after = _dump(live)
    restore_rows = [r for r in after["audit_log"] if "restore" in repr(r)]
    assert len(restore_rows) == 1
    # the audit chain's head moved on to the restore's own audit row
    assert after.pop("audit_chain") == [(1, restore_rows[0][0], restore_rows[0][-1])]
    before.pop("audit_chain")
    after["audit_log"] = [r for r in after["audit_log"] if r not in restore_rows]
    assert after == before
    assert _dump(saved)["audit_log"] == []  # the replaced database was kept as it was


def _refused(path, code):
    live = dbmod.sqlite_path()
    before = _dump(live)
    with pytest.raises(backup.BackupError) as err:
        restore.restore_from(path)
    assert err.value.code == code
    assert _dump(live) == before
    assert not list(backup.backups_dir().glob("*before-restore*"))


def test_restore_refuses_a_corrupted_file(filedb, tmp_path):
    bad = backup.backup_to(tmp_path / "bad.sqlite3")
    data = bytearray(bad.read_bytes())
    data[100:4096 * 3] = b"\xff" * (4096 * 3 - 100)
    bad.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError) as err:
        backup.verify_backup(bad)
    assert err.value.code in {"backup_not_sqlite", "backup_damaged"}
    _refused(bad, err.value.code)


def test_restore_refuses_other_files(filedb, tmp_path):
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(str(other))
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    _refused(other, "backup_not_ishc")
    text = tmp_path / "notes.sqlite3"
    text.write_text("không phải cơ sở dữ liệu " * 200, encoding="utf-8")
    _refused(text, "backup_not_sqlite")
    _refused(tmp_path / "missing.sqlite3", "backup_missing")


def test_restore_refuses_a_newer_schema(filedb, tmp_path):
    newer = backup.backup_to(tmp_path / "newer.sqlite3")
    con = sqlite3.connect(str(newer))
    con.execute("INSERT INTO schema_version (version, note, applied_at) VALUES (?, 'x', '2030')",
                (LATEST_VERSION + 1,))
    con.commit()
    con.close()
    _refused(newer, "backup_too_new")


def test_automatic_backups_rotate_and_copy_to_second_folder(filedb, tmp_path):
    usb = tmp_path / "usb"
    made = [backup.automatic_backup("test", keep=3, second_folder=str(usb)) for _ in range(5)]
    kept = backup.list_backups()
    assert len(kept) == 3 and made[-1] in kept
    assert len(backup.list_backups(usb)) == 3
    assert all(p.name.startswith("ishc-") and p.suffix == ".sqlite3" for p in kept)
    assert not backup.needs_daily_backup()
    assert backup.needs_daily_backup(dt.date.today() + dt.timedelta(days=1))
    assert backup.verify_backup(kept[0]).clubs == 4


def test_postgres_is_refused(monkeypatch):
    monkeypatch.setattr(dbmod, "sqlite_path", lambda db=None: None)
    with pytest.raises(backup.BackupError) as err:
        backup.backup_to("x.sqlite3")
    assert err.value.code == "backup_postgres_refused"


def test_quiet_backup_at_start_is_daily_and_skips_memory(filedb, monkeypatch):
    assert backup.backup_quietly("daily", only_if_due=True) is not None
    assert backup.backup_quietly("daily", only_if_due=True) is None  # already done today
    assert backup.backup_quietly("exit") is not None
    monkeypatch.setattr(dbmod, "sqlite_path", lambda db=None: None)
    assert backup.backup_quietly("exit") is None


def test_every_refusal_code_has_a_message():
    import ast
    from pathlib import Path

    from ui.messages import ERRORS

    source = (Path(__file__).resolve().parents[2] / "models" / "storage" / "backup.py"
              ).read_text("utf-8")
    codes = {node.args[1].value for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "BackupError"}
    assert codes and codes <= set(ERRORS)


def test_restore_keeps_the_office_signing_key(filedb, tmp_path):
    """A backup made before the office's key (or holding another one) does not change the
    key the office above trusts: the restore carries the current key over."""
    from models.exchange import keys

    before_key = backup.backup_to(tmp_path / "before-key.sqlite3")
    own = keys.own_key()
    restore.restore_from(before_key)
    assert keys.own_key().fingerprint == own.fingerprint
    restore.restore_from(backup.backup_to(tmp_path / "with-key.sqlite3"))
    assert keys.own_key().fingerprint == own.fingerprint
