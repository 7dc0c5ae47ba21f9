"""Money as it moved: the cash book holds only cash, in-kind loans and goods handed back go
through the in-kind register at value, a fund's value is the same both ways, written-off loans
leave the outstanding total. Known answers on a hand-made club."""

import datetime as dt
from decimal import Decimal

import pytest

from models.errors import ValidationError
from models.funds import funds, goods
from models.funds.fund_statement import fund_statement, value_checks
from models.funds.goods_tables import GoodsEntry
from models.loans import loans
from models.members import members
from models.storage.integrity import run_checks
from models.storage.schema import AuditLog, LedgerEntry, Loan, LoanRepayment
from models.text.goods import goods_text
from tests.conftest import TODAY, member_input

D = dt.date
OPENED = D(2025, 1, 1)


@pytest.fixture
def book(club):
    fund = {f.kind: f for f in funds.open_default_funds(club.id, OPENED)}["income"]
    funds.post_entry(funds.EntryInput(fund_id=fund.id, kind="receipt", date=D(2025, 1, 2),
                                      amount=30_000_000, category="budget_province",
                                      party="Sở Y tế"), today=TODAY)
    people = {}
    for key, name in (("hue", "Nguyễn Thị Huệ"), ("lan", "Hoàng Văn Lân"),
                      ("mai", "Đỗ Thị Mai")):
        people[key] = members.add_member(club.id, member_input(full_name=name),
                                         today=TODAY).person_id
    loans.save_loan_rules(club.id, loans.LoanRulesInput(20_000_000, 24, 50, "declining"))
    return {"club": club, "fund": fund, **people}


def lend(book, who, **over):
    values = dict(club_id=book["club"].id, person_id=book[who], form="cash",
                  principal=5_000_000, purpose="livestock", disbursed_on=D(2026, 1, 15),
                  term_months=12, rate_bp=0, interest_method="none",
                  repayment_plan="end_of_term")
    values.update(over)
    return loans.create_loan(loans.LoanInput(**values), today=TODAY)


def chickens(book, who="lan", **over):
    """80 chickens at 50.000 đ bought from a hatchery: 4.000.000 đ."""
    values = dict(form="in_kind", item="Gà giống", quantity=80, unit="con",
                  unit_value=50_000, principal=None, supplier="Trại gà giống Ba Hàng")
    values.update(over)
    return lend(book, who, **values)


def repay(loan, on, principal=0, interest=0, **over):
    return loans.repay(loans.RepaymentInput(loan_id=loan.id, date=on, principal=principal,
                                            interest=interest, **over), today=TODAY)


def test_goods_read_as_a_clerk_writes_them():
    assert goods_text(Decimal("3600.000"), "cây", "Cây giống keo", 1000) == \
        "3.600 cây giống keo, 1.000 đ/cây"
    assert goods_text(Decimal(80), "con", "Gà giống") == "80 con gà giống"
    assert goods_text(Decimal("2.5"), "kg", "Giống ngô", 33_333) == \
        "2,5 kg giống ngô, 33.333 đ/kg"


def test_cash_book_holds_no_in_kind_movement(book):
    fund = book["fund"].id
    loan = chickens(book)
    repay(loan, D(2026, 6, 1), 1_000_000, form="in_kind", note="Trả 20 con gà")
    repay(loan, D(2026, 7, 1), 1_000_000)  # the rest may come back in cash
    rows = list(LedgerEntry.select().where(LedgerEntry.fund == fund).order_by(LedgerEntry.id))
    # the grant, the purchase paid to the hatchery, the cash repayment: nothing else
    assert [(e.kind, e.category, e.amount) for e in rows] == [
        ("receipt", "budget_province", 30_000_000), ("payment", "goods_purchase", 4_000_000),
        ("receipt", "loan_repayment", 1_000_000)]
    assert rows[1].party == "Trại gà giống Ba Hàng" and rows[1].person_id is None
    assert not any(e.person_id == book["lan"] and e.kind == "payment" for e in rows)
    assert funds.balance(fund, TODAY) == 30_000_000 - 4_000_000 + 1_000_000
    register = goods.goods_register(fund, OPENED, TODAY)
    assert [(x.kind, x.direction, x.amount_in, x.amount_out, x.held, x.number)
            for x in register.lines] == [
        ("purchase", "in", 4_000_000, 0, 4_000_000, 1),
        ("loan_out", "out", 0, 4_000_000, 0, 2),
        ("repaid", "in", 1_000_000, 0, 1_000_000, 3)]
    assert register.lines[1].description == (
        "Cho vay bằng hiện vật theo hợp đồng số 1: 80 con gà giống, 50.000 đ/con")
    assert register.lines[1].person == "Hoàng Văn Lân"
    assert run_checks() == []


