"""The commune's fund and loan figures over 100 clubs with their demo money.

A 100-club demo commune (about 3,500 loans, 20,000 repayments, 45,000 ledger entries) is
built once with the real `demo` command, cached beside the 1,000-club one under the same
fingerprint. commune_figures for a year is timed against its budget (300 ms on SQLite) and
set beside raw sqlite3 running the same aggregate queries and fetching every row, so the ratio
says what peewee and the Python that turns rows into figures cost. The 1,000-club commune
of the other benchmarks is timed too, for information.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from models.loans.loan_figures import commune_figures
from tests.perf.bench import print_table, repeat_ms
from tests.perf.conftest import SEED, _fingerprint, bench_dir, build_demo

CLUBS = 100
BUDGET_MS = 300.0
WARD = 1840
START, END = dt.date(2025, 7, 1), dt.date(2026, 6, 30)

CLUBS_SQL = """SELECT c.id FROM club c WHERE c.ward_code = :ward AND EXISTS (
    SELECT 1 FROM fund f WHERE f.club_id = c.id AND f.opened_on <= :end)"""
LOANS_SQL = f"""SELECT id FROM loan WHERE club_id IN ({CLUBS_SQL}) AND disbursed_on <= :end
    AND NOT (status IN ('repaid', 'written_off') AND closed_on IS NOT NULL
             AND closed_on < :start)"""
RAW = [
    CLUBS_SQL.replace("SELECT c.id", "SELECT c.id, c.code, c.name") + " ORDER BY c.code",
    f"SELECT club_id, kind FROM fund WHERE club_id IN ({CLUBS_SQL})",
    f"""SELECT f.club_id, f.kind, e.kind, e.category, e.reverses_id IS NULL,
           SUM(CASE WHEN e.date < :start THEN e.amount ELSE 0 END),
           SUM(CASE WHEN e.date < :start THEN 0 ELSE e.amount END)
        FROM ledger_entry e JOIN fund f ON f.id = e.fund_id
        WHERE f.club_id IN ({CLUBS_SQL}) AND e.date <= :end
        GROUP BY f.club_id, f.kind, e.kind, e.category, e.reverses_id IS NULL""",
    f"""SELECT club_id, COUNT(id) FROM membership WHERE club_id IN ({CLUBS_SQL})
        AND joined_on <= :end AND (left_on IS NULL OR left_on > :end) GROUP BY club_id""",
    f"""SELECT id, club_id, person_id, principal, disbursed_on, status, closed_on,
           income_improved FROM loan WHERE id IN ({LOANS_SQL})""",
    f"""SELECT loan_id, SUM(CASE WHEN date < :start THEN principal ELSE 0 END),
           SUM(CASE WHEN date < :start THEN interest ELSE 0 END),
           SUM(CASE WHEN date < :start THEN 0 ELSE principal END),
           SUM(CASE WHEN date < :start THEN 0 ELSE interest END)
        FROM loan_repayment WHERE loan_id IN ({LOANS_SQL}) AND date <= :end
        GROUP BY loan_id""",
    f"""SELECT loan_id, seq, due_on, principal, interest FROM loan_installment
        WHERE loan_id IN ({LOANS_SQL}) ORDER BY loan_id, seq""",
]


@pytest.fixture(scope="module")
def hundred_clubs() -> Path:
    """The 100-club demo commune, built on first use and cached like the 1,000-club one."""
    final = bench_dir() / f"demo-{CLUBS}-seed{SEED}-{_fingerprint()}.sqlite3"
    if not final.exists():
        partial = final.with_suffix(".building")
        for leftover in partial.parent.glob(partial.name + "*"):
            leftover.unlink()
        build_demo(partial, CLUBS)
        con = sqlite3.connect(partial)
        con.execute("PRAGMA journal_mode=DELETE")  # fold the WAL in before the rename
        con.close()
        os.replace(partial, final)
    return final


@pytest.fixture
def open_db(tmp_path, monkeypatch):
    from models.accounts.session import set_actor
    from models.storage import db as dbmod
    from models.storage.migrations import open_database

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("bench")
    yield lambda path: open_database(str(path))
    dbmod.close()


def raw_figures(path: Path) -> tuple[int, int, int]:
    """The same queries through sqlite3, every row fetched; returns (clubs, members at the
    end, outstanding principal at the end) to hold the two sides equal."""
    params = {"ward": WARD, "start": START.isoformat(), "end": END.isoformat()}
    con = sqlite3.connect(path)
    try:
        results = [con.execute(sql, params).fetchall() for sql in RAW]
    finally:
        con.close()
    clubs, _, _, members, loans, paid, _ = results
    repaid = {row[0]: row[1] + row[3] for row in paid}
    outstanding = sum(
        principal - repaid.get(loan_id, 0)
        for loan_id, _, _, principal, _, status, closed_on, _ in loans
        if not (status in ("repaid", "written_off") and closed_on and closed_on <= params["end"]))
    return len(clubs), sum(n for _, n in members), outstanding


def test_commune_figures_over_100_clubs(hundred_clubs, open_db):
    open_db(hundred_clubs)
    figures = commune_figures(WARD, START, END)
    clubs, members, outstanding = raw_figures(hundred_clubs)
    total = figures.total.loans
    assert len(figures.per_club) == clubs >= 85  # the others founded later or planned
    assert total.members == members and total.outstanding_amount == outstanding > 0
    assert total.disbursed > 500 and 0.8 < total.repayment_rate < 1.0
    assert 0 < total.par30_ratio < 0.2 and 0.15 < total.borrower_share < 0.7

    ours = repeat_ms("commune_figures, 100 clubs", lambda: commune_figures(WARD, START, END))
    raw = repeat_ms("raw", lambda: raw_figures(hundred_clubs))
    print_table(
        f"Commune figures {START:%d/%m/%Y}–{END:%d/%m/%Y}, {clubs} clubs, "
        f"{total.disbursed:,} loans disbursed in the period (ms)",
        ["operation", "median", "max", "raw sqlite3 median", "ratio"],
        [[ours.label, ours.median, ours.worst, raw.median, f"{ours.median / raw.median:.2f}x"]])
    print(f"borrowers {total.borrowers:,} of {total.members:,} members "
          f"({total.borrower_share:.0%}), outstanding {total.outstanding_amount:,} đ, "
          f"PAR30 {total.par30_ratio:.1%}, repayment rate {total.repayment_rate:.1%}, "
          f"income improved {total.income_improved_share:.0%}")
    assert ours.median <= BUDGET_MS, f"commune figures took {ours.median:.1f} ms"


def test_commune_figures_of_the_1000_club_commune(demo_db_path, open_db):
    """For information: the same figures for the 1,000 clubs of the other benchmarks."""
    open_db(demo_db_path)
    total = commune_figures(WARD, START, END).total.loans
    clubs, members, outstanding = raw_figures(demo_db_path)
    assert total.members == members and total.outstanding_amount == outstanding > 0
    ours = repeat_ms(f"commune_figures, {clubs} clubs",
                     lambda: commune_figures(WARD, START, END), repeats=3)
    raw = repeat_ms("raw", lambda: raw_figures(demo_db_path), repeats=3)
    print_table("Commune figures of the 1,000-club commune (ms; no budget, for information)",
                ["operation", "median", "max", "raw sqlite3 median", "ratio"],
                [[ours.label, ours.median, ours.worst, raw.median,
                  f"{ours.median / raw.median:.2f}x"]])
