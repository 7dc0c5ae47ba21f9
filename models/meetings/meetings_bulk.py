"""Fast path for writing many meetings: the demo's five years of monthly meetings.

meetings.record_meeting locks the club's funds and reads the members active on the day for
each meeting, a few milliseconds each: too slow for the 60,000 meetings of a 1,000-club demo.
`MeetingRows` keeps the same rules and collects the same rows (meeting, absences, fee
exceptions) with the same audit rows, validating against the memberships fetched once per
club; they are inserted with multi-row INSERTs (models/funds/money_bulk.insert).

Two writers use it: `write_meetings` below, for meetings without money, and a money story's
meetings (models/loans/loans_bulk.write_story), whose fee receipt goes through the story's
fund book, numbered in date order with the club's other vouchers, as record_meeting posts
it. Tests hold both equal to record_meeting (tests/domain/test_bulk_writers.py). Repayments
at a meeting go through record_meeting only.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.codes import ACTIVITY_AREAS
from models.errors import Collector, Problem, ValidationError
from models.funds.funds import EntryInput
from models.funds.money_bulk import audit_row, insert, insert_dicts, snapshot
from models.meetings.meeting_reads import monthly_fee_unchecked
from models.meetings.meetings import (
    MeetingInput,
    check_fees,
    check_texts,
    fee_exceptions,
    fee_receipt,
    meeting_audit,
    normalize,
    open_fund,
)
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
        fund = open_fund(club.id, "activity")
        self.fund_id = fund.id if fund is not None else None

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


class _ActiveNames(Mapping):
    """The members active, for check_fees: ids tested at once, a name looked up only for a
    message (a query a payer would be too slow for the demo)."""

    def __init__(self, active: list[int]) -> None:
        self.ids = set(active)

    def __contains__(self, person_id: object) -> bool:
        return person_id in self.ids

    def __getitem__(self, person_id: int) -> str:
        if person_id not in self.ids:
            raise KeyError(person_id)
        return _who(person_id)

    def __iter__(self):
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)


def _check_money(p: Collector, book: _ClubBook, inp: MeetingInput, active: list[int]
                 ) -> dict[int, int]:
    """record_meeting's rules for the fees; the receipt's own (date, locked period, …) are
    the fund book's, checked when it is posted."""
    paid = check_fees(p, inp, _ActiveNames(active), book.fee)
    if paid and book.fund_id is None:
        p.add("fees", "no_activity_fund")
    return paid


def _who(person_id: object) -> str:
    person = Person.get_or_none(Person.id == person_id) if isinstance(person_id, int) else None
    return person.full_name if person is not None else str(person_id)


class MeetingRows:
    """Meetings checked one by one and collected as rows, inserted together by `write`."""

    def __init__(self, today: dt.date, actor: str, at: dt.datetime) -> None:
        self.today, self.actor, self.at = today, actor, at
        self.books: dict[int, _ClubBook] = {}
        self.rows: list[dict] = []
        self.extras: list[tuple[dict[int, str], dict[int, int], list[int]]] = []

    def book(self, club_id: int) -> _ClubBook:
        if club_id not in self.books:
            self.books[club_id] = _ClubBook(access.require_club(club_id, "write"))
        return self.books[club_id]

    def fund_ids(self, club_ids: set[int]) -> set[int]:
        """The activity funds the meetings of these clubs post their fees to."""
        return {f for f in (self.book(c).fund_id for c in club_ids) if f is not None}

    def add(self, inp: MeetingInput,
            post: Callable[[EntryInput], tuple[Collector, dict | None]] | None = None
            ) -> Collector:
        """Check one meeting as record_meeting would and keep its rows; `post` checks and
        keeps the fee receipt (a meeting without it may take no money). The problems found,
        nothing kept if any."""
        if inp.repayments or (inp.fees and post is None):
            raise ValueError("MeetingRows: repayments at a meeting go through record_meeting")
        book = self.book(inp.club_id)
        normalize(inp)
        p = Collector()
        active = _check(p, book, inp, self.today)
        if active is None:
            return p
        paid = _check_money(p, book, inp, active)
        if p:
            return p
        receipt = None
        if paid:
            found, receipt = post(fee_receipt(book.fund_id, inp.date, paid,
                                                   inp.secretary_id or inp.chair_id))
            if found:
                return found
        book.taken.add(inp.date)
        exceptions = fee_exceptions(paid, set(inp.absences), active, book.fee)
        self.rows.append({
            "id": None, "club": inp.club_id, "date": inp.date, "start_time": inp.start_time,
            "end_time": inp.end_time, "place": inp.place, "chair": inp.chair_id,
            "secretary": inp.secretary_id,
            "contents": json.dumps({a: inp.contents[a] for a in ACTIVITY_AREAS
                                    if inp.contents.get(a)}, ensure_ascii=False),
            "decisions": inp.decisions, "issues": inp.issues, "next_plan": inp.next_plan,
            "guests": inp.guests, "member_count": len(active),
            "present_count": len(active) - len(inp.absences), "fee_due": book.fee,
            "fee_total": sum(paid.values()), "repayment_total": 0, "receipt": receipt,
            "reversed_on": None, "reversal_reason": "", "recorded_by": self.actor,
            "recorded_at": self.at})
        self.extras.append((dict(sorted(inp.absences.items())), exceptions, []))
        return p

    def write(self) -> list[Callable[[], tuple]]:
        """Insert the meetings, absences and fee exceptions (after the receipts: a row's
        receipt is the entry's dict until then); one audit row maker a meeting, in order."""
        for row in self.rows:
            if isinstance(row["receipt"], dict):
                row["receipt"] = row["receipt"]["id"]
        insert_dicts(Meeting, self.rows)
        absences, fees = [], []
        for row, (absent, exceptions, _) in zip(self.rows, self.extras, strict=True):
            absences += [(row["id"], pid, reason) for pid, reason in absent.items()]
            fees += [(row["id"], pid, amount) for pid, amount in sorted(exceptions.items())]
        insert(MeetingAbsence._meta.table_name, ("meeting_id", "person_id", "reason"), absences)
        insert(MeetingFee._meta.table_name, ("meeting_id", "person_id", "amount"), fees)
        return [self.audit_maker(n) for n in range(len(self.rows))]

    def audit_maker(self, n: int) -> Callable[[], tuple]:
        row, (absent, exceptions, repayments) = self.rows[n], self.extras[n]
        return lambda: audit_row("meeting", row["id"], "record", None, meeting_audit(
            snapshot(row, MEETING_DATES), absent, exceptions, repayments), self.at, self.actor)


def write_meetings(inputs: list[MeetingInput], *, today: dt.date | None = None) -> list[int]:
    """Validate and record many meetings without money, in one transaction, as record_meeting
    would one by one (same rows, same audit rows, in input order). Raises ValidationError
    (Problem.row = the meeting's position, from 1) with nothing written. Returns the ids."""
    meetings = MeetingRows(today or dt.date.today(), current_actor(), now())
    problems: list[Problem] = []
    for n, inp in enumerate(inputs, start=1):
        if inp.fees or inp.repayments:
            raise ValueError("write_meetings: meetings with money go through record_meeting")
        found = meetings.add(inp)
        problems += [Problem(x.field, x.code, x.params, row=n) for x in found.problems]
    if problems:
        raise ValidationError(problems=problems)
    with database.atomic():
        audit.append_rows([make() for make in meetings.write()])
    return [r["id"] for r in meetings.rows]
