"""Sending a report upward: the package of an approved report, signed with this office's key.

`build_package` takes the snapshot and its PDF as they are, so it does not depend on where
approved reports are kept (the command line asks the sign-off module for them)."""

from __future__ import annotations

import datetime as dt

from models.accounts import access
from models.errors import ValidationError
from models.exchange import keys, package
from models.exchange.units import office_unit, same_code
from models.privacy.upward import PersonalDataFound, assert_no_personal_data
from models.reporting.snapshot import Snapshot, level_above


def require_exchange() -> None:
    """Sending and receiving packages: a clerk's or approver's write, or an upper level's
    supervise right (a province office's staff)."""
    if not (access.can("write") or access.can("supervise")):
        access.require("supervise")


def build_package(snapshot: Snapshot, pdf: bytes, *, signed_at: dt.datetime | None = None
                  ) -> bytes:
    """The signed package file of this office's approved report `snapshot` and its PDF.
    Refuses another unit's report, a report of the nation (nobody above), a PDF that is not
    one or is not the approved one, and any personal data in the figures."""
    require_exchange()
    here = office_unit()
    if here.level != snapshot.level or not same_code(here.level, here.code, snapshot.unit_code):
        raise ValidationError("unit", "not_own_unit", {"value": snapshot.unit_code})
    if level_above(snapshot.level) is None:
        raise ValidationError("unit", "nothing_above", {"value": snapshot.unit_code})
    if not pdf.startswith(b"%PDF-"):
        raise package.refuse("not_pdf")
    if len(pdf) > package.MAX_FILE // 2:
        raise package.refuse("too_large", limit=package.size_text(package.MAX_FILE // 2))
    try:
        assert_no_personal_data(snapshot)
    except PersonalDataFound as exc:
        raise ValidationError("package", "package_personal_data", {"path": exc.path}) from None
    own = keys.own_key()
    body = package.snapshot_bytes(snapshot)
    manifest = package.manifest_of(snapshot, pdf, own.fingerprint,
                                   signed_at or dt.datetime.now(), body)
    if snapshot.pdf_sha256 and snapshot.pdf_sha256 != manifest["pdf_sha256"]:
        raise package.refuse("pdf_not_approved")
    _fingerprint, signature = keys.sign(package.signed_bytes(manifest))
    return package.assemble(manifest, body, pdf, signature)
