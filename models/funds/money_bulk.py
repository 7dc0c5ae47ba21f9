"""Fast path for writing a club's demo money: thousands of entries, loans and repayments.

funds.post_entry and the loan services lock the fund, check the cover against every later
balance and look up the next voucher number, a few milliseconds per entry: far too slow for
the two million rows of a 1,000-club demo. `post_entries` (and models/loans/loans_bulk.py for
loans) keeps the same rules and writes the same rows with the same audit rows, but validates
against lookups fetched once per club and inserts plain rows with multi-row INSERT …
RETURNING (like members_bulk). A test holds its rows equal to what the services write.

It relies on what a story guarantees: events in date order, on funds with no entry dated
after the story's first event and no closing. A story that breaks this is a programming
error (ValueError); a broken rule of the services is a ValidationError, nothing written.
"""

from __future__ import annotations

import datetime as dt
import json
from itertools import chain
from operator import itemgetter

import peewee as pw

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.errors import Collector, Problem, ValidationError
from models.funds import funds
from models.storage.db import database
from models.storage.schema import ClosedPeriod, Club, Fund, LedgerEntry, Membership, now

# Rows per INSERT: LedgerEntry has 15 columns; SQLite allows 32,766 bound parameters.
CHUNK = 500


class FundBook:
    """The club's funds as the story moves them: balances, voucher numbers, lookups."""

    def __init__(self, fund_ids: set[int]) -> None:
        self.funds = {f.id: f for f in Fund.select().where(Fund.id.in_(list(fund_ids)))}
        ids, club_ids = list(self.funds), {f.club_id for f in self.funds.values()}
        for club in Club.select().where(Club.id.in_(list(club_ids))):
            access.require_club(club, "write")
        if ClosedPeriod.select().where(ClosedPeriod.fund.in_(ids)
                                       | ClosedPeriod.club.in_(list(club_ids))).exists():
            raise ValueError("write_story: a fund of the story has a closed period")
        # (club, person) → the spans of their memberships: for counterparties and borrowers
        self.spans: dict[tuple[int, int], list[tuple[dt.date, dt.date | None]]] = {}
        for club, person, joined, left in (
                Membership.select(Membership.club, Membership.person, Membership.joined_on,
                                  Membership.left_on)
                .where(Membership.club.in_(list(club_ids))).tuples()):
            self.spans.setdefault((club, person), []).append((joined, left))
        self.members = self.spans.keys()
        self.balance = dict.fromkeys(ids, 0)
        self.last_date: dict[int, dt.date] = {}
        self.numbers: dict[tuple[int, str, int], int] = {}
        signed = pw.Case(None, [(LedgerEntry.kind == "receipt", LedgerEntry.amount)],
                         LedgerEntry.amount * -1)
        for fund, kind, year, number, total, last in (
                LedgerEntry.select(LedgerEntry.fund, LedgerEntry.kind, LedgerEntry.year,
                                   pw.fn.MAX(LedgerEntry.number), pw.fn.SUM(signed),
                                   pw.fn.MAX(LedgerEntry.date))
                .where(LedgerEntry.fund.in_(ids))
                .group_by(LedgerEntry.fund, LedgerEntry.kind, LedgerEntry.year).tuples()):
            self.numbers[fund, kind, year] = number
            self.balance[fund] += int(total)
            last = last if isinstance(last, dt.date) else dt.date.fromisoformat(last)
            self.last_date[fund] = max(self.last_date.get(fund, last), last)

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
        elif inp.category in funds.LOAN_ONLY_CATEGORIES:
            p.add("category", "goods_by_loan" if inp.category == "goods_purchase"
                  else "loan_register_only", value=inp.category)
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
        self.check_date(p, fund, inp.date, today)
        if not p and inp.kind == "payment":
            self.check_cover(p, fund.id, inp.date, amount)
        return p

    def check_date(self, p: Collector, fund: Fund, on: object, today: dt.date,
                   name: str = "date") -> None:
        """funds.check_entry_date (a story's funds have no closed period: see FundBook)."""
        if on is None or not isinstance(on, dt.date):
            p.add(name, "required" if on is None else "bad_date", value=on)
        elif on > today:
            p.add(name, "in_future")
        elif on < fund.opened_on:
            p.add(name, "before_fund_opened", date=fund.opened_on)
        elif fund.closed_on is not None and on > fund.closed_on:
            p.add(name, "fund_closed", date=fund.closed_on)

    def check_cover(self, p: Collector, fund_id: int, on: dt.date, amount: int,
                    name: str = "amount") -> None:
        """funds.check_payment_cover: every earlier entry is dated on or before this one,
        so the balance now is the lowest from `on` onwards."""
        if amount > self.balance[fund_id]:
            p.add(name, "would_go_negative", date=self.last_date.get(fund_id, on),
                  balance=self.balance[fund_id], amount=amount)

    def entry(self, inp: funds.EntryInput, actor: str, at: dt.datetime) -> dict:
        """The row post_entry would write, as a dict in column order (id set on insert);
        moves the balance and the voucher number."""
        last = self.last_date.get(inp.fund_id)
        if last is not None and inp.date < last:
            raise ValueError(f"write_story: entries out of date order ({inp.date} < {last})")
        self.last_date[inp.fund_id] = inp.date
        key = (inp.fund_id, inp.kind, inp.date.year)
        self.numbers[key] = self.numbers.get(key, 0) + 1
        self.balance[inp.fund_id] += inp.amount if inp.kind == "receipt" else -inp.amount
        return {"id": None, "fund": inp.fund_id, "kind": inp.kind, "date": inp.date,
                "year": inp.date.year, "number": self.numbers[key], "person": inp.person_id,
                "party": inp.party, "category": inp.category, "description": inp.description,
                "amount": inp.amount, "attachments": inp.attachments, "reverses": None,
                "reversal_reason": "", "posted_by": actor, "posted_at": at}


