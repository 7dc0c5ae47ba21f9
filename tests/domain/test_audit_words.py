"""The change log in words: kinds of record, columns, actions and values as the clerk reads
them (money, dates, rates as typed, names instead of ids), never table or column names."""

import datetime as dt

from models.accounts.audit_readable import readable
from models.accounts.audit_view import AuditFilter, audit_page
from models.funds import funds
from models.loans import loans
from models.members import members
from tests.conftest import TODAY, member_input

D = dt.date


def _row(rows, entity, action):
    return next(r for r in rows if r.row.entity == entity and r.row.action == action)


def test_the_change_log_reads_as_words(club):
    fund = {f.kind: f for f in funds.open_default_funds(club.id, D(2025, 1, 1))}["income"]
    funds.post_entry(funds.EntryInput(fund_id=fund.id, kind="receipt", date=D(2025, 1, 2),
                                      amount=20_000_000, category="budget_province",
                                      party="Sở Y tế"), today=TODAY)
    hue = members.add_member(club.id, member_input(full_name="Nguyễn Thị Huệ"),
                             today=TODAY).person_id
    loans.save_loan_rules(club.id, loans.LoanRulesInput(10_000_000, 12, 100, "declining"))
    loans.create_loan(loans.LoanInput(
        club_id=club.id, person_id=hue, form="cash", principal=5_000_000, purpose="trade",
        disbursed_on=D(2026, 1, 15), term_months=12, rate_bp=50,
        interest_method="declining"), today=TODAY)
    rows = readable(audit_page(AuditFilter()))
    payment = next(r for r in rows if r.row.entity == "ledger_entry"
                   and (r.row.after or {}).get("kind") == "payment")
    assert (payment.entity, payment.action, payment.record) == (
        "Phiếu thu/chi", "Ghi phiếu", "PC-2026/001")
    lines = {name: after for name, _, after, _ in payment.lines}
    assert lines["Số tiền"] == "5.000.000 đ"
    assert (lines["Khoản mục"], lines["Loại"]) == ("Cho vay", "Phiếu chi")
    assert lines["Người"] == "Nguyễn Thị Huệ" and lines["Ngày"] == "15/01/2026"
    assert lines["Người ghi"] == "test"
    loan = _row(rows, "loan", "create")
    assert loan.record == "Hợp đồng số 01 - Nguyễn Thị Huệ"
    loan_lines = {name: after for name, _, after, _ in loan.lines}
    # a rate stored ×100 reads as the clerk typed it
    assert loan_lines["Lãi suất (%/tháng)"] == "0,5 %/tháng"
    assert loan_lines["Tiền gốc"] == "5.000.000 đ"
    assert loan_lines["Hình thức"] == "Tiền mặt" and loan_lines["Mục đích vay"] == "Buôn bán nhỏ"
    rules = _row(rows, "loan_rules", "save")
    assert rules.entity == "Quy định cho vay"
    assert {name: after for name, _, after, _ in rules.lines}["Lãi suất (%/tháng)"] == \
        "1 %/tháng"
    person = _row(rows, "person", "create")
    assert person.record == "Nguyễn Thị Huệ"
    words = " ".join(f"{r.entity} {r.record} {r.action} " + " ".join(
        f"{a} {b} {c}" for a, b, c, _ in r.lines) for r in rows)
    for code in ("ledger_entry", "posted_by", "loan_disbursement", "payment", "rate_bp",
                 "5000000", "Người 33"):
        assert code not in words, code
