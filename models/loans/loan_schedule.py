"""Loan repayment schedules and where a loan stands against its schedule on a date.

Pure Python, no database: the loan services store what build_schedule() returns, and the
commune-wide loan figures call schedule_status() on rows they load in bulk, so both stay
cheap. Money is whole đồng; rates are hundredths of a percent per month (50 = 0,5 %/tháng).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

INTEREST_METHODS = ("flat", "declining", "none")
REPAYMENT_PLANS = ("monthly", "quarterly", "end_of_term")


@dataclass(frozen=True, slots=True)
class Installment:
    """One line of a schedule: what falls due on `due_on`."""

    seq: int
    due_on: dt.date
    principal: int
    interest: int

    @property
    def total(self) -> int:
        return self.principal + self.interest


@dataclass(frozen=True, slots=True)
class ScheduleStatus:
    """A loan against its schedule at the end of a day.

    due_*: scheduled up to and including the day and not yet paid (what to collect today);
    overdue_*: the part of that whose due date has passed; days_late counts from the earliest
    due date not covered by the payments. next_due_on is the first instalment due on or
    after the day that is not yet covered, next_due_amount what must be paid by then to be
    up to date (overdue amounts included).
    """

    paid_principal: int
    paid_interest: int
    outstanding_principal: int
    due_principal: int
    due_interest: int
    overdue_principal: int
    overdue_interest: int
    days_late: int
    next_due_on: dt.date | None
    next_due_amount: int


def add_months(start: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's end (31/01 + 1 = 28 or 29/02)."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _round_div(numerator: int, denominator: int) -> int:
    """Round half up, in integers (no float drift on large amounts)."""
    return (2 * numerator + denominator) // (2 * denominator)


def _period_ends(term_months: int, plan: str) -> list[int]:
    """Month offsets (from disbursement) at which instalments fall due."""
    if plan == "quarterly":
        ends = list(range(3, term_months, 3))
        return ends + [term_months]
    return list(range(1, term_months + 1))


def build_schedule(principal: int, term_months: int, rate_bp: int, method: str, plan: str,
                   disbursed_on: dt.date) -> list[Installment]:
    """The repayment schedule of a loan, in whole đồng.

    Principal is repaid in equal monthly shares (principal // term per month of the period);
    the last instalment takes the remainder so the lines add up exactly. end_of_term: interest
    monthly, all principal in the last instalment. Interest per instalment: flat on the whole
    principal, declining on the principal still owed during the period, none = 0; each is
    rounded to whole đồng. Raises ValueError on arguments the services should have refused.
    """
    if isinstance(principal, bool) or not isinstance(principal, int) or principal <= 0:
        raise ValueError(f"principal must be a positive int, not {principal!r}")
    if isinstance(term_months, bool) or not isinstance(term_months, int) or term_months < 1:
        raise ValueError(f"term_months must be an int >= 1, not {term_months!r}")
    if isinstance(rate_bp, bool) or not isinstance(rate_bp, int) or rate_bp < 0:
        raise ValueError(f"rate_bp must be an int >= 0, not {rate_bp!r}")
    if method not in INTEREST_METHODS:
        raise ValueError(f"unknown interest method {method!r}")
    if plan not in REPAYMENT_PLANS:
        raise ValueError(f"unknown repayment plan {plan!r}")
    if method == "none":
        rate_bp = 0
    per_month = principal // term_months
    lines: list[Installment] = []
    owed = principal
    previous = 0
    ends = _period_ends(term_months, plan)
    for seq, end in enumerate(ends, start=1):
        months = end - previous
        if seq == len(ends):
            part = owed
        elif plan == "end_of_term":
            part = 0
        else:
            part = per_month * months
        base = principal if method == "flat" else owed
        interest = _round_div(base * rate_bp * months, 10_000)
        lines.append(Installment(seq, add_months(disbursed_on, end), part, interest))
        owed -= part
        previous = end
    return lines


def schedule_status(schedule: list[Installment], paid_principal: int, paid_interest: int,
                    on: dt.date) -> ScheduleStatus:
    """Where a loan stands on `on` given what has been paid so far (see ScheduleStatus).

    Payments cover instalments in order, principal and interest each cumulatively: an
    instalment is covered when the payments reach its running totals of both.
    """
    cum_p = cum_i = 0
    due_p = due_i = over_p = over_i = 0
    late_from: dt.date | None = None
    next_on: dt.date | None = None
    next_amount = 0
    for line in schedule:
        cum_p += line.principal
        cum_i += line.interest
        covered = paid_principal >= cum_p and paid_interest >= cum_i
        if line.due_on < on:
            over_p, over_i = cum_p, cum_i
            if late_from is None and not covered:
                late_from = line.due_on
        if line.due_on <= on:
            due_p, due_i = cum_p, cum_i
        if next_on is None and line.due_on >= on and not covered:
            next_on = line.due_on
            next_amount = max(0, cum_p - paid_principal) + max(0, cum_i - paid_interest)
    return ScheduleStatus(
        paid_principal=paid_principal,
        paid_interest=paid_interest,
        outstanding_principal=max(0, cum_p - paid_principal),
        due_principal=max(0, due_p - paid_principal),
        due_interest=max(0, due_i - paid_interest),
        overdue_principal=max(0, over_p - paid_principal),
        overdue_interest=max(0, over_i - paid_interest),
        days_late=(on - late_from).days if late_from is not None else 0,
        next_due_on=next_on,
        next_due_amount=next_amount,
    )
