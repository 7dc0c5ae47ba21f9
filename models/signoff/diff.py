"""Where the records differ now from a signed report, and by how much: each indicator whose
recorded value is not the one frozen at approval, for the unit and for each unit below it."""

from __future__ import annotations

from dataclasses import dataclass

from models.reporting import indicators
from models.reporting.snapshot import Snapshot
from models.signoff import aggregate, reports, units


@dataclass(frozen=True)
class DiffLine:
    """One indicator of one unit: the signed value, the recorded one, the difference."""

    unit_code: str
    unit_name: str
    code: str
    label: str  # catalogue source text; translate where shown
    money: bool
    signed: int
    recorded: int

    @property
    def difference(self) -> int:
        return self.recorded - self.signed


@dataclass(frozen=True)
class Difference:
    """The comparison of one signed version with the records."""

    snapshot: Snapshot
    lines: tuple[DiffLine, ...]  # the unit's own lines first, then the units below

    @property
    def same(self) -> bool:
        return not self.lines


def _lines(code: str, name: str, signed: dict[str, int], recorded: dict[str, int]
           ) -> list[DiffLine]:
    out = []
    for ind in indicators.INDICATORS:
        a, b = int(signed.get(ind.code, 0)), int(recorded.get(ind.code, 0))
        if a != b:
            out.append(DiffLine(code, name, ind.code, ind.label, ind.unit == "money", a, b))
    return out


def differences(level: str, code: str, year: int, version: int | None = None
                ) -> Difference | None:
    """Compare the signed figures of a unit's report (the latest approved version, or
    `version`) with what the records give now; None when no version was ever approved."""
    u = units.unit(level, code)
    signed = [r for r in reports.versions(level, code, year)
              if r.snapshot_json and (version is None or r.version == version)]
    if not signed:
        return None
    snap = reports.snapshot_of(signed[-1].id)
    total, children = aggregate.recorded_figures(u, year)
    lines = _lines(u.code, u.name, snap.figures, total)
    names = {c.unit_code: c.unit_name for c in snap.children}
    signed_children = {c.unit_code: c.figures for c in snap.children}
    for child in sorted(set(signed_children) | set(children)):
        lines += _lines(child, names.get(child, child), signed_children.get(child, {}),
                        children.get(child, {}))
    return Difference(snap, tuple(lines))