def snapshot(row: dict, dates: tuple[str, ...] | None = None) -> dict:
    """audit.snapshot of a row kept as a dict in column order (dates as ISO text); naming
    the date columns in `dates` saves looking at every value."""
    if dates is None:
        return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()}
    snap = dict(row)
    for name in dates:
        if snap[name] is not None:
            snap[name] = snap[name].isoformat()
    return snap


# audit.record's json.dumps(…, ensure_ascii=False), with the encoder made once
_json = json.JSONEncoder(ensure_ascii=False).encode


def audit_row(entity: str, entity_id: object, action: str, before: dict | None,
              after: dict | None, at: dt.datetime, actor: str) -> tuple:
    """An AuditLog row as audit.record writes it (columns of AUDIT_COLUMNS), for
    audit.append_rows to chain."""
    return (at, actor, entity, str(entity_id), action,
            _json(before) if before is not None else None,
            _json(after) if after is not None else None)


ENTRY_DATES = ("date", "posted_at")
AUDIT_COLUMNS = ("at", "actor", "entity", "entity_id", "action", "before", "after")


def insert(table: str, columns: tuple[str, ...] | list[str], rows: list[tuple]) -> list[int]:
    """INSERT … RETURNING id of plain tuples, CHUNK rows a statement; the new ids in row order.

    The values go to the driver as they are (int, str, bool, None, date, datetime, Decimal),
    which is what peewee's db_value hands on for these columns too; skipping it and model
    instances is what keeps the demo's rows cheap.
    """
    ids: list[int] = []
    head = f'INSERT INTO "{table}" (' + ", ".join(f'"{c}"' for c in columns) + ") VALUES "
    one = "(" + ", ".join([database.param] * len(columns)) + ")"
    for start in range(0, len(rows), CHUNK):
        part = rows[start:start + CHUNK]
        params = list(chain.from_iterable(part))
        cursor = database.execute_sql(head + ", ".join([one] * len(part)) + ' RETURNING "id"',
                                      params)
        # Ids are handed out in VALUES order on both engines; RETURNING may list them otherwise.
        ids += sorted(pk for (pk,) in cursor.fetchall())
    return ids


def insert_dicts(model: type[pw.Model], rows: list[dict]) -> None:
    """insert() rows kept as dicts with every column (see FundBook.entry); sets their "id"."""
    if not rows:
        return
    fields = [f for f in model._meta.sorted_fields if f.name != "id"]
    values = itemgetter(*(f.name for f in fields))
    ids = insert(model._meta.table_name, [f.column_name for f in fields],
                 [values(row) for row in rows])
    for row, pk in zip(rows, ids, strict=True):
        row["id"] = pk


def post_entries(entries: list[funds.EntryInput], *, today: dt.date | None = None
                 ) -> list[int]:
    """Validate and post many entries in date order, in one transaction, as post_entry would
    one by one (same numbers, same audit rows). Raises ValidationError (Problem.row = the
    entry's position, from 1) with nothing written. Returns the new entry ids."""
    today = today or dt.date.today()
    book = FundBook({e.fund_id for e in entries if isinstance(e.fund_id, int)})
    actor, at = current_actor(), now()
    rows: list[dict] = []
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
        insert_dicts(LedgerEntry, rows)
        audit.append_rows([
            audit_row("ledger_entry", r["id"], "post", None, snapshot(r, ENTRY_DATES), at,
                      actor)
            for r in rows])
    return [r["id"] for r in rows]
