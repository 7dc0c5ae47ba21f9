"""Example plans shipped with the program (resources/plans/*.json), loaded for an office's own
ward or province: the Bắc Kạn city plan 2021–2025 and a province plan under Decision
1648/QĐ-TTg to 2035.

A file's target or budget line may name "years": [...] instead of one "year": it stands for
the same line in each of those years. Loading goes through plans.save_plan, so the same rights,
checks and audit apply as to a plan typed in.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from models.errors import ValidationError
from models.plans import plans as plan_service
from models.plans.tables import Plan
from models.supervision import scope

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "plans"


@dataclass(frozen=True)
class Example:
    key: str
    title: str
    area_level: str  # ward or province
    first_year: int
    last_year: int


def _read(key: str) -> dict:
    path = EXAMPLES_DIR / f"{key}.json"
    if not key or "/" in key or "\\" in key or not path.is_file():
        plan_service.raise_unknown_example(key)
    return json.loads(path.read_text(encoding="utf-8"))


def examples() -> list[Example]:
    """The shipped examples, by key."""
    found = []
    for path in sorted(EXAMPLES_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found.append(Example(data["key"], data["title"], data["area_level"],
                             data["first_year"], data["last_year"]))
    return found


def _lines(items: list[dict]) -> list[dict]:
    out = []
    for item in items:
        years = item.get("years") or [item["year"]]
        for year in years:
            line = {k: v for k, v in item.items() if k != "years"}
            line["year"] = year
            out.append(line)
    return out


def example_input(key: str, area: str) -> plan_service.PlanInput:
    """The example `key` as a plan of `area` ("W1840", "P19"), not yet saved."""
    data = _read(key)
    province, ward = scope.parse(area)
    level = "ward" if ward is not None else "province"
    if level != data["area_level"]:
        raise ValidationError("plan_area", "invalid", {"value": area})
    issuing_body = data["issuing_body"]
    if level == "province" and province is not None:
        name = plan_service.area_name(area).upper()
        issuing_body = f"ỦY BAN NHÂN DÂN {name}"
    targets = [plan_service.TargetInput(
        year=t["year"], code=t["code"], low=t.get("low"), high=t.get("high"),
        per_club=bool(t.get("per_club")), since_start=bool(t.get("since_start")),
        place=t.get("place", "")) for t in _lines(data["targets"])]
    budget = [plan_service.BudgetInput(b["year"], b["source"], int(b["amount"]))
              for b in _lines(data["budget"])]
    title = data["title"]
    if level == "province":
        title = f"{title} {plan_service.area_name(area).removeprefix('Tỉnh ')}".strip()
    return plan_service.PlanInput(
        area=area, issuing_body=issuing_body, title=title, first_year=data["first_year"],
        last_year=data["last_year"], number=data.get("number") or "",
        date=dt.date.fromisoformat(data["date"]) if data.get("date") else None,
        basis=data.get("basis", ""), note=data.get("note", ""), targets=targets, budget=budget,
        example=data["key"])


def fit_to_records(inp: plan_service.PlanInput, kept: int) -> None:
    """Adapt the example's club counts to an area that already runs `kept` clubs founded
    before the plan (the demo's ward): keep them all, and add the example's new clubs."""
    founded = {t.year: t.low or 0 for t in inp.targets if t.code == "clubs_founded"}
    for t in inp.targets:
        if t.code == "clubs_kept":
            t.low = kept
        elif t.code == "clubs" and t.year in founded:
            t.low = kept + founded[t.year]


def load_example(key: str, area: str, *, kept: int | None = None) -> Plan:
    """Save the example `key` as a plan of `area`; refused when that area has it already."""
    inp = example_input(key, area)
    if kept is not None:
        fit_to_records(inp, kept)
    existing = [p for p in plan_service.plans(area) if p.example == inp.example]
    if existing:
        raise ValidationError("example", "example_loaded", {"value": existing[0].id})
    return plan_service.save_plan(inp)


DEMO_EXAMPLE = "bac-kan-2021-2025"


def load_demo_plan() -> Plan | None:
    """The Bắc Kạn example as the plan of the office's ward, its club counts fitted to the
    clubs the demo founded before the plan (None when the office has no ward or the plan is
    there already)."""
    from models.office import settings
    from models.reporting.figures import running_clubs

    ward = settings.load(settings.OfficeSettings).ward_code
    if ward is None:
        return None
    area = f"W{ward}"
    if any(p.example == DEMO_EXAMPLE for p in plan_service.plans(area)):
        return None
    first = example_input(DEMO_EXAMPLE, area).first_year
    kept = len(running_clubs(dt.date(first - 1, 12, 31), [ward]))
    return load_example(DEMO_EXAMPLE, area, kept=kept)
