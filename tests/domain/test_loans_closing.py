"""Loans after disbursement: status on a date, reversal, write-off, outcome, history, access
and the integrity check. Fixtures and helpers come from test_loans."""

import datetime as dt

import pytest

from models.accounts import access
from models.accounts.session import SignedInUser, set_user
from models.errors import NotFound, ValidationError
from models.funds import funds
from models.loans import loans
from models.storage.integrity import domain_checks, loan_checks
from models.storage.schema import LedgerEntry, Loan, LoanInstallment, LoanRepayment, UserAccount
from tests.conftest import TODAY
from tests.domain import test_funds
from tests.domain import test_loans as base

D = dt.date
book = base.book
balance, codes, loan_input, new_loan = base.balance, base.codes, base.loan_input, base.new_loan
refused, repay, written = base.refused, base.repay, base.written
shared_db = test_funds.shared_db

# --- status on a date, reversal, write-off, outcome ------------------------------------------


def test_register_shows_overdue_days_on_a_date(book):
    loans.save_loan_rules(book["club"].id, loans.LoanRulesInput(20_000_000, 12, 100, "flat"))
    loan = new_loan(book, principal=1_200_000, term_months=3, rate_bp=100,
                    interest_method="flat")
    [row] = loans.loan_register(book["club"].id, D(2026, 2, 10))
    assert (row.status, row.days_late, row.outstanding) == ("current", 0, 1_200_000)
    [row] = loans.loan_register(book["club"].id, D(2026, 3, 1))
    assert (row.status, row.days_late) == ("overdue", 14)  # due 15/02
    assert (row.due_principal, row.due_interest) == (400_000, 12_000)
    repay(loan, D(2026, 3, 2), 400_000, 12_000)
    [row] = loans.loan_register(book["club"].id, D(2026, 3, 2))
    assert (row.status, row.days_late, row.paid_principal, row.outstanding) == (
        "current", 0, 400_000, 800_000)
    assert row.person_name == "Nguyễn Thị Huệ" and row.number == 1
    # the register on an earlier day ignores later repayments and later loans
    new_loan(book, person_id=book["lan"], principal=500_000, disbursed_on=D(2026, 6, 1))
    assert [r.number for r in loans.loan_register(book["club"].id, D(2026, 3, 1))] == [1]
    assert [r.number for r in loans.loan_register(book["club"].id, TODAY)] == [1, 2]


def test_reverse_a_repayment(book):
    loan = new_loan(book, principal=1_000_000, term_months=1, rate_bp=50)
    r = repay(loan, D(2026, 2, 15), 1_000_000, 5_000)
    assert Loan.get_by_id(loan.id).status == "repaid"
    before = balance(book)
    err = refused(loans.reverse_repayment, r.id, "", D(2026, 2, 16), today=TODAY)
    assert ("reason", "required") in codes(err)
    err = refused(loans.reverse_repayment, r.id, "Ghi nhầm", D(2026, 2, 14), today=TODAY)
    assert ("date", "before_original") in codes(err)
    back = loans.reverse_repayment(r.id, "Ghi nhầm người trả", D(2026, 2, 16), today=TODAY)
    assert (back.principal, back.interest, back.reverses_id) == (-1_000_000, -5_000, r.id)
    for original, reversal in ((r.principal_entry_id, back.principal_entry_id),
                               (r.interest_entry_id, back.interest_entry_id)):
        rev = LedgerEntry.get_by_id(reversal)
        assert rev.reverses_id == original and rev.kind == "payment"
    assert balance(book) == before - 1_005_000
    assert loans.paid_totals(loan.id) == (0, 0)
    loan = Loan.get_by_id(loan.id)
    assert (loan.status, loan.closed_on) == ("current", None)
    err = refused(loans.reverse_repayment, r.id, "Lần nữa", D(2026, 2, 17), today=TODAY)
    assert ("repayment", "repayment_reversed") in codes(err)
    err = refused(loans.reverse_repayment, back.id, "Đảo lại", D(2026, 2, 17), today=TODAY)
    assert ("repayment", "is_reversal") in codes(err)
    assert len(loans.loan_repayments(loan.id)) == 2
    assert loan_checks() == []


