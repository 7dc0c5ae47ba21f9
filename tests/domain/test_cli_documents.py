"""Command line: print the founding papers (issue, reprint, draft, new) and list the register."""

from __future__ import annotations

import hashlib

import pdfplumber
import pytest

from tests.domain.cli_helpers import office_db, run


@pytest.fixture
def cli_db(tmp_path, capsys, monkeypatch):
    """A file database with the office, its two issuing bodies and a founded club DX01."""
    from tests.papers_data import founded_club, setup_bodies

    db = office_db(tmp_path, capsys, monkeypatch)
    setup_bodies()
    founded_club(40)
    return db


def text_of(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() for p in pdf.pages).replace("\u00a0", " ")


def test_print_issues_then_reprints_the_stored_copy(cli_db, tmp_path, capsys):
    out1, out2 = tmp_path / "gcn.pdf", tmp_path / "gcn-lan-2.pdf"
    code, out, err = run(capsys, "--db", cli_db, "print", "certificate", "--club", "dx01",
                         "-o", str(out1), "--date", "10/03/2026")
    assert code == 0, err
    assert out.strip() == f"Đã ban hành văn bản số 01/GCN-UBND ngày 10/03/2026: {out1}"
    text = text_of(out1)
    assert "Số: 01/GCN-UBND" in text and "ngày 10 tháng 3 năm 2026" in text
    code, out, err = run(capsys, "--db", cli_db, "print", "certificate", "--club", "DX01",
                         "-o", str(out2), "--date", "11/03/2026")
    assert code == 0
    assert out.startswith("Đã in lại văn bản số 01/GCN-UBND ngày 10/03/2026 (bản đã lưu)")
    assert "--new" in err
    assert out1.read_bytes() == out2.read_bytes()
    from models.storage.schema import IssuedDocument

    doc = IssuedDocument.get()
    assert hashlib.sha256(out2.read_bytes()).hexdigest() == doc.sha256


def test_a_founding_decision_on_record_is_the_clubs_decision(cli_db, tmp_path, capsys):
    """The club was founded by 05/QĐ-UBND of 05/03/2025 (the ward's paper register): print
    gives that decision, with its number and date, and never a new number."""
    out1 = tmp_path / "qd.pdf"
    code, out, err = run(capsys, "--db", cli_db, "print", "decision", "--club", "DX01",
                         "-o", str(out1), "--date", "10/03/2026")
    assert code == 0
    assert out.strip() == ("Đã in quyết định thành lập số 05/QĐ-UBND ngày 05/03/2025 đã có "
                           f"trong hồ sơ CLB (không cấp số mới): {out1}")
    assert err.strip() == "Quyết định này có ngày 05/03/2025; --date không đổi được ngày của nó."
    text = text_of(out1)
    assert "Số: 05/QĐ-UBND" in text and "ngày 05 tháng 3 năm 2025" in text
    assert "DỰ THẢO" not in text
    code, _, err = run(capsys, "--db", cli_db, "print", "decision", "--club", "DX01", "--new",
                       "-o", str(tmp_path / "qd2.pdf"), "--date", "10/03/2026")
    assert code == 1
    assert "05/QĐ-UBND" in err and "không ban hành quyết định thứ hai" in err
    from models.storage.schema import IssuedDocument

    assert IssuedDocument.select().count() == 0


def test_new_certificate_draft_and_the_register(cli_db, tmp_path, capsys):
    for args in (("certificate", "05/03/2026"), ("launch-minutes", "06/03/2026")):
        code, _, err = run(capsys, "--db", cli_db, "print", args[0], "--club", "DX01", "-o",
                           str(tmp_path / f"{args[0]}.pdf"), "--date", args[1])
        assert code == 0, err
    assert "Số: 01/GCN-UBND" in text_of(tmp_path / "certificate.pdf")
    assert "Quyết định số 05/QĐ-UBND" in text_of(tmp_path / "certificate.pdf")
    code, out, _ = run(capsys, "--db", cli_db, "print", "certificate", "--club", "DX01",
                       "--new", "-o", str(tmp_path / "gcn2.pdf"), "--date", "07/03/2026")
    assert code == 0 and "02/GCN-UBND" in out
    code, out, _ = run(capsys, "--db", cli_db, "print", "decision", "--club", "DX01",
                       "--draft", "-o", str(tmp_path / "draft.pdf"))
    assert code == 0 and out.startswith("Đã in bản không số")
    draft = text_of(tmp_path / "draft.pdf")
    assert "/QĐ-UBND" in draft and "Số: 05/QĐ-UBND" not in draft
    code, out, _ = run(capsys, "--db", cli_db, "documents")
    assert code == 0
    lines = [ln.split("\t") for ln in out.strip().splitlines()]
    assert [ln[0] for ln in lines] == ["02/GCN-UBND", "01/GCN-UBND", "01/BB-HNCT"]
    assert lines[1] == ["01/GCN-UBND", "05/03/2026",
                        "Chứng nhận thành lập Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1",
                        "Hoàng Văn Minh"]
    assert lines[2][3] == "Lương Thị Hạnh"  # the association's chair presides the launch
    code, out, _ = run(capsys, "--db", cli_db, "documents", "--body", "HNCT")
    assert [ln.split("\t")[0] for ln in out.strip().splitlines()] == ["01/BB-HNCT"]
    code, out, _ = run(capsys, "--db", cli_db, "documents", "--year", "2025")
    assert code == 0 and out == ""


