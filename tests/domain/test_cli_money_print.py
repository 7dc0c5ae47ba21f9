"""Command line: print voucher | fund-book | loan-register | loan-contract write their files
(exit 0); a wrong club, fund, number or date is one Vietnamese line, exit 1, and no file."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.domain.cli_helpers import office_db, run
from tests.reports.pdf_probe import flat_text


@pytest.fixture
def cli_db(tmp_path, capsys, monkeypatch):
    """A file database: the office, a founded club DX01 with its funds, three vouchers and a
    loan (the data of tests/reports/test_vouchers.money_club)."""
    from models.funds import funds
    from models.loans import loans
    from models.storage.schema import Membership
    from tests.reports.test_vouchers import TODAY, money_club

    db = office_db(tmp_path, capsys, monkeypatch)
    book = money_club()
    income = book["funds"]["income"]
    funds.post_entry(funds.EntryInput(fund_id=income.id, kind="receipt",
                                      date=dt.date(2025, 4, 2), amount=20_000_000,
                                      category="budget_province", party="Sở Y tế"), today=TODAY)
    loans.save_loan_rules(book["club_id"], loans.LoanRulesInput(10_000_000, 24, 50,
                                                                "declining"))
    person = Membership.select().where(Membership.club == book["club_id"]) \
        .order_by(Membership.id)[9].person_id
    loans.create_loan(loans.LoanInput(
        club_id=book["club_id"], person_id=person, form="cash", principal=4_000_000,
        purpose="trade", disbursed_on=dt.date(2025, 6, 1), term_months=12, rate_bp=50,
        interest_method="declining"), today=TODAY)
    return db


def files(tmp_path):
    return sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".xlsx", ".part"))


def test_voucher_by_number_or_printed_code(cli_db, tmp_path, capsys):
    out_file = tmp_path / "pt.pdf"
    code, out, err = run(capsys, "--db", cli_db, "print", "voucher", "--club", "dx01",
                         "--fund", "activity", "--kind", "receipt", "--year", "2026",
                         "--number", "1", "-o", str(out_file))
    assert code == 0, err
    assert out.strip() == f"Đã in phiếu thu PT-2026/001: {out_file}"
    text = flat_text(out_file.read_bytes())
    assert "PHIẾU THU" in text and "Số tiền: 1.250.000 đồng" in text
    code, out, err = run(capsys, "--db", cli_db, "print", "voucher", "--club", "DX01",
                         "--fund", "activity", "--number", "PC-2026/001", "-o",
                         str(tmp_path / "pc.pdf"))
    assert code == 0, err
    assert "Số tiền: 450.000 đồng" in flat_text((tmp_path / "pc.pdf").read_bytes())


@pytest.mark.parametrize(("args", "message"), [
    (("--club", "ZZ9", "--fund", "activity", "--kind", "receipt", "--year", "2026",
      "--number", "1"), "Không có CLB mã «ZZ9» (lệnh clubs liệt kê các CLB)."),
    (("--club", "DX01", "--fund", "activity", "--kind", "receipt", "--year", "2026",
      "--number", "99"), "Không có phiếu thu số PT-2026/099 trong Quỹ hoạt động của CLB DX01."),
    (("--club", "DX01", "--fund", "activity", "--kind", "receipt", "--year", "2025",
      "--number", "1"), "Không có phiếu thu số PT-2025/001 trong Quỹ hoạt động của CLB DX01."),
    (("--club", "DX01", "--fund", "savings", "--kind", "receipt", "--year", "2026",
      "--number", "1"), "Không có loại quỹ «savings»; chọn một trong: income, activity, "
                        "home_care, golden_heart, other."),
    (("--club", "DX01", "--fund", "golden_heart", "--kind", "receipt", "--year", "2026",
      "--number", "1"), "CLB DX01 chưa có Sổ Tấm lòng vàng."),
    (("--club", "DX01", "--fund", "activity", "--kind", "receipt", "--year", "2026",
      "--number", "abc"), "Số phiếu không hợp lệ: «abc» (ví dụ 15 hoặc PT-2026/015)."),
    (("--club", "DX01", "--fund", "activity", "--kind", "gift", "--year", "2026",
      "--number", "1"), "--kind phải là receipt (phiếu thu) hoặc payment (phiếu chi) và khớp "
                        "với số phiếu."),
    (("--club", "DX01", "--fund", "activity", "--kind", "receipt", "--year", "20x6",
      "--number", "1"), "Năm của số phiếu không hợp lệ: «20x6»."),
])
def test_wrong_voucher_refused_with_one_line_and_no_file(cli_db, tmp_path, capsys, args,
                                                         message):
    code, out, err = run(capsys, "--db", cli_db, "print", "voucher", *args, "-o",
                         str(tmp_path / "x.pdf"))
    assert code == 1
    assert err.strip() == message and out == ""
    assert files(tmp_path) == []


def test_fund_book_pdf_and_xlsx(cli_db, tmp_path, capsys):
    pdf = tmp_path / "so-quy.pdf"
    code, out, err = run(capsys, "--db", cli_db, "print", "fund-book", "--club", "DX01",
                         "--fund", "activity", "--from", "01/01/2026", "--to", "30/06/2026",
                         "-o", str(pdf))
    assert code == 0, err
    assert out.strip() == (f"Đã in sổ quỹ «Quỹ hoạt động» từ 01/01/2026 đến 30/06/2026: "
                           f"{pdf}")
    text = flat_text(pdf.read_bytes())
    assert "SỔ QUỸ TIỀN MẶT" in text and "Số dư cuối kỳ" in text and "800.000" in text
    xlsx = tmp_path / "so-quy.xlsx"
    code, _, err = run(capsys, "--db", cli_db, "print", "fund-book", "--club", "DX01",
                       "--fund", "activity", "--from", "1/1/2026", "--to", "30/6/2026",
                       "-o", str(xlsx))
    assert code == 0, err
    ws = openpyxl.load_workbook(xlsx).active
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "Số dư cuối kỳ" in values and 800_000 in values

    year = tmp_path / "so-quy-2026.pdf"
    code, out, err = run(capsys, "--db", cli_db, "print", "fund-book", "--club", "DX01",
                         "--fund", "activity", "--year", "2026", "-o", str(year))
    assert code == 0, err
    assert "từ 01/01/2026 đến 31/12/2026" in out
    code, _, err = run(capsys, "--db", cli_db, "print", "fund-book", "--club", "DX01",
                       "--fund", "activity", "--year", "2026", "--from", "01/01/2026",
                       "-o", str(tmp_path / "both.pdf"))
    assert code == 2 and "không dùng cả hai" in err
    assert not (tmp_path / "both.pdf").exists()


@pytest.mark.parametrize(("args", "message"), [
    (("--from", "31/02/2026", "--to", "30/06/2026"),
     "Từ ngày: không đúng ngày dd/mm/yyyy: «31/02/2026»"),
    (("--from", "01/07/2026", "--to", "30/06/2026"), "Đến ngày: trước ngày bắt đầu"),
    (("--from", "01/01/2026", "--to", "hôm qua"),
     "Đến ngày: không đúng ngày dd/mm/yyyy: «hôm qua»"),
])
def test_fund_book_bad_dates(cli_db, tmp_path, capsys, args, message):
    for name in ("x.pdf", "x.xlsx"):
        code, _, err = run(capsys, "--db", cli_db, "print", "fund-book", "--club", "DX01",
                           "--fund", "activity", *args, "-o", str(tmp_path / name))
        assert code == 1 and err.strip() == message
    assert files(tmp_path) == []


def test_fund_book_refuses_other_file_types(cli_db, tmp_path, capsys):
    code, _, err = run(capsys, "--db", cli_db, "print", "fund-book", "--club", "DX01",
                       "--fund", "activity", "-o", str(tmp_path / "x.csv"))
    assert code == 1 and "Tệp phải có đuôi .pdf hoặc .xlsx" in err
    assert not (tmp_path / "x.csv").exists()


def test_loan_register_and_contract(cli_db, tmp_path, capsys):
    pdf, xlsx, contract = (tmp_path / n for n in ("vay.pdf", "vay.xlsx", "hd.pdf"))
    code, out, err = run(capsys, "--db", cli_db, "print", "loan-register", "--club", "DX01",
                         "--date", "30/06/2026", "-o", str(pdf))
    assert code == 0, err
    assert out.strip() == (f"Đã in sổ theo dõi cho vay của CLB DX01 tính đến ngày 30/06/2026: "
                           f"{pdf}")
    assert "Cộng: 1 khoản vay" in flat_text(pdf.read_bytes())
    code, _, err = run(capsys, "--db", cli_db, "print", "loan-register", "--club", "DX01",
                       "-o", str(xlsx))
    assert code == 0, err
    ws = openpyxl.load_workbook(xlsx).active
    assert ws.cell(7, 10).value == 4_000_000
    code, out, err = run(capsys, "--db", cli_db, "print", "loan-contract", "--club", "DX01",
                         "--loan", "1", "-o", str(contract))
    assert code == 0, err
    assert out.strip() == f"Đã in hợp đồng vay số 1: {contract}"
    text = flat_text(contract.read_bytes())
    assert "HỢP ĐỒNG" in text and "4.000.000 đồng (Bằng chữ: Bốn triệu đồng)" in text


def test_loan_refusals(cli_db, tmp_path, capsys):
    for args, message in (
            (("loan-contract", "--club", "DX01", "--loan", "7"),
             "CLB DX01 không có hợp đồng vay số «7»."),
            (("loan-contract", "--club", "ZZ9", "--loan", "1"),
             "Không có CLB mã «ZZ9» (lệnh clubs liệt kê các CLB)."),
            (("loan-register", "--club", "DX01", "--date", "32/01/2026"),
             "Ngày: không đúng ngày dd/mm/yyyy: «32/01/2026»")):
        code, _, err = run(capsys, "--db", cli_db, "print", *args, "-o",
                           str(tmp_path / "x.pdf"))
        assert code == 1 and err.strip() == message
    code, _, err = run(capsys, "--db", cli_db, "print", "loan-contract", "--club", "DX01",
                       "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "--loan" in err
    code, _, err = run(capsys, "--db", cli_db, "print", "voucher", "--club", "DX01", "--fund",
                       "activity", "--kind", "receipt", "--number", "1", "-o",
                       str(tmp_path / "x.pdf"))
    assert code == 2 and err.strip() == "Thiếu --year: năm của số phiếu."
    assert files(tmp_path) == []


def test_an_unwritable_path_is_one_line(cli_db, tmp_path, capsys):
    code, _, err = run(capsys, "--db", cli_db, "print", "loan-register", "--club", "DX01",
                       "-o", str(tmp_path / "no-such-dir" / "x.pdf"))
    assert code == 1 and err.startswith("Tệp cần ghi: thư mục")


def test_messages_name_the_field_and_the_reason():
    from models.errors import Problem
    from ui.messages import problem_text

    assert problem_text(Problem("receipt_roles", "too_many_signers", {"max": 6})) == \
        "Người ký phiếu thu: nhiều nhất 6 người ký"
    assert problem_text(Problem("unit_lines", "too_many_lines", {"max": 3})) == \
        "Dòng tên đơn vị, địa chỉ: nhiều nhất 3 dòng"
    assert problem_text(Problem("payment_roles[1]", "duplicate", {"value": "Thủ quỹ"})) == \
        "Người ký phiếu chi, dòng 2: đã có: «Thủ quỹ»"


def test_goods_papers_from_the_command_line(cli_db, tmp_path, capsys):
    """An in-kind loan prints its hand-over record; the in-kind register and the fund
    statement print for the income fund; a cash loan has no hand-over record."""
    from decimal import Decimal

    from models.loans import loans
    from models.members.members import club_by_code
    from models.storage.schema import Membership
    from tests.reports.test_vouchers import TODAY

    club = club_by_code("DX01")
    person = Membership.select().where(Membership.club == club.id) \
        .order_by(Membership.id)[10].person_id
    loans.create_loan(loans.LoanInput(
        club_id=club.id, person_id=person, form="in_kind", item="Gà giống",
        quantity=Decimal(80), unit="con", unit_value=50_000, purpose="livestock",
        disbursed_on=dt.date(2025, 7, 1), term_months=12, rate_bp=0, interest_method="none",
        repayment_plan="end_of_term", supplier="Trại gà giống Ba Hàng"), today=TODAY)
    record = tmp_path / "bbgn.pdf"
    code, out, err = run(capsys, "--db", cli_db, "print", "handover", "--club", "DX01",
                         "--loan", "2", "-o", str(record))
    assert code == 0, err
    text = flat_text(record.read_bytes())
    assert "BIÊN BẢN" in text and "Giao nhận hiện vật" in text and "4.000.000" in text
    code, out, err = run(capsys, "--db", cli_db, "print", "handover", "--club", "DX01",
                         "--loan", "1", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "không vay bằng hiện vật" in err and not (tmp_path / "x.pdf").exists()
    register = tmp_path / "so-hien-vat.pdf"
    code, out, err = run(capsys, "--db", cli_db, "print", "goods-register", "--club", "DX01",
                         "--from", "01/01/2025", "--to", "31/12/2025", "-o", str(register))
    assert code == 0, err
    assert "80 con gà giống, 50.000 đ/con" in flat_text(register.read_bytes())
    statement = tmp_path / "bao-cao-quy.pdf"
    code, out, err = run(capsys, "--db", cli_db, "print", "fund-statement", "--club", "DX01",
                         "--date", "31/12/2025", "-o", str(statement))
    assert code == 0, err
    text = flat_text(statement.read_bytes())
    assert "Dư nợ cho vay bằng hiện vật" in text and "Giá trị quỹ (1 + 2 + 3 + 4)" in text
