"""Legal bases in force: a paper cites, per topic, the text in force on its own date and never
one issued after it; the office edits the table; a schema-6 database gains it. PDFs read back."""

from __future__ import annotations

import datetime as dt
import io
import re

import pdfplumber
import pytest

from models.errors import ValidationError
from models.papers import legal_texts, papers
from models.papers.legal_texts import LegalTextInput
from reports.papers import decision
from tests.domain.cli_helpers import office_db, run
from tests.papers_data import founded_club, setup_bodies

D = dt.date
_DATE = re.compile(r"ngày (\d{2}) tháng (\d{1,2}) năm (\d{4})")


def bases_of(pdf: bytes) -> list[str]:
    """The "Căn cứ …" lines of a printed decision, as read back from the PDF."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)
    body = text[text.index("Căn cứ"):text.index("Theo đề nghị")]
    return [line.strip().rstrip(";.") for line in re.split(r"[;.] (?=Căn cứ)", body)
            if line.strip()]


def decision_pdf(club_id: int, on: dt.date) -> bytes:
    """The decision as printed on `on` (without the draft mark, whose letters a text
    extraction would mix into the lines)."""
    return decision.build(papers.decision_data(club_id, on))


def cited_dates(lines: list[str]) -> list[dt.date]:
    return [D(int(y), int(m), int(d)) for line in lines for d, m, y in _DATE.findall(line)]


@pytest.fixture
def club_id(office):
    setup_bodies()
    return founded_club(10)


@pytest.mark.parametrize(("on", "expected"), [
    (D(2019, 5, 2), ("77/2015", "39/2009", "1533/QĐ-TTg")),
    (D(2024, 3, 5), ("22 tháng 11 năm 2019", "39/2009", "1336/QĐ-TTg")),
    (D(2025, 4, 1), ("19 tháng 02 năm 2025", "39/2009", "1336/QĐ-TTg")),
    (D(2025, 7, 20), ("16 tháng 6 năm 2025", "39/2009", "1336/QĐ-TTg")),
    (D(2026, 3, 10), ("16 tháng 6 năm 2025", "39/2009", "1648/QĐ-TTg")),
])
def test_a_decision_cites_what_was_in_force_on_its_date(club_id, on, expected):
    rows = legal_texts.in_force("decision", on)
    assert len(rows) == 3  # one local-government law, the elderly law, one programme
    text = " | ".join(f"{r.number} {r.citation}" for r in rows)
    for part in expected:
        assert part in text, (on, part)
    pdf = decision_pdf(club_id, on)
    lines = bases_of(pdf)
    assert len(lines) == 3
    assert all(d <= on for d in cited_dates(lines)), lines  # never a text issued later
    assert lines == [r.citation for r in rows]


def test_the_2024_decision_of_the_issue_cites_no_2025_text(club_id):
    lines = bases_of(decision_pdf(club_id, D(2024, 3, 5)))
    assert max(cited_dates(lines)) == D(2020, 8, 31)
    assert not any("1648/QĐ-TTg" in line or "16 tháng 6 năm 2025" in line for line in lines)


def test_the_office_edits_the_table(club_id):
    law = next(r for r in legal_texts.legal_texts() if r.number == "72/2025/QH15")
    # A new text the office adds: cited from its date in force, not before.
    added = legal_texts.save_legal_text(None, LegalTextInput(
        topic="associations", kind="Nghị định", number="126/2024/NĐ-CP",
        issued_on=D(2024, 10, 8), in_force_on=D(2024, 11, 26),
        citation="Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024 của Chính phủ "
                 "quy định về tổ chức, hoạt động và quản lý hội;", position=25))
    assert added.citation.endswith("quản lý hội")  # the ";" is the layout's to add
    assert added.id in {r.id for r in legal_texts.in_force("decision", D(2025, 1, 2))}
    assert added.id not in {r.id for r in legal_texts.in_force("decision", D(2024, 11, 25))}
    lines = bases_of(decision_pdf(club_id, D(2026, 3, 10)))
    assert lines[2].startswith("Căn cứ Nghị định số 126/2024/NĐ-CP")  # by its position
    # A text the office marks replaced is no longer cited after that day.
    legal_texts.save_legal_text(law.id, LegalTextInput(
        topic=law.topic, kind=law.kind, number=law.number, issued_on=law.issued_on,
        in_force_on=law.in_force_on, replaced_on=D(2026, 1, 1), citation=law.citation,
        papers=law.papers, position=law.position))
    assert law.id not in {r.id for r in legal_texts.in_force("decision", D(2026, 3, 10))}
    assert law.id in {r.id for r in legal_texts.in_force("decision", D(2025, 12, 31))}
    legal_texts.delete_legal_text(added.id)
    assert added.id not in {r.id for r in legal_texts.legal_texts()}
    # The shipped texts are written once: what the office removed stays removed.
    legal_texts.ensure_shipped()
    assert added.id not in {r.id for r in legal_texts.legal_texts()}


def test_bad_texts_are_refused(office):
    with pytest.raises(ValidationError) as refused:
        legal_texts.save_legal_text(None, LegalTextInput(
            topic="x", kind="Luật", issued_on=D(2025, 6, 16), in_force_on=D(2025, 6, 1),
            replaced_on=D(2025, 5, 1), citation="", papers=("memo",)))
    assert {(p.field, p.code) for p in refused.value.problems} == {
        ("citation", "required"), ("in_force_on", "force_before_issue"),
        ("replaced_on", "replaced_before_force"), ("papers", "invalid")}


def test_cli_lists_the_texts(tmp_path, capsys, monkeypatch):
    db = office_db(tmp_path, capsys, monkeypatch)
    code, out, err = run(capsys, "--db", db, "legal-texts")
    assert code == 0, err
    assert len(out.strip().splitlines()) == len(legal_texts.SHIPPED)
    code, out, err = run(capsys, "--db", db, "legal-texts", "--date", "05/03/2024")
    assert code == 0, err
    numbers = [line.split("\t")[2] for line in out.strip().splitlines()]
    assert numbers == ["47/2019/QH14", "39/2009/QH12", "1336/QĐ-TTg"]
    code, _, err = run(capsys, "--db", db, "legal-texts", "--date", "2024-03-05")
    assert code == 1 and "2024-03-05" in err


@pytest.mark.sqlite_only  # a SQLite file at schema 6
def test_a_schema_6_database_gains_the_tables(tmp_path):
    import sqlite3

    from models.storage import migrations

    path = tmp_path / "v6.sqlite3"
    migrations.open_database(str(path)).close()
    raw = sqlite3.connect(path)
    raw.execute("DROP TABLE legal_text")
    raw.execute("DROP TABLE former_unit_name")
    raw.execute("DELETE FROM schema_version")
    raw.execute("INSERT INTO schema_version (version, applied_at, note) VALUES (6, '2026-01-01', "
                "'supervision')")
    raw.commit()
    raw.close()
    database = migrations.open_database(str(path))
    assert migrations.current_version(database) == migrations.LATEST_VERSION
    assert database.table_exists("legal_text") and database.table_exists("former_unit_name")
    assert [r.number for r in legal_texts.in_force("decision", D(2024, 3, 5))] == [
        "47/2019/QH14", "39/2009/QH12", "1336/QĐ-TTg"]
    database.close()


def test_a_paper_names_the_units_of_its_date(club_id):
    """Phường Đức Xuân (Thái Nguyên) was, before the 2025 merges, phường Sông Cầu of thành
    phố Bắc Kạn, tỉnh Bắc Kạn: the office types it once; papers of then say so."""
    from models.papers import unit_names

    row = unit_names.save_former_name(unit_names.FormerNameInput(
        ward_code=1840, valid_until=D(2025, 6, 30), ward_name="Phường Sông Cầu",
        district_name="Thành phố Bắc Kạn", province_name="Tỉnh  Bắc Kạn"))
    assert row.province_name == "Tỉnh Bắc Kạn"
    old = papers.decision_data(club_id, D(2024, 3, 5))
    assert (old.place, old.ward, old.province) == (
        "Phường Sông Cầu", "phường Sông Cầu", "thành phố Bắc Kạn, tỉnh Bắc Kạn")
    assert old.issuing_body == "ỦY BAN NHÂN DÂN PHƯỜNG SÔNG CẦU"
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdfplumber.open(
        io.BytesIO(decision_pdf(club_id, D(2024, 3, 5)))).pages)
    assert "Phường Sông Cầu, ngày 05 tháng 3 năm 2024" in text
    assert "phường Sông Cầu, thành phố Bắc Kạn, tỉnh Bắc Kạn, gồm" in text
    assert "Đức Xuân" not in text and "Thái Nguyên" not in text
    new = papers.decision_data(club_id, D(2025, 7, 1))
    assert (new.place, new.province, new.issuing_body) == (
        "Phường Đức Xuân", "tỉnh Thái Nguyên", "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN")
    with pytest.raises(ValidationError) as refused:
        unit_names.save_former_name(unit_names.FormerNameInput(
            ward_code=1840, valid_until=D(2025, 7, 1), ward_name="", province_name="x"))
    assert {(p.field, p.code) for p in refused.value.problems} == {
        ("valid_until", "not_before_merge"), ("ward_name", "required")}
