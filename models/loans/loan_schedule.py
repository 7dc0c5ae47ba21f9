"""Loan repayment schedules and where a loan stands against its schedule on a date.

Pure Python, no database: the loan services store what build_schedule() returns, and the
commune-wide loan figures call schedule_status() on rows they load in bulk, so both stay
cheap. Money is whole đồng; rates are hundredths of a percent per month (50 = 0,5 %/tháng).

Clubs collect in round sums, so a schedule is built to the office's rounding unit
(models/office/money_settings.py, 1.000 đ by default): every instalment but the last is a
multiple of it and the last absorbs the rest, so the lines still add up to the loan exactly
(5.000.000 đ over 12 months: 417.000 đ × 11 + 413.000 đ). Interest (the club's fee for the
money) is rounded to the unit in every instalment, so a flat rate still asks the same sum
each month (0,35 % of 3.000.000 đ: 11.000 đ, not 10.500 đ).
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


def round_to_unit(amount: int, unit: int) -> int:
    """`amount` to the nearest multiple of `unit`, halves up (416.667 -> 417.000)."""
    if unit <= 1:
        return amount
    return _round_div(amount, unit) * unit


def _even_share(total: int, parts: int, unit: int) -> int:
    """The share of each of `parts` equal instalments but the last, a multiple of `unit`,
    leaving the last a positive rest. Rounding to the nearest unit would leave the last
    nothing when the unit is large against the share (1.000.000 đ over 24 months in 100.000
    đ): then down to the unit, and when even that is 0, to the đồng."""
    exact = total // parts
    if unit <= 1 or parts == 1:
        return exact
    for share in (round_to_unit(exact, unit), exact // unit * unit):
        if share > 0 and total - share * (parts - 1) > 0:
            return share
    return exact


def _period_ends(term_months: int, plan: str) -> list[int]:
    """Month offsets (from disbursement) at which instalments fall due."""
    if plan == "quarterly":
        ends = list(range(3, term_months, 3))
        return ends + [term_months]
    return list(range(1, term_months + 1))


def build_schedule(principal: int, term_months: int, rate_bp: int, method: str, plan: str,
                   disbursed_on: dt.date, *, unit: int = 1) -> list[Installment]:
    """The repayment schedule of a loan, in whole đồng, rounded to `unit` đồng.

    Principal is repaid in equal monthly shares (a multiple of `unit` per month of the
    period, see _even_share); the last instalment takes the remainder so the lines add up
    exactly. end_of_term: interest monthly, all principal in the last instalment. Interest
    per instalment: flat on the whole principal, declining on the principal still owed
    during the period, none = 0; each rounded to the unit (halves up). Raises ValueError on
    arguments the services should have refused.
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
    if isinstance(unit, bool) or not isinstance(unit, int) or unit < 1:
        raise ValueError(f"unit must be an int >= 1, not {unit!r}")
    if method == "none":
        rate_bp = 0
    per_month = _even_share(principal, term_months, unit)
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
        interest = round_to_unit(_round_div(base * rate_bp * months, 10_000), unit)
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
