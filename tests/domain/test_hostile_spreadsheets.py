"""Hostile and careless spreadsheets: text that looks like a formula is exported as text, a
formula in a member file is refused with its row and column, a sheet that claims to be
16,384 columns wide is read within bounded memory, and invisible characters pasted into a
name do not defeat the duplicate check."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from models.funds import fund_papers, funds
from models.loans import loans
from models.members import members
from models.members.member_export import export_members
from models.members.member_import import import_members, read_members
from models.storage.schema import Membership
from reports.members_xlsx import MEMBER_COLUMNS, SHEET_MEMBERS, column_by_key
from reports.xlsx_safe import FORMULA_STARTS, as_text
from tests.conftest import TODAY, member_input
from tests.domain.test_cli_members_xlsx import cli_db  # noqa: F401 - the fixture
from tests.domain.test_member_import import GOOD, write_file

ROOT = Path(__file__).resolve().parents[2]
LINK = '=HYPERLINK("http://evil.example/x","Bấm vào đây")'
HOSTILE = [LINK, "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTab đầu", "\rCR đầu"]


def _no_formula(path: Path, expected: list[str]) -> None:
    """No <f> element anywhere in the file, and each hostile text reads back as that text."""
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith(".xml"):
                assert not re.search(rb"<(\w+:)?f[ >/]", z.read(name)), name
    values = set()
    for data_only in (False, True):
        wb = openpyxl.load_workbook(path, data_only=data_only)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                    values.add(cell.value)
    texts = [v for v in values if isinstance(v, str)]
    for text in expected:  # as written: alone, or first in a cell ("party - description")
        assert any(v.startswith(text) for v in texts), text


def test_exported_name_starting_with_equals_is_text(club, tmp_path):
    for i, text in enumerate(HOSTILE):
        members.add_member(club.id, member_input(full_name=f"Bà Huệ {chr(65 + i)}",
                                                 birth_year=1950 + i, note=text), today=TODAY)
    members.add_member(club.id, member_input(full_name=LINK, birth_year=1949), today=TODAY)
    path = tmp_path / "ds.xlsx"
    export_members(str(path), club_id=club.id, unmasked=True)
    _no_formula(path, [LINK, *HOSTILE[1:4]])
    # and the file imports back as the same text (a new club, the same people)
    wb = openpyxl.load_workbook(path)
    names = [c.value for c in wb[SHEET_MEMBERS]["B"]]
    assert LINK in names


def test_exported_counterparty_starting_with_equals_is_text_in_fund_book_and_loan_register(
        office, tmp_path):
    from tests.reports.test_vouchers import money_club

    book = money_club()
    income = book["funds"]["income"]
    for text in HOSTILE:
        funds.post_entry(funds.EntryInput(fund_id=income.id, kind="receipt",
                                          date=dt.date(2026, 4, 2), amount=5_000_000,
                                          category="donation", party=text,
                                          description=text), today=TODAY)
    path = tmp_path / "so-quy.xlsx"
    fund_papers.fund_book_xlsx(income.id, dt.date(2026, 1, 1), dt.date(2026, 11, 20), path)
    _no_formula(path, HOSTILE[:4])

    person = members.add_member(book["club_id"], member_input(full_name=LINK, birth_year=1949),
                                today=TODAY).person_id
    loans.save_loan_rules(book["club_id"], loans.LoanRulesInput(10_000_000, 24, 50,
                                                                "declining"))
    loans.create_loan(loans.LoanInput(
        club_id=book["club_id"], person_id=person, form="in_kind", item="=1+1",
        quantity=1, unit="con", unit_value=3_000_000, principal=3_000_000,
        purpose="livestock", disbursed_on=dt.date(2026, 5, 1), term_months=12, rate_bp=50,
        interest_method="declining", supplier="Trại giống"), today=TODAY)
    path = tmp_path / "so-cho-vay.xlsx"
    fund_papers.loan_register_xlsx(book["club_id"], TODAY, path)
    _no_formula(path, [LINK])


def test_text_that_looks_like_a_formula_is_stored_as_quoted_text(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    written = [*HOSTILE, "Bình thường", "a=b", -5, 12.5]
    for i, text in enumerate(written, start=1):
        ws.cell(i, 1, text)
    as_text(wb).save(tmp_path / "x.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    for cell, text in zip(ws["A"], written, strict=True):
        assert cell.data_type == ("s" if isinstance(text, str) else "n")
        assert cell.quotePrefix is (isinstance(text, str) and text.startswith(FORMULA_STARTS))
    _no_formula(tmp_path / "x.xlsx", HOSTILE[:4])


# --- Formulas coming in -----------------------------------------------------------------------


def test_formula_in_a_member_file_is_refused_with_its_row_and_column(club, tmp_path):
    path = tmp_path / "ds.xlsx"
    write_file(path, [{**GOOD, "index": 1},
                      {**GOOD, "index": "=A2+1", "full_name": "=CONCAT(\"Lò \",\"Văn Hùng\")",
                       "birth_year": 1961, "note": "=HYPERLINK(\"http://evil.example\")"}])
    result = import_members(str(path), club.id, today=TODAY)
    assert not result.ok and result.imported == 0
    found = {(p.row, p.column, p.code) for p in result.problems}
    assert found == {(3, column_by_key("full_name").header, "formula"),
                     (3, column_by_key("note").header, "formula")}  # the STT column is not read
    assert Membership.select().count() == 0


# --- Memory -------------------------------------------------------------------------------------


def _stray_column_file(path: Path, members_rows: int, rows: int) -> Path:
    """A member file whose sheet claims A1:XFD{rows}: one stray cell in column XFD on every
    row below the members (a few hundred KB zipped, 16,384 columns by `rows` when read)."""
    write_file(path, [{**GOOD, "full_name": f"Nguyễn Văn {chr(65 + i % 26)}{chr(97 + i // 26)}",
                       "birth_year": 1940 + i % 40} for i in range(members_rows)])
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    xml = parts[name].decode()
    stray = "".join(f'<row r="{r}"><c r="XFD{r}" t="n"><v>0</v></c></row>'
                    for r in range(members_rows + 2, rows + 1))
    xml = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:XFD{rows}"/>', xml)
    xml = xml.replace("</sheetData>", stray + "</sheetData>")
    parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return path


_MEASURE = """
import os, sys
# ru_maxrss carries the parent's peak over fork and exec (pytest's own hundreds of MB): the
# reading runs in a grandchild forked from this small interpreter, whose figure is its own.
if os.fork():
    sys.exit(os.waitstatus_to_exitcode(os.wait()[1]))
