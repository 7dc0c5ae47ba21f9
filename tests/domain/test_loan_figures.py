"""Loan and fund figures for a period, on small clubs whose answers are worked out by hand."""

import datetime as dt

import pytest

from models.accounts.access import AccessDenied
from models.accounts.session import SignedInUser, set_user
from models.clubs.clubs import ClubInput, create_club
from models.errors import NotFound, ValidationError
from models.funds import funds
from models.loans import loans
from models.loans.loan_figures import club_figures, commune_figures
from models.members import members
from tests.conftest import TODAY, member_input

START, END = dt.date(2026, 1, 1), dt.date(2026, 6, 30)
D = dt.date


def receipt(fund_id, on, amount, category="other_support", party="Dự án hỗ trợ"):
    return funds.post_entry(funds.EntryInput(fund_id=fund_id, kind="receipt", date=on,
                                             amount=amount, category=category, party=party),
                            today=TODAY)


def new_loan(club_id, person_id, principal, term, on, plan="monthly"):
    return loans.create_loan(loans.LoanInput(
        club_id=club_id, person_id=person_id, principal=principal, purpose="trade",
        disbursed_on=on, term_months=term, repayment_plan=plan), today=TODAY)


def pay(loan, on, principal, interest):
    loans.repay(loans.RepaymentInput(loan_id=loan.id, date=on, principal=principal,
                                     interest=interest), today=TODAY)


def setup_club(code: str, village_id: int, names: list[str]) -> tuple[int, dict, list[int]]:
    """A club with its two funds from 2025, 100 million đồng of capital, flat 1 %/month."""
    club = create_club(ClubInput(code=code, name=f"CLB Liên thế hệ tự giúp nhau {code}",
                                 ward_code=1840, village_ids=[village_id]))
    fund = {f.kind: f.id for f in funds.open_default_funds(club.id, D(2025, 1, 1))}
    loans.save_loan_rules(club.id, loans.LoanRulesInput(
        max_amount=10_000_000, max_term_months=24, rate_bp=100, interest_method="flat"))
    receipt(fund["income"], D(2025, 1, 2), 100_000_000)
    people = [members.add_member(club.id, member_input(full_name=name, joined_on=D(2024, 1, 1)),
                                 today=TODAY) for name in names]
    return club.id, fund, people


@pytest.fixture
def story(office):
    """Six members (F leaves on 01/3/2026) and their loans, see each comment."""
    club_id, fund, ms = setup_club("DX01", office["villages"][0].id, [
        "Hoàng Thị An", "Nông Văn Bình", "Ma Thị Cúc", "Hà Văn Dũng", "Lý Thị Én",
        "Đàm Văn Phúc"])
    a, b, c, d, e, f = (m.person_id for m in ms)
    members.leave(ms[5].id, D(2026, 3, 1), "moved", today=TODAY)
    # L1, A, on time: 6 months of 1.000.000 + 60.000; four paid by the end of June
    l1 = new_loan(club_id, a, 6_000_000, 6, D(2026, 2, 10))
    for month in (3, 4, 5, 6):
        pay(l1, D(2026, month, 10), 1_000_000, 60_000)
    # L2, B: pays the first of three instalments, then nothing: 45 days late on 30/6
    l2 = new_loan(club_id, b, 3_000_000, 3, D(2026, 3, 16))
    pay(l2, D(2026, 4, 16), 1_000_000, 30_000)
    # L3, C: never paid, written off on 01/4/2026 by a decision; income did not improve
    l3 = new_loan(club_id, c, 2_000_000, 2, D(2025, 10, 5))
    loans.write_off(l3.id, D(2026, 4, 1), "01/QĐ-CLB", "Lợn chết vì dịch", today=TODAY)
    loans.record_outcome(l3.id, False)
    # L4, D: 12 × (200.000 + 24.000) from 01/8/2025; five paid in 2025, January on time,
    # then on 01/3/2026 February's interest, March's and all the principal left: repaid
    l4 = new_loan(club_id, d, 2_400_000, 12, D(2025, 7, 1))
    for month in (8, 9, 10, 11, 12):
        pay(l4, D(2025, month, 1), 200_000, 24_000)
    pay(l4, D(2026, 1, 1), 200_000, 24_000)
    pay(l4, D(2026, 3, 1), 1_200_000, 48_000)
    loans.record_outcome(l4.id, True)
    # L5, E: repaid in 2025, before the period; L6, E: lent after it
    l5 = new_loan(club_id, e, 1_000_000, 2, D(2025, 3, 1))
    pay(l5, D(2025, 4, 1), 500_000, 10_000)
    pay(l5, D(2025, 5, 1), 500_000, 10_000)
    loans.record_outcome(l5.id, True)
    new_loan(club_id, e, 1_000_000, 2, D(2026, 8, 1))
    # activity fund: a donation, a fee reversed the next day, a payment
    receipt(fund["activity"], D(2026, 1, 10), 1_000_000, "donation", "Bà Nông Thị Hạnh")
    fee = receipt(fund["activity"], D(2026, 2, 5), 500_000, "member_fee", "Thành viên CLB")
    funds.reverse_entry(fee.id, "Ghi nhầm quỹ", D(2026, 2, 6), today=TODAY)
    funds.post_entry(funds.EntryInput(fund_id=fund["activity"], kind="payment",
                                      date=D(2026, 3, 15), amount=200_000,
                                      category="activity_spending", party="Nhà sách Đức Xuân"),
                     today=TODAY)
    assert loans.loan_register(club_id, END)[1].days_late == 45
    return club_id, fund


