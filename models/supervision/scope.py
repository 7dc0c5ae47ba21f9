"""The unit a supervision record belongs to, and who may write in it.

Templates and plans belong to a scope: "" (the programme's default, every unit), "P<code>"
(a province) or "W<code>" (a ward). Writing them needs the "supervise" right of the upper
level: a province's supervisors and administrators, for "P…" and the wards in it; a ward's
own administrator may record visits but not set templates or plans; the default is written
only while the database has no accounts (and once, on first use, by the program).
Visits belong to their club's ward (models.accounts.access.require_club).
"""

from __future__ import annotations

from models.accounts import access
from models.accounts.session import current_user
from models.storage.schema import Ward


def key(province_code: int | None, ward_code: int | None) -> str:
    if ward_code is not None:
        return f"W{int(ward_code)}"
    if province_code is not None:
        return f"P{int(province_code)}"
    return ""


def parse(scope: str) -> tuple[int | None, int | None]:
    """(province_code, ward_code) of a scope key."""
    if scope.startswith("W"):
        return None, int(scope[1:])
    if scope.startswith("P"):
        return int(scope[1:]), None
    return None, None


def province_of(ward_code: int) -> int | None:
    ward = Ward.get_or_none(Ward.code == ward_code)
    return None if ward is None else ward.province_code


def user_scope() -> str | None:
    """The signed-in user's own scope; None when nobody needs to sign in (no accounts)."""
    access.require("read")  # login_required once accounts exist
    user = current_user()
    if user is None:
        return None
    return key(user.province_code, user.ward_code)


def scopes_of_ward(ward_code: int) -> list[str]:
    """The scopes whose templates apply to a ward, most particular first."""
    found = [key(None, ward_code)]
    province = province_of(ward_code)
    if province is not None:
        found.append(key(province, None))
    return [*found, ""]


def readable(scope: str) -> bool:
    """True when the signed-in user may read records of this scope."""
    mine = user_scope()
    if mine is None or scope == "":
        return True
    province, ward = parse(scope)
    if ward is not None:
        return access.in_unit(ward)
    mine_province, mine_ward = parse(mine)
    if mine_province is not None:
        return mine_province == province
    return mine_ward is not None and province_of(mine_ward) == province


def writable(scope: str) -> bool:
    """True when the signed-in user may write templates or plans of this scope."""
    mine = user_scope()
    if mine is None:
        return True
    if scope == "":
        return False
    province, ward = parse(scope)
    mine_province, _mine_ward = parse(mine)
    if mine_province is None:
        return False  # a ward's own accounts are supervised, they do not set the rules
    if ward is not None:
        return access.in_unit(ward)
    return mine_province == province


def require_supervise(scope: str) -> None:
    """The supervise right (raises AccessDenied "role"), then the unit ("unit")."""
    access.require("supervise")
    if not writable(scope):
        province, ward = parse(scope)
        raise access.AccessDenied("unit", ward_code=ward, province_code=province)


def own_scope(province_code: int | None = None, ward_code: int | None = None) -> str:
    """Where a new template or plan goes: the user's unit, or the one named when nobody
    needs to sign in."""
    mine = user_scope()
    return key(province_code, ward_code) if mine is None else mine