def test_write_off_needs_a_decision(book):
    loan = new_loan(book)
    repay(loan, D(2026, 2, 15), 833_333, 50_000)
    err = refused(loans.write_off, loan.id, D(2026, 10, 1), "  ", today=TODAY)
    assert ("decision_number", "required") in codes(err)
    err = refused(loans.write_off, loan.id, D(2026, 2, 1), "05/QĐ-CLB", today=TODAY)
    assert ("date", "before_last_repayment") in codes(err)
    loan = loans.write_off(loan.id, D(2026, 10, 1), "05/QĐ-CLB", "Thành viên qua đời",
                           today=TODAY)
    assert (loan.status, loan.write_off_decision, loan.closed_on) == (
        "written_off", "05/QĐ-CLB", D(2026, 10, 1))
    [row] = loans.loan_register(loan.club_id, TODAY)
    assert (row.status, row.outstanding, row.days_late) == ("written_off", 9_166_667, 0)
    [row] = loans.loan_register(loan.club_id, D(2026, 9, 30))  # before the decision
    assert row.status == "overdue"
    assert loans.loan_register(loan.club_id, TODAY, include_closed=False) == []
    err = refused(repay, loan, D(2026, 10, 2), 100_000)
    assert ("loan", "loan_closed") in codes(err)
    err = refused(loans.write_off, loan.id, D(2026, 10, 2), "06/QĐ-CLB", today=TODAY)
    assert ("loan", "loan_closed") in codes(err)


def test_outcome_only_for_a_closed_loan(book):
    loan = new_loan(book, principal=1_000_000, term_months=1, rate_bp=0,
                    interest_method="none")
    err = refused(loans.record_outcome, loan.id, True)
    assert ("loan", "loan_open") in codes(err)
    repay(loan, D(2026, 2, 15), 1_000_000)
    loan = loans.record_outcome(loan.id, True, "Đàn lợn tăng lên 6 con")
    assert loan.income_improved is True and "6 con" in loan.close_note
    err = refused(loans.record_outcome, loan.id, "có")
    assert ("income_improved", "invalid") in codes(err)
    [row] = loans.member_loans(book["hue"], TODAY)
    assert (row.status, row.income_improved) == ("repaid", True)


def test_member_loan_history(book):
    first = new_loan(book, principal=1_000_000, term_months=1, rate_bp=0,
                     interest_method="none", disbursed_on=D(2025, 6, 1))
    repay(first, D(2025, 7, 1), 1_000_000)
    new_loan(book, principal=2_000_000)
    new_loan(book, person_id=book["lan"], principal=3_000_000)
    history = loans.member_loans(book["hue"], TODAY)
    assert [(r.number, r.principal, r.status) for r in history] == [
        (1, 1_000_000, "repaid"), (2, 2_000_000, "overdue")]


