"""The bulk writers the demo uses (members_bulk, money_bulk, loans_bulk): they write what the
services write, row for row and audit row for audit row, and refuse what the services refuse."""

import dataclasses
import datetime as dt
import json

import pytest

from models.demo.demo import fill_demo
from models.errors import ValidationError
from models.members import members
from models.members.members_bulk import add_new_members, check_new_members
from models.storage.integrity import run_checks
from models.storage.schema import (
    AuditLog,
    ClubGroup,
    LedgerEntry,
    Loan,
    LoanInstallment,
    LoanRepayment,
    Membership,
    Person,
    Village,
)
from tests.conftest import TODAY, member_input
from tests.domain.demo_helpers import fresh_database

# --- the bulk path used by the demo -------------------------------------------------------


def problems_of(rows, club):
    return sorted((p.row, p.field, p.code) for p in check_new_members(rows, club, today=TODAY))


def test_bulk_check_agrees_with_check(club, office):
    from models.storage.schema import Ward

    elsewhere = Ward.select().where(Ward.code != 1840).first()
    other_ward_village = Village.create(ward=elsewhere.code, name="Thôn X", kind="thôn",
                                        search_key="thon x")
    members.add_member(club.id, member_input(id_number="006158012345"), today=TODAY)
    bad = [
        member_input(full_name="", id_number="0061580"),
        member_input(village_id=other_ward_village.id, group_id=999_999),
        member_input(id_number="006158012345"),  # already on file
        member_input(gender="X", birth_year=1850, joined_on=TODAY + dt.timedelta(days=1)),
        member_input(id_number="999158012345"),
    ]
    expected = []
    for n, inp in enumerate(bad, start=1):
        copy = member_input(**{k: getattr(inp, k) for k in members.fields_of_input()})
        expected += [(n, p.field, p.code) for p in members.check(copy, club, today=TODAY).problems]
    assert problems_of(bad, club) == sorted(expected)


def test_bulk_add_refuses_repeats_and_writes_nothing(club):
    rows = [member_input(id_number="019158000001"), member_input(id_number="019158000001")]
    before = (Person.select().count(), AuditLog.select().count())
    with pytest.raises(ValidationError) as err:
        add_new_members(club.id, rows, today=TODAY)
    assert [(p.row, p.code, p.params["other"]) for p in err.value.problems] == [
        (2, "duplicate_in_list", 1)]
    assert (Person.select().count(), AuditLog.select().count()) == before


def test_bulk_add_writes_rows_and_audit_like_add_member(club):
    group = ClubGroup.create(club=club, name="Nhóm 1")
    rows = [member_input(full_name=f"Nguyễn Thị {name}", group_id=group.id,
                         home_care_volunteer=True) for name in ("Huệ", "Hoa", "An")]
    ids = add_new_members(club.id, rows, today=TODAY)
    got = [Membership.get_by_id(i) for i in ids]
    assert [m.person.full_name for m in got] == ["Nguyễn Thị Huệ", "Nguyễn Thị Hoa",
                                                 "Nguyễn Thị An"]
    assert all(m.group_id == group.id and m.home_care_volunteer for m in got)
    assert got[0].person.sort_key == members.name_sort_key("Nguyễn Thị Huệ")
    assert got[0].person.search_key == "nguyen thi hue"
    for m in got:
        rows_p = AuditLog.select().where((AuditLog.entity == "person")
                                         & (AuditLog.entity_id == str(m.person_id)))
        rows_m = AuditLog.select().where((AuditLog.entity == "membership")
                                         & (AuditLog.entity_id == str(m.id)))
        assert [r.action for r in rows_p] == ["create"] == [r.action for r in rows_m]
        assert json.loads(rows_p[0].after)["full_name"] == m.person.full_name
        assert json.loads(rows_m[0].after)["club"] == club.id
        assert rows_p[0].actor == "test"
    assert run_checks() == []



# --- the bulk money path: entries, loans, repayments (money_bulk, loans_bulk) ------------


