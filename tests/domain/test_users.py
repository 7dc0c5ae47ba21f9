"""Accounts: argon2id hashes, the first administrator, lock-out, resets and password rules."""

import datetime as dt

import pytest

from models.accounts import access, users
from models.accounts.session import current_actor, set_user
from models.errors import ValidationError
from models.storage.schema import AuditLog, UserAccount

T0 = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture(autouse=True)
def signed_out():
    set_user(None)
    yield
    set_user(None)


def _admin(password="mat-khau-1"):
    return users.create_user(users.UserInput("quantri", "Nguyễn Văn Quản", "admin", 1840,
                                             None, password))


def _codes(err):
    return [(p.field, p.code) for p in err.value.problems]


def test_hash_is_argon2id_and_never_audited(db):
    account = _admin()
    assert account.password_hash.startswith("$argon2id$")
    assert users.authenticate("quantri", "mat-khau-1").username == "quantri"
    set_user(users.authenticate("QuanTri ", "mat-khau-1"))  # names are not case-sensitive
    users.change_password("mat-khau-1", "mat-khau-moi-2")
    stored = UserAccount.get().password_hash
    for row in AuditLog.select():
        text = f"{row.before} {row.after}"
        assert "argon2" not in text and "password_hash" not in text
        assert stored not in text and account.password_hash not in text
    assert [r.action for r in AuditLog.select().where(AuditLog.entity == "user_account")
            .order_by(AuditLog.id)] == ["create", "sign_in", "sign_in", "change_password"]


def test_first_account_must_be_an_admin_and_closes_the_door(db):
    with pytest.raises(ValidationError) as err:
        users.create_user(users.UserInput("canbo", "Cán bộ", "clerk", 1840, None, "12345678x"))
    assert ("role", "first_must_be_admin") in _codes(err)
    _admin()
    with pytest.raises(access.AccessDenied) as denied:  # nobody signed in any more
        users.create_user(users.UserInput("canbo", "Cán bộ", "clerk", 1840, None, "12345678x"))
    assert denied.value.code == "login_required"
    set_user(users.authenticate("quantri", "mat-khau-1"))
    clerk = users.create_user(users.UserInput("canbo", "Lê Thị Hoa", "clerk", 1840, None,
                                              "12345678x"))
    assert clerk.role == "clerk" and current_actor() == "quantri"
    assert AuditLog.select().where((AuditLog.entity == "user_account")
                                   & (AuditLog.entity_id == str(clerk.id))).get().actor == "quantri"


def test_password_and_unit_rules(db):
    cases = [
        (users.UserInput("ab", "A", "admin", 1840, None, "ngan"), ("password", "password_too_short")),
        (users.UserInput("ab", "A", "admin", 1840, None, "AB"), ("password", "password_too_short")),
        (users.UserInput("quantri1", "A", "admin", 1840, None, "QuanTri1"),
         ("password", "password_is_username")),
        (users.UserInput("có dấu", "A", "admin", 1840, None, "12345678x"),
         ("username", "bad_username")),
        (users.UserInput("ab", "", "admin", 1840, None, "12345678x"), ("full_name", "required")),
        (users.UserInput("ab", "A", "admin", None, None, "12345678x"), ("unit", "required")),
        (users.UserInput("ab", "A", "admin", 1840, 19, "12345678x"), ("unit", "unit_both")),
        (users.UserInput("ab", "A", "admin", 99999, None, "12345678x"), ("unit", "unknown")),
        (users.UserInput("ab", "A", "boss", 1840, None, "12345678x"), ("role", "invalid")),
    ]
    for inp, expected in cases:
        with pytest.raises(ValidationError) as err:
            users.create_user(inp)
        assert expected in _codes(err), (inp, _codes(err))
    assert UserAccount.select().count() == 0 and AuditLog.select().where(
        AuditLog.entity == "user_account").count() == 0
    _admin()
    set_user(users.authenticate("quantri", "mat-khau-1"))
    with pytest.raises(ValidationError) as err:
        users.create_user(users.UserInput("gs", "Giám sát", "supervisor", 1840, None, "12345678x"))
    assert ("unit", "supervisor_needs_province") in _codes(err)
    with pytest.raises(ValidationError) as err:
        users.create_user(users.UserInput("quantri", "B", "clerk", 1840, None, "12345678x"))
    assert ("username", "duplicate") in _codes(err)


def test_parse_unit():
    assert users.parse_unit("1840") == (1840, None)
    assert users.parse_unit("t19") == (None, 19)
    with pytest.raises(ValidationError) as err:
        users.parse_unit("phường")
    assert err.value.code == "bad_unit"


def test_unknown_name_and_wrong_password_get_the_same_refusal(db):
    _admin()
    with pytest.raises(users.SignInRefused) as unknown:
        users.authenticate("khongco", "mat-khau-1")
    with pytest.raises(users.SignInRefused) as wrong:
        users.authenticate("quantri", "sai-mat-khau")
    assert _codes(unknown) == _codes(wrong) == [("password", "bad_credentials")]


