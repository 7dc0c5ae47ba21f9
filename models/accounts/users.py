"""Accounts: argon2id password hashes, sign-in with lock-out, and their administration.

The first account must be an administrator and needs nobody signed in (the database is open
until then, see models/accounts/access.py); every later change needs an administrator of the
account's unit. An account of another unit is answered as a missing one. The sensitive
right of an account an administrator creates, resets, promotes or moves waits for a holder's
confirmation (models/accounts/grants.py). Failed sign-ins are counted in the database, so the
lock-out holds across processes and machines sharing a server, and audited with the name
tried (known or not). Audit rows never carry a password or its hash.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from models.accounts import access, audit, grants
from models.accounts.passwords import hash_password, needs_rehash, verify_password
from models.accounts.session import SignedInUser, current_user
from models.errors import Collector, NotFound, ValidationError
from models.storage.db import database
from models.storage.schema import Province, UserAccount, Ward
from models.text.vietnamese import nfc

MIN_PASSWORD = 8
MAX_FAILURES = 5
LOCK_MINUTES = 15
# An administrator's lock has no end; the stored date only has to be far away.
LOCKED_BY_ADMIN = dt.datetime(9999, 12, 31)
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,49}$")



_dummy_hash: str | None = None


class SignInRefused(ValidationError):
    """Sign-in refused: bad_credentials (unknown name and wrong password alike), locked
    (params: until), locked_by_admin, inactive."""


@dataclass
class UserInput:
    """An account as the user dialog or `user add` fills it. A clerk or approver belongs to
    a ward; a supervisor to a province; an administrator to either. `role` is the role set,
    comma-separated ("admin,clerk": one person keeping a small office); any order."""

    username: str = ""
    full_name: str = ""
    role: str = "clerk"
    ward_code: int | None = None
    province_code: int | None = None
    password: str = ""


@dataclass(frozen=True)
class AccountRow:
    """One line of the accounts list (no hash)."""

    id: int
    username: str
    full_name: str
    role: str
    ward_code: int | None
    province_code: int | None
    unit_name: str
    active: bool
    locked_until: dt.datetime | None
    must_change_password: bool
    last_login_at: dt.datetime | None
    sensitive_pending: bool = False  # waits for a holder's confirmation (grants.py)

    def locked(self, now: dt.datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or _now())


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def normalize_username(name: str) -> str:
    """A user name as stored: NFC, trimmed, lower case (grants.py words it the same)."""
    return nfc(name or "").strip().lower()


def parse_unit(text: str) -> tuple[int | None, int | None]:
    """A unit as the command line writes it: "1840" a ward (xã/phường) code, "T19" a
    province (tỉnh) code. Returns (ward_code, province_code)."""
    text = (text or "").strip().upper()
    if text.startswith("T") and text[1:].isdigit():
        return None, int(text[1:])
    if text.isdigit():
        return int(text), None
    raise ValidationError("unit", "bad_unit", {"value": text})


def unit_text(ward_code: int | None, province_code: int | None) -> str:
    """ "Phường Đức Xuân (1840)" or "Tỉnh Thái Nguyên (T19)"."""
    if ward_code is not None:
        ward = Ward.get_or_none(Ward.code == ward_code)
        return f"{ward.name} ({ward_code})" if ward else str(ward_code)
    if province_code is not None:
        province = Province.get_or_none(Province.code == province_code)
        return f"{province.name} (T{province_code})" if province else f"T{province_code}"
    return ""


def check_password(password: str, username: str, p: Collector, field: str = "password"
                   ) -> None:
    """The password rules: at least MIN_PASSWORD characters, not the username."""
    if not password:
        p.add(field, "required")
    elif len(password) < MIN_PASSWORD:
        p.add(field, "password_too_short", min=MIN_PASSWORD)
    elif password.strip().lower() == normalize_username(username):
        p.add(field, "password_is_username")


def _check_roles(inp: UserInput, p: Collector) -> bool:
    """The role set: at least one role, every one known. Normalises `inp.role` to the
    stored form. Returns False when the unit cannot be checked against it."""
    parts = [part.strip() for part in (inp.role or "").split(",") if part.strip()]
    unknown = [part for part in parts if part.lower() not in access.ROLES]
    if not parts or unknown:
        p.add("role", "invalid" if unknown else "required", value=", ".join(unknown))
        return False
    inp.role = access.role_text(parts)
    return True


def _check_unit(inp: UserInput, p: Collector) -> None:
    if not _check_roles(inp, p):
        return
    roles = access.roles_of(inp.role)
    if inp.ward_code is not None and inp.province_code is not None:
        p.add("unit", "unit_both")
        return
    if inp.ward_code is not None:
        if "supervisor" in roles:
            p.add("unit", "supervisor_needs_province")
        elif Ward.get_or_none(Ward.code == inp.ward_code) is None:
            p.add("unit", "unknown", value=inp.ward_code)
    elif inp.province_code is not None:
        if "clerk" in roles or "approver" in roles:
            p.add("unit", "role_needs_ward")
        elif Province.get_or_none(Province.code == inp.province_code) is None:
            p.add("unit", "unknown", value=f"T{inp.province_code}")
    else:
        p.add("unit", "required")


def _require_admin_over(ward_code: int | None, province_code: int | None) -> None:
    """An administrator whose unit holds this unit (a province admin holds its wards)."""
    access.require("admin", ward_code)
    user = current_user()
    if user is None or ward_code is not None or province_code is None:
        return
    if user.province_code != province_code:
        raise access.AccessDenied("unit", province_code=province_code)


def _snap(account: UserAccount) -> dict:
    data = audit.snapshot(account)
    data.pop("password_hash", None)  # never in an audit row
    return data


def _get(username: str) -> UserAccount:
    account = UserAccount.get_or_none(UserAccount.username == normalize_username(username))
    if account is None:
        raise NotFound("user_account", username)
    return account


def _manage(username: str) -> UserAccount:
    access.require("admin")  # before the look-up: a refusal says nothing about the name
    account = _get(username)
    try:
        _require_admin_over(account.ward_code, account.province_code)
    except access.AccessDenied as exc:
        if exc.code == "unit":  # another unit's account is answered as a missing one
            raise NotFound("user_account", username) from None
        raise
    return account


def signed_in_user(account: UserAccount) -> SignedInUser:
    """The session object for an account."""
    return SignedInUser(account.id, account.username, account.full_name, account.role,
                        account.ward_code, account.province_code)


def create_user(inp: UserInput) -> UserAccount:
    """Create an account. The first one must be an administrator and needs nobody signed
    in; later ones need an administrator of the new account's unit."""
    first = not access.accounts_exist()
    if not first:
        _require_admin_over(inp.ward_code, inp.province_code)
    inp.username = normalize_username(inp.username)
    inp.full_name = nfc(inp.full_name or "").strip()
    p = Collector()
    if not inp.username:
        p.add("username", "required")
    elif not USERNAME.match(inp.username):
        p.add("username", "bad_username", value=inp.username)
    elif UserAccount.get_or_none(UserAccount.username == inp.username) is not None:
        p.add("username", "duplicate", value=inp.username)
    if not inp.full_name:
        p.add("full_name", "required")
    elif len(inp.full_name) > 100:
        p.add("full_name", "too_long", max=100)
    _check_unit(inp, p)
    if first and inp.role and not access.has_role(inp.role, "admin"):
        p.add("role", "first_must_be_admin")
    check_password(inp.password, inp.username, p)
    p.raise_if_any()
    password_hash = hash_password(inp.password)  # before the transaction: it takes a while
    with database.atomic():
        account = UserAccount.create(
            username=inp.username, full_name=inp.full_name, role=inp.role,
            ward=inp.ward_code, province=inp.province_code, password_hash=password_hash,
            created_at=_now(), password_changed_at=_now())
        audit.record("user_account", account.id, "create", None, _snap(account))
        grants.mark_pending(account, "create")
    return account


