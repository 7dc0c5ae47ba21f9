"""The office's own signing key, and the public keys of the offices below that it trusts.

Where the private key lives, and why: in this office's database (table `office_key`), not in
a file of the data folder. The key stands for the office, and the office *is* its database:
- a backup holds it and a restore brings it back, so after a disk failure the office signs
  with the same key and the office above need not register a new one (a key in the data
  folder would be lost with the disk it sat on, or missed by a backup of the database alone);
- `migrate-to` copies it with every other table, so an office that moves to a PostgreSQL
  server keeps its identity, and every PC of that office signs as the office;
- whoever holds a copy of the database file can sign in its name. That copy also holds every
  member's personal data, so it is already protected as the most secret thing the office has
  (backups folder, protected outputs); a second secret beside it would add a way to lose the
  key without adding protection.
The private key is never shown, printed, exported or written in an audit row (audit rows
carry the fingerprint only); `public_key_file` and the packages carry the public half only.

Rights: the key pair is made by whoever first needs it (it holds nobody's data; its creation
is audited with its fingerprint); trusting and revoking keys of the units below are the
administrator's; sending and receiving packages need a clerk's write or an upper level's
supervise right (models/exchange/outbox.require_exchange).

A fingerprint is the SHA-256 of the 32 bytes of a public key; it is read aloud over the
phone as its first 128 bits in 8 groups of 4 hexadecimal digits (`grouped`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass

import peewee as pw
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.errors import NotFound, ValidationError
from models.exchange.tables import OfficeKey, TrustedKey
from models.exchange.units import (
    level_below,
    normal_code,
    office_unit,
    same_code,
    unit_name,
)
from models.storage.db import database
from models.storage.schema import now
from models.text.vietnamese import nfc

KEY_FILE_KIND = "ishc-public-key"
MAX_KEY_FILE = 64 * 1024  # a key file is a few hundred bytes


@dataclass(frozen=True)
class PublicKeyInfo:
    """A public key and the unit it is (or claims to be) of."""

    fingerprint: str  # full SHA-256, hex
    public_raw: bytes
    level: str
    unit_code: str
    unit_name: str

    @property
    def grouped(self) -> str:
        return grouped(self.fingerprint)


@dataclass(frozen=True)
class TrustedKeyRow:
    """A trusted key as listed for the clerk."""

    id: int
    fingerprint: str
    level: str
    unit_code: str
    unit_name: str
    trusted_at: object
    trusted_by: str
    revoked_at: object | None
    revoke_reason: str

    @property
    def grouped(self) -> str:
        return grouped(self.fingerprint)

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


def fingerprint(public_raw: bytes) -> str:
    """The SHA-256 of a public key's 32 bytes, hex."""
    return hashlib.sha256(public_raw).hexdigest()


def grouped(fp: str) -> str:
    """'3f9a…' -> '3F9A 0B12 … ' : the first 128 bits in 8 groups of 4, to read aloud."""
    head = fp[:32].upper()
    return " ".join(head[i:i + 4] for i in range(0, 32, 4))


def _folded(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch in "0123456789abcdef")


# --- the office's own key -------------------------------------------------------------------

def _key_row() -> OfficeKey:
    """The office's key pair, created on first need (one row; a second PC of the same office
    racing to create it finds the first one's row)."""
    row = OfficeKey.get_or_none(OfficeKey.id == 1)
    if row is not None:
        return row
    private = Ed25519PrivateKey.generate()
    der = private.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    raw = private.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)
    fp = fingerprint(raw)
    with database.atomic():
        inserted = OfficeKey.insert(id=1, private_pkcs8=der, public_raw=raw, fingerprint=fp,
                                    created_at=now(), created_by=current_actor()
                                    ).on_conflict_ignore().execute()
        if inserted:
            audit.record("office_key", 1, "create", None, {"fingerprint": fp})
    return OfficeKey.get(OfficeKey.id == 1)


def own_key() -> PublicKeyInfo:
    """The office's public key and unit (the key pair is made on first need)."""
    access.require("read")
    row = _key_row()
    unit = office_unit()
    raw = bytes(row.public_raw)
    return PublicKeyInfo(row.fingerprint, raw, unit.level, unit.code, unit.name)


def sign(message: bytes) -> tuple[str, bytes]:
    """(fingerprint, Ed25519 signature of `message`) with the office's key. Callers check
    their own right first; the private key never leaves this function."""
    row = _key_row()
    private = serialization.load_der_private_key(bytes(row.private_pkcs8), password=None)
    if not isinstance(private, Ed25519PrivateKey):
        raise ValueError("office key is not Ed25519")
    return row.fingerprint, private.sign(message)


def public_key_file() -> bytes:
    """The office's public key file, for the office above to trust: the key and the unit it
    claims, as JSON (the private key is not in it)."""
    return key_file(own_key())


