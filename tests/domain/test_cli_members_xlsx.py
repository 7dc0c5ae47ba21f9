"""Command line: template-members, import-members, export-members."""

from __future__ import annotations

import openpyxl
import pytest

import main
from reports.members_xlsx import SHEET_LISTS, SHEET_MEMBERS
from tests.domain.cli_helpers import club_dx01, office_db, run
from tests.domain.test_member_import import GOOD, write_file


@pytest.fixture
def cli_db(tmp_path, capsys, monkeypatch):
    """A database file with an office, three villages and club DX01 with two groups."""
    db = office_db(tmp_path, capsys, monkeypatch)
    club_dx01(groups=("Nhóm Hoa Mai",))
    return db


def state() -> tuple[int, int, int]:
    from models.storage.schema import AuditLog, Membership, Person

    return Person.select().count(), Membership.select().count(), AuditLog.select().count()


def test_template_command_writes_the_template(cli_db, tmp_path, capsys):
    path = tmp_path / "mau.xlsx"
    code, out, err = run(capsys, "--db", cli_db, "template-members", "--club", "dx01",
                         "-o", str(path))
    assert code == 0, err
    assert str(path) in out
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == SHEET_MEMBERS
    lists = wb[SHEET_LISTS]
    values = {c.value for row in lists.iter_rows() for c in row if c.value}
    assert {"Tổ 1", "Tổ 2", "Nà Cưởm", "Nhóm Hoa Mai"} <= values


def test_import_good_file(cli_db, tmp_path, capsys):
    rows = [{**GOOD, "village": "Tổ 1", "group": "Nhóm Hoa Mai"},
            {**GOOD, "full_name": "Hoàng Văn Đức", "gender": "Nam", "birth_year": 1950}]
    path = write_file(tmp_path / "ds.xlsx", rows)
    code, out, err = run(capsys, "--db", cli_db, "import-members", path, "--club", "DX01",
                         "--dry-run")
    assert (code, err) == (0, "")
    assert "Tệp hợp lệ: 2 thành viên sẵn sàng nhập vào CLB DX01" in out
    assert state()[0] == 0
    code, out, err = run(capsys, "--db", cli_db, "import-members", path, "--club", "DX01")
    assert (code, err) == (0, "")
    assert out.strip() == "Đã nhập 2 thành viên vào CLB DX01."
    assert state()[:2] == (2, 2)


def test_import_bad_file_prints_one_line_per_problem_and_writes_nothing(cli_db, tmp_path,
                                                                        capsys):
    rows = [GOOD,
            {**GOOD, "full_name": "Lò Văn Pủa", "gender": "Nam", "id_number": "0123"},
            {**GOOD, "full_name": "Lò Thị Dung", "birth_year": "năm 58",
             "village": "Thôn Mới"}]
    path = write_file(tmp_path / "bad.xlsx", rows)
    before = state()
    code, out, err = run(capsys, "--db", cli_db, "import-members", path, "--club", "DX01")
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "Dòng 3, cột «Số CCCD»: phải đủ 12 chữ số: «0123»",
        "Dòng 4, cột «Năm sinh»: không phải số: «năm 58»",
        "Dòng 4, cột «Thôn/tổ dân phố»: không có trong danh mục: «Thôn Mới»",
        "Chưa nhập gì: tệp có 3 lỗi, sửa rồi chạy lại.",
    ]
    assert state() == before


def test_possible_duplicates_need_the_option(cli_db, tmp_path, capsys):
    path = write_file(tmp_path / "ds.xlsx", [GOOD])
    assert run(capsys, "--db", cli_db, "import-members", path, "--club", "DX01")[0] == 0
    again = write_file(tmp_path / "again.xlsx", [{**GOOD, "full_name": "NGUYỄN THỊ HUỆ"}])
    code, _, err = run(capsys, "--db", cli_db, "import-members", again, "--club", "DX01")
    assert code == 1
    assert err.splitlines()[0] == ("Dòng 2, cột «Họ và tên»: có thể trùng với Nguyễn Thị Huệ "
                                   "(1958) đã có")
    assert "--allow-possible-duplicates" in err.splitlines()[-1]
    code, out, _ = run(capsys, "--db", cli_db, "import-members", again, "--club", "DX01",
                       "--allow-possible-duplicates")
    assert code == 0 and "Đã nhập 1 thành viên" in out


