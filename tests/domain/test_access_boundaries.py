"""Role and unit boundaries through the services: what a clerk, an approver, a supervisor and
an administrator may read and change, and where. The same services serve the window and the
command line, so these rules hold from every entry point."""

import datetime as dt

import pytest

from models.accounts import access, users
from models.accounts.access import AccessDenied
from models.accounts.session import SignedInUser, set_user
from models.clubs.clubs import (
    ClubInput,
    all_clubs,
    change_status,
    create_club,
    set_groups,
    update_club,
)
from models.errors import NotFound, ValidationError
from models.members import register
from models.members.member_import import import_members
from models.members.members import add_member, leave, update_member
from models.members.members_bulk import add_new_members
from models.office import settings
from models.papers import documents
from models.storage.schema import AuditLog, Club, IssuedDocument, Membership, UserAccount
from tests.conftest import TODAY, member_input

WARD_A, WARD_B, HANOI = 1840, 1843, 4  # Đức Xuân and Bắc Kạn (Thái Nguyên), Ba Đình (Hà Nội)


def _as(role, ward=None, province=None, name=None):
    user = SignedInUser(id=99, username=name or f"{role}-{ward or province}",
                        full_name="Người dùng", role=role, ward_code=ward, province_code=province)
    set_user(user)
    return user


@pytest.fixture
def world(club):
    """Club A (DX01, ward A) with a member, club B (BK01, ward B) with a member, club H in
    Hà Nội; the UBND body; one account, so the database is closed to strangers."""
    settings.save_issuing_bodies([settings.IssuingBodyInput("UBND", "ỦY BAN NHÂN DÂN PHƯỜNG")])
    club_b = create_club(ClubInput(code="BK01", name="CLB Bắc Kạn 1", ward_code=WARD_B))
    club_h = create_club(ClubInput(code="BD01", name="CLB Ba Đình 1", ward_code=HANOI))
    m_a = add_member(club.id, member_input(), today=TODAY)
    m_b = add_member(club_b.id, member_input(full_name="Trần Văn Bình", gender="M",
                                             birth_year=1950), today=TODAY)
    users.create_user(users.UserInput("quantri", "Quản trị", "admin", WARD_A, None,
                                      "mat-khau-1"))
    yield {"a": club, "b": club_b, "h": club_h, "m_a": m_a, "m_b": m_b}
    set_user(None)


def _denied(code, call):
    with pytest.raises(AccessDenied) as err:
        call()
    assert err.value.code == code, err.value
    return err.value


def _missing(call):
    """Another unit's record by its id: the answer for one that does not exist."""
    with pytest.raises(NotFound):
        call()


def _writes():
    return AuditLog.select().count()


def test_nobody_signed_in_is_refused_once_an_account_exists(world):
    set_user(None)
    for call in (all_clubs, lambda: register.register_index(world["a"].id),
                 lambda: create_club(ClubInput(code="X1", name="X", ward_code=WARD_A)),
                 lambda: documents.register()):
        _denied("login_required", call)


def test_clubs_clerk_of_a_is_refused_on_b_and_allowed_on_a(world):
    _as("clerk", WARD_A)
    assert [c.code for c in all_clubs()] == ["DX01"]
    before = _writes()
    _denied("unit", lambda: create_club(ClubInput(code="BK02", name="CLB 2", ward_code=WARD_B)))
    _missing(lambda: update_club(world["b"].id, ClubInput(
        code="BK01", name="Đổi tên", ward_code=WARD_B)))
    _denied("unit", lambda: update_club(world["a"].id, ClubInput(  # moving A into B
        code="DX01", name="CLB", ward_code=WARD_B)))
    _missing(lambda: set_groups(world["b"].id, ["Nhóm 1"]))
    _missing(lambda: change_status(world["b"].id, "dissolved", TODAY, "x", today=TODAY))
    assert _writes() == before and Club.get_by_id(world["b"].id).name == "CLB Bắc Kạn 1"
    create_club(ClubInput(code="DX02", name="CLB Tổ 2", ward_code=WARD_A))
    set_groups(world["a"].id, ["Nhóm Hoa Mai"])
    assert [c.code for c in all_clubs()] == ["DX01", "DX02"]
    row = AuditLog.select().order_by(AuditLog.id.desc()).get()
    assert row.actor == "clerk-1840"  # every audit row names the user


