"""Supervision figures of the user's unit: clubs supervised in a period against the clubs
(the plan wants every club), coverage of the year's supervision plan, the average score by
year, and recommendations still open past their due date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.accounts import access
from models.storage.schema import Club
from models.supervision import scope
from models.supervision.tables import (
    PlannedVisit,
    Recommendation,
    SupervisionPlan,
    SupervisionVisit,
)
from models.supervision.visits import ON_VISIT, RUNNING


def percent(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


@dataclass(frozen=True)
class Coverage:
    clubs: int  # clubs running (founded, active, suspended) in the unit
    supervised: int  # of those, clubs with at least one visit in the period
    percent: float | None


@dataclass(frozen=True)
class PlanCoverage:
    year: int
    planned: int  # planned visits
    done: int  # planned visits matched by a visit of the club (in the month, if one is set)
    percent: float | None


@dataclass(frozen=True)
class YearScore:
    year: int
    visits: int  # visits with a score
    average: float | None
    change: float | None  # against the previous year with scored visits


def supervised_clubs(start: dt.date, end: dt.date) -> Coverage:
    """Running clubs of the unit, and how many had a visit from `start` to `end`."""
    access.require("read")
    clubs = access.scoped(Club.select(Club.id).where(Club.status.in_(RUNNING)), Club.ward)
    ids = {c for (c,) in clubs.tuples()}
    seen = {c for (c,) in SupervisionVisit.select(SupervisionVisit.club).where(
        (SupervisionVisit.date >= start) & (SupervisionVisit.date <= end)
        & SupervisionVisit.club.in_(list(ids) or [0])).distinct().tuples()}
    return Coverage(len(ids), len(seen), percent(len(seen), len(ids)))


def plan_coverage(year: int) -> PlanCoverage:
    """The year's plans the user may read: planned visits done. A planned visit with a month
    (or a date) is done by a visit of its club in that month; without one, in that year."""
    access.require("read")
    plans = [p.id for p in SupervisionPlan.select().where(SupervisionPlan.year == year)
             if scope.readable(p.scope)]
    planned = list(access.scoped(
        PlannedVisit.select(PlannedVisit, Club).join(Club)
        .where(PlannedVisit.plan.in_(plans or [0])), Club.ward))
    made: dict[int, set[int]] = {}
    for club_id, on in SupervisionVisit.select(SupervisionVisit.club, SupervisionVisit.date) \
            .where((SupervisionVisit.date >= dt.date(year, 1, 1))
                   & (SupervisionVisit.date <= dt.date(year, 12, 31))).tuples():
        made.setdefault(club_id, set()).add(on.month)
    done = 0
    for p in planned:
        month = p.month or (p.date.month if p.date else None)
        months = made.get(p.club_id, set())
        done += (month in months) if month else bool(months)
    return PlanCoverage(year, len(planned), done, percent(done, len(planned)))


def score_by_year(first: int, last: int) -> list[YearScore]:
    """Average score of the unit's visits, each year from `first` to `last`, with the change
    from the previous year that had scored visits."""
    access.require("read")
    query = access.scoped(
        SupervisionVisit.select(SupervisionVisit.date, SupervisionVisit.score_tenths).join(Club)
        .where((SupervisionVisit.date >= dt.date(first, 1, 1))
               & (SupervisionVisit.date <= dt.date(last, 12, 31))
               & SupervisionVisit.score_tenths.is_null(False)), Club.ward)
    sums: dict[int, list[float]] = {}
    for on, tenths in query.tuples():
        sums.setdefault(on.year, []).append(tenths / 10)
    result, previous = [], None
    for y in range(first, last + 1):
        values = sums.get(y, [])
        average = round(sum(values) / len(values), 1) if values else None
        change = (round(average - previous, 1)
                  if average is not None and previous is not None else None)
        result.append(YearScore(y, len(values), average, change))
        previous = average if average is not None else previous
    return result


def overdue_recommendations(on: dt.date) -> list[Recommendation]:
    """Open recommendations of the unit whose due date is before `on`, oldest due first."""
    access.require("read")
    query = (Recommendation.select(Recommendation, SupervisionVisit, Club)
             .join(SupervisionVisit, on=ON_VISIT).join(Club)
             .where((Recommendation.status == "open") & (Recommendation.due_on < on)))
    return list(access.scoped(query, Club.ward)
                .order_by(Recommendation.due_on, Club.code, Recommendation.position))
