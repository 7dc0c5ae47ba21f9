"""Excel member files: template, export, and the all-or-nothing import."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from contextlib import contextmanager

import openpyxl
import peewee as pw
import pytest

from models.clubs.clubs import ClubInput, create_club, set_groups
from models.members import members
from models.members.member_import import import_members, read_members
from models.members.register import register
from models.office import settings
from models.office.villages import add_village
from models.storage.schema import AuditLog, Membership, Person
from reports.members_xlsx import (
    HEADER_ROW,
    MEMBER_COLUMNS,
    SHEET_HELP,
    SHEET_LISTS,
    SHEET_MEMBERS,
    SHEET_SUMMARY,
    column_by_key,
    write_register,
    write_template,
)
from tests.conftest import TODAY, member_input

HEADERS = [c.title for c in MEMBER_COLUMNS]
GOOD = {"full_name": "Nguyễn Thị Huệ", "gender": "Nữ", "birth_year": 1958, "ethnicity": "Tày",
        "joined_on": "15/01/2025"}


def write_file(path, rows: list[dict], headers: list[str] | None = None) -> str:
    """A member sheet with the template's header row and one row per dict (column keys)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET_MEMBERS
    ws.append(headers or HEADERS)
    for row in rows:
        ws.append([row.get(c.key) for c in MEMBER_COLUMNS])
    wb.save(path)
    return str(path)


def counts() -> tuple[int, int, int]:
    return Person.select().count(), Membership.select().count(), AuditLog.select().count()


def found(result) -> set[tuple[int | None, str | None, str]]:
    return {(p.row, p.column, p.code) for p in result.problems}


def test_good_file_imports_every_row(club, tmp_path):
    set_groups(club.id, ["Nhóm Hoa Mai", "Nhóm Hoa Đào"])
    rows = [
        {**GOOD, "index": 1, "birth_date": "05/03/1958", "id_number": "008158001234",
         "phone": "0912 345 678", "village": "nà cuom", "household_status": "Hộ nghèo",
         "household_status_year": 2025, "disability": "x", "policy_beneficiary": "có",
         "social_assistance": None, "role": "Tổ trưởng", "group": "nhom hoa mai",
         "home_care_volunteer": "X", "consent_date": "15/01/2025",
         "consent_method": "Ký giấy đồng ý", "note": "Chăm cháu"},
        {"index": 2, "full_name": "Hoàng Văn Đức", "gender": "Nam", "birth_year": "1950",
         "ethnicity": "nung", "joined_on": "01/02/2025", "village": "Tổ dân phố Tổ 2",
         "economic_volunteer": "x", "club_code": "dx01"},
        {"index": 3},  # a pre-numbered empty row is skipped
        {"index": 4, **GOOD, "full_name": "Lý Thị Mai", "birth_year": 1962,
         "household_status": "Cận nghèo", "role": "Tổ phó", "group": "Nhóm Hoa Đào"},
    ]
    path = write_file(tmp_path / "ds.xlsx", rows)
    result = import_members(path, club.id, today=TODAY)
    assert result.ok and result.imported == 3
    assert [r for r, _ in result.rows] == [2, 3, 5]
    reg = {r.full_name: r for r in register(club.id)}
    hue = reg["Nguyễn Thị Huệ"]
    assert (hue.gender, hue.birth_date, hue.birth_year, hue.ethnicity) == (
        "F", dt.date(1958, 3, 5), 1958, "Tày")
    assert (hue.id_number, hue.village, hue.household_status, hue.household_status_year) == (
        "008158001234", "Nà Cưởm", "poor", 2025)
    assert (hue.disability, hue.policy_beneficiary, hue.social_assistance) == (True, True, False)
    assert (hue.role, hue.group, hue.home_care_volunteer, hue.economic_volunteer) == (
        "group_leader", "Nhóm Hoa Mai", True, False)
    assert (hue.consent_date, hue.consent_method) == (dt.date(2025, 1, 15), "paper")
    assert Person.get_by_id(hue.person_id).note == "Chăm cháu"
    duc = reg["Hoàng Văn Đức"]
    assert (duc.gender, duc.birth_date, duc.birth_year, duc.ethnicity, duc.village) == (
        "M", None, 1950, "Nùng", "Tổ 2")
    assert (duc.household_status, duc.role, duc.group, duc.economic_volunteer) == (
        "none", "member", "", True)
    mai = reg["Lý Thị Mai"]
    assert (mai.household_status, mai.role, mai.group) == (
        "near_poor", "deputy_group_leader", "Nhóm Hoa Đào")
    # One audit row per person and per membership, and one for the import itself.
    actions = [(a.entity, a.action) for a in AuditLog.select()]
    assert actions.count(("person", "create")) == 3
    assert actions.count(("membership", "create")) == 3
    assert AuditLog.select().where(AuditLog.action == "import_members").count() == 1


