"""Fast path for writing a club's demo money: thousands of entries, loans and repayments.

funds.post_entry and the loan services lock the fund, check the cover against every later
balance and look up the next voucher number, a few milliseconds per entry: far too slow for
the two million rows of a 1,000-club demo. `write_story` keeps the same rules and writes the
same rows with the same audit rows (the same snapshots as the services), but validates
against lookups fetched once per club and inserts with multi-row INSERT … RETURNING
(members_bulk._insert). A test holds its rows equal to what the services write.

It relies on what a story guarantees: events in date order, on funds with no entry dated
after the story's first event and no closing. A story that breaks this is a programming
error (ValueError); a broken rule of the services is a ValidationError, nothing written.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from models import access, funds
from models.db import database
from models.errors import Collector, Problem, ValidationError
from models.members_bulk import CHUNK, _audit_rows, _insert, _insert_instances
from models.schema import AuditLog, ClosedPeriod, Club, Fund, LedgerEntry, Membership, now
from models.session import current_actor


class _Book:
    """The club's funds as the story moves them: balances, voucher numbers, lookups."""

    def __init__(self, fund_ids: set[int]) -> None:
        self.funds = {f.id: f for f in Fund.select().where(Fund.id.in_(list(fund_ids)))}
        club_ids = {f.club_id for f in self.funds.values()}
        for club in Club.select().where(Club.id.in_(list(club_ids))):
            access.require_club(club, "write")
        if ClosedPeriod.select().where(ClosedPeriod.fund.in_(list(self.funds))
                                       | ClosedPeriod.club.in_(list(club_ids))).exists():
            raise ValueError("write_story: a fund of the story has a closed period")
        self.members = {(c, p) for c, p in Membership.select(Membership.club, Membership.person)
                        .where(Membership.club.in_(list(club_ids))).tuples()}
        self.balance = {fid: funds.balance(fid, dt.date.max) for fid in self.funds}
        self.last_date = dict(LedgerEntry.select(LedgerEntry.fund, pw.fn.MAX(LedgerEntry.date))
                              .where(LedgerEntry.fund.in_(list(self.funds)))
                              .group_by(LedgerEntry.fund).tuples())
        self.numbers = {(f, k, y): n for f, k, y, n in (
            LedgerEntry.select(LedgerEntry.fund, LedgerEntry.kind, LedgerEntry.year,
                               pw.fn.MAX(LedgerEntry.number))
            .where(LedgerEntry.fund.in_(list(self.funds)))
            .group_by(LedgerEntry.fund, LedgerEntry.kind, LedgerEntry.year).tuples())}

    def check(self, inp: funds.EntryInput, today: dt.date) -> Collector:
        """funds.check_entry's rules, answered from the lookups."""
        p = Collector()
        fund = self.funds.get(inp.fund_id)
        if fund is None:
            p.add("fund", "required" if inp.fund_id is None else "unknown", value=inp.fund_id)
        if inp.kind not in funds.ENTRY_KINDS:
            p.add("kind", "invalid", value=inp.kind)
        elif inp.category not in funds.CATEGORIES[inp.kind]:
            p.add("category", "required" if not inp.category else "category_kind",
                  value=inp.category)
        amount = inp.amount
        if amount is None or amount == "":
            p.add("amount", "required")
        elif isinstance(amount, bool) or not isinstance(amount, int):
            p.add("amount", "amount_not_integer", value=amount)
        elif amount <= 0:
            p.add("amount", "amount_not_positive", value=amount)
        elif amount > funds.MAX_AMOUNT:
            p.add("amount", "amount_too_large", amount=funds.MAX_AMOUNT)
        if not isinstance(inp.attachments, int) or isinstance(inp.attachments, bool) \
                or inp.attachments < 0:
            p.add("attachments", "not_non_negative_int")
        if inp.person_id is not None and inp.party:
            p.add("counterparty", "counterparty_both")
        elif inp.person_id is None and not inp.party:
            p.add("counterparty", "required")
        elif len(inp.party) > 200:
            p.add("counterparty", "too_long", max=200)
        elif (inp.person_id is not None and fund is not None
              and (fund.club_id, inp.person_id) not in self.members):
            p.add("counterparty", "not_in_club")
        if fund is None:
            return p
        on = inp.date
        if on is None or not isinstance(on, dt.date):
            p.add("date", "required" if on is None else "bad_date", value=on)
        elif on > today:
            p.add("date", "in_future")
        elif on < fund.opened_on:
            p.add("date", "before_fund_opened", date=fund.opened_on)
        elif fund.closed_on is not None and on > fund.closed_on:
            p.add("date", "fund_closed", date=fund.closed_on)
        if not p and inp.kind == "payment" and amount > self.balance[fund.id]:
            # every earlier entry is dated on or before this one: today's balance is the low
            p.add("amount", "would_go_negative", date=self.last_date.get(fund.id, on),
                  balance=self.balance[fund.id], amount=amount)
        return p

    def entry(self, inp: funds.EntryInput, actor: str, at: dt.datetime) -> LedgerEntry:
        """The row post_entry would write; moves the balance and the voucher number."""
        last = self.last_date.get(inp.fund_id)
        if last is not None and inp.date < last:
            raise ValueError(f"write_story: entries out of date order ({inp.date} < {last})")
        self.last_date[inp.fund_id] = inp.date
        key = (inp.fund_id, inp.kind, inp.date.year)
        self.numbers[key] = self.numbers.get(key, 0) + 1
        self.balance[inp.fund_id] += inp.amount if inp.kind == "receipt" else -inp.amount
        return LedgerEntry(
            fund=inp.fund_id, kind=inp.kind, date=inp.date, year=inp.date.year,
            number=self.numbers[key], person=inp.person_id, party=inp.party,
            category=inp.category, description=inp.description, amount=inp.amount,
            attachments=inp.attachments, posted_by=actor, posted_at=at)


def post_entries(entries: list[funds.EntryInput], *, today: dt.date | None = None
                 ) -> list[int]:
    """Validate and post many entries in date order, in one transaction, as post_entry would
    one by one (same numbers, same audit rows). Raises ValidationError (Problem.row = the
    entry's position, from 1) with nothing written. Returns the new entry ids."""
    today = today or dt.date.today()
    book = _Book({e.fund_id for e in entries if isinstance(e.fund_id, int)})
    actor, at = current_actor(), now()
    rows: list[LedgerEntry] = []
    problems: list[Problem] = []
    for n, inp in enumerate(entries, start=1):
        found = book.check(inp, today)
        if found:
            problems += [Problem(p.field, p.code, p.params, row=n) for p in found.problems]
            continue
        rows.append(book.entry(inp, actor, at))
    if problems:
        raise ValidationError(problems=problems)
    with database.atomic():
        for start in range(0, len(rows), CHUNK):
            _insert_instances(LedgerEntry, rows[start:start + CHUNK])
        log = [dict(r, action="post") for r in _audit_rows("ledger_entry", rows, at, actor)]
        for start in range(0, len(log), CHUNK):
            _insert(AuditLog, log[start:start + CHUNK])
    return [r.id for r in rows]


def write_story(story, *, today: dt.date) -> None:
    """Write a demo_money.Story the way the services would, in one transaction."""
    from models.demo_money import Post

    entries = []
    for event in story.events:
        if not isinstance(event, Post):
            raise TypeError(f"unknown story event {event!r}")
        entries.append(event.inp)
    post_entries(entries, today=today)
