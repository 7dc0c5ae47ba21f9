"""Activities in the eight areas: the log, the facts per area, their figures with known
answers, health data masked for roles without the sensitive right, refusals that write
nothing, and another ward's records looking missing."""

from __future__ import annotations

import datetime as dt

import pytest

from models.accounts.audit_view import AuditFilter, audit_page
from models.accounts.session import set_user
from models.activities import activities, figures, health, home_care, support
from models.activities.tables import Activity, ActivityPerson, HealthCheck, HomeCarePair
from models.codes import ACTIVITY_AREAS
from models.errors import NotFound, ValidationError
from models.members import members
from models.office import settings
from models.privacy.consent import MASK
from models.storage.schema import AuditLog, Membership, UserAccount
from models.text.labels import label
from models.text.messages import error_lines
from tests.conftest import TODAY
from tests.domain.activity_helpers import FOUNDED, found, member, new_club
from tests.domain.privacy_helpers import as_user


def codes(exc: ValidationError) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in exc.problems}


def written() -> tuple[int, ...]:
    return tuple(m.select().count() for m in
                 (Activity, ActivityPerson, HealthCheck, HomeCarePair, AuditLog))


@pytest.fixture
def world(club):
    """A founded club of phường Đức Xuân with three members: two older, one young."""
    hue = member(club)
    lan = member(club, "Trần Thị Lan", 1950)
    nam = member(club, "Lý Văn Nam", 1990, gender="M")
    found(club)
    yield {"club": club, "hue": hue, "lan": lan, "nam": nam}
    set_user(None)


def test_areas_and_labels():
    assert ACTIVITY_AREAS == ("health", "income", "culture", "self_help", "learning",
                              "home_care", "resources", "rights")
    assert label("activity_area", "health") == "Chăm sóc sức khỏe"
    assert label("activity_area", "rights") == "Quyền và chế độ chính sách"


def test_activity_recorded_with_participants_and_audit(world):
    a = activities.add_activity(world["club"].id, activities.ActivityInput(
        area="culture", date=dt.date(2026, 5, 1), title="Văn nghệ mừng 1/5",
        others_count=12, person_ids=[world["hue"], world["lan"]]), today=TODAY)
    assert a.members_count == 2 and a.others_count == 12
    assert activities.participants(a.id) == [world["hue"], world["lan"]]
    rows = activities.activities_of(world["club"].id, 2026)
    assert [(r.area, r.title) for r in rows] == [("culture", "Văn nghệ mừng 1/5")]
    assert activities.activities_of(world["club"].id, 2025) == []
    audit = AuditLog.get(AuditLog.entity == "activity")
    assert audit.action == "create" and str(a.id) == audit.entity_id


def test_activity_refusals_name_the_field_and_write_nothing(world, club):
    outsider = member(new_club("DX02"), "Hoàng Văn Khoa", 1960, gender="M")
    before = written()
    with pytest.raises(ValidationError) as err:
        activities.add_activity(club.id, activities.ActivityInput(
            area="sport", date=TODAY + dt.timedelta(days=1), title="",
            others_count=-3, person_ids=[outsider]), today=TODAY)
    assert codes(err.value) >= {("area", "invalid"), ("date", "in_future"),
                                ("title", "required"), ("others_count", "negative")}
    with pytest.raises(ValidationError) as err:
        activities.add_activity(club.id, activities.ActivityInput(
            area="health", date=FOUNDED - dt.timedelta(days=1), title="Khám"), today=TODAY)
    assert codes(err.value) == {("date", "before_founding")}
    assert "10/01/2025" in error_lines(err.value)[0]
    # before joining (5 March 2025), from another club, listed twice, count below the list
    with pytest.raises(ValidationError) as err:
        activities.add_activity(club.id, activities.ActivityInput(
            area="health", date=dt.date(2025, 2, 1), title="Khám",
            person_ids=[world["hue"]]), today=TODAY)
    assert codes(err.value) == {("person_ids[0]", "not_member_on")}
    with pytest.raises(ValidationError) as err:
        activities.add_activity(club.id, activities.ActivityInput(
            area="health", date=dt.date(2026, 2, 1), title="Khám", members_count=1,
            person_ids=[outsider, world["hue"], world["hue"], world["lan"]]), today=TODAY)
    assert codes(err.value) == {("person_ids[0]", "not_member_on"),
                                ("person_ids[2]", "duplicate"),
                                ("members_count", "fewer_than_listed")}
    # a member who left is no participant after leaving
    m = Membership.get(Membership.person == world["lan"])
    members.leave(m.id, dt.date(2026, 3, 1), "moved", today=TODAY)
    with pytest.raises(ValidationError) as err:
        activities.add_activity(club.id, activities.ActivityInput(
            area="health", date=dt.date(2026, 4, 1), title="Khám",
            person_ids=[world["lan"]]), today=TODAY)
    assert codes(err.value) == {("person_ids[0]", "not_member_on")}
    assert written()[:4] == before[:4]