def test_fund_value_is_cash_plus_loans_plus_goods_both_ways(book):
    fund = book["fund"].id
    cash_loan = lend(book, "hue", principal=6_000_000, rate_bp=50,
                     interest_method="declining", repayment_plan="monthly")
    goods_loan = chickens(book, rate_bp=50, interest_method="declining")
    bad = lend(book, "mai", principal=2_000_000)
    repay(cash_loan, D(2026, 2, 15), 500_000, 30_000)
    repay(goods_loan, D(2026, 3, 1), 1_000_000, 50_000, form="in_kind")
    loans.write_off(bad.id, D(2026, 9, 1), "05/QĐ-CLB", "Gà chết vì dịch", today=TODAY)
    s = fund_statement(fund, TODAY)
    cash = 30_000_000 - 6_000_000 - 4_000_000 - 2_000_000 + 530_000
    assert (s.cash, s.loans_cash, s.loans_in_kind, s.goods) == (
        cash, 5_500_000, 3_000_000, 1_050_000)
    assert (s.written_off, s.written_off_count, s.loans_cash_count) == (2_000_000, 1, 1)
    assert s.value == cash + 5_500_000 + 3_000_000 + 1_050_000 == 28_080_000
    # given 30.000.000, earned 30.000 in cash and 50.000 in goods, wrote off 2.000.000
    assert s.value_by_sources == 30_000_000 + 30_000 + 50_000 - 2_000_000
    assert value_checks() == [] and run_checks() == []
    # before the write-off the loan was still owed, in the outstanding total
    earlier = fund_statement(fund, D(2026, 8, 31))
    assert (earlier.loans_cash, earlier.written_off) == (7_500_000, 0)


def test_written_off_loan_leaves_the_register_outstanding_total(book):
    from models.funds.fund_papers import loan_register_data

    lend(book, "hue", principal=3_000_000)
    bad = lend(book, "mai", principal=2_000_000)
    loans.write_off(bad.id, D(2026, 9, 1), "05/QĐ-CLB", today=TODAY)
    data = loan_register_data(book["club"].id, TODAY)
    assert data.total("outstanding") == 3_000_000
    assert data.written_off == 2_000_000
    # the figures of the year likewise: outstanding without it, the write-off apart
    from models.loans.loan_figures import club_figures

    figures = club_figures(book["club"].id, D(2026, 1, 1), TODAY).loans
    assert (figures.loans_outstanding, figures.outstanding_amount) == (1, 3_000_000)
    assert (figures.written_off, figures.written_off_amount) == (1, 2_000_000)


def test_goods_from_what_the_fund_holds(book):
    fund = book["fund"].id
    first = chickens(book)
    # nothing held yet: an in-kind loan without a seller is refused, naming the field
    with pytest.raises(ValidationError) as err:
        chickens(book, "mai", quantity=20, supplier="")
    assert {(p.field, p.code) for p in err.value.problems} == {("principal", "goods_not_held")}
    repay(first, D(2026, 3, 1), 1_000_000, form="in_kind", note="20 con gà")
    cash = funds.balance(fund, TODAY)
    again = chickens(book, "mai", quantity=20, supplier="", disbursed_on=D(2026, 3, 5))
    assert again.principal == 1_000_000 and funds.balance(fund, TODAY) == cash
    assert goods.goods_held(fund, TODAY) == 0
    assert run_checks() == []


def test_reversing_goods_handed_back(book):
    fund = book["fund"].id
    loan = chickens(book)
    r = repay(loan, D(2026, 3, 1), 1_000_000, form="in_kind")
    loans.reverse_repayment(r.id, "Nhập nhầm", D(2026, 3, 2), today=TODAY)
    rows = list(GoodsEntry.select().where(GoodsEntry.fund == fund).order_by(GoodsEntry.id))
    assert [(x.kind, x.direction, x.amount) for x in rows[-2:]] == [
        ("repaid", "in", 1_000_000), ("repaid", "out", 1_000_000)]
    assert rows[-1].reverses_id == rows[-2].id
    assert goods.goods_held(fund, TODAY) == 0 and run_checks() == []


def test_the_purchase_of_a_loan_is_not_reversed_alone(book):
    chickens(book)
    entry = LedgerEntry.get(LedgerEntry.category == "goods_purchase")
    with pytest.raises(ValidationError) as err:
        funds.reverse_entry(entry.id, "Sai", D(2026, 2, 1), today=TODAY)
    assert ("entry", "loan_entry") in {(p.field, p.code) for p in err.value.problems}
    with pytest.raises(ValidationError) as err:
        funds.post_entry(funds.EntryInput(fund_id=book["fund"].id, kind="payment",
                                          date=D(2026, 2, 1), amount=100_000,
                                          category="goods_purchase", party="Chợ"),
                         today=TODAY)
    assert ("category", "goods_by_loan") in {(p.field, p.code) for p in err.value.problems}


