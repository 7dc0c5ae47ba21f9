"""The dashboard of a unit (a ward or a province) for a period: each target of its plan beside
the recorded figure and the gap, per-club rows for the charts, the clubs that miss a standard,
the budget planned against what was granted, and funds and loans year by year.

Every actual figure comes from models/reporting/figures.py, the same code the annual reports
use, so the dashboard and the printed reports never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.accounts import access
from models.errors import NotFound
from models.plans import over_time
from models.plans import plans as plan_service
from models.plans.over_time import BudgetRow
from models.plans.tables import Plan, PlanTarget
from models.reporting import figures, indicators
from models.storage.schema import Club, Province, Ward
from models.supervision import scope
from models.text.catalog import N_

# Club-level standards checked when the plan sets none (the programme's guidance).
CLUB_FLAGS = ("clubs_both_funds", "clubs_trained", "clubs_supervised")
# How a club missing a yes/no standard is described.
FLAG_MISSES = {
    "clubs_both_funds": N_("Chưa có đủ quỹ tăng thu nhập và quỹ hoạt động"),
    "clubs_trained": N_("Ban chủ nhiệm chưa được tập huấn"),
    "clubs_supervised": N_("Chưa được giám sát trong kỳ"),
    "clubs_in_band": N_("Số thành viên ngoài chuẩn"),
    "clubs_composition_met": N_("Chưa đạt chuẩn cơ cấu thành viên"),
}


@dataclass(frozen=True)
class TargetRow:
    """One target of the plan for the year, with the recorded figure."""

    code: str
    label: str  # catalogue source text; translate with models.text.catalog.tr
    kind: str  # count, money, share (percent)
    low: int | None
    high: int | None
    per_club: bool
    since_start: bool
    place: str
    actual: float | None  # a count, đồng, a percent; per-club: percent of clubs meeting it
    gap: float | None  # actual - low when below, actual - high when above, else 0
    status: str  # met, below, above, no_data
    clubs_met: int | None = None  # per-club targets: clubs meeting it, of clubs_total
    clubs_total: int | None = None


@dataclass(frozen=True)
class Miss:
    """A club missing one standard."""

    club_id: int
    club_code: str
    club_name: str
    code: str  # the target's code (members, share_women, clubs_both_funds…)
    label: str
    actual: float | None
    low: int | None
    high: int | None


@dataclass(frozen=True)
class ClubRow:
    club_id: int
    code: str
    name: str
    figures: dict[str, int]
    misses: tuple[str, ...] = ()


@dataclass
class Dashboard:
    area: str  # "W1840", "P19"
    area_name: str
    start: dt.date
    end: dt.date
    plan_id: int | None
    plan_title: str
    totals: dict[str, int]
    since_start: dict[str, int] | None  # totals from the plan's first day, when a target asks
    targets: list[TargetRow] = field(default_factory=list)
    clubs: list[ClubRow] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    budget: list[BudgetRow] = field(default_factory=list)


def user_area() -> str | None:
    """The signed-in user's unit as an area key; None when nobody signs in."""
    return scope.user_scope() or None


def resolve_area(code: str | int | None) -> str:
    """An area key from what the clerk typed: "P19" a province, "W1840" or a bare number a
    ward (a bare number that is no ward but a province is the province); None: the user's
    unit, else the office's ward."""
    if code is None or str(code).strip() == "":
        mine = user_area()
        if mine:
            return mine
        from models.office import settings

        ward = settings.load(settings.OfficeSettings).ward_code
        if ward is None:
            raise NotFound("unit", "")
        return f"W{ward}"
    text = str(code).strip().upper()
    if text[:1] in ("P", "W") and text[1:].isdigit():
        return text
    if text.isdigit():
        if Ward.get_or_none(Ward.code == int(text)) is not None:
            return f"W{int(text)}"
        if Province.get_or_none(Province.code == int(text)) is not None:
            return f"P{int(text)}"
    raise NotFound("unit", code)


def ward_codes(area: str) -> list[int]:
    province, ward = scope.parse(area)
    if ward is not None:
        return [ward]
    return [c for (c,) in Ward.select(Ward.code).where(Ward.province == province).tuples()]


def _check_area(area: str) -> None:
    if not scope.readable(area):
        province, ward = scope.parse(area)
        raise access.AccessDenied("unit", ward_code=ward, province_code=province)


def _bounds(value: float | None, low: int | None, high: int | None) -> tuple[str, float | None]:
    if value is None:
        return "no_data", None
    if low is not None and value < low:
        return "below", value - low
    if high is not None and value > high:
        return "above", value - high
    return "met", 0


def club_value(fig: dict[str, int], code: str) -> float | None:
    """A club's own figure for a per-club standard (a count or a percent)."""
    if code in indicators.SHARE_BY_CODE:
        return indicators.share(fig, code)
    return fig.get(code, 0)


def _kind(code: str) -> str:
    if code in indicators.SHARE_BY_CODE:
        return "share"
    return indicators.BY_CODE[code].unit


def _label(code: str) -> str:
    if code in FLAG_MISSES:
        return FLAG_MISSES[code]
    if code in indicators.SHARE_BY_CODE:
        return indicators.SHARE_BY_CODE[code].label
    return indicators.BY_CODE[code].label


def _unit_row(t: PlanTarget, figs: dict[str, int]) -> TargetRow:
    if t.code in indicators.SHARE_BY_CODE:
        actual = indicators.share(figs, t.code)
    else:
        actual = figs.get(t.code, 0)
    status, gap = _bounds(actual, t.low, t.high)
    return TargetRow(t.code, _label(t.code), _kind(t.code), t.low, t.high, False,
                     t.since_start, t.place, actual, gap, status)


