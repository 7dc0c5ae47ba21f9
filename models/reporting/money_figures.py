"""The money indicators of many clubs at once (funds, grants, loans, repayments), set-based.

The same definitions as models/loans/loan_figures.py (held equal by tests/domain/
test_plan_figures.py) computed for the programme's indicators only: the ledger grouped by
club, fund kind, category and kind; each running loan with its repayments and the running
totals of its schedule due by the period's end summed in SQL, so no schedule is rebuilt in
Python. A payment applies to instalments in order, so what was due in the period is the
schedule due by its end less what was paid before it (models/loans/loan_schedule.py,
schedule_status).
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from models.storage.db import database
from models.storage.schema import Fund, LedgerEntry, Loan, LoanInstallment, LoanRepayment

GRANT_CATEGORIES = {"budget_province": "grants_province", "budget_commune": "grants_commune",
                    "donation": "grants_sponsors"}
BALANCE_CODES = {"income": "fund_income_balance", "activity": "fund_activity_balance"}
BOTH_FUNDS = ("income", "activity")
CLOSED = ("repaid", "written_off")


def funds_into(result: dict[int, dict[str, int]], ids: list[int], start: dt.date,
               end: dt.date) -> None:
    """Fund balances at `end`, grants received in the period, whether both funds exist."""
    funds: dict[int, tuple[int, str]] = {}
    kinds: dict[int, set[str]] = {}
    for fund_id, cid, kind in Fund.select(Fund.id, Fund.club, Fund.kind).where(
            Fund.club.in_(ids)).tuples():
        funds[fund_id] = (cid, kind)
        kinds.setdefault(cid, set()).add(kind)
    for cid, found in kinds.items():
        result[cid]["clubs_both_funds"] = int(all(k in found for k in BOTH_FUNDS))
    if not funds:
        return
    signed = pw.Case(LedgerEntry.kind, (("receipt", LedgerEntry.amount),),
                     LedgerEntry.amount * -1)
    # a grant is a receipt in the period under its category, less the reversals of one
    grant = ((LedgerEntry.date >= start) & (
        ((LedgerEntry.kind == "receipt") & LedgerEntry.reverses.is_null())
        | ((LedgerEntry.kind == "payment") & LedgerEntry.reverses.is_null(False))))
    sums = [pw.fn.SUM(signed)] + [
        pw.fn.SUM(pw.Case(None, [(grant & (LedgerEntry.category == category), signed)], 0))
        for category in GRANT_CATEGORIES]
    # grouped by fund alone, in the order of the (fund, date) index: one pass over the
    # ledger without sorting it; the fund's club and kind are looked up here
    rows = (LedgerEntry.select(LedgerEntry.fund, *sums).where(LedgerEntry.date <= end)
            .group_by(LedgerEntry.fund))
    if len(funds) < 500:  # a few clubs: read only their funds' entries
        rows = rows.where(LedgerEntry.fund.in_(list(funds)))
    codes = list(GRANT_CATEGORIES.values())
    for fund_id, balance, *granted in database.execute(rows):
        owner = funds.get(fund_id)
        if owner is None:
            continue
        fig = result[owner[0]]
        fig[BALANCE_CODES.get(owner[1], "fund_other_balance")] += int(balance or 0)
        for code, amount in zip(codes, granted, strict=True):
            fig[code] += int(amount or 0)


def _positive(x: pw.Node) -> pw.Node:
    return pw.Case(None, [(x > 0, x)], 0)


def _least(a: pw.Node, b: pw.Node) -> pw.Node:
    return pw.Case(None, [(a < b, a)], b)


def loans_into(result: dict[int, dict[str, int]], ids: list[int], start: dt.date,
               end: dt.date) -> None:
    """Borrowers, loans disbursed and outstanding, income improved, repayments due and
    collected in the period: one query grouped by club over each running loan joined to
    its repayments and its schedule, both summed by loan."""
    closed = Loan.status.in_(CLOSED) & Loan.closed_on.is_null(False)
    running = (Loan.club.in_(ids) & (Loan.disbursed_on <= end)
               & ~(closed & (Loan.closed_on < start)))
    before = LoanRepayment.date < start
    paid = (LoanRepayment.select(
        LoanRepayment.loan.alias("loan_id"),
        pw.fn.SUM(pw.Case(None, [(before, LoanRepayment.principal)], 0)).alias("pb"),
        pw.fn.SUM(pw.Case(None, [(before, LoanRepayment.interest)], 0)).alias("ib"),
        pw.fn.SUM(pw.Case(None, [(before, 0)], LoanRepayment.principal)).alias("pw"),
        pw.fn.SUM(pw.Case(None, [(before, 0)], LoanRepayment.interest)).alias("iw"))
        .join(Loan, on=(LoanRepayment.loan == Loan.id))
        .where(running & (LoanRepayment.date <= end))
        .group_by(LoanRepayment.loan).alias("paid"))
    # the schedule due by the period's end, or by the day the loan closed within it
    until = pw.Case(None, [(closed & (Loan.closed_on < end), Loan.closed_on)], end)
    due_by = LoanInstallment.due_on <= until
    sched = (LoanInstallment.select(
        LoanInstallment.loan.alias("loan_id"),
        pw.fn.SUM(pw.Case(None, [(due_by, LoanInstallment.principal)], 0)).alias("sp"),
        pw.fn.SUM(pw.Case(None, [(due_by, LoanInstallment.interest)], 0)).alias("si"))
        .join(Loan, on=(LoanInstallment.loan == Loan.id))
        .where(running).group_by(LoanInstallment.loan).alias("sched"))
    pb, ib = pw.fn.COALESCE(paid.c.pb, 0), pw.fn.COALESCE(paid.c.ib, 0)
    pw_, iw = pw.fn.COALESCE(paid.c.pw, 0), pw.fn.COALESCE(paid.c.iw, 0)
    due_p = _positive(pw.fn.COALESCE(sched.c.sp, 0) - pb)
    due_i = _positive(pw.fn.COALESCE(sched.c.si, 0) - ib)
    still_open = ~(closed & (Loan.closed_on <= end))
    owed = Loan.principal - pb - pw_
    owing = still_open & (owed > 0)
    new = Loan.disbursed_on >= start

    def total(cond: pw.Node, value: pw.Node | int = 1) -> pw.Function:
        return pw.fn.SUM(pw.Case(None, [(cond, value)], 0))

    query = (Loan.select(
        Loan.club, pw.fn.COUNT(Loan.person.distinct()), total(new),
        total(new, Loan.principal), total(owing), total(owing, owed),
        total(~still_open & (Loan.income_improved == True)),  # noqa: E712
        pw.fn.SUM(due_p + due_i),
        pw.fn.SUM(_least(_positive(pw_), due_p) + _least(_positive(iw), due_i)))
        .join(paid, pw.JOIN.LEFT_OUTER, on=(paid.c.loan_id == Loan.id))
        .join(sched, pw.JOIN.LEFT_OUTER, on=(sched.c.loan_id == Loan.id))
        .where(running).group_by(Loan.club))
    for cid, *values in database.execute(query):
        fig = result[cid]
        for code, value in zip(("borrowers", "loans_disbursed", "loans_disbursed_amount",
                                "loans_outstanding", "loans_outstanding_amount",
                                "income_improved", "repayment_due", "repayment_collected"),
                               values, strict=True):
            fig[code] = int(value or 0)
