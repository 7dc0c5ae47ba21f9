"""Funds and ledger: each rule and refusal by example, and the access rules."""

import datetime as dt

import pytest

from models.clubs import clubs
from models.errors import NotFound, ValidationError
from models.funds import funds
from models.members import members
from models.storage.schema import AuditLog, LedgerEntry
from tests.conftest import TODAY, member_input
from tests.domain.fund_helpers import (
    OPENED,
    D,
    codes,
    entry,
    fund_findings,
    income_fund,
    post,
    post_by_hand_before_the_rule,
    refused,
    written,
)


@pytest.fixture
def fund(club):
    return income_fund(club)


# --- Funds --------------------------------------------------------------------------------


def test_founding_a_club_opens_its_two_funds(club):
    from tests.domain.test_clubs import founding

    clubs.found_club(club.id, founding(), today=TODAY)
    opened = funds.funds_of(club.id)
    assert [(f.kind, f.opened_on) for f in opened] == [
        ("income", D(2025, 3, 1)), ("activity", D(2025, 3, 1))]
    assert AuditLog.select().where(AuditLog.entity == "fund").count() == 2
    # calling again adds nothing: a club has one fund of each default kind
    assert len(funds.open_default_funds(club.id)) == 2


def test_office_adds_a_golden_heart_book_but_not_a_second_income_fund(fund, club):
    book = funds.open_fund(club.id, "golden_heart", "Sổ Tấm lòng vàng", D(2025, 6, 1))
    assert book.kind == "golden_heart" and book.name == "Sổ Tấm lòng vàng"
    err = refused(funds.open_fund, club.id, "income", "Quỹ thứ hai", D(2025, 6, 1))
    assert codes(err) == {("kind", "duplicate")}
    err = refused(funds.open_fund, club.id, "piggy", "", None)
    assert codes(err) == {("kind", "invalid"), ("name", "required"), ("date", "required")}


# --- Posting ------------------------------------------------------------------------------


def test_receipts_and_payments_number_per_fund_kind_and_year(fund, club):
    activity = [f for f in funds.funds_of(club.id) if f.kind == "activity"][0]
    r1 = post(fund, "receipt", D(2025, 2, 1), 5_000_000)
    r2 = post(fund, "receipt", D(2025, 2, 3), 1_000_000)
    p1 = post(fund, "payment", D(2025, 2, 4), 2_000_000)
    a1 = post(activity, "receipt", D(2025, 2, 4), 300_000)
    r3 = post(fund, "receipt", D(2026, 1, 5), 100_000)
    back = post(fund, "receipt", D(2025, 1, 15), 50_000)  # back-dated: next number, no reuse
    assert [e.number for e in (r1, r2, p1, a1, r3, back)] == [1, 2, 1, 1, 1, 3]
    assert (r3.year, back.year) == (2026, 2025)
    assert funds.balance(fund.id, D(2025, 2, 3)) == 6_050_000
    assert funds.balance(fund.id, D(2025, 12, 31)) == 4_050_000
    audit = AuditLog.get(AuditLog.entity == "ledger_entry", AuditLog.entity_id == str(r1.id))
    assert audit.action == "post" and '"amount": 5000000' in audit.after
    assert fund_findings() == []


@pytest.mark.parametrize("amount, code", [
    (0, "amount_not_positive"), (-5000, "amount_not_positive"),
    (1500.5, "amount_not_integer"), ("1.500.000", "amount_not_integer"),
    (True, "amount_not_integer"), (None, "required"),
    (funds.MAX_AMOUNT + 1, "amount_too_large"),
])
def test_bad_amounts_are_refused(fund, amount, code):
    err = refused(funds.post_entry, entry(fund, "receipt", D(2025, 2, 1), amount), today=TODAY)
    assert codes(err) == {("amount", code)}


