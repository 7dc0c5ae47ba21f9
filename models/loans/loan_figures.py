"""The figures the office reads about club money, per club and per commune, for any period.

Funds: opening balance, receipts and payments by category (a reversal counts against its
original's category, as in funds.movements), closing balance, per fund kind.

Loans (a loan "runs" from its disbursement until it is repaid or written off; a loan is
looked at as it stood at the end of the period, from the repayments dated by then):
- members: memberships active at the end of the period;
- borrowers: people with a loan running at some time in the period (disbursed by its end,
  not closed before its start); borrower_share = borrowers / members;
- loans_outstanding, outstanding_amount: loans running at the end with principal still owed,
  and that principal;
- par30_amount: the outstanding principal of those more than 30 days late at the end (days
  late from the schedule, loan_schedule.schedule_status); par30_ratio = par30 / outstanding;
- repayment_rate, the on-time repayment rate of microfinance, in money: for every loan
  running in the period, what was due = principal and interest falling due up to the end of
  the period (for a loan repaid or written off in the period: up to that day, since nothing
  falls due after it), less what had been paid before the period (arrears from before the
  period are thus due, instalments already prepaid are not); what was collected = what was
  paid in the period, principal and interest each capped at their due part (a prepayment of
  later instalments does not count).
  repayment_rate = Σ collected / Σ due (repayment_collected / repayment_due);
- written_off, written_off_amount: loans written off in the period and the principal still
  owed when they were, apart from the outstanding figures;
- closed_with_outcome: loans repaid or written off in the period whose outcome is recorded;
  income_improved: those of them where the member's income improved;
  income_improved_share = income_improved / closed_with_outcome.
A ratio with nothing to divide by is None, never 0. Commune figures add the clubs' counts and
amounts and compute the ratios from the sums, so the total is the sum of its clubs (a person
who borrowed in two clubs in the period counts in each).

Everything for a whole commune comes from six set-based queries (clubs, members, fund
movements, loans, repayments, schedules), whatever the number of clubs and loans.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import peewee as pw

from models.accounts import access
from models.errors import Collector
from models.loans.loan_schedule import Installment, schedule_status
from models.storage.db import database
from models.storage.schema import (
    Club,
    Fund,
    LedgerEntry,
    Loan,
    LoanInstallment,
    LoanRepayment,
    Membership,
)

PAR_DAYS = 30


@dataclass
class FundFigures:
    """One kind of fund over the period (all the club's funds of that kind together)."""

    opening: int = 0
    receipts_by_category: dict[str, int] = field(default_factory=dict)
    payments_by_category: dict[str, int] = field(default_factory=dict)
    closing: int = 0

    @property
    def receipts(self) -> int:
        return sum(self.receipts_by_category.values())

    @property
    def payments(self) -> int:
        return sum(self.payments_by_category.values())


@dataclass
class LoanFigures:
    """Loan figures of a club or commune for a period (see the module docstring)."""

    members: int = 0
    borrowers: int = 0
    borrower_share: float | None = None
    loans_outstanding: int = 0
    outstanding_amount: int = 0
    par30_amount: int = 0
    par30_ratio: float | None = None
    repayment_due: int = 0
    repayment_collected: int = 0
    repayment_rate: float | None = None
    closed_with_outcome: int = 0
    income_improved: int = 0
    income_improved_share: float | None = None
    disbursed: int = 0  # loans disbursed in the period
    disbursed_amount: int = 0
    # loans written off in the period and the principal then owed: never in the outstanding
    # figures above (a written-off loan is no longer owed to the fund), shown apart
    written_off: int = 0
    written_off_amount: int = 0

    def finish(self) -> LoanFigures:
        """Compute the ratios from the counts and amounts."""
        self.borrower_share = _ratio(self.borrowers, self.members)
        self.par30_ratio = _ratio(self.par30_amount, self.outstanding_amount)
        self.repayment_rate = _ratio(self.repayment_collected, self.repayment_due)
        self.income_improved_share = _ratio(self.income_improved, self.closed_with_outcome)
        return self


@dataclass
class ClubFigures:
    """Funds by kind (every kind the club has, even without entries) and loans."""

    funds: dict[str, FundFigures] = field(default_factory=dict)
    loans: LoanFigures = field(default_factory=LoanFigures)


@dataclass
class CommuneFigures:
    """Each club with a fund opened by the end of the period, by code, and their total."""

    per_club: list[tuple[int, str, str, ClubFigures]]
    total: ClubFigures


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


_COUNTS = [f.name for f in dataclasses.fields(LoanFigures)
           if f.type in ("int", int)]


def add_up(parts: list[ClubFigures]) -> ClubFigures:
    """The sum of several clubs' figures, ratios computed from the sums."""
    total = ClubFigures()
    for part in parts:
        for kind, f in part.funds.items():
            t = total.funds.setdefault(kind, FundFigures())
            t.opening += f.opening
            t.closing += f.closing
            for mine, theirs in ((t.receipts_by_category, f.receipts_by_category),
                                 (t.payments_by_category, f.payments_by_category)):
                for category, amount in theirs.items():
                    mine[category] = mine.get(category, 0) + amount
        for name in _COUNTS:
            setattr(total.loans, name, getattr(total.loans, name) + getattr(part.loans, name))
    total.loans.finish()
    return total


def _check_period(start: object, end: object) -> None:
    p = Collector()
    for name, value in (("date_from", start), ("date_to", end)):
        if value is None:
            p.add(name, "required")
        elif not isinstance(value, dt.date):
            p.add(name, "bad_date", value=value)
    if not p and end < start:  # type: ignore[operator]
        p.add("date_to", "before_start")
    p.raise_if_any()


_from_iso = dt.date.fromisoformat


def _date(value: object) -> dt.date:
    # raw cursors: SQLite hands dates back as ISO text, PostgreSQL as dates
    if value.__class__ is str and len(value) == 10:  # the usual case, thousands of times
        return _from_iso(value)
    return value if isinstance(value, dt.date) else _from_iso(str(value)[:10])


def club_figures(club_id: int, start: dt.date, end: dt.date) -> ClubFigures:
    """Fund and loan figures of one club for the period [start, end]."""
    access.require_club(club_id, "read")
    _check_period(start, end)
    return _figures(Club.id == club_id, [club_id], start, end)[club_id]


def commune_figures(ward_code: int, start: dt.date, end: dt.date) -> CommuneFigures:
    """Figures of every club of the commune with a fund opened by `end`, and their total."""
    access.require("read", ward_code)
    _check_period(start, end)
    # clubs with money to report: their funds open at founding, so planned ones have none
    has_funds = Fund.select(Fund.id).where((Fund.club == Club.id) & (Fund.opened_on <= end))
    where = (Club.ward == ward_code) & pw.fn.EXISTS(has_funds)
    clubs = list(Club.select(Club.id, Club.code, Club.name).where(where)
                 .order_by(Club.code).tuples())
    by_club = _figures(where, [c[0] for c in clubs], start, end) if clubs else {}
    per_club = [(cid, code, name, by_club[cid]) for cid, code, name in clubs]
    return CommuneFigures(per_club, add_up([c[3] for c in per_club]))


def _figures(clubs: pw.Expression, ids: list[int], start: dt.date, end: dt.date
             ) -> dict[int, ClubFigures]:
    """Figures of the clubs `ids`, which `clubs` selects (a subquery in every query)."""
    club_ids = Club.select(Club.id).where(clubs)
    result = {cid: ClubFigures() for cid in ids}
    _fund_figures(result, club_ids, start, end)
    _loan_figures(result, club_ids, start, end)
    for figures in result.values():
        figures.loans.finish()
    return result


def _fund_figures(result: dict[int, ClubFigures], club_ids: pw.Select, start: dt.date,
                  end: dt.date) -> None:
    for cid, kind in Fund.select(Fund.club, Fund.kind).where(Fund.club.in_(club_ids)).tuples():
        result[cid].funds.setdefault(kind, FundFigures())
    before = LedgerEntry.date < start
    rows = (LedgerEntry
            .select(Fund.club, Fund.kind, LedgerEntry.kind, LedgerEntry.category,
                    LedgerEntry.reverses.is_null(),
                    pw.fn.SUM(pw.Case(None, [(before, LedgerEntry.amount)], 0)),
                    pw.fn.SUM(pw.Case(None, [(before, 0)], LedgerEntry.amount)))
            .join(Fund, on=(LedgerEntry.fund == Fund.id))
            .where(Fund.club.in_(club_ids) & (LedgerEntry.date <= end))
            .group_by(Fund.club, Fund.kind, LedgerEntry.kind, LedgerEntry.category,
                      LedgerEntry.reverses.is_null()))
    for cid, fund_kind, kind, category, original, earlier, within in database.execute(rows):
        f = result[cid].funds[fund_kind]
        earlier, within = int(earlier or 0), int(within or 0)
        f.opening += earlier if kind == "receipt" else -earlier
        f.closing += earlier + within if kind == "receipt" else -(earlier + within)
        if not within:
            continue
        if not original:  # a reversing payment undoes a receipt: it lowers that category
            kind, within = ("payment" if kind == "receipt" else "receipt"), -within
        side = f.receipts_by_category if kind == "receipt" else f.payments_by_category
        side[category] = side.get(category, 0) + within


def _loan_figures(result: dict[int, ClubFigures], club_ids: pw.Select, start: dt.date,
                  end: dt.date) -> None:
    for cid, count in (Membership.select(Membership.club, pw.fn.COUNT(Membership.id))
                       .where(Membership.club.in_(club_ids) & (Membership.joined_on <= end)
                              & (Membership.left_on.is_null() | (Membership.left_on > end)))
                       .group_by(Membership.club).tuples()):
        result[cid].loans.members = count
    closed = Loan.status.in_(("repaid", "written_off")) & Loan.closed_on.is_null(False)
    running = (Loan.club.in_(club_ids) & (Loan.disbursed_on <= end)
               & ~(closed & (Loan.closed_on < start)))
    loans = list(database.execute(
        Loan.select(Loan.id, Loan.club, Loan.person, Loan.principal, Loan.disbursed_on,
                    Loan.status, Loan.closed_on, Loan.income_improved).where(running)))
    if not loans:
        return
    loan_ids = Loan.select(Loan.id).where(running)
    paid: dict[int, tuple[int, int, int, int]] = {}
    before = LoanRepayment.date < start
    for loan_id, pb, ib, pw_, iw in database.execute(
            LoanRepayment.select(
                LoanRepayment.loan,
                pw.fn.SUM(pw.Case(None, [(before, LoanRepayment.principal)], 0)),
                pw.fn.SUM(pw.Case(None, [(before, LoanRepayment.interest)], 0)),
                pw.fn.SUM(pw.Case(None, [(before, 0)], LoanRepayment.principal)),
                pw.fn.SUM(pw.Case(None, [(before, 0)], LoanRepayment.interest)))
            .where(LoanRepayment.loan.in_(loan_ids) & (LoanRepayment.date <= end))
            .group_by(LoanRepayment.loan)):
        paid[loan_id] = (int(pb or 0), int(ib or 0), int(pw_ or 0), int(iw or 0))
    schedules: dict[int, list[Installment]] = defaultdict(list)
    date = _date
    for loan_id, seq, due, p, i in database.execute(
            LoanInstallment.select(LoanInstallment.loan, LoanInstallment.seq,
                                   LoanInstallment.due_on, LoanInstallment.principal,
                                   LoanInstallment.interest)
            .where(LoanInstallment.loan.in_(loan_ids))
            .order_by(LoanInstallment.loan, LoanInstallment.seq)):
        schedules[loan_id].append(Installment(seq, date(due), p, i))
    borrowers: dict[int, set[int]] = defaultdict(set)
    for loan_id, cid, person, principal, disbursed, status, closed_on, improved in loans:
        figures = result[cid].loans
        disbursed = _date(disbursed)
        closed_on = _date(closed_on) if closed_on is not None else None
        is_closed = status in ("repaid", "written_off") and closed_on is not None
        borrowers[cid].add(person)
        if disbursed >= start:
            figures.disbursed += 1
            figures.disbursed_amount += principal
        paid_pb, paid_ib, paid_pw, paid_iw = paid.get(loan_id, (0, 0, 0, 0))
        schedule = schedules[loan_id]
        if not (is_closed and closed_on <= end):
            owed = principal - paid_pb - paid_pw
            if owed > 0:
                figures.loans_outstanding += 1
                figures.outstanding_amount += owed
                late = schedule_status(schedule, paid_pb + paid_pw, paid_ib + paid_iw, end)
                if late.days_late > PAR_DAYS:
                    figures.par30_amount += owed
        else:  # closed in the period (closed earlier was left out)
            if status == "written_off":
                figures.written_off += 1
                figures.written_off_amount += principal - paid_pb - paid_pw
            if improved is not None:
                figures.closed_with_outcome += 1
                figures.income_improved += bool(improved)
        until = min(end, closed_on) if is_closed else end
        due = schedule_status(schedule, paid_pb, paid_ib, until)
        figures.repayment_due += due.due_principal + due.due_interest
        figures.repayment_collected += (min(max(paid_pw, 0), due.due_principal)
                                        + min(max(paid_iw, 0), due.due_interest))
    for cid, people in borrowers.items():
        result[cid].loans.borrowers = len(people)


def figures_of_clubs(club_ids: list[int], start: dt.date, end: dt.date) -> dict[int, ClubFigures]:
    """Fund and loan figures of the given clubs for [start, end], whatever their ward; the
    caller has checked the user may read them (a set of queries whatever their number)."""
    _check_period(start, end)
    if not club_ids:
        return {}
    return _figures(Club.id.in_(club_ids), list(club_ids), start, end)