def update_user(username: str, inp: UserInput) -> UserAccount:
    """Change an account's name, role or unit (not its password)."""
    account = _manage(username)
    _require_admin_over(inp.ward_code, inp.province_code)
    inp.full_name = nfc(inp.full_name or "").strip()
    p = Collector()
    if not inp.full_name:
        p.add("full_name", "required")
    elif len(inp.full_name) > 100:
        p.add("full_name", "too_long", max=100)
    _check_unit(inp, p)
    if (access.has_role(account.role, "admin") and not access.has_role(inp.role, "admin")
            and _last_admin(account)):
        p.add("role", "last_admin")
    p.raise_if_any()
    # The right waits for a holder only when it is new to the account (a role that carries
    # it, or another ward); moving between clerk and approver, or dropping the
    # administrator's role, keeps what was confirmed.
    promoted = (inp.ward_code != account.ward_code
                or (grants.has_sensitive_role(inp.role)
                    and not grants.has_sensitive_role(account.role)))
    with database.atomic():
        before = _snap(account)
        account.full_name, account.role = inp.full_name, inp.role
        account.ward, account.province = inp.ward_code, inp.province_code
        account.save()
        audit.record("user_account", account.id, "update", before, _snap(account))
        if promoted:
            grants.mark_pending(account, "role_or_unit")
    return account


def _last_admin(account: UserAccount) -> bool:
    others = UserAccount.select().where(UserAccount.active & (UserAccount.id != account.id))
    return not any(access.has_role(a.role, "admin") for a in others)


