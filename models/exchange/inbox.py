"""Receiving the reports of the units below: import a package, and read what was received.

The import checks, in this order, and refuses with the first failure named:
the file's form (size, JSON, fields, canonical spelling); the sender's key (known, not
revoked); the signature and the hashes of snapshot and PDF; the key's unit against the
package's unit; the unit lies directly below this office; the version (not one already
held, not older than the latest held). An accepted package is stored with an audit row in
one transaction. Every version stays readable; the latest of a unit and year is added up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.errors import NotFound
from models.exchange import package
from models.exchange.keys import grouped
from models.exchange.outbox import require_exchange
from models.exchange.tables import ReceivedReport, TrustedKey
from models.exchange.units import normal_code, office_unit, same_code, unit_name
from models.reporting import snapshot as snap
from models.reporting.snapshot import Snapshot
from models.storage.db import database


@dataclass(frozen=True)
class Received:
    """One received package, as listed on the Reports page (no PDF bytes)."""

    id: int
    level: str
    unit_code: str
    unit_name: str
    year: int
    version: int
    latest: bool  # the version that is added up
    sender_fingerprint: str
    signed_at: str
    imported_at: dt.datetime
    imported_by: str
    pdf_size: int

    @property
    def sender_grouped(self) -> str:
        return grouped(self.sender_fingerprint)


@dataclass(frozen=True)
class Verdict:
    """What an import did: the report stored, and the version it replaces (if any)."""

    received: Received
    replaces: int | None


def _key_for(fingerprint: str) -> TrustedKey:
    key = TrustedKey.get_or_none(TrustedKey.fingerprint == fingerprint)
    if key is None:
        raise package.refuse("unknown_key", fingerprint=grouped(fingerprint))
    if key.revoked_at is not None:
        raise package.refuse("revoked_key", fingerprint=grouped(fingerprint))
    return key


def check_package(data: bytes) -> tuple[package.Package, Snapshot, TrustedKey]:
    """Every check of an import except the versions held; writes nothing."""
    parsed = package.parse(data)
    key = _key_for(parsed.sender_fingerprint)
    found = package.verify(parsed, bytes(key.public_raw))
    level, code = found.level, normal_code(found.level, found.unit_code)
    if key.unit_level != level or not same_code(level, key.unit_code, code):
        raise package.refuse("key_other_unit", unit=found.unit_code, key_unit=key.unit_code)
    here = office_unit()
    if (unit_name(level, code, here) is None
            or not same_code(here.level, found.parent_code, here.code)):
        raise package.refuse("not_below", unit=found.unit_code, parent=found.parent_code)
    return parsed, found, key


def import_package(data: bytes) -> Verdict:
    """Verify and store a package from a unit below (see the module docstring)."""
    require_exchange()
    parsed, found, key = check_package(data)
    code = normal_code(found.level, found.unit_code)
    with database.atomic():
        held = list(ReceivedReport.select(ReceivedReport.id, ReceivedReport.version,
                                          ReceivedReport.package_sha256,
                                          ReceivedReport.snapshot_sha256)
                    .where((ReceivedReport.level == found.level)
                           & (ReceivedReport.unit_code == code)
                           & (ReceivedReport.year == found.year))
                    .order_by(ReceivedReport.version.desc()))
        for row in held:
            if row.version == found.version:
                same = row.snapshot_sha256 == parsed.manifest["snapshot_sha256"]
                raise package.refuse("package_duplicate" if same else "same_version_differs",
                                     unit=found.unit_code, year=found.year,
                                     version=found.version)
        if held and held[0].version > found.version:
            raise package.refuse("older_version", unit=found.unit_code, year=found.year,
                                 version=found.version, held=held[0].version)
        try:
            row = ReceivedReport.create(
                level=found.level, unit_code=code, unit_name=found.unit_name,
                parent_code=normal_code(snap.LEVELS[snap.LEVELS.index(found.level) + 1],
                                        found.parent_code),
                year=found.year, version=found.version,
                snapshot_json=parsed.snapshot_bytes.decode("utf-8"),
                snapshot_sha256=parsed.manifest["snapshot_sha256"], pdf=parsed.pdf,
                pdf_sha256=parsed.manifest["pdf_sha256"], package_sha256=parsed.file_sha256,
                sender_fingerprint=key.fingerprint, sender_key=key,
                signed_at=parsed.manifest["signed_at"], imported_by=current_actor())
        except pw.IntegrityError:  # the same version imported on another PC meanwhile
            raise package.refuse("package_duplicate", unit=found.unit_code, year=found.year,
                                 version=found.version) from None
        audit.record("received_report", row.id, "import", None, {
            "level": found.level, "unit_code": code, "year": found.year,
            "version": found.version, "snapshot_sha256": row.snapshot_sha256,
            "pdf_sha256": row.pdf_sha256, "sender_fingerprint": key.fingerprint})
    return Verdict(_received(row, True, len(parsed.pdf)), held[0].version if held else None)


def _received(r: ReceivedReport, latest: bool, size: int) -> Received:
    return Received(r.id, r.level, r.unit_code, r.unit_name, r.year, r.version, latest,
                    r.sender_fingerprint, r.signed_at, r.imported_at, r.imported_by, size)


def _latest_ids(year: int, level: str | None = None, parent_code: str | None = None
                ) -> pw.Select:
    newest = (ReceivedReport.select(ReceivedReport.level, ReceivedReport.unit_code,
                                    pw.fn.MAX(ReceivedReport.version).alias("v"))
              .where(ReceivedReport.year == year))
    if level is not None:
        newest = newest.where(ReceivedReport.level == level)
    if parent_code is not None:
        newest = newest.where(ReceivedReport.parent_code == parent_code)
    return newest.group_by(ReceivedReport.level, ReceivedReport.unit_code)


def received_snapshots(level: str, parent_code: str, year: int) -> list[Snapshot]:
    """The latest received snapshot of every unit of `level` under `parent_code` for `year`,
    by unit code: what the office adds up for its own report."""
    access.require("read")
    above = snap.level_above(level)
    if above is None:
        return []
    parent = normal_code(above, parent_code)
    newest = _latest_ids(year, level, parent).alias("n")
    rows = (ReceivedReport.select(ReceivedReport.snapshot_json)
            .join(newest, on=((ReceivedReport.level == newest.c.level)
                              & (ReceivedReport.unit_code == newest.c.unit_code)
                              & (ReceivedReport.version == newest.c.v)))
            .where(ReceivedReport.year == year)
            .order_by(ReceivedReport.unit_code))
    return [snap.from_json(r.snapshot_json) for r in rows]


def received_packages(year: int | None = None) -> list[Received]:
    """Every received report (of `year`, or all), newest year first, then by unit and
    version; `latest` marks the version that is added up."""
    access.require("read")
    query = ReceivedReport.select(
        ReceivedReport.id, ReceivedReport.level, ReceivedReport.unit_code,
        ReceivedReport.unit_name, ReceivedReport.year, ReceivedReport.version,
        ReceivedReport.sender_fingerprint, ReceivedReport.signed_at,
        ReceivedReport.imported_at, ReceivedReport.imported_by,
        pw.fn.LENGTH(ReceivedReport.pdf).alias("size"))
    if year is not None:
        query = query.where(ReceivedReport.year == year)
    rows = list(query.order_by(ReceivedReport.year.desc(), ReceivedReport.unit_code,
                               ReceivedReport.version.desc()))
    newest: dict[tuple, int] = {}
    for r in rows:
        key = (r.level, r.unit_code, r.year)
        newest[key] = max(newest.get(key, 0), r.version)
    return [_received(r, newest[(r.level, r.unit_code, r.year)] == r.version, int(r.size or 0))
            for r in rows]


def received_report(report_id: int) -> tuple[Snapshot, bytes]:
    """A received report's snapshot and PDF (any version), to show or print."""
    access.require("read")
    row = ReceivedReport.get_or_none(ReceivedReport.id == report_id)
    if row is None:
        raise NotFound("received_report", report_id)
    return snap.from_json(row.snapshot_json), bytes(row.pdf)


def received_pdf(report_id: int) -> bytes:
    """The PDF of a received report, as the sender approved it (its hash was checked)."""
    return received_report(report_id)[1]


def check_import(data: bytes) -> Snapshot:
    """The checks of import_package that need no write, for a window that shows the unit and
    period before importing; ValidationError as import_package."""
    require_exchange()
    return check_package(data)[1]

