"""Tamper evidence over time: the chain under several writers, through migration 3 and
through restoring a backup, and how findings are worded. (test_tamper_evidence.py: each
tampering found by check.)"""

from __future__ import annotations

import datetime as dt
import gzip
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from models.accounts import audit
from models.accounts.session import set_actor
from models.demo.demo import fill_demo
from models.storage import backup, restore
from models.storage import db as dbmod
from models.storage.integrity import run_checks
from models.storage.migrations import LATEST_VERSION, current_version, migrate
from models.storage.schema import AuditLog
from tests.domain.test_tamper_evidence import chain_finding, sql

TODAY = dt.date(2026, 11, 20)
ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("crash_writer.py")
V1 = ROOT / "tests" / "data" / "schema_v1_demo.sqlite3.gz"
PG = os.environ.get("ISHC_TEST_PG")


@pytest.fixture
def demo(db):
    """A small demo commune that passes check (as in test_tamper_evidence)."""
    fill_demo(2, seed=3, today=TODAY)
    assert run_checks() == []
    return db

# --- Several writers at once ----------------------------------------------------------------


@pytest.fixture
def target(tmp_path, monkeypatch):
    """A database several processes can open: a file, or a database on the test server."""
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    admin = name = None
    if PG:
        import psycopg2

        name = f"ishc_chain_{uuid.uuid4().hex[:8]}"
        admin = psycopg2.connect(PG)
        admin.autocommit = True
        admin.cursor().execute(f'CREATE DATABASE "{name}"')
        url = PG.rsplit("/", 1)[0] + "/" + name
    else:
        url = str(tmp_path / "chain.sqlite3")
    database = dbmod.bind(dbmod.make_database(url))
    database.connect()
    migrate(database)
    fill_demo(3, seed=9, today=TODAY)
    database.close()
    yield url
    dbmod.bind(database)
    database.close()
    if admin is not None:
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_the_chain_verifies_after_two_writers_at_once(target):
    n = 40
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, str(WRITER), target, tag, str(n)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=ROOT, env=env) for tag in ("a", "b")]
    results = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
    acked = [ln for out, _ in results for ln in out.splitlines() if ln.startswith("OK ")]
    assert len(acked) == 2 * n
    database = dbmod.bind(dbmod.make_database(target))
    database.connect()
    try:
        assert audit.check_chain() is None
        assert run_checks() == []
        actors = {a for (a,) in AuditLog.select(AuditLog.actor).distinct().tuples()}
        assert {"crash-a", "crash-b"} <= actors
    finally:
        database.close()


# --- Migration 3 ----------------------------------------------------------------------------


def test_migration_3_chains_the_rows_already_there(demo):
    """A version-2 database (the chain's columns and head removed) gets, from migration 3,
    the very chain the program writes as it goes."""
    written = [(r.id, r.prev_hash, r.row_hash) for r in AuditLog.select().order_by(AuditLog.id)]
    sql(demo, "DROP TABLE audit_chain")
    sql(demo, "ALTER TABLE audit_log DROP COLUMN prev_hash")
    sql(demo, "ALTER TABLE audit_log DROP COLUMN row_hash")
    sql(demo, "UPDATE schema_version SET version = 2")  # created at 3: say 2
    assert current_version(demo) == 2
    assert migrate(demo) == 2 and current_version(demo) == LATEST_VERSION
    assert [(r.id, r.prev_hash, r.row_hash)
            for r in AuditLog.select().order_by(AuditLog.id)] == written
    assert audit.check_chain() is None and run_checks() == []


@pytest.mark.sqlite_only
def test_the_released_version_1_file_migrates_to_a_verifying_chain(tmp_path, monkeypatch):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    path = tmp_path / "v1.sqlite3"
    with gzip.open(V1, "rb") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    database = dbmod.bind(dbmod.make_database(str(path)))
    database.connect()
    try:
        assert migrate(database) == 1 and current_version(database) == LATEST_VERSION
        rows = AuditLog.select().count()
        assert rows > 0 and audit.check_chain() is None
        assert run_checks() == []
        from models.clubs.clubs import ClubInput, create_club

        create_club(ClubInput(code="SAU01", name="CLB sau nâng cấp", ward_code=1840))
        assert AuditLog.select().count() == rows + 1 and audit.check_chain() is None
    finally:
        database.close()


