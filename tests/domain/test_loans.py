"""Loans: rules, disbursement, repayments, reversal, write-off, outcome, register; every
refusal writes nothing."""

import datetime as dt

import pytest

from models.errors import ValidationError
from models.funds import funds
from models.loans import loans
from models.members import members
from models.storage.integrity import loan_checks
from models.storage.schema import (
    AuditLog,
    LedgerEntry,
    Loan,
    LoanInstallment,
    LoanRepayment,
    LoanRules,
)
from tests.conftest import TODAY, member_input

D = dt.date
OPENED = D(2025, 1, 1)


def codes(exc):
    return {(p.field, p.code) for p in exc.problems}


def written():
    return (Loan.select().count(), LoanInstallment.select().count(),
            LoanRepayment.select().count(), LoanRules.select().count(),
            LedgerEntry.select().count(), AuditLog.select().count())


def refused(fn, *args, **kwargs) -> ValidationError:
    before = written()
    with pytest.raises(ValidationError) as err:
        fn(*args, **kwargs)
    assert written() == before, "a refused write changed the database"
    return err.value


@pytest.fixture
def book(club):
    fund = {f.kind: f for f in funds.open_default_funds(club.id, OPENED)}["income"]
    funds.post_entry(funds.EntryInput(fund_id=fund.id, kind="receipt", date=D(2025, 1, 2),
                                      amount=50_000_000, category="budget_province",
                                      party="Sở Y tế"), today=TODAY)
    people = {}
    for key, name in (("hue", "Nguyễn Thị Huệ"), ("lan", "Hoàng Văn Lân"),
                      ("mai", "Đỗ Thị Mai")):
        m = members.add_member(club.id, member_input(full_name=name), today=TODAY)
        people[key] = m.person_id
    loans.save_loan_rules(club.id, loans.LoanRulesInput(20_000_000, 12, 50, "declining"))
    return {"club": club, "fund": fund, **people}


def loan_input(book, **over):
    values = dict(club_id=book["club"].id, person_id=book["hue"], form="cash",
                  principal=10_000_000, purpose="livestock", disbursed_on=D(2026, 1, 15),
                  term_months=12, rate_bp=50, interest_method="declining")
    values.update(over)
    return loans.LoanInput(**values)


def new_loan(book, **over):
    return loans.create_loan(loan_input(book, **over), today=TODAY)


def balance(book, on=TODAY):
    return funds.balance(book["fund"].id, on)


# --- rules -----------------------------------------------------------------------------------


def test_rules_default_then_saved(club):
    club_id = club.id
    assert loans.loan_rules(club_id) == loans.LoanRulesInput(5_000_000, 12, 50, "declining",
                                                             False)
    assert not loans.loan_rules(club_id).stored  # the window says these are only defaults
    loans.save_loan_rules(club_id, loans.LoanRulesInput(30_000_000, 24, 40, "flat", True))
    loans.save_loan_rules(club_id, loans.LoanRulesInput(30_000_000, 18, 40, "flat", True))
    assert LoanRules.select().count() == 1
    assert loans.loan_rules(club_id) == loans.LoanRulesInput(30_000_000, 18, 40, "flat", True)
    assert loans.loan_rules(club_id).stored
    assert AuditLog.select().where(AuditLog.entity == "loan_rules").count() == 2


@pytest.mark.parametrize("over, expected", [
    (dict(max_amount="năm triệu"), ("max_amount", "not_a_number")),
    (dict(max_amount=0), ("max_amount", "amount_not_positive")),
    (dict(max_term_months=0), ("max_term_months", "out_of_range")),
    (dict(max_term_months="12 tháng"), ("max_term_months", "not_a_number")),
    (dict(rate_bp=-1), ("rate_bp", "rate_out_of_range")),
    (dict(rate_bp=0.5), ("rate_bp", "not_integer")),
    (dict(interest_method="compound"), ("interest_method", "invalid")),
])
def test_bad_rules_refused(book, over, expected):
    err = refused(loans.save_loan_rules, book["club"].id, loans.LoanRulesInput(**over))
    assert loans.loan_rules(book["club"].id).max_amount == 20_000_000
    assert expected in codes(err)


