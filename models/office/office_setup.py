"""First-run setup of the office: office data, issuing bodies and first villages in one go.

`suggest_*` give sensible, editable defaults from the chosen commune/ward; `setup_office`
checks every part first and then writes all of it in one transaction, so a problem in any part
writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.accounts import access, audit
from models.codes import VILLAGE_KINDS
from models.errors import Collector
from models.office import settings, villages
from models.office.admin_units import short_name
from models.office.settings import (
    IssuingBodyInput,
    OfficeSettings,
    check_issuing_bodies,
    check_office,
    write_issuing_bodies,
    write_office,
)
from models.storage.db import database
from models.storage.schema import IssuingBody, Province, Village, Ward
from models.text.vietnamese import fold, nfc

VILLAGE_NAME_MAX = 100

# Longest first, so "khu phố" wins over "khu".
_KINDS_BY_LENGTH = sorted(VILLAGE_KINDS, key=len, reverse=True)


@dataclass
class VillageLine:
    """One village typed by the clerk: kind (a VILLAGE_KINDS code) and name without the kind."""

    name: str
    kind: str


@dataclass
class SetupResult:
    office: OfficeSettings
    bodies: list[IssuingBody]
    villages: list[Village] = field(default_factory=list)
    skipped_villages: list[str] = field(default_factory=list)  # already on file


def ward_label(ward: Ward) -> str:
    """'phường Đức Xuân', 'xã Phong Quang', 'đặc khu Côn Đảo' (for running text)."""
    return f"{ward.division_type} {short_name(ward.name)}"


def province_label(province: Province) -> str:
    """'tỉnh Thái Nguyên', 'thành phố Hà Nội' (for running text and parent bodies)."""
    kind = "tỉnh" if province.division_type == "tỉnh" else "thành phố"
    return f"{kind} {short_name(province.name)}"


def suggest_office_names(ward: Ward) -> list[str]:
    """The usual names of the office that runs the program in this ward."""
    place = ward_label(ward)
    return [f"UBND {place}", f"Hội Người cao tuổi {place}"]


def suggest_address(ward: Ward) -> str:
    return f"{ward.name}, {province_label(ward.province)}"


def suggest_bodies(ward: Ward) -> list[IssuingBodyInput]:
    """The People's Committee and the Elderly Association of the ward, with the usual
    authority lines; the office edits signer names and anything that differs locally."""
    place = ward_label(ward).upper()
    province = province_label(ward.province).upper()
    return [
        IssuingBodyInput(code="UBND", name=f"ỦY BAN NHÂN DÂN {place}", parent_name="",
                         authority="TM. ỦY BAN NHÂN DÂN", signer_title="CHỦ TỊCH"),
        IssuingBodyInput(code="HNCT", name=f"HỘI NGƯỜI CAO TUỔI {place}",
                         parent_name=f"HỘI NCT {province}", authority="TM. BAN CHẤP HÀNH",
                         signer_title="CHỦ TỊCH"),
    ]


def default_village_kind(ward: Ward | None) -> str:
    """Wards (phường) are divided into tổ dân phố, communes (xã) into thôn."""
    return "tổ dân phố" if ward is not None and ward.division_type == "phường" else "thôn"


def parse_village_lines(text: str, default_kind: str) -> list[VillageLine]:
    """One village per line. A line that starts with a kind ("Thôn Nà Cưởm", "Tổ dân phố số 3")
    takes that kind and keeps the rest as the name; other lines take `default_kind`.
    Blank lines are ignored."""
    result = []
    for raw in (text or "").splitlines():
        line = nfc(raw)
        if not line:
            continue
        kind, name = default_kind, line
        folded = fold(line)
        for candidate in _KINDS_BY_LENGTH:
            prefix = fold(candidate) + " "
            if folded.startswith(prefix) and len(line) > len(prefix):
                kind, name = candidate, nfc(line[len(candidate):])
                break
        result.append(VillageLine(name=name, kind=kind))
    return result


def _check_villages(ward_code: int | None, lines: list[VillageLine],
                    problems: Collector) -> tuple[list[VillageLine], list[str]]:
    """Problems of the typed villages; returns (to add, already on file)."""
    to_add: list[VillageLine] = []
    skipped: list[str] = []
    seen: dict[str, int] = {}
    on_file = set()
    if ward_code is not None:
        on_file = {k for (k,) in Village.select(Village.search_key)
                   .where(Village.ward == ward_code).tuples()}
    for i, v in enumerate(lines):
        v.name, v.kind = nfc(v.name), nfc(v.kind)
        key = fold(v.name)
        if not v.name:
            problems.add(f"villages[{i}].name", "required")
            continue
        if len(v.name) > VILLAGE_NAME_MAX:
            problems.add(f"villages[{i}].name", "too_long", max=VILLAGE_NAME_MAX)
        if v.kind not in VILLAGE_KINDS:
            problems.add(f"villages[{i}].kind", "invalid", value=v.kind)
        if key in seen:
            problems.add(f"villages[{i}].name", "duplicate_in_list", value=v.name,
                         other=seen[key] + 1)
            continue
        seen[key] = i
        if key in on_file:
            skipped.append(v.name)
        else:
            to_add.append(v)
    return to_add, skipped


def setup_office(office: OfficeSettings, bodies: list[IssuingBodyInput],
                 village_lines: list[VillageLine] | None = None) -> SetupResult:
    """Check the office, its issuing bodies and the first villages, then write them all in one
    transaction (with audit rows). Raises ValidationError listing every problem of every part;
    then nothing is written. Villages already on file are skipped, not refused."""
    settings.require_office_admin()
    access.require("admin", office.ward_code)
    if office.ward_code is not None:
        settings.require_office_admin(office.ward_code)
    problems = check_office(office)
    if not office.clerk_name:
        problems.add("clerk_name", "required")  # asked once here; Settings may change it
    if not bodies:
        problems.add("bodies", "required")
    problems.problems.extend(check_issuing_bodies(bodies).problems)
    ward_ok = not any(p.field == "ward_code" for p in problems.problems)
    to_add, skipped = _check_villages(office.ward_code if ward_ok else None,
                                      list(village_lines or []), problems)
    problems.raise_if_any()
    with database.atomic():
        write_office(office)
        rows = write_issuing_bodies(bodies)
        added = [villages.add_village(office.ward_code, v.name, v.kind) for v in to_add]
        audit.record("setup", "office", "setup", None,
                     {"ward_code": office.ward_code, "bodies": [b.code for b in rows],
                      "villages": [v.name for v in added]})
    return SetupResult(office=office, bodies=rows, villages=added, skipped_villages=skipped)