# --- Restore of a tampered backup -----------------------------------------------------------


@pytest.fixture
def filedb(tmp_path, monkeypatch):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    database = dbmod.bind(dbmod.make_database(str(tmp_path / "live.sqlite3")))
    database.connect()
    migrate(database)
    fill_demo(2, seed=5, today=TODAY)
    yield database
    database.close()


@pytest.mark.sqlite_only
def test_restore_refuses_a_tampered_backup_unless_the_administrator_accepts(filedb, tmp_path):
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    con = sqlite3.connect(str(copy))
    row_id = con.execute("SELECT id FROM audit_log WHERE entity = 'ledger_entry' "
                         "ORDER BY id LIMIT 1 OFFSET 5").fetchone()[0]
    con.execute("UPDATE audit_log SET actor = 'kẻ gian' WHERE id = ?", (row_id,))
    con.commit()
    con.close()
    assert backup.chain_break(copy).id == row_id
    with pytest.raises(backup.BackupError) as err:
        restore.restore_from(copy)
    problem = err.value.problems[0]
    assert (problem.code, problem.params["id"]) == ("backup_chain_broken", row_id)
    assert audit.check_chain() is None  # the live database was not touched

    restore.restore_from(copy, accept_broken_chain=True)
    restored = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert restored.action == "restore" and '"broken_chain_accepted"' in restored.after
    assert chain_finding().row_id == row_id  # check still says where


@pytest.mark.sqlite_only
def test_restore_takes_an_untouched_backup_without_asking(filedb, tmp_path):
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    assert backup.chain_break(copy) is None
    restore.restore_from(copy)
    assert run_checks() == []


@pytest.mark.sqlite_only
def test_cli_restore_needs_accept_broken_chain_for_a_tampered_backup(filedb, tmp_path,
                                                                     capsys):
    import main

    live = dbmod.sqlite_path()
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    con = sqlite3.connect(str(copy))
    con.execute("DELETE FROM audit_log WHERE id = 7")
    con.commit()
    con.close()
    filedb.close()
    code = main.main(["--db", str(live), "restore", "--yes", str(copy)])
    err = capsys.readouterr().err
    assert code != 0 and "dòng số 8" in err and "--accept-broken-chain" in err
    code = main.main(["--db", str(live), "restore", "--yes", "--accept-broken-chain",
                      str(copy)])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main.main(["--db", str(live), "check"]) != 0
    assert "audit_chain_broken\taudit_log\t8\t" in capsys.readouterr().err


def test_findings_have_vietnamese_wording():
    from models.storage.integrity import Finding
    from models.text import findings as messages

    text = messages.finding_text(Finding(
        "audited_row_changed", "ledger_entry", 12, "amount: 50000 → 51000",
        {"id": 12, "date": "2026-03-05", "audit_id": 40, "fields": "amount",
         "changes": "amount: 50000 → 51000"}))
    assert text == ("Phiếu thu/chi mã 12 (ngày 05/03/2026) khác với nội dung nhật ký đã ghi "
                    "(dòng nhật ký số 40): amount: 50000 → 51000")
    text = messages.finding_text(Finding(
        "audit_chain_broken", "audit_log", 8, "",
        {"id": 8, "date": "2026-11-20 08:30:00", "entity": "person", "entity_id": "3",
         "action": "create", "what": "link", "previous_id": 6, "more": 0}))
    assert text.startswith("Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số 8 "
                           "(20/11/2026 08:30:00, person 3, create): dòng ngay trước")
    gap = messages.finding_text(Finding(
        "voucher_number_gap", "fund", 3, "", {"fund": 3, "kind": "payment", "year": 2026,
                                              "number": 4, "next": 6, "id": 90,
                                              "date": "2026-05-01"}))
    assert gap == ("Quỹ mã 3: Phiếu chi năm 2026 bị mất số 4 (phiếu kế tiếp là số 6, "
                   "ngày 01/05/2026, mã dòng 90)")
    assert messages.finding_text(Finding("fund_negative", "fund", 1, "x")) == "fund_negative: x"