def test_counterparty_category_and_date_rules(fund, club):
    err = refused(funds.post_entry, entry(fund, "receipt", D(2025, 2, 1), 1000, party=""),
                  today=TODAY)
    assert codes(err) == {("counterparty", "required")}
    outsider = members.add_member(club.id, member_input(), today=TODAY).person_id
    err = refused(funds.post_entry, entry(fund, "receipt", D(2025, 2, 1), 1000,
                                          person_id=outsider), today=TODAY)
    assert codes(err) == {("counterparty", "counterparty_both")}
    err = refused(funds.post_entry, entry(fund, "receipt", D(2025, 2, 1), 1000,
                                          category="loan_disbursement"), today=TODAY)
    assert codes(err) == {("category", "category_kind")}
    err = refused(funds.post_entry, entry(fund, "receipt", D(2024, 12, 31), 1000), today=TODAY)
    assert codes(err) == {("date", "before_fund_opened")}
    err = refused(funds.post_entry, entry(fund, "receipt", TODAY + dt.timedelta(days=1), 1000),
                  today=TODAY)
    assert codes(err) == {("date", "in_future")}
    err = refused(funds.post_entry, entry(fund, "refund", None, 1000), today=TODAY)
    assert codes(err) == {("kind", "invalid"), ("date", "required")}
    err = refused(funds.post_entry, entry(fund, "receipt", "01/02/2025", 1000), today=TODAY)
    assert codes(err) == {("date", "bad_date")}
    # a member of the club pays her fee: named by person, no outside party
    fee = post(fund, "receipt", D(2025, 4, 1), 20_000, category="member_fee", party="",
               person_id=outsider)
    assert fee.person_id == outsider and fee.party == ""


def test_a_member_of_another_club_is_not_a_counterparty(fund, office):
    other = clubs.create_club(clubs.ClubInput(code="DX02", name="CLB Tổ 2", ward_code=1840))
    person = members.add_member(other.id, member_input(), today=TODAY).person_id
    err = refused(funds.post_entry, entry(fund, "receipt", D(2025, 2, 1), 1000, party="",
                                          person_id=person), today=TODAY)
    assert codes(err) == {("counterparty", "not_in_club")}


def test_payment_over_the_balance_is_refused(fund):
    post(fund, "receipt", D(2025, 3, 1), 1_000_000)
    err = refused(funds.post_entry, entry(fund, "payment", D(2025, 3, 2), 1_000_001),
                  today=TODAY)
    assert codes(err) == {("amount", "would_go_negative")}
    assert err.params == {"date": D(2025, 3, 2), "balance": 1_000_000, "amount": 1_000_001}
    post(fund, "payment", D(2025, 3, 2), 1_000_000)
    assert funds.balance(fund.id, TODAY) == 0


def test_back_dated_payment_checks_every_later_balance(fund):
    post(fund, "receipt", D(2025, 3, 1), 1_000_000)
    post(fund, "payment", D(2025, 5, 1), 800_000)  # leaves 200,000 from May on
    post(fund, "receipt", D(2025, 7, 1), 5_000_000)
    # On 1 April the fund holds 1,000,000 and today 5,200,000, but a 300,000 payment dated
    # April would leave May at -100,000.
    err = refused(funds.post_entry, entry(fund, "payment", D(2025, 4, 1), 300_000),
                  today=TODAY)
    assert codes(err) == {("amount", "would_go_negative")}
    assert err.params["date"] == D(2025, 5, 1) and err.params["balance"] == 200_000
    post(fund, "payment", D(2025, 4, 1), 200_000)
    assert funds.balance(fund.id, D(2025, 5, 1)) == 0
    assert fund_findings() == []


@pytest.fixture
def shared_db(db, tmp_path):
    """A database two threads can both open: the test server, or a SQLite file."""
    import os

    from models.storage import db as dbmod
    from models.storage.migrations import open_database

    if os.environ.get("ISHC_TEST_PG"):
        yield db
        return
    database = open_database(str(tmp_path / "shared.sqlite3"))
    yield database
    dbmod.bind(db)
    database.close()