def money_rows() -> dict:
    """The money tables as the clerk sees them, without the moment they were written."""
    from models.funds.goods_tables import GoodsEntry
    from models.storage.schema import LoanRules

    skip = {"posted_at", "recorded_at", "created_at", "updated_at"}

    def rows(model):
        names = [f for f in model._meta.sorted_field_names if f not in skip]
        return [tuple(r[n] for n in names) for r in model.select().order_by(model.id).dicts()]

    def audit_after(entity):
        out = []
        for r in AuditLog.select().where(AuditLog.entity == entity).order_by(AuditLog.id):
            after = {k: v for k, v in json.loads(r.after or "{}").items() if k not in skip}
            before = json.loads(r.before) if r.before else None
            out.append((r.entity_id, r.action, before, after))
        return out

    return {"entries": rows(LedgerEntry), "loans": rows(Loan), "rules": rows(LoanRules),
            "installments": rows(LoanInstallment), "repayments": rows(LoanRepayment),
            "goods": rows(GoodsEntry),
            **{entity: audit_after(entity) for entity in
               ("ledger_entry", "loan", "loan_repayment", "loan_rules", "goods_entry")}}


def test_bulk_money_writes_what_the_services_write(db, monkeypatch):
    from models.demo import demo_money
    from models.loans import loans_bulk

    fill_demo(3, seed=11, today=TODAY)
    bulk = money_rows()
    assert len(bulk["entries"]) > 100 and bulk["goods"]
    other = fresh_database()
    try:
        monkeypatch.setattr(loans_bulk, "write_story", lambda story, today:
                            demo_money.write_with_services(story, today=today))
        fill_demo(3, seed=11, today=TODAY)
        assert money_rows() == bulk
    finally:
        other.close()


def test_bulk_entries_refuse_what_post_entry_refuses(club):
    from models.funds import funds
    from models.funds.money_bulk import post_entries

    fund = funds.open_default_funds(club.id, dt.date(2025, 1, 1))[0].id
    funds.post_entry(funds.EntryInput(fund_id=fund, kind="receipt", date=dt.date(2025, 2, 1),
                                      amount=1_000_000, category="donation", party="Bà Lan"),
                     today=TODAY)
    member = members.add_member(club.id, member_input(full_name="Lý Văn Tư"), today=TODAY)

    def entry(**values):
        base = dict(fund_id=fund, kind="payment", date=dt.date(2025, 3, 1), amount=100_000,
                    category="activity_spending", party="Nhà sách Đức Xuân")
        return funds.EntryInput(**(base | values))

    bad = [entry(amount=2_000_000), entry(fund_id=999_999), entry(kind="chi"),
           entry(amount="100000"), entry(amount=0), entry(amount=None),
           entry(date=TODAY + dt.timedelta(days=1)), entry(date=dt.date(2024, 12, 31)),
           entry(person_id=member.person_id + 1, party=""),
           entry(person_id=member.person_id), entry(party=""), entry(category="donation"),
           entry(attachments=-1)]
    expected = sorted((n, p.field, p.code) for n, inp in enumerate(bad, start=1)
                      for p in funds.check_entry(dataclasses.replace(inp), today=TODAY).problems)
    before = (LedgerEntry.select().count(), AuditLog.select().count())
    with pytest.raises(ValidationError) as err:
        post_entries(bad, today=TODAY)
    assert sorted((p.row, p.field, p.code) for p in err.value.problems) == expected
    assert len(expected) >= len(bad)
    assert (LedgerEntry.select().count(), AuditLog.select().count()) == before
    ids = post_entries([entry(), entry(kind="receipt", category="member_fee")], today=TODAY)
    got = [LedgerEntry.get_by_id(i) for i in ids]
    assert [(e.kind, e.number, e.amount) for e in got] == [("payment", 1, 100_000),
                                                           ("receipt", 2, 100_000)]
    assert funds.balance(fund, TODAY) == 1_000_000 and run_checks() == []


# --- the bulk meetings path (meetings_bulk) -----------------------------------------------


