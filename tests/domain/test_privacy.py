"""Personal data: consent scope, masking by role, a member's record, anonymising, the
retention setting, and what the printed list and the audit trail hide. Exports, packages
sent upward and the command line: test_privacy_exports.py."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from models.accounts import access
from models.accounts.session import set_user
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
)
from tests.conftest import TODAY, member_input
from tests.domain.privacy_helpers import CCCD, as_user, create_accounts, former_member


@pytest.fixture
def accounts(db):
    create_accounts()
    yield
    set_user(None)


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
        set_user(as_user(role, province=19 if role == "supervisor" else None))
        assert access.can_see_sensitive(club.ward_code) is sees, role
        if sees:
            assert privacy.member_record(m.person_id)["person"]["id_number"] == CCCD
        else:
            with pytest.raises(access.AccessDenied):
                privacy.member_record(m.person_id)


def test_an_admin_editing_a_masked_form_keeps_the_hidden_values(club, accounts):
    m = members.add_member(club.id, member_input(id_number=CCCD, note="Tiểu đường",
                                                 disability=True), today=TODAY)
    set_user(as_user("admin"))
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
    m = former_member(club, left=dt.date(2026, 1, 31))
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

    recent = former_member(club, left=dt.date(2023, 5, 1))
    with pytest.raises(ValidationError) as err:
        privacy.anonymise(recent.person_id, today=TODAY)
    assert _codes(err) == [("person", "retention_not_reached")]
    assert err.value.params == {"left": dt.date(2023, 5, 1), "years": 5,
                                "until": dt.date(2028, 5, 1)}
    assert Person.get_by_id(recent.person_id).full_name == "Nguyễn Thị Huệ"

    old = former_member(club, full_name="Hoàng Văn Đức", gender="M", id_number="",
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
    set_user(as_user("clerk"))
    with pytest.raises(access.AccessDenied):
        privacy.save_settings(privacy.PrivacySettings(retention_years=1))
    set_user(as_user("admin"))
    with pytest.raises(ValidationError) as err:
        privacy.save_settings(privacy.PrivacySettings(retention_years=-1))
    assert (err.value.field, err.value.code) == ("retention_years", "out_of_range")
    privacy.save_settings(privacy.PrivacySettings(retention_years=2))
    assert privacy.load_settings().retention_years == 2
    row = AuditLog.get((AuditLog.entity == "setting") & (AuditLog.entity_id == "privacy"))
    assert row.actor == "admin1" and json.loads(row.after) == {"retention_years": 2}


def test_anonymise_needs_write_and_sensitive(club, accounts):
    m = former_member(club)
    for role in ("admin", "supervisor"):
        set_user(as_user(role, province=19 if role == "supervisor" else None))
        with pytest.raises(access.AccessDenied):
            privacy.anonymise(m.person_id, today=TODAY)
    set_user(as_user("clerk", ward=1843))  # another ward's clerk: the person looks missing
    with pytest.raises(NotFound):
        privacy.anonymise(m.person_id, today=TODAY)
    set_user(as_user("clerk"))
    privacy.anonymise(m.person_id, today=TODAY)
    assert Person.get_by_id(m.person_id).anonymised_at is not None


def _figures(club_id, on):
    comp = club_composition(club_id, on, Standards())
    return [(f.key, f.count, f.total) for f in comp.figures]


def test_anonymise_erases_personal_details_and_keeps_every_figure(club, office):
    stay = members.add_member(club.id, member_input(full_name="Lý Văn Tài", gender="M",
                                                    birth_year=1950), today=TODAY)
    gone = former_member(club, village_id=office["villages"][0].id, home_care_volunteer=True)
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
    m = former_member(club, left=dt.date(2024, 11, 20))
    with pytest.raises(ValidationError):
        privacy.anonymise(m.person_id, today=TODAY)
    privacy.save_settings(privacy.PrivacySettings(retention_years=2))
    privacy.anonymise(m.person_id, today=TODAY)  # left exactly two years ago


def test_printed_member_list_hides_household_from_roles_without_the_right(club, accounts):
    from models.papers import papers_extra

    members.add_member(club.id, member_input(disability=True), today=TODAY)
    lines = papers_extra.member_list_data(club.id, TODAY).rows
    assert (lines[0].household, lines[0].note) == ("Hộ nghèo", "Khuyết tật")
    set_user(as_user("admin"))
    data = papers_extra.member_list_data(club.id, TODAY)
    assert (data.rows[0].household, data.rows[0].note) == (MASK, "")
    assert data.disadvantaged == 1  # the composition line is an aggregate: kept


def test_audit_trail_hides_sensitive_values_from_an_administrator(club, accounts):
    from models.accounts.audit_view import AuditFilter, audit_page

    members.add_member(club.id, member_input(id_number=CCCD, note="Bị tiểu đường"),
                       today=TODAY)
    set_user(as_user("admin"))
    rows = [r for r in audit_page(AuditFilter(entity="person")) if r.action == "create"]
    assert rows
    shown = json.dumps([r.after for r in rows], ensure_ascii=False)
    assert CCCD not in shown and "tiểu đường" not in shown and "poor" not in shown
    assert rows[0].after["id_number"] == mask_id_number(CCCD)
    assert rows[0].after["full_name"] == "Nguyễn Thị Huệ"  # not sensitive: shown