# --- disbursement ----------------------------------------------------------------------------


def test_cash_loan_posts_its_payment_and_schedule(book):
    before = balance(book)
    loan = new_loan(book)
    assert (loan.number, loan.status, loan.principal, loan.rate_bp) == (1, "current",
                                                                        10_000_000, 50)
    entry = LedgerEntry.get_by_id(loan.disbursement_entry_id)
    assert (entry.kind, entry.category, entry.amount, entry.person_id, entry.date) == (
        "payment", "loan_disbursement", 10_000_000, book["hue"], D(2026, 1, 15))
    assert "hợp đồng số 1" in entry.description
    assert balance(book) == before - 10_000_000
    schedule = loans.loan_schedule(loan.id)
    assert len(schedule) == 12 and sum(x.principal for x in schedule) == 10_000_000
    assert schedule[0].interest == 50_000 and schedule[0].due_on == D(2026, 2, 15)
    assert schedule == loans.preview_schedule(loan_input(book), today=TODAY)
    assert AuditLog.select().where((AuditLog.entity == "loan")
                                   & (AuditLog.action == "create")).count() == 1
    # numbers run per club
    assert new_loan(book, person_id=book["lan"], principal=2_000_000).number == 2
    assert loan_checks() == []


def test_rate_and_method_default_to_the_club_rule(book):
    loans.save_loan_rules(book["club"].id, loans.LoanRulesInput(20_000_000, 12, 30, "flat"))
    loan = new_loan(book, rate_bp=None, interest_method="")
    assert (loan.rate_bp, loan.interest_method) == (30, "flat")
    assert {x.interest for x in loans.loan_schedule(loan.id)} == {30_000}
    free = new_loan(book, person_id=book["lan"], rate_bp=None, interest_method="none")
    assert (free.rate_bp, free.interest_method) == (0, "none")


def test_loan_in_kind_two_cows(book):
    loans.save_loan_rules(book["club"].id, loans.LoanRulesInput(30_000_000, 24, 40))
    loan = new_loan(book, form="in_kind", item="Bò cái giống", quantity=2, unit="con",
                    unit_value=15_000_000, principal=None, term_months=18,
                    repayment_plan="end_of_term", rate_bp=40, supplier="Trại bò Phú Bình")
    assert loan.principal == 30_000_000 and loan.item == "Bò cái giống"
    # the cash went to the seller of the cows; the borrower got cows, not a cash voucher
    assert loan.disbursement_entry_id is None
    entry = LedgerEntry.get(LedgerEntry.category == "goods_purchase")
    assert (entry.amount, entry.party, entry.person_id) == (30_000_000, "Trại bò Phú Bình",
                                                            None)
    assert entry.description == ("Mua 2 con bò cái giống, 15.000.000 đ/con để cho vay theo "
                                 "hợp đồng số 1")
    schedule = loans.loan_schedule(loan.id)
    assert [x.principal for x in schedule] == [0] * 17 + [30_000_000]
    assert {x.interest for x in schedule} == {120_000}
    # a quantity with decimals (kg of seedlings) is valued and rounded to whole đồng
    seeds = new_loan(book, person_id=book["lan"], form="in_kind", item="Giống ngô",
                     quantity=2.5, unit="kg", unit_value=33_333, principal=None, rate_bp=40,
                     supplier="Đại lý giống Xuân Hòa")
    assert seeds.principal == 83_333  # 83.332,5 rounded half up
    # the value given must match quantity × unit value
    err = refused(loans.create_loan, loan_input(
        book, person_id=book["mai"], form="in_kind", item="Lợn giống", quantity=3,
        unit="con", unit_value=1_500_000, principal=4_000_000, rate_bp=40,
        supplier="Trại lợn"), today=TODAY)
    assert ("principal", "principal_mismatch") in codes(err)
    assert err.problems[0].params == {"amount": 4_500_000}