def meeting_rows() -> dict:
    """The meeting tables and their audit rows, without the moment they were written."""
    from models.meetings.tables import Meeting, MeetingAbsence, MeetingFee

    def rows(model):
        names = [f for f in model._meta.sorted_field_names if f != "recorded_at"]
        return [tuple(r[n] for n in names) for r in model.select().order_by(model.id).dicts()]

    audits = [(r.entity_id, r.action, r.before,
               {k: v for k, v in json.loads(r.after).items() if k != "recorded_at"})
              for r in AuditLog.select().where(AuditLog.entity.in_(("meeting", "setting")))
              .order_by(AuditLog.id)]
    return {"meetings": rows(Meeting), "absences": rows(MeetingAbsence),
            "fees": rows(MeetingFee), "audit": audits}


def test_bulk_meetings_write_what_record_meeting_writes(db, monkeypatch):
    """The demo's meetings take their fees (MeetingRows inside loans_bulk.write_story): the
    same meetings, fee exceptions, receipts and audit rows as record_meeting one by one."""
    from models.demo import demo_money
    from models.loans import loans_bulk

    fill_demo(3, seed=11, today=TODAY)
    bulk = meeting_rows() | money_rows()
    assert len(bulk["meetings"]) > 20 and len(bulk["absences"]) > 20
    assert len(bulk["fees"]) > 5
    from models.meetings.tables import Meeting
    assert Meeting.select().where(Meeting.receipt.is_null(False)).count() > 20
    other = fresh_database()
    try:
        monkeypatch.setattr(loans_bulk, "write_story", lambda story, today:
                            demo_money.write_with_services(story, today=today))
        fill_demo(3, seed=11, today=TODAY)
        assert meeting_rows() | money_rows() == bulk
    finally:
        other.close()


def test_bulk_meetings_refuse_what_record_meeting_refuses(club, office):
    from models.clubs import clubs
    from models.meetings import meetings
    from models.meetings.meetings_bulk import write_meetings
    from models.meetings.tables import Meeting

    founded = dt.date(2025, 1, 10)
    chair = members.add_member(club.id, member_input(full_name="Lý Văn Tư",
                                                     joined_on=founded), today=TODAY)
    clubs.found_club(club.id, clubs.FoundingInput(
        decision_number="01/QĐ-UBND", decision_date=founded, decision_issuer="UBND",
        launch_date=founded, statute_adopted=True, statute_date=founded, groups=["Nhóm 1"],
        board=[clubs.BoardSeat(role="chair", term_start=founded, person_id=chair.person_id)]),
        today=TODAY)

    def meeting(**values):
        base = dict(club_id=club.id, date=dt.date(2025, 3, 15), start_time="08:00",
                    end_time="10:00", chair_id=chair.person_id)
        return meetings.MeetingInput(**(base | values))

    bad = [meeting(date=TODAY + dt.timedelta(days=1)), meeting(date=dt.date(2024, 12, 1)),
           meeting(start_time="8h", end_time="07:00"), meeting(chair_id=999_999),
           meeting(absences={999_999: "Ốm"}), meeting(contents={"dancing": "x"})]
    expected = sorted((n, p.field, p.code) for n, inp in enumerate(bad, start=1)
                      for p in meetings.check_meeting(dataclasses.replace(inp),
                                                      today=TODAY).problems)
    before = (Meeting.select().count(), AuditLog.select().count())
    with pytest.raises(ValidationError) as err:
        write_meetings(bad, today=TODAY)
    assert sorted((p.row, p.field, p.code) for p in err.value.problems) == expected
    assert len(expected) >= len(bad)
    assert (Meeting.select().count(), AuditLog.select().count()) == before
    twice = [meeting(), meeting()]
    with pytest.raises(ValidationError) as err:
        write_meetings(twice, today=TODAY)
    assert [(p.row, p.code) for p in err.value.problems] == [(2, "meeting_exists")]
    ids = write_meetings([meeting(absences={chair.person_id: "Ốm"}, chair_id=None)],
                         today=TODAY)
    got = Meeting.get_by_id(ids[0])
    assert (got.member_count, got.present_count) == (1, 0)
    assert run_checks() == []


# --- the bulk activities path (activities_bulk) -------------------------------------------


