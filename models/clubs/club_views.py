"""Read-only views of clubs for the clubs page and the board editor (no Qt, no writes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from models.accounts import access
from models.clubs.clubs import all_clubs, board_of, get_club
from models.clubs.composition import Composition, all_compositions, club_composition
from models.office.settings import Standards
from models.storage.schema import (
    BoardMember,
    Club,
    ClubGroup,
    ClubStatusChange,
    ClubVillage,
    Membership,
    Person,
    Village,
)


@dataclass(frozen=True)
class ClubRow:
    """What the clubs list shows of one club."""

    club_id: int
    code: str
    name: str
    villages: tuple[str, ...]
    status: str
    status_since: dt.date | None
    decision_number: str
    decision_date: dt.date | None
    composition: Composition

    @property
    def members(self) -> int:
        return self.composition.figure("members").count


def load_club_rows(on: dt.date, standards: Standards) -> list[ClubRow]:
    """Every club with its villages and composition on a date (three queries in all)."""
    compositions = all_compositions(on, standards)
    villages: dict[int, list[str]] = {}
    query = (ClubVillage.select(ClubVillage.club, Village.name)
             .join(Village).order_by(ClubVillage.id))
    for club_id, name in query.tuples():
        villages.setdefault(club_id, []).append(name)
    return [
        ClubRow(c.id, c.code, c.name, tuple(villages.get(c.id, ())), c.status, c.status_since,
                c.decision_number, c.decision_date, compositions[c.id])
        for c in all_clubs()
    ]


@dataclass
class ClubDetailData:
    """Everything the detail panel shows of one club, read at once."""

    club: Club
    ward_name: str
    villages: list[str]
    board: list[tuple[BoardMember, Person]]
    groups: list[tuple[str, int]]  # name, active members
    history: list[ClubStatusChange]
    composition: Composition


def load_club_detail(club_id: int, on: dt.date, standards: Standards) -> ClubDetailData:
    """One club with its board, groups (with member counts), history and composition."""
    club = get_club(club_id)
    villages = [name for (name,) in ClubVillage.select(Village.name).join(Village)
                .where(ClubVillage.club == club_id).order_by(ClubVillage.id).tuples()]
    counts = dict(Membership.select(Membership.group, pw.fn.COUNT(Membership.id))
                  .where((Membership.club == club_id) & Membership.left_on.is_null())
                  .group_by(Membership.group).tuples())
    groups = [(g.name, counts.get(g.id, 0))
              for g in ClubGroup.select().where(ClubGroup.club == club_id)
              .order_by(ClubGroup.position, ClubGroup.id)]
    history = list(ClubStatusChange.select().where(ClubStatusChange.club == club_id)
                   .order_by(ClubStatusChange.date, ClubStatusChange.id))
    return ClubDetailData(club, club.ward.name, villages, board_of(club_id), groups, history,
                          club_composition(club_id, on, standards))


def active_members(club_id: int) -> list[tuple[int, str, int]]:
    """(person id, full name, birth year) of the club's active members, in register order."""
    access.require_club_id(club_id, "read")
    query = (Membership.select(Person.id, Person.full_name, Person.birth_year).join(Person)
             .where((Membership.club == club_id) & Membership.left_on.is_null())
             .order_by(Person.sort_key, Person.birth_year))
    return list(query.tuples())
