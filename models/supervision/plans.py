"""The yearly supervision plan of a unit: which clubs are visited, in which month (or on which
day), by whom. Saving a plan replaces the unit's plan of that year, in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.errors import Collector
from models.storage.db import database
from models.supervision import scope
from models.supervision.tables import PlannedVisit, SupervisionPlan
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
