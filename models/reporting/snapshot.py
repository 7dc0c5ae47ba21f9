"""The frozen figures of an approved annual report: what a sign-off stores, a report package
carries to the office above, and the level above adds up.

Levels, from the bottom: a club (unit code = the club's code), a commune/ward (its official
code), a province (its official code), the nation ("VN"). The canonical JSON form (sorted keys,
no spaces, UTF-8) is what hashes and signatures are computed over, so two offices that hold the
same snapshot hold the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

from models.reporting import indicators

LEVELS = ("club", "ward", "province", "nation")
NATION_CODE = "VN"
FORMAT = 1


def level_above(level: str) -> str | None:
    """The level that receives this level's reports; None for the nation."""
    i = LEVELS.index(level)
    return LEVELS[i + 1] if i + 1 < len(LEVELS) else None


@dataclass(frozen=True)
class ChildRow:
    """One unit of the level below in a report's per-unit table."""

    unit_code: str
    unit_name: str
    figures: dict[str, int]
    version: int = 1


@dataclass(frozen=True)
class Snapshot:
    """An approved report's figures, frozen at approval."""

    level: str
    unit_code: str
    unit_name: str
    parent_code: str  # the unit above ("" for the nation)
    year: int
    version: int
    figures: dict[str, int]
    children: tuple[ChildRow, ...] = ()
    approved_by: str = ""
    approved_title: str = ""
    approved_at: str = ""  # ISO 8601, seconds, office time
    pdf_sha256: str = ""
    narrative: dict[str, str] = field(default_factory=dict)  # results, difficulties, proposals
    format: int = FORMAT

    def canonical(self) -> bytes:
        """The bytes hashes and signatures are computed over."""
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True,
                          separators=(",", ":")).encode("utf-8")

    def sha256(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()


def from_json(data: bytes | str) -> Snapshot:
    """A snapshot from its JSON form; ValueError when a field is missing or of the wrong kind."""
    raw = json.loads(data)
    if not isinstance(raw, dict) or raw.get("level") not in LEVELS:
        raise ValueError("level")
    try:
        children = tuple(ChildRow(str(c["unit_code"]), str(c["unit_name"]),
                                  _figures(c["figures"]), int(c.get("version", 1)))
                         for c in raw.get("children", ()))
        return Snapshot(
            level=raw["level"], unit_code=str(raw["unit_code"]), unit_name=str(raw["unit_name"]),
            parent_code=str(raw["parent_code"]), year=int(raw["year"]),
            version=int(raw["version"]), figures=_figures(raw["figures"]), children=children,
            approved_by=str(raw.get("approved_by", "")),
            approved_title=str(raw.get("approved_title", "")),
            approved_at=str(raw.get("approved_at", "")), pdf_sha256=str(raw.get("pdf_sha256", "")),
            narrative={str(k): str(v) for k, v in dict(raw.get("narrative", {})).items()},
            format=int(raw.get("format", FORMAT)))
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(str(exc)) from exc


def _figures(raw: object) -> dict[str, int]:
    if not isinstance(raw, dict):
        raise ValueError("figures")
    out = {}
    for code, value in raw.items():
        if code not in indicators.BY_CODE or isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"figures.{code}")
        out[code] = value
    return out


def aggregate(level: str, unit_code: str, unit_name: str, parent_code: str, year: int,
              below: list[Snapshot]) -> tuple[dict[str, int], tuple[ChildRow, ...]]:
    """A unit's figures as the sum of the approved snapshots of the units below it, and the
    per-unit rows of its report, ordered by unit code."""
    rows = tuple(sorted((ChildRow(s.unit_code, s.unit_name, dict(s.figures), s.version)
                         for s in below), key=lambda r: r.unit_code))
    return indicators.add_up([r.figures for r in rows]), rows
