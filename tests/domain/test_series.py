"""Numbers that continue the ward's register: the office sets where a series stands, a number
held by an issued paper or by a club's recorded decision is never given twice, and numbers
follow dates. Command line: series, and dates dd/mm/yyyy only."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import ValidationError
from models.papers import papers_extra, series
from models.papers.document_reads import next_number_text
from tests.domain.cli_helpers import office_db, run
from tests.papers_data import founded_club, setup_bodies

D = dt.date


@pytest.fixture
def club_id(office):
    setup_bodies()
    return founded_club(10)  # founded by 05/QĐ-UBND of 05/03/2025 (on record)


def test_the_office_sets_where_a_series_continues(club_id):
    assert next_number_text("certificate", "UBND", 2026, club_id) == "01/GCN-UBND"
    row = series.set_series_start("ubnd", 2026, 22)
    assert (row.body_code, row.year, row.next_number) == ("UBND", 2026, 22)
    doc = papers_extra.issue_paper("certificate", club_id, D(2026, 3, 10))
    assert (doc.number, doc.year) == (22, 2026)
    assert next_number_text("certificate", "UBND", 2026, club_id) == "23/GCN-UBND"
    # Another year starts again at 01; the other body's series is its own.
    assert next_number_text("certificate", "UBND", 2027, club_id) == "01/GCN-UBND"
    assert next_number_text("launch_minutes", "HNCT", 2026, club_id) == "01/BB-HNCT"
    # A start at or below a number already taken is refused, naming the last one.
    with pytest.raises(ValidationError) as refused:
        series.set_series_start("UBND", 2026, 20)
    assert [(p.field, p.code, p.params) for p in refused.value.problems] == [
        ("next_number", "not_above_last", {"number": 22})]
    with pytest.raises(ValidationError) as refused:
        series.set_series_start("XYZ", 2026, 5)
    assert refused.value.problems[0].field == "body_code"


def test_a_recorded_decision_holds_its_number(club_id):
    # The club's decision 05/QĐ-UBND of 2025 is in the 2025 series: the next is 06.
    assert next_number_text("decision", "UBND", 2025, club_id) == "06/QĐ-UBND"
    with pytest.raises(ValidationError) as refused:
        founded_club(8, code="DX02", decision=("05/QĐ-UBND", D(2025, 4, 1)))
    problem = refused.value.problems[0]
    assert (problem.field, problem.code) == ("decision_number", "number_used")
    assert problem.params == {"number": "05/QĐ-UBND", "year": 2025,
                              "paper": "Quyết định thành lập CLB Liên thế hệ tự giúp nhau Tổ 1"}


def test_an_issued_number_cannot_be_typed_for_a_club(club_id):
    doc = papers_extra.issue_paper("certificate", club_id, D(2026, 3, 10))
    assert doc.number == 1
    with pytest.raises(ValidationError) as refused:
        founded_club(8, code="DX02", decision=("01/QĐ-UBND", D(2026, 3, 12)))
    problem = refused.value.problems[0]
    assert problem.code == "number_used"
    assert problem.params["number"] == "01/GCN-UBND"
    assert problem.params["paper"].startswith("Chứng nhận thành lập Câu lạc bộ")
    # A number not taken is accepted, and then taken: the series goes on after it.
    founded_club(8, code="DX03", decision=("07/QĐ-UBND", D(2026, 3, 12)))
    assert next_number_text("certificate", "UBND", 2026, club_id) == "08/GCN-UBND"


def test_numbers_follow_dates(club_id):
    papers_extra.issue_paper("certificate", club_id, D(2026, 3, 10))
    with pytest.raises(ValidationError) as refused:
        papers_extra.print_paper("certificate", club_id, D(2026, 1, 5), new=True)
    problem = refused.value.problems[0]
    assert (problem.field, problem.code) == ("date", "before_last_in_series")
    assert problem.params == {"number": "01/GCN-UBND", "date": D(2026, 3, 10)}
    # The same day and later days are fine; another body's series is not held back.
    assert papers_extra.print_paper("certificate", club_id, D(2026, 3, 10),
                                    new=True).document.number == 2
    assert papers_extra.issue_paper("launch_minutes", club_id, D(2026, 1, 5)).number == 1


def test_cli_series_and_dates(tmp_path, capsys, monkeypatch):
    db = office_db(tmp_path, capsys, monkeypatch)
    setup_bodies()
    founded_club(10)
    code, out, err = run(capsys, "--db", db, "series", "--body", "UBND", "--year", "2026",
                         "--next", "22")
    assert code == 0, err
    assert out.strip() == "Sổ UBND năm 2026: số tiếp theo là 22."
    code, out, _ = run(capsys, "--db", db, "series", "--year", "2026")
    assert code == 0
    assert out.splitlines()[0] == "UBND\t2026\t-\t22"
    code, _, err = run(capsys, "--db", db, "series", "--body", "UBND", "--year", "2026",
                       "--next", "0")
    assert code == 1 and "Số tiếp theo" in err
    code, _, err = run(capsys, "--db", db, "print", "certificate", "--club", "DX01", "-o",
                       str(tmp_path / "gcn.pdf"), "--date", "2026-03-10")
    assert code == 1 and "«2026-03-10»" in err
    code, out, err = run(capsys, "--db", db, "print", "certificate", "--club", "DX01", "-o",
                         str(tmp_path / "gcn.pdf"), "--date", "10/03/2026")
    assert code == 0, err
    assert "22/GCN-UBND" in out