def test_every_bad_cell_is_reported_and_nothing_written(club, tmp_path):
    set_groups(club.id, ["Nhóm Hoa Mai"])
    members.add_member(club.id, member_input(full_name="Đinh Văn Tài", gender="M",
                                             id_number="008150009999"), today=TODAY)
    rows = [
        {**GOOD, "full_name": ""},  # row 2: missing name
        {**GOOD, "birth_date": "31/02/1958"},  # row 3: no such day
        {**GOOD, "village": "Thôn Mới"},  # row 4: not a village of the ward
        {**GOOD, "ethnicity": "Sao Hỏa"},  # row 5: unknown ethnicity
        {**GOOD, "id_number": "0123"},  # row 6: malformed ID
        {**GOOD, "full_name": "Lò Văn A", "id_number": "008158001234"},  # row 7
        {**GOOD, "full_name": "Lò Văn B", "id_number": "008158001234"},  # row 8: same ID
        {**GOOD, "birth_year": "năm 58"},  # row 9: text in a number cell
        {**GOOD, "disability": "có lẽ"},  # row 10: not yes/no
        {**GOOD, "group": "Nhóm Z"},  # row 11: unknown group
        {**GOOD, "full_name": "Đinh Văn Tài B", "id_number": "008150009999"},  # row 12: in db
        {**GOOD, "joined_on": dt.datetime(2027, 1, 1)},  # row 13: in the future
    ]
    for i, row in enumerate(rows):  # different people, so only the intended problem shows
        row.setdefault("birth_year", 1950 + i)
        if row["full_name"] == GOOD["full_name"]:
            row["full_name"] = f"Nguyễn Thị {'ABCDEFGHIJKLMN'[i]}"
    before = counts()
    path = write_file(tmp_path / "bad.xlsx", rows)
    result = import_members(path, club.id, today=TODAY)
    assert found(result) == {
        (2, "Họ và tên", "required"),
        (3, "Ngày sinh", "bad_date"),
        (4, "Thôn/tổ dân phố", "unknown"),
        (5, "Dân tộc", "unknown"),
        (6, "Số CCCD", "length"),
        (8, "Số CCCD", "duplicate_in_file"),
        (9, "Năm sinh", "bad_number"),
        (10, "Khuyết tật", "bad_bool"),
        (11, "Tổ/nhóm", "unknown"),
        (12, "Số CCCD", "duplicate"),
        (13, "Ngày vào CLB", "in_future"),
    }
    dup = next(p for p in result.problems if p.code == "duplicate_in_file")
    assert dup.params == {"other": 7, "value": "008158001234"}
    assert not result.ok and result.imported == 0
    assert counts() == before


def test_nfd_text_is_stored_nfc(club, tmp_path):
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Thị Huệ ")
    row = {**GOOD, "full_name": nfd, "ethnicity": unicodedata.normalize("NFD", "Tày"),
           "village": unicodedata.normalize("NFD", "Nà Cưởm"),
           "note": unicodedata.normalize("NFD", "Hộ ở xa")}
    result = import_members(write_file(tmp_path / "nfd.xlsx", [row]), club.id, today=TODAY)
    assert result.ok
    person = Person.get()
    assert person.full_name == "Nguyễn Thị Huệ"
    assert unicodedata.is_normalized("NFC", person.full_name)
    assert person.note == "Hộ ở xa" and unicodedata.is_normalized("NFC", person.note)
    assert person.search_key == "nguyen thi hue"
    assert person.village.name == "Nà Cưởm"