def test_each_loan_figure_of_a_hand_built_club(story):
    club_id, _ = story
    f = club_figures(club_id, START, END).loans
    assert f.members == 5  # F left in March
    assert f.borrowers == 4  # A, B, C, D: E's loans closed before the period or came after
    assert f.borrower_share == 0.8
    assert (f.loans_outstanding, f.outstanding_amount) == (2, 4_000_000)
    assert f.par30_amount == 2_000_000 and f.par30_ratio == 0.5
    assert (f.disbursed, f.disbursed_amount) == (2, 9_000_000)
    # due: L1 4 × 1.060.000; L2 3 × 1.030.000; L3 2.000.000 + 2 × 20.000 up to its write-off;
    # L4 up to its repayment on 01/3: 1.600.000 + 192.000 less 1.000.000 + 120.000 paid in 2025
    assert f.repayment_due == 4_240_000 + 3_090_000 + 2_040_000 + 672_000
    # collected: L1 all, L2 one instalment, L3 nothing, L4 its due part (the prepaid
    # principal of April to July does not count)
    assert f.repayment_collected == 4_240_000 + 1_030_000 + 0 + 672_000
    assert f.repayment_rate == pytest.approx(5_942_000 / 10_042_000)
    assert (f.closed_with_outcome, f.income_improved, f.income_improved_share) == (2, 1, 0.5)


def test_fund_figures_agree_with_the_ledger(story):
    club_id, fund = story
    figures = club_figures(club_id, START, END).funds
    income = figures["income"]
    # 100 M − 2,4 M − 2 M − 1 M lent in 2025 + 1.020.000 and 5 × 224.000 paid back
    assert income.opening == 96_740_000
    assert income.payments_by_category == {"loan_disbursement": 9_000_000}
    assert income.receipts_by_category == {"loan_repayment": 6_400_000,
                                           "loan_interest": 342_000}
    assert income.closing == 96_740_000 - 9_000_000 + 6_742_000
    activity = figures["activity"]
    assert activity.receipts_by_category == {"donation": 1_000_000, "member_fee": 0}
    assert activity.payments_by_category == {"activity_spending": 200_000}
    assert (activity.opening, activity.closing) == (0, 800_000)
    for kind, fund_id in fund.items():
        m = funds.movements(fund_id, START, END)
        got = figures[kind]
        assert (m.opening, m.receipts, m.payments, m.closing) == (
            got.opening, got.receipts_by_category, got.payments_by_category, got.closing)


