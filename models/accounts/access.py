"""Who may do what, where. Every service calls these checks, so the same rules hold from the
window, the command line and on a shared server.

Roles and their rights (a right always stops at the user's unit: one ward, or a province and
every ward in it):
- clerk: read, write (enters the unit's data), sensitive (sees health, poverty, ID numbers);
- approver: the clerk's rights and issue (signs off, issues numbered documents);
- supervisor: read and supervise (an upper level: supervision records, reads the units below);
- admin: read, write, issue, supervise and admin (accounts, settings, templates, restore).
  Sensitive fields are not among an admin's rights: managing accounts does not need them.

A record named by its id or code (a person, club, fund, loan, document, account) that lies
outside the user's unit is answered as if it did not exist (NotFound with the same entity and
key as a missing one): another unit's ids reveal nothing, not even that they exist. Naming a
unit itself (a ward code for a new club, a register of a ward) is refused as "unit".

The sensitive right of a clerk or approver account that an administrator created, reset or
moved waits for a holder of the right in the same ward to confirm it (models/accounts/grants.py);
until then the account sees masked values as a supervisor does.

An account may hold several roles (a one-person ward office is administrator and clerk at
once): its rights are the union of its roles' rights. The roles are stored in one column as
a comma-separated set in ROLES order ("clerk,admin"), see role_text() and roles_of().

A database with no accounts yet is open to whoever runs the program (a fresh `init`, a demo,
a script). Once the first account exists, nothing is allowed without a signed-in user.
"""

from __future__ import annotations

import peewee as pw

from models.accounts.session import SignedInUser, current_user
from models.errors import DomainError, NotFound
from models.storage.db import database
from models.storage.schema import Club, Setting, UserAccount, Ward

ROLES = ("clerk", "approver", "supervisor", "admin")
ACTIONS = ("read", "write", "issue", "supervise", "admin", "sensitive")
ROLE_ACTIONS: dict[str, frozenset[str]] = {
    "clerk": frozenset({"read", "write", "sensitive"}),
    "approver": frozenset({"read", "write", "issue", "sensitive"}),
    "supervisor": frozenset({"read", "supervise"}),
    "admin": frozenset({"read", "write", "issue", "supervise", "admin"}),
}


def roles_of(text: str | None) -> tuple[str, ...]:
    """The roles of a stored role set ("clerk,admin"), in ROLES order, unknown names and
    repeats dropped."""
    named = {part.strip().lower() for part in (text or "").split(",")}
    return tuple(r for r in ROLES if r in named)


def role_text(roles: str | tuple[str, ...] | list[str] | set[str] | frozenset[str]) -> str:
    """A role set as stored: the known roles in ROLES order, comma-separated. Accepts the
    stored form too, so callers may pass either."""
    if isinstance(roles, str):
        return ",".join(roles_of(roles))
    named = {str(r).strip().lower() for r in roles}
    return ",".join(r for r in ROLES if r in named)


def actions_of(text: str | None) -> frozenset[str]:
    """Every action the roles of a stored role set allow (their union)."""
    actions: set[str] = set()
    for role in roles_of(text):
        actions |= ROLE_ACTIONS[role]
    return frozenset(actions)


def has_role(text: str | None, role: str) -> bool:
    """True when the stored role set holds `role`."""
    return role in roles_of(text)


class AccessDenied(DomainError):
    """Refused by the access rules. `code`: login_required, role (the role lacks the action)
    or unit (the record lies outside the user's unit); `params` fill the message."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(f"access denied: {code} {params}")


def _scalar(sql: str, params: tuple = ()) -> object:
    # Plain SQL for the checks that run on every service call: peewee's query building costs
    # ~0.5 ms a call here, the statement itself ~20 µs (measured on a 1,000-club commune).
    cursor = database.execute_sql(sql, params)
    row = cursor.fetchone()
    cursor.close()
    return None if row is None else row[0]


def accounts_exist() -> bool:
    """True once any account has been created; from then on every entry point signs in."""
    return _scalar(f'SELECT 1 FROM "{UserAccount._meta.table_name}" LIMIT 1') is not None


def _user_or_none() -> SignedInUser | None:
    """The signed-in user; None means "no accounts yet, everything open"."""
    user = current_user()
    if user is None and accounts_exist():
        raise AccessDenied("login_required")
    return user


# Ward -> province: the official list does not change while the program runs, so a province
# user's checks need not query it again for every record.
_province_of: dict[int, int | None] = {}


def _ward_in_unit(user: SignedInUser, ward_code: int) -> bool:
    if user.ward_code is not None:
        return user.ward_code == ward_code
    if user.province_code is not None:
        if ward_code not in _province_of:
            ward = Ward.get_or_none(Ward.code == ward_code)
            _province_of[ward_code] = ward.province_code if ward is not None else None
        return _province_of[ward_code] == user.province_code
    return False


PENDING_PREFIX = "sensitive_pending:"  # Setting key + account id: the right awaits a holder


def sensitive_pending(account_id: int) -> bool:
    """True while the account's sensitive right waits for confirmation."""
    param = database.obj.param
    return _scalar(f'SELECT 1 FROM "{Setting._meta.table_name}" WHERE "key" = {param}',
                   (f"{PENDING_PREFIX}{int(account_id)}",)) is not None