def test_access_rules(book):
    loan = new_loan(book)
    UserAccount.create(username="a", full_name="A", role="admin", ward=1840, password_hash="x")

    def as_user(role, ward):
        set_user(SignedInUser(id=1, username="u", full_name="U", role=role, ward_code=ward,
                              province_code=None))

    club_id = book["club"].id
    writes = [lambda: new_loan(book, person_id=book["lan"]),
              lambda: repay(loan, D(2026, 2, 15), 1_000),
              lambda: loans.write_off(loan.id, TODAY, "01/QĐ", today=TODAY),
              lambda: loans.save_loan_rules(club_id, loans.LoanRulesInput())]
    reads = [lambda: loans.loan_register(club_id, TODAY), lambda: loans.get_loan(loan.id),
             lambda: loans.loan_schedule(loan.id), lambda: loans.loan_rules(club_id),
             lambda: loans.check_loan(loan_input(book), today=TODAY)]
    try:
        before = written()
        for user in (None, ("clerk", 1843)):
            set_user(None) if user is None else as_user(*user)
            # Another ward's loan or club is answered as a missing one.
            refused = access.AccessDenied if user is None else NotFound
            for call in reads + writes:
                with pytest.raises(refused):
                    call()
        assert loans.member_loans(book["hue"], TODAY) == []  # another ward's loans stay out
        as_user("supervisor", 1840)
        for call in reads:
            call()
        for call in writes:
            with pytest.raises(access.AccessDenied):
                call()
        assert written() == before
        as_user("clerk", 1840)
        assert len(loans.member_loans(book["hue"], TODAY)) == 1
        repay(loan, D(2026, 2, 15), 1_000)
    finally:
        set_user(None)


# --- check -----------------------------------------------------------------------------------


def test_check_finds_tampered_loans(book):
    loan = new_loan(book, principal=1_200_000, term_months=3)
    done = new_loan(book, person_id=book["lan"], principal=600_000, term_months=1, rate_bp=0,
                    interest_method="none")
    repay(done, D(2026, 2, 15), 600_000)
    assert loan_checks() == []
    LoanInstallment.update(principal=LoanInstallment.principal + 1).where(
        (LoanInstallment.loan == loan.id) & (LoanInstallment.seq == 2)).execute()
    LedgerEntry.update(amount=1_100_000).where(
        LedgerEntry.id == loan.disbursement_entry_id).execute()
    LoanRepayment.update(principal=500_000).where(LoanRepayment.loan == done.id).execute()
    found = {(f.code, f.row_id) for f in loan_checks()}
    assert found == {("loan_schedule_mismatch", loan.id),
                     ("loan_disbursement_mismatch", loan.id),
                     ("repaid_loan_owes", done.id),
                     ("repayment_entry_mismatch", LoanRepayment.get().id)}
    assert {f.code for f in domain_checks()} >= {"loan_schedule_mismatch", "repaid_loan_owes"}


def test_loan_vouchers_are_not_reversed_from_the_ledger(book):
    loan = new_loan(book)
    r = repay(loan, D(2026, 2, 15), 833_333, 50_000)
    for entry_id in (loan.disbursement_entry_id, r.principal_entry_id, r.interest_entry_id):
        err = refused(funds.reverse_entry, entry_id, "Nhầm", D(2026, 3, 1), today=TODAY)
        assert ("entry", "loan_entry") in codes(err)
        assert err.problems[0].params == {"number": 1}


def test_write_off_in_a_closed_month_refused(book):
    loan = new_loan(book)
    funds.close_period(2026, 9, club_id=book["club"].id, today=TODAY)
    err = refused(loans.write_off, loan.id, D(2026, 9, 30), "07/QĐ-CLB", today=TODAY)
    assert ("date", "period_closed") in codes(err)
    err = refused(loans.write_off, loan.id, D(2026, 11, 21), "07/QĐ-CLB", today=TODAY)
    assert ("date", "in_future") in codes(err)
    assert loans.write_off(loan.id, D(2026, 10, 1), "07/QĐ-CLB", today=TODAY).status \
        == "written_off"


