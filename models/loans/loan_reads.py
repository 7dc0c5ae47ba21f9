"""Reading loans: the club's loan register, a member's loan history, a loan's schedule and
repayments. models.loans.loans re-exports these, so callers import them from there.

A reversed repayment is undone by a second LoanRepayment row pointing at it with the
amounts negated, so SUM(principal) and SUM(interest) over a loan's rows (up to a date) are
what the member has repaid by then; every read here relies on that.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import peewee as pw

from models.accounts import access
from models.errors import NotFound
from models.funds.goods_tables import GoodsEntry
from models.loans.loan_schedule import Installment, schedule_status
from models.storage.schema import Club, Loan, LoanInstallment, LoanRepayment, Person, Village

LOAN_STATUSES = ("current", "overdue", "repaid", "written_off")


@dataclass(slots=True)
class LoanRow:
    """One loan as it stood at the end of a day (the `on` of the read that made it)."""

    loan_id: int
    number: int
    person_id: int
    person_name: str
    sort_key: str
    village: str
    form: str
    item: str
    purpose: str
    principal: int
    disbursed_on: dt.date
    term_months: int
    rate_bp: int
    interest_method: str
    repayment_plan: str
    paid_principal: int
    paid_interest: int
    outstanding: int  # principal not repaid (for a written-off loan: what was written off)
    days_late: int
    status: str  # current, overdue, repaid, written_off
    closed_on: dt.date | None
    income_improved: bool | None
    club_id: int = 0
    due_principal: int = 0  # due by the day and not paid, overdue included
    due_interest: int = 0
    next_due_on: dt.date | None = None
    next_due_amount: int = 0
    overdue_principal: int = 0  # of the amounts due, what fell due before the day
    overdue_interest: int = 0


def _as_date(value: object) -> dt.date:
    # raw tuples: SQLite may hand dates back as ISO text, PostgreSQL as dates
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def get_loan(loan_id: int) -> Loan:
    """A loan the signed-in user may read (NotFound if there is none)."""
    loan = Loan.get_or_none(Loan.id == loan_id)
    if loan is None:
        raise NotFound("loan", loan_id)
    access.require_club(loan.club_id, "read", missing=("loan", loan_id))
    return loan


def loan_of_entry(entry_id: int) -> Loan | None:
    """The loan whose disbursement, goods or repayment posted this ledger entry, if any."""
    loan = Loan.get_or_none(Loan.disbursement_entry == entry_id)
    if loan is None:
        repayment = LoanRepayment.get_or_none((LoanRepayment.principal_entry == entry_id)
                                              | (LoanRepayment.interest_entry == entry_id))
        loan = repayment.loan if repayment is not None else None
    if loan is None:  # the cash paid for an in-kind loan's goods
        bought = GoodsEntry.get_or_none(GoodsEntry.ledger_entry == entry_id)
        loan = bought.loan if bought is not None else None
    return loan


def schedule_of(loan_id: int) -> list[Installment]:
    """A loan's stored schedule in order (no access check)."""
    rows = (LoanInstallment.select(LoanInstallment.seq, LoanInstallment.due_on,
                                   LoanInstallment.principal, LoanInstallment.interest)
            .where(LoanInstallment.loan == loan_id).order_by(LoanInstallment.seq).tuples())
    return [Installment(seq, _as_date(due), int(p), int(i)) for seq, due, p, i in rows]


def loan_schedule(loan_id: int) -> list[Installment]:
    """The loan's stored repayment schedule, in order."""
    get_loan(loan_id)
    return schedule_of(loan_id)


def loan_repayments(loan_id: int) -> list[LoanRepayment]:
    """Every repayment row of the loan by date, reversals included (negated amounts)."""
    get_loan(loan_id)
    return list(LoanRepayment.select().where(LoanRepayment.loan == loan_id)
                .order_by(LoanRepayment.date, LoanRepayment.id))


def paid_totals(loan_id: int, on: dt.date | None = None) -> tuple[int, int]:
    """Principal and interest repaid on the loan by the end of `on` (all time if None)."""
    where = LoanRepayment.loan == loan_id
    if on is not None:
        where &= LoanRepayment.date <= on
    row = (LoanRepayment.select(pw.fn.SUM(LoanRepayment.principal),
                                pw.fn.SUM(LoanRepayment.interest)).where(where).tuples().get())
    return int(row[0] or 0), int(row[1] or 0)


