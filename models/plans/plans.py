"""Plans: write one (with its targets and budget) in one transaction, delete one, read them.

Saving a plan that exists replaces its targets and budget, so a window edits the whole plan
and saves it once; the audit row holds the plan before and after.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.accounts import audit
from models.accounts.session import current_actor
from models.errors import Collector, NotFound, ValidationError
from models.plans import rights
from models.plans.tables import Plan, PlanBudget, PlanTarget
from models.reporting import indicators
from models.storage.db import database
from models.storage.schema import Province, Ward
from models.supervision import scope
from models.text.vietnamese import nfc

BUDGET_SOURCES = ("province", "commune", "sponsors")
# Standards a club meets on its own figures: its size and the shares of its members.
PER_CLUB_CODES = ("members", "share_older", "share_women", "share_disadvantaged",
                  "share_borrowers", "share_members_improved", "share_attendance",
                  "share_meetings")
TARGET_CODES = (*indicators.CODES, *(s.code for s in indicators.SHARES))


@dataclass
class TargetInput:
    year: int
    code: str
    low: int | None = None
    high: int | None = None
    per_club: bool = False
    since_start: bool = False
    place: str = ""


@dataclass
class BudgetInput:
    year: int
    source: str
    amount: int


@dataclass
class PlanInput:
    area: str  # "W1840" or "P19"
    issuing_body: str
    title: str
    first_year: int
    last_year: int
    number: str = ""
    date: dt.date | None = None
    basis: str = ""
    note: str = ""
    targets: list[TargetInput] = field(default_factory=list)
    budget: list[BudgetInput] = field(default_factory=list)
    example: str = ""


def is_share(code: str) -> bool:
    return code in indicators.SHARE_BY_CODE


def _check_area(area: str, p: Collector) -> None:
    try:
        province, ward = scope.parse(area)
    except ValueError:
        p.add("plan_area", "invalid", value=area)
        return
    if ward is not None and Ward.get_or_none(Ward.code == ward) is None:
        p.add("plan_area", "unknown_unit", value=ward)
    elif province is not None and Province.get_or_none(Province.code == province) is None:
        p.add("plan_area", "unknown_unit", value=province)
    elif ward is None and province is None:
        p.add("plan_area", "required")


def _check_target(i: int, t: TargetInput, inp: PlanInput, seen: dict, p: Collector) -> None:
    where = f"targets[{i}]"
    t.place = nfc(t.place).strip()
    if t.code not in TARGET_CODES:
        p.add(f"{where}.target_code", "unknown_indicator", value=t.code)
        return
    if t.per_club and t.code not in PER_CLUB_CODES:
        p.add(f"{where}.target_code", "not_per_club", value=t.code)
    if not isinstance(t.year, int) or not inp.first_year <= t.year <= inp.last_year:
        p.add(f"{where}.year", "outside_plan", value=t.year)
    if t.low is None and t.high is None:
        p.add(f"{where}.low", "no_bound")
    for name in ("low", "high"):
        value = getattr(t, name)
        if value is None:
            continue
        if not isinstance(value, int) or value < 0:
            p.add(f"{where}.{name}", "negative")
        elif is_share(t.code) and value > 100:
            p.add(f"{where}.{name}", "share_over_100")
    if t.low is not None and t.high is not None and t.low > t.high:
        p.add(f"{where}.high", "low_above_high")
    key = (t.year, t.code, t.per_club)
    if key in seen:
        p.add(f"{where}.target_code", "duplicate_in_list", other=seen[key] + 1, value=t.code)
    seen.setdefault(key, i)


def _check(inp: PlanInput) -> Collector:
    p = Collector()
    inp.issuing_body = nfc(inp.issuing_body).strip()
    inp.title = nfc(inp.title).strip()
    inp.number = nfc(inp.number).strip()
    inp.basis, inp.note = nfc(inp.basis).strip(), nfc(inp.note).strip()
    _check_area(inp.area, p)
    if not inp.issuing_body:
        p.add("issuing_body", "required")
    if not inp.title:
        p.add("plan_title", "required")
    years_ok = True
    for name in ("first_year", "last_year"):
        value = getattr(inp, name)
        if not isinstance(value, int) or not 2000 <= value <= 2100:
            p.add(name, "out_of_range", low=2000, high=2100)
            years_ok = False
    if years_ok and inp.first_year > inp.last_year:
        p.add("last_year", "out_of_range", low=inp.first_year, high=2100)
        years_ok = False
    if not years_ok:
        return p
    seen: dict = {}
    for i, t in enumerate(inp.targets):
        _check_target(i, t, inp, seen, p)
    budget_seen: dict = {}
    for i, b in enumerate(inp.budget):
        where = f"budget[{i}]"
        if b.source not in BUDGET_SOURCES:
            p.add(f"{where}.source", "invalid", value=b.source)
        if not isinstance(b.year, int) or not inp.first_year <= b.year <= inp.last_year:
            p.add(f"{where}.year", "outside_plan", value=b.year)
        if not isinstance(b.amount, int) or b.amount < 0:
            p.add(f"{where}.amount", "negative")
        key = (b.year, b.source)
        if key in budget_seen:
            p.add(f"{where}.source", "duplicate_in_list", other=budget_seen[key] + 1,
                  value=b.source)
        budget_seen.setdefault(key, i)
    return p


def check(inp: PlanInput) -> list:
    """Every problem of the input (for a window marking fields as the clerk types)."""
    return _check(inp).problems


def _content(plan: Plan) -> dict:
    return {**audit.snapshot(plan),
            "targets": [[t.year, t.code, t.low, t.high, t.per_club, t.since_start, t.place]
                        for t in plan.targets.order_by(PlanTarget.position)],
            "budget": [[b.year, b.source, b.amount]
                       for b in plan.budget.order_by(PlanBudget.year, PlanBudget.source)]}


def save_plan(inp: PlanInput, plan_id: int | None = None) -> Plan:
    """Create a plan, or replace plan `plan_id` with `inp` (targets and budget included)."""
    rights.require_write(inp.area)
    _check(inp).raise_if_any()
    province, ward = scope.parse(inp.area)
    values = dict(scope=inp.area, province_code=province, ward_code=ward,
                  issuing_body=inp.issuing_body, number=inp.number, date=inp.date,
                  title=inp.title, basis=inp.basis, first_year=inp.first_year,
                  last_year=inp.last_year, note=inp.note)
    with database.atomic():
        before = None
        if plan_id is None:
            plan = Plan.create(**values, example=inp.example, created_by=current_actor())
        else:
            plan = get_plan(plan_id)
            rights.require_write(plan.scope)  # moving a plan needs both units
            before = _content(plan)
            for name, value in values.items():
                setattr(plan, name, value)
            plan.save()
            PlanTarget.delete().where(PlanTarget.plan == plan).execute()
            PlanBudget.delete().where(PlanBudget.plan == plan).execute()
        for i, t in enumerate(inp.targets):
            PlanTarget.create(plan=plan, year=t.year, code=t.code, low=t.low, high=t.high,
                              per_club=t.per_club, since_start=t.since_start, place=t.place,
                              position=i)
        for b in inp.budget:
            PlanBudget.create(plan=plan, year=b.year, source=b.source, amount=b.amount)
        audit.record("plan", plan.id, "update" if before else "create", before, _content(plan))
    return plan


def delete_plan(plan_id: int) -> None:
    """Delete a plan with its targets and budget (the audit row keeps what it was)."""
    plan = get_plan(plan_id)
    rights.require_write(plan.scope)
    with database.atomic():
        before = _content(plan)
        PlanTarget.delete().where(PlanTarget.plan == plan).execute()
        PlanBudget.delete().where(PlanBudget.plan == plan).execute()
        plan.delete_instance()
        audit.record("plan", plan_id, "delete", before, None)


def get_plan(plan_id: int) -> Plan:
    """A plan the user may read; another unit's plan is NotFound like a missing one."""
    plan = Plan.get_or_none(Plan.id == plan_id)
    if plan is None or not rights.readable(plan.scope):
        raise NotFound("plan", plan_id)
    return plan


