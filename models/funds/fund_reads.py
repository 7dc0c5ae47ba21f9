"""Reading a club's funds: the funds, balances, the ledger with running balances, movements.

Everything here reads; writes go through models/funds/funds.py, which imports these reads (and
offers them under its own name too, so a page asks one module for a fund's money). The
functions without an access check (`*_unchecked`) are for the write services, which have
checked access already and read inside their own transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from models.accounts import access
from models.errors import NotFound
from models.storage.db import database
from models.storage.schema import ClosedPeriod, Fund, LedgerEntry, Person

FUND_KINDS = ("income", "activity", "home_care", "golden_heart", "other")


@dataclass(slots=True)
class LedgerLine:
    """One ledger row with the running balance after it."""

    entry_id: int
    date: dt.date
    kind: str
    number: int
    category: str
    counterparty: str
    description: str
    receipt: int
    payment: int
    balance: int
    reverses_id: int | None


@dataclass
class Ledger:
    """A period of a fund's ledger: opening balance, rows, closing balance."""

    opening: int
    lines: list[LedgerLine]
    closing: int


@dataclass
class Movements:
    """Receipts and payments by category; a reversal counts against its original's side."""

    opening: int
    receipts: dict[str, int] = field(default_factory=dict)
    payments: dict[str, int] = field(default_factory=dict)
    closing: int = 0


def _signed() -> pw.Expression:
    return pw.Case(None, [(LedgerEntry.kind == "receipt", LedgerEntry.amount)],
                   LedgerEntry.amount * -1)


def _fund_row(fund_id: int) -> Fund:
    fund = Fund.get_or_none(Fund.id == fund_id)
    if fund is None:
        raise NotFound("fund", fund_id)
    return fund


def checked_fund(fund_id: int, action: str) -> Fund:
    """The fund, once the signed-in user may do `action` in its club's ward."""
    fund = _fund_row(fund_id)
    access.require_club(fund.club_id, action, missing=("fund", fund_id))
    return fund


def visible_fund(fund_id: object) -> Fund | None:
    """The fund when it exists in the user's unit; None otherwise (another unit's fund is
    answered as a missing one)."""
    fund = Fund.get_or_none(Fund.id == fund_id) if isinstance(fund_id, int) else None
    if fund is None or not access.in_unit(fund.club.ward_code):
        return None
    return fund


def get_fund(fund_id: int) -> Fund:
    """A fund the signed-in user may read (NotFound if there is none)."""
    return checked_fund(fund_id, "read")


def funds_of(club_id: int) -> list[Fund]:
    """The club's funds, in the order of FUND_KINDS then opening."""
    access.require_club(club_id, "read")
    return funds_of_unchecked(club_id)


def funds_of_unchecked(club_id: int) -> list[Fund]:
    """funds_of without the access check (for services that checked it)."""
    order = {k: i for i, k in enumerate(FUND_KINDS)}
    found = list(Fund.select().where(Fund.club == club_id))
    return sorted(found, key=lambda f: (order.get(f.kind, 99), f.opened_on, f.id))



# --- Reading ---------------------------------------------------------------------------------


def balance(fund_id: int, on: dt.date) -> int:
    """The fund's balance at the end of day `on`."""
    checked_fund(fund_id, "read")
    return balance_unchecked(fund_id, on)


def balance_unchecked(fund_id: int, on: dt.date) -> int:
    """balance without the access check (for services that checked it)."""
    total = (LedgerEntry.select(pw.fn.SUM(_signed()))
             .where((LedgerEntry.fund == fund_id) & (LedgerEntry.date <= on)).scalar())
    return int(total or 0)