def test_excel_date_cells_and_year_only(club, tmp_path):
    rows = [
        {**GOOD, "full_name": "Trần Thị Lan", "birth_year": None,
         "birth_date": dt.datetime(1955, 7, 9), "joined_on": dt.datetime(2025, 3, 1),
         "consent_date": dt.date(2025, 3, 1), "consent_method": "dong y dien tu"},
        {**GOOD, "full_name": "Trần Thị Cúc", "birth_year": 1948.0},  # number cell
        {**GOOD, "full_name": "Trần Thị Đào", "birth_year": "1949"},  # text cell
        {**GOOD, "full_name": "Trần Thị Hồng", "birth_year": None, "birth_date": 1947},
        {**GOOD, "full_name": "Trần Thị Huệ", "birth_year": 1960, "birth_date": "2/9/1960"},
    ]
    result = import_members(write_file(tmp_path / "dates.xlsx", rows), club.id, today=TODAY)
    assert result.ok, result.problems
    got = {p.full_name: (p.birth_date, p.birth_year) for p in Person.select()}
    assert got == {
        "Trần Thị Lan": (dt.date(1955, 7, 9), 1955),
        "Trần Thị Cúc": (None, 1948),
        "Trần Thị Đào": (None, 1949),
        "Trần Thị Hồng": (None, 1947),
        "Trần Thị Huệ": (dt.date(1960, 9, 2), 1960),
    }
    lan = Person.get(Person.full_name == "Trần Thị Lan")
    assert lan.consent_method == "electronic"
    assert lan.memberships[0].joined_on == dt.date(2025, 3, 1)


def test_birth_date_and_year_must_agree(club, tmp_path):
    rows = [{**GOOD, "birth_date": "05/03/1958", "birth_year": 1959},
            {**GOOD, "full_name": "Lê Văn Bình", "gender": "Nam", "birth_date": 1950,
             "birth_year": 1951}]
    result = read_members(write_file(tmp_path / "f.xlsx", rows), club, today=TODAY)
    assert {(p.row, p.code) for p in result.problems} == {(2, "year_mismatch"),
                                                          (3, "year_mismatch")}


def test_numbers_typed_into_id_and_phone_cells_keep_leading_zeros(club, tmp_path):
    # Excel turns 008158001234 typed into a General cell into the number 8158001234.
    row = {**GOOD, "id_number": 8158001234, "phone": 912345678}
    result = import_members(write_file(tmp_path / "n.xlsx", [row]), club.id, today=TODAY)
    assert result.ok, result.problems
    person = Person.get()
    assert (person.id_number, person.phone) == ("008158001234", "0912345678")


