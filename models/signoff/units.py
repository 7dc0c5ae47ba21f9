"""The units that report, level by level: a club (its code), a commune/ward and a province
(their official codes as text), the nation ("VN"); their names, the unit above, and which
office acts on each report.

Within one database an account's unit decides who does what: a club's report is written and
sent by its ward's office and approved by the same ward office's approver (the club has no
account of its own); a ward's report is written by the ward office and approved by the
province office; a province's by the province office and approved by the central office (an
account tied to no ward or province); the national report is the central office's own.
Writing and sending need the "write" right, approving, returning and reopening the "issue"
right (models/accounts/access.py). A database with no accounts yet is open, as everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.accounts import access
from models.accounts.session import current_user
from models.errors import ValidationError
from models.office.admin_units import full_province_name
from models.reporting.snapshot import LEVELS, NATION_CODE
from models.storage.schema import Club, Province, Ward

NATION_NAME = "Toàn quốc"


@dataclass(frozen=True)
class Unit:
    """A reporting unit with what its reports carry about it."""

    level: str
    code: str
    name: str
    parent_code: str
    ward_code: int | None = None
    province_code: int | None = None
    club_id: int | None = None


def ward_name(ward: Ward) -> str:
    """"Phường Đức Xuân" as the package spells it (capitalised)."""
    return ward.name if ward.name[:1].isupper() else ward.name.capitalize()


def unit(level: str, code: str) -> Unit:
    """The unit of `level` named by `code`; ValidationError("unit", "no_unit") if none."""
    code = str(code).strip()
    found: Unit | None = None
    if level == "club":
        club = Club.get_or_none(Club.code == code)
        if club is not None:
            ward = club.ward
            found = Unit("club", club.code, club.name, str(ward.code), ward.code,
                         ward.province_code, club.id)
    elif level == "ward" and code.isdigit():
        ward = Ward.get_or_none(Ward.code == int(code))
        if ward is not None:
            found = Unit("ward", str(ward.code), ward_name(ward), str(ward.province_code),
                         ward.code, ward.province_code)
    elif level == "province" and code.isdigit():
        prov = Province.get_or_none(Province.code == int(code))
        if prov is not None:
            found = Unit("province", str(prov.code),
                         full_province_name(prov.name, prov.division_type), NATION_CODE,
                         None, prov.code)
    elif level == "nation" and code.upper() == NATION_CODE:
        found = Unit("nation", NATION_CODE, NATION_NAME, "")
    if level not in LEVELS:
        raise ValidationError("level", "invalid", {"value": level})
    if found is None:
        raise ValidationError("unit", "no_unit", {"value": code})
    return found


def parent_unit(u: Unit) -> Unit | None:
    """The unit whose office approves `u`'s report (None for the nation)."""
    above = LEVELS[LEVELS.index(u.level) + 1] if u.level != "nation" else None
    return None if above is None else unit(above, u.parent_code)


def guess_level(code: str) -> str:
    """The level a bare code names: "VN" the nation, a club's code a club, else a ward's or a
    province's official code (provinces have two digits at most)."""
    code = str(code).strip()
    if code.upper() == NATION_CODE:
        return "nation"
    if Club.get_or_none(Club.code == code) is not None:
        return "club"
    if code.isdigit() and Province.get_or_none(Province.code == int(code)) is not None \
            and len(code) <= 2:
        return "province"
    return "ward"


def _office_of(u: Unit) -> tuple[int | None, int | None]:
    """(ward, province) of the office that writes `u`'s report: the ward office for a club
    and a ward, the province office for a province, the central office for the nation."""
    if u.level in ("club", "ward"):
        return u.ward_code, None
    if u.level == "province":
        return None, u.province_code
    return None, None


def is_office_of(ward_code: int | None, province_code: int | None) -> bool:
    """True when the signed-in account belongs to exactly that office (or none is needed)."""
    user = current_user()
    if user is None:
        return not access.accounts_exist()
    if ward_code is not None:
        return user.ward_code == ward_code
    if province_code is not None:
        return user.ward_code is None and user.province_code == province_code
    return user.ward_code is None and user.province_code is None


def require_author(u: Unit) -> None:
    """The right to write and send `u`'s report: "write" in the office that keeps it."""
    access.require("write")
    if not is_office_of(*_office_of(u)):
        raise access.AccessDenied("unit", ward_code=u.ward_code,
                                  province_code=u.province_code)


def approver_office(u: Unit) -> tuple[int | None, int | None]:
    """(ward, province) of the office that approves `u`'s report: the club's ward office
    for a club, the province office for a ward, the central office for a province and for
    the nation (which signs its own report)."""
    if u.level == "club":
        return u.ward_code, None
    if u.level == "ward":
        return None, u.province_code
    return None, None


def require_approver(u: Unit) -> None:
    """The right to approve, return or reopen `u`'s report: "issue" in the office above."""
    access.require("issue")
    if not is_office_of(*approver_office(u)):
        raise access.AccessDenied("unit", ward_code=u.ward_code,
                                  province_code=u.province_code)


def may_author(u: Unit) -> bool:
    try:
        require_author(u)
    except access.AccessDenied:
        return False
    return True


def may_approve(u: Unit) -> bool:
    try:
        require_approver(u)
    except access.AccessDenied:
        return False
    return True


def require_reader(u: Unit) -> None:
    """The right to read `u`'s report: "read" in the unit or in an office above it."""
    if u.ward_code is not None:
        access.require("read", u.ward_code)
        return
    access.require("read")
    user = current_user()
    if user is None or (user.ward_code is None and user.province_code is None):
        return
    if u.level == "province" and user.ward_code is None \
            and user.province_code == u.province_code:
        return
    raise access.AccessDenied("unit", ward_code=None, province_code=u.province_code)
