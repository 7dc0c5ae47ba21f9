"""What an account of one ward can learn or change elsewhere: dry runs check the real rights,
another ward's ids look missing, office-wide settings belong to the office's administrator,
an administrator gets no sensitive data through an account it makes, sensitive files are
audited before they exist, failed sign-ins are audited, imports name no other ward's person.
SQLite and PostgreSQL alike (ISHC_TEST_PG)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import openpyxl
import pytest

from models.accounts import access, grants, users
from models.accounts.session import set_user
from models.clubs.clubs import ClubInput, create_club, get_club
from models.errors import NotFound, ValidationError
from models.funds import funds
from models.funds.fund_views import ledger_view
from models.members import members
from models.members.member_export import export_members
from models.members.member_import import import_members
from models.members.member_reads import rejoin_facts
from models.office import settings
from models.privacy import consent_paper, privacy
from models.storage.schema import AuditLog, Fund, Person, UserAccount
from reports.members_xlsx import MEMBER_COLUMNS, SHEET_MEMBERS
from tests.conftest import TODAY, member_input

WARD_A, WARD_B = 1840, 1843  # both in Thái Nguyên (T19)
HANOI_PROVINCE = 1
CCCD_A, CCCD_B = "008158001234", "008158005678"


def _account(name, role, ward=WARD_A, province=None):
    """An account written directly (no administrator needed), with password name+'-pass'."""
    return UserAccount.create(username=name, full_name=name.title(), role=role,
                              ward=None if province else ward, province=province,
                              password_hash=users.hash_password(f"{name}-pass"))


def _as(account):
    set_user(users.signed_in_user(account))


@pytest.fixture
def world(club):
    """Ward A's club with a former member (left long ago), ward B's club with a member."""
    m_a = members.add_member(club.id, member_input(
        id_number=CCCD_A, joined_on=dt.date(2015, 1, 10)), today=TODAY)
    members.leave(m_a.id, dt.date(2018, 6, 30), "withdrew", "", today=TODAY)
    club_b = create_club(ClubInput(code="BK01", name="CLB Bắc Kạn 1", ward_code=WARD_B))
    funds.open_default_funds(club_b.id, dt.date(2025, 1, 1))
    m_b = members.add_member(club_b.id, member_input(
        full_name="Trần Văn Bình", gender="M", birth_year=1950, id_number=CCCD_B), today=TODAY)
    admin = _account("quantri", "admin")
    clerk = _account("canbo", "clerk")
    yield {"club_a": club, "club_b": club_b, "m_a": m_a, "m_b": m_b, "admin": admin,
           "clerk": clerk}
    set_user(None)


def _outcome(call, *args):
    try:
        call(*args)
    except NotFound as exc:
        return ("NotFound", exc.entity)
    except access.AccessDenied as exc:
        return ("AccessDenied", exc.code)
    except ValidationError as exc:
        return ("ValidationError", exc.code)
    return ("ok", None)


def test_anonymise_dry_run_needs_the_right(world):
    person = world["m_a"].person_id
    for role, kw in (("supervisor", {"province": 19}), ("admin", {})):
        _as(_account(f"x{role}", role, **kw))
        with pytest.raises(access.AccessDenied) as err:
            privacy.anonymise_check(person, TODAY)
        assert err.value.code == "role"
    _as(_account("clerkb", "clerk", WARD_B))  # another ward's clerk: as for a missing id
    assert _outcome(lambda: privacy.anonymise_check(person, TODAY)) == \
        _outcome(lambda: privacy.anonymise_check(999_999, TODAY)) == ("NotFound", "person")
    _as(world["clerk"])
    found, problems = privacy.anonymise_check(person, TODAY)
    assert found.id == person and not problems


def test_anonymise_dry_run_on_the_command_line_says_nothing_without_the_right(
        tmp_path, capsys, monkeypatch):
    import main
    from models.accounts.session import set_user as sign

    db = str(tmp_path / "cli.sqlite3")
    assert main.main(["--db", db, "init", "--ward", "1840", "--office", "UBND"]) == 0
    club = create_club(ClubInput(code="DX01", name="CLB Đức Xuân 1", ward_code=WARD_A))
    m = members.add_member(club.id, member_input(joined_on=dt.date(2015, 1, 10)), today=TODAY)
    members.leave(m.id, dt.date(2018, 6, 30), "withdrew", "", today=TODAY)
    _account("giamsat", "supervisor", province=19)
    _account("canbob", "clerk", WARD_B)
    sign(None)
    capsys.readouterr()
    for name in ("giamsat", "canbob"):
        monkeypatch.setenv("ISHC_PASSWORD", f"{name}-pass")
        code = main.main(["--db", db, "--user", name, "anonymise", "--person",
                          str(m.person_id), "--dry-run"])
        out = capsys.readouterr()
        assert code == 1 and "Huệ" not in out.out + out.err
    monkeypatch.setenv("ISHC_PASSWORD", "canbob-pass")
    main.main(["--db", db, "--user", "canbob", "anonymise", "--person", "999999", "--dry-run"])
    missing = capsys.readouterr().err
    main.main(["--db", db, "--user", "canbob", "anonymise", "--person", str(m.person_id),
               "--dry-run"])
    assert capsys.readouterr().err == missing.replace("999999", str(m.person_id))


def test_other_ward_person_looks_missing(world):
    _as(world["clerk"])  # ward A's clerk, asking about ward B's records and missing ids
    other, none = world["m_b"].person_id, 999_999
    for call in (privacy.get_person, privacy.member_record, consent_paper.consent_form_data,
                 privacy.consent_form_pdf, lambda i: privacy.find_person(person_id=i),
                 rejoin_facts, lambda i: privacy.anonymise_check(i, TODAY)):
        assert _outcome(call, other) == _outcome(call, none) == ("NotFound", "person")
    assert _outcome(lambda: privacy.find_person(id_number=CCCD_B)) == ("NotFound", "person")
    assert _outcome(lambda: members.get_membership(world["m_b"].id)) == \
        _outcome(lambda: members.get_membership(none)) == ("NotFound", "membership")
    assert _outcome(lambda: get_club(world["club_b"].id)) == \
        _outcome(lambda: get_club(none)) == ("NotFound", "club")
    assert _outcome(lambda: members.club_by_code("BK01")) == \
        _outcome(lambda: members.club_by_code("ZZ99")) == ("NotFound", "club")
    fund_b = Fund.select().where(Fund.club == world["club_b"].id).first().id
    day = dt.date(2026, 1, 1)
    assert _outcome(lambda: ledger_view(fund_b, day, day)) == \
        _outcome(lambda: ledger_view(none, day, day)) == ("NotFound", "fund")
    entry = funds.EntryInput(fund_id=fund_b, kind="receipt", date=day, amount=1000,
                             category="fee", party="X")
    missing = dataclasses.replace(entry, fund_id=none)
    assert _outcome(lambda: funds.post_entry(entry, today=TODAY)) == \
        _outcome(lambda: funds.post_entry(missing, today=TODAY))
    # Accounts: an administrator of ward A does not learn ward B's account names either.
    _account("canbob", "clerk", WARD_B)
    _as(world["admin"])
    assert _outcome(lambda: users.get_account("canbob")) == \
        _outcome(lambda: users.get_account("khongco")) == ("NotFound", "user_account")
    assert _outcome(lambda: users.reset_password("canbob", "mat-khau-moi-1")) == \
        ("NotFound", "user_account")


def test_retention_set_only_by_office_admin(world):
    years = privacy.PrivacySettings(retention_years=0)
    _as(world["clerk"])
    assert _outcome(lambda: privacy.save_settings(years)) == ("AccessDenied", "role")
    _as(world["admin"])  # the office's ward, alone on this database
    privacy.save_settings(privacy.PrivacySettings(retention_years=4))
    assert privacy.load_settings().retention_years == 4
    assert _outcome(lambda: settings.save_office(settings.OfficeSettings(
        ward_code=WARD_B, office_name="UBND Bắc Kạn"))) == ("AccessDenied", "unit")
    # Once another ward works on the same database, a ward's administrator sets nothing for all.
    admin_b = _account("quantrib", "admin", WARD_B)
    for account in (admin_b, world["admin"], _account("hanoi", "admin",
                                                      province=HANOI_PROVINCE)):
        _as(account)
        for call in (lambda: privacy.save_settings(years),
                     lambda: settings.save_standards(settings.Standards()),
                     lambda: settings.save_document_settings(settings.DocumentSettings()),
                     lambda: settings.save_office(settings.OfficeSettings(
                         ward_code=WARD_B, office_name="UBND Bắc Kạn"))):
            assert _outcome(call) == ("AccessDenied", "office_admin")
    assert privacy.load_settings().retention_years == 4
    assert settings.load(settings.OfficeSettings).ward_code == WARD_A
    _as(_account("tinh", "admin", province=19))  # the office's province
    privacy.save_settings(privacy.PrivacySettings(retention_years=6))
    assert privacy.load_settings().retention_years == 6


def test_admin_created_clerk_sees_masked_until_confirmed(world):
    _as(world["admin"])
    users.create_user(users.UserInput("lan", "Lan", "clerk", WARD_A, None, "mat-khau-lan"))
    assert grants.is_pending(UserAccount.get(UserAccount.username == "lan").id)
    lan = users.authenticate("lan", "mat-khau-lan")
    set_user(lan)
    person = world["m_a"].person_id
    assert not access.can_see_sensitive(WARD_A)
    assert _outcome(lambda: privacy.member_record(person)) == \
        ("AccessDenied", "sensitive_pending")
    assert _outcome(lambda: export_members("/nonexistent/x.xlsx", club_id=world["club_a"].id,
                                           unmasked=True)) == \
        ("AccessDenied", "sensitive_pending")
    assert _outcome(lambda: grants.confirm_sensitive("lan")) == \
        ("AccessDenied", "confirm_sensitive")  # not oneself
    _as(world["admin"])  # the ward has a holder (canbo): the administrator may not confirm
    assert _outcome(lambda: grants.confirm_sensitive("lan")) == \
        ("AccessDenied", "confirm_sensitive")
    _as(world["clerk"])
    grants.confirm_sensitive("lan")
    set_user(lan)
    assert access.can_see_sensitive(WARD_A)
    assert privacy.member_record(person)["person"]["id_number"] == CCCD_A
    # A reset by the administrator makes it pending again; a holder confirms.
    _as(world["admin"])
    users.reset_password("lan", "mat-khau-moi-1")
    set_user(lan)
    assert not access.can_see_sensitive(WARD_A)
    actions = [r.action for r in AuditLog.select().where(
        (AuditLog.entity == "user_account")
        & (AuditLog.entity_id == str(lan.id))).order_by(AuditLog.id)]
    assert actions == ["create", "sensitive_pending", "confirm_sensitive", "reset_password",
                       "sensitive_pending"]


def test_first_holder_of_a_ward_is_granted_by_its_administrator(db, office):
    users.create_user(users.UserInput("quantri", "Quản trị", "admin", WARD_A, None,
                                      "mat-khau-qt"))
    _as(UserAccount.get(UserAccount.username == "quantri"))
    first = users.create_user(users.UserInput("hoa", "Hoa", "clerk", WARD_A, None,
                                              "mat-khau-hoa"))
    assert not grants.is_pending(first.id)  # one-person office: nobody else could confirm
    row = AuditLog.get((AuditLog.entity_id == str(first.id))
                       & (AuditLog.action == "grant_sensitive"))
    assert json.loads(row.after)["reason"] == "no_holder_in_ward"
    second = users.create_user(users.UserInput("lan", "Lan", "approver", WARD_A, None,
                                               "mat-khau-lan"))
    assert grants.is_pending(second.id)
    set_user(None)


def _file_rows(path):
    return [r for r in openpyxl.load_workbook(path)[SHEET_MEMBERS].iter_rows(values_only=True)]


def test_unmasked_export_audited_before_file(world, tmp_path, monkeypatch):
    from models.accounts import audit

    _as(world["clerk"])
    target = tmp_path / "full.xlsx"
    real_record = audit.record

    def failing(*args, **kwargs):
        raise RuntimeError("the database is locked")

    monkeypatch.setattr(audit, "record", failing)
    for call in (lambda: export_members(str(target), club_id=world["club_a"].id,
                                        unmasked=True),
                 lambda: privacy.export_member_record(world["m_a"].person_id, str(target)),
                 lambda: privacy.write_consent_form(world["m_a"].person_id, str(target))):
        with pytest.raises(RuntimeError):
            call()
        assert [p for p in tmp_path.iterdir() if p.name != "data"] == []  # no file at all
    monkeypatch.setattr(audit, "record", real_record)
    from models.members import member_export

    seen = []
    real_write = member_export.write_register

    def write(path, *args, **kwargs):  # the audit row is already there when the file is made
        seen.append(AuditLog.select().where(AuditLog.action == "export_unmasked").count())
        return real_write(path, *args, **kwargs)

    monkeypatch.setattr(member_export, "write_register", write)
    export_members(str(target), club_id=world["club_a"].id, unmasked=True)
    assert seen == [1] and target.exists()


@pytest.mark.sqlite_only
def test_unmasked_export_leaves_no_file_while_another_writer_holds_the_lock(tmp_path):
    import sqlite3

    import main
    from models.storage import db as dbmod

    db = str(tmp_path / "lock.sqlite3")
    assert main.main(["--db", db, "init", "--ward", "1840", "--office", "UBND"]) == 0
    club = create_club(ClubInput(code="DX01", name="CLB Đức Xuân 1", ward_code=WARD_A))
    members.add_member(club.id, member_input(id_number=CCCD_A), today=TODAY)
    dbmod.database.execute_sql("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(db)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the database
    target = tmp_path / "full.xlsx"
    try:
        for call in (lambda: export_members(str(target), club_id=club.id, unmasked=True),
                     lambda: privacy.write_consent_form(1, str(target))):
            with pytest.raises(Exception, match="locked"):
                call()
            assert not target.exists() and [p.name for p in tmp_path.iterdir()] == [
                "lock.sqlite3"] + [p.name for p in tmp_path.iterdir()
                                   if p.name.startswith("lock.sqlite3-")]
    finally:
        other.rollback()
        other.close()
    export_members(str(target), club_id=club.id, unmasked=True)
    assert target.exists()
    dbmod.database.close()


def test_consent_form_audited(world, tmp_path):
    person = world["m_a"].person_id
    _as(_account("giamsat", "supervisor", province=19))
    before = AuditLog.select().count()
    assert _outcome(lambda: privacy.consent_form_pdf(person)) == ("AccessDenied", "role")
    assert AuditLog.select().count() == before
    _as(world["clerk"])
    assert privacy.consent_form_pdf(person).startswith(b"%PDF")  # the window's preview
    target = tmp_path / "giay-dong-y.pdf"
    privacy.write_consent_form(person, str(target))  # the command line's file
    assert target.read_bytes().startswith(b"%PDF")
    rows = list(AuditLog.select().where((AuditLog.action == "consent_form")
                                        & (AuditLog.entity_id == str(person))))
    assert [r.actor for r in rows] == ["canbo", "canbo"]


def test_failed_sign_in_audited(world):
    for name in ("nguoila", "canbo"):
        with pytest.raises(users.SignInRefused):
            users.authenticate(name, "mat-khau-doan-bua")
    rows = list(AuditLog.select().where(AuditLog.action == "sign_in_failed")
                .order_by(AuditLog.id))
    assert [(r.actor, r.entity_id) for r in rows] == [("nguoila", "nguoila"),
                                                      ("canbo", "canbo")]
    assert all(r.at is not None for r in rows)
    assert not any("mat-khau-doan-bua" in (r.before or "") + (r.after or "") for r in rows)


def _member_file(path, cccds):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET_MEMBERS
    ws.append([c.title for c in MEMBER_COLUMNS])
    for i, cccd in enumerate(cccds):
        row = {"full_name": f"Lò Văn Mới {chr(65 + i)}", "gender": "Nam", "birth_year": 1960,
               "ethnicity": "Tày", "joined_on": "15/01/2025", "id_number": cccd}
        ws.append([row.get(c.key) for c in MEMBER_COLUMNS])
    wb.save(path)
    return str(path)


def test_import_dry_run_does_not_reveal_other_ward_cccd(world, tmp_path):
    _as(world["clerk"])
    path = _member_file(tmp_path / "ds.xlsx", [CCCD_A, CCCD_B])
    result = import_members(path, world["club_a"].id, dry_run=True)
    by_value = {p.params.get("value"): p for p in result.problems if p.field == "id_number"}
    assert by_value[CCCD_A].code == "duplicate"  # the importer's own ward: "đã có"
    assert by_value[CCCD_B].code == "duplicate_elsewhere"
    assert by_value[CCCD_B].params == {"value": CCCD_B}  # nothing of who or where
    text = repr(result.problems)
    assert "Trần Văn Bình" not in text and "BK01" not in text and str(WARD_B) not in text
    # The real import refuses the same way and writes nothing.
    before = Person.select().count()
    result = import_members(_member_file(tmp_path / "b.xlsx", [CCCD_B]), world["club_a"].id)
    assert [p.code for p in result.problems] == ["duplicate_elsewhere"]
    assert Person.select().count() == before
    # The dialog's duplicate question names nobody of ward B either.
    assert members.find_duplicates(member_input(full_name="Lò Văn Mới", id_number=CCCD_B),
                                   WARD_A) == []