def test_lock_out_after_five_failures_and_unlock_after_fifteen_minutes(db):
    _admin()
    for i in range(4):
        with pytest.raises(users.SignInRefused):
            users.authenticate("quantri", "sai", now=T0 + dt.timedelta(seconds=i))
    assert UserAccount.get().failed_attempts == 4 and UserAccount.get().locked_until is None
    with pytest.raises(users.SignInRefused):
        users.authenticate("quantri", "sai", now=T0 + dt.timedelta(seconds=5))
    assert UserAccount.get().locked_until == T0 + dt.timedelta(minutes=15, seconds=5)
    # Locked: even the right password is refused, with the time the lock ends.
    with pytest.raises(users.SignInRefused) as err:
        users.authenticate("quantri", "mat-khau-1", now=T0 + dt.timedelta(minutes=10))
    assert err.value.code == "locked" and err.value.params["time"] == "09:15"
    user = users.authenticate("quantri", "mat-khau-1", now=T0 + dt.timedelta(minutes=16))
    account = UserAccount.get()
    assert user.role == "admin" and account.failed_attempts == 0
    assert account.locked_until is None and account.last_login_at == T0 + dt.timedelta(minutes=16)
    actions = [r.action for r in AuditLog.select().where(AuditLog.entity_id == "quantri")
               .order_by(AuditLog.id)]
    assert actions == ["sign_in_failed"] * 4 + ["locked", "sign_in_failed", "sign_in"]


def test_a_success_resets_the_failure_count(db):
    _admin()
    for _ in range(4):
        with pytest.raises(users.SignInRefused):
            users.authenticate("quantri", "sai")
    users.authenticate("quantri", "mat-khau-1")
    with pytest.raises(users.SignInRefused) as err:
        users.authenticate("quantri", "sai")
    assert err.value.code == "bad_credentials" and UserAccount.get().failed_attempts == 1


def test_admin_reset_forces_a_change(db):
    _admin()
    set_user(users.authenticate("quantri", "mat-khau-1"))
    users.create_user(users.UserInput("canbo", "Lê Thị Hoa", "clerk", 1840, None, "12345678x"))
    users.reset_password("canbo", "tam-thoi-99")
    clerk = users.authenticate("canbo", "tam-thoi-99")
    assert users.needs_password_change(clerk)
    set_user(clerk)
    with pytest.raises(ValidationError) as err:
        users.change_password("sai-cu", "tam-thoi-99")
    assert ("old_password", "wrong_password") in _codes(err)
    assert ("new_password", "same_as_old") not in _codes(err)
    with pytest.raises(ValidationError) as err:
        users.change_password("tam-thoi-99", "tam-thoi-99")
    assert _codes(err) == [("new_password", "same_as_old")]
    users.change_password("tam-thoi-99", "mat-khau-rieng")
    assert not users.needs_password_change(users.authenticate("canbo", "mat-khau-rieng"))


def test_clerk_cannot_manage_accounts_and_admin_only_within_unit(db):
    _admin()
    set_user(users.authenticate("quantri", "mat-khau-1"))
    users.create_user(users.UserInput("canbo", "Lê Thị Hoa", "clerk", 1840, None, "12345678x"))
    with pytest.raises(access.AccessDenied) as err:  # another ward
        users.create_user(users.UserInput("khac", "Người khác", "clerk", 1843, None, "12345678x"))
    assert err.value.code == "unit"
    with pytest.raises(access.AccessDenied) as err:  # a province is above a ward admin
        users.create_user(users.UserInput("gs", "Giám sát", "supervisor", None, 19, "12345678x"))
    assert err.value.code == "unit"
    set_user(users.authenticate("canbo", "12345678x"))
    for call in (lambda: users.list_users(), lambda: users.reset_password("quantri", "xyz12345"),
                 lambda: users.set_active("quantri", False)):
        with pytest.raises(access.AccessDenied) as err:
            call()
        assert err.value.code == "role"


def test_deactivate_lock_and_the_last_admin(db):
    _admin()
    set_user(users.authenticate("quantri", "mat-khau-1"))
    with pytest.raises(ValidationError) as err:
        users.set_active("quantri", False)
    assert err.value.code == "cannot_deactivate_self"
    users.create_user(users.UserInput("canbo", "Lê Thị Hoa", "clerk", 1840, None, "12345678x"))
    users.set_active("canbo", False)
    with pytest.raises(users.SignInRefused) as err:
        users.authenticate("canbo", "12345678x")
    assert err.value.code == "inactive"
    users.set_active("canbo", True)
    users.set_locked("canbo", True)
    with pytest.raises(users.SignInRefused) as err:
        users.authenticate("canbo", "12345678x")
    assert err.value.code == "locked_by_admin"
    users.set_locked("canbo", False)
    assert users.authenticate("canbo", "12345678x").username == "canbo"
    with pytest.raises(ValidationError) as err:
        users.update_user("quantri", users.UserInput(full_name="Q", role="clerk", ward_code=1840))
    assert err.value.code == "last_admin"
    rows = users.list_users()
    assert [(r.username, r.unit_name) for r in rows] == [
        ("canbo", "Phường Đức Xuân (1840)"), ("quantri", "Phường Đức Xuân (1840)")]
