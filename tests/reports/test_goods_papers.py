"""The hand-over record of goods, the in-kind register and the fund statement, read back: who
gives and who receives, the goods and their value in words, no cash voucher wording; the
register's rows and balances; the statement's four holdings adding up to the value both ways."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.funds import funds
from models.funds.goods_papers import (
    fund_statement_data,
    fund_statement_pdf,
    goods_register_pdf,
    handover_data,
    handover_pdf,
    handovers_of_loan,
)
from models.loans import loans
from models.storage.schema import Membership, Person
from tests.reports.pdf_probe import find, flat_text, open_pdf, render_png
from tests.reports.test_vouchers import TODAY, money_club

D = dt.date


@pytest.fixture
def goods_book(office):
    book = money_club(25)
    club_id = book["club_id"]
    income = book["funds"]["income"]
    funds.post_entry(funds.EntryInput(fund_id=income.id, kind="receipt", date=D(2025, 4, 2),
                                      amount=40_000_000, category="budget_province",
                                      party="Sở Y tế tỉnh Thái Nguyên"), today=TODAY)
    loans.save_loan_rules(club_id, loans.LoanRulesInput(10_000_000, 24, 50, "declining"))
    people = [m.person_id for m in Membership.select().where(Membership.club == club_id)
              .order_by(Membership.id)][8:]
    base = dict(club_id=club_id, disbursed_on=D(2026, 1, 15), term_months=12)
    keo = loans.create_loan(loans.LoanInput(
        person_id=people[0], form="in_kind", item="Cây giống keo", quantity=Decimal(3600),
        unit="cây", unit_value=1000, purpose="crops", rate_bp=0, interest_method="none",
        repayment_plan="end_of_term", supplier="Trung tâm giống cây lâm nghiệp Thái Nguyên",
        **base), today=TODAY)
    hens = loans.create_loan(loans.LoanInput(
        person_id=people[1], form="in_kind", item="Gà giống", quantity=80, unit="con",
        unit_value=50_000, purpose="livestock", rate_bp=50, interest_method="declining",
        repayment_plan="end_of_term", supplier="Trại gà giống Ba Hàng", **base),
        today=TODAY)
    cash = loans.create_loan(loans.LoanInput(
        person_id=people[2], form="cash", principal=6_000_000, purpose="trade", rate_bp=50,
        interest_method="declining", repayment_plan="monthly", **base), today=TODAY)
    gone = loans.create_loan(loans.LoanInput(
        person_id=people[3], form="cash", principal=2_000_000, purpose="trade", rate_bp=0,
        interest_method="none", repayment_plan="end_of_term", **base), today=TODAY)
    back = loans.repay(loans.RepaymentInput(loan_id=hens.id, date=D(2026, 5, 10),
                                            principal=1_000_000, interest=20_000,
                                            form="in_kind", note="20 con gà"), today=TODAY)
    loans.repay(loans.RepaymentInput(loan_id=cash.id, date=D(2026, 2, 15), principal=500_000,
                                     interest=30_000), today=TODAY)
    loans.write_off(gone.id, D(2026, 9, 1), "03/QĐ-CLB", "Mất trắng vụ", today=TODAY)
    return {**book, "income": income, "keo": keo, "hens": hens, "back": back,
            "borrower": Person.get_by_id(people[1])}


def test_the_borrower_signs_a_hand_over_record_not_a_cash_voucher(goods_book, tmp_path):
    hens = goods_book["hens"]
    first = handovers_of_loan(hens.id)[0]
    data = handover_data(first)
    assert data.giver.label.startswith("Bên giao") and data.receiver.signer == \
        goods_book["borrower"].full_name
    pdf = handover_pdf(first)
    text = flat_text(pdf)
    for phrase in ("BIÊN BẢN", "Giao nhận hiện vật", "Bên nhận (Bên B)",
                   goods_book["borrower"].full_name, "Gà giống", "4.000.000",
                   "Bốn triệu đồng", "Hợp đồng vay vốn số", "BÊN NHẬN"):
        assert phrase in text, phrase
    assert "PHIẾU CHI" not in text and "Đã nhận đủ số tiền" not in text
    with open_pdf(pdf) as doc:
        page = doc.pages[-1]
        # the giver signs at the left, the receiver at the right (as minutes do)
        assert find(page, "ĐẠI DIỆN BÊN GIAO").x0 < page.width / 2 < find(page, "BÊN NHẬN").x0
    render_png(pdf, "in_kind_handover", tmp_path)
    # goods handed back: the borrower gives, the club receives
    back = handovers_of_loan(hens.id)[1]
    data = handover_data(back)
    assert data.giver.signer == goods_book["borrower"].full_name
    assert "trả nợ gốc" in data.reason and data.total == 1_000_000


def test_the_in_kind_register_lists_goods_at_value(goods_book, tmp_path):
    income = goods_book["income"].id
    pdf = goods_register_pdf(income, D(2026, 1, 1), TODAY)
    text = flat_text(pdf)
    for phrase in ("SỔ THEO DÕI CHO VAY BẰNG HIỆN VẬT", "3.600 cây giống keo, 1.000 đ/cây",
                   "80 con gà giống, 50.000 đ/con", "Giao cho vay", "Nhận trả nợ gốc",
                   "Nhận trả lãi", "Mua vào", "1.020.000", "7.600.000"):
        assert phrase in text, phrase
    assert "3600 cây Cây giống keo" not in text
    render_png(pdf, "in_kind_register", tmp_path)


def test_the_fund_statement_adds_up_both_ways(goods_book, tmp_path):
    income = goods_book["income"].id
    data = fund_statement_data(income, TODAY)
    cash = 40_000_000 - 3_600_000 - 4_000_000 - 6_000_000 - 2_000_000 + 530_000
    assert (data.cash, data.loans_cash, data.loans_in_kind, data.goods) == (
        cash, 5_500_000, 6_600_000, 1_020_000)
    assert data.written_off == 2_000_000 and data.written_off_count == 1
    assert data.value == data.value_by_sources == 40_000_000 + 30_000 + 20_000 - 2_000_000
    pdf = fund_statement_pdf(income, TODAY)
    text = flat_text(pdf)
    for phrase in ("BÁO CÁO", "Tiền mặt tồn quỹ", "Dư nợ cho vay bằng tiền mặt",
                   "Dư nợ cho vay bằng hiện vật", "Hiện vật quỹ đang giữ",
                   "Giá trị quỹ (1 + 2 + 3 + 4)", "38.050.000", "Lãi vay thu bằng hiện vật",
                   "(2.000.000)", "không còn tính trong dư nợ"):
        assert phrase in text, phrase
    assert "chưa khớp" not in text
    render_png(pdf, "fund_statement", tmp_path)
