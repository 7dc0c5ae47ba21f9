"""Fast path for writing many meetings without money: the demo's years of monthly meetings.

meetings.record_meeting locks the club's funds and reads the members active on the day for
each meeting, a few milliseconds each: too slow for the 60,000 meetings of a 1,000-club demo.
`write_meetings` keeps the same rules and writes the same rows (meeting, absences, fee
exceptions) with the same audit rows, validating against the memberships fetched once per
club and inserting with multi-row INSERTs (models/funds/money_bulk.insert). A test holds its
rows equal to record_meeting's.

Meetings written here take no money: an input naming fees or repayments is a programming
error (ValueError) — record_meeting posts those through the fund and loan services.
"""

from __future__ import annotations

import datetime as dt
import json

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.codes import ACTIVITY_AREAS
from models.errors import Collector, Problem, ValidationError
from models.funds.money_bulk import audit_row, insert, insert_dicts, snapshot
from models.meetings.meeting_reads import monthly_fee_unchecked
from models.meetings.meetings import MeetingInput, check_texts, fee_exceptions, normalize
from models.meetings.tables import Meeting, MeetingAbsence, MeetingFee
from models.storage.db import database
from models.storage.schema import Club, Membership, Person, now

MEETING_DATES = ("date", "reversed_on", "recorded_at")


class _ClubBook:
    """One club as the meetings need it: founding date, memberships, meeting days taken."""

    def __init__(self, club: Club) -> None:
        self.club = club
        self.fee = monthly_fee_unchecked(club.id)
        self.spans = list(
            Membership.select(Membership.person, Membership.joined_on, Membership.left_on)
            .join(Person).where(Membership.club == club.id)
            .order_by(Person.sort_key, Person.birth_year, Membership.id).tuples())
        self.taken = {d for (d,) in Meeting.select(Meeting.date)
                      .where(Meeting.club == club.id).tuples()}

    def active(self, on: dt.date) -> list[int]:
        """Person ids active on `on`, in register order (meeting_reads.active_members)."""
        return [p for p, joined, left in self.spans
                if joined <= on and (left is None or left > on)]


def _check(p: Collector, book: _ClubBook, inp: MeetingInput, today: dt.date
           ) -> list[int] | None:
    """record_meeting's rules for a meeting without money; the active members, or None."""
    check_texts(p, inp)
    on, club = inp.date, book.club
    if on is None:
        p.add("date", "required")
    elif not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        p.add("date", "bad_date", value=on)
    elif on > today:
        p.add("date", "in_future")
    elif club.decision_date is None:
        p.add("date", "club_not_founded")
    elif on < club.decision_date:
        p.add("date", "before_founding", date=club.decision_date)
    elif on in book.taken:
        p.add("date", "meeting_exists", date=on)
    else:
        active = book.active(on)
        names = set(active)
        for name in ("chair", "secretary"):
            person_id = getattr(inp, f"{name}_id")
            if person_id is not None and person_id not in names:
                p.add(name, "member_not_active", name=_who(person_id), date=on)
        for person_id, reason in inp.absences.items():
            if person_id not in names:
                p.add("absences", "member_not_active", name=_who(person_id), date=on)
            elif len(reason) > 200:
                p.add("absences", "too_long", max=200)
        return active
    return None


def _who(person_id: object) -> str:
    person = Person.get_or_none(Person.id == person_id) if isinstance(person_id, int) else None
    return person.full_name if person is not None else str(person_id)


def write_meetings(inputs: list[MeetingInput], *, today: dt.date | None = None) -> list[int]:
    """Validate and record many meetings without money, in one transaction, as record_meeting
    would one by one (same rows, same audit rows, in input order). Raises ValidationError
    (Problem.row = the meeting's position, from 1) with nothing written. Returns the ids."""
    today = today or dt.date.today()
    actor, at = current_actor(), now()
    books: dict[int, _ClubBook] = {}
    problems: list[Problem] = []
    rows: list[dict] = []
    extras: list[tuple[dict[int, str], dict[int, int]]] = []
    for n, inp in enumerate(inputs, start=1):
        if inp.fees or inp.repayments:
            raise ValueError("write_meetings: meetings with money go through record_meeting")
        if inp.club_id not in books:
            books[inp.club_id] = _ClubBook(access.require_club(inp.club_id, "write"))
        book = books[inp.club_id]
        normalize(inp)
        p = Collector()
        active = _check(p, book, inp, today)
        if p or active is None:
            problems += [Problem(x.field, x.code, x.params, row=n) for x in p.problems]
            continue
        book.taken.add(inp.date)
        exceptions = fee_exceptions({}, set(inp.absences), active, book.fee)
        rows.append({
            "id": None, "club": inp.club_id, "date": inp.date, "start_time": inp.start_time,
            "end_time": inp.end_time, "place": inp.place, "chair": inp.chair_id,
            "secretary": inp.secretary_id,
            "contents": json.dumps({a: inp.contents[a] for a in ACTIVITY_AREAS
                                    if inp.contents.get(a)}, ensure_ascii=False),
            "decisions": inp.decisions, "issues": inp.issues, "next_plan": inp.next_plan,
            "guests": inp.guests, "member_count": len(active),
            "present_count": len(active) - len(inp.absences), "fee_due": book.fee,
            "fee_total": 0, "repayment_total": 0, "receipt": None, "reversed_on": None,
            "reversal_reason": "", "recorded_by": actor, "recorded_at": at})
        extras.append((dict(sorted(inp.absences.items())), exceptions))
    if problems:
        raise ValidationError(problems=problems)
    with database.atomic():
        insert_dicts(Meeting, rows)
        absences, fees, audits = [], [], []
        for row, (absent, exceptions) in zip(rows, extras, strict=True):
            absences += [(row["id"], pid, reason) for pid, reason in absent.items()]
            fees += [(row["id"], pid, amount) for pid, amount in sorted(exceptions.items())]
            after = snapshot(row, MEETING_DATES) | {
                "absences": {str(k): v for k, v in absent.items()},
                "fee_exceptions": {str(k): v for k, v in sorted(exceptions.items())},
                "repayments": []}
            audits.append(audit_row("meeting", row["id"], "record", None, after, at, actor))
        insert(MeetingAbsence._meta.table_name, ("meeting_id", "person_id", "reason"), absences)
        insert(MeetingFee._meta.table_name, ("meeting_id", "person_id", "amount"), fees)
        audit.append_rows(audits)
    return [r["id"] for r in rows]
