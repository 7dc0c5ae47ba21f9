"""Member services: validation, duplicates, leave and rejoin, audit, one active club."""

import datetime as dt
import json
import unicodedata

import peewee as pw
import pytest

from models.errors import ValidationError
from models.members import members
from models.storage.schema import AuditLog, Membership, Person
from tests.conftest import TODAY, member_input


def codes(exc: ValidationError) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in exc.problems}


def test_add_member_stores_nfc_and_keys(club):
    name = unicodedata.normalize("NFD", "  Nguyễn   Thị Huệ ")
    m = members.add_member(club.id, member_input(full_name=name), today=TODAY)
    p = Person.get_by_id(m.person_id)
    assert p.full_name == "Nguyễn Thị Huệ"
    assert unicodedata.is_normalized("NFC", p.full_name)
    assert p.search_key == "nguyen thi hue"
    assert p.sort_key.startswith(members.name_sort_key("Huệ")[:2])
    assert p.ethnicity == "Tày"


def test_add_member_writes_audit_rows(club):
    m = members.add_member(club.id, member_input(), today=TODAY)
    rows = list(AuditLog.select().where(AuditLog.entity.in_(["person", "membership"]))
                .order_by(AuditLog.id))
    assert [(r.entity, r.action) for r in rows] == [("person", "create"),
                                                   ("membership", "create")]
    after = json.loads(rows[0].after)
    assert after["full_name"] == "Nguyễn Thị Huệ"
    assert all(r.actor == "test" for r in rows)
    assert m.id


def test_every_problem_reported_and_nothing_written(club):
    bad = member_input(full_name="", gender="X", birth_year=1850, ethnicity="Sao Hỏa",
                       id_number="12345", phone="12", household_status="rich",
                       joined_on=TODAY + dt.timedelta(days=3))
    before = (Person.select().count(), AuditLog.select().count())
    with pytest.raises(ValidationError) as err:
        members.add_member(club.id, bad, today=TODAY)
    assert codes(err.value) >= {
        ("full_name", "required"), ("gender", "invalid"), ("birth", "year_out_of_range"),
        ("ethnicity", "unknown"), ("id_number", "length"), ("phone", "format"),
        ("household_status", "invalid"), ("joined_on", "in_future"),
    }
    assert (Person.select().count(), AuditLog.select().count()) == before


def test_birth_year_only_is_accepted_and_birth_date_must_agree(club):
    m = members.add_member(club.id, member_input(birth_year=1950), today=TODAY)
    assert m.person.birth_date is None and m.person.birth_year == 1950
    with pytest.raises(ValidationError) as err:
        members.add_member(club.id, member_input(full_name="Lê Văn Tám",
                           birth_date=dt.date(1951, 1, 2), birth_year=1950), today=TODAY)
    assert ("birth", "year_mismatch") in codes(err.value)


def test_id_number_unique(club):
    members.add_member(club.id, member_input(id_number="006158001234"), today=TODAY)
    with pytest.raises(ValidationError) as err:
        members.add_member(club.id, member_input(full_name="Hoàng Văn Sáu",
                           id_number="006 158 001 234"), today=TODAY)
    assert ("id_number", "duplicate") in codes(err.value)


def test_possible_duplicates_flagged(club, office):
    members.add_member(club.id, member_input(id_number="006158001234"), today=TODAY)
    same_name = member_input(full_name="NGUYEN THI HUE")
    found = members.find_duplicates(same_name, office["ward_code"])
    assert [(d.full_name, d.reason, d.club_code) for d in found] == [
        ("Nguyễn Thị Huệ", "name_birth_year", "DX01")]
    other_year = member_input(birth_year=1960)
    assert members.find_duplicates(other_year, office["ward_code"]) == []
    by_id = member_input(full_name="Ai Đó", id_number="006158001234")
    assert [d.reason for d in members.find_duplicates(by_id, office["ward_code"])] == [
        "id_number"]


def test_one_active_club_per_person(club, office):
    from models.clubs.clubs import ClubInput, create_club

    other = create_club(ClubInput(code="DX02", name="CLB Nà Cưởm", ward_code=1840))
    m = members.add_member(club.id, member_input(), today=TODAY)
    with pytest.raises(ValidationError) as err:
        members.add_member(other.id, member_input(), existing_person_id=m.person_id,
                           today=TODAY)
    assert ("club", "already_active") in codes(err.value)
    # the database refuses it too, whatever goes around the services
    with pytest.raises(pw.IntegrityError), members.database.atomic():
        Membership.create(person=m.person_id, club=other, joined_on=TODAY)


def test_leave_and_rejoin(club):
    m = members.add_member(club.id, member_input(), today=TODAY)
    with pytest.raises(ValidationError) as err:
        members.leave(m.id, dt.date(2025, 1, 1), "moved", today=TODAY)
    assert ("left_on", "before_join") in codes(err.value)
    members.leave(m.id, dt.date(2026, 2, 1), "moved", "Chuyển về quê", today=TODAY)
    assert members.active_membership(m.person_id) is None
    with pytest.raises(ValidationError) as err:
        members.leave(m.id, dt.date(2026, 2, 2), "moved", today=TODAY)
    assert ("membership", "already_left") in codes(err.value)
    again = members.rejoin(m.person_id, club.id, dt.date(2026, 6, 1), today=TODAY)
    assert again.id != m.id and members.active_membership(m.person_id).id == again.id
    assert Membership.select().where(Membership.person == m.person_id).count() == 2


def test_no_rejoin_after_death(club):
    m = members.add_member(club.id, member_input(), today=TODAY)
    members.leave(m.id, dt.date(2026, 2, 1), "died", today=TODAY)
    with pytest.raises(ValidationError) as err:
        members.rejoin(m.person_id, club.id, dt.date(2026, 6, 1), today=TODAY)
    assert ("person", "deceased") in codes(err.value)


def test_update_member_audits_only_changes(club):
    m = members.add_member(club.id, member_input(), today=TODAY)
    inp = members.MemberInput.from_membership(m)
    inp.phone = "0912 345 678"
    inp.home_care_volunteer = True
    members.update_member(m.id, inp, today=TODAY)
    rows = list(AuditLog.select().where(AuditLog.action == "update").order_by(AuditLog.id))
    person_change = json.loads(rows[0].after)
    person_change.pop("updated_at", None)  # changes when the clock has moved on
    assert person_change == {"phone": "0912 345 678"}
    assert rows[0].entity == "person" and json.loads(rows[0].before)["phone"] == ""
    assert json.loads(rows[1].after) == {"home_care_volunteer": True}


def test_village_must_be_in_the_clubs_ward(club, office):
    from models.office.villages import add_village

    elsewhere = add_village(70, "Thôn Xa", "thôn")  # phường Hoàn Kiếm, Hà Nội
    with pytest.raises(ValidationError) as err:
        members.add_member(club.id, member_input(village_id=elsewhere.id), today=TODAY)
    assert ("village", "not_in_ward") in codes(err.value)


def test_age_on():
    assert members.age_on(dt.date(1960, 12, 1), 1960, dt.date(2020, 11, 30)) == 59
    assert members.age_on(dt.date(1960, 12, 1), 1960, dt.date(2020, 12, 1)) == 60
    assert members.age_on(None, 1960, dt.date(2020, 1, 1)) == 60
