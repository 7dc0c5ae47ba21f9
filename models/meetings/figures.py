"""Meeting figures of a club, or of every club of a ward, for any period.

Four queries whatever the number of clubs: the clubs, one aggregate row a club, the
meetings in date order, and their absences. A meeting's own counts (members active, present,
fee due, fees paid) were written with it (models/meetings/tables.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from models.accounts import access
from models.meetings.tables import Meeting, MeetingAbsence
from models.storage.schema import Club

# A member absent from this many of the club's meetings in a row is listed.
ABSENT_RUN = 3


@dataclass(frozen=True)
class MeetingFigures:
    """One club's (or, summed, a ward's) meetings over a period."""

    club_id: int | None
    meetings_held: int
    months_elapsed: int  # calendar months of the period the club existed in, up to today
    member_places: int  # members active, summed over the meetings
    present: int  # members present, summed over the meetings
    fees_collected: int  # fees of meetings whose postings stand (not reversed)
    fees_due: int  # the monthly fee times the members active, summed over the meetings
    absent_in_a_row: tuple[int, ...]  # person ids absent ABSENT_RUN meetings running

    @property
    def attendance_rate(self) -> float | None:
        """Share of members present, over all the meetings (None without meetings)."""
        return self.present / self.member_places if self.member_places else None


def months_between(first: dt.date, last: dt.date) -> int:
    """Calendar months from first's month to last's month, both counted (0 if last < first)."""
    if last < first:
        return 0
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _period(club: Club | tuple, start: dt.date, end: dt.date, today: dt.date) -> int:
    founded = club[1]
    if founded is None:
        return 0
    return months_between(max(start, founded), min(end, today))


def absent_runs(rows: list[tuple[int, int]], absent: dict[int, set[int]]) -> dict[int, list[int]]:
    """Club id -> person ids absent from ABSENT_RUN of the club's meetings in a row (each
    person once, however many such runs).
    `rows`: (club id, meeting id) in date order; `absent`: meeting id -> absent person ids."""
    streak: dict[tuple[int, int], int] = {}
    found: dict[int, list[int]] = {}
    last_meeting: dict[int, set[int]] = {}
    for club_id, meeting_id in rows:
        here = absent.get(meeting_id, set())
        for person_id in last_meeting.get(club_id, set()) - here:
            streak.pop((club_id, person_id), None)
        for person_id in here:
            n = streak[(club_id, person_id)] = streak.get((club_id, person_id), 0) + 1
            if n == ABSENT_RUN and person_id not in found.setdefault(club_id, []):
                found[club_id].append(person_id)  # once, even after two runs
        last_meeting[club_id] = here
    return {k: sorted(v) for k, v in found.items()}


def _figures(where: pw.Expression, start: dt.date, end: dt.date,
             today: dt.date) -> list[MeetingFigures]:
    clubs = list(access.scoped(Club.select(Club.id, Club.decision_date), Club.ward)
                 .where(where).order_by(Club.code).tuples())
    ids = [c[0] for c in clubs]
    if not ids:
        return []
    in_period = (Meeting.club.in_(ids) & (Meeting.date >= start) & (Meeting.date <= end))
    standing = pw.Case(None, [(Meeting.reversed_on.is_null(), Meeting.fee_total)], 0)
    sums = {row[0]: row[1:] for row in Meeting.select(
        Meeting.club, pw.fn.COUNT(Meeting.id), pw.fn.SUM(Meeting.member_count),
        pw.fn.SUM(Meeting.present_count), pw.fn.SUM(standing),
        pw.fn.SUM(Meeting.fee_due * Meeting.member_count))
        .where(in_period).group_by(Meeting.club).tuples()}
    order = list(Meeting.select(Meeting.club, Meeting.id).where(in_period)
                 .order_by(Meeting.club, Meeting.date).tuples())
    absent: dict[int, set[int]] = {}
    for meeting_id, person_id in (MeetingAbsence.select(MeetingAbsence.meeting,
                                                        MeetingAbsence.person)
                                  .join(Meeting).where(in_period).tuples()):
        absent.setdefault(meeting_id, set()).add(person_id)
    runs = absent_runs(order, absent)
    out = []
    for club in clubs:
        n, places, present, fees, due = sums.get(club[0], (0, 0, 0, 0, 0))
        out.append(MeetingFigures(club[0], int(n), _period(club, start, end, today),
                                  int(places or 0), int(present or 0), int(fees or 0),
                                  int(due or 0), tuple(runs.get(club[0], ()))))
    return out


def club_figures(club_id: int, start: dt.date, end: dt.date,
                 *, today: dt.date | None = None) -> MeetingFigures:
    """One club's meeting figures from `start` to `end` (both included)."""
    access.require_club(club_id, "read")
    rows = _figures(Club.id == club_id, start, end, today or dt.date.today())
    return rows[0]


def ward_figures(ward_code: int, start: dt.date, end: dt.date,
                 *, today: dt.date | None = None) -> tuple[list[MeetingFigures], MeetingFigures]:
    """Each club of the ward, and the ward's total (club_id None; the list of members absent
    in a row is every club's, joined)."""
    access.require("read", ward_code)
    rows = _figures(Club.ward == ward_code, start, end, today or dt.date.today())
    total = MeetingFigures(
        None, sum(r.meetings_held for r in rows), sum(r.months_elapsed for r in rows),
        sum(r.member_places for r in rows), sum(r.present for r in rows),
        sum(r.fees_collected for r in rows), sum(r.fees_due for r in rows),
        tuple(p for r in rows for p in r.absent_in_a_row))
    return rows, total
