"""Supervision: templates and their versions, visits with score and rating, rights, facts and
figures."""

import datetime as dt

import pytest

from models.accounts.access import AccessDenied
from models.accounts.session import SignedInUser, set_user
from models.errors import NotFound, ValidationError
from models.storage.schema import AuditLog
from models.supervision import facts, figures, plans, rules, templates, visits
from models.supervision.tables import SupervisionVisit, VisitAnswer
from tests.conftest import TODAY
from tests.papers_data import founded_club

VISIT_DAY = dt.date(2026, 6, 10)


def _user(role, ward=None, province=None):
    return SignedInUser(id=1, username="u", full_name="U", role=role, ward_code=ward,
                        province_code=province)


@pytest.fixture
def signed_out():
    set_user(None)
    yield
    set_user(None)


@pytest.fixture
def founded(office):
    return founded_club(n_members=12)


def small_template(name="Mẫu thử", province=19):
    return templates.TemplateInput(name, [
        templates.GroupInput("Sinh hoạt", [
            templates.ItemInput("Họp hằng tháng", 3, True, "meetings"),
            templates.ItemInput("Có biên bản", 1)]),
        templates.GroupInput("Quỹ", [
            templates.ItemInput("Quỹ đúng quy chế", 2, True, "funds"),
            templates.ItemInput("Kiểm kê quỹ", 4)]),
    ], province_code=province)


def items_of(template_id):
    return [i for _, items in templates.groups_of(template_id) for i in items]


def visit_input(club_id, template_id, answers, on=VISIT_DAY, **over):
    values = dict(club_id=club_id, date=on, kind="sample", supervisors="Đặng Văn Nam, Hà Thu",
                  template_id=template_id,
                  answers={k: visits.AnswerInput(*v) if isinstance(v, tuple)
                           else visits.AnswerInput(v) for k, v in answers.items()})
    values.update(over)
    return visits.VisitInput(**values)


def test_score_and_rating_known_answers():
    assert rules.score([(3, "met"), (1, "partly"), (2, "not_met"), (4, "not_applicable")]) \
        == pytest.approx(58.3)
    assert rules.score([(1, "not_applicable")]) is None
    assert [rules.rating(v) for v in (100, 80, 79.9, 65, 50, 49.9, None)] == [
        "good", "good", "fair", "fair", "average", "weak", ""]


def test_default_template_written_once(db):
    first = templates.default_template()
    assert templates.default_template().id == first.id
    groups = templates.groups_of(first.id)
    assert len(groups) == 8 and groups[0][0].title.startswith("Sinh hoạt")
    assert all(i.weight >= 1 for _, items in groups for i in items)
    assert sum(len(items) for _, items in groups[5:6]) == 8  # the eight activity areas


def test_visit_scores_and_rates(founded):
    t = templates.create_template(small_template())
    a, b, c, d = items_of(t.id)
    visit = visits.record_visit(visit_input(founded, t.id, {
        a.id: "met", b.id: ("partly", "thiếu 2 tháng"), c.id: "met", d.id: "not_met"}),
        today=TODAY)
    # (3 + 0.5 + 2 + 0) / 10 = 55 %
    assert visit.score == pytest.approx(55.0) and visit.rating == "average"
    assert visits.answers_of(visit.id)[b.id].note == "thiếu 2 tháng"
    assert AuditLog.select().where(AuditLog.entity == "supervision_visit").count() == 1


def test_unanswered_required_item_refused_and_nothing_written(founded):
    t = templates.create_template(small_template())
    a, b, c, d = items_of(t.id)
    with pytest.raises(ValidationError) as err:
        visits.record_visit(visit_input(founded, t.id, {a.id: "met", d.id: "met"}),
                            today=TODAY)
    assert ("answers", "required_unanswered") in {(p.field, p.code) for p in err.value.problems}
    assert err.value.problems[0].params == {"item": "Quỹ đúng quy chế"}
    assert SupervisionVisit.select().count() == 0 and VisitAnswer.select().count() == 0
    assert AuditLog.select().where(AuditLog.entity == "supervision_visit").count() == 0


def test_editing_a_used_template_makes_a_new_version(founded):
    t = templates.create_template(small_template())
    a, b, c, d = items_of(t.id)
    # unused: edited in place
    same = templates.edit_template(t.id, small_template(name="Mẫu thử"))
    assert same.id == t.id and same.version == 1
    a, b, c, d = items_of(t.id)
    visit = visits.record_visit(visit_input(founded, t.id, {
        a.id: "met", b.id: "met", c.id: "not_met", d.id: "met"}), today=TODAY)
    assert visit.score == pytest.approx(80.0) and visit.rating == "good"
    changed = small_template()
    changed.groups[1].items[0].weight = 10
    new = templates.edit_template(t.id, changed)
    assert new.id != t.id and new.version == 2 and new.previous_id == t.id
    old = templates.get_template(t.id)
    assert old.retired
    kept = SupervisionVisit.get_by_id(visit.id)
    assert kept.template_id == t.id and kept.score == pytest.approx(80.0)
    assert [i.weight for i in items_of(t.id)] == [3, 1, 2, 4]
    assert templates.template_for_ward(1840).id == new.id
    with pytest.raises(ValidationError) as err:
        templates.edit_template(t.id, changed)
    assert err.value.code == "template_retired"