def _old_in_kind_loan(book):
    """An in-kind loan and a repayment in goods as the program wrote them before schema 10:
    a cash payment to the borrower and a cash receipt for the goods."""
    from models.accounts import audit
    from models.loans.loan_schedule import build_schedule
    from models.storage.schema import LoanInstallment

    fund = book["fund"].id
    out = funds.post_in_transaction(fund, "payment", D(2026, 1, 15), 3_600_000,
                                    "loan_disbursement", person_id=book["lan"],
                                    description="Cho vay theo hợp đồng số 1, bằng hiện vật: "
                                                "3600 cây Cây giống keo × 1.000 đồng")
    loan = Loan.create(club=book["club"].id, fund=fund, person=book["lan"], number=1,
                       form="in_kind", item="Cây giống keo", quantity=Decimal(3600),
                       unit="cây", unit_value=1000, principal=3_600_000, purpose="crops",
                       disbursed_on=D(2026, 1, 15), term_months=12, rate_bp=0,
                       interest_method="none", repayment_plan="end_of_term",
                       disbursement_entry=out.id, created_by="test")
    for x in build_schedule(3_600_000, 12, 0, "none", "end_of_term", D(2026, 1, 15)):
        LoanInstallment.create(loan=loan.id, seq=x.seq, due_on=x.due_on,
                               principal=x.principal, interest=x.interest)
    receipt = funds.post_in_transaction(fund, "receipt", D(2026, 5, 1), 600_000,
                                        "loan_repayment", person_id=book["lan"],
                                        description="Thu hồi vốn vay hợp đồng số 1, bằng "
                                                    "hiện vật")
    rep = LoanRepayment.create(loan=loan.id, date=D(2026, 5, 1), principal=600_000,
                               form="in_kind", principal_entry=receipt.id, recorded_by="test")
    audit.record("loan_repayment", rep.id, "repay", None, audit.snapshot(rep))
    # a later cash voucher, so the moved receipt leaves a number behind it
    funds.post_entry(funds.EntryInput(fund_id=fund, kind="receipt", date=D(2026, 6, 1),
                                      amount=10_000, category="donation", party="Bà Hạnh"),
                     today=TODAY)
    return loan, out, receipt


def test_a_version_6_database_moves_its_in_kind_money(db, book):
    from models.storage import migrations
    from models.storage.schema import SchemaVersion

    fund = book["fund"].id
    loan, out, receipt = _old_in_kind_loan(book)
    db.drop_tables([GoodsEntry])
    SchemaVersion.delete().where(SchemaVersion.version > 6).execute()
    SchemaVersion.create(version=6, note="as written by the release before")
    assert funds.balance(fund, TODAY) == 30_000_000 - 3_600_000 + 600_000 + 10_000
    assert migrations.migrate(db) == 6
    assert migrations.current_version(db) == migrations.LATEST_VERSION
    # the payment stays (the club paid for the seedlings), marked as the purchase it was
    out = LedgerEntry.get_by_id(out.id)
    assert out.category == "goods_purchase"
    assert out.description == ("Mua 3.600 cây giống keo, 1.000 đ/cây để cho vay theo hợp "
                               "đồng số 1")
    # the seedlings handed back were never cash: the receipt left the cash book
    assert LedgerEntry.get_or_none(LedgerEntry.id == receipt.id) is None
    assert funds.balance(fund, TODAY) == 30_000_000 - 3_600_000 + 10_000
    assert Loan.get_by_id(loan.id).disbursement_entry_id is None
    assert [(x.kind, x.direction, x.amount) for x in GoodsEntry.select()
            .order_by(GoodsEntry.number)] == [("purchase", "in", 3_600_000),
                                              ("loan_out", "out", 3_600_000),
                                              ("repaid", "in", 600_000)]
    s = fund_statement(fund, TODAY)
    assert (s.loans_in_kind, s.goods) == (3_000_000, 600_000)
    assert AuditLog.select().where(AuditLog.action == "move_to_goods").count() == 1
    assert run_checks() == []


def test_check_finds_goods_changed_behind_the_services_back(book):
    loan = chickens(book)
    assert run_checks() == []
    GoodsEntry.update(amount=3_500_000).where((GoodsEntry.loan == loan.id)
                                              & (GoodsEntry.kind == "loan_out")).execute()
    codes = {f.code for f in run_checks()}
    # the value no longer adds up, the loan's goods differ from it, the row from its audit
    assert {"fund_value_mismatch", "goods_loan_mismatch", "audited_row_changed"} <= codes
