"""SIGKILL at random moments while the program writes: voucher posting, loan repayment,
restore of a backup, migration of a version-1 file. 25 kills each, 100 in all.

Afterwards nothing is corrupt (integrity_check ok, `check` clean), nothing is partial (a
voucher is there with its audit row or not at all; a repayment with its receipts; a restore
left fully the data before or fully the backup; a migration left either the old version
intact or the new one complete, with a complete copy of the old file beside it) and every
write a child acknowledged is there. Children are forked (tests/domain/forked.py) so a
hundred kills take seconds.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import random
import sqlite3
import time
from pathlib import Path

import pytest

from models.accounts.session import set_actor
from models.storage import db as dbmod
from models.storage.integrity import run_checks
from models.storage.migrations import LATEST_VERSION
from models.storage.schema import AuditLog, Fund, LedgerEntry, Loan, LoanRepayment
from tests.domain.demo_helpers import demo_office_file
from tests.domain.forked import Child, fork

pytestmark = [pytest.mark.sqlite_only,
              pytest.mark.skipif(not hasattr(os, "fork"), reason="forks writer processes")]
KILLS = 25  # per kind of write
TODAY = dt.date(2026, 11, 20)
V1 = Path(__file__).parent.parent / "data" / "schema_v1_demo.sqlite3.gz"
DATA_TABLES = ("person", "membership", "fund", "ledger_entry", "loan", "loan_repayment")


@pytest.fixture
def office(tmp_path, monkeypatch):
    yield from demo_office_file(tmp_path / "office.sqlite3", monkeypatch)


def _open(path: Path):  # type: ignore[no-untyped-def]
    database = dbmod.bind(dbmod.make_database(str(path)))
    database.connect()
    return database


def _raw_sound(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def _kill_at_random(work, rng: random.Random, window: tuple[float, float]) -> Child:
    """Fork `work`, wait until it is ready, let it write for a random moment, SIGKILL it."""
    child = fork(work)
    child.wait_line("READY")
    time.sleep(rng.uniform(*window))
    child.kill()
    child.finish()
    errors = [ln for ln in child.lines if ln.startswith("ERROR")]
    assert not errors, "\n".join(errors)
    return child


def _kill_writes(path: Path, make_work, seed: int) -> tuple[int, list[int]]:
    """KILLS children, each writing with make_work(path, round) until killed at random; the
    file is sound afterwards. The number of kills and the ids the children acknowledged."""
    rng = random.Random(seed)
    acked: list[int] = []
    kills = 0
    for r in range(KILLS):
        child = _kill_at_random(make_work(path, r), rng, (0.02, 0.25))
        kills += child.killed
        acked += [int(a[0]) for a in child.acked()]
    _raw_sound(path)
    return kills, acked


def _report(capsys, what: str, kills: int, acked: int) -> None:
    with capsys.disabled():
        print(f"\nkill test, {what}: {kills} kills, {acked} acknowledged writes, "
              "0 corrupt, 0 partial, 0 lost")


# --- Voucher posting --------------------------------------------------------------------------


def _post_vouchers(path: Path, seed: int):
    def work(say):
        from models.funds.funds import EntryInput, post_entry

        set_actor("kill-vouchers")
        _open(path)
        funds = [f.id for f in Fund.select().order_by(Fund.id)]
        say("READY")
        i = seed * 10_000
        while True:
            payment = i % 4 == 3
            entry = post_entry(EntryInput(
                fund_id=funds[i % len(funds)], kind="payment" if payment else "receipt",
                date=TODAY, amount=1000 + i % 700, category="other" if payment else "donation",
                party="Người thử", description=f"Phiếu {i}"), today=TODAY)
            say(f"OK {entry.id}")
            i += 1

    return work


def test_killed_voucher_posting_leaves_whole_vouchers(office, capsys):
    kills, acked = _kill_writes(office, _post_vouchers, 101)
    database = _open(office)
    try:
        assert run_checks() == []
        ids = {e.id for e in LedgerEntry.select(LedgerEntry.id)}
        assert set(acked) <= ids
        audited = {int(a.entity_id) for a in AuditLog.select(AuditLog.entity_id).where(
            AuditLog.entity == "ledger_entry")}
        assert ids <= audited and audited <= ids  # no voucher without audit, nor the reverse
    finally:
        database.close()
    _report(capsys, "voucher posting", kills, len(acked))
    assert kills == KILLS and len(acked) > KILLS


# --- Loan repayment ---------------------------------------------------------------------------


def _repay_loans(path: Path, seed: int):
    def work(say):
        from models.loans.loans import RepaymentInput, repay

        set_actor("kill-repay")
        _open(path)
        loans = [ln.id for ln in Loan.select().where((Loan.status == "current")
                                                     & (Loan.rate_bp > 0)).order_by(Loan.id)]
        assert loans
        say("READY")
        i = seed * 10_000
        while True:
            row = repay(RepaymentInput(loan_id=loans[i % len(loans)], date=TODAY,
                                       principal=1000, interest=100 * (i % 2)), today=TODAY)
            say(f"OK {row.id}")
            i += 1

    return work


def test_killed_loan_repayment_leaves_repayments_with_their_receipts(office, capsys):
    kills, acked = _kill_writes(office, _repay_loans, 202)
    database = _open(office)
    try:
        assert run_checks() == []
        rows = {r.id: r for r in LoanRepayment.select()}
        assert set(acked) <= set(rows)
        audited = {(a.entity, int(a.entity_id)) for a in AuditLog.select().where(
            AuditLog.entity.in_(["loan_repayment", "ledger_entry"]))}
        entries = {e.id: e for e in LedgerEntry.select()}
        for row in rows.values():
            assert ("loan_repayment", row.id) in audited
            for amount, entry_id, category in (
                    (row.principal, row.principal_entry_id, "loan_repayment"),
                    (row.interest, row.interest_entry_id, "loan_interest")):
                # goods handed back go to the in-kind register, never to the cash book
                if row.reverses_id is None and amount and row.form != "in_kind":
                    entry = entries[entry_id]
                    assert (entry.amount, entry.category) == (amount, category)
                    assert ("ledger_entry", entry_id) in audited
        repaid = set(LedgerEntry.select(LedgerEntry.id).where(
            LedgerEntry.category.in_(["loan_repayment", "loan_interest"])).tuples())
        linked = {(r.principal_entry_id,) for r in rows.values()} | {
            (r.interest_entry_id,) for r in rows.values()}
        assert repaid <= linked  # no repayment receipt without its repayment
    finally:
        database.close()
    _report(capsys, "loan repayment", kills, len(acked))
    assert kills == KILLS and len(acked) > KILLS


# --- Restore of a backup ----------------------------------------------------------------------


def _fingerprint(path: Path) -> str:
    """A digest of the data tables (not the audit log, which a restore itself writes)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for table in DATA_TABLES:
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY id'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        con.close()


