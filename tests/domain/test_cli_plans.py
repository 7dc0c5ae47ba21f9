"""The plans and dashboard commands on a small demo (which loads the example plan), and the
review report read back: its indicator table holds the dashboard's figures."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from tests.domain.cli_helpers import run

pytestmark = pytest.mark.sqlite_only  # a demo database file made by the command line


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


def test_money_indicators_equal_the_funds_and_loans_figures(demo_db):
    """models/reporting/money_figures.py computes the money indicators set-based; they equal
    what models/loans/loan_figures.py (the funds and loans pages' figures) gives."""
    import datetime as dt

    from models.loans.loan_figures import figures_of_clubs
    from models.reporting import figures, money_figures
    from models.storage import db as dbmod
    from models.storage.migrations import open_database

    open_database(demo_db)
    try:
        for start, end in ((dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
                           (dt.date(2024, 7, 1), dt.date(2025, 6, 30)),
                           (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
                           (dt.date(2026, 3, 1), dt.date(2026, 11, 20))):
            ids = figures.running_clubs(end)
            fast = {cid: dict.fromkeys(money_figures.BALANCE_CODES.values(), 0) for cid in ids}
            for fig in fast.values():
                fig.update(dict.fromkeys(
                    ("fund_other_balance", "clubs_both_funds", "borrowers", "income_improved",
                     "loans_disbursed", "loans_disbursed_amount", "loans_outstanding",
                     "loans_outstanding_amount", "repayment_due", "repayment_collected",
                     *money_figures.GRANT_CATEGORIES.values()), 0))
            money_figures.funds_into(fast, ids, start, end)
            money_figures.loans_into(fast, ids, start, end)
            for cid, money in figures_of_clubs(ids, start, end).items():
                want = dict.fromkeys(fast[cid], 0)
                want["clubs_both_funds"] = int(all(k in money.funds for k in
                                                   ("income", "activity")))
                for kind, fund in money.funds.items():
                    want[money_figures.BALANCE_CODES.get(kind, "fund_other_balance")] += \
                        fund.closing
                    for category, amount in fund.receipts_by_category.items():
                        if category in money_figures.GRANT_CATEGORIES:
                            want[money_figures.GRANT_CATEGORIES[category]] += amount
                loans = money.loans
                want.update(borrowers=loans.borrowers, income_improved=loans.income_improved,
                            loans_disbursed=loans.disbursed,
                            loans_disbursed_amount=loans.disbursed_amount,
                            loans_outstanding=loans.loans_outstanding,
                            loans_outstanding_amount=loans.outstanding_amount,
                            repayment_due=loans.repayment_due,
                            repayment_collected=loans.repayment_collected)
                assert fast[cid] == want, (start, end, cid)
            assert sum(f["repayment_due"] for f in fast.values()) > 0
    finally:
        dbmod.close()


def test_compositions_counted_in_sql_equal_the_clubs_compositions(demo_db):
    import datetime as dt

    from models.clubs.composition import all_compositions
    from models.office.settings import Standards, load
    from models.reporting import figures
    from models.storage import db as dbmod
    from models.storage.migrations import open_database

    open_database(demo_db)
    try:
        std = load(Standards)
        for on in (dt.date(2022, 2, 28), dt.date(2024, 2, 29), dt.date(2026, 11, 20)):
            ids = figures.running_clubs(on)
            mine = figures.compositions(ids, on, std)
            theirs = all_compositions(on, std)
            assert ids and all(mine[cid] == theirs[cid] for cid in ids), on
    finally:
        dbmod.close()


def test_meeting_indicators_equal_the_meetings_figures(demo_db):
    import datetime as dt

    from models.meetings.figures import figures_of_clubs
    from models.reporting import figures
    from models.storage import db as dbmod
    from models.storage.migrations import open_database

    open_database(demo_db)
    try:
        today = dt.date(2026, 11, 20)
        for start, end in ((dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
                           (dt.date(2026, 1, 1), dt.date(2026, 12, 31))):
            ids = figures.running_clubs(end)
            mine = figures.club_figures(ids, start, end, today=today)
            for cid, m in figures_of_clubs(ids, start, end, today=today).items():
                assert (mine[cid]["meetings_held"], mine[cid]["meeting_months"],
                        mine[cid]["attendance_places"], mine[cid]["attendance_present"],
                        mine[cid]["fees_collected"], mine[cid]["fees_due"]) == (
                    m.meetings_held, m.months_elapsed, m.member_places, m.present,
                    m.fees_collected, m.fees_due), (start, cid)
            assert sum(f["meetings_held"] for f in mine.values()) > 0
    finally:
        dbmod.close()