def test_clerk_cannot_write_a_visit_other_province_sees_nothing(founded, signed_out):
    t = templates.create_template(small_template())
    a, b, c, d = items_of(t.id)
    answers = {a.id: "met", c.id: "met"}
    set_user(_user("clerk", ward=1840))
    with pytest.raises(AccessDenied) as err:
        visits.record_visit(visit_input(founded, t.id, answers), today=TODAY)
    assert err.value.code == "role"
    with pytest.raises(AccessDenied):
        templates.create_template(small_template(name="Khác"))
    set_user(_user("supervisor", province=1))  # Hà Nội
    with pytest.raises(NotFound):
        visits.record_visit(visit_input(founded, t.id, answers), today=TODAY)
    set_user(_user("admin", ward=1840))  # a ward's administrator: visits, not templates
    with pytest.raises(AccessDenied) as err:
        templates.edit_template(t.id, small_template())
    assert err.value.code == "unit"
    with pytest.raises(AccessDenied):
        plans.save_plan(plans.PlanInput(2026, [plans.PlannedVisitInput(founded, month=6)]))
    set_user(_user("supervisor", province=19))  # Thái Nguyên
    visit = visits.record_visit(visit_input(founded, t.id, answers), today=TODAY)
    assert visit.score == pytest.approx(100.0)
    set_user(_user("clerk", ward=1840))
    assert [v.id for v in visits.visits(dt.date(2026, 1, 1), TODAY)] == [visit.id]
    set_user(_user("supervisor", province=1))
    assert visits.visits(dt.date(2026, 1, 1), TODAY) == []
    assert figures.supervised_clubs(dt.date(2026, 1, 1), TODAY).clubs == 0
    with pytest.raises(NotFound):
        visits.get_visit(visit.id)
    with pytest.raises(NotFound):
        templates.get_template(t.id)
    with pytest.raises(NotFound):  # another province's template looks missing
        templates.edit_template(t.id, small_template())


def test_figures_coverage_plan_trend_overdue(office):
    one = founded_club(n_members=3, code="DX01")
    two = founded_club(n_members=3, code="DX02", seed=5)
    t = templates.create_template(small_template())
    a, b, c, d = items_of(t.id)
    full = {a.id: "met", b.id: "met", c.id: "met", d.id: "met"}
    half = {a.id: "partly", b.id: "partly", c.id: "partly", d.id: "partly"}
    visits.record_visit(visit_input(one, t.id, half, on=dt.date(2025, 9, 1)), today=TODAY)
    first = visits.record_visit(visit_input(one, t.id, full, on=dt.date(2026, 3, 5),
                                            recommendations=[visits.RecommendationInput(
                                                "Lập sổ kiểm kê quỹ", "Thủ quỹ",
                                                dt.date(2026, 5, 31))]), today=TODAY)
    plans.save_plan(plans.PlanInput(2026, [plans.PlannedVisitInput(one, month=3),
                                           plans.PlannedVisitInput(two, month=4)]))
    cover = figures.supervised_clubs(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert (cover.clubs, cover.supervised, cover.percent) == (2, 1, 50.0)
    plan = figures.plan_coverage(2026)
    assert (plan.planned, plan.done, plan.percent) == (2, 1, 50.0)
    # the plan as the page lists it: by month, each line with the visit that carried it out
    rows = plans.plan_rows(2026)
    assert [(r.club_id, r.month, r.done_on) for r in rows] == [
        (one, 3, dt.date(2026, 3, 5)), (two, 4, None)]
    months = plans.coverage_by_month(rows)
    assert [(m.planned, m.done) for m in months[2:4]] == [(1, 1), (1, 0)]
    assert sum(m.planned for m in months) == plan.planned
    assert sum(m.done for m in months) == plan.done
    assert plans.plan_rows(2025) == []
    trend = figures.score_by_year(2025, 2026)
    assert [(y.year, y.average, y.change) for y in trend] == [(2025, 50.0, None),
                                                             (2026, 100.0, 50.0)]
    late = figures.overdue_recommendations(TODAY)
    assert [r.text for r in late] == ["Lập sổ kiểm kê quỹ"]
    assert figures.overdue_recommendations(dt.date(2026, 5, 31)) == []
    (rec,) = visits.open_recommendations(one)
    visits.record_visit(visit_input(one, t.id, full, on=dt.date(2026, 10, 1),
                                    follow_up=[rec.id]), today=TODAY)
    assert figures.overdue_recommendations(TODAY) == []
    assert visits.recommendations_of(first.id)[0].status == "done"


def test_facts_for_visit(founded):
    known = facts.facts_for_visit(founded, VISIT_DAY)
    assert known.composition.figure("members").count == 12
    assert known.board_count == 5
    assert {f.kind for f in known.funds} >= {"income", "activity"}
    assert all(f.balance == 0 for f in known.funds)
    assert known.overdue_loans == 0 and known.last_cash_count is None
    assert known.meetings_12m is None or known.meetings_12m == 0
    assert facts.fact_text(known, "loans_overdue") == "0 khoản vay quá hạn"
    assert facts.fact_text(known, "") == ""


def test_meetings_held_in_the_last_12_months_are_counted(founded, db):
    """The visit's fact beside "meetings held monthly": the club's meetings in the twelve
    months up to the visit (rows written directly: the fact counts, the meeting service's
    own rules are tested with it)."""
    from models.meetings.tables import Meeting

    assert facts.facts_for_visit(founded, VISIT_DAY).meetings_12m == 0
    for day in (dt.date(2025, 6, 10), dt.date(2025, 6, 11), dt.date(2026, 5, 15),
                dt.date(2026, 6, 11)):
        Meeting.insert(club=founded, date=day, member_count=50, present_count=45,
                       fee_due=5000, recorded_by="test").execute()
    known = facts.facts_for_visit(founded, VISIT_DAY)
    assert known.meetings_12m == 2  # 11/06/2025 and 15/05/2026
    assert facts.fact_text(known, "meetings") == "2 buổi sinh hoạt trong 12 tháng"
