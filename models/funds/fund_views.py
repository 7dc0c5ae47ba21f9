"""Read-only views of the funds for the funds page and its dialogs.

Everything here reads; writes go through models/funds/funds.py. The ledger view keeps the book's
running balance on every line, so filtering the table hides lines but never changes a
balance, and it carries the reversal links both ways for the markers in the table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import peewee as pw

from models.accounts import access
from models.errors import NotFound
from models.funds.fund_reads import balance, funds_of, get_fund
from models.storage.db import database
from models.storage.schema import (
    CashCount,
    ClosedPeriod,
    Club,
    Fund,
    LedgerEntry,
    Membership,
    Person,
)
from models.text.vietnamese import fold

VOUCHER_PREFIX = {"receipt": "PT", "payment": "PC"}


def voucher_code(kind: str, year: int, number: int) -> str:
    """"PT-2026/012": how a voucher is named, on screen and on every printed paper (receipt
    12 of 2026); the arguments come in the order the code reads."""
    return f"{VOUCHER_PREFIX.get(kind, '?')}-{year}/{number:03d}"


def _as_date(value: object) -> dt.date:
    # SQLite hands dates back as ISO text through a raw cursor, PostgreSQL as dates.
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# --- Clubs and their funds -------------------------------------------------------------------


@dataclass(frozen=True)
class ClubChoice:
    club_id: int
    code: str
    name: str
    status: str
    total_balance: int  # every fund of the club, at the end of the day asked for
    fund_count: int
    ward_code: int = 0

    @property
    def search_text(self) -> str:
        """Folded code and name: what the club chooser matches typed words against."""
        return f"{fold(self.code)} {fold(self.name)}"


def club_choices(on: dt.date) -> list[ClubChoice]:
    """The clubs the signed-in user may read, by code, with the sum of their funds on `on`."""
    access.require("read")
    signed = pw.Case(None, [(LedgerEntry.kind == "receipt", LedgerEntry.amount)],
                     LedgerEntry.amount * -1)
    totals = dict(
        LedgerEntry.select(Fund.club, pw.fn.SUM(signed))
         .join(Fund, on=(LedgerEntry.fund == Fund.id))
         .where(LedgerEntry.date <= on).group_by(Fund.club).tuples())
    counts = dict(Fund.select(Fund.club, pw.fn.COUNT(Fund.id)).group_by(Fund.club).tuples())
    query = access.scoped(Club.select(Club.id, Club.code, Club.name, Club.status, Club.ward)
                          .order_by(Club.code), Club.ward)
    return [ClubChoice(c.id, c.code, c.name, c.status, int(totals.get(c.id) or 0),
                       int(counts.get(c.id) or 0), c.ward_code) for c in query]


@dataclass(frozen=True)
class FundSummary:
    fund_id: int
    kind: str
    name: str
    opened_on: dt.date
    closed_on: dt.date | None
    balance: int  # at the end of the day asked for


def fund_summaries(club_id: int, on: dt.date) -> list[FundSummary]:
    """The club's funds (FUND_KINDS order) with their balance at the end of day `on`."""
    access.require_club(club_id, "read")
    return [FundSummary(f.id, f.kind, f.name, f.opened_on, f.closed_on, balance(f.id, on))
            for f in funds_of(club_id)]


def fund_club_id(fund_id: int) -> int:
    """The club a fund belongs to (NotFound if there is no such fund)."""
    return get_fund(fund_id).club_id


# --- The ledger ------------------------------------------------------------------------------


@dataclass(slots=True)
class LedgerRow:
    entry_id: int
    date: dt.date
    kind: str
    number: int
    year: int
    category: str
    counterparty: str
    description: str
    receipt: int
    payment: int
    balance: int  # the book's running balance after this line
    reverses_id: int | None  # this line reverses that entry …
    reverses_code: str  # … named like "PT-2026/012"
    reversed_by_id: int | None  # this line was reversed by that entry …
    reversed_by_code: str
    reason: str  # the reversal's reason (on the reversing line)

    @property
    def code(self) -> str:
        return voucher_code(self.kind, self.year, self.number)


@dataclass
class LedgerView:
    fund_id: int
    start: dt.date
    end: dt.date
    opening: int
    receipts: int  # every receipt of the period, reversing receipts included, as the book adds
    payments: int
    closing: int
    rows: list[LedgerRow]


