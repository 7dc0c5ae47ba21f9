"""Approved reports as the exchange sends them: the frozen figures and the PDF as signed."""

from __future__ import annotations

from models.reporting.snapshot import Snapshot
from models.signoff import reports


def approved_report(level: str, unit_code: str, year: int) -> tuple[Snapshot, bytes] | None:
    """The approved version of a unit's report for a year, with its archived PDF; None when
    the current version is not approved (a draft, sent, returned or reopened report)."""
    report = reports.current(level, unit_code, year)
    if report is None or report.state != "approved":
        return None
    snap, pdf = reports.snapshot_of(report.id), reports.archived_pdf(report.id)
    if snap is None or pdf is None:
        return None
    return snap, pdf
