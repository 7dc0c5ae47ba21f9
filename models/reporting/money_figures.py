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


def _date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


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
    within = LedgerEntry.date >= start
    signed = pw.Case(LedgerEntry.kind, (("receipt", LedgerEntry.amount),),
                     LedgerEntry.amount * -1)
    # a reversing payment of a grant lowers that grant: a grant is receipts less reversals
    grant = pw.Case(None, ((within & (LedgerEntry.kind == "receipt")
                            & LedgerEntry.reverses.is_null(), LedgerEntry.amount),
                           (within & (LedgerEntry.kind == "payment")
                            & LedgerEntry.reverses.is_null(False), LedgerEntry.amount * -1)),
                    0)
    # grouped by fund alone, in the order of the (fund, date) index: no join, no sort of
    # the whole ledger; the fund's club and kind are looked up here
    rows = (LedgerEntry.select(LedgerEntry.fund, LedgerEntry.category, pw.fn.SUM(signed),
                               pw.fn.SUM(grant))
            .where(LedgerEntry.date <= end)
            .group_by(LedgerEntry.fund, LedgerEntry.category))
    if len(funds) < 500:  # a few clubs: read only their funds' entries
        rows = rows.where(LedgerEntry.fund.in_(list(funds)))
    for fund_id, category, balance, granted in database.execute(rows):
        owner = funds.get(fund_id)
        if owner is None:
            continue
        fig = result[owner[0]]
        fig[BALANCE_CODES.get(owner[1], "fund_other_balance")] += int(balance or 0)
        if category in GRANT_CATEGORIES:
            fig[GRANT_CATEGORIES[category]] += int(granted or 0)


def loans_into(result: dict[int, dict[str, int]], ids: list[int], start: dt.date,
               end: dt.date) -> None:
    """Borrowers, loans disbursed and outstanding, income improved, repayments due and
    collected in the period."""
    closed = Loan.status.in_(CLOSED) & Loan.closed_on.is_null(False)
    running = (Loan.club.in_(ids) & (Loan.disbursed_on <= end)
               & ~(closed & (Loan.closed_on < start)))
    loan_ids = Loan.select(Loan.id).where(running)
    before = LoanRepayment.date < start
    paid = {loan: tuple(int(x or 0) for x in sums) for loan, *sums in database.execute(
        LoanRepayment.select(
            LoanRepayment.loan,
            pw.fn.SUM(pw.Case(None, [(before, LoanRepayment.principal)], 0)),
            pw.fn.SUM(pw.Case(None, [(before, LoanRepayment.interest)], 0)),
            pw.fn.SUM(pw.Case(None, [(before, 0)], LoanRepayment.principal)),
            pw.fn.SUM(pw.Case(None, [(before, 0)], LoanRepayment.interest)))
        .where(LoanRepayment.loan.in_(loan_ids) & (LoanRepayment.date <= end))
        .group_by(LoanRepayment.loan))}
    # the schedule due by the period's end, or by the day the loan closed within it
    until = pw.Case(None, [(closed & (Loan.closed_on < end), Loan.closed_on)], end)
    due_by = LoanInstallment.due_on <= until
    scheduled = {loan: (int(p or 0), int(i or 0)) for loan, p, i in database.execute(
        LoanInstallment.select(
            LoanInstallment.loan,
            pw.fn.SUM(pw.Case(None, [(due_by, LoanInstallment.principal)], 0)),
            pw.fn.SUM(pw.Case(None, [(due_by, LoanInstallment.interest)], 0)))
        .join(Loan, on=(LoanInstallment.loan == Loan.id))
        .where(running).group_by(LoanInstallment.loan))}
    borrowers: dict[int, set[int]] = {}
    for loan_id, cid, person, principal, disbursed, status, closed_on, improved in (
            database.execute(Loan.select(Loan.id, Loan.club, Loan.person, Loan.principal,
                                         Loan.disbursed_on, Loan.status, Loan.closed_on,
                                         Loan.income_improved).where(running))):
        fig = result[cid]
        borrowers.setdefault(cid, set()).add(person)
        if _date(disbursed) >= start:
            fig["loans_disbursed"] += 1
            fig["loans_disbursed_amount"] += principal
        pb, ib, pw_, iw = paid.get(loan_id, (0, 0, 0, 0))
        closed_day = _date(closed_on) if closed_on is not None else None
        if not (status in CLOSED and closed_day is not None and closed_day <= end):
            owed = principal - pb - pw_
            if owed > 0:
                fig["loans_outstanding"] += 1
                fig["loans_outstanding_amount"] += owed
        elif improved is not None:  # closed in the period (closed earlier was left out)
            fig["income_improved"] += int(bool(improved))
        due_p, due_i = scheduled.get(loan_id, (0, 0))
        due_p, due_i = max(0, due_p - pb), max(0, due_i - ib)
        fig["repayment_due"] += due_p + due_i
        fig["repayment_collected"] += min(max(pw_, 0), due_p) + min(max(iw, 0), due_i)
    for cid, people in borrowers.items():
        result[cid]["borrowers"] = len(people)
