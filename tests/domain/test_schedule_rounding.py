"""Schedules in round money: the office's rounding unit (1.000 đ by default), every
instalment but the last a multiple of it, the last absorbing the rest; worked by hand, then
properties, then through the loan service, the contract and the office setting."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.errors import ValidationError
from models.loans.loan_schedule import (
    INTEREST_METHODS,
    REPAYMENT_PLANS,
    build_schedule,
    round_to_unit,
)
from models.office import money_settings

D = dt.date


def test_five_million_over_twelve_months_in_thousands():
    lines = build_schedule(5_000_000, 12, 0, "none", "monthly", D(2026, 1, 10), unit=1_000)
    assert [x.principal for x in lines] == [417_000] * 11 + [413_000]
    assert sum(x.principal for x in lines) == 5_000_000
    # to the đồng, as before the unit existed
    exact = build_schedule(5_000_000, 12, 0, "none", "monthly", D(2026, 1, 10))
    assert [x.principal for x in exact] == [416_666] * 11 + [416_674]


def test_round_down_when_rounding_up_would_leave_the_last_nothing_or_less():
    # 1.000.000 / 24 = 41.666: to 100.000 đ rounds to 0, so whole units downwards is 0 too,
    # and the schedule falls back to the đồng rather than put everything at the end
    lines = build_schedule(1_000_000, 24, 0, "none", "monthly", D(2026, 1, 10), unit=100_000)
    assert [x.principal for x in lines] == [41_666] * 23 + [41_682]
    # 1.150.000 / 3 = 383.333 -> 400.000 (nearest 100.000) leaves 350.000: fine
    lines = build_schedule(1_150_000, 3, 0, "none", "monthly", D(2026, 1, 10), unit=100_000)
    assert [x.principal for x in lines] == [400_000, 400_000, 350_000]
    # 2.900.000 / 2 = 1.450.000 -> 1.500.000 (halves up), last 1.400.000
    lines = build_schedule(2_900_000, 2, 0, "none", "monthly", D(2026, 1, 10), unit=100_000)
    assert [x.principal for x in lines] == [1_500_000, 1_400_000]
    # 1.050.000 / 2 = 525.000 -> 530.000 in units of 10.000 (halves up), last 520.000
    lines = build_schedule(1_050_000, 2, 0, "none", "monthly", D(2026, 1, 10), unit=10_000)
    assert [x.principal for x in lines] == [530_000, 520_000]


def test_quarterly_and_end_of_term_in_thousands():
    lines = build_schedule(5_000_000, 12, 0, "none", "quarterly", D(2026, 1, 10), unit=1_000)
    assert [x.principal for x in lines] == [1_251_000] * 3 + [1_247_000]
    lines = build_schedule(5_000_000, 12, 50, "flat", "end_of_term", D(2026, 1, 10),
                           unit=1_000)
    assert [x.principal for x in lines] == [0] * 11 + [5_000_000]
    assert [x.interest for x in lines] == [25_000] * 12


def test_interest_is_rounded_to_the_unit_each_instalment():
    # flat 0,35 % of 3.000.000 đ = 10.500 đ a month -> 11.000 đ, every month the same
    lines = build_schedule(3_000_000, 6, 35, "flat", "monthly", D(2026, 1, 10), unit=1_000)
    assert [x.interest for x in lines] == [11_000] * 6
    assert [x.principal for x in lines] == [500_000] * 6
    # declining 0,5 % on what is still owed: 5.000.000 -> 25.000; 4.583.000 -> 22.915 ->
    # 23.000; …; the last 413.000 -> 2.065 -> 2.000
    lines = build_schedule(5_000_000, 12, 50, "declining", "monthly", D(2026, 1, 10),
                           unit=1_000)
    assert [x.interest for x in lines] == [
        25_000, 23_000, 21_000, 19_000, 17_000, 15_000, 12_000, 10_000, 8_000, 6_000, 4_000,
        2_000]  # 2.498.000 × 0,5 % = 12.490 -> 12.000
    assert lines[0].total == 442_000 and lines[-1].total == 415_000


def test_round_to_unit():
    assert round_to_unit(416_666, 1_000) == 417_000
    assert round_to_unit(416_499, 1_000) == 416_000
    assert round_to_unit(416_500, 1_000) == 417_000
    assert round_to_unit(416_666, 1) == 416_666
    with pytest.raises(ValueError):
        build_schedule(1_000_000, 12, 0, "none", "monthly", D(2026, 1, 1), unit=0)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 10**10), st.integers(1, 60), st.integers(0, 500),
       st.sampled_from(INTEREST_METHODS), st.sampled_from(REPAYMENT_PLANS),
       st.sampled_from(money_settings.UNITS))
def test_rounded_schedule_properties(principal, term, rate, method, plan, unit):
    lines = build_schedule(principal, term, rate, method, plan, D(2026, 1, 31), unit=unit)
    assert sum(x.principal for x in lines) == principal
    assert all(x.principal >= 0 and x.interest >= 0 for x in lines)
    assert lines[-1].principal > 0
    assert all(x.interest % unit == 0 for x in lines)
    exact = build_schedule(principal, term, rate, method, plan, D(2026, 1, 31))
    share = exact[0].principal if plan != "end_of_term" and len(lines) > 1 else None
    if share is not None:
        rounded = lines[0].principal
        # a multiple of the unit near the exact share, or the exact share when the unit
        # is too large for this loan
        assert rounded % unit == 0 or rounded == share
        assert all(x.principal == rounded for x in lines[:-1])


def test_the_office_setting(db, office):
    assert money_settings.rounding_unit() == 1_000  # the default, not stored
    assert money_settings.save_rounding_unit(5_000) == 5_000
    assert money_settings.rounding_unit() == 5_000
    with pytest.raises(ValidationError) as err:
        money_settings.save_rounding_unit(300)
    assert (err.value.problems[0].field, err.value.problems[0].code) == ("rounding_unit",
                                                                         "invalid")
    assert money_settings.rounding_unit() == 5_000
