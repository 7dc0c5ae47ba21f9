"""The demo's meetings, activities, training and supervision: known facts of a seeded commune."""

import datetime as dt
import json

import pytest

from models.activities.tables import (
    Activity,
    ActivityPerson,
    EntitlementClaim,
    HealthCheck,
    HomeCarePair,
    HomeCareVisit,
    SelfHelpCase,
)
from models.demo.demo import fill_demo
from models.meetings.tables import Meeting, MeetingAbsence, MeetingFee, MeetingRepayment
from models.storage.integrity import run_checks
from models.storage.schema import AuditLog, Club, LedgerEntry, Membership
from models.supervision.tables import (
    Recommendation,
    SupervisionPlan,
    SupervisionVisit,
    VisitAnswer,
)
from models.training.tables import Course, CourseAttendee
from tests.conftest import TODAY
from tests.domain.demo_helpers import fresh_database


@pytest.fixture
def demo(db):
    return fill_demo(12, seed=3, today=TODAY)


def founded_clubs() -> list[Club]:
    return list(Club.select().where(Club.launch_date.is_null(False)))


def active_on(club_id: int, on: dt.date) -> set[int]:
    return {m.person_id for m in Membership.select().where(
        (Membership.club == club_id) & (Membership.joined_on <= on)
        & (Membership.left_on.is_null() | (Membership.left_on > on)))}


def test_every_founded_club_meets_monthly_for_five_years_at_most(demo):
    clubs = founded_clubs()
    assert clubs and demo.meetings == Meeting.select().count()
    five_years_back = dt.date(TODAY.year - 5, TODAY.month, min(TODAY.day, 28))
    for club in clubs:
        dates = [m.date for m in Meeting.select().where(Meeting.club == club.id)
                 .order_by(Meeting.date)]
        assert dates, club.code
        assert dates[0] >= max(club.launch_date, five_years_back)
        assert dates[-1] <= TODAY
        months = [(d.year, d.month) for d in dates]
        assert len(set(months)) == len(months)  # one a month
        if club.status == "suspended":
            assert dates[-1] < club.status_since


def test_attendance_is_plausible_and_names_active_members(demo):
    meetings = list(Meeting.select())
    rate = sum(m.present_count for m in meetings) / sum(m.member_count for m in meetings)
    assert 0.85 <= rate <= 0.95
    assert all(0.6 <= m.present_count / m.member_count <= 1 for m in meetings)
    absent: dict[int, list[MeetingAbsence]] = {}
    for a in MeetingAbsence.select():
        absent.setdefault(a.meeting_id, []).append(a)
    for m in meetings:
        members = active_on(m.club_id, m.date)
        assert m.member_count == len(members)
        rows = absent.get(m.id, [])
        assert m.present_count == m.member_count - len(rows)
        assert all(a.person_id in members and a.reason for a in rows)
        for person in (m.chair_id, m.secretary_id):
            assert person is None or (person in members
                                      and person not in {a.person_id for a in rows})
        assert json.loads(m.contents)


def test_meetings_collect_the_monthly_fee_on_their_receipt(demo):
    from models.meetings.meetings import monthly_fee_unchecked

    fees = {c.id: monthly_fee_unchecked(c.id) for c in founded_clubs()}
    assert set(fees.values()) <= {2000, 3000, 5000}
    exceptions: dict[int, dict[int, int]] = {}
    for f in MeetingFee.select():
        exceptions.setdefault(f.meeting_id, {})[f.person_id] = f.amount
    absent = {}
    for a in MeetingAbsence.select():
        absent.setdefault(a.meeting_id, set()).add(a.person_id)
    meetings = list(Meeting.select())
    with_receipt = [m for m in meetings if m.receipt_id is not None]
    assert len(with_receipt) >= 0.9 * len(meetings)
    for m in meetings:
        assert m.fee_due == fees[m.club_id] and m.repayment_total == 0
        paid = {p: exceptions.get(m.id, {}).get(p, 0 if p in absent.get(m.id, ()) else m.fee_due)
                for p in active_on(m.club_id, m.date)}
        assert m.fee_total == sum(paid.values())
        if m.receipt_id is None:
            assert m.fee_total == 0
            continue
        receipt = m.receipt
        assert (receipt.date, receipt.amount, receipt.category, receipt.kind) == (
            m.date, m.fee_total, "member_fee", "receipt")
        assert receipt.fund.club_id == m.club_id and receipt.fund.kind == "activity"
    # most present members pay, so the exceptions stay few
    assert MeetingFee.select().count() < 0.1 * sum(m.present_count for m in meetings)
    assert MeetingRepayment.select().count() == 0
    # before the five years of meetings, the treasurer's monthly receipt; never both
    for e in LedgerEntry.select().where(LedgerEntry.category == "member_fee"):
        linked = Meeting.select().where(Meeting.receipt == e.id).exists()
        assert linked == e.description.startswith("Thu hội phí buổi sinh hoạt")


def test_activities_health_home_care_and_support(demo):
    clubs = founded_clubs()
    with_activities = {a.club_id for a in Activity.select()}
    assert with_activities == {c.id for c in clubs}
    for a in Activity.select():
        people = {p.person_id for p in ActivityPerson.select().where(
            ActivityPerson.activity == a.id)}
        assert people and people <= active_on(a.club_id, a.date)
        assert a.members_count == len(people)
    assert HealthCheck.select().count() >= len(clubs)
    assert HomeCarePair.select().count() >= len(clubs)
    for v in HomeCareVisit.select():
        assert v.pair.date_from <= v.date <= TODAY
    assert HomeCareVisit.select().count() > 5 * HomeCarePair.select().count()
    assert SelfHelpCase.select().count() > 0 and EntitlementClaim.select().count() > 0


def test_courses_and_supervision(demo):
    assert Course.select().count() >= 3
    for a in CourseAttendee.select():
        assert a.person_id in active_on(a.club_id, a.course.date_from)
    assert SupervisionPlan.select().count() == 3
    visits = list(SupervisionVisit.select())
    running = [c for c in founded_clubs() if c.launch_date < dt.date(TODAY.year, 6, 1)]
    assert len({v.club_id for v in visits}) >= len(running) // 2
    assert visits and all(v.score is not None and 0 <= v.score <= 100 for v in visits)
    assert all(VisitAnswer.select().where(VisitAnswer.visit == v.id).exists() for v in visits)
    assert Recommendation.select().count() >= len(visits)
    for entity in ("supervision_visit", "activity", "home_care_visit", "course"):
        assert AuditLog.select().where(AuditLog.entity == entity).count() > 0


def test_check_is_clean(demo):
    assert run_checks() == []


def areas_of_data() -> list:
    tables = (Meeting, MeetingAbsence, Activity, ActivityPerson, HealthCheck, HomeCarePair,
              HomeCareVisit, SelfHelpCase, EntitlementClaim, Course, CourseAttendee,
              SupervisionVisit, VisitAnswer, Recommendation)
    skip = {"recorded_at", "created_at", "recorded_by", "created_by"}
    return [[tuple(v for k, v in r.items() if k not in skip)
             for r in t.select().order_by(t.id).dicts()] for t in tables]


def test_same_seed_gives_the_same_areas(db):
    fill_demo(3, seed=5, today=TODAY)
    first = areas_of_data()
    other = fresh_database()
    try:
        fill_demo(3, seed=5, today=TODAY)
        assert areas_of_data() == first
    finally:
        other.close()