def test_two_payments_at_once_cannot_both_spend_the_money(shared_db, monkeypatch):
    import threading
    import time

    club_ = clubs.create_club(clubs.ClubInput(code="DX09", name="CLB Tổ 9", ward_code=1840))
    fund = funds.open_default_funds(club_.id, OPENED)[0]
    post(fund, "receipt", D(2025, 3, 1), 1_000_000)
    real = funds.lowest_balance_unchecked  # what the cover check reads

    def slow(fund_id, on):  # hold the checked balance long enough for the other payment
        found = real(fund_id, on)
        time.sleep(0.3)
        return found

    monkeypatch.setattr(funds, "lowest_balance_unchecked", slow)
    outcomes = []

    def pay():
        try:
            outcomes.append(post(fund, "payment", D(2025, 3, 2), 800_000).id)
        except ValidationError as exc:
            outcomes.append(exc.code)
        finally:
            shared_db.close()

    threads = [threading.Thread(target=pay) for _ in range(2)]
    threads[0].start()
    time.sleep(0.1)
    threads[1].start()
    for t in threads:
        t.join(20)
    assert sorted(outcomes, key=str)[1:] == ["would_go_negative"]
    assert funds.balance(fund.id, TODAY) == 200_000


def test_error_message_reads_as_vietnamese(fund):
    from ui.messages import problem_text

    post(fund, "receipt", D(2025, 3, 1), 1_250_000)
    err = refused(funds.post_entry, entry(fund, "payment", D(2025, 3, 2), 2_000_000),
                  today=TODAY)
    assert problem_text(err.problems[0]) == \
        "Số tiền: quỹ không đủ: số dư ngày 02/03/2025 chỉ còn 1.250.000 đồng"


# --- Reversals ----------------------------------------------------------------------------


def test_reversal_cancels_an_entry_once(fund):
    r = post(fund, "receipt", D(2025, 3, 1), 700_000)
    rev = funds.reverse_entry(r.id, "Ghi nhầm số tiền", D(2025, 3, 5), today=TODAY)
    assert (rev.kind, rev.amount, rev.reverses_id, rev.number) == ("payment", 700_000, r.id, 1)
    assert rev.reversal_reason == "Ghi nhầm số tiền" and rev.category == r.category
    assert funds.balance(fund.id, TODAY) == 0
    err = refused(funds.reverse_entry, r.id, "Lần nữa", D(2025, 3, 6), today=TODAY)
    assert codes(err) == {("entry", "already_reversed")}
    err = refused(funds.reverse_entry, rev.id, "Đảo lại", D(2025, 3, 6), today=TODAY)
    assert codes(err) == {("entry", "is_reversal")}
    assert fund_findings() == []


def test_reversal_needs_reason_and_date_after_original(fund):
    r = post(fund, "receipt", D(2025, 3, 1), 700_000)
    err = refused(funds.reverse_entry, r.id, "  ", D(2025, 2, 1), today=TODAY)
    assert codes(err) == {("reason", "required"), ("date", "before_original")}


def test_reversing_a_receipt_already_spent_is_refused(fund):
    r = post(fund, "receipt", D(2025, 3, 1), 700_000)
    post(fund, "payment", D(2025, 3, 2), 500_000)
    err = refused(funds.reverse_entry, r.id, "Ghi nhầm", D(2025, 3, 3), today=TODAY)
    assert codes(err) == {("amount", "would_go_negative")}
    # reversing the payment instead puts the money back
    pay = LedgerEntry.get(LedgerEntry.kind == "payment")
    funds.reverse_entry(pay.id, "Chi nhầm", D(2025, 3, 3), today=TODAY)
    assert funds.balance(fund.id, TODAY) == 700_000


