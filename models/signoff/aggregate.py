"""A report's figures: a club's from its records, every other level's as the sum of the
approved snapshots of the units below it.

`snapshots_below` is the one place that says where those snapshots come from: the approved
versions in this database; the report packages received from offices that keep their own
database are joined here too, so a province that imports its wards' packages adds them up
exactly like wards it holds itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.reporting import indicators
from models.reporting.figures import club_figures, running_clubs
from models.reporting.snapshot import LEVELS, ChildRow, Snapshot, aggregate, from_json
from models.signoff.tables import AnnualReport
from models.signoff.units import Unit, unit, ward_name
from models.storage.schema import Club, Province, Ward


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def level_below(level: str) -> str | None:
    i = LEVELS.index(level)
    return LEVELS[i - 1] if i > 0 else None


def approved_here(level: str, parent_code: str, year: int) -> list[Snapshot]:
    """The approved snapshots of `level` under `parent_code` kept in this database."""
    rows = (AnnualReport.select(AnnualReport.snapshot_json)
            .where((AnnualReport.level == level) & (AnnualReport.parent_code == parent_code)
                   & (AnnualReport.year == year) & (AnnualReport.state == "approved"))
            .order_by(AnnualReport.unit_code))
    return [from_json(text) for (text,) in rows.tuples()]


def snapshots_below(level: str, unit_code: str, year: int) -> list[Snapshot]:
    """The approved snapshots of the units directly below `unit_code` for `year`, one per
    unit: the database's own approvals and the signed packages received from offices that
    keep their own data (models/exchange), the later version where a unit has both."""
    from models.exchange.inbox import received_snapshots

    below = level_below(level)
    if below is None:
        return []
    found = {s.unit_code: s for s in received_snapshots(below, str(unit_code), year)}
    for s in approved_here(below, str(unit_code), year):
        if s.unit_code not in found or s.version >= found[s.unit_code].version:
            found[s.unit_code] = s
    return [found[code] for code in sorted(found)]


@dataclass(frozen=True)
class Expected:
    """A unit below that is expected to report, and whether its report is approved."""

    code: str
    name: str
    approved: bool


def expected_below(u: Unit, year: int) -> list[Expected]:
    """The units directly below `u` that must report for `year`: clubs running at the end of
    the year, wards and provinces with such clubs, and any unit whose approved snapshot is on
    file; each marked approved or not."""
    approved = {s.unit_code: s.unit_name for s in snapshots_below(u.level, u.code, year)}
    end = year_bounds(year)[1]
    names: dict[str, str] = {}
    if u.level == "club":
        return []
    if u.level == "ward":
        ids = running_clubs(end, [u.ward_code])
        names = {c: n for c, n in Club.select(Club.code, Club.name)
                 .where(Club.id.in_(ids or [0])).tuples()}
    else:
        ids = running_clubs(end)
        wards = (Ward.select(Ward).distinct().join(Club, on=(Club.ward == Ward.code))
                 .where(Club.id.in_(ids or [0])))
        if u.level == "province":
            names = {str(w.code): ward_name(w) for w in wards
                     if w.province_code == u.province_code}
        else:
            codes = {w.province_code for w in wards}
            names = {str(p.code): unit("province", str(p.code)).name
                     for p in Province.select().where(Province.code.in_(codes or [0]))}
    names.update({c: n for c, n in approved.items() if c not in names})
    return [Expected(c, names[c], c in approved) for c in sorted(names)]


def missing_below(u: Unit, year: int) -> list[Expected]:
    """Units below `u` whose report for `year` is not approved yet."""
    return [e for e in expected_below(u, year) if not e.approved]


def club_year_figures(club_ids: list[int], year: int, today: dt.date | None = None
                      ) -> dict[int, dict[str, int]]:
    start, end = year_bounds(year)
    return club_figures(club_ids, start, end, today=today or end)


def unit_figures(u: Unit, year: int) -> tuple[dict[str, int], tuple[ChildRow, ...]]:
    """The figures a report of `u` carries: a club's from its records, above that the sum of
    the approved snapshots below, with the per-unit rows."""
    if u.level == "club":
        return club_year_figures([u.club_id], year)[u.club_id], ()
    return aggregate(u.level, u.code, u.name, u.parent_code, year,
                     snapshots_below(u.level, u.code, year))


def recorded_figures(u: Unit, year: int) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """What the records of this database say now for `u` and the year: the unit's figures
    and, by code of the unit directly below (club, ward or province), each one's figures."""
    end = year_bounds(year)[1]
    if u.level == "club":
        ids = [u.club_id]
    elif u.level == "ward":
        ids = running_clubs(end, [u.ward_code])
    elif u.level == "province":
        wards = [w for (w,) in Ward.select(Ward.code)
                 .where(Ward.province == u.province_code).tuples()]
        ids = running_clubs(end, wards)
    else:
        ids = running_clubs(end)
    figures = club_year_figures(ids, year)
    child_of: dict[int, str] = {}
    for cid, code, ward, province in (
            Club.select(Club.id, Club.code, Club.ward, Ward.province)
            .join(Ward, on=(Club.ward == Ward.code)).where(Club.id.in_(ids or [0])).tuples()):
        child_of[cid] = {"club": code, "ward": code, "province": str(ward),
                         "nation": str(province)}[u.level]
    by_child: dict[str, list[dict[str, int]]] = {}
    for cid, fig in figures.items():
        by_child.setdefault(child_of[cid], []).append(fig)
    children = {} if u.level == "club" else {
        code: indicators.add_up(parts) for code, parts in by_child.items()}
    return indicators.add_up(list(figures.values())), children
