"""Office settings kept in the database, typed as dataclasses.

Who owns them: these settings (the office, its standards, the page layout of papers, the
issuing bodies, the voucher defaults, document templates, the retention period) apply to
everyone working on this database, so only the office's own administrator changes them
(require_office_admin): an administrator whose unit holds the office's ward. When accounts
of other wards share the database (a province's server), only an administrator of the
office's province (an account of the province itself) may: no single ward's administrator
sets rules for its neighbours. Before the office is set, any administrator may set it up,
for a ward their unit holds (on a shared server: a province administrator).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields
from typing import TypeVar

from models.accounts import access, audit
from models.accounts.session import current_user, forget_clerk
from models.errors import Collector
from models.storage.db import database
from models.storage.schema import IssuingBody, Setting, UserAccount, Ward
from models.text.vietnamese import nfc
from reports.decree30_numbers import MARGIN_RANGES_MM


@dataclass
class OfficeSettings:
    """The office that runs this copy of the program."""

    province_code: int | None = None
    ward_code: int | None = None
    office_name: str = ""
    address: str = ""
    phone: str = ""
    # the office's clerk, named once at set-up: papers and the change log name this person
    # for what is done before the first account exists (never the computer's login)
    clerk_name: str = ""

    @property
    def configured(self) -> bool:
        return self.ward_code is not None and bool(self.office_name)


@dataclass
class Standards:
    """Composition standards of a club (programme guidance; the office may change them)."""

    min_members: int = 50
    max_members: int = 70
    older_age: int = 55
    older_share_min: int = 70
    women_share_min: int = 60
    women_share_max: int = 70
    poor_share_min: int = 60
    poor_share_max: int = 70
    home_care_min: int = 5


@dataclass
class DocumentSettings:
    """Page layout of printed papers, within the ranges of Decree 30/2020/NĐ-CP."""

    top_mm: int = 20
    bottom_mm: int = 20
    left_mm: int = 30
    right_mm: int = 15
    body_size: int = 14


# Appendix I of the decree: margins in mm (the layout's own table, reports/decree30_numbers.py) and
# body type size in pt.
DECREE30_RANGES = {**MARGIN_RANGES_MM, "body_size": (13, 14)}

_KEYS = {OfficeSettings: "office", Standards: "standards", DocumentSettings: "documents"}
T = TypeVar("T", OfficeSettings, Standards, DocumentSettings)


def office_clerk() -> str:
    """The clerk named at set-up ("" before the set-up)."""
    return load(OfficeSettings).clerk_name


def load(kind: type[T]) -> T:
    """Read a settings object; missing keys take their defaults."""
    row = Setting.get_or_none(Setting.key == _KEYS[kind])
    stored = json.loads(row.value) if row else {}
    known = {f.name for f in fields(kind)}
    return kind(**{k: v for k, v in stored.items() if k in known})


def _store(obj: object) -> None:
    key = _KEYS[type(obj)]
    row = Setting.get_or_none(Setting.key == key)
    before = json.loads(row.value) if row else None
    value = json.dumps(asdict(obj), ensure_ascii=False)
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()
    forget_clerk()  # naming the clerk is the clerk's own first act
    audit.record("setting", key, "update" if row else "create", before, asdict(obj))


def _shared_with_other_wards(ward_code: int) -> bool:
    """True when accounts of another ward than the office's use this database."""
    return UserAccount.select().where(UserAccount.ward.is_null(False)
                                      & (UserAccount.ward != ward_code)).exists()


def require_office_admin(ward_code: int | None = None) -> None:
    """Raise AccessDenied unless the signed-in user may change settings that apply to the
    whole office (see the module docstring). `ward_code`: the office's ward to check
    against (default: the stored one); save_office checks the new ward as well."""
    access.require("admin")
    user = current_user()
    if user is None:
        return  # no accounts yet: the first set-up
    if ward_code is None:
        ward_code = load(OfficeSettings).ward_code
    if ward_code is None:
        return  # the office is not set up yet: save_office checks the ward it sets
    if _shared_with_other_wards(ward_code):
        ward = Ward.get_or_none(Ward.code == ward_code)
        allowed = (user.ward_code is None and ward is not None
                   and user.province_code == ward.province_code)
    else:
        allowed = access.in_unit(ward_code)
    if not allowed:
        raise access.AccessDenied("office_admin")


def check_office(office: OfficeSettings) -> Collector:
    """Normalise the office data in place and collect its problems (writes nothing)."""
    office.office_name = nfc(office.office_name)
    office.address = nfc(office.address)
    office.phone = nfc(office.phone)
    office.clerk_name = nfc(office.clerk_name)
    problems = Collector()
    if office.ward_code is None:
        problems.add("ward_code", "required")
    else:
        ward = Ward.get_or_none(Ward.code == office.ward_code)
        if ward is None:
            problems.add("ward_code", "unknown", value=office.ward_code)
        elif office.province_code not in (None, ward.province_code):
            problems.add("ward_code", "not_in_province")
        else:
            office.province_code = ward.province_code
    if not office.office_name:
        problems.add("office_name", "required")
    for name, limit in (("office_name", 200), ("address", 300), ("phone", 50),
                        ("clerk_name", 100)):
        if len(getattr(office, name)) > limit:
            problems.add(name, "too_long", max=limit)
    return problems


def write_office(office: OfficeSettings) -> None:
    """Store checked office data; call inside the caller's transaction."""
    _store(office)


