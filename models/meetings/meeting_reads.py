"""Reads of the monthly meetings: a club's meetings, one meeting's attendance, the members
active on a day, the monthly fee, and the collection sheet of a meeting day.

Attendance and fees are stored as exceptions (models/meetings/tables.py); the functions here
give them back whole.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import peewee as pw

from models.accounts import access
from models.errors import NotFound
from models.loans.loan_reads import LoanRow, loan_register, schedule_of
from models.loans.loan_schedule import schedule_status
from models.meetings.tables import Meeting, MeetingAbsence, MeetingFee, MeetingRepayment
from models.storage.schema import LoanRepayment, Membership, Person, Setting

# The statute's usual fee when the club has none of its own (clubs ask 2,000–5,000 đ).
DEFAULT_MONTHLY_FEE = 5_000


def fee_key(club_id: int) -> str:
    return f"meeting.monthly_fee.{club_id}"


def monthly_fee_unchecked(club_id: int) -> int:
    row = Setting.get_or_none(Setting.key == fee_key(club_id))
    return int(json.loads(row.value)) if row is not None else DEFAULT_MONTHLY_FEE


def monthly_fee(club_id: int) -> int:
    """The fee a member owes at each monthly meeting of the club (a setting of the club)."""
    access.require_club(club_id, "read")
    return monthly_fee_unchecked(club_id)


@dataclass(frozen=True)
class ActiveMember:
    person_id: int
    full_name: str


def active_on(club_id: int, on: dt.date) -> pw.Expression:
    """Memberships of the club active on `on` (joined by then, not left by then)."""
    return ((Membership.club == club_id) & (Membership.joined_on <= on)
            & (Membership.left_on.is_null() | (Membership.left_on > on)))


def active_members(club_id: int, on: dt.date) -> list[ActiveMember]:
    """Members active on `on`, in register order (given name, family names, birth year)."""
    rows = (Membership.select(Person.id, Person.full_name).join(Person)
            .where(active_on(club_id, on))
            .order_by(Person.sort_key, Person.birth_year, Membership.id).tuples())
    return [ActiveMember(pid, name) for pid, name in rows]


@dataclass(frozen=True)
class MeetingRow:
    """One meeting of a club's list."""

    meeting_id: int
    date: dt.date
    member_count: int
    present_count: int
    fee_due: int
    fee_total: int
    repayment_total: int
    reversed_on: dt.date | None


def meetings_of(club_id: int, year: int) -> list[MeetingRow]:
    """The club's meetings of a calendar year, by date."""
    access.require_club(club_id, "read")
    rows = (Meeting.select().where((Meeting.club == club_id)
                                   & (Meeting.date >= dt.date(year, 1, 1))
                                   & (Meeting.date <= dt.date(year, 12, 31)))
            .order_by(Meeting.date))
    return [MeetingRow(m.id, m.date, m.member_count, m.present_count, m.fee_due, m.fee_total,
                       m.repayment_total, m.reversed_on) for m in rows]


def meeting(meeting_id: int) -> Meeting:
    """A meeting by id, once the signed-in user may read its club."""
    row = Meeting.get_or_none(Meeting.id == meeting_id) if isinstance(meeting_id, int) else None
    if row is None:
        raise NotFound("meeting", meeting_id)
    access.require_club(row.club_id, "read", missing=("meeting", meeting_id))
    return row


def meeting_on(club_id: int, on: dt.date) -> Meeting:
    """The club's meeting of a day."""
    access.require_club(club_id, "read")
    row = Meeting.get_or_none((Meeting.club == club_id) & (Meeting.date == on))
    if row is None:
        raise NotFound("meeting", on)
    return row


def contents_of(row: Meeting) -> dict[str, str]:
    return dict(json.loads(row.contents or "{}"))


def fee_paid(present: bool, fee_due: int, exception: int | None) -> int:
    """What a member paid at a meeting: the stored exception, else the rule."""
    if exception is not None:
        return exception
    return fee_due if present else 0


@dataclass(frozen=True)
class AttendanceLine:
    """A member at a meeting: present or absent (with the reason), fee paid, repayment."""

    person_id: int
    full_name: str
    present: bool
    reason: str
    fee_paid: int
    repayment: int  # principal + interest repaid at the meeting