def test_not_the_template_unreadable_and_empty_files(club, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Tên", "Tuổi"])
    wb.active.append(["Nguyễn Thị Huệ", 68])
    wb.save(tmp_path / "other.xlsx")
    result = read_members(str(tmp_path / "other.xlsx"), club)
    assert [(p.field, p.code, p.row) for p in result.problems] == [
        ("file", "not_a_template", None)]
    assert "Họ và tên" in result.problems[0].params["value"]

    no_gender = [h for h in HEADERS if not h.startswith("Giới tính")]
    path = write_file(tmp_path / "nog.xlsx", [], headers=no_gender)
    result = read_members(path, club)
    assert [(p.code, p.params) for p in result.problems] == [
        ("not_a_template", {"value": "Giới tính"})]

    (tmp_path / "junk.xlsx").write_text("không phải Excel", encoding="utf-8")
    for name, code in (("junk.xlsx", "unreadable"), ("missing.xlsx", "unreadable"),
                       ("old.xls", "old_format")):
        result = read_members(str(tmp_path / name), club)
        assert [(p.code, p.params["value"]) for p in result.problems] == [(code, name)]

    result = read_members(write_file(tmp_path / "empty.xlsx", [{"index": 1}]), club)
    assert [p.code for p in result.problems] == ["empty"]


def test_header_may_move_down_and_columns_may_be_reordered(club, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH THÀNH VIÊN CLB"])
    ws.append([])
    ws.append(["Ngày vào CLB", "HỌ VÀ TÊN", "Dân tộc", "Năm sinh", "Giới tính (Nam/Nữ)",
               "Ngày sinh", "Cột riêng của xã"])
    ws.append(["15/01/2025", "Nguyễn Thị Huệ", "Tày", 1958, "Nữ", None, "bỏ qua"])
    ws.append(["15/01/2025", "", "Tày", 1958, "Nữ", None, ""])
    wb.save(tmp_path / "moved.xlsx")
    result = read_members(str(tmp_path / "moved.xlsx"), club, today=TODAY)
    assert found(result) == {(5, "Họ và tên", "required")}
    assert result.rows[0][0] == 4 and result.rows[0][1].full_name == "Nguyễn Thị Huệ"


def test_other_club_code_and_dissolved_club_are_refused(club, office, tmp_path):
    row = {**GOOD, "club_code": "DX02"}
    result = read_members(write_file(tmp_path / "c.xlsx", [row]), club, today=TODAY)
    assert found(result) == {(2, "Mã CLB", "other_club")}
    assert result.problems[0].params == {"value": "DX02", "code": "DX01"}
    club.status = "dissolved"
    result = read_members(write_file(tmp_path / "d.xlsx", [GOOD]), club, today=TODAY)
    assert [(p.field, p.code) for p in result.problems] == [("club", "dissolved")]


def test_possible_duplicates_need_consent(club, tmp_path):
    members.add_member(club.id, member_input(), today=TODAY)  # Nguyễn Thị Huệ, 1958
    rows = [{**GOOD, "full_name": "nguyen thi hue"},
            {**GOOD, "full_name": "Phạm Văn Tâm", "gender": "Nam", "birth_year": 1945},
            {**GOOD, "full_name": "Phạm  Văn Tâm", "gender": "Nam", "birth_year": 1945}]
    path = write_file(tmp_path / "dup.xlsx", rows)
    before = counts()
    result = import_members(path, club.id, today=TODAY)
    assert found(result) == {(2, "Họ và tên", "possible_duplicate"),
                             (4, "Họ và tên", "possible_duplicate_in_file")}
    assert result.only_possible_duplicates
    assert result.problems[0].params == {"name": "Nguyễn Thị Huệ", "year": 1958}
    assert counts() == before
    result = import_members(path, club.id, allow_possible_duplicates=True, today=TODAY)
    assert result.ok and result.imported == 3
    assert Person.select().count() == before[0] + 3


def test_dry_run_writes_nothing(club, tmp_path):
    before = counts()
    result = import_members(write_file(tmp_path / "ok.xlsx", [GOOD]), club.id, dry_run=True,
                            today=TODAY)
    assert result.ok and len(result.rows) == 1 and result.imported == 0
    assert counts() == before


# --- Template and export ---------------------------------------------------------------------


def _validations(ws) -> dict[str, object]:
    """Header name of the column -> its data validation."""
    by_letter = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            by_letter[openpyxl.utils.get_column_letter(rng.min_col)] = dv
    headers = {cell.column_letter: cell.value.split("\n")[0] for cell in ws[HEADER_ROW]}
    return {headers[letter]: dv for letter, dv in by_letter.items()}


def test_template_has_dropdowns_instructions_and_fixed_header(tmp_path):
    path = tmp_path / "mau.xlsx"
    write_template(str(path), ["Tổ 1", "Tổ 2", "Nà Cưởm"], ["Nhóm Hoa Mai"])
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == SHEET_MEMBERS and SHEET_HELP in wb.sheetnames
    ws = wb[SHEET_MEMBERS]
    assert [c.value for c in ws[HEADER_ROW]] == HEADERS
    assert ws.max_row == HEADER_ROW  # no title or sample rows in the data area
    assert ws.freeze_panes == "C2"
    assert ws.column_dimensions["B"].width == column_by_key("full_name").width
    assert all(ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width == c.width
               for i, c in enumerate(MEMBER_COLUMNS, start=1))
    dvs = _validations(ws)
    lists = wb[SHEET_LISTS]
    assert lists.sheet_state == "hidden"

    def options(name: str) -> list[str]:
        dv = dvs[name]
        assert dv.type == "list" and dv.showErrorMessage
        if dv.formula1.startswith('"'):
            return dv.formula1.strip('"').split(",")
        ref = dv.formula1.split("!")[1].replace("$", "")
        return [row[0].value for row in lists[ref]]

    assert options("Giới tính") == ["Nam", "Nữ"]
    ethnic = options("Dân tộc")
    assert len(ethnic) == 54 and ethnic[0] == "Kinh" and "Sán Chay" in ethnic
    assert options("Thôn/tổ dân phố") == ["Tổ 1", "Tổ 2", "Nà Cưởm"]
    assert options("Hoàn cảnh hộ") == ["Hộ nghèo", "Hộ cận nghèo", "Hoàn cảnh khó khăn",
                                       "Không"]
    assert options("Vai trò") == ["Thành viên", "Tổ trưởng", "Tổ phó"]
    assert options("Tổ/nhóm") == ["Nhóm Hoa Mai"]
    assert "Đồng ý bằng lời, có người làm chứng" in options("Hình thức đồng ý")
    for name in ("Khuyết tật", "Gia đình chính sách", "Hưởng trợ cấp xã hội",
                 "TNV chăm sóc tại nhà", "TNV kinh tế"):
        assert options(name) == ["x"]
    assert dvs["Số CCCD"].type == "textLength" and dvs["Số CCCD"].formula1 == "12"
    assert dvs["Năm sinh"].type == "whole"
    assert str(dvs["Giới tính"].sqref) == "C2:C1001"
    # ID and date columns are text, so Excel keeps leading zeros and dd/mm/yyyy.
    for key in ("id_number", "birth_date", "joined_on"):
        letter = openpyxl.utils.get_column_letter(MEMBER_COLUMNS.index(column_by_key(key)) + 1)
        assert ws.column_dimensions[letter].number_format == "@"
    help_text = "\n".join(str(c.value) for row in wb[SHEET_HELP].iter_rows() for c in row
                          if c.value)
    assert "12 chữ số" in help_text and "Chỉ biết năm sinh" in help_text
    for col in MEMBER_COLUMNS:
        assert col.header in help_text


def test_template_without_groups_or_villages_has_no_empty_dropdowns(tmp_path):
    path = tmp_path / "mau.xlsx"
    write_template(str(path), [], None)
    dvs = _validations(openpyxl.load_workbook(path)[SHEET_MEMBERS])
    assert dvs["Tổ/nhóm"].type is None and dvs["Thôn/tổ dân phố"].type is None


def _add_sample_members(club) -> None:
    set_groups(club.id, ["Nhóm Hoa Mai", "Nhóm Hoa Đào"])
    groups = {g.name: g.id for g in club.groups}
    villages = {v.name: v.id for v in club.ward.villages}
    samples = [
        member_input(full_name="Nguyễn Thị Huệ", birth_date=dt.date(1958, 3, 5),
                     birth_year=None, id_number="008158001234", phone="0912345678",
                     village_id=villages["Nà Cưởm"], disability=True, role="group_leader",
                     group_id=groups["Nhóm Hoa Mai"], home_care_volunteer=True,
                     consent_date=dt.date(2025, 3, 5), consent_method="verbal",
                     note="Hay đau lưng"),
        member_input(full_name="Hoàng Văn Đức", gender="M", birth_year=1950, ethnicity="Nùng",
                     household_status="none", household_status_year=None,
                     village_id=villages["Tổ 2"], economic_volunteer=True,
                     policy_beneficiary=True, social_assistance=True),
        member_input(full_name="Đặng Thị Ất", birth_year=1965, ethnicity="Dao",
                     household_status="hardship", role="deputy_group_leader",
                     group_id=groups["Nhóm Hoa Đào"], id_number="019165000321"),
    ]
    for inp in samples:
        members.add_member(club.id, inp, today=TODAY)


@contextmanager
def other_office():
    """Another commune's empty database, bound instead of the test's own for a while."""
    from models.storage import db as dbmod
    from models.storage.migrations import migrate

    old = dbmod.database.obj
    new = pw.SqliteDatabase(":memory:", pragmas={"foreign_keys": 1})
    dbmod.bind(new)
    new.connect()
    try:
        migrate(new)
        settings.save_office(settings.OfficeSettings(ward_code=1840,
                                                     office_name="UBND phường Đức Xuân"))
        yield new
    finally:
        new.close()
        dbmod.bind(old)


def _plain(rows) -> list[dict]:
    return [{k: v for k, v in dataclasses.asdict(r).items()
             if k not in ("membership_id", "person_id")} for r in rows]


def test_export_then_import_into_a_new_database_gives_the_same_register(club, tmp_path):
    _add_sample_members(club)
    rows = register(club.id)
    notes = {r.person_id: Person.get_by_id(r.person_id).note for r in rows}
    path = str(tmp_path / "xuat.xlsx")
    write_register(path, rows, ["DANH SÁCH THÀNH VIÊN", "CLB Tổ 1 & Nà Cưởm"],
                   ["Tổ 1", "Tổ 2", "Nà Cưởm"], ["Nhóm Hoa Mai", "Nhóm Hoa Đào"], notes)
    with other_office():
        # Villages typed in another order: ids differ, names match.
        for name in ("Nà Cưởm", "Tổ 2", "Tổ 1"):
            add_village(1840, name, "tổ dân phố")
        other = create_club(ClubInput(code="DX01", name="CLB Tổ 1", ward_code=1840))
        set_groups(other.id, ["Nhóm Hoa Đào", "Nhóm Hoa Mai"])
        result = import_members(path, other.id, today=TODAY)
        assert result.ok, result.problems
        assert result.imported == 3
        again = register(other.id)
        assert _plain(again) == _plain(rows)
        assert Person.get(Person.full_name == "Nguyễn Thị Huệ").note == "Hay đau lưng"


def test_reimporting_an_export_into_the_same_office_is_refused(club, tmp_path):
    _add_sample_members(club)
    path = str(tmp_path / "xuat.xlsx")
    write_register(path, register(club.id), ["DANH SÁCH"], ["Tổ 1", "Tổ 2", "Nà Cưởm"],
                   ["Nhóm Hoa Mai", "Nhóm Hoa Đào"])
    before = counts()
    result = import_members(path, club.id, today=TODAY)
    assert {(p.column, p.code) for p in result.problems} == {
        ("Số CCCD", "duplicate"), ("Họ và tên", "possible_duplicate")}
    assert len(result.problems) == 3  # two known ID numbers, one person without ID
    assert not result.only_possible_duplicates
    result = import_members(path, club.id, allow_possible_duplicates=True, today=TODAY)
    assert {p.code for p in result.problems} == {"duplicate"}
    assert counts() == before


def test_export_is_printable_and_keeps_totals_out_of_the_data(club, tmp_path):
    _add_sample_members(club)
    rows = register(club.id)
    path = tmp_path / "xuat.xlsx"
    write_register(str(path), rows, ["DANH SÁCH THÀNH VIÊN", "CLB Tổ 1 & Nà Cưởm"])
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_MEMBERS]
    assert ws.max_row == HEADER_ROW + len(rows)
    assert [ws.cell(r, 2).value for r in range(2, 5)] == [r.full_name for r in rows]
    assert ws.cell(2, 1).value == 1
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert ws.oddHeader.center.text == "DANH SÁCH THÀNH VIÊN"  # one line per header section
    assert ws.oddHeader.left.text == "CLB Tổ 1 && Nà Cưởm"  # "&" starts a header code
    assert "Tổng số: 3 thành viên" in ws.oddFooter.left.text
    cell = ws.cell(2, MEMBER_COLUMNS.index(column_by_key("birth_date")) + 1)
    assert cell.value in ("05/03/1958", None) and cell.border.left.style == "thin"
    assert cell.font.name == "Times New Roman"
    huê = next(i for i, r in enumerate(rows) if r.full_name == "Nguyễn Thị Huệ")
    def at(key):
        return ws.cell(2 + huê, MEMBER_COLUMNS.index(column_by_key(key)) + 1).value
    assert at("birth_date") == "05/03/1958"
    assert at("id_number") == "008158001234"
    summary = {row[0]: row[1] for row in wb[SHEET_SUMMARY].iter_rows(values_only=True)
               if row and row[0] and len(row) > 1}
    assert summary["Tổng số thành viên"] == 3
    assert summary["Nữ"] == 2 and summary["Hoàn cảnh khó khăn"] == 1


@pytest.mark.parametrize("bad_row", [{"gender": "Khác"}, {"household_status": "Giàu"}])
def test_unknown_words_in_code_columns_name_the_value(club, tmp_path, bad_row):
    result = read_members(write_file(tmp_path / "x.xlsx", [{**GOOD, **bad_row}]), club,
                          today=TODAY)
    [problem] = result.problems
    assert problem.code == "invalid" and problem.params["value"] == next(iter(bad_row.values()))


def test_commune_export_names_each_row_club_and_import_keeps_them_apart(club, tmp_path):
    from models.members.member_export import export_members

    _add_sample_members(club)
    other = create_club(ClubInput(code="DX02", name="CLB Tổ 2", ward_code=1840))
    members.add_member(other.id, member_input(full_name="Vi Văn Bảo", gender="M",
                                              birth_year=1949), today=TODAY)
    path = str(tmp_path / "phuong.xlsx")
    assert export_members(path, ward_code=1840, on=TODAY, unmasked=True) == 4
    ws = openpyxl.load_workbook(path)[SHEET_MEMBERS]
    codes = {ws.cell(r, 2).value: ws.cell(r, len(MEMBER_COLUMNS)).value for r in range(2, 6)}
    assert codes["Vi Văn Bảo"] == "DX02" and codes["Đặng Thị Ất"] == "DX01"
    assert ws.oddHeader.right.text.endswith("(Số liệu ngày 20/11/2026)")
    with other_office():
        add_village(1840, "Nà Cưởm", "tổ dân phố")
        add_village(1840, "Tổ 2", "tổ dân phố")
        target = create_club(ClubInput(code="DX01", name="CLB Tổ 1", ward_code=1840))
        set_groups(target.id, ["Nhóm Hoa Mai", "Nhóm Hoa Đào"])
        result = import_members(path, target.id, today=TODAY)
        assert [(p.column, p.code) for p in result.problems] == [("Mã CLB", "other_club")]
        assert Person.select().count() == 0


# --- A whole file checked at once ------------------------------------------------------------


def test_file_lookups_answer_as_the_one_at_a_time_check(club, office, tmp_path):
    """The import's prefetched answers give the same problems as the dialog's check."""
    from models.members.member_lookups import ONE_AT_A_TIME, FileLookups

    members.add_member(club.id, member_input(id_number="001158001234"), today=TODAY)
    other = create_club(ClubInput(code="DX02", name="CLB Tổ 2", ward_code=1840))
    set_groups(other.id, ["Nhóm Đào"])
    cases = [
        member_input(full_name="Lò Văn Hùng", gender="M", id_number="001158001234"),
        member_input(full_name="Lò Văn Hải", gender="M", id_number="001158009999"),
        member_input(full_name="Lò Thị Hoa", village_id=office["villages"][1].id),
        member_input(full_name="Lò Thị Hạnh", village_id=999_999),
        member_input(full_name="Lò Thị Hà", group_id=999_999),
    ]
    lookups = FileLookups([c.id_number for c in cases], club)
    for case in cases:
        one = members.check(dataclasses.replace(case), club, today=TODAY, lookups=ONE_AT_A_TIME)
        many = members.check(dataclasses.replace(case), club, today=TODAY, lookups=lookups)
        assert one.problems == many.problems, case.full_name
    assert [p.code for p in members.check(cases[0], club, today=TODAY).problems] == ["duplicate"]


def test_a_check_can_be_stopped_and_writes_nothing(club, tmp_path):
    rows = [{**GOOD, "full_name": f"Nguyễn Văn {name}", "gender": "Nam"}
            for name in ("An", "Bình", "Cường")] * 150
    path = write_file(tmp_path / "long.xlsx", rows)
    before = counts()
    asked = []

    def stop_on_second_question() -> bool:
        asked.append(1)
        return len(asked) >= 2

    result = import_members(path, club.id, allow_possible_duplicates=True, today=TODAY,
                            cancelled=stop_on_second_question)
    assert [p.code for p in result.problems] == ["cancelled"] and not result.rows
    assert result.imported == 0 and counts() == before
    # not stopped: the same file goes in whole
    result = import_members(path, club.id, allow_possible_duplicates=True, today=TODAY)
    assert result.ok and result.imported == 450


def test_text_beginning_with_equals_is_taken_for_a_formula(club, tmp_path):
    path = write_file(tmp_path / "f.xlsx", [{**GOOD, "note": "=1+1"}])
    result = read_members(path, club, today=TODAY)
    assert found(result) == {(2, "Ghi chú", "formula")}
