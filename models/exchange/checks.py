"""`check` for reports received from offices below: figures and PDF still carry the hashes of
the signed package they came in."""

from __future__ import annotations

import hashlib
import json

from models.storage.findings import Finding


def received_checks() -> list[Finding]:
    """Every report received from a unit below still holds the figures and the PDF whose
    SHA-256 the signed package carried, as its import's audit row recorded them."""
    from models.exchange.tables import ReceivedReport
    from models.storage.schema import AuditLog

    imported = {entity_id: json.loads(after or "{}") for entity_id, after in (
        AuditLog.select(AuditLog.entity_id, AuditLog.after)
        .where((AuditLog.entity == "received_report") & (AuditLog.action == "import")).tuples())}
    findings: list[Finding] = []
    rows = (ReceivedReport.select(ReceivedReport.id, ReceivedReport.unit_code,
                                  ReceivedReport.year, ReceivedReport.version,
                                  ReceivedReport.snapshot_json, ReceivedReport.snapshot_sha256,
                                  ReceivedReport.pdf, ReceivedReport.pdf_sha256)
            .order_by(ReceivedReport.id).tuples())
    for rid, unit, year, version, snapshot_json, snapshot_sha, pdf, pdf_sha in rows.iterator():
        recorded = imported.get(str(rid), {})
        held = (hashlib.sha256(snapshot_json.encode("utf-8")).hexdigest(),
                hashlib.sha256(bytes(pdf)).hexdigest())
        if held != (snapshot_sha, pdf_sha) or (recorded and held != (
                recorded.get("snapshot_sha256"), recorded.get("pdf_sha256"))):
            findings.append(Finding("received_report_changed", "received_report", rid,
                                    f"{held} / {snapshot_sha}, {pdf_sha}",
                                    {"id": rid, "unit": unit, "year": year,
                                     "version": version}))
    return findings