def _restore_in_turn(path: Path, backups: dict[str, Path], first: int):
    order = sorted(backups)

    def work(say):
        from models.storage.restore import restore_from

        set_actor("kill-restore")
        _open(path)
        say("READY")
        i = first
        while True:
            name = order[i % len(order)]
            say(f"START {name}")
            restore_from(backups[name])
            say(f"OK {name}")
            i += 1

    return work


def test_killed_restore_leaves_the_old_or_the_new_data(office, tmp_path, capsys):
    from models.funds.funds import EntryInput, post_entry
    from models.storage.backup import backup_to, live_state

    database = _open(office)
    fund = Fund.select().order_by(Fund.id).first().id
    backups: dict[str, Path] = {}
    for name in ("A", "B", "live"):  # three different states of the data
        for i in range(10):
            post_entry(EntryInput(fund_id=fund, kind="receipt", date=TODAY, amount=5000 + i,
                                  category="donation", party=f"Nhà hảo tâm {name}"), today=TODAY)
        if name != "live":
            backups[name] = backup_to(tmp_path / f"backup-{name}.sqlite3")
    database.close()
    prints = {name: _fingerprint(p) for name, p in backups.items()}
    assert len({*prints.values(), _fingerprint(office)}) == 3
    rng = random.Random(303)
    state, kills, acked, midway = _fingerprint(office), 0, 0, 0
    for r in range(KILLS):
        child = _kill_at_random(_restore_in_turn(office, backups, r), rng, (0.03, 0.3))
        kills += child.killed
        done = [a[0] for a in child.acked()]
        started = [a[0] for a in child.acked("START")]
        acked += len(done)
        # Fully one state: the last acknowledged restore, or the one that was under way.
        allowed = {prints[done[-1]] if done else state}
        if len(started) > len(done):
            allowed.add(prints[started[-1]])
            midway += 1
        _raw_sound(office)
        assert live_state(office) == "ok"
        state = _fingerprint(office)
        assert state in allowed, f"round {r}: a mix of two states"
    database = _open(office)
    try:
        assert run_checks() == []
    finally:
        database.close()
    _report(capsys, f"restore ({midway} kills during a restore)", kills, acked)
    assert kills == KILLS and acked > 0


