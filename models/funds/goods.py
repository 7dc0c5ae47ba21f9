"""The in-kind register of a fund (sổ theo dõi cho vay bằng hiện vật): goods the fund holds,
hands out as loans and takes back, at value. Goods never touch the cash book.

post_goods_in_transaction is the one writer, used by the loan services (and mirrored by the
bulk writer), inside their transaction after the fund is locked (funds.lock_funds), so the
numbers and the cover see one state. The goods held never go below zero at any point read in
(date, id) order, as the cash balance.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from models.accounts import audit
from models.accounts.session import current_actor
from models.errors import Collector
from models.funds.fund_reads import checked_fund
from models.funds.goods_tables import GoodsEntry, quantity_key
from models.storage.db import database
from models.storage.schema import Person


def _signed() -> pw.Expression:
    return pw.Case(None, [(GoodsEntry.direction == "in", GoodsEntry.amount)],
                   GoodsEntry.amount * -1)


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def goods_held_unchecked(fund_id: int, on: dt.date) -> int:
    """The value of the goods the fund holds at the end of `on` (no access check)."""
    total = (GoodsEntry.select(pw.fn.SUM(_signed()))
             .where((GoodsEntry.fund == fund_id) & (GoodsEntry.date <= on)).scalar())
    return int(total or 0)


def goods_held(fund_id: int, on: dt.date) -> int:
    """The value of the goods the fund holds at the end of `on`."""
    checked_fund(fund_id, "read")
    return goods_held_unchecked(fund_id, on)


def lowest_goods_unchecked(fund_id: int, on: dt.date) -> tuple[int, dt.date]:
    """The lowest value of goods held from the end of `on` onwards, and its date."""
    low = running = goods_held_unchecked(fund_id, on)
    low_date = on
    rows = (GoodsEntry.select(GoodsEntry.date, _signed())
            .where((GoodsEntry.fund == fund_id) & (GoodsEntry.date > on))
            .order_by(GoodsEntry.date, GoodsEntry.id))
    for date, signed in database.execute(rows):
        running += signed
        if running < low:
            low, low_date = running, _date(date)
    return low, low_date


def check_goods_cover(p: Collector, fund_id: int, on: dt.date, amount: int,
                      name: str = "principal") -> None:
    """Add to `p` goods worth `amount` taken out on `on` that the fund does not hold on that
    day or a later one. Read under lock_funds."""
    low, low_date = lowest_goods_unchecked(fund_id, on)
    if amount > low:
        p.add(name, "goods_not_held", date=low_date, balance=low, amount=amount)


def _next_number(fund_id: int, year: int) -> int:
    last = (GoodsEntry.select(pw.fn.MAX(GoodsEntry.number))
            .where((GoodsEntry.fund == fund_id) & (GoodsEntry.year == year)).scalar())
    return int(last or 0) + 1


def post_goods_in_transaction(fund_id: int, direction: str, kind: str, on: dt.date,
                              amount: int, *, loan_id: int | None = None,
                              repayment_id: int | None = None, person_id: int | None = None,
                              party: str = "", item: str = "",
                              quantity: Decimal | None = None, unit: str = "",
                              unit_value: int | None = None, description: str = "",
                              ledger_entry_id: int | None = None,
                              reverses: GoodsEntry | None = None,
                              reason: str = "") -> GoodsEntry:
    """Write one row of the in-kind register with the next number, and its audit row.

    Only inside a transaction that locked the fund and checked every rule."""
    row = GoodsEntry.create(
        fund=fund_id, direction=direction, kind=kind, date=on, year=on.year,
        number=_next_number(fund_id, on.year), loan=loan_id, repayment=repayment_id,
        person=person_id, party=party, item=item, quantity=quantity, unit=unit,
        unit_value=unit_value, amount=amount, description=description,
        ledger_entry=ledger_entry_id, reverses=reverses.id if reverses is not None else None,
        reversal_reason=reason, posted_by=current_actor())
    after = audit.snapshot(row)
    after["quantity"] = quantity_key(quantity)
    audit.record("goods_entry", row.id, "post" if reverses is None else "reverse", None, after)
    return row


def reverse_goods_in_transaction(original: GoodsEntry, reason: str, on: dt.date, *,
                                 repayment_id: int | None = None) -> GoodsEntry:
    """The row undoing `original` (the opposite direction), dated `on`."""
    direction = "out" if original.direction == "in" else "in"
    return post_goods_in_transaction(
        original.fund_id, direction, original.kind, on, original.amount,
        loan_id=original.loan_id, repayment_id=repayment_id, person_id=original.person_id,
        party=original.party, item=original.item, quantity=original.quantity,
        unit=original.unit, unit_value=original.unit_value,
        description=original.description, reverses=original, reason=reason)


# --- The register as read --------------------------------------------------------------------


@dataclass(frozen=True)
class GoodsLine:
    """One row of the in-kind register with the value held after it."""

    entry_id: int
    date: dt.date
    number: int
    kind: str
    direction: str
    person: str  # the borrower or the supplier
    item: str
    quantity: Decimal | None
    unit: str
    unit_value: int | None
    description: str
    amount_in: int
    amount_out: int
    held: int
    loan_number: int | None
    reverses: int | None


@dataclass(frozen=True)
class GoodsRegister:
    """The in-kind register of a fund over a period."""

    opening: int
    lines: tuple[GoodsLine, ...]
    closing: int


def goods_register(fund_id: int, start: dt.date, end: dt.date) -> GoodsRegister:
    """Every movement of goods from `start` to `end` in (date, id) order, with the value
    held after each."""
    from models.storage.schema import Loan

    checked_fund(fund_id, "read")
    opening = goods_held_unchecked(fund_id, start - dt.timedelta(days=1))
    rows = (GoodsEntry.select(GoodsEntry, Person.full_name, Loan.number.alias("loan_number"))
            .join(Person, pw.JOIN.LEFT_OUTER, on=(GoodsEntry.person == Person.id))
            .switch(GoodsEntry).join(Loan, pw.JOIN.LEFT_OUTER, on=(GoodsEntry.loan == Loan.id))
            .where((GoodsEntry.fund == fund_id) & (GoodsEntry.date >= start)
                   & (GoodsEntry.date <= end))
            .order_by(GoodsEntry.date, GoodsEntry.id).objects())
    lines, held = [], opening
    for r in rows:
        value_in = r.amount if r.direction == "in" else 0
        value_out = r.amount - value_in
        held += value_in - value_out
        lines.append(GoodsLine(r.id, r.date, r.number, r.kind, r.direction,
                               r.full_name or r.party, r.item, r.quantity, r.unit,
                               r.unit_value, r.description, value_in, value_out, held,
                               r.loan_number, r.reverses_id))
    return GoodsRegister(opening, tuple(lines), held)