def _rows(where: pw.Expression, on: dt.date, include_closed: bool) -> list[LoanRow]:
    """LoanRows of the loans matching `where` disbursed by `on`, in three queries."""
    where &= Loan.disbursed_on <= on
    loans = list(Loan.select(Loan, Person.full_name, Person.sort_key, Village.name)
                 .join(Person, on=(Loan.person == Person.id))
                 .join(Village, pw.JOIN.LEFT_OUTER, on=(Person.village == Village.id))
                 .where(where).order_by(Loan.club, Loan.number).objects())
    if not loans:
        return []
    ids = [loan.id for loan in loans]
    paid = {loan_id: (int(p or 0), int(i or 0)) for loan_id, p, i in (
        LoanRepayment.select(LoanRepayment.loan, pw.fn.SUM(LoanRepayment.principal),
                             pw.fn.SUM(LoanRepayment.interest))
        .where(LoanRepayment.loan.in_(ids) & (LoanRepayment.date <= on))
        .group_by(LoanRepayment.loan).tuples())}
    schedules: dict[int, list[Installment]] = defaultdict(list)
    for loan_id, seq, due, p, i in (
            LoanInstallment.select(LoanInstallment.loan, LoanInstallment.seq,
                                   LoanInstallment.due_on, LoanInstallment.principal,
                                   LoanInstallment.interest)
            .where(LoanInstallment.loan.in_(ids))
            .order_by(LoanInstallment.loan, LoanInstallment.seq).tuples()):
        schedules[loan_id].append(Installment(seq, _as_date(due), int(p), int(i)))
    result = []
    for loan in loans:
        paid_p, paid_i = paid.get(loan.id, (0, 0))
        state = schedule_status(schedules[loan.id], paid_p, paid_i, on)
        closed = loan.status in ("repaid", "written_off") and loan.closed_on is not None \
            and loan.closed_on <= on
        if closed and not include_closed:
            continue
        if closed:
            status, days_late = loan.status, 0
        else:
            status = "overdue" if state.days_late > 0 else "current"
            days_late = state.days_late
        result.append(LoanRow(
            loan_id=loan.id, number=loan.number, person_id=loan.person_id,
            person_name=loan.full_name, sort_key=loan.sort_key, village=loan.name or "",
            form=loan.form, item=loan.item, purpose=loan.purpose, principal=loan.principal,
            disbursed_on=loan.disbursed_on, term_months=loan.term_months, rate_bp=loan.rate_bp,
            interest_method=loan.interest_method, repayment_plan=loan.repayment_plan,
            paid_principal=paid_p, paid_interest=paid_i,
            outstanding=loan.principal - paid_p, days_late=days_late, status=status,
            closed_on=loan.closed_on if closed else None,
            income_improved=loan.income_improved if closed else None, club_id=loan.club_id,
            due_principal=0 if closed else state.due_principal,
            due_interest=0 if closed else state.due_interest,
            next_due_on=None if closed else state.next_due_on,
            next_due_amount=0 if closed else state.next_due_amount,
            overdue_principal=0 if closed else state.overdue_principal,
            overdue_interest=0 if closed else state.overdue_interest))
    return result


def loan_register(club_id: int, on: dt.date, *, include_closed: bool = True) -> list[LoanRow]:
    """The club's loans disbursed by `on`, by number, each as it stood at the end of `on`.

    A loan repaid or written off after `on` shows as current or overdue that day."""
    access.require_club(club_id, "read")
    return _rows(Loan.club == club_id, on, include_closed)


def member_loans(person_id: int, on: dt.date) -> list[LoanRow]:
    """A member's loans in every club the user may read, oldest first."""
    access.require("read")
    condition = access.ward_scope(Club.ward)
    where = Loan.person == person_id
    if condition is not None:
        where &= Loan.club.in_(Club.select(Club.id).where(condition))
    rows = _rows(where, on, True)
    rows.sort(key=lambda r: (r.disbursed_on, r.loan_id))
    return rows


def loan_by_number(club_id: int, number: int) -> Loan | None:
    """The club's loan with this contract number, once the signed-in user may read the club;
    None if the club has no such loan."""
    access.require_club(club_id, "read")
    return Loan.get_or_none((Loan.club == club_id) & (Loan.number == number))