def require(action: str, ward_code: int | None = None) -> None:
    """Raise AccessDenied unless the signed-in user may do `action` (in `ward_code`)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    user = _user_or_none()
    if user is None:
        return
    if action not in actions_of(user.role):
        raise AccessDenied("role", role=user.role, action=action)
    if ward_code is not None and not _ward_in_unit(user, int(ward_code)):
        raise AccessDenied("unit", ward_code=int(ward_code))
    if action == "sensitive" and sensitive_pending(user.id):
        raise AccessDenied("sensitive_pending")


def in_unit(ward_code: int | None) -> bool:
    """True when a record of `ward_code` lies in the signed-in user's unit (or nobody needs
    to sign in yet). A record with no ward belongs to every unit."""
    user = _user_or_none()
    return user is None or ward_code is None or _ward_in_unit(user, int(ward_code))


def require_record(entity: str, key: object, ward_code: int | None, action: str) -> None:
    """Check `action` on a record found by `key`: outside the user's unit it is
    NotFound(entity, key), the answer for a record that does not exist; inside, require()."""
    if not in_unit(ward_code):
        raise NotFound(entity, key)
    require(action, ward_code)


def can(action: str, ward_code: int | None = None) -> bool:
    """The same rule as require(), as a yes/no for windows deciding what to show."""
    try:
        require(action, ward_code)
    except AccessDenied:
        return False
    return True


def require_club(club: Club | int, action: str,
                 missing: tuple[str, object] | None = None) -> Club:
    """Check `action` on a club's ward; returns the club (loaded if an id was given).
    A club of another unit is NotFound, as `missing` (entity, key: what the caller looked
    up, e.g. ("fund", 7)) or else as the club itself."""
    if not isinstance(club, Club):
        found = Club.get_or_none(Club.id == club)
        if found is None:
            raise NotFound(*(missing or ("club", club)))
        club = found
    require_record(*(missing or ("club", club.id)), club.ward_code, action)
    return club


def require_club_id(club_id: int, action: str,
                    missing: tuple[str, object] | None = None) -> int:
    """Like require_club when only the check is needed: reads the club's ward alone.
    Returns the ward code."""
    param = database.obj.param  # "?" on SQLite, "%s" on PostgreSQL
    ward = _scalar(f'SELECT "ward_code" FROM "{Club._meta.table_name}" WHERE "id" = {param}',
                   (int(club_id),))
    if ward is None:
        raise NotFound(*(missing or ("club", club_id)))
    require_record(*(missing or ("club", club_id)), int(ward), action)
    return int(ward)


def can_see_sensitive(ward_code: int | None = None) -> bool:
    """Health, poverty status, ID numbers, disability: shown only to roles that need them."""
    return can("sensitive", ward_code)


def ward_scope(ward_field: pw.Field) -> pw.Expression | None:
    """A WHERE condition limiting `ward_field` to the user's unit; None when unrestricted.

    Reads of lists (clubs, register, documents) add it so another unit's rows never leave
    the database, instead of being filtered out afterwards.
    """
    user = _user_or_none()
    if user is None:
        return None
    if user.ward_code is not None:
        return ward_field == user.ward_code
    if user.province_code is not None:
        return ward_field.in_(Ward.select(Ward.code).where(Ward.province == user.province_code))
    return ward_field == -1  # an account tied to no unit sees nothing


def scoped(query: pw.Select, ward_field: pw.Field) -> pw.Select:
    """`query` with ward_scope() applied (unchanged when unrestricted)."""
    condition = ward_scope(ward_field)
    return query if condition is None else query.where(condition)
