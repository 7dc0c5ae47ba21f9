"""Who is acting. The CLI and the window set it once; services read it for audit rows and
for the access rules in models/accounts/access.py."""

from __future__ import annotations

import json
from dataclasses import dataclass

_actor: str | None = None
_user: SignedInUser | None = None
_clerk: str | None = None  # the office's clerk as last read (forget_clerk empties it)
# Before the set-up names the clerk: a role, never the computer's login ("root").
NO_CLERK = "Cán bộ văn phòng"


@dataclass(frozen=True)
class SignedInUser:
    """The account a window or a CLI run acts as, with the unit its rights are tied to."""

    id: int
    username: str
    full_name: str
    role: str  # the role set, comma-separated: clerk, approver, supervisor, admin ("clerk,admin")
    ward_code: int | None
    province_code: int | None

    @property
    def roles(self) -> tuple[str, ...]:
        """The roles one by one (models.accounts.access.roles_of gives them in order)."""
        return tuple(r for r in (p.strip() for p in self.role.split(",")) if r)


def set_actor(name: str) -> None:
    """Name audit rows without signing in (scripts, tests, a database with no accounts)."""
    global _actor
    _actor = name


def set_user(user: SignedInUser | None) -> None:
    """Sign a user in (or out with None); audit rows then carry the username."""
    global _user
    _user = user


def current_user() -> SignedInUser | None:
    return _user


def forget_clerk() -> None:
    """The office data changed: read the clerk's name again on the next audit row."""
    global _clerk
    _clerk = None


def _office_clerk() -> str:
    global _clerk
    if _clerk is None:
        from models.storage.schema import Setting

        try:
            row = Setting.get_or_none(Setting.key == "office")
            stored = json.loads(row.value) if row else {}
            _clerk = (stored.get("clerk_name") or "") if isinstance(stored, dict) else ""
        except Exception:  # no database bound yet (a crash report, a test without one)
            return NO_CLERK
    return _clerk or NO_CLERK


def current_actor() -> str:
    """The name written into audit rows: the signed-in user, else the set actor, else the
    office's clerk named at set-up (models/office/settings.py), never the OS login."""
    if _user is not None:
        return _user.username
    if _actor:
        return _actor
    return _office_clerk()
