"""Sổ quỹ tiền mặt read back: the running balance column is the ledger's, opening and closing
rows, totals, header rows repeated on later pages, page numbers, signatures never alone; the
.xlsx read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import random

import openpyxl
import pytest

from models.errors import ValidationError
from models.funds import funds
from models.funds.fund_papers import fund_book_data, fund_book_pdf, fund_book_xlsx
from models.storage.schema import Membership
from models.text.vietnamese import format_number
from tests.reports.pdf_probe import find, has, open_pdf, render_png
from tests.reports.test_vouchers import TODAY, money_club

START, END = dt.date(2026, 1, 1), dt.date(2026, 6, 30)


@pytest.fixture
def book(office):
    return money_club()


def add_entries(book: dict, n: int, seed: int = 5) -> None:
    """n more entries on the activity fund from January 2026, receipts and payments mixed."""
    rng = random.Random(seed)
    fund = book["funds"]["activity"]
    people = [m.person_id for m in Membership.select().where(
        Membership.club == book["club_id"])]
    day = dt.date(2026, 1, 2)
    for _ in range(n):
        day += dt.timedelta(days=rng.randint(0, 3))
        if rng.random() < 0.6 or funds.balance(fund.id, day) < 400_000:
            inp = funds.EntryInput(fund_id=fund.id, kind="receipt", date=day,
                                   amount=rng.randint(1, 30) * 50_000, category="member_fee",
                                   person_id=rng.choice(people))
        else:
            inp = funds.EntryInput(fund_id=fund.id, kind="payment", date=day,
                                   amount=rng.randint(1, 10) * 30_000,
                                   category="activity_spending", party="Nhà văn hóa Tổ 1",
                                   description="Chi nước uống, hoa quả buổi sinh hoạt định kỳ "
                                               "và thăm hỏi thành viên ốm đau")
        funds.post_entry(inp, today=TODAY)


def table_rows(pdf: bytes) -> list[list[str]]:
    """Body rows of every page's ruled table, the two header rows of each page dropped."""
    out = []
    with open_pdf(pdf) as doc:
        for page in doc.pages:
            for table in page.extract_tables():
                assert table[0][0].replace("\n", " ") == "Ngày ghi sổ"
                assert table[1][1:3] == ["Thu", "Chi"] and table[1][4:7] == ["Thu", "Chi", "Tồn"]
                out += [[(c or "").replace("\n", " ") for c in row] for row in table[2:]]
    return out


def test_rows_match_the_ledger_with_opening_totals_and_closing(book):
    add_entries(book, 12)
    fund = book["funds"]["activity"]
    ledger = funds.ledger(fund.id, START, END)
    pdf = fund_book_pdf(fund.id, START, END)
    rows = table_rows(pdf)
    assert rows[0][3] == "Số dư đầu kỳ" and rows[0][6] == format_number(ledger.opening)
    body = rows[1:-2]
    assert len(body) == len(ledger.lines)
    assert [r[6] for r in body] == [format_number(ln.balance) for ln in ledger.lines]
    for r, ln in zip(body, ledger.lines, strict=True):
        assert r[0] == ln.date.strftime("%d/%m/%Y")
        code = f"{'PT' if ln.kind == 'receipt' else 'PC'}-2026/{ln.number:03d}"
        assert (r[1], r[2]) == ((code, "") if ln.kind == "receipt" else ("", code))
        assert r[4] == (format_number(ln.receipt) if ln.receipt else "")
        assert r[5] == (format_number(ln.payment) if ln.payment else "")
    receipts = sum(ln.receipt for ln in ledger.lines)
    payments = sum(ln.payment for ln in ledger.lines)
    assert rows[-2][3:6] == ["Cộng phát sinh trong kỳ", format_number(receipts),
                             format_number(payments)]
    assert rows[-1][3] == "Số dư cuối kỳ" and rows[-1][6] == format_number(ledger.closing)
    assert ledger.closing == ledger.opening + receipts - payments
    # The reversal pair is named both ways in the note column.
    notes = {r[2] or r[1]: r[7] for r in body}
    assert notes["PC-2026/002"] == "Đã đảo bởi phiếu PT-2026/002"
    assert notes["PT-2026/002"] == "Đảo phiếu PC-2026/002"


def test_a_later_period_opens_with_the_balance_carried(book):
    fund = book["funds"]["activity"]
    data = fund_book_data(fund.id, dt.date(2026, 3, 10), dt.date(2026, 3, 31), today=TODAY)
    assert data.opening == 1_250_000
    assert data.closing == 1_250_000 - 450_000
    assert data.period == "Từ ngày 10/03/2026 đến ngày 31/03/2026"
    assert [s.role for s in data.signers] == ["Người ghi sổ", "Kế toán", "Chủ nhiệm CLB"]
    assert all(s.name for s in data.signers)  # treasurer, accountant and chair of the board


