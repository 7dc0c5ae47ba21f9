"""Options of the printed cash vouchers (phiếu thu, phiếu chi): office defaults, per-club overrides.

Kept as JSON in the Setting table (no schema change): key "vouchers" holds the office's
defaults, "vouchers.club.<id>" a club's own values. A club stores only what differs from the
office, so a later change of the office default still reaches every club that kept it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

from models.accounts import access, audit
from models.errors import Collector
from models.storage.db import database
from models.storage.schema import Setting
from models.text.vietnamese import nfc

OFFICE_KEY = "vouchers"
# Familiar roles of forms 01-TT / 02-TT mapped to a club's own titles.
RECEIPT_ROLES = ("Chủ nhiệm CLB", "Kế toán", "Người nộp tiền", "Người lập phiếu", "Thủ quỹ")
PAYMENT_ROLES = ("Chủ nhiệm CLB", "Kế toán", "Thủ quỹ", "Người lập phiếu", "Người nhận tiền")
MAX_ROLES = 6  # more columns than this do not fit an A5 landscape signature row
MAX_UNIT_LINES = 3
LIMITS = {"receipt_caption": 200, "payment_caption": 200, "unit_lines": 200, "roles": 40}


@dataclass
class VoucherSettings:
    """How a club's vouchers print. Captions may take several lines ("Mẫu số: 01 - TT" over
    the circular that issued the form); empty unit_lines means "Đơn vị: CLB …" and
    "Địa chỉ: …" from the club's own records."""

    receipt_caption: str = "Mẫu số: 01 - TT"
    payment_caption: str = "Mẫu số: 02 - TT"
    unit_lines: list[str] = field(default_factory=list)
    receipt_roles: list[str] = field(default_factory=lambda: list(RECEIPT_ROLES))
    payment_roles: list[str] = field(default_factory=lambda: list(PAYMENT_ROLES))
    two_per_a4: bool = False

    def roles(self, kind: str) -> list[str]:
        return self.receipt_roles if kind == "receipt" else self.payment_roles

    def caption(self, kind: str) -> str:
        return self.receipt_caption if kind == "receipt" else self.payment_caption


def club_key(club_id: int) -> str:
    return f"{OFFICE_KEY}.club.{int(club_id)}"


def _read(key: str) -> dict:
    row = Setting.get_or_none(Setting.key == key)
    try:
        stored = json.loads(row.value) if row else {}
    except ValueError:  # a hand-edited row: fall back to the defaults rather than fail a print
        stored = {}
    known = {f.name for f in fields(VoucherSettings)}
    return {k: v for k, v in stored.items() if k in known} if isinstance(stored, dict) else {}


def office_defaults() -> VoucherSettings:
    """The office's defaults (built-in values where it set nothing)."""
    return VoucherSettings(**_read(OFFICE_KEY))


def club_overrides(club_id: int) -> dict:
    """What the club set for itself (empty: it follows the office)."""
    return _read(club_key(club_id))


def load(club_id: int | None = None) -> VoucherSettings:
    """The options a club's vouchers print with: its own values over the office's.

    club_id None gives the office defaults."""
    if club_id is None:
        access.require("read")
        return office_defaults()
    access.require_club(club_id, "read")
    return VoucherSettings(**{**asdict(office_defaults()), **club_overrides(club_id)})


def _clean_lines(value: object) -> list[str]:
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list | tuple):
        return []
    return [line for line in (nfc(str(v)) for v in value) if line]


def _caption(value: object) -> str:
    # Lines are kept (the caption may take two), each normalised.
    return "\n".join(_clean_lines(value))


def check(opts: VoucherSettings) -> Collector:
    """Normalise the options in place (NFC, blank lines dropped) and collect their problems."""
    p = Collector()
    opts.receipt_caption = _caption(opts.receipt_caption)
    opts.payment_caption = _caption(opts.payment_caption)
    opts.unit_lines = _clean_lines(opts.unit_lines)
    opts.receipt_roles = _clean_lines(opts.receipt_roles)
    opts.payment_roles = _clean_lines(opts.payment_roles)
    for name in ("receipt_caption", "payment_caption"):
        if len(getattr(opts, name)) > LIMITS[name]:
            p.add(name, "too_long", max=LIMITS[name])
    if len(opts.unit_lines) > MAX_UNIT_LINES:
        p.add("unit_lines", "too_many_lines", max=MAX_UNIT_LINES)
    for i, line in enumerate(opts.unit_lines):
        if len(line) > LIMITS["unit_lines"]:
            p.add(f"unit_lines[{i}]", "too_long", max=LIMITS["unit_lines"])
    for name in ("receipt_roles", "payment_roles"):
        roles = getattr(opts, name)
        if not roles:
            p.add(name, "required")
        elif len(roles) > MAX_ROLES:
            p.add(name, "too_many_signers", max=MAX_ROLES)
        seen: set[str] = set()
        for i, role in enumerate(roles):
            if len(role) > LIMITS["roles"]:
                p.add(f"{name}[{i}]", "too_long", max=LIMITS["roles"])
            elif role.casefold() in seen:
                p.add(f"{name}[{i}]", "duplicate", value=role)
            seen.add(role.casefold())
    if not isinstance(opts.two_per_a4, bool):
        p.add("two_per_a4", "invalid", value=opts.two_per_a4)
    return p


def _write(key: str, value: dict) -> None:
    row = Setting.get_or_none(Setting.key == key)
    before = json.loads(row.value) if row else None
    text = json.dumps(value, ensure_ascii=False)
    Setting.insert(key=key, value=text).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: text}).execute()
    audit.record("setting", key, "update" if row else "create", before, value)


def save_office_defaults(opts: VoucherSettings) -> VoucherSettings:
    """Validate and store the office's voucher defaults (the office's administrator)."""
    from models.office.settings import require_office_admin

    require_office_admin()
    check(opts).raise_if_any()
    with database.atomic():
        _write(OFFICE_KEY, asdict(opts))
    return opts


def save_for_club(club_id: int, opts: VoucherSettings) -> VoucherSettings:
    """Validate and store a club's voucher options; values equal to the office's are not
    stored, so the club keeps following the office on them."""
    club = access.require_club(club_id, "write")
    check(opts).raise_if_any()
    office = asdict(office_defaults())
    own = {k: v for k, v in asdict(opts).items() if office.get(k) != v}
    with database.atomic():
        _write(club_key(club.id), own)
    return load(club.id)


def reset_club(club_id: int) -> VoucherSettings:
    """Drop a club's own values: its vouchers follow the office defaults again."""
    club = access.require_club(club_id, "write")
    key = club_key(club.id)
    row = Setting.get_or_none(Setting.key == key)
    if row is not None:
        with database.atomic():
            audit.record("setting", key, "delete", json.loads(row.value), None)
            row.delete_instance()
    return load(club.id)
