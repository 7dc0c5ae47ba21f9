"""One fund with 20,000 entries: its ledger with running balances, and its balance.

The fund is built in a SQLite file the way the program opens one (WAL, pragmas), with about
five years of receipts and payments (ten or so a day) that never take it below zero. Each
figure is set beside raw sqlite3 reading and summing the same rows in the same order, so the
ratio says what our layers cost whatever the machine. Budget: 200 ms for the ledger and for
the balance. A back-dated payment, which must check every later balance, is timed
too.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

from models.funds import funds
from tests.perf.bench import print_table, repeat_ms

ENTRIES = 20_000
BUDGET_MS = 200.0
START = dt.date(2021, 1, 1)
END = dt.date(2025, 12, 31)
TODAY = dt.date(2026, 11, 20)

RAW_LEDGER = """
SELECT e.id, e.date, e.kind, e.number, e.category, COALESCE(p.full_name, e.party),
       e.description, e.amount
FROM ledger_entry e LEFT JOIN person p ON p.id = e.person_id
WHERE e.fund_id = ? AND e.date >= ? AND e.date <= ?
ORDER BY e.date, e.id
"""
RAW_BALANCE = """
SELECT SUM(CASE WHEN kind = 'receipt' THEN amount ELSE -amount END)
FROM ledger_entry WHERE fund_id = ? AND date <= ?
"""


@pytest.fixture
def big_fund(tmp_path, monkeypatch):
    """A SQLite file with one club whose income fund holds ENTRIES entries."""
    from models.accounts.session import set_actor
    from models.clubs.clubs import ClubInput, create_club
    from models.storage import db as dbmod
    from models.storage.migrations import open_database
    from models.storage.schema import LedgerEntry, now

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("bench")
    path = tmp_path / "ledger.sqlite3"
    database = open_database(str(path))
    club = create_club(ClubInput(code="BIG01", name="CLB thử tải", ward_code=1840))
    fund = funds.open_default_funds(club.id, START)[0]
    rng = random.Random(5)
    days = (END - START).days
    dates = sorted(START + dt.timedelta(days=rng.randrange(days + 1)) for _ in range(ENTRIES))
    rows, balance, numbers = [], 0, {}
    for on in dates:
        # mostly receipts early on, then payments whenever the fund can afford them
        kind = "payment" if balance > 2_000_000 and rng.random() < 0.45 else "receipt"
        amount = rng.randrange(10, 1000) * 1000
        if kind == "payment":
            amount = min(amount, balance)
        balance += amount if kind == "receipt" else -amount
        key = (kind, on.year)
        numbers[key] = numbers.get(key, 0) + 1
        rows.append(dict(fund=fund.id, kind=kind, date=on, year=on.year, number=numbers[key],
                         party="Bà Hoàng Thị Lan", description="Khoản thu chi thử",
                         category="other", amount=amount, posted_by="bench",
                         posted_at=now()))
    with database.atomic():
        for start in range(0, len(rows), 500):
            LedgerEntry.insert_many(rows[start:start + 500]).execute()
    yield database, path, fund, balance
    dbmod.close()


def raw_ledger(path: str, fund_id: int) -> tuple[int, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        opening = con.execute(RAW_BALANCE, (fund_id, (START - dt.timedelta(days=1))
                                            .isoformat())).fetchone()[0] or 0
        lines, running = [], opening
        for row in con.execute(RAW_LEDGER, (fund_id, START.isoformat(), END.isoformat())):
            running += row[7] if row[2] == "receipt" else -row[7]
            lines.append((*row, running))
        return running, lines
    finally:
        con.close()


def raw_balance(path: str, fund_id: int) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(RAW_BALANCE, (fund_id, END.isoformat())).fetchone()[0]
    finally:
        con.close()


def test_ledger_and_balance_of_a_big_fund(big_fund):
    database, path, fund, expected = big_fund
    book = funds.ledger(fund.id, START, END)
    closing, raw_lines = raw_ledger(str(path), fund.id)
    assert len(book.lines) == len(raw_lines) == ENTRIES
    assert book.closing == closing == expected == funds.balance(fund.id, END)
    assert [ln.balance for ln in book.lines] == [r[-1] for r in raw_lines]
    assert min(ln.balance for ln in book.lines) >= 0

    ledger_t = repeat_ms("ledger (all 20,000 lines)", lambda: funds.ledger(fund.id, START, END))
    raw_ledger_t = repeat_ms("raw", lambda: raw_ledger(str(path), fund.id))
    balance_t = repeat_ms("balance at a date", lambda: funds.balance(fund.id, END))
    raw_balance_t = repeat_ms("raw", lambda: raw_balance(str(path), fund.id))
    # a payment dated at the start must not take any of the 20,000 later balances below zero
    back_dated = funds.EntryInput(fund_id=fund.id, kind="payment", date=START, amount=1000,
                                  category="other", party="Bà Hoàng Thị Lan")
    check_t = repeat_ms("check a back-dated payment",
                        lambda: funds.check_entry(back_dated, today=TODAY))
    print_table(
        f"One fund with {ENTRIES:,} entries (ms)",
        ["operation", "median", "max", "raw sqlite3 median", "ratio"],
        [[t.label, t.median, t.worst, r.median, f"{t.median / r.median:.2f}x"]
         for t, r in ((ledger_t, raw_ledger_t), (balance_t, raw_balance_t))]
        + [[check_t.label, check_t.median, check_t.worst, "", ""]],
    )
    assert ledger_t.median <= BUDGET_MS, f"ledger took {ledger_t.median:.1f} ms"
    assert balance_t.median <= BUDGET_MS, f"balance took {balance_t.median:.1f} ms"
    assert check_t.median <= BUDGET_MS, f"back-dated check took {check_t.median:.1f} ms"