def key_file(info: PublicKeyInfo) -> bytes:
    """The public key file of `info` (JSON: the key, its fingerprint and its unit)."""
    body = {"kind": KEY_FILE_KIND, "format": 1, "level": info.level, "unit_code": info.unit_code,
            "unit_name": info.unit_name,
            "public_key": base64.b64encode(info.public_raw).decode("ascii"),
            "fingerprint": info.fingerprint}
    return (json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


# --- keys of the offices below ---------------------------------------------------------------

def _bad_key(code: str = "not_a_key", **params: object) -> ValidationError:
    return ValidationError("key_file", code, params)


def _raw_from_text(text: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError, TypeError):
        raise _bad_key() from None
    try:
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise _bad_key() from None
    return raw


def read_key_file(data: bytes) -> PublicKeyInfo:
    """The key a file holds and the unit it claims: our JSON key file, or an Ed25519 public
    key in PEM (which claims no unit). ValidationError("key_file", …) for anything else."""
    if len(data) > MAX_KEY_FILE:
        raise _bad_key()
    if data.lstrip().startswith(b"-----BEGIN PUBLIC KEY-----"):
        try:
            key = serialization.load_pem_public_key(data)
        except (ValueError, UnsupportedAlgorithm):
            raise _bad_key() from None
        if not isinstance(key, Ed25519PublicKey):
            raise _bad_key("not_ed25519")
        raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return PublicKeyInfo(fingerprint(raw), raw, "", "", "")
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad_key() from None
    if not isinstance(body, dict) or body.get("kind") != KEY_FILE_KIND:
        raise _bad_key()
    fields = ("level", "unit_code", "unit_name", "public_key")
    if not all(isinstance(body.get(f), str) for f in fields):
        raise _bad_key()
    raw = _raw_from_text(body["public_key"])
    fp = fingerprint(raw)
    if isinstance(body.get("fingerprint"), str) and _folded(body["fingerprint"]) != fp:
        raise _bad_key("fingerprint_mismatch")
    return PublicKeyInfo(fp, raw, body["level"], nfc(body["unit_code"]).strip()[:30],
                         nfc(body["unit_name"]).strip()[:200])


def check_trust(data: bytes, unit_code: str | None = None) -> PublicKeyInfo:
    """What trusting this key file would register: the key, and the unit (the one the file
    claims, or `unit_code` for a file that claims none), checked against the keys already
    trusted. Writes nothing; the window shows it before the clerk confirms."""
    access.require("admin")
    info = read_key_file(data)
    here = office_unit()
    below = level_below(here.level)
    if below is None:
        raise ValidationError("unit", "nothing_below", {"level": here.level})
    given = nfc(unit_code or "").strip()
    if info.unit_code and given and not same_code(info.level or below, info.unit_code, given):
        raise ValidationError("unit", "claim_mismatch", {"claimed": info.unit_code,
                                                         "value": given})
    level = info.level or below
    code = normal_code(level, info.unit_code or given)
    if not code:
        raise ValidationError("unit", "required")
    if level != below:
        raise ValidationError("unit", "not_below", {"value": code})
    name = unit_name(level, code, here)
    if name is None:
        raise ValidationError("unit", "not_below", {"value": code})
    existing = TrustedKey.get_or_none(TrustedKey.fingerprint == info.fingerprint)
    if existing is not None:
        if existing.unit_level == level and same_code(level, existing.unit_code, code):
            raise ValidationError("key_file", "already_trusted",
                                  {"unit": existing.unit_code})
        raise ValidationError("key_file", "trusted_for_other",
                              {"unit": existing.unit_code})
    if info.fingerprint == _key_row().fingerprint:
        raise ValidationError("key_file", "own_key")
    return PublicKeyInfo(info.fingerprint, info.public_raw, level, code,
                         name or info.unit_name)


def trust_key(data: bytes, unit_code: str | None = None) -> TrustedKeyRow:
    """Register a lower office's public key for its unit (administrator), with an audit
    row; refuses what check_trust refuses."""
    info = check_trust(data, unit_code)
    with database.atomic():
        try:
            row = TrustedKey.create(fingerprint=info.fingerprint, public_raw=info.public_raw,
                                    unit_level=info.level, unit_code=info.unit_code,
                                    unit_name=info.unit_name, trusted_by=current_actor())
        except pw.IntegrityError:  # another PC registered it meanwhile
            raise ValidationError("key_file", "already_trusted",
                                  {"unit": info.unit_code}) from None
        audit.record("trusted_key", row.id, "trust", None,
                     {"fingerprint": info.fingerprint, "level": info.level,
                      "unit_code": info.unit_code})
    return _row(row)


def _row(r: TrustedKey) -> TrustedKeyRow:
    return TrustedKeyRow(r.id, r.fingerprint, r.unit_level, r.unit_code, r.unit_name,
                         r.trusted_at, r.trusted_by, r.revoked_at, r.revoke_reason)


def trusted_keys() -> list[TrustedKeyRow]:
    """Every registered key, by unit code, revoked ones after the valid ones of a unit."""
    access.require("read")
    rows = TrustedKey.select().order_by(TrustedKey.unit_code, TrustedKey.revoked_at.is_null(False),
                                        TrustedKey.id)
    return [_row(r) for r in rows]


def find_trusted(text: str) -> TrustedKey:
    """The trusted key whose fingerprint starts with `text` (spaces and case ignored; at
    least 8 digits); NotFound when none, ValidationError when several match."""
    wanted = _folded(text)
    if len(wanted) < 8:
        raise ValidationError("fingerprint", "too_short", {"min": 8})
    found = list(TrustedKey.select().where(TrustedKey.fingerprint.startswith(wanted)).limit(2))
    if not found:
        raise NotFound("trusted_key", text)
    if len(found) > 1:
        raise ValidationError("fingerprint", "ambiguous", {"value": text})
    return found[0]


def revoke_key(text: str, reason: str = "") -> TrustedKeyRow:
    """Stop trusting a key (administrator): its packages are refused from now on; reports
    already imported with it stay."""
    access.require("admin")
    row = find_trusted(text)
    if row.revoked_at is not None:
        raise ValidationError("fingerprint", "already_revoked", {"value": grouped(row.fingerprint)})
    reason = nfc(reason).strip()
    if len(reason) > 500:
        raise ValidationError("reason", "too_long", {"max": 500})
    with database.atomic():
        row.revoked_at, row.revoked_by, row.revoke_reason = now(), current_actor(), reason
        row.save()
        audit.record("trusted_key", row.id, "revoke", None,
                     {"fingerprint": row.fingerprint, "reason": reason})
    return _row(row)

