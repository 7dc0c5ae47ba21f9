"""Club funds and their ledger: receipts, payments, reversals, closed periods, cash counts.

Append-only: a posted entry is never edited or deleted; a correction is a reversing entry of
the opposite kind linked to the original. No fund may go below zero at any point of its
ledger, read in (date, id) order, so a back-dated payment is checked against every later
balance, not only today's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.errors import Collector, NotFound
from models.funds.fund_reads import (
    FUND_KINDS,
    Ledger,
    LedgerLine,
    Movements,
    balance,
    balance_unchecked,
    checked_fund,
    funds_of,
    funds_of_unchecked,
    get_fund,
    ledger,
    lowest_balance_from,
    lowest_balance_unchecked,
    movements,
    period_closed,
    period_closed_unchecked,
    visible_fund,
)
from models.loans.loan_reads import loan_of_entry
from models.meetings.tables import Meeting
from models.signoff import locks
from models.storage.db import database
from models.storage.schema import CashCount, ClosedPeriod, Fund, LedgerEntry, Membership
from models.text.vietnamese import nfc

# The reads of models/funds/fund_reads.py are offered here too, so pages and dialogs ask one
# module for a fund's money.
__all__ = [
    "CATEGORIES", "DEFAULT_FUNDS", "ENTRY_KINDS", "FUND_KINDS", "LOAN_ONLY_CATEGORIES",
    "MANUAL_CATEGORIES", "MAX_AMOUNT",
    "PAYMENT_CATEGORIES", "RECEIPT_CATEGORIES", "EntryInput", "Ledger", "LedgerLine",
    "Movements", "balance", "check_entry", "check_entry_date", "check_payment_cover",
    "close_period", "funds_of", "get_fund", "ledger", "lock_funds", "lowest_balance_from",
    "movements", "open_default_funds", "open_fund", "period_closed", "post_entry",
    "post_in_transaction", "record_cash_count", "reverse_entry", "reverse_in_transaction",
]

# Every club has these from its founding; stored names are data, shown as typed.
DEFAULT_FUNDS = (("income", "Quỹ quay vòng tạo thu nhập"), ("activity", "Quỹ hoạt động"))
ENTRY_KINDS = ("receipt", "payment")
RECEIPT_CATEGORIES = ("member_fee", "donation", "budget_province", "budget_commune",
                      "other_support", "loan_repayment", "loan_interest", "other")
PAYMENT_CATEGORIES = ("loan_disbursement", "goods_purchase", "activity_spending", "home_care_spending",
                      "support_payment", "other")
CATEGORIES = {"receipt": RECEIPT_CATEGORIES, "payment": PAYMENT_CATEGORIES}
# Posted only with the loan they pay for (models/loans/loans.py): money is lent only through
# the loan register, as a "Cho vay" payment typed by hand would leave the fund with no loan that
# owes it back (`check` reports any such payment); goods bought for a loan enter the in-kind
# register at once.
LOAN_ONLY_CATEGORIES = ("loan_disbursement", "goods_purchase")
MANUAL_CATEGORIES = {kind: tuple(c for c in codes if c not in LOAN_ONLY_CATEGORIES)
                     for kind, codes in CATEGORIES.items()}
# Far above any club's money, far below BIGINT: a typo of extra zeros is caught here.
MAX_AMOUNT = 10**12


@dataclass
class EntryInput:
    """A receipt or payment as the voucher dialog (or the CLI) fills it."""

    fund_id: int | None = None
    kind: str = ""
    date: dt.date | None = None
    amount: object = None  # checked: must be an int > 0 (text from a cell is refused)
    category: str = ""
    person_id: int | None = None
    party: str = ""
    description: str = ""
    attachments: int = 0


def _write_fund(club_id: int, kind: str, name: str, opened_on: dt.date) -> Fund:
    fund = Fund.create(club=club_id, kind=kind, name=name, opened_on=opened_on)
    audit.record("fund", fund.id, "open", None, audit.snapshot(fund))
    return fund


def open_default_funds(club_id: int, on: dt.date | None = None) -> list[Fund]:
    """Open the income-generation and activity funds a club has from its founding.

    Opened on `on`, else the founding decision date; a fund the club already has is kept."""
    club = access.require_club(club_id, "write")
    opened_on = on or club.decision_date or dt.date.today()
    have = {f.kind for f in Fund.select(Fund.kind).where(Fund.club == club_id)}
    with database.atomic():
        for kind, name in DEFAULT_FUNDS:
            if kind not in have:
                _write_fund(club_id, kind, name, opened_on)
    return funds_of_unchecked(club_id)


def open_fund(club_id: int, kind: str, name: str, opened_on: dt.date | None) -> Fund:
    """Open another fund for a club (home care, Sổ Tấm lòng vàng, …)."""
    name = nfc(name)
    p = Collector()
    access.require_club(club_id, "write")
    if kind not in FUND_KINDS:
        p.add("kind", "invalid", value=kind)
    elif kind in dict(DEFAULT_FUNDS) and Fund.select().where(
            (Fund.club == club_id) & (Fund.kind == kind)).exists():
        p.add("kind", "duplicate", value=kind)
    if not name:
        p.add("name", "required")
    elif len(name) > 200:
        p.add("name", "too_long", max=200)
    if opened_on is None:
        p.add("date", "required")
    p.raise_if_any()
    with database.atomic():
        return _write_fund(club_id, kind, name, opened_on)


# --- Writing ---------------------------------------------------------------------------------
# check_entry_date, check_payment_cover, lock_funds, post_in_transaction and
# reverse_in_transaction are shared: the loan services and the bulk writers post through
# them, so every voucher of a fund is checked, locked and numbered the same way.


def check_entry_date(p: Collector, fund: Fund, on: dt.date | None, today: dt.date,
                     name: str = "date") -> None:
    """Add to `p` what is wrong with an entry dated `on` in `fund`: missing, in the future,
    before the fund opened or after it closed, or in a closed month or year."""
    if on is None:
        p.add(name, "required")
        return
    if not isinstance(on, dt.date):
        p.add(name, "bad_date", value=on)
        return
    if on > today:
        p.add(name, "in_future")
    elif on < fund.opened_on:
        p.add(name, "before_fund_opened", date=fund.opened_on)
    elif fund.closed_on is not None and on > fund.closed_on:
        p.add(name, "fund_closed", date=fund.closed_on)
    locks.check_open(p, name, fund.club_id, on)
    closed = period_closed_unchecked(fund, on)
    if closed is not None:
        if closed.month is None:
            p.add(name, "year_closed", year=closed.year)
        else:
            p.add(name, "period_closed", month=closed.month, year=closed.year)


def check_payment_cover(p: Collector, fund_id: int, on: dt.date, amount: int,
                        name: str = "amount") -> None:
    """Add to `p` a payment of `amount` dated `on` that would take the fund below zero on
    that day or any later one. Read under lock_funds, or the answer may be stale."""
    low, low_date = lowest_balance_unchecked(fund_id, on)
    if amount > low:
        p.add(name, "would_go_negative", date=low_date, balance=low, amount=amount)


def _next_number(fund_id: int, kind: str, year: int) -> int:
    last = (LedgerEntry.select(pw.fn.MAX(LedgerEntry.number))
            .where((LedgerEntry.fund == fund_id) & (LedgerEntry.kind == kind)
                   & (LedgerEntry.year == year)).scalar())
    return int(last or 0) + 1


def lock_funds(fund_ids: list[int]) -> None:
    """Make the transaction the funds' only writer before it reads anything.

    A no-op UPDATE is the first statement: SQLite then takes its write lock at once (a
    deferred BEGIN would read an old snapshot), PostgreSQL locks the fund rows. So two
    payments cannot both pass the cover check, and no entry lands in a period being closed.
    """
    if fund_ids:
        Fund.update(id=Fund.id).where(Fund.id.in_(fund_ids)).execute()


def check_entry(inp: EntryInput, *, today: dt.date | None = None) -> Collector:
    """Every rule of post_entry, without writing; the dialog shows these as the user types."""
    today = today or dt.date.today()
    inp.party, inp.description = nfc(inp.party), nfc(inp.description)
    p = Collector()
    fund = visible_fund(inp.fund_id) if inp.fund_id is not None else None
    if fund is None:
        p.add("fund", "required" if inp.fund_id is None else "unknown", value=inp.fund_id)
    else:
        access.require_club(fund.club_id, "read")
    if inp.kind not in ENTRY_KINDS:
        p.add("kind", "invalid", value=inp.kind)
    elif inp.category not in CATEGORIES[inp.kind]:
        p.add("category", "required" if not inp.category else "category_kind",
              value=inp.category)
    elif inp.category in LOAN_ONLY_CATEGORIES:
        # lent money and goods bought for a loan are posted with the loan, never by hand
        p.add("category", "goods_by_loan" if inp.category == "goods_purchase"
              else "loan_register_only", value=inp.category)
    amount_ok = False
    if inp.amount is None or inp.amount == "":
        p.add("amount", "required")
    elif isinstance(inp.amount, bool) or not isinstance(inp.amount, int):
        p.add("amount", "amount_not_integer", value=inp.amount)
    elif inp.amount <= 0:
        p.add("amount", "amount_not_positive", value=inp.amount)
    elif inp.amount > MAX_AMOUNT:
        p.add("amount", "amount_too_large", amount=MAX_AMOUNT)
    else:
        amount_ok = True
    if not isinstance(inp.attachments, int) or isinstance(inp.attachments, bool) \
            or inp.attachments < 0:
        p.add("attachments", "not_non_negative_int")
    if inp.person_id is not None and inp.party:
        p.add("counterparty", "counterparty_both")
    elif inp.person_id is None and not inp.party:
        p.add("counterparty", "required")
    elif len(inp.party) > 200:
        p.add("counterparty", "too_long", max=200)
    elif inp.person_id is not None and fund is not None and not Membership.select().where(
            (Membership.person == inp.person_id) & (Membership.club == fund.club_id)).exists():
        p.add("counterparty", "not_in_club")
    if fund is None:
        return p
    check_entry_date(p, fund, inp.date, today)
    if not p and amount_ok and inp.kind == "payment":
        check_payment_cover(p, fund.id, inp.date, inp.amount)
    return p


def post_entry(inp: EntryInput, *, today: dt.date | None = None) -> LedgerEntry:
    """Post a receipt or payment; refused (nothing written) if any rule fails."""
    fund = visible_fund(inp.fund_id)
    if fund is not None:
        access.require_club(fund.club_id, "write")
    with database.atomic():
        # the checks run inside the transaction so the cover and the number see one state
        if fund is not None:
            lock_funds([fund.id])
        check_entry(inp, today=today).raise_if_any()
        entry = post_in_transaction(inp.fund_id, inp.kind, inp.date, inp.amount,
                                    inp.category, person_id=inp.person_id, party=inp.party,
                                    description=inp.description,
                                    attachments=inp.attachments)
    return entry


def post_in_transaction(fund_id: int, kind: str, on: dt.date, amount: int, category: str, *,
                        person_id: int | None = None, party: str = "", description: str = "",
                        attachments: int = 0, reverses: LedgerEntry | None = None,
                        reason: str = "") -> LedgerEntry:
    """Write one entry with the next voucher number, and its audit row.

    Only inside a transaction that has locked the fund (lock_funds) and checked every rule:
    post_entry, reverse_entry and the loan services (models/loans/loans.py) all post through
    here, so the numbering and the lock are the same for every entry."""
    # the last guard of every path to the ledger (loans, meetings' fees, reversals)
    locks.require_open(None, on, fund_id=fund_id)
    entry = LedgerEntry.create(
        fund=fund_id, kind=kind, date=on, year=on.year,
        number=_next_number(fund_id, kind, on.year), person=person_id, party=party,
        category=category, description=description, amount=amount, attachments=attachments,
        reverses=reverses.id if reverses is not None else None, reversal_reason=reason,
        posted_by=current_actor())
    audit.record("ledger_entry", entry.id, "post" if reverses is None else "reverse", None,
                 audit.snapshot(entry))
    return entry


def reverse_entry(entry_id: int, reason: str, on: dt.date | None,
                  *, today: dt.date | None = None) -> LedgerEntry:
    """Cancel an entry with a reversing entry of the opposite kind, dated `on`."""
    today = today or dt.date.today()
    reason = nfc(reason)
    original = LedgerEntry.get_or_none(LedgerEntry.id == entry_id)
    if original is None:
        raise NotFound("ledger_entry", entry_id)
    fund = original.fund
    access.require_club(fund.club_id, "write", missing=("ledger_entry", entry_id))
    with database.atomic():
        lock_funds([fund.id])
        _check_reversal(original, reason, on, today).raise_if_any()
        entry = reverse_in_transaction(original, reason, on)
    return entry


def reverse_in_transaction(original: LedgerEntry, reason: str, on: dt.date) -> LedgerEntry:
    """Post the reversing entry of `original`, inside a transaction that has locked its fund
    and checked the reversal (reverse_entry's rules, or the loan services' own)."""
    kind = "payment" if original.kind == "receipt" else "receipt"
    return post_in_transaction(original.fund_id, kind, on, original.amount, original.category,
                       person_id=original.person_id, party=original.party,
                       description=original.description, reverses=original, reason=reason)


def _check_reversal(original: LedgerEntry, reason: str, on: dt.date | None,
                    today: dt.date) -> Collector:
    """Every rule of reverse_entry; the fund must be locked already."""
    p = Collector()
    fund = original.fund
    if not reason:
        p.add("reason", "required")
    loan = loan_of_entry(original.id)
    meeting = Meeting.get_or_none(Meeting.receipt == original.id)
    if loan is not None:
        # a loan's voucher is undone with its loan (reverse_repayment), so the two agree
        p.add("entry", "loan_entry", number=loan.number)
    elif meeting is not None:
        # a meeting's fee receipt is undone with the meeting's repayments, all together
        p.add("entry", "meeting_entry", date=meeting.date)
    elif original.reverses_id is not None:
        p.add("entry", "is_reversal")
    else:
        done = LedgerEntry.get_or_none(LedgerEntry.reverses == original.id)
        if done is not None:
            p.add("entry", "already_reversed", date=done.date, number=done.number)
    check_entry_date(p, fund, on, today)
    if isinstance(on, dt.date) and on < original.date:
        p.add("date", "before_original", date=original.date)
    if not p and original.kind == "receipt":
        check_payment_cover(p, fund.id, on, original.amount)
    return p


def close_period(year: int, month: int | None = None, *, club_id: int | None = None,
                 fund_id: int | None = None, today: dt.date | None = None) -> ClosedPeriod:
    """Close a month (or a whole year) of one fund, or of every fund of a club."""
    today = today or dt.date.today()
    p = Collector()
    if (club_id is None) == (fund_id is None):
        raise ValueError("close_period needs exactly one of club_id, fund_id")
    if fund_id is not None:
        fund = checked_fund(fund_id, "write")
        funds = [fund]
    else:
        access.require_club(club_id, "write")
        funds = funds_of_unchecked(club_id)
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 9999:
        p.add("year", "invalid", value=year)
    if month is not None and (isinstance(month, bool) or not isinstance(month, int)
                              or not 1 <= month <= 12):
        p.add("month", "invalid", value=month)
    p.raise_if_any()
    last_day = (dt.date(year + 1, 1, 1) if month is None or month == 12
                else dt.date(year, month + 1, 1)) - dt.timedelta(days=1)
    if last_day > today:
        p.add("period", "period_not_ended", date=last_day)
    with database.atomic():
        lock_funds([f.id for f in funds])
        first_day = dt.date(year, month or 1, 1)
        covered = [(_year_closed_for(f, year) if month is None
                    else period_closed_unchecked(f, first_day) is not None) for f in funds]
        if _same_closing(club_id, fund_id, year, month) or (covered and all(covered)):
            p.add("period", "period_already_closed")
        p.raise_if_any()
        closing = ClosedPeriod.create(club=club_id, fund=fund_id, year=year, month=month,
                                      closed_by=current_actor())
        audit.record("closed_period", closing.id, "close", None, audit.snapshot(closing))
    return closing


def _year_closed_for(fund: Fund, year: int) -> bool:
    return (ClosedPeriod.select()
            .where(((ClosedPeriod.fund == fund.id) | (ClosedPeriod.club == fund.club_id))
                   & (ClosedPeriod.year == year) & ClosedPeriod.month.is_null()).exists())


def _same_closing(club_id: int | None, fund_id: int | None, year: int,
                  month: int | None) -> bool:
    where = (ClosedPeriod.year == year) & (
        ClosedPeriod.month.is_null() if month is None else (ClosedPeriod.month == month))
    where &= (ClosedPeriod.club == club_id) if club_id is not None else (
        ClosedPeriod.fund == fund_id)
    return ClosedPeriod.select().where(where).exists()


def record_cash_count(fund_id: int, on: dt.date | None, counted: object, note: str = "",
                      *, today: dt.date | None = None) -> CashCount:
    """Record cash counted against the book balance of that day; the difference is kept."""
    today = today or dt.date.today()
    fund = checked_fund(fund_id, "write")
    note = nfc(note)
    p = Collector()
    if on is None:
        p.add("date", "required")
    elif not isinstance(on, dt.date):
        p.add("date", "bad_date", value=on)
    elif on > today:
        p.add("date", "in_future")
    if isinstance(counted, bool) or not isinstance(counted, int):
        p.add("counted", "amount_not_integer", value=counted)
    elif counted < 0:
        p.add("counted", "not_non_negative_int")
    elif counted > MAX_AMOUNT:
        p.add("counted", "amount_too_large", amount=MAX_AMOUNT)
    p.raise_if_any()
    with database.atomic():
        lock_funds([fund.id])
        book = balance_unchecked(fund.id, on)
        count = CashCount.create(fund=fund.id, date=on, counted=counted, book_balance=book,
                                 difference=counted - book, note=note,
                                 counted_by=current_actor())
        audit.record("cash_count", count.id, "count", None, audit.snapshot(count))
    return count

