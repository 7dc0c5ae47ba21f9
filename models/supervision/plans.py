"""The yearly supervision plan of a unit: which clubs are visited, in which month (or on which
day), by whom. Saving a plan replaces the unit's plan of that year, in one transaction; the
plan is read back with the visit that carried out each line and its coverage by month."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.errors import Collector
from models.storage.db import database
from models.storage.schema import Club
from models.supervision import scope
from models.supervision.tables import PlannedVisit, SupervisionPlan, SupervisionVisit
from models.text.vietnamese import nfc


@dataclass
class PlannedVisitInput:
    club_id: int
    month: int | None = None
    date: dt.date | None = None
    by_whom: str = ""


@dataclass
class PlanInput:
    year: int
    visits: list[PlannedVisitInput] = field(default_factory=list)
    province_code: int | None = None  # the plan's unit when nobody needs to sign in
    ward_code: int | None = None


def _check(inp: PlanInput) -> Collector:
    p = Collector()
    if not isinstance(inp.year, int) or not 2000 <= inp.year <= 2100:
        p.add("year", "out_of_range", low=2000, high=2100)
    for i, v in enumerate(inp.visits):
        v.by_whom = nfc(v.by_whom).strip()
        access.require_club(v.club_id, "supervise")
        if v.month is not None and not 1 <= v.month <= 12:
            p.add(f"planned[{i}].month", "out_of_range", low=1, high=12)
        if v.date is not None and v.date.year != inp.year:
            p.add(f"planned[{i}].date", "invalid", value=v.date.strftime("%d/%m/%Y"))
    return p


def save_plan(inp: PlanInput) -> SupervisionPlan:
    """Write (or replace) the unit's supervision plan of a year."""
    where = scope.own_scope(inp.province_code, inp.ward_code)
    scope.require_supervise(where)
    _check(inp).raise_if_any()
    province, ward = scope.parse(where)
    rows = [[v.club_id, v.month, v.date.isoformat() if v.date else None, v.by_whom]
            for v in inp.visits]
    with database.atomic():
        plan = SupervisionPlan.get_or_none((SupervisionPlan.scope == where)
                                           & (SupervisionPlan.year == inp.year))
        before = None
        if plan is None:
            plan = SupervisionPlan.create(year=inp.year, scope=where, province_code=province,
                                          ward_code=ward, created_by=current_actor())
        else:
            before = {**audit.snapshot(plan), "visits": [
                [v.club_id, v.month, v.date.isoformat() if v.date else None, v.by_whom]
                for v in plan.visits.order_by(PlannedVisit.id)]}
            PlannedVisit.delete().where(PlannedVisit.plan == plan).execute()
        for v in inp.visits:
            PlannedVisit.create(plan=plan, club=v.club_id, month=v.month, date=v.date,
                                by_whom=v.by_whom)
        audit.record("supervision_plan", plan.id, "replace" if before else "create", before,
                     {**audit.snapshot(plan), "visits": rows})
    return plan


@dataclass(frozen=True)
class PlanRow:
    """A planned visit as the supervision page lists it, with the visit that carried it out
    (the first of the club in the planned month, or in the year when no month is set)."""

    club_id: int
    club: str  # "DX01 — CLB …"
    month: int | None
    date: dt.date | None
    by_whom: str
    done_on: dt.date | None

    @property
    def month_due(self) -> int | None:
        return self.month or (self.date.month if self.date else None)


def plan_rows(year: int, province_code: int | None = None,
              ward_code: int | None = None) -> list[PlanRow]:
    """The unit's supervision plan of a year (its own plan: the one save_plan writes), by
    planned month then club code; [] when there is none."""
    where = scope.own_scope(province_code, ward_code)
    if not scope.readable(where):
        return []
    plan = SupervisionPlan.get_or_none((SupervisionPlan.scope == where)
                                       & (SupervisionPlan.year == year))
    if plan is None:
        return []
    planned = list(access.scoped(
        PlannedVisit.select(PlannedVisit, Club).join(Club).where(PlannedVisit.plan == plan.id),
        Club.ward))
    made: dict[int, list[dt.date]] = {}
    for club_id, on in (SupervisionVisit.select(SupervisionVisit.club, SupervisionVisit.date)
                        .where(SupervisionVisit.club.in_([p.club_id for p in planned] or [0])
                               & (SupervisionVisit.date >= dt.date(year, 1, 1))
                               & (SupervisionVisit.date <= dt.date(year, 12, 31)))
                        .order_by(SupervisionVisit.date).tuples()):
        made.setdefault(club_id, []).append(on)
    rows = []
    for p in planned:
        month = p.month or (p.date.month if p.date else None)
        done = [d for d in made.get(p.club_id, []) if month is None or d.month == month]
        rows.append(PlanRow(p.club_id, f"{p.club.code} — {p.club.name}", p.month, p.date,
                            p.by_whom, done[0] if done else None))
    return sorted(rows, key=lambda r: (r.month_due or 13, r.club))


@dataclass(frozen=True)
class MonthCoverage:
    month: int
    planned: int
    done: int


def coverage_by_month(rows: list[PlanRow]) -> list[MonthCoverage]:
    """Planned and done visits of each month of a plan (rows without a month left out)."""
    return [MonthCoverage(m, sum(1 for r in rows if r.month_due == m),
                          sum(1 for r in rows if r.month_due == m and r.done_on))
            for m in range(1, 13)]
