"""Known answers of the programme's indicators (models/reporting/figures.py) on three hand-made
clubs: training of the board, supervision, grants by source, loans repaid with the income
improved, and the dashboard's per-club misses and shares that follow from them."""

from __future__ import annotations

import datetime as dt

from models.funds import funds
from models.loans import loans
from models.plans import dashboard
from models.plans import plans as plan_service
from models.reporting import figures, indicators
from models.supervision import templates, visits
from tests.conftest import TODAY
from tests.domain.test_supervision import items_of, small_template, visit_input
from tests.domain.test_training import ATT, boards, course  # noqa: F401  (fixture)

D = dt.date
YEAR = (D(2026, 1, 1), D(2026, 12, 31))


def _income_improved_loan(club, person_id):
    """A 5.000.000 đ cash loan, repaid in full, its outcome: income improved."""
    fs = {f.kind: f for f in funds.funds_of(club.id)}
    funds.post_entry(funds.EntryInput(fund_id=fs["income"].id, kind="receipt",
                                      date=D(2026, 2, 1), amount=20_000_000,
                                      category="budget_commune", party="UBND phường"),
                     today=TODAY)
    funds.post_entry(funds.EntryInput(fund_id=fs["activity"].id, kind="receipt",
                                      date=D(2026, 2, 2), amount=3_000_000,
                                      category="donation", party="Công ty Bình An"),
                     today=TODAY)
    loans.save_loan_rules(club.id, loans.LoanRulesInput(20_000_000, 12, 0, "none"))
    loan = loans.create_loan(loans.LoanInput(
        club_id=club.id, person_id=person_id, form="cash", principal=5_000_000,
        purpose="livestock", disbursed_on=D(2026, 3, 1), term_months=12, rate_bp=0,
        interest_method="none"), today=TODAY)
    loans.repay(loans.RepaymentInput(loan_id=loan.id, date=D(2026, 9, 1),
                                     principal=5_000_000), today=TODAY)
    loans.record_outcome(loan.id, True)
    return loan


def test_training_supervision_grants_and_income_known_answers(boards):  # noqa: F811
    c1, c2, c3 = boards["clubs"]
    # DX01's secretary and DX03's former secretary are trained: DX01 counts, DX03 does not
    course(attendees=[ATT(person_id=boards["a_sec"], club_id=c1.id),
                      ATT(person_id=boards["c_old"], club_id=c3.id)])
    template = templates.create_template(small_template())
    answers = {i.id: "met" for i in items_of(template.id)}
    visits.record_visit(visit_input(c1.id, template.id, answers), today=TODAY)
    visits.record_visit(visit_input(c1.id, template.id, answers, on=D(2026, 8, 10)),
                        today=TODAY)
    _income_improved_loan(c2, boards["b_chair"])
    got = figures.club_figures([c1.id, c2.id, c3.id], *YEAR, today=TODAY)
    a, b, c = got[c1.id], got[c2.id], got[c3.id]
    assert (a["clubs_trained"], b["clubs_trained"], c["clubs_trained"]) == (1, 0, 0)
    assert (a["clubs_supervised"], a["supervision_visits"], a["supervision_scored"],
            a["supervision_score_tenths"]) == (1, 2, 2, 2000)
    assert (b["clubs_supervised"], b["supervision_visits"]) == (0, 0)
    assert (b["grants_commune"], b["grants_sponsors"], b["grants_province"]) == (
        20_000_000, 3_000_000, 0)
    assert (b["borrowers"], b["income_improved"], b["loans_disbursed_amount"],
            b["loans_outstanding"], b["loans_outstanding_amount"]) == (1, 1, 5_000_000, 0, 0)
    assert b["fund_income_balance"] == 20_000_000 and b["fund_activity_balance"] == 3_000_000
    assert b["clubs_both_funds"] == 1
    total = indicators.add_up([a, b, c])
    assert (total["clubs"], total["clubs_trained"], total["clubs_supervised"]) == (3, 1, 1)
    assert indicators.share(total, "share_trained") == 100 / 3
    assert indicators.share(b, "share_members_improved") == 100.0  # 1 of DX02's 1 member

    plan_service.save_plan(plan_service.PlanInput(
        area="W1840", issuing_body="UBND PHƯỜNG ĐỨC XUÂN", title="Kế hoạch 2026",
        first_year=2026, last_year=2026, targets=[
            plan_service.TargetInput(2026, "share_trained", low=100),
            plan_service.TargetInput(2026, "share_supervised", low=100),
            plan_service.TargetInput(2026, "grants_commune", low=30_000_000),
            plan_service.TargetInput(2026, "share_members_improved", low=50,
                                     per_club=True)],
        budget=[plan_service.BudgetInput(2026, "commune", 30_000_000),
                plan_service.BudgetInput(2026, "sponsors", 1_000_000)]))
    board = dashboard.compute("W1840", 2026, today=TODAY)
    rows = {r.code: r for r in board.targets}
    assert (rows["share_trained"].clubs_met, round(rows["share_trained"].actual, 1)) == (
        None, 33.3)
    assert rows["grants_commune"].gap == -10_000_000
    assert (rows["share_members_improved"].clubs_met,
            rows["share_members_improved"].clubs_total) == (1, 3)
    missed = {(m.club_code, m.code) for m in board.misses}
    assert missed == {("DX02", "clubs_trained"), ("DX03", "clubs_trained"),
                      ("DX02", "clubs_supervised"), ("DX03", "clubs_supervised"),
                      ("DX01", "share_members_improved"), ("DX03", "share_members_improved")}
    assert [(b.source, b.planned, b.granted) for b in board.budget] == [
        ("commune", 30_000_000, 20_000_000), ("sponsors", 1_000_000, 3_000_000)]