import datetime as dt, json, resource
import peewee as pw
from models.accounts.session import set_actor
from models.clubs.clubs import ClubInput, create_club
from models.members.member_import import read_members
from models.office import settings
from models.storage import db as dbmod
from models.storage.migrations import migrate
set_actor("test")
database = dbmod.bind(pw.SqliteDatabase(":memory:", pragmas={"foreign_keys": 1}))
database.connect()
migrate(database)
settings.save_office(settings.OfficeSettings(ward_code=1840, office_name="UBND"))
club = create_club(ClubInput(code="DX01", name="CLB Tổ 1", ward_code=1840))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
result = read_members(sys.argv[1], club, today=dt.date(2026, 11, 20))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rows": len(result.rows), "problems": [p.code for p in result.problems],
                  "before_mb": before / 1024, "peak_mb": peak / 1024}))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX getrusage and fork")
def test_stray_xfd_cell_does_not_exhaust_memory(tmp_path, capsys):
    path = _stray_column_file(tmp_path / "stray.xlsx", 60, 50_000)
    size_kb = path.stat().st_size / 1024
    # A child process, so the peak is this read's alone; an address-space ceiling keeps a
    # regression from taking the machine down with it.
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
    done = subprocess.run([sys.executable, "-c", limit + _MEASURE, str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    with capsys.disabled():
        print(f"\nstray XFD file: {size_kb:.0f} KB, 50,000 rows; peak RSS "
              f"{figures['peak_mb']:.0f} MB (before reading {figures['before_mb']:.0f} MB)")
    assert figures["rows"] == 60 and figures["problems"] == []
    assert figures["peak_mb"] < 200


def test_too_many_member_rows_stop_with_a_clear_message(club, tmp_path, monkeypatch):
    from models.members import member_import

    monkeypatch.setattr(member_import, "MAX_MEMBER_ROWS", 30)
    path = write_file(tmp_path / "big.xlsx", [
        {**GOOD, "full_name": f"Nguyễn Văn {chr(65 + i)}", "birth_year": 1940 + i}
        for i in range(31)])
    result = read_members(path, club, today=TODAY)
    assert [(p.field, p.code, p.params) for p in result.problems] == [
        ("file", "too_many_rows", {"max": 30})]
    assert not result.rows


def test_member_file_in_other_column_order_reads_only_template_columns(club, tmp_path):
    headers = [c.title for c in MEMBER_COLUMNS]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET_MEMBERS
    ws.append(["Danh sách"])
    ws.append([None, None, *headers])  # the table starts in column C, two rows down
    ws.append([None, "bỏ qua", *[GOOD.get(c.key) for c in MEMBER_COLUMNS]])
    wb.save(tmp_path / "x.xlsx")
    result = read_members(str(tmp_path / "x.xlsx"), club, today=TODAY)
    assert result.ok and [r for r, _ in result.rows] == [3]


# --- Invisible characters ----------------------------------------------------------------------

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b",
             "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u2060",
             "\u00ad"]


@pytest.mark.parametrize("char", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_zero_width_space_does_not_defeat_duplicate_check(club, char):
    members.add_member(club.id, member_input(), today=TODAY)
    hidden = member_input(full_name=f"Nguyễn{char} Thị Hu{char}ệ")
    assert hidden.full_name != "Nguyễn Thị Huệ"
    duplicates = members.find_duplicates(hidden, club.ward_code)
    assert [d.full_name for d in duplicates] == ["Nguyễn Thị Huệ"]
    added = members.add_member(club.id, member_input(full_name=f"Lò{char} Văn Hùng",
                                                     id_number=f"0081{char}58001234"),
                               today=TODAY)
    assert added.person.full_name == "Lò Văn Hùng"
    assert added.person.id_number == "008158001234"


def test_zero_width_space_does_not_defeat_duplicate_check_on_import(club, tmp_path):
    members.add_member(club.id, member_input(id_number="008158001234"), today=TODAY)
    path = write_file(tmp_path / "ds.xlsx", [
        {**GOOD, "full_name": "\ufeffNguyễn Thị\u200b Huệ\u200e", "birth_year": 1958},
        {**GOOD, "full_name": "Lò Văn Hùng", "id_number": "\u2066008158001234\u2069"}])
    found = {(p.row, p.code) for p in read_members(path, club, today=TODAY).problems}
    assert found == {(2, "possible_duplicate"), (3, "duplicate")}


def test_legacy_tcvn3_text_keeps_its_0xad_letter():
    from models.text.vietnamese import nfc

    # ".VnTime" text read as Unicode: 0xAD is the letter "ư" there, not a soft hyphen.
    assert nfc("Tr\u00adêng Hîp") == "Tr\u00adêng Hîp"
    assert nfc("L\u00ad V\u00a8n") == "L\u00ad V\u00a8n"
    assert nfc("Nguy\u00adễn") == "Nguyễn"  # Unicode Vietnamese: an invisible soft hyphen


def test_formula_refusal_names_row_and_column_on_the_command_line(cli_db, tmp_path, capsys):  # noqa: F811
    import main

    path = write_file(tmp_path / "ds.xlsx", [{**GOOD, "note": "=1+1"}])
    code = main.main(["--db", cli_db, "import-members", path, "--club", "DX01"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.splitlines()[0] == ("Dòng 2, cột «Ghi chú»: ô có công thức «=1+1»: chương trình không "
                                   "đọc công thức; hãy chép rồi dán giá trị (Dán đặc biệt → Giá trị)")
