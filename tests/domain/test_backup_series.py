"""Backups belong to a database (its id), not to the data folder: a scratch database never
rotates, lists or offers the office's backups."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from models.accounts.session import set_actor, set_user
from models.storage import backup, identity
from models.storage import db as dbmod
from models.storage.migrations import open_database

pytestmark = pytest.mark.sqlite_only  # backups are of SQLite files


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    set_user(None)
    yield tmp_path
    dbmod.close()


def _open(path) -> None:
    dbmod.close()
    open_database(str(path))


def test_each_database_has_its_own_id_in_its_backup_names(data):
    _open(dbmod.default_db_path())
    office = identity.database_id()
    made = backup.automatic_backup("daily", keep=10, second_folder="")
    assert identity.short_id(office) in made.name
    _open(data / "scratch.sqlite3")
    assert identity.database_id() != office
    _open(dbmod.default_db_path())
    assert identity.database_id() == office  # stored in the file, not made up each time


def test_scratch_database_does_not_rotate_the_office_backups(data):
    _open(dbmod.default_db_path())
    office_copy = backup.automatic_backup("daily", keep=2, second_folder="")
    _open(data / "demo.sqlite3")
    for _ in range(5):  # the README's examples, run five times
        backup.automatic_backup("exit", keep=2, second_folder="")
    assert len(backup.list_backups()) == 2
    assert office_copy.exists()
    _open(dbmod.default_db_path())
    assert backup.list_backups() == [office_copy]


def test_backups_list_shows_only_this_database_series(data):
    _open(dbmod.default_db_path())
    ours = backup.automatic_backup("daily", keep=10, second_folder="")
    _open(data / "scratch.sqlite3")
    theirs = backup.automatic_backup("daily", keep=10, second_folder="")
    assert [e.path for e in backup.backup_entries()] == [theirs]
    _open(dbmod.default_db_path())
    assert [e.path for e in backup.backup_entries()] == [ours]


def test_backups_named_before_series_belong_to_the_default_database(data):
    _open(dbmod.default_db_path())
    old = backup.backups_dir() / "ishc-2025-01-02-030405-daily.sqlite3"
    backup.backup_to(old)
    assert backup.list_backups() == [old]
    _open(data / "scratch.sqlite3")
    assert backup.list_backups() == []
    backup.automatic_backup("daily", keep=1, second_folder="")
    assert old.exists()


def test_a_lost_file_finds_its_series_again(data):
    _open(data / "office.sqlite3")
    made = backup.automatic_backup("daily", keep=10, second_folder="")
    _open(data / "scratch.sqlite3")
    backup.automatic_backup("daily", keep=10, second_folder="")
    dbmod.close()
    for suffix in ("", "-wal", "-shm"):
        (data / f"office.sqlite3{suffix}").unlink(missing_ok=True)
    dbmod.bind(dbmod.make_database(str(data / "office.sqlite3")))
    assert [e.path for e in backup.backup_entries(backup.BackupSettings())] == [made]


def test_copies_saved_before_a_restore_are_kept_a_while_not_for_ever(data):
    _open(dbmod.default_db_path())
    series = backup.current_series()
    made = []
    for n in range(backup.BEFORE_RESTORE_KEEP + 2):
        path = backup.backups_dir() / backup.backup_name(
            dt.datetime(2026, 1, 1, 0, 0, n), "before-restore", series.id)
        backup.backup_to(path)
        age = dt.datetime.now() - dt.timedelta(days=n * 10)
        os.utime(path, (age.timestamp(), age.timestamp()))
        made.append(path)
    backup.rotate(backup.backups_dir(), keep=2)
    kept = backup.list_backups()
    # younger than BEFORE_RESTORE_DAYS: the ones made 0, 10 and 20 days ago
    assert kept == made[:3]
