"""A fund's statement (báo cáo tình hình quỹ): what the fund holds and where it came from.

What it holds: cash on hand (the cash book's balance) + loans outstanding in cash + loans
outstanding in kind (principal not repaid, loans written off excluded) + goods held (the
in-kind register). Where it came from: every receipt and payment of the cash book that is
not money turned into a loan or goods or back (loan_disbursement, goods_purchase,
loan_repayment), + interest paid in goods, − what was written off. The two add up to the
same value, the fund's value; `check` holds them equal (value_checks).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import peewee as pw

from models.funds.fund_reads import checked_fund
from models.funds.goods_tables import GoodsEntry
from models.storage.schema import Fund, LedgerEntry, Loan, LoanRepayment

# Cash that became a loan or goods, or came back from a loan: the fund's value is unchanged.
SWAPS = ("loan_disbursement", "goods_purchase", "loan_repayment")


@dataclass
class FundStatement:
    """One fund at the end of a day, both ways."""

    fund_id: int
    on: dt.date
    cash: int = 0
    loans_cash: int = 0
    loans_in_kind: int = 0
    goods: int = 0
    loans_cash_count: int = 0
    loans_in_kind_count: int = 0
    written_off: int = 0  # principal written off by then: no longer held, shown apart
    written_off_count: int = 0
    receipts_by_category: dict[str, int] = field(default_factory=dict)
    payments_by_category: dict[str, int] = field(default_factory=dict)
    goods_interest: int = 0

    @property
    def value(self) -> int:
        """What the fund holds: cash + loans outstanding + goods."""
        return self.cash + self.loans_cash + self.loans_in_kind + self.goods

    @property
    def value_by_sources(self) -> int:
        """What the fund was given and earned, less what it spent and wrote off."""
        return (sum(self.receipts_by_category.values())
                - sum(self.payments_by_category.values()) + self.goods_interest
                - self.written_off)


def _statements(fund_ids: list[int], on: dt.date) -> dict[int, FundStatement]:
    result = {f: FundStatement(f, on) for f in fund_ids}
    if not fund_ids:
        return result
    signed = pw.Case(None, [(LedgerEntry.kind == "receipt", LedgerEntry.amount)],
                     LedgerEntry.amount * -1)
    for fund_id, category, total in (
            LedgerEntry.select(LedgerEntry.fund, LedgerEntry.category, pw.fn.SUM(signed))
            .where(LedgerEntry.fund.in_(fund_ids) & (LedgerEntry.date <= on))
            .group_by(LedgerEntry.fund, LedgerEntry.category).tuples()):
        s, total = result[fund_id], int(total or 0)
        s.cash += total
        if category in SWAPS:
            continue
        # a reversal carries its original's category, so each category nets to its sign
        if total >= 0:
            s.receipts_by_category[category] = total
        else:
            s.payments_by_category[category] = -total
    goods_signed = pw.Case(None, [(GoodsEntry.direction == "in", GoodsEntry.amount)],
                           GoodsEntry.amount * -1)
    for fund_id, kind, total in (
            GoodsEntry.select(GoodsEntry.fund, GoodsEntry.kind, pw.fn.SUM(goods_signed))
            .where(GoodsEntry.fund.in_(fund_ids) & (GoodsEntry.date <= on))
            .group_by(GoodsEntry.fund, GoodsEntry.kind).tuples()):
        result[fund_id].goods += int(total or 0)
        if kind == "interest":
            result[fund_id].goods_interest += int(total or 0)
    paid = dict(LoanRepayment.select(LoanRepayment.loan, pw.fn.SUM(LoanRepayment.principal))
                .join(Loan).where(Loan.fund.in_(fund_ids) & (LoanRepayment.date <= on))
                .group_by(LoanRepayment.loan).tuples())
    for loan_id, fund_id, form, principal, status, closed_on in (
            Loan.select(Loan.id, Loan.fund, Loan.form, Loan.principal, Loan.status,
                        Loan.closed_on)
            .where(Loan.fund.in_(fund_ids) & (Loan.disbursed_on <= on)).tuples()):
        s = result[fund_id]
        owed = int(principal) - int(paid.get(loan_id) or 0)
        closed = closed_on if closed_on is None or isinstance(closed_on, dt.date) \
            else dt.date.fromisoformat(str(closed_on)[:10])
        if status == "written_off" and closed is not None and closed <= on:
            s.written_off += owed
            s.written_off_count += 1
        elif owed and form == "in_kind":
            s.loans_in_kind += owed
            s.loans_in_kind_count += 1
        elif owed:
            s.loans_cash += owed
            s.loans_cash_count += 1
    return result


def fund_statement(fund_id: int, on: dt.date) -> FundStatement:
    """The fund as it stood at the end of `on`."""
    checked_fund(fund_id, "read")
    return _statements([fund_id], on)[fund_id]


def value_checks() -> list[tuple[str, str, int, str, dict]]:
    """Every fund's value is the same both ways, every in-kind loan handed over goods worth
    its principal, and no fund's goods go below zero: what is wrong as (code, table, row id,
    detail, params), for models/storage/integrity.py."""
    ids = [f for (f,) in Fund.select(Fund.id).tuples()]
    findings = []
    far = dt.date(9999, 12, 31)
    for fund_id, s in _statements(ids, far).items():
        if s.value != s.value_by_sources:
            findings.append(("fund_value_mismatch", "fund", fund_id,
                                    f"{s.value} / {s.value_by_sources}",
                                    {"fund": fund_id, "held": s.value,
                                     "sources": s.value_by_sources}))
    handed = dict(GoodsEntry.select(GoodsEntry.loan, pw.fn.SUM(pw.Case(
        None, [(GoodsEntry.direction == "out", GoodsEntry.amount)], GoodsEntry.amount * -1)))
        .where(GoodsEntry.kind == "loan_out").group_by(GoodsEntry.loan).tuples())
    for loan_id, principal in (Loan.select(Loan.id, Loan.principal)
                               .where(Loan.form == "in_kind").tuples()):
        if int(handed.get(loan_id) or 0) != principal:
            findings.append(("goods_loan_mismatch", "loan", loan_id,
                             f"{handed.get(loan_id)} / {principal}",
                             {"id": loan_id, "handed": int(handed.get(loan_id) or 0),
                              "principal": principal}))
    running: dict[int, int] = defaultdict(int)
    reported: set[int] = set()
    for fund_id, direction, amount, date in (
            GoodsEntry.select(GoodsEntry.fund, GoodsEntry.direction, GoodsEntry.amount,
                              GoodsEntry.date)
            .order_by(GoodsEntry.fund, GoodsEntry.date, GoodsEntry.id).tuples()):
        running[fund_id] += amount if direction == "in" else -amount
        if running[fund_id] < 0 and fund_id not in reported:
            reported.add(fund_id)
            findings.append(("goods_negative", "fund", fund_id, f"{date}",
                                    {"fund": fund_id, "date": str(date),
                                     "value": running[fund_id]}))
    return findings