def test_members_clerk_of_a_is_refused_on_b(world):
    _as("clerk", WARD_A)
    before = _writes()
    _missing(lambda: add_member(world["b"].id, member_input(full_name="Lò Thị Mai"),
                                today=TODAY))
    _missing(lambda: update_member(world["m_b"].id, member_input(
        full_name="Trần Văn Bình", gender="M", birth_year=1950), today=TODAY))
    _missing(lambda: leave(world["m_b"].id, TODAY, "moved", today=TODAY))
    _missing(lambda: add_new_members(world["b"].id, [member_input(full_name="Lò Văn A")],
                                     today=TODAY))
    _missing(lambda: register.register_index(world["b"].id))
    _denied("unit", lambda: register.register_index(ward_code=WARD_B))
    assert _writes() == before and Membership.get_by_id(world["m_b"].id).left_on is None
    # The register of "all clubs" holds only ward A's members; B's rows never leave SQL.
    assert [e.membership_id for e in register.register_index()] == [world["m_a"].id]
    assert register.register_rows([world["m_a"].id, world["m_b"].id]).keys() == {
        world["m_a"].id}
    add_member(world["a"].id, member_input(full_name="Lò Thị Mai"), today=TODAY)
    leave(world["m_a"].id, TODAY, "moved", today=TODAY)
    assert len(register.register_index(world["a"].id)) == 1


def test_import_is_refused_on_another_ward_before_the_file_is_read(world, tmp_path):
    _as("clerk", WARD_A)
    _missing(lambda: import_members(str(tmp_path / "none.xlsx"), world["b"].id,
                                    dry_run=True))
    _as("supervisor", province=19)
    _denied("role", lambda: import_members(str(tmp_path / "none.xlsx"), world["a"].id,
                                           dry_run=True))
    _as("clerk", WARD_A)
    ids = add_new_members(world["a"].id, [member_input(full_name="Lò Văn An")], today=TODAY)
    assert len(ids) == 1


def test_supervisor_reads_the_province_but_writes_nothing(world):
    _as("supervisor", province=19)
    assert [c.code for c in all_clubs()] == ["BK01", "DX01"]  # not Ba Đình, Hà Nội
    assert {e.membership_id for e in register.register_index()} == {
        world["m_a"].id, world["m_b"].id}
    _missing(lambda: register.register_index(world["h"].id))
    before = _writes()
    _denied("role", lambda: create_club(ClubInput(code="BK03", name="X", ward_code=WARD_B)))
    _denied("role", lambda: add_member(world["a"].id, member_input(full_name="Lò Thị Mai"),
                                       today=TODAY))
    _denied("role", lambda: leave(world["m_a"].id, TODAY, "moved", today=TODAY))
    _denied("role", lambda: settings.save_standards(settings.Standards()))
    assert _writes() == before
    assert not access.can_see_sensitive(WARD_A)


def _issue(club_id):
    return documents.issue("decision", "UBND", dt.date(2026, 11, 2), "Về việc thành lập CLB",
                           documents.Signer("Nguyễn Văn An", "CHỦ TỊCH"), club_id,
                           lambda number: b"%PDF-1.4 " + number.encode())


def test_an_approver_issues_a_clerk_cannot(world):
    _as("clerk", WARD_A)
    _denied("role", lambda: _issue(world["a"].id))
    _as("approver", WARD_A)
    with pytest.raises(ValidationError) as err:  # as for a club that does not exist
        _issue(world["b"].id)
    assert err.value.code == "unknown"
    assert IssuedDocument.select().count() == 0
    doc = _issue(world["a"].id)
    assert doc.number == 1 and doc.created_by == "approver-1840"
    _as("clerk", WARD_A)  # a clerk reads and reprints what was issued in the ward
    assert [r.id for r in documents.register()] == [doc.id]
    assert documents.reprint(doc.id).startswith(b"%PDF")
    _as("clerk", WARD_B)
    assert documents.register() == []
    _missing(lambda: documents.reprint(doc.id))


def test_settings_are_for_an_administrator_of_the_ward(world):
    _as("clerk", WARD_A)
    _denied("role", lambda: settings.save_standards(settings.Standards()))
    _denied("role", lambda: settings.save_office(settings.OfficeSettings(
        ward_code=WARD_A, office_name="UBND")))
    _denied("role", lambda: documents.save_template("decision", {"type_code": "QĐ"}))
    _as("admin", WARD_A)
    _denied("unit", lambda: settings.save_office(settings.OfficeSettings(
        ward_code=WARD_B, office_name="UBND phường Bắc Kạn")))
    settings.save_standards(settings.Standards(older_age=55))
    assert settings.load(settings.Standards).older_age == 55
    assert AuditLog.select().order_by(AuditLog.id.desc()).get().actor == "admin-1840"


def test_an_inactive_or_unknown_role_account_gets_nothing(world):
    _as("nobody", WARD_A)
    _denied("role", lambda: register.register_index(world["a"].id))
    assert UserAccount.select().count() == 1


# --- The command line obeys the same rules ---------------------------------------------------


