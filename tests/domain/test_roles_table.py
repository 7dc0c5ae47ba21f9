"""The README's table of roles says what each role can obtain; this test reads the table and
holds every cell against models/accounts/access.py ROLE_ACTIONS and against the services
themselves (each role tries each action; allowed or refused as the table says)."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from models.accounts import access, users
from models.accounts.session import set_user
from models.clubs.clubs import ClubInput, create_club
from models.members import members
from models.members.member_export import export_members
from models.members.register import register_index
from models.office import settings
from models.papers import documents
from models.privacy import privacy
from models.storage.schema import UserAccount
from tests.conftest import TODAY, member_input

README = Path(__file__).resolve().parents[2] / "README.md"
WARD = 1840


def roles_table() -> dict[str, dict[str, bool]]:
    """{role: {column: allowed}} from the README's Accounts section."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Accounts"):]
    section = section[:section.index("\n## ", 1)]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    assert header[0] == "role"
    table = {}
    for line in lines[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        table[cells[0].strip("`")] = {col: cell.startswith("yes")
                                      for col, cell in zip(header[1:], cells[1:], strict=True)}
    return table


# Each column as the rights of access.ROLE_ACTIONS.
RIGHTS = {
    "read": lambda r: "read" in r,
    "write": lambda r: "write" in r,
    "issue papers": lambda r: "issue" in r,
    "supervise": lambda r: "supervise" in r,
    "admin": lambda r: "admin" in r,
    "sensitive data": lambda r: "sensitive" in r,
    "unmasked exports": lambda r: "sensitive" in r,
    "member records": lambda r: "sensitive" in r,
    "consent forms": lambda r: "sensitive" in r,
    "backup to a file": lambda r: "admin" in r or "sensitive" in r,
    "restore": lambda r: "admin" in r,
    "office settings": lambda r: "admin" in r,
}


def test_the_table_lists_every_role_and_column():
    table = roles_table()
    assert set(table) == set(access.ROLES)
    for row in table.values():
        assert set(row) == set(RIGHTS)


def test_each_cell_matches_role_actions():
    for role, row in roles_table().items():
        for column, allowed in row.items():
            assert RIGHTS[column](access.ROLE_ACTIONS[role]) == allowed, (role, column)


@pytest.fixture
def office_data(club, tmp_path):
    m = members.add_member(club.id, member_input(id_number="008158001234"), today=TODAY)
    settings.save_issuing_bodies([settings.IssuingBodyInput("UBND", "ỦY BAN NHÂN DÂN PHƯỜNG")])
    accounts = {}
    for role in access.ROLES:  # written directly: every right confirmed, none pending
        accounts[role] = UserAccount.create(
            username=f"{role}1", full_name=role, role=role,
            ward=None if role == "supervisor" else WARD,
            province=19 if role == "supervisor" else None, password_hash="x")
    yield {"club": club, "person": m.person_id, "accounts": accounts, "tmp": tmp_path}
    set_user(None)


_codes = itertools.count(10)


def _services(data):
    """Per column: a call that does the action through its service."""
    club, person, tmp = data["club"], data["person"], data["tmp"]
    return {
        "read": lambda: register_index(club.id),
        "write": lambda: create_club(ClubInput(code=f"DX{next(_codes)}", name="CLB mới",
                                               ward_code=WARD)),
        "issue papers": lambda: documents.issue(
            "decision", "UBND", dt.date(2026, 11, 2), "Về việc thành lập CLB",
            documents.Signer("Nguyễn Văn An", "CHỦ TỊCH"), club.id,
            lambda number: b"%PDF-1.4 " + number.encode()),
        "admin": lambda: users.list_users(),
        "sensitive data": lambda: privacy.member_record(person),
        "unmasked exports": lambda: export_members(str(tmp / f"ds{next(_codes)}.xlsx"),
                                                   club_id=club.id, unmasked=True),
        "member records": lambda: privacy.export_member_record(
            person, str(tmp / f"nguoi{next(_codes)}.pdf")),
        "consent forms": lambda: privacy.consent_form_pdf(person),
        "office settings": lambda: privacy.save_settings(
            privacy.PrivacySettings(retention_years=5)),
    }


def test_each_cell_matches_what_the_services_do(office_data):
    services = _services(office_data)
    for role, row in roles_table().items():
        set_user(users.signed_in_user(office_data["accounts"][role]))
        for column, call in services.items():
            try:
                call()
                allowed = True
            except access.AccessDenied:
                allowed = False
            assert allowed == row[column], (role, column)