def _club_standards(targets: list[PlanTarget]) -> list[tuple[str, int | None, int | None]]:
    """(code, low, high) each club is held to: the plan's per-club targets, and a club flag
    (both funds, trained, supervised) wherever the plan sets a share of clubs for it."""
    found = [(t.code, t.low, t.high) for t in targets if t.per_club]
    for t in targets:
        share = indicators.SHARE_BY_CODE.get(t.code)
        if not t.per_club and share is not None and share.whole == "clubs" and t.low:
            found.append((share.part, 1, None))
    if not targets:  # no plan: the office's standards and the programme's flags
        from models.office.settings import Standards, load

        std = load(Standards)
        found = [("members", std.min_members, std.max_members),
                 ("share_older", std.older_share_min, None),
                 ("share_women", std.women_share_min, std.women_share_max),
                 ("share_disadvantaged", std.poor_share_min, std.poor_share_max),
                 *((flag, 1, None) for flag in CLUB_FLAGS)]
    return found


# Counts "since the plan began" that follow from the clubs' founding dates and their members at
# the period's end, so they need no second pass over the records.
FOUNDING_CODES = ("clubs_founded", "clubs_kept", "members_new_clubs",
                  "members_older_new_clubs")


def _founding_since(per_club: dict[int, dict[str, int]], decided: dict[int, dt.date | None],
                    plan_start: dt.date) -> dict[str, int]:
    """The founding counts from `plan_start` to the period's end (the clubs are those
    running at its end, as figures.club_figures would count them)."""
    total = indicators.empty()
    for cid, fig in per_club.items():
        day = decided.get(cid)
        if day is None:
            continue
        if day >= plan_start:
            total["clubs_founded"] += 1
            total["members_new_clubs"] += fig["members"]
            total["members_older_new_clubs"] += fig["members_older"]
        else:
            total["clubs_kept"] += 1
    return total


def compute(area: str | None = None, year: int | None = None, *,
            start: dt.date | None = None, end: dt.date | None = None,
            plan_id: int | None = None, today: dt.date | None = None) -> Dashboard:
    """The dashboard of `area` (default: the user's unit) for a year, or for [start, end]
    (the targets are those of end's year)."""
    access.require("read")
    area = resolve_area(area)
    _check_area(area)
    if start is None or end is None:
        if year is None:
            raise ValueError("year or start and end")
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    plan: Plan | None = (plan_service.get_plan(plan_id) if plan_id is not None
                         else plan_service.plan_for(area, end.year))
    targets = plan_service.targets_of(plan, end.year) if plan is not None else []
    wards = ward_codes(area)
    ids = figures.running_clubs(end, wards)
    per_club = figures.club_figures(ids, start, end, today=today)
    totals = indicators.add_up(list(per_club.values()))
    clubs = {cid: (code, name, decided) for cid, code, name, decided in
             Club.select(Club.id, Club.code, Club.name, Club.decision_date)
             .where(Club.id.in_(ids or [0])).tuples()}
    names = {cid: (code, name) for cid, (code, name, _d) in clubs.items()}
    since = None
    if plan is not None and any(t.since_start for t in targets):
        plan_start = dt.date(plan.first_year, 1, 1)
        wanted = {t.code for t in targets if t.since_start}
        if plan_start >= start:
            since = totals
        elif wanted <= set(FOUNDING_CODES):
            since = _founding_since(per_club, {c: d for c, (_a, _b, d) in clubs.items()},
                                    plan_start)
        else:
            since = indicators.add_up(list(figures.club_figures(
                ids, plan_start, end, today=today).values()))
    board = Dashboard(area, plan_service.area_name(area), start, end,
                      plan.id if plan else None, plan.title if plan else "", totals, since)
    standards = _club_standards(targets)
    misses: dict[int, list[Miss]] = {cid: [] for cid in ids}
    for cid in ids:
        fig = per_club[cid]
        for code, low, high in standards:
            value = club_value(fig, code)
            status, _gap = _bounds(value, low, high)
            if status != "met":
                misses[cid].append(Miss(cid, *names[cid], code, _label(code), value, low,
                                        high))
    for t in targets:
        if t.per_club:
            met = sum(1 for cid in ids if not any(
                m.code == t.code for m in misses[cid]))
            actual = 100.0 * met / len(ids) if ids else None
            board.targets.append(TargetRow(
                t.code, _label(t.code), _kind(t.code), t.low, t.high, True, False, t.place,
                actual, None if actual is None else met - len(ids),
                "no_data" if actual is None else ("met" if met == len(ids) else "below"),
                met, len(ids)))
        else:
            board.targets.append(_unit_row(t, since if t.since_start and since else totals))
    order = sorted(ids, key=lambda cid: names[cid][0])
    board.clubs = [ClubRow(cid, *names[cid], per_club[cid],
                           tuple(m.code for m in misses[cid])) for cid in order]
    board.misses = [m for cid in order for m in misses[cid]]
    if plan is not None:
        board.budget = over_time.budget_rows(plan, wards)
    return board


def gap_text_value(row: TargetRow) -> str:
    """The bound of a target as written in a table: "≥ 70", "50–70", "≤ 5"."""
    if row.low is not None and row.high is not None:
        return f"{row.low}–{row.high}" if row.low != row.high else f"{row.low}"
    if row.low is not None:
        return f"≥ {row.low}"
    return f"≤ {row.high}"