def test_first_page_layout_and_a_long_book(book, tmp_path):
    add_entries(book, 70)
    fund = book["funds"]["activity"]
    pdf = fund_book_pdf(fund.id, START, END)
    with open_pdf(pdf) as doc:
        pages = doc.pages
        assert len(pages) >= 3
        first = pages[0]
        assert first.width > first.height  # A4 landscape
        assert (first.width, first.height) == pytest.approx((841.9, 595.3), abs=1)
        title = find(first, "SỔ QUỸ TIỀN MẶT")
        assert title.centre == pytest.approx((20 + (297 - 15)) / 2 * 72 / 25.4, abs=3)
        assert find(first, "Quỹ hoạt động").top > title.bottom
        assert has(first, "Từ ngày 01/01/2026 đến ngày 30/06/2026")
        assert find(first, "Đơn vị: CLB Liên thế hệ tự giúp nhau Tổ 1").top < title.top
        for n, page in enumerate(pages, 1):
            number = find(page, f"Trang {n}/{len(pages)}")
            assert number.top > page.height - 40
            # the header rows open the table on every page
            head = find(page, "Ngày ghi sổ")
            assert head.top < (200 if n == 1 else 70)
            assert find(page, "Diễn giải").top == pytest.approx(head.top, abs=8)
        thu = find(pages[1], "Tồn")
        # amounts right-aligned: every balance ends at the same x under "Tồn"
        ends = {round(w["x1"]) for w in pages[1].extract_words()
                if thu.x0 - 40 < w["x0"] < thu.x1 + 40 and w["top"] > thu.bottom + 5
                and w["text"][:1].isdigit()}
        assert len(ends) == 1
        last = pages[-1]
        assert has(last, "Số dư cuối kỳ") and has(last, "Người ghi sổ")
        assert find(last, "Chủ nhiệm CLB").top > find(last, "Số dư cuối kỳ").bottom
    render_png(pdf, "fund_book", tmp_path)


def test_signatures_never_stand_alone_on_the_last_page(book):
    fund = book["funds"]["activity"]
    for n in range(6, 30, 2):
        if n > 6:
            add_entries(book, 2, seed=n)
        with open_pdf(fund_book_pdf(fund.id, START, END)) as doc:
            last = doc.pages[-1]
            assert has(last, "Người ghi sổ"), n
            assert has(last, "Số dư cuối kỳ"), f"signatures alone on the last page ({n})"


def test_a_period_that_ends_before_it_starts_is_refused(book):
    fund = book["funds"]["activity"]
    with pytest.raises(ValidationError) as err:
        fund_book_pdf(fund.id, END, START)
    assert [(p.field, p.code) for p in err.value.problems] == [("date_to", "before_start")]
    with pytest.raises(ValidationError) as err:
        fund_book_pdf(fund.id, None, "31/02/2026")
    assert {(p.field, p.code) for p in err.value.problems} == {
        ("date_from", "required"), ("date_to", "bad_date")}


def test_xlsx_has_the_same_figures_as_numbers(book, tmp_path):
    add_entries(book, 30)
    fund = book["funds"]["activity"]
    path = tmp_path / "so-quy.xlsx"
    fund_book_xlsx(fund.id, START, END, path)
    ledger = funds.ledger(fund.id, START, END)
    ws = openpyxl.load_workbook(path).active
    assert ws["A3"].value == "SỔ QUỸ TIỀN MẶT" and ws["A4"].value == "Quỹ hoạt động"
    assert ws["A5"].value == "Từ ngày 01/01/2026 đến ngày 30/06/2026"
    header = [ws.cell(7, c).value for c in range(1, 9)]
    assert header == ["Ngày ghi sổ", "Số phiếu", None, "Diễn giải", "Số tiền", None, None,
                      "Ghi chú"]
    assert [ws.cell(8, c).value for c in (2, 3, 5, 6, 7)] == ["Thu", "Chi", "Thu", "Chi", "Tồn"]
    assert ws.freeze_panes == "A9"
    assert ws.print_title_rows == "$7:$8"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.orientation == "landscape"
    r = 9
    assert ws.cell(r, 4).value == "Số dư đầu kỳ" and ws.cell(r, 7).value == ledger.opening
    for i, ln in enumerate(ledger.lines, start=r + 1):
        row = [ws.cell(i, c).value for c in range(1, 8)]
        assert row[0].date() == ln.date
        assert row[4] == (ln.receipt or None) and row[5] == (ln.payment or None)
        assert isinstance(row[6], int) and row[6] == ln.balance
        assert ws.cell(i, 7).number_format == "#,##0"
    total_row = r + len(ledger.lines) + 1
    assert ws.cell(total_row, 4).value == "Cộng phát sinh trong kỳ"
    receipts = sum(ws.cell(i, 5).value or 0 for i in range(r + 1, total_row))
    payments = sum(ws.cell(i, 6).value or 0 for i in range(r + 1, total_row))
    assert (ws.cell(total_row, 5).value, ws.cell(total_row, 6).value) == (receipts, payments)
    assert ws.cell(total_row + 1, 4).value == "Số dư cuối kỳ"
    assert ws.cell(total_row + 1, 7).value == ledger.closing == \
        ledger.opening + receipts - payments
    signers = [c.value for c in ws[total_row + 4] if c.value]
    assert signers == ["Người ghi sổ", "Kế toán", "Chủ nhiệm CLB"]
