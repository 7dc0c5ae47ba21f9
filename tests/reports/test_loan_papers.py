"""Loan register (PDF and .xlsx) and loan contract read back: columns and figures equal the
loans module's, totals, header repeated; the contract's parties, amount in words, schedule,
three signatures in one row, the ID number whole for who may see it, masked for others."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from models.accounts.session import SignedInUser, set_user
from models.errors import NotFound
from models.funds import funds
from models.funds.fund_papers import (
    loan_contract_data,
    loan_contract_pdf,
    loan_register_pdf,
    loan_register_xlsx,
)
from models.loans import loans
from models.storage.schema import Membership, Person, Ward
from models.text.vietnamese import format_number
from reports.loan_register import rate_text
from tests.reports.pdf_probe import find, flat_text, has, open_pdf, render_png
from tests.reports.test_vouchers import TODAY, money_club

ON = dt.date(2026, 6, 30)
D = dt.date


@pytest.fixture
def lending(office):
    """The money club with 150 million in its income fund and eight loans: cash ones
    (monthly or quarterly, 0,5 %/tháng on the declining balance), in-kind cows with a
    guarantor, some repayments."""
    book = money_club(30)
    club_id = book["club_id"]
    income = book["funds"]["income"]
    funds.post_entry(funds.EntryInput(fund_id=income.id, kind="receipt", date=D(2025, 4, 2),
                                      amount=150_000_000, category="budget_province",
                                      party="Sở Y tế tỉnh Thái Nguyên"), today=TODAY)
    loans.save_loan_rules(club_id, loans.LoanRulesInput(10_000_000, 24, 50, "declining"))
    people = [m.person_id for m in Membership.select().where(Membership.club == club_id)
              .order_by(Membership.id)][5:]
    made = []
    for i in range(8):
        if i % 3 == 1:
            inp = loans.LoanInput(
                club_id=club_id, person_id=people[i], form="in_kind", item="Bò cái giống",
                quantity=Decimal(1), unit="con", unit_value=9_000_000, purpose="livestock",
                purpose_note="nuôi bò sinh sản", disbursed_on=D(2025, 5 + i, 10),
                term_months=24, rate_bp=0, interest_method="none",
                repayment_plan="end_of_term", guarantor_person_id=people[20],
                supplier="Trại bò giống Phú Bình")
        else:
            inp = loans.LoanInput(
                club_id=club_id, person_id=people[i], form="cash",
                principal=(3 + i % 4) * 1_000_000, purpose=("crops", "trade")[i % 2],
                disbursed_on=D(2025, 5 + i, 15), term_months=12, rate_bp=50,
                interest_method="declining",
                repayment_plan="quarterly" if i == 3 else "monthly")
        made.append(loans.create_loan(inp, today=TODAY))
    for loan in made[::2]:
        for x in [x for x in loans.loan_schedule(loan.id) if x.total and x.due_on < ON][:3]:
            loans.repay(loans.RepaymentInput(loan_id=loan.id, date=x.due_on,
                                             principal=x.principal, interest=x.interest),
                        today=TODAY)
    return {**book, "loans": made, "people": people}


@pytest.fixture
def signed_out():
    set_user(None)
    yield
    set_user(None)


def test_rates_print_as_the_clerk_writes_them():
    assert [rate_text(x) for x in (50, 75, 100, 0, 120, 5)] == \
        ["0,5", "0,75", "1", "0", "1,2", "0,05"]


def register_rows(pdf: bytes) -> list[list[str]]:
    rows = []
    with open_pdf(pdf) as doc:
        for page in doc.pages:
            for table in page.extract_tables():
                head = [(c or "").replace("\n", " ") for c in table[0]]
                assert head[:3] == ["STT", "Số HĐ", "Họ và tên"] and head[-1] == "Tình trạng"
                assert head[8] == "Lãi suất (%/tháng)"
                rows += [[(c or "").replace("\n", " ") for c in r] for r in table[1:]]
    return rows


def test_register_rows_are_the_loans_with_totals(lending, tmp_path):
    club_id = lending["club_id"]
    pdf = loan_register_pdf(club_id, ON)
    expected = loans.loan_register(club_id, ON)
    rows = register_rows(pdf)
    assert len(rows) == len(expected) + 1
    for i, (row, r) in enumerate(zip(rows, expected, strict=False), 1):
        assert row[0] == str(i) and row[1] == str(r.number) and row[2] == r.person_name
        assert row[4] == ("Tiền mặt" if r.form == "cash" else "Hiện vật: Bò cái giống")
        assert row[6] == r.disbursed_on.strftime("%d/%m/%Y")
        assert row[7] == str(r.term_months) and row[8] == rate_text(r.rate_bp)
        assert row[9:13] == [format_number(v) if v else "0" for v in (
            r.principal, r.paid_principal, r.paid_interest, r.outstanding)]
        assert row[13] == (str(r.days_late) if r.days_late else "")
        assert row[14] == {"current": "Trong hạn", "overdue": "Quá hạn", "repaid": "Đã trả hết",
                           "written_off": "Đã xóa nợ"}[r.status]
    total = rows[-1]
    assert total[2] == f"Cộng: {len(expected)} khoản vay"
    assert total[9:13] == [format_number(sum(getattr(r, f) for r in expected)) for f in (
        "principal", "paid_principal", "paid_interest", "outstanding")]
    with open_pdf(pdf) as doc:
        page = doc.pages[0]
        assert (page.width, page.height) == pytest.approx((841.9, 595.3), abs=1)
        title = find(page, "SỔ THEO DÕI CHO VAY")
        assert title.centre == pytest.approx(page.width / 2, abs=3)
        assert has(page, "Tính đến ngày 30/06/2026") and has(page, "Quỹ quay vòng tạo thu nhập")
        last = doc.pages[-1]
        assert has(last, "Chủ nhiệm CLB") and has(last, "Cộng: 8 khoản vay")
        assert has(last, f"Trang {len(doc.pages)}/{len(doc.pages)}")
    render_png(pdf, "loan_register", tmp_path)


def test_a_long_register_repeats_its_header(lending):
    # The register of a whole commune's biggest club: 8 loans are short, so print them on a
    # date where every loan shows, then check the header on each page of a forced long book.
    from models.funds.fund_papers import loan_register_data
    from reports import loan_register

    data = loan_register_data(lending["club_id"], ON)
    long = loan_register.LoanRegisterData(data.unit_lines, data.club_name, data.fund_name,
                                          data.on, data.lines * 6, data.signers)
    with open_pdf(loan_register.build(long)) as doc:
        assert len(doc.pages) >= 3
        for page in doc.pages[1:]:
            assert find(page, "Họ và tên").top < 70
        assert has(doc.pages[-1], "Cộng: 48 khoản vay") and has(doc.pages[-1], "Kế toán")


def test_register_before_any_loan_is_an_empty_book(lending):
    text = flat_text(loan_register_pdf(lending["club_id"], D(2025, 1, 1)))
    assert "Cộng: 0 khoản vay" in text and "SỔ THEO DÕI CHO VAY" in text


def test_register_xlsx_has_numbers_and_totals(lending, tmp_path):
    club_id = lending["club_id"]
    path = tmp_path / "so-cho-vay.xlsx"
    loan_register_xlsx(club_id, ON, path)
    expected = loans.loan_register(club_id, ON)
    ws = openpyxl.load_workbook(path).active
    assert ws["A3"].value == "SỔ THEO DÕI CHO VAY"
    assert ws.cell(6, 1).value == "STT" and ws.cell(6, 15).value == "Tình trạng"
    assert ws.freeze_panes == "D7" and ws.print_title_rows == "$6:$6"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.orientation == "landscape"
    for i, r in enumerate(expected):
        row = [ws.cell(7 + i, c).value for c in range(1, 16)]
        assert row[1] == r.number and row[2] == r.person_name
        assert row[6].date() == r.disbursed_on
        assert row[9:13] == [r.principal, r.paid_principal, r.paid_interest, r.outstanding]
        assert all(isinstance(v, int) for v in row[9:13])
        assert ws.cell(7 + i, 10).number_format == "#,##0"
    total = 7 + len(expected)
    assert ws.cell(total, 3).value == f"Cộng: {len(expected)} khoản vay"
    for col in range(10, 14):
        assert ws.cell(total, col).value == sum(ws.cell(7 + i, col).value
                                                for i in range(len(expected)))


def test_contract_of_a_cash_loan(lending, tmp_path):
    loan = lending["loans"][0]
    borrower = Person.get_by_id(loan.person_id)
    Person.update(id_number="008158001234").where(Person.id == borrower.id).execute()
    pdf = loan_contract_pdf(loan.id)
    text = flat_text(pdf)
    assert "HỢP ĐỒNG" in text and "Vay vốn Quỹ quay vòng tạo thu nhập" in text
    assert "Số: 01/HĐ-CLB" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert f"Bên vay (Bên B): {'Bà' if borrower.gender == 'F' else 'Ông'} " \
           f"{borrower.full_name}, sinh năm {borrower.birth_year}" in text
    # the paper both sides sign carries the whole number for a user who may see it
    assert "Số CCCD: 008158001234" in text
    assert "Số tiền vay: 3.000.000 đồng (Bằng chữ: Ba triệu đồng)." in text
    assert "Hình thức vay: tiền mặt." in text
    assert "Lãi suất: 0,5%/tháng, tính trên dư nợ giảm dần." in text
    assert "từ ngày 15/05/2025 đến ngày 15/05/2026" in text
    schedule = loans.loan_schedule(loan.id)
    with open_pdf(pdf) as doc:
        tables = [t for p in doc.pages for t in p.extract_tables()]
        lines = [r for t in tables for r in t if r[0] not in ("Kỳ",)]
        assert len(lines) == len(schedule) + 1
        for row, x in zip(lines, schedule, strict=False):
            assert row[1] == x.due_on.strftime("%d/%m/%Y")
            assert row[2:] == [format_number(x.principal), format_number(x.interest),
                               format_number(x.total)]
        assert lines[-1][1:] == ["Cộng", format_number(sum(x.principal for x in schedule)),
                                 format_number(sum(x.interest for x in schedule)),
                                 format_number(sum(x.total for x in schedule))]
        assert sum(x.principal for x in schedule) == 3_000_000
        last = doc.pages[-1]
        roles = [find(last, "BÊN VAY"), find(last, "BÊN CHO VAY")]
        assert not has(last, "NGƯỜI BẢO LÃNH")
        assert roles[0].baseline == pytest.approx(roles[1].baseline, abs=1)
        assert roles[0].x0 < roles[1].x0
        chair = loan_contract_data(loan.id).chair
        assert chair is not None and has(last, chair.name)
        assert find(last, borrower.full_name, nth=len(last.search(borrower.full_name)) - 1) \
            .top > roles[0].bottom + 50
        assert "mỗi bên giữ 01 bản./." in text  # the body ends with the decree's mark
    render_png(pdf, "loan_contract", tmp_path)


def test_contract_of_an_in_kind_loan_with_a_guarantor(lending):
    loan = lending["loans"][1]
    guarantor = Person.get_by_id(lending["people"][20])
    text = flat_text(loan_contract_pdf(loan.id))
    assert ("Hình thức vay: hiện vật: 1 con bò cái giống, 9.000.000 đ/con, "
            "trị giá 9.000.000 đồng.") in text
    # goods are handed over with a record both sign, and repaid against one
    assert "có biên bản giao nhận hiện vật hai bên cùng ký" in text
    clauses = text.split("Điều 3.")[1].split("Điều 4.")[0]
    assert [c for c in "1234" if f"{c}. " in clauses] == ["1", "2", "3", "4"]
    assert "Mục đích sử dụng vốn vay: chăn nuôi (nuôi bò sinh sản)." in text
    assert "Lãi suất: không tính lãi." in text
    assert "Cách trả nợ: trả gốc một lần khi hết hạn vay" in text
    assert f"Người bảo lãnh: {'Bà' if guarantor.gender == 'F' else 'Ông'} " \
           f"{guarantor.full_name}" in text
    assert "Trách nhiệm của người bảo lãnh" in text
    with open_pdf(loan_contract_pdf(loan.id)) as doc:
        rows = [r for p in doc.pages for t in p.extract_tables() for r in t][1:]
        # one payment: the months with nothing due are not listed
        assert rows == [["1", "10/06/2027", "9.000.000", "0", "9.000.000"],
                        ["", "Cộng", "9.000.000", "0", "9.000.000"]]
        last = doc.pages[-1]
        heads = [find(last, t) for t in ("BÊN VAY", "NGƯỜI BẢO LÃNH", "BÊN CHO VAY")]
        assert len({round(h.baseline) for h in heads}) == 1
        assert [h.x0 for h in heads] == sorted(h.x0 for h in heads)


def test_contract_hides_the_id_from_who_may_not_see_it(lending, signed_out):
    loan = lending["loans"][0]
    Person.update(id_number="008158001234").where(Person.id == loan.person_id).execute()
    province = Ward.get_by_id(1840).province_code
    set_user(SignedInUser(3, "gs", "Giám sát", "supervisor", None, province))
    text = flat_text(loan_contract_pdf(loan.id))
    assert "Số CCCD: ********1234" in text and "008158001234" not in text
    set_user(SignedInUser(4, "khac", "Phường khác", "clerk", 1843, None))
    with pytest.raises(NotFound):  # another ward's loan and club look missing
        loan_contract_pdf(loan.id)
    with pytest.raises(NotFound):
        loan_register_pdf(lending["club_id"], ON)


def test_contract_schedule_in_round_thousands(lending):
    """The contract prints the schedule the office's rounding gave (1.000 đ by default):
    5.000.000 đ over 12 months is 417.000 đ × 11 and 413.000 đ, never 416.666 đ."""
    loan = loans.create_loan(loans.LoanInput(
        club_id=lending["club_id"], person_id=lending["people"][-1], form="cash",
        principal=5_000_000, purpose="trade", disbursed_on=D(2025, 6, 20), term_months=12,
        rate_bp=0, interest_method="none"), today=TODAY)
    pdf = loan_contract_pdf(loan.id)
    with open_pdf(pdf) as doc:
        tables = [t for p in doc.pages for t in p.extract_tables()]
        rows = [r for t in tables for r in t if r[0] not in ("Kỳ",)]
    assert [r[2] for r in rows[:-1]] == ["417.000"] * 11 + ["413.000"]
    assert rows[-1][1:3] == ["Cộng", "5.000.000"]
    assert "416.666" not in flat_text(pdf)
