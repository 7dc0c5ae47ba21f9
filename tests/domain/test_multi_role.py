"""Accounts with several roles: the rights are the union of the roles' rights, on every right
of the README's table and through the services themselves; the sensitive right is still
granted only by an account that holds it; a database of one role per account migrates."""

from __future__ import annotations

import itertools
import sqlite3

import pytest

from models.accounts import access, grants, users
from models.accounts.session import SignedInUser, set_user
from models.errors import ValidationError
from models.storage import migrations
from models.storage.schema import AuditLog, SchemaVersion, UserAccount
from tests.domain.test_roles_table import _services, office_data, roles_table  # noqa: F401

WARD = 1840


def _combinations() -> list[tuple[str, ...]]:
    """Every role set one account may hold: not a supervisor (a province's) together with
    a clerk or approver (a ward's)."""
    found = []
    for n in range(2, len(access.ROLES) + 1):
        for combo in itertools.combinations(access.ROLES, n):
            if "supervisor" in combo and {"clerk", "approver"} & set(combo):
                continue
            found.append(combo)
    return found


def test_role_text_is_canonical():
    assert access.role_text(["admin", "clerk"]) == "clerk,admin"
    assert access.role_text(" Admin , CLERK,admin") == "clerk,admin"
    assert access.roles_of("admin,clerk") == ("clerk", "admin")
    assert access.actions_of("clerk,admin") == access.ROLE_ACTIONS["clerk"] | \
        access.ROLE_ACTIONS["admin"]
    assert access.actions_of("") == frozenset() and access.actions_of("nobody") == frozenset()


@pytest.mark.parametrize("combo", _combinations(), ids=lambda c: "+".join(c))
def test_every_right_is_the_union_of_the_roles(office_data, combo):  # noqa: F811
    """Each column of the README's table, done through its service, by an account holding
    `combo`: allowed exactly when one of its roles is allowed."""
    province = "supervisor" in combo
    account = UserAccount.create(
        username="nhieu-vai", full_name="Nhiều vai trò", role=access.role_text(combo),
        ward=None if province else WARD, province=19 if province else None,
        password_hash="x")
    table = roles_table()
    set_user(users.signed_in_user(account))
    assert set(access.roles_of(account.role)) == set(combo)
    for column, call in _services(office_data).items():
        expected = any(table[role][column] for role in combo)
        try:
            call()
            allowed = True
        except access.AccessDenied:
            allowed = False
        assert allowed == expected, (combo, column)
    for action in access.ACTIONS:
        assert access.can(action, WARD) == any(
            action in access.ROLE_ACTIONS[r] for r in combo), (combo, action)


@pytest.fixture
def signed_out():
    set_user(None)
    yield
    set_user(None)


def _sign_in(name: str, password: str) -> SignedInUser:
    user = users.authenticate(name, password)
    set_user(user)
    return user


def _add(name: str, role: str, ward: int | None = WARD, province: int | None = None
         ) -> UserAccount:
    return users.create_user(users.UserInput(name, name.title(), role, ward, province,
                                             f"mat-khau-{name}"))


def test_one_person_office_sees_sensitive_data_from_the_start(office, signed_out):
    first = _add("quantri", "admin,clerk")
    assert first.role == "clerk,admin" and not grants.is_pending(first.id)
    me = _sign_in("quantri", "mat-khau-quantri")
    assert me.roles == ("clerk", "admin")
    assert access.can("admin", WARD) and access.can_see_sensitive(WARD)


def test_first_account_needs_the_administrator_role(office, signed_out):
    with pytest.raises(ValidationError) as err:
        _add("canbo", "clerk")
    assert [(p.field, p.code) for p in err.value.problems] == [("role", "first_must_be_admin")]


def test_bad_role_sets_are_named(office, signed_out):
    _add("quantri", "admin,clerk")
    _sign_in("quantri", "mat-khau-quantri")
    for role, field, code in [("", "role", "required"), ("clerk,boss", "role", "invalid"),
                              ("supervisor,clerk", "unit", "supervisor_needs_province")]:
        with pytest.raises(ValidationError) as err:
            _add("moi", role)
        assert (err.value.problems[0].field, err.value.problems[0].code) == (field, code), role
    assert not UserAccount.select().where(UserAccount.username == "moi").exists()


