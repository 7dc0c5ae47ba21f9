"""Training courses and study visits of a ward, who attended, and the boards' training.

A course belongs to a ward (its clubs' people attend); writing one needs the write right in
that ward, and another unit's course is NotFound like a missing one. An attendee is a member
of one of the ward's clubs on the course's first day, or an official named with their role.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from models.accounts import access, audit
from models.activities import checks
from models.codes import COURSE_KINDS
from models.errors import Collector, NotFound
from models.storage.db import database
from models.storage.schema import Club, Ward
from models.training.tables import Course, CourseAttendee


@dataclass
class AttendeeInput:
    """A member (`person_id` with their `club_id`), or an official (`name`, `role`)."""

    person_id: int | None = None
    club_id: int | None = None
    name: str = ""
    role: str = ""


@dataclass
class CourseInput:
    ward_code: int | None = None
    title: str = ""
    kind: str = "course"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    organiser: str = ""
    place: str = ""
    materials: str = ""
    attendees: list[AttendeeInput] = field(default_factory=list)


@dataclass(frozen=True)
class CourseRow:
    id: int
    kind: str
    title: str
    date_from: dt.date
    date_to: dt.date
    organiser: str
    place: str
    attendee_count: int


def check_dates(p: Collector, inp: CourseInput, today: dt.date) -> bool:
    for name in ("date_from", "date_to"):
        value = getattr(inp, name)
        if value is None:
            p.add(name, "required")
        elif not isinstance(value, dt.date):
            p.add(name, "bad_date", value=value)
        elif value > today:
            p.add(name, "in_future")
    if p:
        return False
    if inp.date_to < inp.date_from:
        p.add("date_to", "before_start")
        return False
    return True


def check_attendees(p: Collector, ward_code: int, attendees: list[AttendeeInput],
                    on: dt.date | None) -> None:
    club_ids = {a.club_id for a in attendees if isinstance(a.club_id, int)}
    wards = dict(Club.select(Club.id, Club.ward).where(Club.id.in_(club_ids or [0])).tuples())
    seen: set[int] = set()
    for i, a in enumerate(attendees):
        where = f"attendees[{i}]"
        a.name, a.role = checks.clean_text(a.name), checks.clean_text(a.role)
        if a.club_id is not None and wards.get(a.club_id) != ward_code:
            p.add(f"{where}.club", "not_in_ward")
            continue
        if a.person_id is not None and a.name:
            p.add(f"{where}.person", "attendee_both")
        elif a.person_id is not None:
            if a.club_id is None:
                p.add(f"{where}.club", "required")
            elif a.person_id in seen:
                p.add(f"{where}.person", "duplicate", value=a.person_id)
            else:
                checks.check_member(p, f"{where}.person", a.person_id, a.club_id, on)
            seen.add(a.person_id)
        else:
            checks.check_text(p, f"{where}.name", a.name, 100)
        checks.check_text(p, f"{where}.role", a.role, 100, required=False)


def check(inp: CourseInput, today: dt.date) -> Collector:
    access.require("write", inp.ward_code)
    for name in ("title", "organiser", "place", "materials"):
        setattr(inp, name, checks.clean_text(getattr(inp, name)))
    p = Collector()
    if inp.ward_code is None or Ward.get_or_none(Ward.code == inp.ward_code) is None:
        p.add("ward_code", "required" if inp.ward_code is None else "unknown",
              value=inp.ward_code)
    if inp.kind not in COURSE_KINDS:
        p.add("kind", "invalid", value=inp.kind)
    checks.check_text(p, "title", inp.title, 200)
    checks.check_text(p, "organiser", inp.organiser, 200, required=False)
    checks.check_text(p, "place", inp.place, 200, required=False)
    checks.check_text(p, "materials", inp.materials, 4000, required=False)
    dates_ok = check_dates(p, inp, today)
    if inp.ward_code is not None:
        check_attendees(p, inp.ward_code, inp.attendees,
                        inp.date_from if dates_ok else None)
    return p


def add_course(inp: CourseInput, *, today: dt.date | None = None) -> Course:
    """Record a course or study visit with its attendees."""
    today = today or dt.date.today()
    check(inp, today).raise_if_any()
    with database.atomic():
        course = Course.create(ward=inp.ward_code, kind=inp.kind, title=inp.title,
                               date_from=inp.date_from, date_to=inp.date_to,
                               organiser=inp.organiser, place=inp.place,
                               materials=inp.materials)
        rows = [CourseAttendee.create(course=course, person=a.person_id, club=a.club_id,
                                      name=a.name, role=a.role) for a in inp.attendees]
        audit.record("course", course.id, "create", None,
                     {**audit.snapshot(course),
                      "attendees": [audit.snapshot(r) for r in rows]})
    return course


def get_course(course_id: int, action: str = "read") -> Course:
    """A course by id; another unit's course is NotFound like a missing one."""
    course = Course.get_or_none(Course.id == course_id)
    if course is None:
        raise NotFound("course", course_id)
    access.require_record("course", course_id, course.ward_code, action)
    return course


def courses(year: int) -> list[CourseRow]:
    """The courses of a year (by first day) the user may see, with their attendee counts."""
    access.require("read")
    start, end = checks.year_bounds(year)
    count = pw.fn.COUNT(CourseAttendee.id)
    query = (Course.select(Course, count.alias("n"))
             .join(CourseAttendee, pw.JOIN.LEFT_OUTER)
             .where(Course.date_from.between(start, end))
             .group_by(Course.id).order_by(Course.date_from, Course.id))
    query = access.scoped(query, Course.ward)
    return [CourseRow(c.id, c.kind, c.title, c.date_from, c.date_to, c.organiser, c.place,
                      c.n) for c in query]
