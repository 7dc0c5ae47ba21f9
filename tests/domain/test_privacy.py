"""Personal data: consent scope, masking by role, a member's record, anonymising, the
retention setting, unmasked exports and the "aggregates only" rule for packages sent upward."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from models.accounts import access
from models.accounts.session import SignedInUser, set_user
from models.clubs.composition import club_composition
from models.errors import NotFound, ValidationError
from models.members import members
from models.members.register import register, register_index
from models.office.settings import Standards
from models.privacy import privacy
from models.privacy.consent import DEFAULT_SCOPE, MASK, looks_masked, mask_id_number, masked_value
from models.storage.schema import (
    AuditLog,
    BoardMember,
    Fund,
    LedgerEntry,
    Loan,
    LoanRepayment,
    Membership,
    Person,
    UserAccount,
)
from tests.conftest import TODAY, member_input

CCCD = "008158001234"


def _user(role, ward=1840, province=None):
    return SignedInUser(id=1, username=f"{role}1", full_name=role, role=role,
                        ward_code=None if province else ward, province_code=province)


@pytest.fixture
def accounts(db):
    """Accounts exist, so the access rules apply; a clerk is signed in to start with."""
    UserAccount.create(username="admin1", full_name="A", role="admin", ward=1840,
                       password_hash="x")
    set_user(_user("clerk"))
    yield
    set_user(None)


def _former_member(club, *, left=dt.date(2020, 6, 30), **overrides):
    values = dict(id_number=CCCD, phone="0912345678", birth_date=dt.date(1958, 3, 5),
                  note="Hay đau lưng", village_id=None, consent_date=dt.date(2015, 1, 10),
                  consent_method="paper", joined_on=dt.date(2015, 1, 10))
    values.update(overrides)
    m = members.add_member(club.id, member_input(**values), today=TODAY)
    members.leave(m.id, left, "withdrew", "Chuyển về ở với con ở Hà Nội", today=TODAY)
    return Membership.get_by_id(m.id)


def _loan(club, person, *, principal=3_000_000, status="current", guarantor=None):
    fund = Fund.get_or_none(Fund.club == club.id) or Fund.create(
        club=club, kind="income", name="Quỹ quay vòng", opened_on=dt.date(2015, 1, 1))
    number = Loan.select().where(Loan.club == club.id).count() + 1
    return Loan.create(club=club, fund=fund, person=person, number=number, form="cash",
                       principal=principal, purpose="livestock",
                       disbursed_on=dt.date(2019, 1, 5), term_months=12,
                       interest_method="none", status=status, guarantor=guarantor,
                       created_by="test")


# --- masking and consent --------------------------------------------------------------------


def test_mask_rules():
    assert mask_id_number(CCCD) == "********1234"
    assert mask_id_number("") == "" and mask_id_number(None) == ""
    assert masked_value("household_status", "poor") == MASK == "(ẩn)"
    assert masked_value("disability", True) == MASK
    assert looks_masked("********1234") and looks_masked("(ẩn)")
    assert not looks_masked(CCCD) and not looks_masked("Hộ nghèo") and not looks_masked(None)


def test_a_consent_date_stores_the_default_scope_or_the_typed_one(club):
    m = members.add_member(club.id, member_input(consent_date=dt.date(2025, 3, 5),
                                                 consent_method="paper"), today=TODAY)
    assert m.person.consent_scope == DEFAULT_SCOPE
    m2 = members.add_member(club.id, member_input(
        full_name="Lý Văn Tài", consent_date=dt.date(2025, 3, 5), consent_method="verbal",
        consent_scope="Chỉ quản lý danh sách thành viên"), today=TODAY)
    assert m2.person.consent_scope == "Chỉ quản lý danh sách thành viên"
    created = AuditLog.get((AuditLog.entity == "person") & (AuditLog.entity_id == str(m2.person_id)))
    assert json.loads(created.after)["consent_scope"] == "Chỉ quản lý danh sách thành viên"
    m3 = members.add_member(club.id, member_input(full_name="Hà Thị Vân"), today=TODAY)
    assert m3.person.consent_scope == ""  # no consent recorded, no scope
    with pytest.raises(ValidationError) as err:
        members.add_member(club.id, member_input(full_name="Ma Văn Lực",
                                                 consent_date=dt.date(2025, 3, 5),
                                                 consent_method="paper",
                                                 consent_scope="x" * 2001), today=TODAY)
    assert (err.value.field, err.value.code) == ("consent_scope", "too_long")


def test_sensitive_values_are_shown_only_to_clerk_and_approver(club, accounts):
    m = members.add_member(club.id, member_input(id_number=CCCD), today=TODAY)
    for role, sees in (("clerk", True), ("approver", True), ("supervisor", False),
                       ("admin", False)):
        set_user(_user(role, province=19 if role == "supervisor" else None))
        assert access.can_see_sensitive(club.ward_code) is sees, role
        if sees:
            assert privacy.member_record(m.person_id)["person"]["id_number"] == CCCD
        else:
            with pytest.raises(access.AccessDenied):
                privacy.member_record(m.person_id)


def test_an_admin_editing_a_masked_form_keeps_the_hidden_values(club, accounts):
    m = members.add_member(club.id, member_input(id_number=CCCD, note="Tiểu đường",
                                                 disability=True), today=TODAY)
    set_user(_user("admin"))
    inp = members.MemberInput.from_membership(m)
    # what the masked window gives back: the masked CCCD, no status, nothing ticked
    inp.id_number, inp.household_status, inp.household_status_year = "********1234", "none", None
    inp.disability, inp.note, inp.phone = False, "", "0912345678"
    members.update_member(m.id, inp, today=TODAY)
    person = Person.get_by_id(m.person_id)
    assert (person.id_number, person.household_status, person.household_status_year,
            person.disability, person.note) == (CCCD, "poor", 2025, True, "Tiểu đường")
    assert person.phone == "0912345678"  # what the admin may see, the admin may change


# --- a member's own record ------------------------------------------------------------------


def test_member_record_holds_every_table_about_the_person(club):
    m = _former_member(club, left=dt.date(2026, 1, 31))
    person = m.person
    other = members.add_member(club.id, member_input(full_name="Lý Văn Tài"), today=TODAY)
    BoardMember.create(club=club, person=person, role="treasurer",
                       term_start=dt.date(2016, 1, 1), term_end=dt.date(2020, 12, 31))
    loan = _loan(club, person, status="repaid")
    LoanRepayment.create(loan=loan, date=dt.date(2019, 12, 5), principal=3_000_000,
                         recorded_by="test")
    guaranteed = _loan(club, other.person, guarantor=person)
    entry = LedgerEntry.create(fund=loan.fund, kind="receipt", date=dt.date(2019, 2, 1),
                               year=2019, number=1, person=person, category="member_fee",
                               description="Đóng góp quý I", amount=15_000, posted_by="test")
    LedgerEntry.create(fund=loan.fund, kind="receipt", date=dt.date(2019, 2, 1), year=2019,
                       number=2, person=other.person, category="member_fee", amount=15_000,
                       posted_by="test")
    record = privacy.member_record(person.id)
    assert record["person"]["full_name"] == "Nguyễn Thị Huệ"
    assert record["person"]["id_number"] == CCCD
    assert record["person"]["birth_date"] == "1958-03-05"
    assert record["person"]["consent_scope"] == DEFAULT_SCOPE
    assert [x["id"] for x in record["memberships"]] == [m.id]
    assert record["memberships"][0]["leave_note"] == "Chuyển về ở với con ở Hà Nội"
    assert [(s["role"], s["club_code"]) for s in record["board_seats"]] == [("treasurer", "DX01")]
    assert [e["id"] for e in record["ledger_entries"]] == [entry.id]
    assert {(x["id"], x["as"]) for x in record["loans"]} == {(loan.id, "borrower"),
                                                            (guaranteed.id, "guarantor")}
    borrowed = next(x for x in record["loans"] if x["as"] == "borrower")
    assert [r["principal"] for r in borrowed["repayments"]] == [3_000_000]
    assert {(a["entity"], a["action"]) for a in record["audit"]} == {
        ("person", "create"), ("membership", "create"), ("membership", "leave")}
    json.dumps(record, ensure_ascii=False)  # JSON-ready as it is
    assert privacy.find_person(id_number="0081 5800 1234").id == person.id
    with pytest.raises(NotFound):
        privacy.find_person(id_number="001099000001")


# --- anonymising ----------------------------------------------------------------------------


def _codes(err):
    return [(p.field, p.code) for p in err.value.problems]


def test_anonymise_is_refused_while_active_indebted_or_within_retention(club):
    active = members.add_member(club.id, member_input(full_name="Lý Văn Tài"), today=TODAY)
    with pytest.raises(ValidationError) as err:
        privacy.anonymise(active.person_id, today=TODAY)
    assert _codes(err) == [("membership", "still_active")]
    assert err.value.params == {"code": "DX01"}

    recent = _former_member(club, left=dt.date(2023, 5, 1))
    with pytest.raises(ValidationError) as err:
        privacy.anonymise(recent.person_id, today=TODAY)
    assert _codes(err) == [("person", "retention_not_reached")]
    assert err.value.params == {"left": dt.date(2023, 5, 1), "years": 5,
                                "until": dt.date(2028, 5, 1)}
    assert Person.get_by_id(recent.person_id).full_name == "Nguyễn Thị Huệ"

    old = _former_member(club, full_name="Hoàng Văn Đức", gender="M", id_number="",
                         phone="", left=dt.date(2019, 12, 31))
    loan = _loan(club, old.person, principal=2_000_000)
    LoanRepayment.create(loan=loan, date=dt.date(2019, 6, 5), principal=500_000,
                         recorded_by="test")
    wrong = LoanRepayment.create(loan=loan, date=dt.date(2019, 7, 5), principal=900_000,
                                 recorded_by="test")
    LoanRepayment.create(loan=loan, date=dt.date(2019, 7, 6), principal=900_000,
                         reverses=wrong, reversal_reason="nhập nhầm", recorded_by="test")
    assert privacy.loan_debts(old.person_id) == [(loan.number, 1_500_000)]
    with pytest.raises(ValidationError) as err:
        privacy.anonymise(old.person_id, today=TODAY)
    assert _codes(err) == [("loan", "loan_outstanding")]
    assert err.value.params == {"number": loan.number, "amount": 1_500_000}

    LoanRepayment.create(loan=loan, date=dt.date(2019, 8, 5), principal=1_500_000,
                         recorded_by="test")
    borrower = members.add_member(club.id, member_input(full_name="Ma Thị Lan"), today=TODAY)
    _loan(club, borrower.person, guarantor=old.person)
    with pytest.raises(ValidationError) as err:
        privacy.anonymise(old.person_id, today=TODAY)
    assert _codes(err) == [("loan", "guarantor_of_current_loan")]


def test_retention_setting_is_admin_only_validated_and_audited(club, accounts):
    assert privacy.load_settings().retention_years == 5
    set_user(_user("clerk"))
    with pytest.raises(access.AccessDenied):
        privacy.save_settings(privacy.PrivacySettings(retention_years=1))
    set_user(_user("admin"))
    with pytest.raises(ValidationError) as err:
        privacy.save_settings(privacy.PrivacySettings(retention_years=-1))
    assert (err.value.field, err.value.code) == ("retention_years", "out_of_range")
    privacy.save_settings(privacy.PrivacySettings(retention_years=2))
    assert privacy.load_settings().retention_years == 2
    row = AuditLog.get((AuditLog.entity == "setting") & (AuditLog.entity_id == "privacy"))
    assert row.actor == "admin1" and json.loads(row.after) == {"retention_years": 2}


def test_anonymise_needs_write_and_sensitive(club, accounts):
    m = _former_member(club)
    for role in ("admin", "supervisor"):
        set_user(_user(role, province=19 if role == "supervisor" else None))
        with pytest.raises(access.AccessDenied):
            privacy.anonymise(m.person_id, today=TODAY)
    set_user(_user("clerk", ward=1843))  # another ward's clerk: the person looks missing
    with pytest.raises(NotFound):
        privacy.anonymise(m.person_id, today=TODAY)
    set_user(_user("clerk"))
    privacy.anonymise(m.person_id, today=TODAY)
    assert Person.get_by_id(m.person_id).anonymised_at is not None


def _figures(club_id, on):
    comp = club_composition(club_id, on, Standards())
    return [(f.key, f.count, f.total) for f in comp.figures]


def test_anonymise_erases_personal_details_and_keeps_every_figure(club, office):
    stay = members.add_member(club.id, member_input(full_name="Lý Văn Tài", gender="M",
                                                    birth_year=1950), today=TODAY)
    gone = _former_member(club, village_id=office["villages"][0].id, home_care_volunteer=True)
    pid = gone.person_id
    update = members.MemberInput.from_membership(gone)
    update.phone = "0987654321"  # an edit: its audit row carries the old and the new phone
    members.update_member(gone.id, update, today=TODAY)
    dates = [dt.date(2015, 6, 1), dt.date(2018, 1, 1), dt.date(2020, 6, 29),
             dt.date(2020, 6, 30), TODAY]
    before = {on: _figures(club.id, on) for on in dates}
    count_before = len(register_index(club.id, include_left=True))
    plain_before = [(r.gender, r.birth_year, r.ethnicity, r.household_status, r.disability,
                     r.joined_on, r.left_on, r.home_care_volunteer)
                    for r in register(club.id, include_left=True)]

    person = privacy.anonymise(pid, today=TODAY)

    person = Person.get_by_id(pid)
    assert person.full_name == f"Thành viên đã ẩn danh {pid}"
    assert (person.id_number, person.phone, person.birth_date, person.note,
            person.village_id, person.consent_scope) == (None, "", None, "", None, "")
    assert person.anonymised_at is not None
    assert (person.gender, person.birth_year, person.ethnicity, person.household_status,
            person.household_status_year) == ("F", 1958, "Tày", "poor", 2025)
    assert Membership.get_by_id(gone.id).leave_note == ""
    assert {on: _figures(club.id, on) for on in dates} == before
    assert len(register_index(club.id, include_left=True)) == count_before
    plain_after = [(r.gender, r.birth_year, r.ethnicity, r.household_status, r.disability,
                    r.joined_on, r.left_on, r.home_care_volunteer)
                   for r in register(club.id, include_left=True)]
    assert sorted(plain_after, key=str) == sorted(plain_before, key=str)
    assert Membership.get_by_id(stay.id).person.full_name == "Lý Văn Tài"

    # No earlier audit row still holds the erased values; the action's own row names fields.
    rows = list(AuditLog.select().where(
        ((AuditLog.entity == "person") & (AuditLog.entity_id == str(pid)))
        | ((AuditLog.entity == "membership") & (AuditLog.entity_id == str(gone.id))))
        .order_by(AuditLog.id))
    text = " ".join(f"{r.before} {r.after}" for r in rows)
    for erased in ("Nguyễn Thị Huệ", CCCD, "0912345678", "0987654321", "1958-03-05",
                   "Hay đau lưng", "Chuyển về ở với con", "quản lý thành viên"):
        assert erased not in text, erased
    assert "Tày" in text and "poor" in text  # what the figures need stays
    last = rows[-1]
    assert last.action == "anonymise" and last.before is None
    after = json.loads(last.after)
    assert "full_name" in after["erased"] and after["audit_rows_scrubbed"] >= 3

    with pytest.raises(ValidationError) as err:
        privacy.anonymise(pid, today=TODAY)
    assert _codes(err) == [("person", "already_anonymised")]


def test_retention_period_comes_from_the_setting(club):
    m = _former_member(club, left=dt.date(2024, 11, 20))
    with pytest.raises(ValidationError):
        privacy.anonymise(m.person_id, today=TODAY)
    privacy.save_settings(privacy.PrivacySettings(retention_years=2))
    privacy.anonymise(m.person_id, today=TODAY)  # left exactly two years ago


# --- exports and packages -------------------------------------------------------------------


def test_unmasked_export_needs_the_sensitive_right_and_is_audited(club, accounts):
    set_user(_user("admin"))
    with pytest.raises(access.AccessDenied):
        privacy.require_unmasked_export(club_id=club.id)
    assert not AuditLog.select().where(AuditLog.action == "export_unmasked").exists()
    set_user(_user("clerk"))
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
    from models.members.member_import import export_members, import_members
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
    assert MASKED_NOTE in ws.oddHeader.center.text
    assert wb.properties.keywords == MASKED_KEYWORD
    assert not AuditLog.select().where(AuditLog.action == "export_unmasked").exists()

    before = Person.select().count()
    result = import_members(path, club.id, today=TODAY)
    assert [(p.field, p.code) for p in result.problems] == [("file", "masked_export")]
    assert Person.select().count() == before


def test_unmasked_export_is_refused_without_the_right_and_audited_with_it(club, accounts,
                                                                          tmp_path):
    from models.members.member_import import export_members

    members.add_member(club.id, member_input(id_number=CCCD), today=TODAY)
    path = tmp_path / "full.xlsx"
    set_user(_user("admin"))
    with pytest.raises(access.AccessDenied):
        export_members(str(path), club_id=club.id, on=TODAY, unmasked=True)
    assert not path.exists()  # refused before anything is written
    set_user(_user("clerk"))
    assert export_members(str(path), club_id=club.id, on=TODAY, unmasked=True) == 1
    _, _, rows = _sheet(path)
    assert rows[0]["id_number"] == CCCD and rows[0]["household_status"] == "Hộ nghèo"
    row = AuditLog.get(AuditLog.action == "export_unmasked")
    assert row.actor == "clerk1"
    assert json.loads(row.after)["file"] == "full.xlsx" and json.loads(row.after)["rows"] == 1


# --- command line ---------------------------------------------------------------------------


def _run(capsys, *args):
    import main

    code = main.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def cli_db(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    path = str(tmp_path / "cli.sqlite3")
    code, _, err = _run(capsys, "--db", path, "init", "--ward", "1840", "--office",
                        "UBND phường Đức Xuân")
    assert code == 0, err
    from models.clubs.clubs import ClubInput, create_club

    club = create_club(ClubInput(code="DX01", name="CLB Liên thế hệ tự giúp nhau Tổ 1",
                                 ward_code=1840))
    _former_member(club, left=dt.date(2019, 5, 1))
    return path


def test_cli_member_data_anonymise_and_unmasked_export(cli_db, tmp_path, capsys):
    pid = Person.get(Person.id_number == CCCD).id
    target = tmp_path / "hue.pdf"
    code, out, err = _run(capsys, "--db", cli_db, "member-data", "--id-number", CCCD, "-o",
                          str(target))
    assert code == 0, err
    assert "Nguyễn Thị Huệ" in out and target.exists() and target.with_suffix(".json").exists()
    assert json.loads(target.with_suffix(".json").read_text("utf-8"))["person"]["id"] == pid

    code, out, err = _run(capsys, "--db", cli_db, "export-members", "--all", "-o",
                          str(tmp_path / "all.xlsx"), "--unmasked")
    assert code == 0, err
    assert "đã được che" not in out
    assert AuditLog.select().where(AuditLog.action == "export_unmasked").count() == 1

    code, out, err = _run(capsys, "--db", cli_db, "anonymise", "--person", str(pid),
                          "--dry-run")
    assert code == 0 and "có thể ẩn danh hóa" in out
    code, out, err = _run(capsys, "--db", cli_db, "anonymise", "--person", str(pid))
    assert code == 0, err
    assert f"«Thành viên đã ẩn danh {pid}»" in out
    code, out, err = _run(capsys, "--db", cli_db, "anonymise", "--person", str(pid))
    assert code == 1
    assert err.strip().startswith("Người: đã được ẩn danh hóa ngày ")
    code, _, err = _run(capsys, "--db", cli_db, "member-data", "--person", "999", "-o",
                        str(target))
    assert code == 1 and "999" in err



def test_cli_consent_form_and_retention(cli_db, tmp_path, capsys):
    target = tmp_path / "dong-y.pdf"
    code, out, err = _run(capsys, "--db", cli_db, "consent-form", "--id-number", CCCD, "-o",
                          str(target))
    assert code == 0, err
    from tests.reports.pdf_probe import flat_text

    text = flat_text(target.read_bytes())
    assert "GIẤY ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN" in text and "Nguyễn Thị Huệ" in text
    code, out, _ = _run(capsys, "--db", cli_db, "retention")
    assert code == 0 and out.strip() == "Thời gian lưu giữ sau khi ra khỏi CLB: 5 năm"
    code, out, _ = _run(capsys, "--db", cli_db, "retention", "--years", "10")
    assert code == 0 and "10 năm" in out
    code, _, err = _run(capsys, "--db", cli_db, "retention", "--years", "200")
    assert code == 1
    assert err.strip() == "Số năm lưu giữ sau khi ra khỏi CLB: phải từ 0 đến 100"


def test_printed_member_list_hides_household_from_roles_without_the_right(club, accounts):
    from models.papers import papers_extra

    members.add_member(club.id, member_input(disability=True), today=TODAY)
    lines = papers_extra.member_list_data(club.id, TODAY).rows
    assert (lines[0].household, lines[0].note) == ("Hộ nghèo", "Khuyết tật")
    set_user(_user("admin"))
    data = papers_extra.member_list_data(club.id, TODAY)
    assert (data.rows[0].household, data.rows[0].note) == (MASK, "")
    assert data.disadvantaged == 1  # the composition line is an aggregate: kept


def test_audit_trail_hides_sensitive_values_from_an_administrator(club, accounts):
    from models.accounts.audit_view import AuditFilter, audit_page

    members.add_member(club.id, member_input(id_number=CCCD, note="Bị tiểu đường"),
                       today=TODAY)
    set_user(_user("admin"))
    rows = [r for r in audit_page(AuditFilter(entity="person")) if r.action == "create"]
    assert rows
    shown = json.dumps([r.after for r in rows], ensure_ascii=False)
    assert CCCD not in shown and "tiểu đường" not in shown and "poor" not in shown
    assert rows[0].after["id_number"] == mask_id_number(CCCD)
    assert rows[0].after["full_name"] == "Nguyễn Thị Huệ"  # not sensitive: shown
