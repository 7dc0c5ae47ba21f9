"""Volunteer home care: a volunteer paired with an older person, and the pair's visits.

The older person must have reached the office's older age (models/office/settings.Standards:
older_age) on the day the pair starts; both must be members of the club then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.accounts import access, audit
from models.activities import checks
from models.activities.tables import HomeCarePair, HomeCareVisit
from models.errors import Collector, NotFound
from models.members.members import age_on
from models.office import settings
from models.signoff import locks
from models.storage.db import database
from models.storage.schema import Person


@dataclass
class PairInput:
    volunteer_id: int | None = None
    older_id: int | None = None
    date_from: dt.date | None = None


def older_age() -> int:
    """The age from which a person counts as older: the office's setting."""
    return settings.load(settings.Standards).older_age


def check_pair(club_id: int, inp: PairInput, today: dt.date) -> Collector:
    club = access.require_club(club_id, "write")
    p = Collector()
    date_ok = checks.check_date(p, "date_from", inp.date_from, club, today)
    on = inp.date_from if date_ok else None
    checks.check_member(p, "volunteer", inp.volunteer_id, club.id, on)
    checks.check_member(p, "older", inp.older_id, club.id, on)
    if p:
        return p
    if inp.volunteer_id == inp.older_id:
        p.add("older", "same_person")
        return p
    older = Person.get_by_id(inp.older_id)
    age = older_age()
    if age_on(older.birth_date, older.birth_year, inp.date_from) < age:
        p.add("older", "not_older", age=age)
    if HomeCarePair.select().where(
            (HomeCarePair.volunteer == inp.volunteer_id) & (HomeCarePair.older == inp.older_id)
            & HomeCarePair.date_to.is_null()).exists():
        p.add("older", "pair_exists")
    return p


def add_pair(club_id: int, inp: PairInput, *, today: dt.date | None = None) -> HomeCarePair:
    """Pair a home-care volunteer with an older person of the club."""
    today = today or dt.date.today()
    check_pair(club_id, inp, today).raise_if_any()
    with database.atomic():
        pair = HomeCarePair.create(club=club_id, volunteer=inp.volunteer_id,
                                   older=inp.older_id, date_from=inp.date_from)
        audit.record("home_care_pair", pair.id, "create", None, audit.snapshot(pair))
    return pair


def get_pair(pair_id: int, action: str = "read") -> HomeCarePair:
    """A pair by id; another unit's pair is NotFound like a missing one."""
    pair = HomeCarePair.get_or_none(HomeCarePair.id == pair_id)
    if pair is None:
        raise NotFound("home_care_pair", pair_id)
    access.require_club_id(pair.club_id, action, missing=("home_care_pair", pair_id))
    return pair


def end_pair(pair_id: int, on: dt.date, *, today: dt.date | None = None) -> HomeCarePair:
    """End a pair on a date (the volunteer stops visiting)."""
    today = today or dt.date.today()
    pair = get_pair(pair_id, "write")
    p = Collector()
    if pair.date_to is not None:
        p.add("date_to", "pair_ended", date=pair.date_to)
    elif on is None:
        p.add("date_to", "required")
    elif not isinstance(on, dt.date):
        p.add("date_to", "bad_date", value=on)
    elif on > today:
        p.add("date_to", "in_future")
    elif on < pair.date_from:
        p.add("date_to", "before_start")
    elif HomeCareVisit.select().where((HomeCareVisit.pair == pair)
                                      & (HomeCareVisit.date > on)).exists():
        p.add("date_to", "before_last_visit")
    if isinstance(on, dt.date):
        locks.check_open(p, "date_to", pair.club_id, on)
    p.raise_if_any()
    with database.atomic():
        before = audit.snapshot(pair)
        pair.date_to = on
        pair.save()
        audit.record("home_care_pair", pair.id, "close", before, audit.snapshot(pair))
    return pair


def record_visit(pair_id: int, on: dt.date, services: str, *,
                 today: dt.date | None = None) -> HomeCareVisit:
    """Record a visit of a pair and the services given."""
    today = today or dt.date.today()
    pair = get_pair(pair_id, "write")
    services = checks.clean_text(services)
    p = Collector()
    if checks.check_date(p, "date", on, pair.club, today) and (
            on < pair.date_from or (pair.date_to is not None and on > pair.date_to)):
        p.add("date", "outside_pair", start=pair.date_from)
    checks.check_text(p, "services", services, 2000)
    p.raise_if_any()
    with database.atomic():
        visit = HomeCareVisit.create(pair=pair, date=on, services=services)
        audit.record("home_care_visit", visit.id, "create", None, audit.snapshot(visit))
    return visit


@dataclass(frozen=True)
class PairRow:
    id: int
    volunteer_id: int
    volunteer_name: str
    older_id: int
    older_name: str
    date_from: dt.date
    date_to: dt.date | None


def pairs_of(club_id: int) -> list[PairRow]:
    """A club's home-care pairs, the current ones first."""
    access.require_club_id(club_id, "read")
    volunteer, older = Person.alias(), Person.alias()
    query = (HomeCarePair.select(HomeCarePair, volunteer.full_name, older.full_name)
             .join(volunteer, on=(HomeCarePair.volunteer == volunteer.id))
             .switch(HomeCarePair).join(older, on=(HomeCarePair.older == older.id))
             .where(HomeCarePair.club == club_id)
             .order_by(HomeCarePair.date_to.is_null(False), HomeCarePair.date_from))
    return [PairRow(r.id, r.volunteer_id, r.volunteer.full_name, r.older_id,
                    r.older.full_name, r.date_from, r.date_to) for r in query]
