"""Command line: `meetings` lists a club's meetings; `print meeting-minutes` and
`print collection-sheet` write their files; refusals are one line, exit 1, no file."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.domain.cli_helpers import club_dx01, office_db, run
from tests.reports.pdf_probe import flat_text

D = dt.date


@pytest.fixture
def cli_db(tmp_path, capsys, monkeypatch):
    from models.meetings import meetings
    from tests.conftest import TODAY
    from tests.domain.meetings_data import meeting_club

    db = office_db(tmp_path, capsys, monkeypatch)
    book = meeting_club(club_dx01(villages=("Tổ 1",)))
    meetings.record_meeting(meetings.MeetingInput(
        club_id=book["club"].id, date=D(2026, 2, 15), start_time="08:00", end_time="10:00",
        absences={book["mai"]: "ốm"}, fees={book["an"]: 5_000, book["hue"]: 5_000},
        repayments=[meetings.LoanPayment(book["loan"].id, 1_000_000, 60_000)]), today=TODAY)
    return db


def test_meetings_list(cli_db, capsys):
    code, out, err = run(capsys, "--db", cli_db, "meetings", "--club", "dx01", "--year", "2026")
    assert code == 0, err
    assert out.splitlines() == ["15/02/2026\t4/5\t10.000\t1.060.000"]
    code, out, err = run(capsys, "--db", cli_db, "meetings", "--club", "XX", "--year", "2026")
    assert code == 1 and "XX" in err and out == ""


def test_print_minutes_and_sheet(cli_db, tmp_path, capsys):
    minutes = tmp_path / "bb.pdf"
    code, out, err = run(capsys, "--db", cli_db, "print", "meeting-minutes", "--club", "DX01",
                         "--date", "15/02/2026", "-o", str(minutes))
    assert code == 0, err
    assert "BIÊN BẢN SINH HOẠT CÂU LẠC BỘ" in flat_text(minutes.read_bytes())
    code, out, err = run(capsys, "--db", cli_db, "print", "meeting-minutes", "--club", "DX01",
                         "--date", "15/02/2026", "-o", str(minutes))
    assert code == 1 and "--force" in err
    missing = tmp_path / "none.pdf"
    code, out, err = run(capsys, "--db", cli_db, "print", "meeting-minutes", "--club", "DX01",
                         "--date", "16/02/2026", "-o", str(missing))
    assert code == 1 and "16/02/2026" in err and not missing.exists()
    sheet = tmp_path / "thu.pdf"
    code, out, err = run(capsys, "--db", cli_db, "print", "collection-sheet", "--club", "DX01",
                         "--date", "15/03/2026", "-o", str(sheet))
    assert code == 0, err
    assert "Nguyễn Thị Huệ 5.000 1.055.000" in flat_text(sheet.read_bytes())
    book = tmp_path / "thu.xlsx"
    code, out, err = run(capsys, "--db", cli_db, "print", "collection-sheet", "--club", "DX01",
                         "--date", "15/03/2026", "-o", str(book))
    assert code == 0, err
    names = [r[1] for r in openpyxl.load_workbook(book).active.iter_rows(
        min_row=6, values_only=True)]
    assert names[:5] == ["Trần Văn An", "Lê Thị Bình", "Nguyễn Thị Huệ", "Hoàng Văn Lân",
                         "Đỗ Thị Mai"]
    bad = tmp_path / "thu.txt"
    code, out, err = run(capsys, "--db", cli_db, "print", "collection-sheet", "--club", "DX01",
                         "--date", "15/03/2026", "-o", str(bad))
    assert code == 1 and not bad.exists()
    code, out, err = run(capsys, "--db", cli_db, "print", "collection-sheet", "--club", "DX01",
                         "--date", "31/02/2026", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "31/02/2026" in err
