"""Tables of annual reports (schema version 8).

One row per version of a unit's report for a year. The current version is the highest; an
approved version that was reopened stays as it was (state "reopened") with its frozen figures
and its numbered PDF, so every signed version remains readable.

The PDF of an approved version is an IssuedDocument (models/papers/documents.py): the bytes live
in the database beside its SHA-256 and its number in the register. A backup therefore carries
every signed report, `check` verifies the copies like any issued paper, and a shared server
serves them to every office without a shared folder.
"""

from __future__ import annotations

import peewee as pw

from models.storage.schema import BaseModel, IssuedDocument, now


class AnnualReport(BaseModel):
    """One version of a unit's annual report."""

    level = pw.CharField(max_length=10)  # models.reporting.snapshot.LEVELS
    unit_code = pw.CharField(max_length=30)  # club code, ward code, province code, "VN"
    unit_name = pw.CharField(max_length=200)
    parent_code = pw.CharField(max_length=30, index=True)  # "" for the nation
    ward_code = pw.IntegerField(null=True, index=True)  # club and ward reports: the ward
    province_code = pw.IntegerField(null=True)  # every report below the nation
    year = pw.IntegerField()
    version = pw.IntegerField(default=1)
    state = pw.CharField(max_length=12, default="draft")  # draft submitted approved returned reopened
    results = pw.TextField(default="")
    difficulties = pw.TextField(default="")
    proposals = pw.TextField(default="")
    created_by = pw.CharField(max_length=100)
    created_at = pw.DateTimeField(default=now)
    submitted_by = pw.CharField(max_length=100, default="")
    submitted_at = pw.DateTimeField(null=True)
    returned_by = pw.CharField(max_length=100, default="")
    returned_at = pw.DateTimeField(null=True)
    return_reason = pw.TextField(default="")
    approved_by = pw.CharField(max_length=100, default="")  # the approver's name as signed
    approved_title = pw.CharField(max_length=200, default="")
    approved_at = pw.DateTimeField(null=True)
    approved_account = pw.CharField(max_length=100, default="")
    snapshot_json = pw.TextField(null=True)  # Snapshot.canonical(), UTF-8 text
    snapshot_sha256 = pw.CharField(max_length=64, default="")
    document = pw.ForeignKeyField(IssuedDocument, null=True, backref="annual_reports")
    reopened_by = pw.CharField(max_length=100, default="")
    reopened_at = pw.DateTimeField(null=True)
    reopen_reason = pw.TextField(default="")

    class Meta:
        indexes = (
            (("level", "unit_code", "year", "version"), True),
            (("level", "year", "state"), False),
        )


TABLES: list[type[BaseModel]] = [AnnualReport]
