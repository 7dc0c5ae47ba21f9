"""Composition of a club as of a date, against the office's standards."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.accounts import access
from models.codes import DISADVANTAGED
from models.members.members import age_on
from models.office.settings import Standards
from models.storage.schema import Club, Membership, Person


@dataclass(frozen=True)
class Figure:
    """One figure of the composition: its value, the standard and whether it passes."""

    key: str  # members, older, women, disadvantaged, home_care
    count: int
    total: int
    low: float | None  # percent for shares, count for members/home_care
    high: float | None
    is_share: bool

    @property
    def percent(self) -> float:
        return 100.0 * self.count / self.total if self.total else 0.0

    @property
    def value(self) -> float:
        return self.percent if self.is_share else float(self.count)

    @property
    def passed(self) -> bool:
        if self.is_share and self.total == 0:
            return False
        if self.low is not None and self.value < self.low:
            return False
        return not (self.high is not None and self.value > self.high)


@dataclass(frozen=True)
class Composition:
    club_id: int
    as_of: dt.date
    figures: tuple[Figure, ...]

    @property
    def passed(self) -> bool:
        return all(f.passed for f in self.figures)

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)


def active_on(on: dt.date):
    """Peewee condition: membership running on that date."""
    return (Membership.joined_on <= on) & (
        Membership.left_on.is_null() | (Membership.left_on > on)
    )


def composition_of(rows: list[tuple], club_id: int, on: dt.date, std: Standards
                   ) -> Composition:
    """Compute from (gender, birth_date, birth_year, household_status, home_care) rows."""
    total = len(rows)
    older = women = poor = home_care = 0
    for gender, birth_date, birth_year, household, volunteer in rows:
        older += age_on(birth_date, birth_year, on) >= std.older_age
        women += gender == "F"
        poor += household in DISADVANTAGED
        home_care += bool(volunteer)
    figures = (
        Figure("members", total, total, std.min_members, std.max_members, False),
        Figure("older", older, total, std.older_share_min, None, True),
        Figure("women", women, total, std.women_share_min, std.women_share_max, True),
        Figure("disadvantaged", poor, total, std.poor_share_min, std.poor_share_max, True),
        Figure("home_care", home_care, total, std.home_care_min, None, False),
    )
    return Composition(club_id, on, figures)


def _rows_query(on: dt.date):
    return (
        Membership.select(Membership.club, Person.gender, Person.birth_date, Person.birth_year,
                          Person.household_status, Membership.home_care_volunteer)
        .join(Person)
        .where(active_on(on))
    )


def club_composition(club_id: int, on: dt.date, std: Standards) -> Composition:
    """The composition of one club on a date."""
    access.require_club_id(club_id, "read")
    rows = [r[1:] for r in _rows_query(on).where(Membership.club == club_id).tuples()]
    return composition_of(rows, club_id, on, std)


def all_compositions(on: dt.date, std: Standards) -> dict[int, Composition]:
    """Compositions of every club the user may see on a date, in one query."""
    by_club: dict[int, list[tuple]] = {}
    query = access.scoped(_rows_query(on).switch(Membership).join(Club), Club.ward)
    for row in query.tuples():
        by_club.setdefault(row[0], []).append(row[1:])
    return {
        cid: composition_of(by_club.get(cid, []), cid, on, std)
        for (cid,) in access.scoped(Club.select(Club.id), Club.ward).tuples()
    }
