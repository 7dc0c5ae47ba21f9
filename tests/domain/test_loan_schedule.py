"""Loan schedules and schedule status: examples worked by hand, then properties (hypothesis)."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.loans.loan_schedule import (
    INTEREST_METHODS,
    REPAYMENT_PLANS,
    Installment,
    add_months,
    build_schedule,
    schedule_status,
)

D = dt.date


def test_declining_ten_million_twelve_months_half_percent():
    lines = build_schedule(10_000_000, 12, 50, "declining", "monthly", D(2026, 1, 15))
    assert len(lines) == 12
    assert [x.seq for x in lines] == list(range(1, 13))
    # 10.000.000 / 12 = 833.333 a month, the last takes the 4 đ left over
    assert [x.principal for x in lines[:11]] == [833_333] * 11
    assert lines[-1].principal == 833_337
    assert lines[0].interest == 50_000  # 10.000.000 × 0,5 %
    assert lines[1].interest == 45_833  # 9.166.667 × 0,5 % = 45.833,335
    assert lines[-1].interest == 4_167  # 833.337 × 0,5 % = 4.166,685
    assert lines[0].total == 883_333
    assert sum(x.principal for x in lines) == 10_000_000
    assert lines[0].due_on == D(2026, 2, 15) and lines[-1].due_on == D(2027, 1, 15)


def test_flat_interest_is_the_same_every_month():
    lines = build_schedule(10_000_000, 12, 50, "flat", "monthly", D(2026, 1, 15))
    assert [x.interest for x in lines] == [50_000] * 12
    assert sum(x.interest for x in lines) == 600_000


def test_no_interest_ignores_the_rate():
    lines = build_schedule(3_000_000, 6, 80, "none", "monthly", D(2026, 3, 1))
    assert [x.interest for x in lines] == [0] * 6
    assert [x.principal for x in lines] == [500_000] * 6


def test_month_end_clamping():
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2028, 1, 31), 1) == D(2028, 2, 29)
    assert add_months(D(2026, 12, 15), 1) == D(2027, 1, 15)
    lines = build_schedule(1_200_000, 4, 0, "none", "monthly", D(2026, 1, 31))
    # each date counts from the disbursement, so 28/02 does not drag 31/03 to the 28th
    assert [x.due_on for x in lines] == [D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30),
                                         D(2026, 5, 31)]


def test_quarterly_with_a_short_last_period():
    lines = build_schedule(7_000_000, 7, 100, "declining", "quarterly", D(2026, 1, 10))
    assert [x.due_on for x in lines] == [D(2026, 4, 10), D(2026, 7, 10), D(2026, 8, 10)]
    assert [x.principal for x in lines] == [3_000_000, 3_000_000, 1_000_000]
    # 1 %/month on what is owed during each period, times its months
    assert [x.interest for x in lines] == [210_000, 120_000, 10_000]


def test_quarterly_flat_counts_months_per_period():
    lines = build_schedule(6_000_000, 6, 50, "flat", "quarterly", D(2026, 1, 10))
    assert [x.interest for x in lines] == [90_000, 90_000]


def test_end_of_term_interest_monthly_principal_at_the_end():
    lines = build_schedule(15_000_000, 10, 40, "declining", "end_of_term", D(2026, 5, 20))
    assert len(lines) == 10
    assert [x.principal for x in lines] == [0] * 9 + [15_000_000]
    assert [x.interest for x in lines] == [60_000] * 10
    assert lines[-1].due_on == D(2027, 3, 20)


def test_one_month_loan():
    lines = build_schedule(999_999, 1, 33, "declining", "quarterly", D(2026, 1, 1))
    assert lines == [Installment(1, D(2026, 2, 1), 999_999, 3_300)]


def test_interest_rounds_half_up():
    # 1.000.100 × 0,25 % = 2.500,25 → 2.500; 1.000.200 × 0,25 % = 2.500,5 → 2.501
    assert build_schedule(1_000_100, 1, 25, "flat", "monthly", D(2026, 1, 1))[0].interest \
        == 2_500
    assert build_schedule(1_000_200, 1, 25, "flat", "monthly", D(2026, 1, 1))[0].interest \
        == 2_501


@pytest.mark.parametrize("args", [
    (0, 12, 50, "flat", "monthly"), (-5, 12, 50, "flat", "monthly"),
    (1.5, 12, 50, "flat", "monthly"), ("100", 12, 50, "flat", "monthly"),
    (100, 0, 50, "flat", "monthly"), (100, 12, -1, "flat", "monthly"),
    (100, 12, 50, "simple", "monthly"), (100, 12, 50, "flat", "weekly"),
    (True, 12, 50, "flat", "monthly"),
])
def test_bad_arguments_raise(args):
    with pytest.raises(ValueError):
        build_schedule(*args, D(2026, 1, 1))


# --- status ----------------------------------------------------------------------------------

SCHED = build_schedule(1_200_000, 3, 100, "flat", "monthly", D(2026, 1, 10))
# three lines: 400.000 + 12.000 due 10/02, 10/03, 10/04


def test_status_before_anything_is_due():
    s = schedule_status(SCHED, 0, 0, D(2026, 1, 20))
    assert s.outstanding_principal == 1_200_000
    assert (s.due_principal, s.due_interest, s.overdue_principal, s.days_late) == (0, 0, 0, 0)
    assert s.next_due_on == D(2026, 2, 10) and s.next_due_amount == 412_000


def test_status_on_the_due_day_is_due_not_late():
    s = schedule_status(SCHED, 0, 0, D(2026, 2, 10))
    assert (s.due_principal, s.due_interest) == (400_000, 12_000)
    assert (s.overdue_principal, s.overdue_interest, s.days_late) == (0, 0, 0)
    assert s.next_due_on == D(2026, 2, 10) and s.next_due_amount == 412_000


def test_status_days_late_counts_from_the_first_uncovered_due_date():
    s = schedule_status(SCHED, 0, 0, D(2026, 3, 15))
    assert s.days_late == (D(2026, 3, 15) - D(2026, 2, 10)).days == 33
    assert (s.overdue_principal, s.overdue_interest) == (800_000, 24_000)
    assert s.next_due_on == D(2026, 4, 10) and s.next_due_amount == 1_236_000
    # the first instalment paid: late only since the second
    s = schedule_status(SCHED, 400_000, 12_000, D(2026, 3, 15))
    assert s.days_late == 5 and s.overdue_principal == 400_000
    # principal paid but interest short: still late
    s = schedule_status(SCHED, 400_000, 11_000, D(2026, 2, 20))
    assert s.days_late == 10 and s.overdue_interest == 1_000 and s.overdue_principal == 0


def test_status_paid_ahead_and_repaid():
    s = schedule_status(SCHED, 800_000, 24_000, D(2026, 2, 20))
    assert s.days_late == 0 and s.due_principal == 0
    assert s.next_due_on == D(2026, 4, 10) and s.next_due_amount == 412_000
    s = schedule_status(SCHED, 1_200_000, 36_000, D(2026, 9, 1))
    assert s.outstanding_principal == 0 and s.days_late == 0
    assert s.next_due_on is None and s.next_due_amount == 0


def test_status_after_the_term_with_money_owed():
    s = schedule_status(SCHED, 1_000_000, 36_000, D(2026, 5, 1))
    assert s.outstanding_principal == 200_000 and s.overdue_principal == 200_000
    assert s.days_late == (D(2026, 5, 1) - D(2026, 4, 10)).days
    assert s.next_due_on is None


# --- properties ------------------------------------------------------------------------------

loans = st.tuples(
    st.integers(1, 10**10),
    st.integers(1, 60),
    st.integers(0, 500),
    st.sampled_from(INTEREST_METHODS),
    st.sampled_from(REPAYMENT_PLANS),
    st.dates(D(2000, 1, 1), D(2090, 12, 31)),
)


@settings(max_examples=300, deadline=None)
@given(loans)
def test_schedule_properties(loan):
    principal, term, rate, method, plan, start = loan
    lines = build_schedule(principal, term, rate, method, plan, start)
    assert sum(x.principal for x in lines) == principal
    assert all(x.principal >= 0 and x.interest >= 0 for x in lines)
    assert all(isinstance(x.principal, int) and isinstance(x.interest, int) for x in lines)
    assert [x.seq for x in lines] == list(range(1, len(lines) + 1))
    assert all(a.due_on < b.due_on for a, b in zip(lines, lines[1:], strict=False))
    assert lines[-1].due_on == add_months(start, term)
    assert lines[0].due_on > start
    if method == "none" or rate == 0:
        assert all(x.interest == 0 for x in lines)
    if method == "flat" and plan == "monthly":
        assert len({x.interest for x in lines}) == 1
    if method == "declining":
        # declining interest never exceeds flat interest on the same loan
        flat = build_schedule(principal, term, rate, "flat", plan, start)
        assert sum(x.interest for x in lines) <= sum(x.interest for x in flat)
    expected = {"monthly": term, "end_of_term": term, "quarterly": -(-term // 3)}[plan]
    assert len(lines) == expected


@settings(max_examples=300, deadline=None)
@given(loans, st.floats(0, 1.2), st.floats(0, 1.2), st.integers(-40, 2200))
def test_status_properties(loan, share_p, share_i, offset):
    principal, term, rate, method, plan, start = loan
    lines = build_schedule(principal, term, rate, method, plan, start)
    total_i = sum(x.interest for x in lines)
    paid_p = min(principal, int(principal * share_p))
    paid_i = int(total_i * share_i)
    on = start + dt.timedelta(days=offset)
    s = schedule_status(lines, paid_p, paid_i, on)
    assert s.outstanding_principal == principal - paid_p >= 0
    assert 0 <= s.overdue_principal <= s.due_principal <= s.outstanding_principal
    assert 0 <= s.overdue_interest <= s.due_interest
    assert s.days_late >= 0
    late = s.overdue_principal > 0 or s.overdue_interest > 0
    assert (s.days_late > 0) == late
    if s.days_late:
        assert on - dt.timedelta(days=s.days_late) in {x.due_on for x in lines}
    if s.next_due_on is None:
        assert s.next_due_amount == 0
        assert all(x.due_on < on for x in lines) or (
            paid_p >= principal and paid_i >= total_i) or _covered_from(lines, paid_p,
                                                                       paid_i, on)
    else:
        assert s.next_due_on >= on and s.next_due_amount > 0
        assert s.next_due_amount >= s.overdue_principal + s.overdue_interest
    if paid_p >= principal and paid_i >= total_i:
        assert s == schedule_status(lines, paid_p, paid_i, on) and s.days_late == 0
        assert s.next_due_on is None


def _covered_from(lines, paid_p, paid_i, on):
    """Every instalment due on or after `on` is already covered by the payments."""
    cum_p = cum_i = 0
    for x in lines:
        cum_p += x.principal
        cum_i += x.interest
        if x.due_on >= on and (paid_p < cum_p or paid_i < cum_i):
            return False
    return True