def save_office(office: OfficeSettings) -> OfficeSettings:
    """Validate and store the office data (the office's administrator, who must also be
    one of the ward it sets)."""
    require_office_admin()
    access.require("admin", office.ward_code)
    if office.ward_code is not None:
        require_office_admin(office.ward_code)
    check_office(office).raise_if_any()
    with database.atomic():
        write_office(office)
    return office


def save_standards(std: Standards) -> Standards:
    """Validate and store the composition standards (the office's administrator)."""
    require_office_admin()
    problems = Collector()
    for f in fields(std):
        value = getattr(std, f.name)
        if not isinstance(value, int) or value < 0:
            problems.add(f.name, "not_non_negative_int")
    if not problems:
        if std.min_members > std.max_members:
            problems.add("max_members", "less_than_min", min=std.min_members)
        for share in ("older_share_min", "women_share_min", "women_share_max",
                      "poor_share_min", "poor_share_max"):
            if getattr(std, share) > 100:
                problems.add(share, "percent_over_100")
        if std.women_share_min > std.women_share_max:
            problems.add("women_share_max", "less_than_min", min=std.women_share_min)
        if std.poor_share_min > std.poor_share_max:
            problems.add("poor_share_max", "less_than_min", min=std.poor_share_min)
        if not 40 <= std.older_age <= 80:
            problems.add("older_age", "out_of_range", low=40, high=80)
    problems.raise_if_any()
    with database.atomic():
        _store(std)
    return std


def save_document_settings(doc: DocumentSettings) -> DocumentSettings:
    """Validate (the decree's ranges) and store the page layout of printed papers (the
    office's administrator)."""
    require_office_admin()
    problems = Collector()
    for name, (low, high) in DECREE30_RANGES.items():
        value = getattr(doc, name)
        if not isinstance(value, int) or not low <= value <= high:
            problems.add(name, "out_of_range", low=low, high=high)
    problems.raise_if_any()
    with database.atomic():
        _store(doc)
    return doc


@dataclass
class IssuingBodyInput:
    code: str
    name: str
    parent_name: str = ""
    authority: str = ""
    signer_title: str = ""
    signer_name: str = ""


# A body code is the last part of a document symbol ("05/QĐ-UBND"): letters, digits, inner "-".
BODY_CODE = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")
_BODY_LIMITS = {"code": 20, "name": 200, "parent_name": 200, "authority": 200,
                "signer_title": 200, "signer_name": 100}


def _nfc_lines(text: str) -> str:
    """NFC per line, blank lines dropped: a signer title may take two lines
    ("KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH")."""
    return "\n".join(line for line in (nfc(part) for part in (text or "").splitlines()) if line)


def check_issuing_bodies(bodies: list[IssuingBodyInput]) -> Collector:
    """Normalise the bodies in place (upper case, NFC) and collect their problems."""
    problems = Collector()
    seen: set[str] = set()
    for i, b in enumerate(bodies):
        b.code = nfc(b.code).upper()
        b.name = nfc(b.name).upper()
        b.parent_name = nfc(b.parent_name).upper()
        b.authority = nfc(b.authority).upper()
        b.signer_title = _nfc_lines(b.signer_title).upper()
        b.signer_name = nfc(b.signer_name)
        if not b.code:
            problems.add(f"bodies[{i}].body_code", "required")
        elif not BODY_CODE.fullmatch(b.code):
            problems.add(f"bodies[{i}].body_code", "bad_symbol", value=b.code)
        elif b.code in seen:
            problems.add(f"bodies[{i}].body_code", "duplicate", value=b.code)
        seen.add(b.code)
        if not b.name:
            problems.add(f"bodies[{i}].name", "required")
        for name, limit in _BODY_LIMITS.items():
            if len(getattr(b, name)) > limit:
                field = "body_code" if name == "code" else name
                problems.add(f"bodies[{i}].{field}", "too_long", max=limit)
    kept = {b.code for b in bodies}
    for row in IssuingBody.select():
        # Issued documents keep their number series: such a body may be renamed, not removed.
        if row.code not in kept and (count := row.documents.count()):
            problems.add("bodies", "body_has_documents", value=row.code, count=count)
    return problems


def write_issuing_bodies(bodies: list[IssuingBodyInput]) -> list[IssuingBody]:
    """Replace the stored bodies by checked ones; call inside the caller's transaction."""
    existing = {b.code: b for b in IssuingBody.select()}
    result = []
    for pos, b in enumerate(bodies):
        row = existing.pop(b.code, None)
        before = audit.snapshot(row) if row else None
        row = row or IssuingBody(code=b.code)
        for name in ("name", "parent_name", "authority", "signer_title", "signer_name"):
            setattr(row, name, getattr(b, name))
        row.position = pos
        row.save()
        audit.record("issuing_body", row.id, "update" if before else "create",
                     before, audit.snapshot(row))
        result.append(row)
    for gone in existing.values():
        audit.record("issuing_body", gone.id, "delete", audit.snapshot(gone), None)
        gone.delete_instance()
    return result


def save_issuing_bodies(bodies: list[IssuingBodyInput]) -> list[IssuingBody]:
    """Replace the list of issuing bodies (codes must be unique, names upper case); the
    office's administrator."""
    require_office_admin()
    check_issuing_bodies(bodies).raise_if_any()
    with database.atomic():
        return write_issuing_bodies(bodies)


def issuing_bodies() -> list[IssuingBody]:
    return list(IssuingBody.select().order_by(IssuingBody.position))