def plans(area: str | None = None) -> list[Plan]:
    """The plans the user may read (of `area` only when given), newest period first."""
    query = Plan.select().order_by(Plan.first_year.desc(), Plan.id.desc())
    if area is not None:
        query = query.where(Plan.scope == area)
    return [p for p in query if rights.readable(p.scope)]


def plan_for(area: str, year: int) -> Plan | None:
    """The plan of `area` in force in `year` (the latest issued when several cover it)."""
    found = [p for p in plans(area) if p.first_year <= year <= p.last_year]
    found.sort(key=lambda p: (p.date or dt.date.min, p.id), reverse=True)
    return found[0] if found else None


def targets_of(plan: Plan, year: int | None = None) -> list[PlanTarget]:
    query = plan.targets.order_by(PlanTarget.year, PlanTarget.position)
    if year is not None:
        query = query.where(PlanTarget.year == year)
    return list(query)


def budget_of(plan: Plan) -> list[PlanBudget]:
    return list(plan.budget.order_by(PlanBudget.year, PlanBudget.source))


def plan_input(plan: Plan) -> PlanInput:
    """A stored plan as the input a window edits."""
    return PlanInput(
        area=plan.scope, issuing_body=plan.issuing_body, title=plan.title,
        first_year=plan.first_year, last_year=plan.last_year, number=plan.number,
        date=plan.date, basis=plan.basis, note=plan.note, example=plan.example,
        targets=[TargetInput(t.year, t.code, t.low, t.high, t.per_club, t.since_start, t.place)
                 for t in targets_of(plan)],
        budget=[BudgetInput(b.year, b.source, b.amount) for b in budget_of(plan)])


def area_name(area: str) -> str:
    """"Phường Đức Xuân, Tỉnh Thái Nguyên" / "Tỉnh Thái Nguyên" for an area key."""
    province, ward = scope.parse(area)
    if ward is not None:
        row = Ward.get_or_none(Ward.code == ward)
        if row is None:
            return area
        return f"{row.name}, {row.province.name}"
    row = Province.get_or_none(Province.code == province)
    return row.name if row is not None else area


def raise_unknown_example(key: str) -> None:
    raise ValidationError("example", "unknown_example", {"value": key})
