"""Writers that wait: many processes writing one SQLite file through the services at once.

Each service reads, then writes (an import checks its names against the ward, a payment its
cover, a voucher takes MAX + 1 for its number). With a deferred BEGIN the second of two such
writers failed at once with "database is locked"; every transaction now begins IMMEDIATE and
waits its turn within busy_timeout. Afterwards: no writer failed, every acknowledged row is
there, `check` is clean.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import openpyxl
import pytest

from models.accounts.session import set_actor
from models.storage import db as dbmod
from models.storage.integrity import run_checks
from models.storage.schema import AuditLog, Club, Fund, LedgerEntry, Membership, Person
from reports.members_xlsx import MEMBER_COLUMNS, SHEET_MEMBERS
from tests.domain.demo_helpers import demo_office_file
from tests.domain.forked import Child, fork

pytestmark = [pytest.mark.sqlite_only,
              pytest.mark.skipif(not hasattr(os, "fork"), reason="forks writer processes")]
TODAY = dt.date(2026, 11, 20)
GIVEN = ["Huệ", "Lan", "Mai", "Đào", "Hùng", "Dũng", "Sơn", "Tâm", "Phúc", "Hằng", "Yến"]


@pytest.fixture
def officefile(tmp_path, monkeypatch):
    yield from demo_office_file(tmp_path / "office.sqlite3", monkeypatch)


def member_file(path: Path, tag: str, rows: int) -> str:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET_MEMBERS
    ws.append([c.title for c in MEMBER_COLUMNS])
    for i in range(rows):
        values = {"full_name": f"Nguyễn Văn {GIVEN[i % len(GIVEN)]}", "gender": "Nam",
                  "birth_year": 1940 + i % 50, "ethnicity": "Kinh", "joined_on": "05/03/2025",
                  "note": tag}
        ws.append([values.get(c.key) for c in MEMBER_COLUMNS])
    wb.save(path)
    return str(path)


def _writer(path: Path, tag: str, files: list[str], vouchers: int, start_at: float):
    """Alternates imports of `files` and receipts/payments, all through the services."""

    def work(say):
        from models.funds.funds import EntryInput, post_entry
        from models.members.member_import import import_members

        set_actor("writer-" + tag)
        database = dbmod.bind(dbmod.make_database(str(path)))
        database.connect()
        clubs = [c.id for c in Club.select().where(Club.status == "active").order_by(Club.id)]
        funds = [f.id for f in Fund.select().order_by(Fund.id)]
        time.sleep(max(0.0, start_at - time.monotonic()))  # everybody starts together
        todo = [("import", f) for f in files] + [("voucher", i) for i in range(vouchers)]
        todo.sort(key=lambda t: (t[1] if t[0] == "voucher" else 2 * files.index(t[1])))
        for kind, item in todo:
            if kind == "import":
                result = import_members(item, clubs[len(tag) % len(clubs)], today=TODAY,
                                        allow_possible_duplicates=True)
                assert result.ok and result.imported, result.problems
                say(f"OK import {Path(item).name} {result.imported}")
            else:
                payment = item % 3 == 2
                entry = post_entry(EntryInput(
                    fund_id=funds[item % len(funds)], kind="payment" if payment else "receipt",
                    date=TODAY, amount=1000 + item,
                    category="other" if payment else "member_fee",
                    party=f"Người nộp {tag}", description=f"Phiếu {tag}-{item}"), today=TODAY)
                say(f"OK voucher {entry.id}")
        database.close()

    return work


def _run(path: Path, tmp_path: Path, writers: int, imports: int, rows: int, vouchers: int
         ) -> tuple[list[Child], int, int]:
    database = dbmod.bind(dbmod.make_database(str(path)))
    with database.connection_context():
        people, entries = Person.select().count(), LedgerEntry.select().count()
    start_at = time.monotonic() + 0.5
    children = []
    for w in range(writers):
        tag = f"w{w}"
        files = [member_file(tmp_path / f"{tag}-{k}.xlsx", tag, rows) for k in range(imports)]
        children.append(fork(_writer(path, tag, files, vouchers, start_at)))
    for child in children:
        child.finish()
    return children, people, entries


def _assert_all_written(path: Path, children: list[Child], people: int, entries: int,
                        imports: int, rows: int, vouchers: int) -> None:
    errors = [ln for c in children for ln in c.lines if ln.startswith("ERROR")]
    assert not errors, "\n".join(errors[-30:])
    assert all(c.exit_code == 0 for c in children)
    acked = [a for c in children for a in c.acked()]
    imported = [a for a in acked if a[0] == "import"]
    posted = [int(a[1]) for a in acked if a[0] == "voucher"]
    assert len(imported) == len(children) * imports
    assert len(posted) == len(children) * vouchers
    database = dbmod.bind(dbmod.make_database(str(path)))
    with database.connection_context():
        assert run_checks() == []
        assert Person.select().count() == people + sum(int(a[2]) for a in imported)
        assert Person.select().count() == people + len(children) * imports * rows
        assert LedgerEntry.select().count() == entries + len(posted)
        assert {e.id for e in LedgerEntry.select().where(LedgerEntry.id.in_(posted))} \
            == set(posted)
        audited = {int(a.entity_id) for a in AuditLog.select().where(
            AuditLog.entity == "ledger_entry")}
        assert set(posted) <= audited
        assert Membership.select().count() >= Person.select().count() - people


@pytest.mark.parametrize("writers", [2, 5, 20])
def test_concurrent_writers_wait_their_turn(officefile, tmp_path, writers, capsys):
    imports, rows, vouchers = 2, 4, 6
    started = time.monotonic()
    children, people, entries = _run(officefile, tmp_path, writers, imports, rows, vouchers)
    _assert_all_written(officefile, children, people, entries, imports, rows, vouchers)
    with capsys.disabled():
        print(f"\n{writers} writers: {writers * imports} imports, {writers * vouchers} vouchers "
              f"in {time.monotonic() - started:.1f} s, 0 errors")


def test_two_simultaneous_imports_both_succeed(officefile, tmp_path):
    children, people, entries = _run(officefile, tmp_path, 2, 1, 150, 0)
    _assert_all_written(officefile, children, people, entries, 1, 150, 0)


def test_office_file_takes_the_write_lock_at_begin_and_syncs_every_commit(tmp_path):
    import sqlite3

    path = tmp_path / "office.sqlite3"
    database = dbmod.make_database(str(path))
    with database.connection_context():
        assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        with database.atomic():  # nothing read or written yet: the lock is already held
            other = sqlite3.connect(str(path), timeout=0)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            other.close()
