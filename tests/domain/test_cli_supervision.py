"""Command line: `supervision --year` lists visits, `print supervision` writes the record."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest

from tests.conftest import TODAY
from tests.domain.cli_helpers import office_db, run


@pytest.fixture
def cli_db(tmp_path, capsys, monkeypatch):
    """A file database with a founded club DX01 and one visit on 10/06/2026."""
    from models.supervision import templates, visits
    from tests.papers_data import founded_club

    db = office_db(tmp_path, capsys, monkeypatch)
    club_id = founded_club(10)
    template = templates.default_template()
    answers = {i.id: visits.AnswerInput("met")
               for _, items in templates.groups_of(template.id) for i in items}
    visits.record_visit(visits.VisitInput(
        club_id=club_id, date=dt.date(2026, 6, 10), kind="sample", supervisors="Đặng Văn Nam",
        answers=answers, recommendations=[visits.RecommendationInput("Lập sổ kiểm kê")]),
        today=TODAY)
    return db


def test_supervision_lists_the_years_visits(cli_db, capsys):
    code, out, err = run(capsys, "--db", cli_db, "supervision", "--year", "2026")
    assert code == 0, err
    assert out.splitlines() == ["DX01\t10/06/2026\tGiám sát mẫu\t100,0\tTốt\t1"]
    code, out, _ = run(capsys, "--db", cli_db, "supervision", "--year", "2025")
    assert code == 0 and out == ""


def test_print_supervision_writes_the_record(cli_db, capsys, tmp_path):
    target = tmp_path / "gs.pdf"
    code, out, err = run(capsys, "--db", cli_db, "print", "supervision", "--club", "dx01",
                         "--date", "10/06/2026", "-o", str(target))
    assert code == 0, err
    with pdfplumber.open(target) as pdf:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "BIÊN BẢN GIÁM SÁT" in text and "Xếp loại: Tốt" in text
    code, _, err = run(capsys, "--db", cli_db, "print", "supervision", "--club", "DX01",
                       "--date", "10/06/2026", "-o", str(target))
    assert code == 1 and "--force" in err
    code, _, err = run(capsys, "--db", cli_db, "print", "supervision", "--club", "DX01",
                       "--date", "11/06/2026", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "không có lần giám sát" in err
    assert not (tmp_path / "x.pdf").exists()