def test_movements_net_reversals_into_their_category(fund):
    post(fund, "receipt", D(2025, 3, 1), 1_000_000, category="budget_commune")
    r = post(fund, "receipt", D(2025, 3, 2), 400_000, category="donation")
    post_by_hand_before_the_rule(entry(fund, "payment", D(2025, 3, 3), 300_000,
                                       category="loan_disbursement"))
    funds.reverse_entry(r.id, "Nhà tài trợ rút lại", D(2025, 3, 4), today=TODAY)
    post(fund, "receipt", D(2025, 4, 1), 50_000, category="donation")
    m = funds.movements(fund.id, D(2025, 3, 1), D(2025, 3, 31))
    assert m.opening == 0
    assert m.receipts == {"budget_commune": 1_000_000, "donation": 0}
    assert m.payments == {"loan_disbursement": 300_000}
    assert m.closing == 700_000 == funds.balance(fund.id, D(2025, 3, 31))
    assert funds.movements(fund.id, D(2025, 4, 1), D(2025, 4, 30)).opening == 700_000


def test_ledger_running_balance(fund):
    post(fund, "receipt", D(2025, 2, 1), 1_000_000)
    post(fund, "receipt", D(2025, 3, 1), 500_000, party="Bà Lò Thị Xuân")
    post(fund, "payment", D(2025, 3, 10), 200_000)
    post(fund, "receipt", D(2025, 3, 5), 100_000)  # back-dated, sorts by date
    book = funds.ledger(fund.id, D(2025, 3, 1), D(2025, 3, 31))
    assert book.opening == 1_000_000
    assert [(ln.date.day, ln.receipt, ln.payment, ln.balance) for ln in book.lines] == [
        (1, 500_000, 0, 1_500_000), (5, 100_000, 0, 1_600_000), (10, 0, 200_000, 1_400_000)]
    assert book.lines[0].counterparty == "Bà Lò Thị Xuân"
    assert book.closing == 1_400_000 == funds.balance(fund.id, D(2025, 3, 31))


# --- Closed periods -----------------------------------------------------------------------


def test_closed_month_refuses_entries_and_reversals(fund):
    r = post(fund, "receipt", D(2025, 3, 10), 900_000)
    funds.close_period(2025, 3, fund_id=fund.id, today=TODAY)
    err = refused(funds.post_entry, entry(fund, "receipt", D(2025, 3, 31), 1000), today=TODAY)
    assert codes(err) == {("date", "period_closed")}
    assert err.params == {"month": 3, "year": 2025}
    # the original stays in March; its reversal is dated in an open month
    rev = funds.reverse_entry(r.id, "Ghi nhầm quỹ", D(2025, 4, 1), today=TODAY)
    assert rev.date == D(2025, 4, 1)
    err = refused(funds.close_period, 2025, 3, fund_id=fund.id, today=TODAY)
    assert codes(err) == {("period", "period_already_closed")}
    post(fund, "receipt", D(2025, 4, 2), 1000)


def test_club_closing_covers_every_fund_and_a_year_covers_its_months(fund, club):
    activity = [f for f in funds.funds_of(club.id) if f.kind == "activity"][0]
    funds.close_period(2025, club_id=club.id, today=TODAY)
    for f in (fund, activity):
        err = refused(funds.post_entry, entry(f, "receipt", D(2025, 7, 1), 1000), today=TODAY)
        assert codes(err) == {("date", "year_closed")}
    err = refused(funds.close_period, 2025, 5, fund_id=activity.id, today=TODAY)
    assert codes(err) == {("period", "period_already_closed")}
    post(fund, "receipt", D(2026, 1, 2), 1000)


def test_a_period_not_yet_ended_cannot_be_closed(fund):
    err = refused(funds.close_period, 2026, 11, fund_id=fund.id, today=TODAY)
    assert codes(err) == {("period", "period_not_ended")}
    err = refused(funds.close_period, 2025, 13, fund_id=fund.id, today=TODAY)
    assert codes(err) == {("month", "invalid")}


# --- Cash count ---------------------------------------------------------------------------