def _cli(capsys, monkeypatch, *args, stdin="", password=None):
    import io

    import main

    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    if password is None:
        monkeypatch.delenv("ISHC_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("ISHC_PASSWORD", password)
    code = main.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_user_accounts_and_unit_rules(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "cli.sqlite3")
    run = lambda *a, **kw: _cli(capsys, monkeypatch, "--db", db, *a, **kw)  # noqa: E731
    assert run("init", "--ward", "1840", "--office", "UBND phường Đức Xuân")[0] == 0
    create_club(ClubInput(code="DX01", name="CLB Đức Xuân 1", ward_code=WARD_A))
    create_club(ClubInput(code="BK01", name="CLB Bắc Kạn 1", ward_code=WARD_B))
    # The first account: no --user needed, the password comes from standard input.
    code, out, err = run("user", "add", "tinh", "--role", "admin", "--unit", "T19",
                         "--full-name", "Quản trị tỉnh", stdin="mat-khau-tinh\n")
    assert code == 0, err
    assert "Đã tạo tài khoản tinh (Quản trị, Tỉnh Thái Nguyên (T19))." in out
    assert UserAccount.get().password_hash.startswith("$argon2id$")
    # From now on nothing runs without --user.
    code, out, err = run("clubs")
    assert code == 1 and out == "" and "đã có tài khoản" in err and "--user" in err
    code, _, err = run("--user", "tinh", "clubs", password="sai-mat-khau")
    assert code == 1 and err.strip() == "Mật khẩu: tên đăng nhập hoặc mật khẩu không đúng"
    code, out, _ = run("--user", "tinh", "clubs", password="mat-khau-tinh")
    assert code == 0 and [line.split("\t")[0] for line in out.splitlines()] == ["BK01", "DX01"]
    # The admin's password on the first line of stdin, the new account's on the second.
    code, out, err = run("--user", "tinh", "user", "add", "canbo", "--role", "clerk",
                         "--unit", "1843", stdin="mat-khau-tinh\nmat-khau-cb\n")
    assert code == 0, err
    # A clerk of Bắc Kạn sees Bắc Kạn only; Đức Xuân's club is answered as a missing one.
    code, out, _ = run("--user", "canbo", "clubs", password="mat-khau-cb")
    assert code == 0 and [line.split("\t")[0] for line in out.splitlines()] == ["BK01"]
    code, out, err = run("--user", "canbo", "export-members", "--club", "DX01", "-o",
                         str(tmp_path / "x.xlsx"), password="mat-khau-cb")
    assert code == 1 and not (tmp_path / "x.xlsx").exists()
    assert err.strip() == "Không có CLB mã «DX01» (lệnh clubs liệt kê các CLB)."
    code, out, err = run("--user", "canbo", "user", "list", password="mat-khau-cb")
    assert code == 1 and err.strip() == ("Không có quyền: vai trò «Cán bộ nhập liệu» không "
                                         "được quản trị tài khoản, cài đặt, mẫu văn bản.")
    code, out, _ = run("--user", "tinh", "user", "list", password="mat-khau-tinh")
    assert [line.split("\t")[:4] for line in out.splitlines()] == [
        ["canbo", "canbo", "Cán bộ nhập liệu", "Phường Bắc Kạn (1843)"],
        ["tinh", "Quản trị tỉnh", "Quản trị", "Tỉnh Thái Nguyên (T19)"]]


def test_cli_reset_forces_a_change_before_anything_else(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "cli.sqlite3")
    run = lambda *a, **kw: _cli(capsys, monkeypatch, "--db", db, *a, **kw)  # noqa: E731
    assert run("init", "--ward", "1840", "--office", "UBND")[0] == 0
    assert run("user", "add", "quantri", "--role", "admin", "--unit", "1840",
               stdin="mat-khau-1\n")[0] == 0
    assert run("--user", "quantri", "user", "add", "canbo", "--role", "clerk", "--unit",
               "1840", password="mat-khau-1", stdin="mat-khau-cb\n")[0] == 0
    code, out, err = run("--user", "quantri", "user", "passwd", "canbo", password="mat-khau-1",
                         stdin="tam-thoi-1\n")
    assert code == 0 and "Đã đổi mật khẩu của canbo." in out
    code, _, err = run("--user", "canbo", "clubs", password="tam-thoi-1")
    assert code == 1 and "vừa được đặt lại" in err
    code, out, err = run("--user", "canbo", "user", "passwd", "canbo", password="tam-thoi-1",
                         stdin="mat-khau-rieng\n")
    assert code == 0, err
    assert run("--user", "canbo", "clubs", password="mat-khau-rieng")[0] == 0
    # Usage errors keep exit code 2; an unknown unit is a refusal with its reason.
    code, _, err = run("--user", "quantri", "user", "add", "x1", "--role", "clerk",
                       "--unit", "phường", password="mat-khau-1", stdin="12345678\n")
    assert code == 1 and "Đơn vị: không đúng dạng mã đơn vị" in err


def test_demo_accounts_one_per_role(db, office):
    from models.accounts.access import accounts_exist

    made = users.create_demo_accounts(WARD_A)
    assert [(a.username, a.role, a.ward_code, a.province_code) for a in made] == [
        ("quantri", "admin", 1840, None), ("canbo", "clerk", 1840, None),
        ("kyduyet", "approver", 1840, None), ("giamsat", "supervisor", None, 19)]
    assert accounts_exist()
    for account in made:
        assert users.authenticate(account.username, users.DEMO_PASSWORD).role == account.role