def activity_rows() -> dict:
    """Activities, their people, home-care visits and their audit rows, without the moment
    they were written."""
    from models.activities.tables import Activity, ActivityPerson, HealthCheck, HomeCareVisit
    from models.supervision.tables import Recommendation, SupervisionVisit, VisitAnswer

    def rows(model):
        names = [f for f in model._meta.sorted_field_names if f != "created_at"]
        return [tuple(r[n] for n in names) for r in model.select().order_by(model.id).dicts()]

    audits = [(r.entity, r.entity_id, r.action, r.before,
               {k: v for k, v in json.loads(r.after).items() if k != "created_at"})
              for r in AuditLog.select().where(AuditLog.entity.in_(
                  ("activity", "home_care_visit", "home_care_pair", "health_check",
                   "supervision_visit"))).order_by(AuditLog.id)]
    return {"activities": rows(Activity), "people": rows(ActivityPerson),
            "visits": rows(HomeCareVisit), "health": rows(HealthCheck),
            "supervision": rows(SupervisionVisit), "answers": rows(VisitAnswer),
            "recommendations": rows(Recommendation), "audit": audits}


def test_bulk_activities_write_what_the_services_write(db, monkeypatch):
    """Activities, health checks, home-care and supervision visits of the demo: the bulk
    writers' rows and audit rows are those of the services one by one."""
    from models.activities import activities, activities_bulk, health, home_care
    from models.supervision import visits, visits_bulk

    fill_demo(3, seed=11, today=TODAY)
    bulk = activity_rows()
    assert len(bulk["activities"]) > 10 and len(bulk["visits"]) > 10
    assert len(bulk["health"]) > 10 and len(bulk["supervision"]) >= 3
    assert len(bulk["answers"]) >= 20 * len(bulk["supervision"])
    assert any(r[-1] is not None for r in bulk["recommendations"])  # a follow-up done
    other = fresh_database()
    try:
        monkeypatch.setattr(activities_bulk, "add_activities", lambda items, today: [
            activities.add_activity(club, inp, today=today).id for club, inp in items])
        monkeypatch.setattr(activities_bulk, "record_visits", lambda items, today: [
            home_care.record_visit(*item, today=today).id for item in items])
        monkeypatch.setattr(activities_bulk, "record_health_checks", lambda items, today: [
            health.record_health_check(club, inp, today=today).id for club, inp in items])
        monkeypatch.setattr(visits_bulk, "record_visits", lambda items, today: [
            visits.record_visit(inp, today=today).id for inp in items])
        fill_demo(3, seed=11, today=TODAY)
        assert activity_rows() == bulk
    finally:
        other.close()


def test_bulk_activities_refuse_what_the_services_refuse(club, office):
    from models.activities import activities, home_care
    from models.activities.activities_bulk import add_activities, record_visits
    from models.activities.tables import Activity, HomeCareVisit
    from models.clubs import clubs

    founded = dt.date(2025, 1, 10)
    chair = members.add_member(club.id, member_input(full_name="Lý Văn Tư", joined_on=founded,
                                                     birth_year=1950), today=TODAY)
    helper = members.add_member(club.id, member_input(full_name="Lý Thị Hoa",
                                                      joined_on=founded, birth_year=1990),
                                today=TODAY)
    clubs.found_club(club.id, clubs.FoundingInput(
        decision_number="01/QĐ-UBND", decision_date=founded, decision_issuer="UBND",
        launch_date=founded, statute_adopted=True, statute_date=founded, groups=["Nhóm 1"],
        board=[clubs.BoardSeat(role="chair", term_start=founded, person_id=chair.person_id)]),
        today=TODAY)

    def act(**values):
        base = dict(area="health", date=dt.date(2025, 3, 1), title="Tập dưỡng sinh",
                    person_ids=[chair.person_id])
        return activities.ActivityInput(**(base | values))

    bad = [act(area="dancing"), act(date=dt.date(2024, 1, 1)), act(title=""),
           act(person_ids=[999_999]), act(members_count=0)]
    expected = sorted((n, p.field, p.code) for n, inp in enumerate(bad, start=1)
                      for p in activities.check(club.id, dataclasses.replace(inp),
                                                TODAY).problems)
    before = (Activity.select().count(), AuditLog.select().count())
    with pytest.raises(ValidationError) as err:
        add_activities([(club.id, inp) for inp in bad], today=TODAY)
    assert sorted((p.row, p.field, p.code) for p in err.value.problems) == expected
    assert len(expected) >= len(bad)
    assert (Activity.select().count(), AuditLog.select().count()) == before
    pair = home_care.add_pair(club.id, home_care.PairInput(
        volunteer_id=helper.person_id, older_id=chair.person_id,
        date_from=dt.date(2025, 2, 1)), today=TODAY)
    with pytest.raises(ValidationError) as err:
        record_visits([(pair.id, dt.date(2025, 1, 20), "Thăm hỏi"),
                       (pair.id, TODAY + dt.timedelta(days=1), "Thăm hỏi"),
                       (pair.id, dt.date(2025, 3, 1), "")], today=TODAY)
    assert [(p.row, p.code) for p in err.value.problems] == [
        (1, "outside_pair"), (2, "in_future"), (3, "required")]
    assert HomeCareVisit.select().count() == 0
    ids = record_visits([(pair.id, dt.date(2025, 3, 1), " Thăm hỏi ")], today=TODAY)
    assert HomeCareVisit.get_by_id(ids[0]).services == "Thăm hỏi"
    assert run_checks() == []


