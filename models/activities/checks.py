"""Rules every record of an activity area shares: a date within the club's life, people who
are members on that date, counts and money that are whole and not negative, free text."""

from __future__ import annotations

import datetime as dt

from models.errors import Collector
from models.signoff import locks
from models.storage.schema import Club, Membership
from models.text.vietnamese import nfc


def founded_on(club: Club) -> dt.date | None:
    """The club's founding date: its decision, else its launch; None while planned."""
    return club.decision_date or club.launch_date


def check_date(p: Collector, name: str, on: object, club: Club, today: dt.date) -> bool:
    """A date not in the future and not before the club's founding; True when usable."""
    if on is None:
        p.add(name, "required")
        return False
    if not isinstance(on, dt.date):
        p.add(name, "bad_date", value=on)
        return False
    if on > today:
        p.add(name, "in_future")
        return False
    founded = founded_on(club)
    if founded is None:
        p.add("club", "club_not_founded")
        return False
    if on < founded:
        p.add(name, "before_founding", date=founded)
        return False
    return locks.check_open(p, name, club.id, on)


def members_on(club_id: int, person_ids: list[int], on: dt.date) -> set[int]:
    """Which of `person_ids` are active members of the club on `on` (one query)."""
    ids = [int(i) for i in person_ids if isinstance(i, int)]
    if not ids:
        return set()
    rows = Membership.select(Membership.person).where(
        (Membership.club == club_id) & Membership.person.in_(ids)
        & (Membership.joined_on <= on)
        & (Membership.left_on.is_null() | (Membership.left_on > on)))
    return {r.person_id for r in rows}


def check_member(p: Collector, name: str, person_id: object, club_id: int,
                 on: dt.date | None) -> None:
    """`person_id` must be an active member of the club on `on` (when the date is usable)."""
    if person_id is None:
        p.add(name, "required")
    elif not isinstance(person_id, int) or isinstance(person_id, bool):
        p.add(name, "invalid", value=person_id)
    elif on is not None and person_id not in members_on(club_id, [person_id], on):
        p.add(name, "not_member_on", date=on)


def check_whole(p: Collector, name: str, value: object, *, required: bool = False,
                high: int | None = None) -> None:
    """A whole number, not negative (and at most `high`); None is fine unless required."""
    if value is None:
        if required:
            p.add(name, "required")
    elif not isinstance(value, int) or isinstance(value, bool):
        p.add(name, "not_integer", value=value)
    elif value < 0:
        p.add(name, "negative")
    elif high is not None and value > high:
        p.add(name, "out_of_range", low=0, high=high)


def clean_text(value: object) -> str:
    return nfc(str(value or "")).strip()


def check_text(p: Collector, name: str, value: str, max_len: int, *,
               required: bool = True) -> None:
    if required and not value:
        p.add(name, "required")
    elif len(value) > max_len:
        p.add(name, "too_long", max=max_len)


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)
