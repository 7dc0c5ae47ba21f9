"""Access rules at their core: roles, units, the open database before the first account."""

import pytest

from models.accounts import access
from models.accounts.session import SignedInUser, set_user
from models.storage.schema import UserAccount


def _user(role, ward=None, province=None):
    return SignedInUser(id=1, username="u", full_name="U", role=role, ward_code=ward,
                        province_code=province)


@pytest.fixture
def signed_out():
    set_user(None)
    yield
    set_user(None)


def test_no_accounts_means_open(db, signed_out):
    access.require("admin", 1840)
    assert access.ward_scope(UserAccount.ward) is None


def test_first_account_closes_the_door(db, signed_out):
    UserAccount.create(username="a", full_name="A", role="admin", ward=1840, password_hash="x")
    with pytest.raises(access.AccessDenied) as err:
        access.require("read", 1840)
    assert err.value.code == "login_required"


def test_roles_and_units(db, signed_out):
    set_user(_user("clerk", ward=1840))
    access.require("write", 1840)
    assert access.can_see_sensitive(1840)
    with pytest.raises(access.AccessDenied) as err:
        access.require("write", 1843)
    assert err.value.code == "unit"
    with pytest.raises(access.AccessDenied) as err:
        access.require("issue", 1840)
    assert err.value.code == "role"

    set_user(_user("supervisor", province=19))  # Thái Nguyên
    access.require("read", 1840)
    assert not access.can("write", 1840)
    assert not access.can_see_sensitive(1840)
    assert not access.can("read", 4)  # Ba Đình, Hà Nội: another province

    set_user(_user("admin", ward=1840))
    assert access.can("admin", 1840) and not access.can_see_sensitive(1840)