@pytest.mark.parametrize("over, expected", [
    (dict(principal=0), ("principal", "amount_not_positive")),
    (dict(principal=-500_000), ("principal", "amount_not_positive")),
    (dict(principal="mười triệu"), ("principal", "not_a_number")),
    (dict(principal=1_000_000.5), ("principal", "not_integer")),
    (dict(principal=None), ("principal", "required")),
    (dict(principal=25_000_000), ("principal", "over_max_amount")),
    (dict(term_months=0), ("term_months", "not_positive")),
    (dict(term_months=13), ("term_months", "over_max_term")),
    (dict(term_months="12"), ("term_months", "not_a_number")),
    (dict(rate_bp=60), ("rate_bp", "over_rule_rate")),
    (dict(rate_bp="0,5"), ("rate_bp", "not_a_number")),
    (dict(rate_bp=-5), ("rate_bp", "not_non_negative_int")),
    (dict(rate_bp=20, interest_method="none"), ("rate_bp", "rate_without_interest")),
    (dict(interest_method="flat"), ("interest_method", "method_over_rule")),
    (dict(interest_method="compound"), ("interest_method", "invalid")),
    (dict(repayment_plan="weekly"), ("repayment_plan", "invalid")),
    (dict(purpose=""), ("purpose", "required")),
    (dict(purpose="gambling"), ("purpose", "invalid")),
    (dict(purpose="other"), ("purpose_note", "required")),
    (dict(form="voucher"), ("form", "invalid")),
    (dict(item="Bò"), ("item", "cash_with_item")),
    (dict(form="in_kind", principal=None), ("item", "required")),
    (dict(form="in_kind", item="Bò", quantity=1, unit_value=1), ("unit", "required")),
    (dict(form="in_kind", item="Bò", unit="con", quantity="hai", unit_value=1),
     ("quantity", "not_a_number")),
    (dict(form="in_kind", item="Bò", unit="con", quantity=0, unit_value=1),
     ("quantity", "not_positive")),
    (dict(form="in_kind", item="Bò", unit="con", quantity=1, unit_value=0),
     ("unit_value", "amount_not_positive")),
    (dict(disbursed_on=None), ("disbursed_on", "required")),
    (dict(disbursed_on="15/01/2026"), ("disbursed_on", "bad_date")),
    (dict(disbursed_on=D(2026, 12, 1)), ("disbursed_on", "in_future")),
    (dict(disbursed_on=D(2024, 12, 1)), ("disbursed_on", "before_fund_opened")),
    (dict(disbursed_on=D(2025, 2, 1)), ("person", "not_member_on")),  # joined 05/03/2025
    (dict(person_id=None), ("person", "required")),
    (dict(club_id=None), ("club", "required")),
    (dict(guarantor_person_id=-1, guarantor_name="Bà Tư"), ("guarantor", "guarantor_both")),
    (dict(guarantor_person_id="self"), ("guarantor", "guarantor_is_borrower")),
])
def test_bad_loans_refused(book, over, expected):
    if over.get("guarantor_person_id") == "self":
        over["guarantor_person_id"] = book["hue"]
    err = refused(loans.create_loan, loan_input(book, **over), today=TODAY)
    assert expected in codes(err), codes(err)
    assert expected in codes(loans.check_loan(loan_input(book, **over), today=TODAY))
    with pytest.raises(ValidationError):
        loans.preview_schedule(loan_input(book, **over), today=TODAY)