def test_a_holding_administrator_grants_at_once_and_can_split_duties(office, signed_out):
    _add("quantri", "admin,clerk")
    _sign_in("quantri", "mat-khau-quantri")
    lan = _add("lan", "clerk")
    # Granted by an administrator who holds the right: nothing to confirm.
    assert not grants.is_pending(lan.id)
    grant = AuditLog.select().where((AuditLog.entity == "user_account")
                                    & (AuditLog.entity_id == str(lan.id))
                                    & (AuditLog.action == "grant_sensitive")).get()
    assert '"holder"' in grant.after
    # The administrator gives up data entry; Lan keeps the office going.
    me = users.update_user("quantri", users.UserInput("quantri", "Quantri", "admin", WARD))
    set_user(users.signed_in_user(me))
    assert not access.can_see_sensitive(WARD) and access.can("admin", WARD)
    assert grants.holders_in_ward(WARD) == 1
    # Taking the clerk's role back now waits for Lan, the ward's holder.
    me = users.update_user("quantri", users.UserInput("quantri", "Quantri", "admin,clerk", WARD))
    set_user(users.signed_in_user(me))
    assert grants.is_pending(me.id) and not access.can_see_sensitive(WARD)
    _sign_in("lan", "mat-khau-lan")
    grants.confirm_sensitive("quantri")
    _sign_in("quantri", "mat-khau-quantri")
    assert access.can_see_sensitive(WARD)


def test_a_plain_administrator_still_cannot_obtain_the_right(office, signed_out):
    """The rule of grants.py holds with role sets: an administrator without the right who
    adds a sensitive role to an account, their own included, waits for the ward's holder."""
    _add("quantri", "admin")
    _sign_in("quantri", "mat-khau-quantri")
    hoa = _add("hoa", "clerk")  # the ward's first holder: granted
    assert not grants.is_pending(hoa.id)
    me = users.update_user("quantri", users.UserInput("quantri", "Quantri", "admin,approver",
                                                      WARD))
    set_user(users.signed_in_user(me))
    assert grants.is_pending(me.id) and not access.can_see_sensitive(WARD)
    assert access.can("issue", WARD)  # the rest of the new role works at once
    with pytest.raises(access.AccessDenied):
        grants.confirm_sensitive("quantri")  # not one's own
    # Moving between roles with the right keeps a confirmed right.
    _sign_in("hoa", "mat-khau-hoa")
    grants.confirm_sensitive("quantri")
    _sign_in("quantri", "mat-khau-quantri")
    users.update_user("hoa", users.UserInput("hoa", "Hoa", "approver", WARD))
    assert not grants.is_pending(hoa.id)


def test_the_last_administrator_keeps_the_role(office, signed_out):
    _add("quantri", "admin,clerk")
    _sign_in("quantri", "mat-khau-quantri")
    with pytest.raises(ValidationError) as err:
        users.update_user("quantri", users.UserInput("quantri", "Quantri", "clerk", WARD))
    assert err.value.problems[0].code == "last_admin"


@pytest.mark.sqlite_only
def test_one_role_per_account_database_migrates(tmp_path):
    """A database from before role sets (schema 6 here; the column held one role, as typed)
    opens with every account keeping exactly its rights, in the stored form."""
    path = tmp_path / "old.sqlite3"
    database = migrations.open_database(str(path))
    database.close()
    raw = sqlite3.connect(path)
    raw.execute("DELETE FROM schema_version")
    raw.execute("INSERT INTO schema_version (version, applied_at, note) "
                "VALUES (6, '2026-01-01 00:00:00', 'old')")
    for i, role in enumerate(["admin", "Clerk ", "approver", "supervisor", "boss"]):
        raw.execute("INSERT INTO user_account (username, full_name, role, ward_code, "
                    "province_code, password_hash, active, failed_attempts, "
                    "must_change_password, created_at, password_changed_at) "
                    "VALUES (?, ?, ?, ?, ?, 'x', 1, 0, 0, '2026-01-01', '2026-01-01')",
                    (f"u{i}", f"U {i}", role, None if role == "supervisor" else WARD,
                     19 if role == "supervisor" else None))
    raw.commit()
    raw.close()

    database = migrations.open_database(str(path))
    try:
        assert migrations.current_version(database) == migrations.LATEST_VERSION
        assert list(tmp_path.glob("old.before-v*.sqlite3"))  # copied aside first
        stored = {a.username: a.role for a in UserAccount.select()}
        assert stored == {"u0": "admin", "u1": "clerk", "u2": "approver", "u3": "supervisor",
                          "u4": ""}  # an unknown role had no rights and gains none
        versions = [v.version for v in SchemaVersion.select().order_by(SchemaVersion.version)]
        assert versions[0] == 6 and versions[-1] == migrations.LATEST_VERSION
        for account in UserAccount.select():
            assert access.actions_of(account.role) == access.ROLE_ACTIONS.get(
                account.role, frozenset()), account.username
    finally:
        database.close()
