"""Who stands on a loan contract: the guarantor is another person than the borrower and than
the club's signer (the chair in office on the loan's date), refused naming the field, by the
service and by the bulk writer alike; the contract's data carries the whole ID number for a
user who may see it and the masked one for others."""

import datetime as dt

import pytest

from models.accounts.session import SignedInUser, set_user
from models.clubs import clubs
from models.errors import ValidationError
from models.funds import funds
from models.funds.fund_papers import loan_contract_data
from models.loans import loans, loans_bulk
from models.loans.money_story import Lend, Story
from models.members import members
from models.storage.schema import Loan, Person, Ward
from tests.conftest import TODAY, member_input

D = dt.date


@pytest.fixture
def lending(club):
    people = {}
    for key, name in (("chair", "Ma Thị Xuyến"), ("hue", "Nguyễn Thị Huệ"),
                      ("lan", "Hoàng Văn Lân")):
        people[key] = members.add_member(club.id, member_input(full_name=name),
                                         today=TODAY).person_id
    clubs.set_board(club.id, [clubs.BoardSeat("chair", D(2025, 1, 1),
                                              person_id=people["chair"])], today=TODAY)
    fund = {f.kind: f for f in funds.open_default_funds(club.id, D(2025, 1, 1))}["income"]
    funds.post_entry(funds.EntryInput(fund_id=fund.id, kind="receipt", date=D(2025, 1, 2),
                                      amount=20_000_000, category="budget_province",
                                      party="Sở Y tế"), today=TODAY)
    loans.save_loan_rules(club.id, loans.LoanRulesInput(10_000_000, 12, 50, "declining",
                                                        True))
    return {"club": club, **people}


def loan_input(book, **over):
    values = dict(club_id=book["club"].id, person_id=book["hue"], form="cash",
                  principal=3_000_000, purpose="trade", disbursed_on=D(2026, 1, 15),
                  term_months=12, rate_bp=50, interest_method="declining")
    values.update(over)
    return loans.LoanInput(**values)


def problems(fn, *args, **kwargs):
    before = Loan.select().count()
    with pytest.raises(ValidationError) as err:
        fn(*args, **kwargs)
    assert Loan.select().count() == before
    return {(p.field, p.code, tuple(sorted(p.params.items()))) for p in err.value.problems}


def test_the_chair_who_signs_cannot_guarantee(lending):
    found = problems(loans.create_loan, loan_input(lending,
                                                   guarantor_person_id=lending["chair"]),
                     today=TODAY)
    assert found == {("guarantor", "guarantor_is_signer", (("name", "Ma Thị Xuyến"),))}
    # nor typed as a name from outside the club, whatever the case and spacing
    found = problems(loans.create_loan, loan_input(lending, guarantor_name="ma thi XUYẾN"),
                     today=TODAY)
    assert found == {("guarantor", "guarantor_is_signer", (("name", "Ma Thị Xuyến"),))}
    found = problems(loans.create_loan, loan_input(lending,
                                                   guarantor_person_id=lending["hue"]),
                     today=TODAY)
    assert {(f, c) for f, c, _ in found} == {("guarantor", "guarantor_is_borrower")}
    loan = loans.create_loan(loan_input(lending, guarantor_person_id=lending["lan"]),
                             today=TODAY)
    assert loan.guarantor_id == lending["lan"]


def test_the_bulk_writer_refuses_the_same(lending):
    story = Story(events=[Lend(0, loan_input(lending, guarantor_person_id=lending["chair"]))],
                  loans=1)
    with pytest.raises(ValidationError) as err:
        loans_bulk.write_story(story, today=TODAY)
    assert [(p.field, p.code, p.row) for p in err.value.problems] == [
        ("guarantor", "guarantor_is_signer", 1)]
    assert Loan.select().count() == 0


def test_contract_id_number_whole_for_who_may_see_it(lending):
    Person.update(id_number="008158001234").where(Person.id == lending["hue"]).execute()
    loan = loans.create_loan(loan_input(lending, guarantor_person_id=lending["lan"]),
                             today=TODAY)
    assert loan_contract_data(loan.id).borrower.id_text == "008158001234"
    province = Ward.get_by_id(1840).province_code
    set_user(SignedInUser(3, "gs", "Giám sát", "supervisor", None, province))
    try:
        assert loan_contract_data(loan.id).borrower.id_text == "********1234"
    finally:
        set_user(None)
