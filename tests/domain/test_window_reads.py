"""The reads the windows make through models/: known answers, and the unit boundary (a user
of another ward is refused or sees nothing of it)."""

import datetime as dt

import pytest

from models.accounts import users
from models.accounts.access import AccessDenied
from models.accounts.session import SignedInUser, set_user
from models.clubs.club_reads import ClubHeading, club_heading, group_choices
from models.clubs.clubs import ClubInput, create_club, set_groups
from models.errors import NotFound
from models.members.member_reads import RejoinFacts, rejoin_facts
from models.members.members import add_member, leave
from models.office import settings
from models.office.unit_reads import WardPlace, ward_by_code, ward_place
from models.papers import documents
from models.papers.document_reads import next_number_text
from tests.conftest import TODAY, member_input

WARD_A, WARD_B = 1840, 1843  # phường Đức Xuân and phường Bắc Kạn (Thái Nguyên)


def _as(role, ward=None, province=None):
    set_user(SignedInUser(id=99, username=f"{role}-{ward or province}", full_name="Người dùng",
                          role=role, ward_code=ward, province_code=province))


@pytest.fixture
def world(club):
    """Club A (DX01, ward A) with two groups and a member who left; club B (BK01, ward B)
    with a member; the UBND body; one account, so the database is closed to strangers."""
    settings.save_issuing_bodies([settings.IssuingBodyInput("UBND", "ỦY BAN NHÂN DÂN PHƯỜNG")])
    set_groups(club.id, ["Tổ Hoa Sen", "Tổ Bông Lúa"])
    club_b = create_club(ClubInput(code="BK01", name="CLB Bắc Kạn 1", ward_code=WARD_B))
    m_a = add_member(club.id, member_input(), today=TODAY)
    leave(m_a.id, dt.date(2026, 6, 30), "moved", today=TODAY)
    m_b = add_member(club_b.id, member_input(full_name="Trần Văn Bình", gender="M",
                                             birth_year=1950), today=TODAY)
    users.create_user(users.UserInput("quantri", "Quản trị", "admin", WARD_A, None,
                                      "mat-khau-1"))
    yield {"a": club, "b": club_b, "m_a": m_a, "m_b": m_b}
    set_user(None)


def test_ward_place_and_row_of_the_official_list(db):
    place = ward_place(WARD_A)
    assert place == WardPlace(WARD_A, "Phường Đức Xuân", "phường Đức Xuân", place.province_code,
                              "Tỉnh Thái Nguyên", "tỉnh Thái Nguyên")
    row = ward_by_code(WARD_A)
    assert (row.code, row.name, row.province.name) == (WARD_A, "Phường Đức Xuân", "Tỉnh Thái Nguyên")
    assert ward_place(None) is None and ward_by_code(None) is None
    assert ward_place(999_999) is None and ward_by_code(999_999) is None


def test_club_heading_and_groups_known_answers(world):
    _as("clerk", WARD_A)
    club = world["a"]
    assert club_heading(club.id) == ClubHeading(club.id, "DX01",
                                                "CLB Liên thế hệ tự giúp nhau Tổ 1",
                                                WARD_A, club.status)
    assert club_heading(club.id).title == "DX01 — CLB Liên thế hệ tự giúp nhau Tổ 1"
    assert club_heading(None) is None and club_heading(999_999) is None
    assert [name for _id, name in group_choices(club.id)] == ["Tổ Hoa Sen", "Tổ Bông Lúa"]


def test_club_reads_refuse_another_ward(world):
    _as("clerk", WARD_A)
    # Another ward's club is answered as a missing one.
    assert club_heading(world["b"].id) is None
    assert club_heading(world["b"].id, "write") is None
    with pytest.raises(NotFound):
        group_choices(world["b"].id)
    _as("supervisor", WARD_A)  # reads its unit, but writes nowhere
    assert club_heading(world["a"].id).code == "DX01"
    _as("supervisor", province=ward_place(WARD_A).province_code)  # both wards are in it
    assert [club_heading(world[k].id).code for k in "ab"] == ["DX01", "BK01"]
    assert group_choices(world["b"].id) == []
    with pytest.raises(AccessDenied) as err:
        club_heading(world["a"].id, "write")
    assert err.value.code == "role"
    set_user(None)
    with pytest.raises(AccessDenied) as err:
        group_choices(world["a"].id)
    assert err.value.code == "login_required"


def test_rejoin_facts_known_answer_and_boundary(world):
    _as("clerk", WARD_A)
    m_a = world["m_a"]
    assert rejoin_facts(m_a.person_id) == RejoinFacts(
        m_a.person_id, "Nguyễn Thị Huệ", 1958, world["a"].id, "DX01", dt.date(2026, 6, 30),
        "moved")
    with pytest.raises(NotFound):  # a person of ward B looks missing, even by their id
        rejoin_facts(world["m_b"].person_id)
    _as("supervisor", WARD_A)  # may read, but rejoining writes
    with pytest.raises(AccessDenied) as err:
        rejoin_facts(m_a.person_id)
    assert err.value.code == "role"
    _as("clerk", WARD_A)
    with pytest.raises(NotFound):
        rejoin_facts(999_999)


def test_rejoin_facts_of_someone_never_in_a_club(world):
    from models.storage.schema import Membership

    _as("clerk", WARD_A)
    person_id = world["m_a"].person_id
    Membership.delete().where(Membership.person == person_id).execute()
    assert rejoin_facts(person_id) == RejoinFacts(person_id, "Nguyễn Thị Huệ", 1958)


def test_next_number_text_as_issuing_is_checked(world):
    _as("approver", WARD_A)
    year = TODAY.year
    assert next_number_text("decision", "UBND", year, world["a"].id) == "01/QĐ-UBND"
    assert next_number_text("decision", "ubnd", year) == "01/QĐ-UBND"
    assert next_number_text("decision", "HNCT", year) is None  # no such body on file
    assert documents.next_number(documents.body_by_code("UBND").id, year) == 1
    # A club of ward B is answered as a missing club: the body's number, nothing of the club.
    assert next_number_text("decision", "UBND", year, world["b"].id) == \
        next_number_text("decision", "UBND", year, 999_999)
    _as("clerk", WARD_A)  # a clerk does not issue numbered papers
    with pytest.raises(AccessDenied) as err:
        next_number_text("decision", "UBND", year, world["a"].id)
    assert err.value.code == "role"