def _sign_in_audit(username: str, action: str, after: dict | None = None) -> None:
    # The actor is the name typed: nobody is signed in yet.
    audit.record("user_account", username[:50], action, None, after or None,
                 actor=username[:100])


def authenticate(username: str, password: str, *, now: dt.datetime | None = None
                 ) -> SignedInUser:
    """Check a name and password; returns the user to sign in (models.accounts.session.set_user).

    An unknown name and a wrong password get the same refusal. After MAX_FAILURES wrong
    passwords in a row the account is locked for LOCK_MINUTES.
    """
    global _dummy_hash
    now = now or _now()
    name = normalize_username(username)
    account = UserAccount.get_or_none(UserAccount.username == name)
    if account is None:
        # Spend the same time as a real check, so timing does not tell which names exist.
        _dummy_hash = _dummy_hash or hash_password("not a password of anyone")
        verify_password(_dummy_hash, password or "")
        with database.atomic():  # the name tried and the time; never the password
            _sign_in_audit(name, "sign_in_failed", {"known": False})
        raise SignInRefused("password", "bad_credentials")
    if account.locked_until is not None and account.locked_until > now:
        with database.atomic():
            _sign_in_audit(account.username, "sign_in_failed", {"locked": True})
        if account.locked_until >= LOCKED_BY_ADMIN:
            raise SignInRefused("username", "locked_by_admin")
        raise SignInRefused("username", "locked", {
            "until": account.locked_until, "time": account.locked_until.strftime("%H:%M")})
    if not verify_password(account.password_hash, password or ""):
        _count_failure(account, now)
        raise SignInRefused("password", "bad_credentials")
    if not account.active:
        with database.atomic():
            _sign_in_audit(account.username, "sign_in_failed", {"inactive": True})
        raise SignInRefused("username", "inactive")
    with database.atomic():
        values = {UserAccount.failed_attempts: 0, UserAccount.locked_until: None,
                  UserAccount.last_login_at: now}
        if needs_rehash(account.password_hash):
            values[UserAccount.password_hash] = hash_password(password)
        UserAccount.update(values).where(UserAccount.id == account.id).execute()
        _sign_in_audit(account.username, "sign_in")
    return signed_in_user(account)


def _count_failure(account: UserAccount, now: dt.datetime) -> None:
    with database.atomic():
        # Counted in SQL, so two processes failing at once both count.
        UserAccount.update(failed_attempts=UserAccount.failed_attempts + 1).where(
            UserAccount.id == account.id).execute()
        failures = UserAccount.get_by_id(account.id).failed_attempts
        if failures >= MAX_FAILURES:
            until = now + dt.timedelta(minutes=LOCK_MINUTES)
            UserAccount.update(failed_attempts=0, locked_until=until).where(
                UserAccount.id == account.id).execute()
            _sign_in_audit(account.username, "locked",
                           {"failed_attempts": failures, "locked_until": until.isoformat()})
        else:
            _sign_in_audit(account.username, "sign_in_failed", {"failed_attempts": failures})


def needs_password_change(user: SignedInUser) -> bool:
    """True after an administrator reset the password: the user must choose a new one."""
    account = UserAccount.get_or_none(UserAccount.id == user.id)
    return account is not None and account.must_change_password


def change_password(old: str, new: str) -> None:
    """The signed-in user changes their own password."""
    user = current_user()
    if user is None:
        raise access.AccessDenied("login_required")
    account = UserAccount.get_by_id(user.id)
    p = Collector()
    if not verify_password(account.password_hash, old or ""):
        p.add("old_password", "wrong_password")
    check_password(new, account.username, p, "new_password")
    if not p and new == old:
        p.add("new_password", "same_as_old")
    p.raise_if_any()
    password_hash = hash_password(new)
    with database.atomic():
        before = _snap(account)
        account.password_hash, account.must_change_password = password_hash, False
        account.password_changed_at = _now()
        account.save()
        audit.record("user_account", account.id, "change_password", before, _snap(account))


def reset_password(username: str, new: str) -> None:
    """An administrator sets a new password; the user must change it at the next sign-in.
    Also lifts a lock-out after failures (not an administrator's lock)."""
    account = _manage(username)
    p = Collector()
    check_password(new, account.username, p)
    p.raise_if_any()
    password_hash = hash_password(new)
    with database.atomic():
        before = _snap(account)
        account.password_hash, account.must_change_password = password_hash, True
        account.password_changed_at, account.failed_attempts = _now(), 0
        if account.locked_until is not None and account.locked_until < LOCKED_BY_ADMIN:
            account.locked_until = None
        account.save()
        audit.record("user_account", account.id, "reset_password", before, _snap(account))
        grants.mark_pending(account, "reset_password")