def ledger(fund_id: int, start: dt.date, end: dt.date) -> Ledger:
    """Every entry from `start` to `end` in (date, id) order with its running balance."""
    checked_fund(fund_id, "read")
    opening = balance_unchecked(fund_id, start - dt.timedelta(days=1))
    rows = (LedgerEntry
            .select(LedgerEntry.id, LedgerEntry.date, LedgerEntry.kind, LedgerEntry.number,
                    LedgerEntry.category, LedgerEntry.party, Person.full_name,
                    LedgerEntry.description, LedgerEntry.amount, LedgerEntry.reverses)
            .join(Person, pw.JOIN.LEFT_OUTER, on=(LedgerEntry.person == Person.id))
            .where((LedgerEntry.fund == fund_id) & (LedgerEntry.date >= start)
                   & (LedgerEntry.date <= end))
            .order_by(LedgerEntry.date, LedgerEntry.id))
    lines = []
    running = opening
    # The raw cursor skips peewee's per-row conversion, which costs more than the query on a
    # long ledger; SQLite hands dates back as ISO text, PostgreSQL as dates.
    cursor = database.execute(rows)
    for eid, date, kind, number, category, party, person, desc, amount, rev in cursor:
        receipt = amount if kind == "receipt" else 0
        payment = amount - receipt
        running += receipt - payment
        lines.append(LedgerLine(eid, date if isinstance(date, dt.date) else _iso(date), kind,
                                number, category, person or party, desc, receipt, payment,
                                running, rev))
    return Ledger(opening, lines, running)


def _iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def movements(fund_id: int, start: dt.date, end: dt.date) -> Movements:
    """Receipts and payments by category over a period, reversals netted in."""
    checked_fund(fund_id, "read")
    result = Movements(opening=balance_unchecked(fund_id, start - dt.timedelta(days=1)))
    rows = (LedgerEntry
            .select(LedgerEntry.kind, LedgerEntry.category, LedgerEntry.reverses.is_null(),
                    pw.fn.SUM(LedgerEntry.amount))
            .where((LedgerEntry.fund == fund_id) & (LedgerEntry.date >= start)
                   & (LedgerEntry.date <= end))
            .group_by(LedgerEntry.kind, LedgerEntry.category, LedgerEntry.reverses.is_null())
            .tuples())
    for kind, category, original, total in rows:
        total = int(total)
        if not original:
            # a reversing payment undoes a receipt: it lowers that receipt's category
            kind, total = ("payment" if kind == "receipt" else "receipt"), -total
        side = result.receipts if kind == "receipt" else result.payments
        side[category] = side.get(category, 0) + total
    result.closing = (result.opening + sum(result.receipts.values())
                      - sum(result.payments.values()))
    return result


def period_closed(fund: Fund, on: dt.date) -> ClosedPeriod | None:
    """The closing that covers this date for this fund (its own or its club's), if any."""
    access.require_club(fund.club_id, "read")
    return period_closed_unchecked(fund, on)


def period_closed_unchecked(fund: Fund, on: dt.date) -> ClosedPeriod | None:
    """period_closed without the access check (for services that checked it)."""
    found = list(ClosedPeriod.select()
                 .where(((ClosedPeriod.fund == fund.id) | (ClosedPeriod.club == fund.club_id))
                        & (ClosedPeriod.year == on.year)
                        & (ClosedPeriod.month.is_null() | (ClosedPeriod.month == on.month))))
    # a whole-year closing says more than a month's, so it is the one reported
    found.sort(key=lambda c: (c.month is not None, c.id))
    return found[0] if found else None


def lowest_balance_from(fund_id: int, on: dt.date) -> tuple[int, dt.date]:
    """The lowest running balance from the end of day `on` onwards, and its date.

    A new entry dated `on` sorts after that day's existing entries, so the balances that
    matter are the end of `on` and every running balance after it."""
    checked_fund(fund_id, "read")
    return lowest_balance_unchecked(fund_id, on)


def lowest_balance_unchecked(fund_id: int, on: dt.date) -> tuple[int, dt.date]:
    """lowest_balance_from without the access check (for services that checked it)."""
    low = balance_unchecked(fund_id, on)
    low_date = on
    running = low
    rows = (LedgerEntry.select(LedgerEntry.date, _signed())
            .where((LedgerEntry.fund == fund_id) & (LedgerEntry.date > on))
            .order_by(LedgerEntry.date, LedgerEntry.id))
    for date, signed in database.execute(rows):  # raw rows: see ledger()
        running += signed
        if running < low:
            low, low_date = running, date
    return low, (low_date if isinstance(low_date, dt.date) else _iso(low_date))