# --- Migration of a version-1 file ------------------------------------------------------------


def _counts(path: Path) -> tuple[int, dict[str, int]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'schema_version'")]
        version = con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
        return version, {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
                         for t in tables}
    finally:
        con.close()


def _migrate(path: Path):
    def work(say):
        from models.storage.migrations import open_database

        set_actor("kill-migrate")
        say("READY")
        open_database(str(path)).close()
        say("OK migrated")

    return work


def test_killed_migration_leaves_the_old_version_or_the_new_one(tmp_path, monkeypatch, capsys):
    from models.storage.migrations import open_database

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    v1 = gzip.decompress(V1.read_bytes())
    original = tmp_path / "original.sqlite3"
    original.write_bytes(v1)
    version, before = _counts(original)
    assert version == 1 and before["person"] > 100
    # How long one migration takes here and now: the kills fall within that stretch.
    (tmp_path / "calibrate").mkdir()
    (tmp_path / "calibrate" / "office.sqlite3").write_bytes(v1)
    child = fork(_migrate(tmp_path / "calibrate" / "office.sqlite3"))
    child.wait_line("READY")
    started = time.monotonic()
    child.wait_line("OK migrated")
    took = time.monotonic() - started
    child.finish()
    rng = random.Random(404)
    kills = attempts = acked = old = new = cut = 0
    while kills < KILLS:
        attempts += 1
        assert attempts < 4 * KILLS, "the migration ends before the kill too often"
        folder = tmp_path / f"round{attempts}"
        folder.mkdir()
        path = folder / "office.sqlite3"
        path.write_bytes(v1)
        child = _kill_at_random(_migrate(path), rng, (0.0, 1.15 * took))
        kills += child.killed
        if not child.killed:
            took *= 0.8  # the calibration ran slow: aim earlier
        acked += len(child.acked())
        _raw_sound(path)
        version, counts = _counts(path)
        copies = list(folder.glob("office.before-v*.sqlite3"))
        cut += bool(list(folder.glob("*.part")))
        for copy in copies:  # a copy carries its name only when complete
            _raw_sound(copy)
            assert _counts(copy) == (1, before)
        if version == 1:
            assert counts == before and not child.acked()
            old += 1
        else:
            assert version == LATEST_VERSION and copies
            # every row kept; the settings gain the database's id (its backup series)
            assert {t: counts[t] for t in before if t != "setting"} == \
                {t: n for t, n in before.items() if t != "setting"}
            assert counts["setting"] in (before["setting"], before["setting"] + 1)
            new += 1
        # The program's own path on the next start: open (and finish migrating) the file.
        database = open_database(str(path))
        try:
            assert _counts(path)[0] == LATEST_VERSION
            after = _counts(path)[1]
            assert {t: after[t] for t in before if t != "setting"} == \
                {t: n for t, n in before.items() if t != "setting"}
            assert run_checks() == []
        finally:
            database.close()
    _report(capsys, f"migration ({old} left at version 1, {cut} of them with the copy cut "
            f"short; {new} at {LATEST_VERSION}; {attempts - kills} ended before the kill)",
            kills, acked)
