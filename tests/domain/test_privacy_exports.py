"""Personal data leaving the program: unmasked exports (audited), the "aggregates only"
rule for packages sent upward, masked Excel exports, and the privacy commands of the
command line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from models.accounts import access
from models.accounts.session import set_user
from models.members import members
from models.privacy import privacy
from models.privacy.consent import MASK
from models.storage.schema import AuditLog, Person
from tests.conftest import TODAY, member_input
from tests.domain.cli_helpers import club_dx01, office_db, run
from tests.domain.privacy_helpers import CCCD, as_user, create_accounts, former_member


@pytest.fixture
def accounts(db):
    create_accounts()
    yield
    set_user(None)


# --- exports and packages -------------------------------------------------------------------


def test_unmasked_export_needs_the_sensitive_right_and_is_audited(club, accounts):
    set_user(as_user("admin"))
    with pytest.raises(access.AccessDenied):
        privacy.require_unmasked_export(club_id=club.id)
    assert not AuditLog.select().where(AuditLog.action == "export_unmasked").exists()
    set_user(as_user("clerk"))
    privacy.audit_unmasked_export("members_xlsx", club_id=club.id, rows=3, file="ds.xlsx")
    row = AuditLog.get(AuditLog.action == "export_unmasked")
    assert row.actor == "clerk1" and row.entity_id == "members_xlsx"
    after = json.loads(row.after)
    assert (after["club_id"], after["ward_code"], after["rows"], after["file"]) == (
        club.id, 1840, 3, "ds.xlsx")
    assert "id_number" in after["fields"]


@dataclasses.dataclass
class _Figure:
    key: str
    count: int


def test_packages_sent_upward_carry_aggregates_only(club):
    fine = {"ward": 1840, "clubs": [{"code": "DX01", "members": 63, "women": 41,
                                     "figures": [_Figure("older", 45)]}],
            "period": "2026", "total_loans": 125_000_000}
    privacy.assert_no_personal_data(fine)
    m = members.add_member(club.id, member_input(), today=TODAY)
    bad = [
        ({"clubs": [{"members": [{"full_name": "Nguyễn Thị Huệ"}]}]}, "$.clubs[0].members[0]"
                                                                       ".full_name"),
        ({"rows": [("DX01", "ghi chú 008158001234")]}, "$.rows[0][1]"),
        ({"contact": "Gọi 0912 345 678"}, "$.contact"),
        ({"who": m.person}, "$.who"),
        ({"figures": [_Figure("id_number", 1)], "x": {"person_id": 3}}, "$.x.person_id"),
    ]
    for package, path in bad:
        with pytest.raises(privacy.PersonalDataFound) as err:
            privacy.assert_no_personal_data(package)
        assert err.value.path == path


# --- Excel exports --------------------------------------------------------------------------


def _sheet(path):
    import openpyxl

    from reports.members_xlsx import MEMBER_COLUMNS, SHEET_MEMBERS

    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_MEMBERS]
    heads = [c.key for c in MEMBER_COLUMNS]
    rows = [dict(zip(heads, (c.value for c in row), strict=False))
            for row in ws.iter_rows(min_row=2)]
    return wb, ws, rows


def test_export_is_masked_by_default_and_a_masked_file_does_not_import(club, tmp_path):
    from models.members.member_export import export_members
    from models.members.member_import import import_members
    from reports.members_xlsx import MASKED_KEYWORD, MASKED_NOTE

    members.add_member(club.id, member_input(id_number=CCCD, note="Tiểu đường",
                                             disability=True), today=TODAY)
    members.add_member(club.id, member_input(full_name="Lý Văn Tài", gender="M",
                                             household_status="none",
                                             household_status_year=None), today=TODAY)
    path = str(tmp_path / "ds.xlsx")
    assert export_members(path, club_id=club.id, on=TODAY) == 2
    wb, ws, rows = _sheet(path)
    hue = next(r for r in rows if r["full_name"] == "Nguyễn Thị Huệ")
    tai = next(r for r in rows if r["full_name"] == "Lý Văn Tài")
    assert hue["id_number"] == "********1234" and tai["id_number"] is None
    for key in ("household_status", "household_status_year", "disability",
                "policy_beneficiary", "social_assistance", "note"):
        assert hue[key] == MASK and tai[key] == MASK, key  # "not poor" is hidden too
    assert hue["gender"] == "Nữ" and hue["birth_year"] == 1958  # basic data stays
    assert MASKED_NOTE in ws.oddFooter.center.text  # under every printed page
    assert wb.properties.keywords == MASKED_KEYWORD
    assert not AuditLog.select().where(AuditLog.action == "export_unmasked").exists()

    before = Person.select().count()
    result = import_members(path, club.id, today=TODAY)
    assert [(p.field, p.code) for p in result.problems] == [("file", "masked_export")]
    assert Person.select().count() == before


def test_unmasked_export_is_refused_without_the_right_and_audited_with_it(club, accounts,
                                                                          tmp_path):
    from models.members.member_export import export_members

    members.add_member(club.id, member_input(id_number=CCCD), today=TODAY)
    path = tmp_path / "full.xlsx"
    set_user(as_user("admin"))
    with pytest.raises(access.AccessDenied):
        export_members(str(path), club_id=club.id, on=TODAY, unmasked=True)
    assert not path.exists()  # refused before anything is written
    set_user(as_user("clerk"))
    assert export_members(str(path), club_id=club.id, on=TODAY, unmasked=True) == 1
    _, _, rows = _sheet(path)
    assert rows[0]["id_number"] == CCCD and rows[0]["household_status"] == "Hộ nghèo"
    row = AuditLog.get(AuditLog.action == "export_unmasked")
    assert row.actor == "clerk1"
    assert json.loads(row.after)["file"] == "full.xlsx" and json.loads(row.after)["rows"] == 1


# --- command line ---------------------------------------------------------------------------


@pytest.fixture
def cli_db(tmp_path, capsys, monkeypatch):
    path = office_db(tmp_path, capsys, monkeypatch, villages=False)
    club = club_dx01()
    former_member(club, left=dt.date(2019, 5, 1))
    return path


def test_cli_member_data_anonymise_and_unmasked_export(cli_db, tmp_path, capsys):
    pid = Person.get(Person.id_number == CCCD).id
    target = tmp_path / "hue.pdf"
    code, out, err = run(capsys, "--db", cli_db, "member-data", "--id-number", CCCD, "-o",
                         str(target))
    assert code == 0, err
    assert "Nguyễn Thị Huệ" in out and target.exists() and target.with_suffix(".json").exists()
    assert json.loads(target.with_suffix(".json").read_text("utf-8"))["person"]["id"] == pid

    code, out, err = run(capsys, "--db", cli_db, "export-members", "--all", "-o",
                         str(tmp_path / "all.xlsx"), "--unmasked")
    assert code == 0, err
    assert "đã được che" not in out
    assert AuditLog.select().where(AuditLog.action == "export_unmasked").count() == 1

    code, out, err = run(capsys, "--db", cli_db, "anonymise", "--person", str(pid),
                         "--dry-run")
    assert code == 0 and "có thể ẩn danh hóa" in out
    code, out, err = run(capsys, "--db", cli_db, "anonymise", "--person", str(pid))
    assert code == 0, err
    assert f"«Thành viên đã ẩn danh {pid}»" in out
    code, out, err = run(capsys, "--db", cli_db, "anonymise", "--person", str(pid))
    assert code == 1
    assert err.strip().startswith("Người: đã được ẩn danh hóa ngày ")
    code, _, err = run(capsys, "--db", cli_db, "member-data", "--person", "999", "-o",
                       str(tmp_path / "khong-co.pdf"))
    assert code == 1 and "999" in err



def test_cli_consent_form_and_retention(cli_db, tmp_path, capsys):
    target = tmp_path / "dong-y.pdf"
    code, out, err = run(capsys, "--db", cli_db, "consent-form", "--id-number", CCCD, "-o",
                         str(target))
    assert code == 0, err
    from tests.reports.pdf_probe import flat_text

    text = flat_text(target.read_bytes())
    assert "GIẤY ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN" in text and "Nguyễn Thị Huệ" in text
    code, out, _ = run(capsys, "--db", cli_db, "retention")
    assert code == 0 and out.strip() == "Thời gian lưu giữ sau khi ra khỏi CLB: 5 năm"
    code, out, _ = run(capsys, "--db", cli_db, "retention", "--years", "10")
    assert code == 0 and "10 năm" in out
    code, _, err = run(capsys, "--db", cli_db, "retention", "--years", "200")
    assert code == 1
    assert err.strip() == "Số năm lưu giữ sau khi ra khỏi CLB: phải từ 0 đến 100"
