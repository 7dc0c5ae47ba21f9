"""`check` for signed annual reports: the frozen figures and the archived PDF are still the
ones the approval recorded."""

from __future__ import annotations

import hashlib
import json

import peewee as pw

from models.storage.findings import Finding


def report_checks() -> list[Finding]:
    """Every signed annual report's frozen figures still have the SHA-256 stored with them
    and recorded by the approval's audit row, and name the PDF that was archived with them."""
    from models.signoff.tables import AnnualReport
    from models.storage.schema import AuditLog, IssuedDocument

    approved = {}
    for entity_id, after in (AuditLog.select(AuditLog.entity_id, AuditLog.after)
                             .where((AuditLog.entity == "annual_report")
                                    & (AuditLog.action == "approve")).tuples()):
        approved[entity_id] = json.loads(after or "{}").get("snapshot_sha256")
    findings: list[Finding] = []
    rows = (AnnualReport.select(AnnualReport.id, AnnualReport.unit_name, AnnualReport.year,
                                AnnualReport.version, AnnualReport.snapshot_json,
                                AnnualReport.snapshot_sha256, IssuedDocument.sha256)
            .join(IssuedDocument, pw.JOIN.LEFT_OUTER)
            .where(AnnualReport.snapshot_json.is_null(False)).order_by(AnnualReport.id))
    for rid, unit, year, version, text, sha, pdf_sha in rows.tuples().iterator():
        params = {"id": rid, "unit": unit, "year": year, "version": version}
        actual = hashlib.sha256(text.encode("utf-8")).hexdigest()
        try:
            signed_pdf = json.loads(text).get("pdf_sha256")
        except ValueError:
            signed_pdf = None
        if actual != sha or approved.get(str(rid), sha) != sha:
            findings.append(Finding("report_snapshot_changed", "annual_report", rid,
                                    f"{actual} / {sha}", params))
        elif signed_pdf != pdf_sha:
            findings.append(Finding("report_pdf_changed", "annual_report", rid,
                                    f"{signed_pdf} / {pdf_sha}", params))
    return findings