def test_planned_club_takes_no_activity(club):
    with pytest.raises(ValidationError) as err:
        activities.add_activity(club.id, activities.ActivityInput(
            area="health", date=dt.date(2026, 4, 1), title="Khám"), today=TODAY)
    assert codes(err.value) == {("club", "club_not_founded")}


def check_of(world, **kw):
    values = dict(person_id=world["hue"], date=dt.date(2026, 6, 2), systolic=135,
                  diastolic=85, weight_dkg=525, sugar_dmmol=61, note="Huyết áp hơi cao")
    values.update(kw)
    return health.HealthCheckInput(**values)


def test_health_data_masked_for_roles_without_the_right(world):
    club_id = world["club"].id
    health.record_health_check(club_id, check_of(world), today=TODAY)
    UserAccount.create(username="admin1", full_name="A", role="admin", ward=1840,
                       password_hash="x")
    set_user(as_user("clerk"))
    (row,) = health.health_checks(club_id, 2026)
    assert (row.systolic, row.diastolic, row.weight_dkg, row.sugar_dmmol, row.note,
            row.masked) == (135, 85, 525, 61, "Huyết áp hơi cao", False)
    for user in (as_user("supervisor", province=19), as_user("admin")):
        set_user(user)
        (row,) = health.health_checks(club_id, 2026)
        assert row.masked and row.full_name == "Nguyễn Thị Huệ"
        assert {row.systolic, row.diastolic, row.weight_dkg, row.sugar_dmmol,
                row.note} == {MASK}
    set_user(as_user("admin"))
    (audit_row,) = audit_page(AuditFilter(entity="health_check"))
    assert audit_row.after["systolic"] == MASK and audit_row.after["note"] == MASK
    assert audit_row.after["person"] == world["hue"]
    with pytest.raises(Exception) as err:  # an administrator cannot write health data
        health.record_health_check(club_id, check_of(world), today=TODAY)
    assert type(err.value).__name__ == "AccessDenied"


def test_health_check_refusals(world):
    before = written()
    with pytest.raises(ValidationError) as err:
        health.record_health_check(world["club"].id, check_of(
            world, systolic=-1, weight_dkg=52000, date=TODAY + dt.timedelta(days=2)),
            today=TODAY)
    assert codes(err.value) >= {("systolic", "negative"), ("weight_dkg", "out_of_range"),
                                ("date", "in_future")}
    with pytest.raises(ValidationError) as err:
        health.record_health_check(world["club"].id, health.HealthCheckInput(
            person_id=world["hue"], date=dt.date(2026, 6, 2)), today=TODAY)
    assert codes(err.value) == {("systolic", "no_measurement")}
    assert written() == before


def test_home_care_pair_needs_an_older_person_by_the_setting(world):
    club_id = world["club"].id
    start = dt.date(2026, 1, 5)
    before = written()
    with pytest.raises(ValidationError) as err:  # Nam is 36
        home_care.add_pair(club_id, home_care.PairInput(world["hue"], world["nam"], start),
                           today=TODAY)
    assert codes(err.value) == {("older", "not_older")}
    assert err.value.params == {"age": 55}
    settings.save_standards(settings.Standards(older_age=70))
    with pytest.raises(ValidationError) as err:  # Huệ is 68, Lan 76
        home_care.add_pair(club_id, home_care.PairInput(world["nam"], world["hue"], start),
                           today=TODAY)
    assert codes(err.value) == {("older", "not_older")}
    with pytest.raises(ValidationError) as err:
        home_care.add_pair(club_id, home_care.PairInput(world["nam"], world["nam"], start),
                           today=TODAY)
    assert codes(err.value) == {("older", "same_person")}
    assert written()[:4] == before[:4]
    pair = home_care.add_pair(club_id, home_care.PairInput(world["nam"], world["lan"], start),
                              today=TODAY)
    home_care.record_visit(pair.id, dt.date(2026, 2, 3), "Dọn nhà, đo huyết áp", today=TODAY)
    with pytest.raises(ValidationError) as err:
        home_care.record_visit(pair.id, dt.date(2026, 1, 1), "Thăm", today=TODAY)
    assert codes(err.value) == {("date", "outside_pair")}
    home_care.end_pair(pair.id, dt.date(2026, 6, 30), today=TODAY)
    with pytest.raises(ValidationError) as err:
        home_care.record_visit(pair.id, dt.date(2026, 7, 3), "Thăm", today=TODAY)
    assert codes(err.value) == {("date", "outside_pair")}
    (row,) = home_care.pairs_of(club_id)
    assert (row.volunteer_name, row.older_name, row.date_to) == (
        "Lý Văn Nam", "Trần Thị Lan", dt.date(2026, 6, 30))


