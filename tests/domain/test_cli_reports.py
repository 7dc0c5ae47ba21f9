"""The report command and print annual-report: the chain from the command line, refusals as
one line each, the signed copy printed byte for byte, the indicator tables as .xlsx."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from models.demo.demo import fill_demo
from models.signoff import reports
from tests.domain.cli_helpers import office_db, run
from tests.reports.pdf_probe import flat_text

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def db_path(tmp_path, capsys, monkeypatch):
    path = office_db(tmp_path, capsys, monkeypatch, villages=False)
    fill_demo(3, seed=7, today=TODAY)
    return path


def test_chain_from_the_command_line(db_path, tmp_path, capsys):
    def report(*args):
        return run(capsys, "--db", db_path, "report", *args, "--year", "2025",
                   "--today", "20/11/2026")

    code, out, _ = report("show")
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert [line[1] for line in lines] == ["VN", "19", "1840", "DX001", "DX002"]
    assert lines[3][3] == "Quá hạn" and lines[3][5] == "15/01/2026"

    code, out, _ = report("edit", "--club", "DX001", "--results", "Sinh hoạt đều đặn.")
    assert code == 0 and "Đang soạn" in out
    assert report("submit", "--club", "DX001")[0] == 0
    code, _, err = report("approve", "--club", "DX001")  # no approver's name
    assert code == 1 and err.strip() == "Người duyệt: chưa nhập"
    code, out, err = report("approve", "--club", "DX001", "--name", "Hoàng Văn Thụ",
                            "--title", "Chủ tịch Hội NCT phường")
    assert code == 0, err
    assert "Đã duyệt" in out and "Số 01/BC-HNCT" in out
    code, _, err = report("submit", "--unit", "1840")
    assert code == 0, err
    code, _, err = report("approve", "--unit", "1840", "--name", "Nông Thị Lan")
    assert code == 1 and err.startswith("Báo cáo của cấp dưới: còn 1 đơn vị chưa được duyệt")

    code, out, _ = report("show", "--club", "DX001")
    assert out.startswith("1\tĐã duyệt\t") and "Hoàng Văn Thụ" in out
    code, out, _ = report("diff", "--club", "DX001")
    assert code == 0 and "khớp với bản đã duyệt" in out

    # the signed copy, byte for byte; a draft of the ward from the records
    pdf = tmp_path / "club.pdf"
    code, out, err = run(capsys, "--db", db_path, "print", "annual-report", "--club", "DX001",
                         "--year", "2025", "-o", str(pdf))
    assert code == 0 and "bản đã duyệt" in out, err
    signed = reports.current("club", "DX001", 2025)
    assert pdf.read_bytes() == reports.archived_pdf(signed.id)
    ward = tmp_path / "ward.pdf"
    code, out, err = run(capsys, "--db", db_path, "print", "annual-report", "--unit", "1840",
                         "--year", "2025", "-o", str(ward))
    assert code == 0 and "bản nháp" in out
    text = flat_text(ward.read_bytes())
    assert "Kết quả hoạt động năm 2025 của Phường Đức Xuân" in text
    assert "CHỈ SỐ CHỦ YẾU THEO TỪNG CÂU LẠC BỘ" in text
    sheet = tmp_path / "ward.xlsx"
    assert run(capsys, "--db", db_path, "print", "annual-report", "--unit", "1840", "--year",
               "2025", "-o", str(sheet))[0] == 0
    book = openpyxl.load_workbook(io.BytesIO(sheet.read_bytes()))
    assert book.sheetnames == ["Chỉ số", "Theo đơn vị"]

    # reopening needs a reason; then the club's year takes writes again
    code, _, err = report("reopen", "--club", "DX001")
    assert code == 1 and err.strip() == "Lý do: chưa nhập"
    code, out, _ = report("reopen", "--club", "DX001", "--reason", "Bổ sung số liệu")
    assert code == 0 and "phiên bản 2" in out


def test_print_annual_report_needs_a_unit_and_other_papers_a_club(db_path, capsys):
    code, _, err = run(capsys, "--db", db_path, "print", "annual-report", "--year", "2025",
                       "-o", "x.pdf")
    assert code == 2 and "--club CODE hoặc --unit CODE" in err
    with pytest.raises(SystemExit) as stop:  # a usage error, as argparse's own
        run(capsys, "--db", db_path, "print", "decision", "-o", "x.pdf")
    assert stop.value.code == 2
    assert "thiếu tham số bắt buộc: --club" in capsys.readouterr().err


def test_a_short_code_names_a_province_unless_told_ward(db_path, tmp_path, capsys):
    # "4" is both Cao Bằng (a province) and Ba Đình (a ward of Hà Nội)
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "--db", db_path, "print", "annual-report", "--unit", "4",
                       "--year", "2025", "-o", str(out))
    assert code == 0, err
    assert "Tỉnh Cao Bằng" in flat_text(out.read_bytes())
    code, _, err = run(capsys, "--db", db_path, "print", "annual-report", "--unit", "4",
                       "--level", "ward", "--year", "2025", "-o", str(out), "--force")
    assert code == 0, err
    assert "Ba Đình" in flat_text(out.read_bytes())
