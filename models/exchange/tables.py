"""Tables of the exchange between offices (schema version 12): the office's own key pair, the
public keys of the offices below that this office trusts, and the reports received from them.

The private key lives in the database (see models/exchange/keys.py for why), in a table of
its own: no setting, audit row, export or report ever reads its column.
"""

from __future__ import annotations

import peewee as pw

from models.storage.schema import BaseModel, now


class OfficeKey(BaseModel):
    """This office's Ed25519 key pair: one row (id 1), written on first need."""

    private_pkcs8 = pw.BlobField()  # PKCS#8 DER, unencrypted: see keys.py
    public_raw = pw.BlobField()  # the 32 bytes of the public key
    fingerprint = pw.CharField(max_length=64, unique=True)  # SHA-256 of public_raw, hex
    created_at = pw.DateTimeField(default=now)
    created_by = pw.CharField(max_length=100, default="")

    class Meta:
        table_name = "office_key"


class TrustedKey(BaseModel):
    """A lower office's public key, registered once (by file, fingerprint compared by phone)
    for one unit. Revoked keys stay, so old packages still name who signed them."""

    fingerprint = pw.CharField(max_length=64, unique=True)
    public_raw = pw.BlobField()
    unit_level = pw.CharField(max_length=10)  # club, ward, province
    unit_code = pw.CharField(max_length=30, index=True)
    unit_name = pw.CharField(max_length=300, default="")
    trusted_at = pw.DateTimeField(default=now)
    trusted_by = pw.CharField(max_length=100, default="")
    revoked_at = pw.DateTimeField(null=True)
    revoked_by = pw.CharField(max_length=100, default="")
    revoke_reason = pw.TextField(default="")

    class Meta:
        table_name = "trusted_key"


class ReceivedReport(BaseModel):
    """An approved report of a unit below, as imported from a signed package. Every version
    stays; the latest version of a unit and year is the one that is added up."""

    level = pw.CharField(max_length=10)
    unit_code = pw.CharField(max_length=30)
    unit_name = pw.CharField(max_length=300, default="")
    parent_code = pw.CharField(max_length=30, index=True)
    year = pw.IntegerField()
    version = pw.IntegerField()
    snapshot_json = pw.TextField()  # the canonical bytes as sent (UTF-8)
    snapshot_sha256 = pw.CharField(max_length=64)
    pdf = pw.BlobField()
    pdf_sha256 = pw.CharField(max_length=64)
    package_sha256 = pw.CharField(max_length=64)  # of the whole file imported
    sender_fingerprint = pw.CharField(max_length=64)
    sender_key = pw.ForeignKeyField(TrustedKey, backref="received")
    signed_at = pw.CharField(max_length=25, default="")  # as the sender wrote it (ISO 8601)
    imported_at = pw.DateTimeField(default=now)
    imported_by = pw.CharField(max_length=100, default="")

    class Meta:
        table_name = "received_report"
        indexes = ((("level", "unit_code", "year", "version"), True),)


TABLES = [OfficeKey, TrustedKey, ReceivedReport]
