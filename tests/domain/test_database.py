"""Database set-up: official units loaded, schema version, migration backup, file pragmas."""

import sqlite3

import pytest

from models.storage import db as dbmod
from models.storage import migrations
from models.storage.schema import Province, SchemaVersion, Ward


def test_official_units_loaded(db):
    assert Province.select().count() == 34
    assert Ward.select().count() == 3321
    duc_xuan = Ward.get_by_id(1840)
    assert duc_xuan.name == "Phường Đức Xuân" and duc_xuan.province.name == "Tỉnh Thái Nguyên"
    assert SchemaVersion.select().count() == 1


def test_file_database_pragmas_and_reopen(tmp_path):
    path = tmp_path / "x.sqlite3"
    database = migrations.open_database(str(path))
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 10000
    database.close()
    again = migrations.open_database(str(path))
    assert migrations.current_version(again) == migrations.LATEST_VERSION
    again.close()


def test_migration_copies_file_aside_first(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    database = migrations.open_database(str(path))
    database.close()
    calls = []
    current = migrations.LATEST_VERSION
    fake = current + 1

    def step(db):
        calls.append(list(tmp_path.glob(f"old.before-v{fake}-*.sqlite3")))
        db.execute_sql("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS,
                                                   (fake, "test step", step)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", fake)
    database = migrations.open_database(str(path))
    assert len(calls) == 1 and len(calls[0]) == 1  # the copy existed before the step ran
    copy = sqlite3.connect(calls[0][0])
    assert copy.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == current
    copy.close()
    assert migrations.current_version(database) == fake
    database.close()


def test_newer_database_refused(tmp_path, monkeypatch):
    path = tmp_path / "new.sqlite3"
    migrations.open_database(str(path)).close()
    monkeypatch.setattr(migrations, "LATEST_VERSION", 0)
    with pytest.raises(migrations.DatabaseTooNew):
        migrations.open_database(str(path))


def test_garbage_file_is_reported(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(migrations.NotAnIshcDatabase):
        migrations.open_database(str(path))


def test_target_resolution(monkeypatch, tmp_path):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ISHC_DB", raising=False)
    assert dbmod.resolve_target(None) == str(tmp_path / "ishc.sqlite3")
    monkeypatch.setenv("ISHC_DB", "/x/y.sqlite3")
    assert dbmod.resolve_target(None) == "/x/y.sqlite3"
    assert dbmod.resolve_target("postgresql://u@h/db") == "postgresql://u@h/db"


def test_version_1_file_migrates_to_latest_keeping_every_row(tmp_path):
    """A real database written by the first release (schema 1) opens in this one."""
    import gzip
    from pathlib import Path

    from models.storage.schema import Loan, Person, Setting, UserAccount

    source = Path(__file__).parent.parent / "data" / "schema_v1_demo.sqlite3.gz"
    path = tmp_path / "v1.sqlite3"
    path.write_bytes(gzip.decompress(source.read_bytes()))
    raw = sqlite3.connect(path)
    tables = [r[0] for r in raw.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    before = {t: raw.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    raw.close()
    assert before["person"] > 100

    database = migrations.open_database(str(path))
    assert migrations.current_version(database) == migrations.LATEST_VERSION
    assert list(tmp_path.glob("v1.before-v*.sqlite3"))  # copied aside first
    for table, count in before.items():
        if table != "schema_version":
            # the first open by this version gives the file its id (a row of setting)
            count += table == "setting"
            assert database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] == count
    assert Setting.get(Setting.key == "database_id").value
    assert Person.select().where(Person.consent_scope == "").count() == before["person"]
    assert Person.select().where(Person.anonymised_at.is_null(False)).count() == 0
    assert Loan.select().count() == 0 and UserAccount.select().count() == 0
    problems = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    assert problems == []
    database.close()
