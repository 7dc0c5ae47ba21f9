"""What the activity and training tests share: founded clubs with members, in two wards."""

from __future__ import annotations

import datetime as dt

from models.clubs import clubs
from models.members import members
from tests.conftest import TODAY, member_input

FOUNDED = dt.date(2025, 1, 10)
JOINED = dt.date(2025, 3, 5)


def found(club, board=()):
    """Found a planned club on FOUNDED, with `board` [(role, person_id, term_end)…]; each club
    its own decision number (a number of the ward's series is held by one paper)."""
    seats = [clubs.BoardSeat(role=role, term_start=FOUNDED, term_end=end, person_id=pid)
             for role, pid, end in board]
    return clubs.found_club(club.id, clubs.FoundingInput(
        decision_number=f"{11 + club.id:02d}/QĐ-UBND", decision_date=FOUNDED,
        decision_issuer="UBND phường",
        board=seats), today=TODAY)


def member(club, name="Nguyễn Thị Huệ", birth_year=1958, joined=JOINED, **kw):
    """Add a member; returns the person id."""
    m = members.add_member(club.id, member_input(full_name=name, birth_year=birth_year,
                                                 joined_on=joined, **kw), today=TODAY)
    return m.person_id


def new_club(code, ward_code=1840):
    return clubs.create_club(clubs.ClubInput(code=code, name=f"CLB {code}",
                                             ward_code=ward_code))
