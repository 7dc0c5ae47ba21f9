"""Member import of 10,000 rows into a club of the 1,000-club commune.

Baseline, measured in the same run on the same file: one plain openpyxl read-only pass over
the sheet (values only), the least any importer must do. The check (every cell read, every
rule of the member dialog, ID numbers against the ~60,000 people on file, possible duplicates
in the ward) must stay within 2× of it; check and write (one transaction, audited) within 4×.
The write goes into a copy of the demo file, so the cached demo stays as it was.

The ratios are taken on the CPU time of this process (wall time printed beside it): every
step here is single-threaded work of this process, and on 2 shared cores with other jobs the
wall time of the same step swings by 2× from one run to the next.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import time

import openpyxl
import pytest

from models.members import member_import
from models.storage.schema import Club, Village
from reports.members_xlsx import MEMBER_COLUMNS, SHEET_MEMBERS
from tests.perf.bench import print_table

ROWS = 10_000
CHECK_LIMIT, WRITE_LIMIT = 2.0, 4.0
TODAY = dt.date(2026, 11, 20)
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
MIDDLE = ("Văn", "Thị", "Đức", "Ngọc", "Minh", "Thu", "Hữu")
GIVEN = ("An", "Bình", "Chi", "Dũng", "Hoa", "Lan", "Mai", "Nam", "Phúc", "Quang", "Sơn",
         "Tâm", "Uyên", "Vinh", "Xuân", "Yến", "Hằng", "Đào")
PROVINCES = ("001", "002", "004", "006", "008", "010", "019", "020")


def write_member_file(path, villages: list[str]) -> None:
    """ROWS members on the template's columns, as a clerk would fill them."""
    rnd = random.Random(7)
    keys = [c.key for c in MEMBER_COLUMNS]
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(SHEET_MEMBERS)
    ws.append([c.title for c in MEMBER_COLUMNS])
    for i in range(ROWS):
        row = dict(
            index=i + 1, gender=rnd.choice(("Nam", "Nữ")), birth_year=rnd.randint(1940, 1990),
            full_name=" ".join((rnd.choice(FAMILY), rnd.choice(MIDDLE), rnd.choice(GIVEN),
                                rnd.choice(GIVEN))),
            ethnicity=rnd.choice(("Kinh", "Tày", "Nùng")),
            id_number=f"{rnd.choice(PROVINCES)}{rnd.randint(0, 1)}{i:08d}",
            phone=f"09{rnd.randint(10_000_000, 99_999_999)}", village=rnd.choice(villages),
            household_status=rnd.choice(("Không", "Hộ nghèo", "Hộ cận nghèo")),
            joined_on="15/01/2025", role="Thành viên", consent_date="15/01/2025",
            consent_method="Ký giấy đồng ý", note=rnd.choice(("", "", "Tham gia từ đầu")))
        ws.append([row.get(k) for k in keys])
    wb.save(path)


def timed(fn) -> tuple[float, float, object]:
    """(CPU ms of this process, wall ms, result) of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = fn()
    return ((time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000, result)


def openpyxl_pass(path) -> int:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return sum(1 for _ in wb[SHEET_MEMBERS].iter_rows(values_only=True))
    finally:
        wb.close()


@pytest.fixture
def big_file(perf_db, tmp_path):
    club = Club.select().where(Club.status == "active").order_by(Club.id).first()
    villages = [v.name for v in Village.select().where(Village.ward == club.ward_code)]
    path = tmp_path / "members-10000.xlsx"
    write_member_file(path, villages)
    return club, path


def test_member_import_of_ten_thousand_rows(big_file, demo_db_path, tmp_path, monkeypatch):
    from models.storage import db as dbmod
    from models.storage.migrations import open_database

    club, path = big_file
    base = min(timed(lambda: openpyxl_pass(path))[:2] for _ in range(2))
    check = min(timed(lambda: member_import.import_members(
        str(path), club.id, dry_run=True, allow_possible_duplicates=True, today=TODAY))
        for _ in range(2))
    checked = check[2]
    assert checked.ok and len(checked.rows) == ROWS, checked.problems[:3]

    dbmod.close()
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(demo_db_path, copy)
    open_database(str(copy))
    write = timed(lambda: member_import.import_members(
        str(path), club.id, allow_possible_duplicates=True, today=TODAY))
    assert write[2].imported == ROWS

    rows = [["openpyxl read-only pass (baseline)", base[0], base[1], 1.0, ""],
            ["check (dry run)", check[0], check[1], check[0] / base[0], CHECK_LIMIT],
            ["check + write", write[0], write[1], write[0] / base[0], WRITE_LIMIT]]
    print_table(f"Member import, {ROWS:,} rows".replace(",", "."),
                ["step", "CPU ms", "wall ms", "× baseline (CPU)", "limit"], rows)
    assert check[0] / base[0] <= CHECK_LIMIT
    assert write[0] / base[0] <= WRITE_LIMIT