def test_every_loan_code_and_field_has_a_message():
    import ast
    from pathlib import Path

    from models.errors import Problem
    from ui.messages import ERRORS, FIELDS, problem_text

    root = Path(__file__).resolve().parents[2] / "models"
    pairs = set()
    for name in ("loans/loans.py", "loans/loan_checks.py", "loans/loan_reads.py", "funds/funds.py"):
        for node in ast.walk(ast.parse((root / name).read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "add" \
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant):
                field = node.args[0].value if isinstance(node.args[0], ast.Constant) else None
                pairs.add((field, node.args[1].value))
    assert len(pairs) > 40
    assert {code for _, code in pairs} <= set(ERRORS)
    assert {field for field, _ in pairs if field} <= set(FIELDS)
    text = problem_text(Problem("principal", "over_max_amount", {"amount": 20_000_000}))
    assert text == "Tiền gốc: vượt mức cho vay tối đa của CLB (20.000.000 đồng)"


def test_two_loans_at_once_cannot_both_spend_the_money(shared_db, monkeypatch):
    import threading
    import time

    from models.clubs import clubs
    from models.members import members
    from tests.conftest import member_input

    club = clubs.create_club(clubs.ClubInput(code="DX09", name="CLB Tổ 9", ward_code=1840))
    fund = funds.open_default_funds(club.id, D(2025, 1, 1))[0]
    funds.post_entry(funds.EntryInput(fund_id=fund.id, kind="receipt", date=D(2025, 3, 1),
                                      amount=1_000_000, category="donation", party="Bà Năm"),
                     today=TODAY)
    people = [members.add_member(club.id, member_input(full_name=name), today=TODAY).person_id
              for name in ("Lý Thị Hoa", "Vi Văn Tám")]
    real = funds.lowest_balance_unchecked

    def slow(fund_id, on):  # hold the checked balance long enough for the other loan
        found = real(fund_id, on)
        time.sleep(0.3)
        return found

    monkeypatch.setattr(funds, "lowest_balance_unchecked", slow)
    outcomes = []

    def lend(person_id):
        try:
            outcomes.append(loans.create_loan(loans.LoanInput(
                club_id=club.id, person_id=person_id, principal=800_000, purpose="trade",
                disbursed_on=D(2025, 4, 1), term_months=6), today=TODAY).number)
        except ValidationError as exc:
            outcomes.append(exc.code)
        finally:
            shared_db.close()

    threads = [threading.Thread(target=lend, args=(p,)) for p in people]
    threads[0].start()
    time.sleep(0.1)
    threads[1].start()
    for t in threads:
        t.join(20)
    assert sorted(outcomes, key=str) == [1, "would_go_negative"]
    assert funds.balance(fund.id, TODAY) == 200_000
    assert Loan.select().where(Loan.club == club.id).count() == 1


def test_two_repayments_at_once_cannot_both_repay_the_rest(shared_db, monkeypatch):
    import threading
    import time

    from models.clubs import clubs
    from models.loans.loan_reads import paid_totals as real_paid
    from models.members import members
    from tests.conftest import member_input

    club = clubs.create_club(clubs.ClubInput(code="DX08", name="CLB Tổ 8", ward_code=1840))
    fund = funds.open_default_funds(club.id, D(2025, 1, 1))[0]
    funds.post_entry(funds.EntryInput(fund_id=fund.id, kind="receipt", date=D(2025, 3, 1),
                                      amount=1_000_000, category="donation", party="Bà Năm"),
                     today=TODAY)
    person = members.add_member(club.id, member_input(), today=TODAY).person_id
    loan = loans.create_loan(loans.LoanInput(
        club_id=club.id, person_id=person, principal=600_000, purpose="crops",
        disbursed_on=D(2025, 4, 1), term_months=1, interest_method="none"), today=TODAY)

    def slow(loan_id, on=None):  # hold what was repaid long enough for the other clerk
        found = real_paid(loan_id, on)
        time.sleep(0.3)
        return found

    monkeypatch.setattr(loans, "paid_totals", slow)
    outcomes = []

    def pay():
        try:
            outcomes.append(loans.repay(loans.RepaymentInput(
                loan_id=loan.id, date=D(2025, 5, 1), principal=600_000), today=TODAY).id)
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
    assert sorted(outcomes, key=str)[1:] == ["loan_closed"]  # the first one repaid it all
    assert real_paid(loan.id) == (600_000, 0)
    assert Loan.get_by_id(loan.id).status == "repaid"