def test_self_help_and_claims_refusals(world):
    club_id = world["club"].id
    before = written()
    with pytest.raises(ValidationError) as err:
        support.record_self_help(club_id, support.SelfHelpInput(
            world["hue"], dt.date(2026, 3, 1), "Hỗ trợ sửa nhà", -500_000), today=TODAY)
    assert codes(err.value) == {("value", "negative")}
    with pytest.raises(ValidationError) as err:
        support.record_claim(club_id, support.ClaimInput(
            world["hue"], dt.date(2026, 3, 1), "", "won"), today=TODAY)
    assert codes(err.value) == {("entitlement", "required"), ("outcome", "invalid")}
    assert written() == before


def test_figures_known_answers_in_bounded_queries(world, db):
    club_id = world["club"].id
    add = activities.add_activity
    for area, on in (("health", dt.date(2026, 1, 9)), ("health", dt.date(2026, 4, 9)),
                     ("rights", dt.date(2026, 5, 2)), ("health", dt.date(2025, 12, 9))):
        add(club_id, activities.ActivityInput(area=area, date=on, title="x"), today=TODAY)
    for who, on in ((world["hue"], dt.date(2026, 2, 1)), (world["hue"], dt.date(2026, 8, 1)),
                    (world["lan"], dt.date(2026, 2, 1)), (world["nam"], dt.date(2025, 8, 1))):
        health.record_health_check(club_id, check_of(world, person_id=who, date=on),
                                   today=TODAY)
    pair = home_care.add_pair(club_id, home_care.PairInput(
        world["nam"], world["lan"], dt.date(2025, 6, 1)), today=TODAY)
    home_care.add_pair(club_id, home_care.PairInput(
        world["nam"], world["hue"], dt.date(2025, 6, 1)), today=TODAY)
    for on in (dt.date(2025, 12, 1), dt.date(2026, 1, 5), dt.date(2026, 1, 20),
               dt.date(2026, 3, 3)):
        home_care.record_visit(pair.id, on, "Thăm hỏi", today=TODAY)
    for who, value in ((world["hue"], 500_000), (world["lan"], 1_250_000)):
        support.record_self_help(club_id, support.SelfHelpInput(
            who, dt.date(2026, 9, 1), "Hỗ trợ", value), today=TODAY)
    for who, outcome in ((world["hue"], "granted"), (world["hue"], "pending"),
                         (world["lan"], "refused")):
        support.record_claim(club_id, support.ClaimInput(
            who, dt.date(2026, 4, 1), "Thẻ BHYT", outcome), today=TODAY)
    other = new_club("DX02")
    found(other)
    statements = []
    real = db.execute_sql
    db.execute_sql = lambda sql, *a, **k: (statements.append(sql), real(sql, *a, **k))[1]
    try:
        result = figures.area_figures(2026)
    finally:
        del db.execute_sql
    assert len(statements) <= 9  # two access checks, the clubs, six GROUP BYs
    mine, empty = result
    assert (mine.club_code, empty.club_code) == ("DX01", "DX02")
    assert mine.activities["health"] == 2 and mine.activities["rights"] == 1
    assert sum(mine.activities.values()) == 3
    assert mine.health_checked == 2
    assert mine.home_care_older == 2
    assert mine.visits_by_month[:3] == [2, 0, 1] and mine.visits == 3
    assert (mine.claim_people, mine.claim_granted) == (2, 1)
    assert (mine.self_help_cases, mine.self_help_value) == (2, 1_750_000)
    assert empty.health_checked == 0 and sum(empty.activities.values()) == 0
    (only,) = figures.area_figures(2025, club_id)
    assert (only.health_checked, only.activities["health"], only.visits) == (1, 1, 1)


def test_another_wards_records_look_missing(world):
    club_b = new_club("BK01", 1843)
    club_b.decision_date = FOUNDED
    club_b.save()
    b1 = member(club_b, "Đinh Văn Bảo", 1950, gender="M")
    b2 = member(club_b, "Đinh Thị Bông", 1980)
    pair = home_care.add_pair(club_b.id, home_care.PairInput(b2, b1, dt.date(2026, 1, 5)),
                              today=TODAY)
    activities.add_activity(club_b.id, activities.ActivityInput(
        area="health", date=dt.date(2026, 1, 9), title="x"), today=TODAY)
    UserAccount.create(username="admin1", full_name="A", role="admin", ward=1840,
                       password_hash="x")
    set_user(as_user("clerk"))
    for call in (lambda: activities.activities_of(club_b.id, 2026),
                 lambda: health.health_checks(club_b.id, 2026),
                 lambda: home_care.get_pair(pair.id),
                 lambda: home_care.record_visit(pair.id, dt.date(2026, 2, 1), "x",
                                                today=TODAY),
                 lambda: figures.area_figures(2026, club_b.id),
                 lambda: activities.add_activity(club_b.id, activities.ActivityInput(
                     area="health", date=dt.date(2026, 1, 9), title="x"), today=TODAY)):
        with pytest.raises(NotFound):
            call()
    with pytest.raises(NotFound) as err:
        home_care.get_pair(pair.id + 100)
    assert err.value.entity == "home_care_pair"
    assert [f.club_code for f in figures.area_figures(2026)] == ["DX01"]
