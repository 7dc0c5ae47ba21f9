"""The plans and dashboard commands on a small demo (which loads the example plan), and the
review report read back: its indicator table holds the dashboard's figures."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from tests.domain.cli_helpers import run


@pytest.fixture
def demo_db(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    db = str(tmp_path / "demo.sqlite3")
    code, out, err = run(capsys, "--db", db, "demo", "--clubs", "6", "--seed", "3")
    assert code == 0, err
    assert "Kế hoạch mẫu: số 1, 2021-2025" in out
    return db


def test_dashboard_prints_an_aligned_table_in_both_languages(demo_db, capsys):
    code, out, err = run(capsys, "--db", demo_db, "plans", "list")
    assert code == 0 and out.startswith("1\t") and "2021-2025" in out
    code, out, err = run(capsys, "--db", demo_db, "dashboard", "--year", "2025")
    assert code == 0, err
    lines = out.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("Chỉ tiêu"))
    dashes = lines[head + 1]
    # every column starts where its dashes start
    starts = [i for i, ch in enumerate(dashes) if ch == "-" and (i == 0 or dashes[i - 1] == " ")]
    assert len(starts) == 5
    for line in lines[head + 2:head + 6]:
        assert line[starts[1] - 2:starts[1]] == "  "
    assert "Mỗi CLB: Tổng số thành viên" in out and "50–70" in out
    code, out, err = run(capsys, "--db", demo_db, "--lang", "en", "dashboard", "--year",
                         "2025")
    assert code == 0 and "Target" in out and "Actual" in out and "Gap" in out
    code, out, err = run(capsys, "--db", demo_db, "dashboard", "--year", "2025", "--unit",
                         "99999")
    assert code != 0


def test_review_report_table_equals_the_dashboard(demo_db, capsys, tmp_path):
    pdf = tmp_path / "review.pdf"
    code, out, err = run(capsys, "--db", demo_db, "print", "review-report", "--plan", "1",
                         "--year", "2025", "-o", str(pdf))
    assert code == 0, err
    xlsx = tmp_path / "review.xlsx"
    code, out, err = run(capsys, "--db", demo_db, "print", "review-report", "--plan", "1",
                         "--year", "2025", "-o", str(xlsx))
    assert code == 0, err
    import datetime as dt

    from models.plans import dashboard, display
    from models.reporting import figures, indicators
    from models.storage import db as dbmod
    from models.storage.migrations import open_database

    open_database(demo_db)
    try:
        board = dashboard.compute("W1840", 2025, plan_id=1)
        # the counts since the plan began, taken from the founding dates, equal a full pass
        ids = figures.running_clubs(dt.date(2025, 12, 31), [1840])
        full = indicators.add_up(list(figures.club_figures(
            ids, dt.date(2021, 1, 1), dt.date(2025, 12, 31)).values()))
        for code in dashboard.FOUNDING_CODES:
            assert board.since_start[code] == full[code], code
        assert board.since_start["clubs_founded"] > 0
    finally:
        dbmod.close()
    text = "\n".join(page.extract_text() for page in pdfplumber.open(io.BytesIO(
        pdf.read_bytes())).pages)
    assert "BÁO CÁO" in text and "Tổng kết kế hoạch thực hiện Đề án" in text
    rows_2025 = [line for line in text.splitlines() if " 2025 " in line]
    for row in board.targets:
        wanted = f"{display.bound(row)} {display.actual(row)}"
        assert any(wanted in line for line in rows_2025), wanted
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    values = [[c.value for c in r] for r in sheet.iter_rows(min_row=6)]
    last = [v for v in values if v[2] == 2025]
    assert [v[4] for v in last] == [display.actual(r) for r in board.targets]
    assert sheet.print_title_rows == "$5:$5"
