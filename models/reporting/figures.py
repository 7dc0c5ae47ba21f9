"""The indicators of each club for a period, from recorded facts (models/reporting/indicators.py).

One call computes every club asked for with a bounded number of queries (each area's figures
are set-based), so a ward's, a province's or a dashboard's figures are the sum of the clubs'.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from models.accounts import access
from models.activities.figures import area_figures
from models.clubs.composition import all_compositions
from models.loans.loan_figures import figures_of_clubs as money_figures
from models.meetings.figures import figures_of_clubs as meeting_figures
from models.office.settings import Standards, load
from models.reporting import indicators
from models.storage.schema import BoardMember, Club, ClubStatusChange
from models.supervision.tables import SupervisionVisit
from models.training.tables import Course, CourseAttendee

GRANT_CATEGORIES = {"budget_province": "grants_province", "budget_commune": "grants_commune",
                    "donation": "grants_sponsors"}
BOTH_FUNDS = ("income", "activity")


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
    for cid, (decided,) in _decision_dates(ids).items():
        fig = result[cid]
        fig["clubs"] = 1
        if decided is not None and start <= decided <= end:
            fig["clubs_founded"] = 1
        elif decided is not None and decided < start:
            fig["clubs_kept"] = 1
    _composition(result, end)
    _money(result, ids, start, end)
    _meetings(result, ids, start, end, today)
    _areas(result, start, end)
    _training(result, ids, end)
    _supervision(result, ids, start, end)
    return result


def _decision_dates(ids: list[int]) -> dict[int, tuple[dt.date | None]]:
    return {cid: (d,) for cid, d in
            Club.select(Club.id, Club.decision_date).where(Club.id.in_(ids)).tuples()}


def _composition(result: dict[int, dict[str, int]], end: dt.date) -> None:
    std = load(Standards)
    for cid, comp in all_compositions(end, std).items():
        fig = result.get(cid)
        if fig is None:
            continue
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
    for cid, money in money_figures(ids, start, end).items():
        fig = result[cid]
        kinds = set(money.funds)
        fig["clubs_both_funds"] = int(all(k in kinds for k in BOTH_FUNDS))
        for kind, fund in money.funds.items():
            code = {"income": "fund_income_balance", "activity": "fund_activity_balance"}.get(
                kind, "fund_other_balance")
            fig[code] += fund.closing
            for category, amount in fund.receipts_by_category.items():
                if category in GRANT_CATEGORIES:
                    fig[GRANT_CATEGORIES[category]] += amount
        loans = money.loans
        fig["borrowers"] = loans.borrowers
        fig["income_improved"] = loans.income_improved
        fig["loans_disbursed"] = loans.disbursed
        fig["loans_disbursed_amount"] = loans.disbursed_amount
        fig["loans_outstanding"] = loans.loans_outstanding
        fig["loans_outstanding_amount"] = loans.outstanding_amount
        fig["repayment_due"] = loans.repayment_due
        fig["repayment_collected"] = loans.repayment_collected


def _meetings(result: dict[int, dict[str, int]], ids: list[int], start: dt.date, end: dt.date,
              today: dt.date | None) -> None:
    for cid, m in meeting_figures(ids, start, end, today=today).items():
        fig = result[cid]
        fig["meetings_held"] = m.meetings_held
        fig["meeting_months"] = m.months_elapsed
        fig["attendance_present"] = m.present
        fig["attendance_places"] = m.member_places
        fig["fees_collected"] = m.fees_collected
        fig["fees_due"] = m.fees_due


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