def test_borrower_and_guarantor_must_be_active_members(book, club):
    from models.clubs.clubs import ClubInput, create_club

    other = create_club(ClubInput(code="DX02", name="CLB Liên thế hệ Tổ 2", ward_code=1840))
    outsider = members.add_member(other.id, member_input(full_name="Lò Văn Páo"),
                                  today=TODAY).person_id
    err = refused(loans.create_loan, loan_input(book, person_id=outsider), today=TODAY)
    assert ("person", "not_member_on") in codes(err)
    err = refused(loans.create_loan, loan_input(book, guarantor_person_id=outsider),
                  today=TODAY)
    assert ("guarantor", "not_member_on") in codes(err)
    membership = members.active_membership(book["lan"])
    members.leave(membership.id, D(2026, 1, 10), "moved", today=TODAY)
    err = refused(loans.create_loan, loan_input(book, person_id=book["lan"]), today=TODAY)
    assert ("person", "not_member_on") in codes(err)
    # before leaving, Lân was a member: a back-dated loan is fine
    assert new_loan(book, person_id=book["lan"], disbursed_on=D(2026, 1, 5)).number == 1


def test_guarantor_when_the_rule_needs_one(book):
    loans.save_loan_rules(book["club"].id, loans.LoanRulesInput(guarantor_required=True))
    err = refused(loans.create_loan, loan_input(book, principal=3_000_000), today=TODAY)
    assert codes(err) == {("guarantor", "guarantor_required")}
    a = new_loan(book, principal=3_000_000, guarantor_person_id=book["lan"])
    b = new_loan(book, person_id=book["mai"], principal=3_000_000, guarantor_name="Lê Văn Tư")
    assert (a.guarantor_id, b.guarantor_name) == (book["lan"], "Lê Văn Tư")


def test_fund_must_cover_the_loan_and_periods_closed(book):
    loans.save_loan_rules(book["club"].id, loans.LoanRulesInput(100_000_000, 12, 50))
    err = refused(loans.create_loan, loan_input(book, principal=60_000_000), today=TODAY)
    assert ("principal", "would_go_negative") in codes(err)
    funds.close_period(2026, 1, fund_id=book["fund"].id, today=TODAY)
    err = refused(loans.create_loan, loan_input(book), today=TODAY)
    assert ("disbursed_on", "period_closed") in codes(err)
    # a back-dated loan may not drive a later balance below zero either
    funds.post_entry(funds.EntryInput(fund_id=book["fund"].id, kind="payment",
                                      date=D(2026, 5, 1), amount=45_000_000,
                                      category="other", party="Chuyển quỹ"), today=TODAY)
    err = refused(loans.create_loan, loan_input(book, disbursed_on=D(2026, 3, 1)), today=TODAY)
    assert ("principal", "would_go_negative") in codes(err)


# --- repayments ------------------------------------------------------------------------------


def repay(loan, on, principal=0, interest=0, **over):
    return loans.repay(loans.RepaymentInput(loan_id=loan.id, date=on, principal=principal,
                                            interest=interest, **over), today=TODAY)


def test_repayment_splits_principal_and_interest(book):
    loan = new_loan(book)
    before = balance(book)
    r = repay(loan, D(2026, 2, 15), 833_333, 50_000)
    p_entry, i_entry = (LedgerEntry.get_by_id(r.principal_entry_id),
                        LedgerEntry.get_by_id(r.interest_entry_id))
    assert (p_entry.kind, p_entry.category, p_entry.amount) == ("receipt", "loan_repayment",
                                                                833_333)
    assert (i_entry.kind, i_entry.category, i_entry.amount) == ("receipt", "loan_interest",
                                                                50_000)
    assert p_entry.person_id == i_entry.person_id == book["hue"]
    assert balance(book) == before + 883_333
    only_interest = repay(loan, D(2026, 3, 15), 0, 45_833)
    assert only_interest.principal_entry_id is None and only_interest.interest_entry_id
    assert loans.paid_totals(loan.id) == (833_333, 95_833)
    assert loan_checks() == []


