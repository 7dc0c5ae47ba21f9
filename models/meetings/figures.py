"""Meeting figures of a club, or of every club of a ward, for any period.

Three queries whatever the number of clubs: the clubs, one aggregate row a club, and the
members absent ABSENT_RUN meetings running (found by the database, runs_in_sql; absent_runs
is the same rule over rows in memory). A meeting's own counts (members active, present,
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


def runs_in_sql(in_period: pw.Expression) -> dict[int, list[int]]:
    """absent_runs, answered by the database: the meetings numbered in date order a club,
    each absence's run found by "gaps and islands" (the meeting's number minus the absence's
    own number a member is the same along a run), the runs of ABSENT_RUN or more kept. Only
    the members found come back, not the tens of thousands of absences of a commune's year."""
    numbered = (Meeting.select(Meeting.id, Meeting.club, pw.fn.ROW_NUMBER().over(
        partition_by=[Meeting.club], order_by=[Meeting.date]).alias("seq"))
        .where(in_period).cte("numbered", columns=("id", "club_id", "seq")))
    islands = (MeetingAbsence.select(
        numbered.c.club_id, MeetingAbsence.person.alias("person_id"),
        (numbered.c.seq - pw.fn.ROW_NUMBER().over(
            partition_by=[numbered.c.club_id, MeetingAbsence.person],
            order_by=[numbered.c.seq])).alias("island"))
        .join(numbered, on=(MeetingAbsence.meeting == numbered.c.id))
        .cte("islands", columns=("club_id", "person_id", "island")))
    query = (islands.select_from(islands.c.club_id, islands.c.person_id)
             .group_by(islands.c.club_id, islands.c.person_id, islands.c.island)
             .having(pw.fn.COUNT(pw.SQL("*")) >= ABSENT_RUN)
             .with_cte(numbered, islands))
    found: dict[int, set[int]] = {}
    for club_id, person_id in query.tuples():
        found.setdefault(club_id, set()).add(person_id)
    return {k: sorted(v) for k, v in found.items()}


def _figures(where: pw.Expression, start: dt.date, end: dt.date,
             today: dt.date) -> list[MeetingFigures]:
    scoped = access.scoped(Club.select(Club.id, Club.decision_date), Club.ward).where(where)
    clubs = list(scoped.order_by(Club.code).tuples())
    if not clubs:
        return []
    in_period = (Meeting.club.in_(scoped.select(Club.id)) & (Meeting.date >= start)
                 & (Meeting.date <= end))
    standing = pw.Case(None, [(Meeting.reversed_on.is_null(), Meeting.fee_total)], 0)
    sums = {row[0]: row[1:] for row in Meeting.select(
        Meeting.club, pw.fn.COUNT(Meeting.id), pw.fn.SUM(Meeting.member_count),
        pw.fn.SUM(Meeting.present_count), pw.fn.SUM(standing),
        pw.fn.SUM(Meeting.fee_due * Meeting.member_count))
        .where(in_period).group_by(Meeting.club).tuples()}
    runs = runs_in_sql(in_period)
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


def figures_of_clubs(club_ids: list[int], start: dt.date, end: dt.date,
                     *, today: dt.date | None = None) -> dict[int, MeetingFigures]:
    """Meeting figures of the given clubs the user may read, by club id."""
    access.require("read")
    if not club_ids:
        return {}
    rows = _figures(Club.id.in_(club_ids), start, end, today or dt.date.today())
    return {r.club_id: r for r in rows}
