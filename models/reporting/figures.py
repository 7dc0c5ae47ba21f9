"""The indicators of each club for a period, from recorded facts (models/reporting/indicators.py).

One call computes every club asked for with a bounded number of queries (each area's figures
are set-based), so a ward's, a province's or a dashboard's figures are the sum of the clubs'.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from models.accounts import access
from models.activities.figures import area_figures
from models.clubs.composition import Composition, Figure, active_on
from models.codes import DISADVANTAGED
from models.meetings.figures import months_between
from models.meetings.tables import Meeting
from models.office.settings import Standards, load
from models.reporting import indicators, money_figures
from models.storage.schema import BoardMember, Club, ClubStatusChange, Membership, Person
from models.supervision.tables import SupervisionVisit
from models.training.tables import Course, CourseAttendee

GRANT_CATEGORIES = money_figures.GRANT_CATEGORIES
BOTH_FUNDS = money_figures.BOTH_FUNDS


def running_clubs(end: dt.date, ward_codes: list[int] | None = None) -> list[int]:
    """Clubs the user may read that were founded by `end` and not dissolved by then."""
    access.require("read")
    dissolved = (ClubStatusChange.select(ClubStatusChange.club)
                 .where((ClubStatusChange.status == "dissolved")
                        & (ClubStatusChange.date <= end)))
    query = Club.select(Club.id).where(
        Club.decision_date.is_null(False) & (Club.decision_date <= end)
        & Club.id.not_in(dissolved))
    if ward_codes is not None:
        query = query.where(Club.ward.in_(ward_codes or [0]))
    return [cid for (cid,) in access.scoped(query, Club.ward).tuples()]


def club_figures(club_ids: list[int], start: dt.date, end: dt.date,
                 *, today: dt.date | None = None) -> dict[int, dict[str, int]]:
    """Every indicator of each club from `start` to `end` (stocks as of `end`)."""
    access.require("read")
    ids = list(dict.fromkeys(club_ids))
    result = {cid: indicators.empty() for cid in ids}
    if not ids:
        return result
    decided_on = {cid: d for cid, (d,) in _decision_dates(ids).items()}
    for cid, decided in decided_on.items():
        fig = result[cid]
        fig["clubs"] = 1
        if decided is not None and start <= decided <= end:
            fig["clubs_founded"] = 1
        elif decided is not None and decided < start:
            fig["clubs_kept"] = 1
    _composition(result, end)
    _money(result, ids, start, end)
    _meetings(result, ids, start, end, today, decided_on)
    _areas(result, start, end)
    _training(result, ids, end)
    _supervision(result, ids, start, end)
    return result


def _decision_dates(ids: list[int]) -> dict[int, tuple[dt.date | None]]:
    return {cid: (d,) for cid, d in
            Club.select(Club.id, Club.decision_date).where(Club.id.in_(ids)).tuples()}


def _older_cutoff(on: dt.date, age: int) -> dt.date:
    """The last birth date of someone `age` or older on `on` (members.age_on's rule)."""
    year = on.year - age
    try:
        return on.replace(year=year)
    except ValueError:  # 29 February in a common year: nobody is born on that day
        return dt.date(year, 2, 28)


def compositions(ids: list[int], on: dt.date, std: Standards) -> dict[int, Composition]:
    """Each club's composition on `on`, counted in one grouped query: the same figures as
    models/clubs/composition.all_compositions, without reading every member's row."""
    older = (Person.birth_date.is_null(False) & (Person.birth_date <= _older_cutoff(
        on, std.older_age))) | (Person.birth_date.is_null()
                                & (Person.birth_year <= on.year - std.older_age))
    counts = {cid: (0, 0, 0, 0, 0) for cid in ids}

    def count(cond: pw.Expression) -> pw.Function:
        return pw.fn.SUM(pw.Case(None, [(cond, 1)], 0))

    for cid, total, old, women, poor, care in (
            Membership.select(Membership.club, pw.fn.COUNT(Membership.id), count(older),
                              count(Person.gender == "F"),
                              count(Person.household_status.in_(DISADVANTAGED)),
                              count(Membership.home_care_volunteer == True))  # noqa: E712
            .join(Person).where(active_on(on) & Membership.club.in_(ids))
            .group_by(Membership.club).tuples()):
        counts[cid] = (int(total), int(old or 0), int(women or 0), int(poor or 0),
                       int(care or 0))
    out = {}
    for cid, (total, old, women, poor, care) in counts.items():
        out[cid] = Composition(cid, on, (
            Figure("members", total, total, std.min_members, std.max_members, False),
            Figure("older", old, total, std.older_share_min, None, True),
            Figure("women", women, total, std.women_share_min, std.women_share_max, True),
            Figure("disadvantaged", poor, total, std.poor_share_min, std.poor_share_max,
                   True),
            Figure("home_care", care, total, std.home_care_min, None, False)))
    return out


def _composition(result: dict[int, dict[str, int]], end: dt.date) -> None:
    for cid, comp in compositions(list(result), end, load(Standards)).items():
        fig = result[cid]
        fig["members"] = comp.figure("members").count
        fig["members_older"] = comp.figure("older").count
        fig["members_women"] = comp.figure("women").count
        fig["members_disadvantaged"] = comp.figure("disadvantaged").count
        fig["clubs_in_band"] = int(comp.figure("members").passed)
        fig["clubs_composition_met"] = int(comp.passed)
        if fig["clubs_founded"]:
            fig["members_new_clubs"] = fig["members"]
            fig["members_older_new_clubs"] = fig["members_older"]


def _money(result: dict[int, dict[str, int]], ids: list[int], start: dt.date,
           end: dt.date) -> None:
    money_figures.funds_into(result, ids, start, end)
    money_figures.loans_into(result, ids, start, end)


def _meetings(result: dict[int, dict[str, int]], ids: list[int], start: dt.date, end: dt.date,
              today: dt.date | None, decided: dict[int, dt.date | None]) -> None:
    # the sums of models/meetings/figures.py without its list of members absent in a row,
    # which no indicator needs and which reads every absence
    last = min(end, today or dt.date.today())
    for cid, day in decided.items():
        if day is not None:
            result[cid]["meeting_months"] = months_between(max(start, day), last)
    standing = pw.Case(None, [(Meeting.reversed_on.is_null(), Meeting.fee_total)], 0)
    for cid, n, places, present, fees, due in (
            Meeting.select(Meeting.club, pw.fn.COUNT(Meeting.id),
                           pw.fn.SUM(Meeting.member_count), pw.fn.SUM(Meeting.present_count),
                           pw.fn.SUM(standing), pw.fn.SUM(Meeting.fee_due * Meeting.member_count))
            .where(Meeting.club.in_(ids) & (Meeting.date >= start) & (Meeting.date <= end))
            .group_by(Meeting.club).tuples()):
        fig = result[cid]
        fig["meetings_held"] = int(n)
        fig["attendance_places"] = int(places or 0)
        fig["attendance_present"] = int(present or 0)
        fig["fees_collected"] = int(fees or 0)
        fig["fees_due"] = int(due or 0)


def _areas(result: dict[int, dict[str, int]], start: dt.date, end: dt.date) -> None:
    # the activity figures are by calendar year: a period within one year reads that year
    for year in range(start.year, end.year + 1):
        for area in area_figures(year):
            fig = result.get(area.club_id)
            if fig is None:
                continue
            for code, count in area.activities.items():
                fig[f"activities_{code}"] += count
            fig["health_checked"] = max(fig["health_checked"], area.health_checked)
            fig["home_care_older"] = max(fig["home_care_older"], area.home_care_older)
            fig["home_care_visits"] += area.visits
            fig["claim_people"] += area.claim_people
            fig["claim_granted"] += area.claim_granted
            fig["self_help_cases"] += area.self_help_cases
            fig["self_help_value"] += area.self_help_value


def _training(result: dict[int, dict[str, int]], ids: list[int], end: dt.date) -> None:
    # the board as it stood at the end of the period, trained in a course begun by then
    on_board = (BoardMember.club.in_(ids) & (BoardMember.term_start <= end)
                & (BoardMember.term_end.is_null() | (BoardMember.term_end > end)))
    trained = (BoardMember.select(BoardMember.club).distinct()
               .join(CourseAttendee, on=(CourseAttendee.person == BoardMember.person))
               .join(Course).where(on_board & (Course.date_from <= end)))
    for (cid,) in trained.tuples():
        result[cid]["clubs_trained"] = 1


def _supervision(result: dict[int, dict[str, int]], ids: list[int], start: dt.date,
                 end: dt.date) -> None:
    in_period = (SupervisionVisit.club.in_(ids) & (SupervisionVisit.date >= start)
                 & (SupervisionVisit.date <= end))
    for cid, visits, scored, total in (
            SupervisionVisit.select(SupervisionVisit.club, pw.fn.COUNT(SupervisionVisit.id),
                                    pw.fn.COUNT(SupervisionVisit.score_tenths),
                                    pw.fn.SUM(SupervisionVisit.score_tenths))
            .where(in_period).group_by(SupervisionVisit.club).tuples()):
        fig = result[cid]
        fig["clubs_supervised"] = 1
        fig["supervision_visits"] = int(visits)
        fig["supervision_scored"] = int(scored or 0)
        fig["supervision_score_tenths"] = int(total or 0)