@pytest.mark.parametrize("kw, expected", [
    (dict(principal=0, interest=0), ("amount", "nothing_to_repay")),
    (dict(principal=-1), ("principal", "not_non_negative_int")),
    (dict(principal="800.000"), ("principal", "not_a_number")),
    (dict(interest=1.5), ("interest", "not_integer")),
    (dict(principal=10_000_001), ("principal", "over_owed")),
    (dict(interest=326_001), ("interest", "over_interest_owed")),  # the schedule has 326.000
    (dict(principal=1, on=D(2026, 1, 14)), ("date", "before_disbursement")),
    (dict(principal=1, on=D(2026, 11, 21)), ("date", "in_future")),
    (dict(principal=1, on=None), ("date", "required")),
    (dict(principal=1, form="in_kind"), ("form", "in_kind_for_cash_loan")),
    (dict(principal=1, form="gold"), ("form", "invalid")),
])
def test_bad_repayments_refused(book, kw, expected):
    loan = new_loan(book)
    on = kw.pop("on", D(2026, 2, 15))
    err = refused(loans.repay, loans.RepaymentInput(loan_id=loan.id, date=on, **kw),
                  today=TODAY)
    assert expected in codes(err), codes(err)


def test_repayment_in_a_closed_month_refused(book):
    loan = new_loan(book)
    funds.close_period(2026, 2, club_id=book["club"].id, today=TODAY)
    err = refused(repay, loan, D(2026, 2, 15), 100_000)
    assert ("date", "period_closed") in codes(err)
    assert repay(loan, D(2026, 3, 2), 100_000).principal == 100_000


def test_full_repayment_closes_the_loan(book):
    loan = new_loan(book, principal=1_200_000, term_months=3, rate_bp=0,
                    interest_method="none")
    repay(loan, D(2026, 2, 15), 400_000)
    repay(loan, D(2026, 3, 15), 700_000)
    assert Loan.get_by_id(loan.id).status == "current"
    err = refused(repay, loan, D(2026, 4, 1), 100_001)
    assert err.problems[0].params == {"amount": 100_000}
    repay(loan, D(2026, 4, 1), 100_000)
    loan = Loan.get_by_id(loan.id)
    assert (loan.status, loan.closed_on) == ("repaid", D(2026, 4, 1))
    err = refused(repay, loan, D(2026, 4, 2), 0, 1_000)
    assert ("loan", "loan_closed") in codes(err)
    assert loan_checks() == []


def test_interest_due_keeps_the_loan_open(book):
    loan = new_loan(book, principal=1_000_000, term_months=1, rate_bp=50)
    repay(loan, D(2026, 2, 20), 1_000_000)
    assert Loan.get_by_id(loan.id).status == "current"  # 5.000 đ interest still due
    repay(loan, D(2026, 2, 21), 0, 5_000)
    assert Loan.get_by_id(loan.id).status == "repaid"


def test_in_kind_loan_repaid_in_kind_enters_the_goods_not_the_cash(book):
    from models.funds import goods

    loans.save_loan_rules(book["club"].id, loans.LoanRulesInput(30_000_000, 24, 40))
    loan = new_loan(book, form="in_kind", item="Lợn nái", quantity=2, unit="con",
                    unit_value=3_000_000, principal=None, rate_bp=0, interest_method="none",
                    supplier="Trại lợn Đồng Hỷ")
    cash = balance(book)
    r = repay(loan, D(2026, 6, 1), 3_000_000, form="in_kind", note="Trả 1 con lợn nái")
    assert r.principal_entry_id is None and balance(book) == cash
    assert goods.goods_held(book["fund"].id, D(2026, 6, 1)) == 3_000_000
    assert repay(loan, D(2026, 7, 1), 3_000_000).form == "cash"  # or in cash
    assert Loan.get_by_id(loan.id).status == "repaid"




def test_no_open_income_fund_no_loan(book):
    from models.storage.schema import Fund

    Fund.update(closed_on=D(2025, 12, 31)).where(Fund.id == book["fund"].id).execute()
    err = refused(loans.create_loan, loan_input(book), today=TODAY)
    assert ("fund", "no_income_fund") in codes(err)
    err = refused(loans.create_loan, loan_input(book, disbursed_on=D(2026, 12, 1)), today=TODAY)
    assert ("disbursed_on", "in_future") in codes(err)
