"""A report package: one approved report travelling from an office to the office above.

The file is one JSON object (UTF-8, keys sorted, no spaces) rather than a zip:
- the PDF inside is already compressed, so a zip would save nothing (base64 costs a third);
- a zip brings its own hostile forms (bombs, entries named twice, paths outside the folder,
  a directory that disagrees with the entries) that a reader must each defend against;
- being canonical, the file has exactly one spelling of its content: the reader re-writes what
  it parsed and refuses a file that differs, so one byte changed anywhere, even a space, is
  refused, not only a byte inside what is signed.

    {"format": 1, "kind": "ishc-report-package",
     "manifest": {level, unit_code, unit_name, parent_code, year, version,
                  snapshot_sha256, pdf_sha256, pdf_size, sender_fingerprint, signed_at},
     "pdf": base64 of the PDF, "signature": base64 Ed25519 over MAGIC + canonical manifest,
     "snapshot": the snapshot's canonical JSON, as a string}

One signature covers the manifest, and the manifest holds the SHA-256 of the snapshot's bytes
and of the PDF, so the signature covers everything. Nothing here touches the database:
`build` takes the snapshot and the PDF wherever they come from, `read` checks a file against
a public key the caller looks up by the sender's fingerprint.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass, fields

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from models.errors import ValidationError
from models.reporting import snapshot as snap
from models.reporting.snapshot import Snapshot

KIND = "ishc-report-package"
FORMAT = 1
MAGIC = b"ISHC report package v1\n"  # signatures over manifests only: no other use of the key
MAX_FILE = 32 * 1024 * 1024  # a province report with its table is well under 5 MB
MAX_CHILDREN = 20_000
FIELD = "package"
_TOP = {"format", "kind", "manifest", "pdf", "signature", "snapshot"}
_MANIFEST_TEXT = ("level", "unit_code", "unit_name", "parent_code", "snapshot_sha256",
                  "pdf_sha256", "sender_fingerprint", "signed_at")
_MANIFEST_INT = ("year", "version", "pdf_size")


@dataclass(frozen=True)
class Package:
    """What a package carries, once its form is checked (not yet its signature)."""

    manifest: dict
    snapshot_bytes: bytes
    pdf: bytes
    signature: bytes
    file_sha256: str

    @property
    def sender_fingerprint(self) -> str:
        return self.manifest["sender_fingerprint"]


def refuse(code: str, **params: object) -> ValidationError:
    """The refusal of a package, naming what failed (models/text/exchange_words.py)."""
    return ValidationError(FIELD, code, params)


def size_text(size: int) -> str:
    """A file size limit as the clerk reads it: '64 MB', '64 KB'."""
    return f"{size // (1024 * 1024)} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"


def read_file(path: str | os.PathLike, *, limit: int | None = None, field: str = FIELD
              ) -> bytes:
    """A file's bytes, at most `limit` of them (default MAX_FILE): a bigger file, a folder or
    an unreadable one is refused (ValidationError(field, …)) without reading it into memory."""
    limit = MAX_FILE if limit is None else limit
    try:
        with open(path, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise ValidationError(field, "file_unreadable", {"reason": "not a file"})
            data = f.read(limit + 1)
    except OSError as exc:
        raise ValidationError(field, "file_unreadable",
                              {"reason": exc.strerror or type(exc).__name__}) from None
    if len(data) > limit:
        raise ValidationError(field, "too_large", {"limit": size_text(limit)})
    return data


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def snapshot_bytes(snapshot: Snapshot) -> bytes:
    """Exactly `snapshot.canonical()`, without dataclasses.asdict's deep copy of every figure
    (about 80 ms for a province's 100-row table; this takes a tenth of that). A test holds
    the two equal."""
    out: dict = {}
    for f in fields(snapshot):
        value = getattr(snapshot, f.name)
        if f.name == "children":
            value = [{c.name: getattr(row, c.name) for c in fields(row)} for row in value]
        out[f.name] = value
    return _canonical(out)


def manifest_of(snapshot: Snapshot, pdf: bytes, sender_fingerprint: str,
                signed_at: dt.datetime, body_bytes: bytes | None = None) -> dict:
    """The manifest a package of `snapshot` and `pdf` is signed over (`body_bytes`: its
    canonical form, when the caller has it already)."""
    body = snapshot_bytes(snapshot) if body_bytes is None else body_bytes
    return {"level": snapshot.level, "unit_code": snapshot.unit_code,
            "unit_name": snapshot.unit_name, "parent_code": snapshot.parent_code,
            "year": snapshot.year, "version": snapshot.version,
            "snapshot_sha256": hashlib.sha256(body).hexdigest(),
            "pdf_sha256": hashlib.sha256(pdf).hexdigest(), "pdf_size": len(pdf),
            "sender_fingerprint": sender_fingerprint,
            "signed_at": signed_at.replace(microsecond=0).isoformat()}


def signed_bytes(manifest: dict) -> bytes:
    return MAGIC + _canonical(manifest)


def assemble(manifest: dict, body: bytes, pdf: bytes, signature: bytes) -> bytes:
    """The package file from its parts (the manifest signed by the caller)."""
    return _canonical({"format": FORMAT, "kind": KIND, "manifest": manifest,
                       "pdf": base64.b64encode(pdf).decode("ascii"),
                       "signature": base64.b64encode(signature).decode("ascii"),
                       "snapshot": body.decode("utf-8")})


def _b64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise refuse("malformed", part=what)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise refuse("malformed", part=what) from None


# The canonical layout (keys sorted, no spaces). A file is cut along it before any JSON is
# parsed, so a hostile file of millions of tiny JSON values never becomes millions of Python
# objects: only the small manifest is parsed as JSON, the rest are three strings.
_LAYOUT = re.compile(
    rb'\{"format":1,"kind":"ishc-report-package","manifest":(\{.{0,4000}?\}),'
    rb'"pdf":"([A-Za-z0-9+/=]*)","signature":"([A-Za-z0-9+/=]{0,200})","snapshot":(".*")\}',
    re.S)
_DIAGNOSE_LIMIT = 1024 * 1024  # a file off the layout is parsed whole only when this small


def _check_manifest(manifest: object) -> dict:
    if not isinstance(manifest, dict) or set(manifest) != set(_MANIFEST_TEXT + _MANIFEST_INT):
        raise refuse("malformed", part="manifest")
    for name in _MANIFEST_TEXT:
        if not isinstance(manifest[name], str) or len(manifest[name]) > 300:
            raise refuse("malformed", part=f"manifest.{name}")
    for name in _MANIFEST_INT:
        value = manifest[name]
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**31:
            raise refuse("malformed", part=f"manifest.{name}")
    return manifest


def _diagnose(data: bytes) -> ValidationError:
    """Why a file off the canonical layout is refused, as precisely as its size allows."""
    head = re.match(rb'\s*\{\s*"format"\s*:\s*(-?\d{1,20})', data)
    if head is not None and int(head.group(1)) != FORMAT:
        return refuse("unknown_format", value=head.group(1).decode())
    if len(data) > _DIAGNOSE_LIMIT:
        return refuse("malformed" if head is not None else "not_a_package", part="file")
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return refuse("not_a_package")
    if not isinstance(body, dict) or body.get("kind") != KIND:
        return refuse("not_a_package")
    if body.get("format") != FORMAT:
        return refuse("unknown_format", value=str(body.get("format"))[:20])
    if set(body) != _TOP:
        return refuse("malformed", part="file")
    for part in ("pdf", "signature", "snapshot"):
        if not isinstance(body[part], str):
            return refuse("malformed", part=part)
    try:
        _check_manifest(body["manifest"])
        _b64(body["pdf"], "pdf")
        _b64(body["signature"], "signature")
    except ValidationError as exc:
        return exc
    return refuse("not_canonical")  # our package, re-written by something else


def parse(data: bytes) -> Package:
    """Check a package file's form: size, layout, the fields and their kinds, the canonical
    spelling. ValidationError("package", code) names what is wrong; nothing is trusted yet."""
    if len(data) > MAX_FILE:
        raise refuse("too_large", limit=size_text(MAX_FILE))
    found = _LAYOUT.fullmatch(data)
    if found is None:
        raise _diagnose(data)
    try:
        manifest = json.loads(found.group(1).decode("utf-8"))
        snapshot_text = json.loads(found.group(4).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise refuse("malformed", part="file") from None
    _check_manifest(manifest)
    if not isinstance(snapshot_text, str):
        raise refuse("malformed", part="snapshot")
    pdf = _b64(found.group(2).decode("ascii"), "pdf")
    signature = _b64(found.group(3).decode("ascii"), "signature")
    package = Package(manifest, snapshot_text.encode("utf-8"), pdf, signature,
                      hashlib.sha256(data).hexdigest())
    # The one spelling of this content: anything else (a space, an escaped letter, another
    # base64 padding) is a change made after the program wrote the file.
    if assemble(manifest, package.snapshot_bytes, pdf, signature) != data:
        raise refuse("not_canonical")
    return package


def verify(package: Package, public_raw: bytes) -> Snapshot:
    """Check the signature with the sender's public key, the hashes of the snapshot and the
    PDF, and that the snapshot says what the manifest says. Returns the snapshot."""
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(
            package.signature, signed_bytes(package.manifest))
    except (InvalidSignature, ValueError):
        raise refuse("bad_signature") from None
    m = package.manifest
    if hashlib.sha256(package.snapshot_bytes).hexdigest() != m["snapshot_sha256"]:
        raise refuse("snapshot_hash")
    if hashlib.sha256(package.pdf).hexdigest() != m["pdf_sha256"] or len(package.pdf) != m[
            "pdf_size"]:
        raise refuse("pdf_hash")
    if not package.pdf.startswith(b"%PDF-"):
        raise refuse("not_pdf")
    try:
        found = snap.from_json(package.snapshot_bytes)
    except (ValueError, RecursionError):
        raise refuse("bad_snapshot") from None
    if len(found.children) > MAX_CHILDREN:
        raise refuse("bad_snapshot")
    if any(abs(v) >= 2**62 for v in found.figures.values()) or any(
            abs(v) >= 2**62 for c in found.children for v in c.figures.values()):
        raise refuse("bad_snapshot")
    if snapshot_bytes(found) != package.snapshot_bytes:
        raise refuse("bad_snapshot")
    said = (found.level, found.unit_code, found.unit_name, found.parent_code, found.year,
            found.version)
    if said != tuple(m[k] for k in ("level", "unit_code", "unit_name", "parent_code", "year",
                                     "version")):
        raise refuse("manifest_mismatch")
    if found.pdf_sha256 and found.pdf_sha256 != m["pdf_sha256"]:
        raise refuse("pdf_not_approved")
    return found