def test_bulk_visits_and_health_checks_refuse_what_the_services_refuse(office):
    from models.activities import health
    from models.activities.activities_bulk import record_health_checks
    from models.activities.tables import HealthCheck
    from models.supervision import templates, visits
    from models.supervision.tables import SupervisionVisit
    from models.supervision.visits_bulk import record_visits
    from tests.papers_data import founded_club

    club_id = founded_club(6)
    person = Membership.get(Membership.club == club_id).person_id
    items = [i for _, group in templates.groups_of(templates.default_template().id)
             for i in group]
    answers = {i.id: visits.AnswerInput("met") for i in items}

    def visit(**values):
        base = dict(club_id=club_id, date=dt.date(2026, 6, 10), supervisors="Hội NCT phường",
                    answers=dict(answers))
        return visits.VisitInput(**(base | values))

    bad = [visit(date=TODAY + dt.timedelta(days=1)), visit(kind="party"),
           visit(supervisors=" "), visit(answers={}), visit(follow_up=[999_999])]
    expected = []
    for n, inp in enumerate(bad, start=1):
        with pytest.raises(ValidationError) as one:
            visits.record_visit(dataclasses.replace(inp, answers=dict(inp.answers)),
                                today=TODAY)
        expected += [(n, p.field, p.code) for p in one.value.problems]
    before = (SupervisionVisit.select().count(), AuditLog.select().count())
    with pytest.raises(ValidationError) as err:
        record_visits(bad, today=TODAY)
    assert sorted((p.row, p.field, p.code) for p in err.value.problems) == sorted(expected)
    with pytest.raises(ValidationError) as err:  # the same day twice in one batch
        record_visits([visit(), visit()], today=TODAY)
    assert [(p.row, p.code) for p in err.value.problems] == [(2, "visit_exists")]
    assert (SupervisionVisit.select().count(), AuditLog.select().count()) == before

    checks = [health.HealthCheckInput(person_id=person, date=dt.date(2026, 5, 1)),
              health.HealthCheckInput(person_id=999_999, date=dt.date(2026, 5, 1),
                                      systolic=120),
              health.HealthCheckInput(person_id=person, date=dt.date(2026, 5, 1),
                                      weight_dkg=9999)]
    expected = sorted((n, p.field, p.code) for n, inp in enumerate(checks, start=1)
                      for p in health.check(club_id, dataclasses.replace(inp),
                                            TODAY).problems)
    with pytest.raises(ValidationError) as err:
        record_health_checks([(club_id, inp) for inp in checks], today=TODAY)
    assert sorted((p.row, p.field, p.code) for p in err.value.problems) == expected
    assert len(expected) >= 3 and HealthCheck.select().count() == 0
