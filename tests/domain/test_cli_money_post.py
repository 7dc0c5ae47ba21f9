"""Command line: post receipt|payment records a voucher through the funds service and prints
its number; a refusal is one Vietnamese line, exit 1, and nothing is written."""

from __future__ import annotations

import io
import sqlite3

import pytest

from models.storage.schema import AuditLog, LedgerEntry
from tests.domain.test_cli_money_print import cli_db, run  # noqa: F401 - the fixture

BASE = ("--club", "DX01", "--fund", "activity", "--date", "02/06/2026")


def _rows(path: str) -> tuple[int, int]:
    """Ledger entries and audit rows in the file, read beside the program's connection."""
    con = sqlite3.connect(path)
    try:
        return tuple(con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                     for table in ("ledger_entry", "audit_log"))
    finally:
        con.close()


def test_post_receipt_prints_its_number_and_the_voucher_prints(cli_db, tmp_path, capsys):  # noqa: F811
    code, out, err = run(capsys, "--db", cli_db, "post", "receipt", *BASE,
                         "--amount", "1.250.000", "--category", "Thành viên đóng góp",
                         "--counterparty", "Nguyễn Thị Huệ",
                         "--description", "Đóng góp quý II")
    assert code == 0, err
    last = LedgerEntry.select().order_by(LedgerEntry.id.desc()).get()
    number = f"PT-2026/{last.number:03d}"
    assert out.strip() == (f"Đã ghi phiếu thu {number}: 1.250.000 đồng, Quỹ hoạt động "
                           f"của CLB DX01.")
    assert (last.kind, last.amount, last.category, last.party, last.description) == (
        "receipt", 1_250_000, "member_fee", "Nguyễn Thị Huệ", "Đóng góp quý II")
    assert AuditLog.select().where((AuditLog.entity == "ledger_entry")
                                   & (AuditLog.entity_id == str(last.id))).exists()
    code, _, err = run(capsys, "--db", cli_db, "print", "voucher", "--club", "DX01",
                       "--fund", "activity", "--number", number, "-o", str(tmp_path / "v.pdf"))
    assert code == 0, err
    code, out, err = run(capsys, "--db", cli_db, "post", "payment", *BASE, "--amount", "50000",
                         "--category", "activity_spending", "--counterparty", "Cửa hàng Tổ 1")
    assert code == 0, err
    assert out.startswith("Đã ghi phiếu chi PC-2026/") and "50.000 đồng" in out


@pytest.mark.parametrize(("args", "message"), [
    (("--club", "ZZ9", "--fund", "activity", "--amount", "1000", "--category", "donation"),
     "Không có CLB mã «ZZ9» (lệnh clubs liệt kê các CLB)."),
    (("--club", "DX01", "--fund", "savings", "--amount", "1000", "--category", "donation"),
     "Không có loại quỹ «savings»; chọn một trong: income, activity, home_care, "
     "golden_heart, other."),
    (("--club", "DX01", "--fund", "golden_heart", "--amount", "1000", "--category",
      "donation"), "CLB DX01 chưa có Sổ Tấm lòng vàng."),
    ((*BASE, "--amount", "1000", "--category", "Cho vay"),
     "Không có khoản mục «Cho vay» cho phiếu thu; chọn một trong: member_fee, donation, "
     "budget_province, budget_commune, other_support, loan_repayment, loan_interest, other."),
    ((*BASE, "--amount", "12,5", "--category", "donation"),
     "Số tiền: phải là số tiền nguyên đồng, chỉ gồm chữ số: «12,5»"),
    ((*BASE, "--amount", "0", "--category", "donation"), "Số tiền: số tiền phải lớn hơn 0"),
    (("--club", "DX01", "--fund", "activity", "--date", "31/02/2026", "--amount", "1000",
      "--category", "donation"), "Ngày: không đúng ngày dd/mm/yyyy: «31/02/2026»"),
    (("--club", "DX01", "--fund", "activity", "--date", "01/01/2099", "--amount", "1000",
      "--category", "donation"), "Ngày: không được sau ngày hôm nay"),
])
def test_refused_receipt_is_one_line_and_writes_nothing(cli_db, capsys, args, message):  # noqa: F811
    before = _rows(cli_db)
    code, out, err = run(capsys, "--db", cli_db, "post", "receipt", *args,
                         "--counterparty", "Sở Y tế")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert err.strip() == message
    assert _rows(cli_db) == before


def test_payment_larger_than_the_fund_is_refused(cli_db, capsys):  # noqa: F811
    code, out, err = run(capsys, "--db", cli_db, "post", "payment", *BASE,
                         "--amount", "900000000", "--category", "other",
                         "--counterparty", "Ai đó")
    assert code == 1 and out == ""
    assert err.startswith("Số tiền: quỹ không đủ: số dư ngày ") and len(err.splitlines()) == 1


def test_account_without_write_right_cannot_post(cli_db, capsys, monkeypatch):  # noqa: F811
    def cli(*args, stdin="", password=None):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        if password:
            monkeypatch.setenv("ISHC_PASSWORD", password)
        return run(capsys, "--db", cli_db, *args)

    assert cli("user", "add", "quantri", "--role", "admin", "--unit", "T19",
               stdin="mat-khau-quan-tri\n")[0] == 0
    assert cli("--user", "quantri", "user", "add", "giamsat", "--role", "supervisor",
               "--unit", "T19", stdin="mat-khau-giam-sat\n",
               password="mat-khau-quan-tri")[:3:2] == (0, "")
    code, out, err = cli("--user", "giamsat", "post", "receipt", *BASE, "--amount", "1000",
                         "--category", "donation", "--counterparty", "Sở Y tế",
                         password="mat-khau-giam-sat")
    assert code == 1 and out == ""
    assert err.strip() == ("Không có quyền: vai trò «Giám sát cấp trên» không được nhập, "
                           "sửa dữ liệu.")
