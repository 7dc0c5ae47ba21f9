"""Meeting figures: known answers for one club and a ward, in a bounded number of queries."""

import datetime as dt

import pytest

from models.clubs import clubs
from models.meetings import figures, meetings
from tests.conftest import TODAY
from tests.domain.meetings_data import meeting_club

D = dt.date
START, END = D(2026, 1, 1), D(2026, 6, 30)


def hold(book, on, absent, unpaid=()):
    keys = ("an", "binh", "hue", "lan", "mai")
    fees = {book[k]: 5_000 for k in keys if k not in absent and k not in unpaid}
    return meetings.record_meeting(meetings.MeetingInput(
        club_id=book["club"].id, date=on, absences={book[k]: "bận" for k in absent},
        fees=fees), today=TODAY)


@pytest.fixture
def book(club):
    book = meeting_club(club)
    hold(book, D(2026, 1, 15), ["mai"])
    hold(book, D(2026, 2, 15), ["mai", "an"])
    hold(book, D(2026, 3, 15), ["mai"], unpaid=["binh"])
    book["april"] = hold(book, D(2026, 4, 15), [])
    hold(book, D(2025, 12, 15), ["an"])  # before the period: not counted
    return book


def other_club(code):
    club = clubs.create_club(clubs.ClubInput(code=code, name=f"CLB {code}", ward_code=1840))
    clubs.found_club(club.id, clubs.FoundingInput(
        decision_number=f"{int(code[-2:]) + 7:02d}/QĐ-UBND", decision_date=D(2026, 3, 10),
        decision_issuer="UBND phường Đức Xuân"), today=TODAY)
    return club


def test_club_figures_known_answers(book):
    f = figures.club_figures(book["club"].id, START, END, today=TODAY)
    assert (f.meetings_held, f.months_elapsed) == (4, 6)
    assert (f.member_places, f.present) == (20, 16) and f.attendance_rate == 0.8
    assert (f.fees_collected, f.fees_due) == (75_000, 100_000)
    assert f.absent_in_a_row == (book["mai"],)
    # an absence in December breaks nothing: An was absent twice, not in a row
    f = figures.club_figures(book["club"].id, D(2025, 12, 1), END, today=TODAY)
    assert f.meetings_held == 5 and f.absent_in_a_row == (book["mai"],)
    # the period ends before the third absence, and today cuts the months
    f = figures.club_figures(book["club"].id, START, D(2026, 2, 28), today=D(2026, 2, 20))
    assert (f.meetings_held, f.months_elapsed, f.absent_in_a_row) == (2, 2, ())
    meetings.reverse_meeting_postings(book["april"].id, "nhầm", D(2026, 4, 20), today=TODAY)
    f = figures.club_figures(book["club"].id, START, END, today=TODAY)
    assert (f.fees_collected, f.fees_due) == (50_000, 100_000)


def test_ward_figures_in_bounded_queries(book, db):
    counted = []
    real = db.execute_sql

    def counting(sql, params=None, *args, **kw):
        counted.append(sql)
        return real(sql, params, *args, **kw)

    def queries():
        counted.clear()
        db.execute_sql = counting
        try:
            result = figures.ward_figures(1840, START, END, today=TODAY)
        finally:
            del db.execute_sql
        return result, len(counted)

    (rows, total), one = queries()
    assert len(rows) == 1
    second = other_club("DX02")
    other_club("DX03")
    (rows, total), three = queries()
    assert three == one <= 6
    assert [r.club_id for r in rows] == [book["club"].id, second.id, second.id + 1]
    # DX02 and DX03, founded 10/03/2026: March to June
    assert [r.months_elapsed for r in rows] == [6, 4, 4]
    assert (total.meetings_held, total.months_elapsed, total.present) == (4, 14, 16)
    assert (total.fees_collected, total.fees_due) == (75_000, 100_000)
    assert total.absent_in_a_row == (book["mai"],) and rows[1].attendance_rate is None


def test_two_runs_of_absences_list_the_member_once():
    from models.meetings.figures import absent_runs as runs

    order = [(1, m) for m in range(1, 9)]
    absent = {1: {7}, 2: {7}, 3: {7}, 4: set(), 5: {7}, 6: {7}, 7: {7, 8}, 8: {8}}
    assert runs(order, absent) == {1: [7]}


def test_the_database_finds_the_runs_the_rule_finds(club):
    """runs_in_sql (window functions) against absent_runs over the same rows: two runs of
    Mai, An's two absences broken by a meeting, Huệ's run of three at the end."""
    from models.meetings.tables import Meeting, MeetingAbsence

    book = meeting_club(club)
    pattern = [["mai"], ["mai", "an"], ["mai"], ["an"], ["mai", "hue"], ["mai", "hue"],
               ["mai", "hue"]]
    for month, absent in enumerate(pattern, start=3):
        hold(book, D(2025, month, 20), absent)
    in_period = Meeting.date >= D(2025, 1, 1)
    order = list(Meeting.select(Meeting.club, Meeting.id).where(in_period)
                 .order_by(Meeting.club, Meeting.date).tuples())
    absent: dict[int, set[int]] = {}
    for meeting_id, person_id in MeetingAbsence.select(MeetingAbsence.meeting,
                                                       MeetingAbsence.person).tuples():
        absent.setdefault(meeting_id, set()).add(person_id)
    expected = {club.id: sorted([book["mai"], book["hue"]])}
    assert figures.absent_runs(order, absent) == expected
    assert figures.runs_in_sql(in_period) == expected
