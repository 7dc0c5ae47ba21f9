"""Printing annual reports: the signed copy of an approved version or a draft built from the
records now (models/signoff/paper_data.py), and every indicator table as .xlsx
(reports/indicators_xlsx.py)."""

from __future__ import annotations

from models.reporting import indicators
from models.reporting.snapshot import Snapshot
from models.signoff import aggregate, reports, units
from models.signoff.paper_data import build_pdf, report_data
from models.signoff.units import Unit
from reports import indicators_xlsx


def draft_snapshot(u: Unit, year: int) -> Snapshot:
    """The figures a report of `u` would freeze now, with its current words."""
    report = reports.current(u.level, u.code, year)
    figures, children = aggregate.unit_figures(u, year)
    return Snapshot(level=u.level, unit_code=u.code, unit_name=u.name,
                    parent_code=u.parent_code, year=year,
                    version=report.version if report else 1, figures=figures,
                    children=children,
                    narrative={k: getattr(report, k) for k in reports.SECTIONS}
                    if report else {})


def annual_report_pdf(level: str, code: str, year: int) -> tuple[bytes, bool]:
    """The report of a unit for a year: the signed copy of the approved version, byte for
    byte, or else a draft built from the records now. Returns (pdf, signed)."""
    u = units.unit(level, code)
    units.require_reader(u)
    report = reports.current(level, code, year)
    if report is not None and report.state == "approved":
        return reports.archived_pdf(report.id), True
    body = reports.issuing_body(u, None)
    data = report_data(u, draft_snapshot(u, year), body, approved=False)
    return build_pdf(data), False


def indicator_sheet(level: str, code: str, year: int) -> bytes:
    """Every indicator table of a unit's report as .xlsx (the signed figures once approved)."""
    u = units.unit(level, code)
    units.require_reader(u)
    report = reports.current(level, code, year)
    snap = (reports.snapshot_of(report.id) if report is not None and report.state == "approved"
            else draft_snapshot(u, year))
    data = report_data(u, snap, reports.issuing_body(u, None),
                       approved=report is not None and report.state == "approved")
    return indicators_xlsx.build(data, all_columns=tuple(
        (i.code, i.label + (" (đồng)" if i.unit == "money" else ""))
        for i in indicators.INDICATORS))


def export_indicator_sheet(level: str, code: str, year: int, path: str, *,
                           force: bool = False) -> str:
    """Write the indicator tables (.xlsx) to `path` through the output checks."""
    from models.storage.output import check_output, write_output

    check_output(path, force=force)
    write_output(path, indicator_sheet(level, code, year), force=force)
    return path


def report_pdf(level: str, code: str, year: int) -> bytes:
    """The PDF of annual_report_pdf alone (for a preview)."""
    return annual_report_pdf(level, code, year)[0]
