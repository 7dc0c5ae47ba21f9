"""Club services: create, found with board and groups, status changes, composition."""

import datetime as dt

import pytest

from models.clubs import clubs
from models.clubs.composition import club_composition
from models.errors import ValidationError
from models.members import members
from models.office import settings
from models.storage.schema import BoardMember, ClubStatusChange, Membership
from tests.conftest import TODAY, member_input


def codes(exc):
    return {(p.field, p.code) for p in exc.problems}


def test_create_club_validates(office):
    with pytest.raises(ValidationError) as err:
        clubs.create_club(clubs.ClubInput(code="dx 01!", name="", ward_code=999999))
    assert codes(err.value) == {("code", "bad_code"), ("name", "required"),
                                ("ward_code", "unknown")}
    c = clubs.create_club(clubs.ClubInput(code="dx01", name="CLB Tổ 1", ward_code=1840))
    assert c.code == "DX01" and c.status == "planned"
    with pytest.raises(ValidationError) as err:
        clubs.create_club(clubs.ClubInput(code="DX01", name="Khác", ward_code=1840))
    assert ("code", "duplicate") in codes(err.value)


def founding(**over):
    values = dict(
        decision_number="125/QĐ-UBND", decision_date=dt.date(2025, 3, 1),
        decision_issuer="UBND phường Đức Xuân", launch_date=dt.date(2025, 3, 15),
        statute_adopted=True, statute_date=dt.date(2025, 3, 15), groups=["Nhóm 1", "Nhóm 2"],
        board=[
            clubs.BoardSeat("chair", dt.date(2025, 3, 1),
                            new_member=member_input(full_name="Hoàng Văn Thụ", gender="M")),
            clubs.BoardSeat("treasurer", dt.date(2025, 3, 1),
                            new_member=member_input(full_name="Lý Thị Mai")),
        ],
    )
    values.update(over)
    return clubs.FoundingInput(**values)


def test_found_club_creates_board_members_and_groups(club):
    clubs.found_club(club.id, founding(), today=TODAY)
    club = clubs.get_club(club.id)
    assert club.status == "founded" and club.decision_number == "125/QĐ-UBND"
    assert [g.name for g in club.groups] == ["Nhóm 1", "Nhóm 2"]
    board = clubs.board_of(club.id)
    assert [(b.role, p.full_name) for b, p in board] == [
        ("chair", "Hoàng Văn Thụ"), ("treasurer", "Lý Thị Mai")]
    assert Membership.select().where(Membership.club == club.id).count() == 2
    assert ClubStatusChange.get(ClubStatusChange.club == club.id).status == "founded"


def test_founding_refuses_bad_board_and_writes_nothing(club):
    bad = founding(board=[
        clubs.BoardSeat("chair", dt.date(2025, 3, 1), new_member=member_input()),
        clubs.BoardSeat("chair", None, new_member=member_input(full_name="", gender="")),
    ], decision_number="")
    with pytest.raises(ValidationError) as err:
        clubs.found_club(club.id, bad, today=TODAY)
    assert codes(err.value) >= {("decision_number", "required"), ("board", "several_chairs"),
                                ("board[1].term_start", "required"),
                                ("board[1].full_name", "required")}
    assert clubs.get_club(club.id).status == "planned"
    assert BoardMember.select().count() == 0 and Membership.select().count() == 0


def test_status_transitions(club):
    with pytest.raises(ValidationError) as err:
        clubs.change_status(club.id, "active", dt.date(2025, 4, 1), today=TODAY)
    assert ("status", "transition") in codes(err.value)
    clubs.found_club(club.id, founding(), today=TODAY)
    clubs.change_status(club.id, "active", dt.date(2025, 4, 1), today=TODAY)
    with pytest.raises(ValidationError) as err:
        clubs.change_status(club.id, "suspended", dt.date(2025, 5, 1), today=TODAY)
    assert ("reason", "required") in codes(err.value)
    with pytest.raises(ValidationError) as err:
        clubs.change_status(club.id, "dissolved", dt.date(2025, 5, 1), "Sáp nhập",
                            today=TODAY)
    assert ("status", "has_active_members") in codes(err.value)
    assert [s.status for s in clubs.get_club(club.id).status_changes] == ["founded", "active"]


def test_composition_against_standards(club):
    std = settings.Standards(min_members=4, max_members=10, older_age=55, older_share_min=70,
                             women_share_min=60, women_share_max=70, poor_share_min=50,
                             poor_share_max=100, home_care_min=1)
    people = [
        ("Nguyễn Thị An", "F", 1950, "poor", True),
        ("Trần Thị Bình", "F", 1955, "near_poor", False),
        ("Lê Văn Cường", "M", 1990, "none", False),
        ("Phạm Thị Dung", "F", 1972, "hardship", False),
        ("Vũ Văn Em", "M", 1960, "none", False),
    ]
    for name, gender, year, household, volunteer in people:
        members.add_member(club.id, member_input(full_name=name, gender=gender,
                           birth_year=year, household_status=household,
                           home_care_volunteer=volunteer), today=TODAY)
    comp = club_composition(club.id, dt.date(2026, 1, 1), std)
    older = comp.figure("older")
    assert (older.count, older.total) == (3, 5) and not older.passed  # 60 % < 70 %
    women = comp.figure("women")
    assert women.count == 3 and women.passed  # 60 %
    assert comp.figure("disadvantaged").count == 3 and comp.figure("disadvantaged").passed
    assert comp.figure("home_care").passed and comp.figure("members").passed
    # the age threshold is a setting: at 50, four of five count as older
    std.older_age = 50
    assert club_composition(club.id, dt.date(2026, 1, 1), std).figure("older").count == 4
    # composition as of a date before anyone joined
    assert club_composition(club.id, dt.date(2025, 1, 1), std).figure("members").count == 0


def test_standards_validation(db):
    with pytest.raises(ValidationError) as err:
        settings.save_standards(settings.Standards(min_members=80, women_share_min=75,
                                                   older_age=20))
    assert codes(err.value) == {("max_members", "less_than_min"),
                                ("women_share_max", "less_than_min"),
                                ("older_age", "out_of_range")}
    saved = settings.save_standards(settings.Standards(older_age=60))
    assert settings.load(settings.Standards).older_age == saved.older_age == 60