def set_active(username: str, active: bool) -> UserAccount:
    """Deactivate an account (it can no longer sign in; its audit rows stay) or bring it
    back. Neither oneself nor the last administrator can be deactivated."""
    account = _manage(username)
    user = current_user()
    if not active:
        if user is not None and user.id == account.id:
            raise ValidationError("username", "cannot_deactivate_self")
        if access.has_role(account.role, "admin") and _last_admin(account):
            raise ValidationError("username", "last_admin")
    with database.atomic():
        before = _snap(account)
        account.active = bool(active)
        account.save()
        audit.record("user_account", account.id, "activate" if active else "deactivate",
                     before, _snap(account))
    return account


def set_locked(username: str, locked: bool) -> UserAccount:
    """An administrator locks an account until unlocked, or lifts any lock."""
    account = _manage(username)
    user = current_user()
    if locked and user is not None and user.id == account.id:
        raise ValidationError("username", "cannot_deactivate_self")
    with database.atomic():
        before = _snap(account)
        account.locked_until = LOCKED_BY_ADMIN if locked else None
        account.failed_attempts = 0
        account.save()
        audit.record("user_account", account.id, "lock" if locked else "unlock",
                     before, _snap(account))
    return account


def get_account(username: str) -> UserAccount:
    """One account, for an administrator of its unit."""
    return _manage(username)


def list_users() -> list[AccountRow]:
    """Accounts the signed-in administrator manages (all of them before the first
    account, i.e. none), by username."""
    access.require("admin")
    query = UserAccount.select()
    user = current_user()
    if user is not None and user.ward_code is not None:
        query = query.where(UserAccount.ward == user.ward_code)
    elif user is not None and user.province_code is not None:
        query = query.where(
            (UserAccount.province == user.province_code)
            | UserAccount.ward.in_(Ward.select(Ward.code)
                                   .where(Ward.province == user.province_code)))
    elif user is not None:
        query = query.where(UserAccount.id == user.id)
    return [
        AccountRow(a.id, a.username, a.full_name, a.role, a.ward_code, a.province_code,
                   unit_text(a.ward_code, a.province_code), a.active, a.locked_until,
                   a.must_change_password, a.last_login_at, grants.is_pending(a.id))
        for a in query.order_by(UserAccount.username)
    ]


DEMO_PASSWORD = "ishc-demo"
DEMO_ACCOUNTS = (  # username, full name, role; the supervisor belongs to the ward's province
    ("quantri", "Nguyễn Văn Quản", "admin"),
    ("canbo", "Lê Thị Hoa", "clerk"),
    ("kyduyet", "Hoàng Văn Duyệt", "approver"),
    ("giamsat", "Trần Thị Sát", "supervisor"),
)


def create_demo_accounts(ward_code: int, password: str = DEMO_PASSWORD) -> list[UserAccount]:
    """One account per role for a demo ward (the supervisor for its province), all with the
    same known password. On a database with no accounts yet the demo set-up acts as the
    province's administrator (audit rows name it "demo"); otherwise the signed-in user's
    rights apply as for any other account."""
    from models.accounts.session import set_user

    ward = Ward.get_or_none(Ward.code == ward_code)
    if ward is None:
        raise ValidationError("unit", "unknown", {"value": ward_code})
    previous = current_user()
    if not access.accounts_exist():
        set_user(SignedInUser(0, "demo", "demo", "admin", None, ward.province_code))
    created = []
    try:
        for username, full_name, role in DEMO_ACCOUNTS:
            unit = (None, ward.province_code) if role == "supervisor" else (ward_code, None)
            created.append(create_user(UserInput(username, full_name, role, *unit, password)))
        # The clerk (the ward's first holder of the sensitive right) confirms the approver's.
        holders = [a for a in created if grants.has_sensitive_role(a.role)
                   and not grants.is_pending(a.id)]
        for account in created:
            if holders and grants.is_pending(account.id):
                set_user(signed_in_user(holders[0]))
                grants.confirm_sensitive(account.username)
    finally:
        set_user(previous)
    return created


def assignable_units(office_ward: int | None = None) -> list[tuple[int | None, int | None, str]]:
    """Units the signed-in administrator may give an account, as (ward, province, label):
    their ward; or their province and its wards. With nobody signed in (the first account),
    the office's ward and its province."""
    user = current_user()
    ward_code = user.ward_code if user is not None else office_ward
    province_code = user.province_code if user is not None else None
    units: list[tuple[int | None, int | None, str]] = []
    if ward_code is not None:
        units.append((ward_code, None, unit_text(ward_code, None)))
        if user is None:
            ward = Ward.get_or_none(Ward.code == ward_code)
            if ward is not None:
                units.append((None, ward.province_code, unit_text(None, ward.province_code)))
    elif province_code is not None:
        units.append((None, province_code, unit_text(None, province_code)))
        wards = Ward.select().where(Ward.province == province_code).order_by(Ward.search_key)
        units += [(w.code, None, f"{w.name} ({w.code})") for w in wards]
    return units
