"""What the personal-data tests share: signed-in users, accounts, a former member."""

from __future__ import annotations

import datetime as dt

from models.accounts.session import SignedInUser, set_user
from models.members import members
from models.storage.schema import Membership, UserAccount
from tests.conftest import TODAY, member_input

CCCD = "008158001234"


def as_user(role, ward=1840, province=None):
    """A signed-in user of `role` in phường Đức Xuân (or a province)."""
    return SignedInUser(id=1, username=f"{role}1", full_name=role, role=role,
                        ward_code=None if province else ward, province_code=province)


def create_accounts() -> None:
    """Accounts exist, so the access rules apply; a clerk is signed in to start with (the
    tests' `accounts` fixture signs out after)."""
    UserAccount.create(username="admin1", full_name="A", role="admin", ward=1840,
                       password_hash="x")
    set_user(as_user("clerk"))


def former_member(club, *, left=dt.date(2020, 6, 30), **overrides):
    """A member who joined in 2015 and left (withdrew) on `left`."""
    values = dict(id_number=CCCD, phone="0912345678", birth_date=dt.date(1958, 3, 5),
                  note="Hay đau lưng", village_id=None, consent_date=dt.date(2015, 1, 10),
                  consent_method="paper", joined_on=dt.date(2015, 1, 10))
    values.update(overrides)
    m = members.add_member(club.id, member_input(**values), today=TODAY)
    members.leave(m.id, left, "withdrew", "Chuyển về ở với con ở Hà Nội", today=TODAY)
    return Membership.get_by_id(m.id)