def test_not_a_template_and_unknown_club(cli_db, tmp_path, capsys):
    wb = openpyxl.Workbook()
    wb.active.append(["Tên", "Tuổi"])
    wb.save(tmp_path / "khac.xlsx")
    code, _, err = run(capsys, "--db", cli_db, "import-members", str(tmp_path / "khac.xlsx"),
                       "--club", "DX01")
    assert code == 1
    assert err.splitlines()[0] == ("Tệp: không phải tệp theo mẫu của chương trình (thiếu cột "
                                   "«Họ và tên», «Giới tính», «Năm sinh», «Dân tộc», «Ngày sinh», "
                                   "«Ngày vào CLB»)")
    code, _, err = run(capsys, "--db", cli_db, "import-members", str(tmp_path / "khac.xlsx"),
                       "--club", "ZZ9")
    assert code == 1 and err.strip() == "Không có CLB mã «ZZ9» (lệnh clubs liệt kê các CLB)."


def test_export_then_import_elsewhere(cli_db, tmp_path, capsys):
    rows = [{**GOOD, "id_number": "008158001234", "village": "Nà Cưởm", "note": "Ghi chú"},
            {**GOOD, "full_name": "Hoàng Văn Đức", "gender": "Nam", "birth_year": 1950}]
    run(capsys, "--db", cli_db, "import-members", write_file(tmp_path / "ds.xlsx", rows),
        "--club", "DX01")
    out_file = str(tmp_path / "xuat.xlsx")
    # Full values, so the file imports again (the default export is masked).
    code, out, err = run(capsys, "--db", cli_db, "export-members", "--club", "DX01", "-o",
                         out_file, "--unmasked")
    assert code == 0, err
    assert out.strip() == f"Đã xuất 2 thành viên ra tệp {out_file}"
    code, out, _ = run(capsys, "--db", cli_db, "export-members", "--all", "-o",
                       str(tmp_path / "all.xlsx"))
    assert code == 0 and "Đã xuất 2 thành viên" in out
    ws = openpyxl.load_workbook(out_file)[SHEET_MEMBERS]
    assert ws.max_row == 3
    assert ws.oddHeader.left.text == "CLB Liên thế hệ tự giúp nhau Tổ 1"
    assert ws.oddHeader.right.text.startswith("Phường Đức Xuân, tỉnh Thái Nguyên (Số liệu")

    # The same file into the same office: the ID number is already there; nothing written.
    before = state()
    code, _, err = run(capsys, "--db", cli_db, "import-members", out_file, "--club", "DX01")
    assert code == 1 and "đã có: «008158001234»" in err
    assert state() == before

    # Into another PC's database: everything goes in.
    other = str(tmp_path / "other.sqlite3")
    run(capsys, "--db", other, "init", "--ward", "1840", "--office", "UBND phường Đức Xuân")
    from models.clubs.clubs import ClubInput, create_club
    from models.office.villages import add_village
    from models.storage.schema import Person

    add_village(1840, "Nà Cưởm", "tổ dân phố")
    create_club(ClubInput(code="DX01", name="CLB Tổ 1", ward_code=1840))
    code, out, err = run(capsys, "--db", other, "import-members", out_file, "--club", "DX01")
    assert code == 0, err
    assert Person.get(Person.id_number == "008158001234").note == "Ghi chú"


def test_export_to_a_folder_that_does_not_exist(cli_db, tmp_path, capsys):
    target = str(tmp_path / "không-có" / "x.xlsx")
    code, _, err = run(capsys, "--db", cli_db, "export-members", "--club", "DX01", "-o", target)
    assert code == 1 and err.startswith(
        f"Tệp cần ghi: thư mục {tmp_path / 'không-có'} không có")


def test_export_needs_club_or_all(cli_db, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main.main(["--db", cli_db, "export-members", "-o", str(tmp_path / "x.xlsx")])
    assert exit_info.value.code == 2