def test_unnumbered_papers_and_refusals(cli_db, tmp_path, capsys):
    code, out, err = run(capsys, "--db", cli_db, "print", "members", "--club", "DX01", "-o",
                         str(tmp_path / "ds.pdf"), "--date", "20/11/2026")
    assert code == 0, err
    assert "Tổng số: 40 thành viên" in text_of(tmp_path / "ds.pdf")
    code, _, err = run(capsys, "--db", cli_db, "print", "statute", "--club", "DX01", "-o",
                       str(tmp_path / "qc.pdf"))
    assert code == 0, err
    assert "QUY CHẾ" in text_of(tmp_path / "qc.pdf")
    code, _, err = run(capsys, "--db", cli_db, "print", "members", "--club", "ZZ9", "-o",
                       str(tmp_path / "x.pdf"))
    assert code == 1 and "ZZ9" in err
    code, _, err = run(capsys, "--db", cli_db, "print", "decision", "--club", "DX01", "-o",
                       str(tmp_path / "x.pdf"), "--date", "31/02/2026")
    assert code == 1 and err.strip() == "Ngày: không đúng ngày dd/mm/yyyy: «31/02/2026»"
    with pytest.raises(SystemExit) as stop:
        run(capsys, "--db", cli_db, "print", "memo", "--club", "DX01", "-o", "x")
    assert stop.value.code == 2
    code, _, err = run(capsys, "--db", cli_db, "print", "decision", "--club", "DX01", "-o",
                       str(tmp_path / "no-such-dir" / "x.pdf"))
    assert code == 1 and "Tệp cần ghi: thư mục" in err and "no-such-dir không có" in err
    from models.storage.schema import IssuedDocument

    assert IssuedDocument.select().count() == 0  # an unwritable file consumes no number


def test_certificate_without_a_decision_is_refused(tmp_path, capsys, monkeypatch):
    from models.office.villages import add_village
    from tests.papers_data import founded_club, setup_bodies

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    db = str(tmp_path / "plain.sqlite3")
    run(capsys, "--db", db, "init", "--ward", "1840", "--office", "UBND phường Đức Xuân")
    for name in ("Tổ 1", "Nà Cưởm"):
        add_village(1840, name, "tổ dân phố")
    setup_bodies()
    founded_club(5, decision=None)
    code, _, err = run(capsys, "--db", db, "print", "certificate", "--club", "DX01", "-o",
                       str(tmp_path / "gcn.pdf"))
    assert code == 1
    assert "Ngày quyết định: CLB chưa có quyết định thành lập (số và ngày)" in err
    assert "Ban chủ nhiệm: không có ai vào ngày" in err
    assert not (tmp_path / "gcn.pdf").exists()
    code, _, err = run(capsys, "--db", db, "print", "certificate", "--club", "DX01", "--draft",
                       "-o", str(tmp_path / "gcn.pdf"))
    assert code == 0, err
    from models.storage.schema import IssuedDocument

    assert IssuedDocument.select().count() == 0


def test_a_damaged_stored_copy_is_refused(cli_db, tmp_path, capsys):
    from models.storage.schema import IssuedDocument

    first = tmp_path / "qd.pdf"
    assert run(capsys, "--db", cli_db, "print", "certificate", "--club", "DX01", "-o",
               str(first))[0] == 0
    IssuedDocument.update(pdf=b"%PDF-1.4 altered").execute()
    again = tmp_path / "qd-2.pdf"
    code, _, err = run(capsys, "--db", cli_db, "print", "certificate", "--club", "DX01", "-o",
                       str(again))
    assert code == 1 and "SHA-256" in err
    assert not again.exists()