def ledger_view(fund_id: int, start: dt.date, end: dt.date) -> LedgerView:
    """Every entry of the fund from `start` to `end` in (date, id) order, with the running
    balance and the reversal links; totals are the book's (opening + receipts - payments)."""
    fund = get_fund(fund_id)
    access.require_club(fund.club_id, "read", missing=("fund", fund_id))
    opening = balance(fund_id, start - dt.timedelta(days=1))
    # Reversals are few: read every pair of the fund once instead of joining the ledger to
    # itself twice, which would cost more than the rest of the read on a long book.
    orig = LedgerEntry.alias("orig")
    pairs = (LedgerEntry
             .select(LedgerEntry.id, LedgerEntry.kind, LedgerEntry.number, LedgerEntry.year,
                     orig.id, orig.kind, orig.number, orig.year)
             .join(orig, on=(LedgerEntry.reverses == orig.id))
             .where(LedgerEntry.fund == fund_id).tuples())
    code_of: dict[int, str] = {}
    reversed_by: dict[int, int] = {}
    for r_id, r_kind, r_number, r_year, o_id, o_kind, o_number, o_year in pairs:
        code_of[r_id] = voucher_code(r_kind, r_year, r_number)
        code_of[o_id] = voucher_code(o_kind, o_year, o_number)
        reversed_by[o_id] = r_id
    query = (LedgerEntry
             .select(LedgerEntry.id, LedgerEntry.date, LedgerEntry.kind, LedgerEntry.number,
                     LedgerEntry.year, LedgerEntry.category, LedgerEntry.party,
                     Person.full_name, LedgerEntry.description, LedgerEntry.amount,
                     LedgerEntry.reverses, LedgerEntry.reversal_reason)
             .join(Person, pw.JOIN.LEFT_OUTER, on=(LedgerEntry.person == Person.id))
             .where((LedgerEntry.fund == fund_id) & (LedgerEntry.date >= start)
                    & (LedgerEntry.date <= end))
             .order_by(LedgerEntry.date, LedgerEntry.id))
    rows: list[LedgerRow] = []
    running = opening
    receipts = payments = 0
    dates: dict[object, dt.date] = {}  # a day has many entries: convert each day once
    # The raw cursor skips peewee's per-row model building, the costly part of a long book.
    for (eid, date, kind, number, year, category, party, person, desc, amount, rev_of,
         reason) in database.execute(query):
        if kind == "receipt":
            receipt, payment = amount, 0
            receipts += amount
        else:
            receipt, payment = 0, amount
            payments += amount
        running += receipt - payment
        day = dates.get(date)
        if day is None:
            day = dates[date] = _as_date(date)
        by = reversed_by.get(eid)
        rows.append(LedgerRow(
            eid, day, kind, number, year, category, person or party, desc or "",
            receipt, payment, running, rev_of,
            code_of.get(rev_of, "") if rev_of is not None else "", by,
            code_of.get(by, "") if by is not None else "", reason or ""))
    return LedgerView(fund_id, start, end, opening, receipts, payments, running, rows)


def _fold_table() -> dict[int, str | None]:
    """Each Latin letter with marks (Vietnamese and its neighbours) -> its folded form; loose
    combining marks (left by casefold, e.g. on İ) -> nothing."""
    table: dict[int, str | None] = dict.fromkeys(range(0x300, 0x370))
    for start, end in ((0xC0, 0x250), (0x1E00, 0x1F00)):
        for code in range(start, end):
            folded = fold(chr(code))
            if folded != chr(code):
                table[code] = folded
    return table


_FOLD = _fold_table()


def quick_fold(text: str) -> str:
    """fold() for text already stored NFC and trimmed (as every service stores it), by one
    table lookup per character: three times faster than fold() on a 20,000-line book."""
    return text.casefold().translate(_FOLD)


def search_texts(rows: Iterable[LedgerRow]) -> list[str]:
    """What the text filter looks in, per row: payer/payee, description and voucher number,
    folded (marks and case dropped). Computed once per loaded period, not per keystroke."""
    folded: dict[str, str] = {}  # one fold per distinct text: names and contents repeat a lot

    def f(text: str) -> str:
        found = folded.get(text)
        if found is None:
            found = folded[text] = quick_fold(text)
        return found

    return [f"{f(r.counterparty)} {f(r.description)} {r.code.lower()}" for r in rows]