def test_a_period_before_any_loan_gives_zeros_and_no_ratios(story):
    club_id, _ = story
    f = club_figures(club_id, D(2020, 1, 1), D(2020, 12, 31))
    assert f.loans.members == 0 and f.loans.borrowers == 0
    assert (f.loans.loans_outstanding, f.loans.outstanding_amount, f.loans.par30_amount) == (
        0, 0, 0)
    assert f.loans.borrower_share is None and f.loans.par30_ratio is None
    assert f.loans.repayment_rate is None and f.loans.income_improved_share is None
    assert {k: (v.opening, v.receipts, v.payments, v.closing) for k, v in f.funds.items()} == {
        "income": (0, 0, 0, 0), "activity": (0, 0, 0, 0)}
    # a day when only the capital has come in: balances, but no loan figure
    f = club_figures(club_id, D(2025, 1, 1), D(2025, 1, 31))
    assert f.funds["income"].closing == 100_000_000 and f.loans.repayment_due == 0


def test_commune_total_is_the_sum_of_its_clubs(story, office):
    club_id, _ = story
    other, _, ms = setup_club("DX02", office["villages"][1].id, ["Triệu Thị Gấm", "Bế Văn Hải"])
    late = new_loan(other, ms[0].person_id, 4_000_000, 4, D(2026, 1, 20))
    pay(late, D(2026, 2, 20), 1_000_000, 40_000)
    create_club(ClubInput(code="DX03", name="CLB Liên thế hệ tự giúp nhau dự kiến",
                          ward_code=1840))  # planned: not in the figures
    commune = commune_figures(1840, START, END)
    assert [code for _, code, _, _ in commune.per_club] == ["DX01", "DX02"]
    one, two = (c[3] for c in commune.per_club)
    assert one == club_figures(club_id, START, END)
    assert two.loans.par30_amount == 3_000_000  # unpaid since 20/3: 102 days late on 30/6
    total = commune.total.loans
    for name in ("members", "borrowers", "loans_outstanding", "outstanding_amount",
                 "par30_amount", "repayment_due", "repayment_collected", "disbursed",
                 "closed_with_outcome", "income_improved"):
        assert getattr(total, name) == getattr(one.loans, name) + getattr(two.loans, name)
    assert total.par30_ratio == (2_000_000 + 3_000_000) / (4_000_000 + 3_000_000)
    assert total.borrower_share == 5 / 7
    for kind in ("income", "activity"):
        a, b, t = one.funds[kind], two.funds[kind], commune.total.funds[kind]
        assert t.opening == a.opening + b.opening and t.closing == a.closing + b.closing
        assert t.receipts == a.receipts + b.receipts and t.payments == a.payments + b.payments


def test_commune_figures_take_the_same_few_queries_for_any_number_of_clubs(story, office,
                                                                           monkeypatch):
    from models.storage.db import database

    count = 0
    original = database.obj.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        nonlocal count
        count += 1
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", counting)
    commune_figures(1840, START, END)
    with_one = count
    monkeypatch.setattr(database.obj, "execute_sql", original)
    for n, name in enumerate(("Hà Thị Mai", "Lục Văn Nam", "Vi Thị Oanh", "Mạc Văn Quý"), 2):
        other, _, ms = setup_club(f"DX0{n}", office["villages"][1].id, [name])
        new_loan(other, ms[0].person_id, 1_000_000, 2, D(2026, 2, 1))
    monkeypatch.setattr(database.obj, "execute_sql", counting)
    count = 0
    commune = commune_figures(1840, START, END)
    assert len(commune.per_club) == 5
    assert count == with_one <= 8


def test_bad_periods_and_other_units_are_refused(story):
    club_id, _ = story
    with pytest.raises(ValidationError) as err:
        club_figures(club_id, END, START)
    assert (err.value.field, err.value.code) == ("date_to", "before_start")
    with pytest.raises(ValidationError) as err:
        commune_figures(1840, None, "30/6/2026")
    assert {(p.field, p.code) for p in err.value.problems} == {("date_from", "required"),
                                                               ("date_to", "bad_date")}
    set_user(SignedInUser(1, "khac", "Cán bộ phường khác", "clerk", 1843, None))
    try:
        with pytest.raises(AccessDenied):
            commune_figures(1840, START, END)
        with pytest.raises(NotFound):  # another ward's club looks missing
            club_figures(club_id, START, END)
    finally:
        set_user(None)