def attendance(meeting_id: int) -> list[AttendanceLine]:
    """Every member active on the meeting's day, in register order."""
    row = meeting(meeting_id)
    absent = dict(MeetingAbsence.select(MeetingAbsence.person, MeetingAbsence.reason)
                  .where(MeetingAbsence.meeting == row.id).tuples())
    fees = dict(MeetingFee.select(MeetingFee.person, MeetingFee.amount)
                .where(MeetingFee.meeting == row.id).tuples())
    repaid: dict[int, int] = {}
    for person_id, amount in repayments_by_person(row.id):
        repaid[person_id] = repaid.get(person_id, 0) + amount
    return [AttendanceLine(m.person_id, m.full_name, m.person_id not in absent,
                           absent.get(m.person_id, ""),
                           fee_paid(m.person_id not in absent, row.fee_due,
                                    fees.get(m.person_id)),
                           repaid.get(m.person_id, 0))
            for m in active_members(row.club_id, row.date)]


def repayments_by_person(meeting_id: int) -> list[tuple[int, int]]:
    """(person id, principal + interest) of each repayment recorded at the meeting."""
    from models.storage.schema import Loan

    rows = (MeetingRepayment.select(Loan.person, LoanRepayment.principal,
                                    LoanRepayment.interest)
            .join(LoanRepayment).join(Loan)
            .where(MeetingRepayment.meeting == meeting_id).tuples())
    return [(pid, int(p) + int(i)) for pid, p, i in rows]


# --- Collection sheet ------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetLine:
    """A member's line of the collection sheet."""

    person_id: int
    full_name: str
    fee_due: int
    instalment_due: int  # principal + interest due by the day and not paid, overdue included
    overdue: int  # the part of instalment_due whose due date has passed


@dataclass(frozen=True)
class CollectionSheet:
    club_id: int
    date: dt.date
    fee_due: int
    lines: tuple[SheetLine, ...]
    loans: tuple[LoanRow, ...] = ()  # the club's open loans that day, by number

    @property
    def total_fees(self) -> int:
        return sum(x.fee_due for x in self.lines)

    @property
    def total_instalments(self) -> int:
        return sum(x.instalment_due for x in self.lines)

    @property
    def total_overdue(self) -> int:
        return sum(x.overdue for x in self.lines)


def loan_dues(club_id: int, on: dt.date, register: list[LoanRow] | None = None
              ) -> dict[int, tuple[int, int]]:
    """Person id -> (instalment due by `on`, the overdue part) over the person's open loans
    (from the club's open loans on `on`, read here unless given)."""
    dues: dict[int, tuple[int, int]] = {}
    if register is None:
        register = loan_register(club_id, on, include_closed=False)
    for loan in register:
        due = loan.due_principal + loan.due_interest
        late = loan.overdue_principal + loan.overdue_interest
        before = dues.get(loan.person_id, (0, 0))
        dues[loan.person_id] = (before[0] + due, before[1] + late)
    return dues


def loan_due(loan_id: int, on: dt.date) -> int:
    """Principal + interest of one loan due by `on` and not yet paid (no access check)."""
    from models.loans.loan_reads import paid_totals

    paid_p, paid_i = paid_totals(loan_id, on)
    state = schedule_status(schedule_of(loan_id), paid_p, paid_i, on)
    return state.due_principal + state.due_interest


def collection_sheet(club_id: int, on: dt.date) -> CollectionSheet:
    """Members active on `on` in register order, each with the monthly fee due and what their
    loans ask that day (instalment due, of which overdue)."""
    access.require_club(club_id, "read")
    fee = monthly_fee_unchecked(club_id)
    register = loan_register(club_id, on, include_closed=False)
    dues = loan_dues(club_id, on, register)
    lines = tuple(SheetLine(m.person_id, m.full_name, fee, *dues.get(m.person_id, (0, 0)))
                  for m in active_members(club_id, on))
    return CollectionSheet(club_id, on, fee, lines, tuple(register))


@dataclass(frozen=True)
class Absentee:
    """A member of a list of the meetings page (absent three meetings running), with the
    membership that opens their record."""

    person_id: int
    full_name: str
    membership_id: int
    left_on: dt.date | None


def absentees(club_id: int, person_ids: list[int] | tuple[int, ...]) -> list[Absentee]:
    """These people as members of the club (their latest membership there), in register
    order (one query)."""
    access.require_club(club_id, "read")
    latest: dict[int, Absentee] = {}
    for pid, name, mid, left in (
            Membership.select(Person.id, Person.full_name, Membership.id, Membership.left_on)
            .join(Person).where((Membership.club == club_id)
                                & Membership.person.in_(list(person_ids) or [0]))
            .order_by(Person.sort_key, Person.birth_year, Membership.id).tuples()):
        latest[pid] = Absentee(pid, name, mid, left)  # a later membership replaces it
    return list(latest.values())
