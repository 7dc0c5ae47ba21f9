"""The activity log of a club: one row an activity held in one of the eight areas, with the
members who took part. Dialogues with local authorities, community actions, study visits and
communication events are activities of their own kind (models.codes.ACTIVITY_KINDS)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.accounts import access, audit
from models.activities import checks
from models.activities.tables import Activity, ActivityPerson
from models.codes import ACTIVITY_AREAS, ACTIVITY_KINDS
from models.errors import Collector, NotFound
from models.storage.db import database

COUNT_MAX = 100_000


@dataclass
class ActivityInput:
    """An activity as the activity dialog or the command line fills it. `members_count`
    None counts the members listed in `person_ids`."""

    area: str = ""
    date: dt.date | None = None
    title: str = ""
    kind: str = "regular"
    members_count: int | None = None
    others_count: int = 0
    person_ids: list[int] = field(default_factory=list)
    note: str = ""


@dataclass(frozen=True)
class ActivityRow:
    id: int
    club_id: int
    date: dt.date
    area: str
    kind: str
    title: str
    members_count: int
    others_count: int
    note: str


def check(club_id: int, inp: ActivityInput, today: dt.date) -> Collector:
    """Every rule of a new activity (reads the club and its members)."""
    club = access.require_club(club_id, "write")
    inp.title, inp.note = checks.clean_text(inp.title), checks.clean_text(inp.note)
    p = Collector()
    if inp.area not in ACTIVITY_AREAS:
        p.add("area", "required" if not inp.area else "invalid", value=inp.area)
    if inp.kind not in ACTIVITY_KINDS:
        p.add("kind", "invalid", value=inp.kind)
    checks.check_text(p, "title", inp.title, 200)
    checks.check_text(p, "note", inp.note, 2000, required=False)
    date_ok = checks.check_date(p, "date", inp.date, club, today)
    checks.check_whole(p, "members_count", inp.members_count, high=COUNT_MAX)
    checks.check_whole(p, "others_count", inp.others_count, required=True, high=COUNT_MAX)
    ids = list(inp.person_ids or [])
    seen: set[object] = set()
    present = checks.members_on(club.id, ids, inp.date) if date_ok else set()
    for i, pid in enumerate(ids):
        if not isinstance(pid, int) or isinstance(pid, bool):
            p.add(f"person_ids[{i}]", "invalid", value=pid)
        elif pid in seen:
            p.add(f"person_ids[{i}]", "duplicate", value=pid)
        elif date_ok and pid not in present:
            p.add(f"person_ids[{i}]", "not_member_on", date=inp.date)
        seen.add(pid)
    if (isinstance(inp.members_count, int) and inp.members_count >= 0
            and inp.members_count < len(seen)):
        p.add("members_count", "fewer_than_listed", count=len(seen))
    return p


def add_activity(club_id: int, inp: ActivityInput, *, today: dt.date | None = None
                 ) -> Activity:
    """Record an activity of a club with the members who took part."""
    today = today or dt.date.today()
    check(club_id, inp, today).raise_if_any()
    ids = list(dict.fromkeys(inp.person_ids or []))
    count = inp.members_count if inp.members_count is not None else len(ids)
    with database.atomic():
        activity = Activity.create(club=club_id, area=inp.area, kind=inp.kind, date=inp.date,
                                   title=inp.title, members_count=count,
                                   others_count=inp.others_count, note=inp.note)
        if ids:
            ActivityPerson.insert_many([(activity.id, pid) for pid in ids],
                                       fields=[ActivityPerson.activity,
                                               ActivityPerson.person]).execute()
        audit.record("activity", activity.id, "create", None,
                     {**audit.snapshot(activity), "person_ids": ids})
    return activity


def activities_of(club_id: int, year: int) -> list[ActivityRow]:
    """A club's activities of a year, by date."""
    access.require_club_id(club_id, "read")
    start, end = checks.year_bounds(year)
    query = (Activity.select()
             .where((Activity.club == club_id) & Activity.date.between(start, end))
             .order_by(Activity.date, Activity.id))
    return [ActivityRow(a.id, a.club_id, a.date, a.area, a.kind, a.title, a.members_count,
                        a.others_count, a.note) for a in query]


def participants(activity_id: int) -> list[int]:
    """The person ids of the members who took part in an activity."""
    activity = Activity.get_or_none(Activity.id == activity_id)
    if activity is None:
        raise NotFound("activity", activity_id)
    access.require_club_id(activity.club_id, "read", missing=("activity", activity_id))
    return [r.person_id for r in ActivityPerson.select(ActivityPerson.person)
            .where(ActivityPerson.activity == activity_id).order_by(ActivityPerson.id)]