def test_cash_count_keeps_the_difference(fund):
    post(fund, "receipt", D(2025, 3, 1), 1_000_000)
    count = funds.record_cash_count(fund.id, D(2025, 3, 31), 950_000, "Thiếu 50 nghìn",
                                    today=TODAY)
    assert (count.book_balance, count.counted, count.difference) == (1_000_000, 950_000, -50_000)
    assert funds.balance(fund.id, D(2025, 3, 31)) == 1_000_000  # the book is not adjusted
    err = refused(funds.record_cash_count, fund.id, D(2025, 3, 31), "950.000", today=TODAY)
    assert codes(err) == {("counted", "amount_not_integer")}



def test_services_and_reads_follow_the_access_rules(fund, club):
    from models.accounts import access
    from models.accounts.session import SignedInUser, set_user
    from models.storage.schema import UserAccount

    post(fund, "receipt", D(2026, 1, 5), 500_000)
    UserAccount.create(username="a", full_name="A", role="admin", ward=1840, password_hash="x")

    def as_user(role, ward):
        set_user(SignedInUser(id=1, username="u", full_name="U", role=role, ward_code=ward,
                              province_code=None))

    reads = [lambda: funds.balance(fund.id, TODAY), lambda: funds.get_fund(fund.id),
             lambda: funds.funds_of(club.id), lambda: funds.ledger(fund.id, OPENED, TODAY),
             lambda: funds.movements(fund.id, OPENED, TODAY),
             lambda: funds.lowest_balance_from(fund.id, OPENED),
             lambda: funds.period_closed(fund, TODAY)]
    writes = [lambda: post(fund, "receipt", D(2026, 1, 6), 1_000),
              lambda: funds.close_period(2025, 12, fund_id=fund.id, today=TODAY),
              lambda: funds.record_cash_count(fund.id, TODAY, 500_000, today=TODAY),
              lambda: funds.open_fund(club.id, "other", "Quỹ khác", OPENED),
              lambda: funds.reverse_entry(LedgerEntry.select().first().id, "Nhầm",
                                          D(2026, 1, 7), today=TODAY)]
    try:
        for user in ((None, None), ("clerk", 1843)):  # signed out; another ward's clerk
            set_user(None) if user[0] is None else as_user(*user)
            before = written()
            # Another ward's fund, club or entry is answered as a missing one.
            refused = access.AccessDenied if user[0] is None else (NotFound, ValidationError)
            for call in reads + writes:
                with pytest.raises(refused):
                    call()
            assert written() == before
        as_user("supervisor", 1840)  # reads, never writes
        for call in reads:
            call()
        for call in writes:
            with pytest.raises(access.AccessDenied) as err:
                call()
            assert err.value.code == "role"
        as_user("clerk", 1840)
        for call in reads + writes:
            call()
        assert funds.balance(fund.id, TODAY) == 501_000 - 500_000
    finally:
        set_user(None)


def test_money_is_lent_only_through_the_loan_register(fund, club):
    from models.storage.integrity import loan_checks

    post(fund, "receipt", D(2025, 3, 1), 1_000_000)
    outsider = dict(party="Ông Nguyễn Văn Ngoài", person_id=None)
    err = refused(funds.post_entry, entry(fund, "payment", D(2025, 3, 2), 300_000,
                                          category="loan_disbursement", **outsider),
                  today=TODAY)
    assert codes(err) == {("category", "loan_register_only")}
    assert "loan_disbursement" not in funds.MANUAL_CATEGORIES["payment"]
    assert "activity_spending" in funds.MANUAL_CATEGORIES["payment"]
    # one typed by hand before the rule: check names it, until it is reversed
    old = post_by_hand_before_the_rule(entry(fund, "payment", D(2025, 3, 2), 300_000,
                                             category="loan_disbursement", **outsider))
    found = [(f.code, f.row_id) for f in loan_checks()
             if f.code == "disbursement_without_loan"]
    assert found == [("disbursement_without_loan", old.id)]
    funds.reverse_entry(old.id, "Cho vay không qua sổ cho vay", D(2025, 3, 3), today=TODAY)
    assert not [f for f in loan_checks() if f.code == "disbursement_without_loan"]