class RowFilter:
    """Which ledger lines the table shows: a kind, a category, words in the payer/payee,
    description or voucher number (marks and case ignored, every word must appear)."""

    def __init__(self, kind: str | None = None, category: str | None = None,
                 text: str = "") -> None:
        self.kind = kind or None
        self.category = category or None
        self.text = fold(text)
        self.words = self.text.split()

    @property
    def is_empty(self) -> bool:
        return self.kind is None and self.category is None and not self.words

    def refines(self, other: RowFilter) -> bool:
        """True when every row this filter accepts, `other` accepts too (the clerk typed
        on): the search can then start from `other`'s rows instead of the whole book."""
        return (self.kind == other.kind and self.category == other.category
                and self.text.startswith(other.text))

    def positions(self, rows: list[LedgerRow], texts: list[str] | None = None,
                  within: Iterable[int] | None = None) -> list[int]:
        """Positions of the accepted rows, in ledger order; `texts` from search_texts(rows),
        `within` limits the search to those positions."""
        if self.words and texts is None:
            texts = search_texts(rows)
        kind, category, words = self.kind, self.category, self.words
        found = []
        for i in range(len(rows)) if within is None else within:
            row = rows[i]
            if kind is not None and row.kind != kind:
                continue
            if category is not None and row.category != category:
                continue
            if words:
                text = texts[i]
                if not all(word in text for word in words):
                    continue
            found.append(i)
        return found


# --- For the dialogs -------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberChoice:
    person_id: int
    full_name: str
    birth_year: int
    active: bool  # still in the club (people who left can still repay or be paid)

    @property
    def search_text(self) -> str:
        return fold(self.full_name)


def club_members(club_id: int) -> list[MemberChoice]:
    """Everyone who is or was a member of the club, active ones first, each group by given
    name (Vietnamese register order); a person appears once."""
    access.require_club(club_id, "read")
    rows = (Membership.select(Person.id, Person.full_name, Person.birth_year, Person.sort_key,
                              Membership.left_on)
            .join(Person).where(Membership.club == club_id).tuples())
    people: dict[int, tuple] = {}
    for pid, name, year, key, left_on in rows:
        active = left_on is None
        if pid not in people or active:
            people[pid] = (name, year, key, active)
    ordered = sorted(people.items(), key=lambda item: (not item[1][3], item[1][2], item[0]))
    return [MemberChoice(pid, name, year, active)
            for pid, (name, year, _key, active) in ordered]


@dataclass(frozen=True)
class EntryDetail:
    entry_id: int
    fund_id: int
    fund_name: str
    club_id: int
    kind: str
    date: dt.date
    number: int
    year: int
    category: str
    counterparty: str
    description: str
    amount: int
    reverses_code: str  # set when this entry is itself a reversal
    reversed_by_code: str  # set when this entry has already been reversed

    @property
    def code(self) -> str:
        return voucher_code(self.kind, self.year, self.number)


def entry_detail(entry_id: int) -> EntryDetail:
    """One entry as the reversal dialog shows it."""
    entry = LedgerEntry.get_or_none(LedgerEntry.id == entry_id)
    if entry is None:
        raise NotFound("ledger_entry", entry_id)
    fund = entry.fund
    access.require_club(fund.club_id, "read", missing=("ledger_entry", entry_id))
    original = entry.reverses
    reversal = LedgerEntry.get_or_none(LedgerEntry.reverses == entry.id)
    return EntryDetail(
        entry.id, fund.id, fund.name, fund.club_id, entry.kind, entry.date, entry.number,
        entry.year, entry.category, entry.person.full_name if entry.person else entry.party,
        entry.description, entry.amount,
        voucher_code(original.kind, original.year, original.number) if original else "",
        voucher_code(reversal.kind, reversal.year, reversal.number) if reversal else "")


@dataclass(frozen=True)
class ClosingRow:
    year: int
    month: int | None  # None: the whole year
    fund_name: str  # "" when the closing covers every fund of the club
    closed_by: str
    closed_at: dt.datetime


def closed_periods_of(club_id: int) -> list[ClosingRow]:
    """Closings that touch the club (its own and its funds'), latest period first."""
    access.require_club(club_id, "read")
    fund_names = {f.id: f.name for f in Fund.select().where(Fund.club == club_id)}
    query = ClosedPeriod.select().where(
        (ClosedPeriod.club == club_id) | ClosedPeriod.fund.in_(list(fund_names) or [-1]))
    rows = [ClosingRow(c.year, c.month, fund_names.get(c.fund_id, ""), c.closed_by,
                       c.closed_at) for c in query]
    rows.sort(key=lambda r: (r.year, r.month or 13, r.closed_at), reverse=True)
    return rows


@dataclass(frozen=True)
class CashCountRow:
    date: dt.date
    counted: int
    book_balance: int
    difference: int
    note: str
    counted_by: str


def cash_counts_of(fund_id: int, limit: int = 20) -> list[CashCountRow]:
    """The fund's latest cash counts, newest first."""
    access.require_club(fund_club_id(fund_id), "read", missing=("fund", fund_id))
    query = (CashCount.select().where(CashCount.fund == fund_id)
             .order_by(CashCount.date.desc(), CashCount.id.desc()).limit(limit))
    return [CashCountRow(c.date, c.counted, c.book_balance, c.difference, c.note, c.counted_by)
            for c in query]

