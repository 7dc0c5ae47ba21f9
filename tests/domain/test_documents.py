"""Document register: numbering per body and year, no reuse, identical reprints, wording."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata

import pytest

from models.errors import NotFound, ValidationError
from models.papers import documents
from models.papers.documents import Signer
from models.storage.schema import AuditLog, IssuedDocument

SIGNER = Signer("Hoàng Văn Minh", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")


@pytest.fixture
def bodies(office):
    from models.office import settings
    from models.office.office_setup import suggest_bodies
    from models.storage.schema import Ward

    return settings.save_issuing_bodies(suggest_bodies(Ward.get_by_id(1840)))


def fake_pdf(number: str) -> bytes:
    return b"%PDF-1.4\n% so " + number.encode("utf-8") + b"\n%%EOF\n"


def issue(kind="decision", body="UBND", date=dt.date(2026, 3, 5), club_id=None, build=fake_pdf,
          summary="Về việc thành lập Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1"):
    return documents.issue(kind, body, date, summary, SIGNER, club_id, build)


def test_numbers_run_per_body_and_year_across_types(bodies):
    first = issue()
    second = issue("certificate")
    third = issue("launch_minutes", body="HNCT")
    assert (first.number, second.number, third.number) == (1, 2, 1)
    assert documents.number_text(first.number, first.symbol) == "01/QĐ-UBND"
    assert documents.number_text(second.number, second.symbol) == "02/GCN-UBND"
    assert documents.number_text(third.number, third.symbol) == "01/BB-HNCT"
    assert documents.next_number(bodies[0].id, 2026) == 3
    assert documents.next_number(bodies[1].id, 2026) == 2


def test_numbers_restart_on_first_january(bodies):
    for day in (dt.date(2025, 12, 30), dt.date(2025, 12, 31)):
        issue(date=day)
    new_year = issue(date=dt.date(2026, 1, 1))
    assert new_year.number == 1 and new_year.year == 2026
    assert issue(date=dt.date(2025, 12, 31)).number == 3  # late entry for the old year
    assert documents.next_number(bodies[0].id, 2027) == 1


def test_the_builder_gets_the_number_and_a_failed_build_consumes_none(bodies):
    seen = []

    def build(number):
        seen.append(number)
        return fake_pdf(number)

    issue(build=build)
    assert seen == ["01/QĐ-UBND"]

    def broken(number):
        raise RuntimeError("printer font missing")

    with pytest.raises(RuntimeError):
        issue(build=broken)
    with pytest.raises(ValueError):
        issue(build=lambda n: b"not a pdf")
    assert IssuedDocument.select().count() == 1
    assert AuditLog.select().where(AuditLog.entity == "issued_document").count() == 1
    assert issue(build=build).number == 2
    assert seen[-1] == "02/QĐ-UBND"


def test_numbers_are_never_reused_and_unique_per_series(bodies):
    numbers = [issue().number for _ in range(12)]
    assert numbers == list(range(1, 13))
    assert documents.number_text(10, "QĐ-UBND") == "10/QĐ-UBND"
    import peewee as pw

    doc = IssuedDocument.get(IssuedDocument.number == 3)
    with pytest.raises(pw.IntegrityError), IssuedDocument._meta.database.atomic():
        IssuedDocument.create(
            kind="decision", type_code="QĐ", issuing_body=bodies[0], year=2026, number=3,
            symbol="QĐ-UBND", date=doc.date, summary="x", signer_name="x", signer_title="",
            pdf=b"%PDF-", sha256="0" * 64, created_by="test")


def test_reprint_gives_identical_bytes_and_sha256(bodies, club):
    from reportlab.pdfgen import canvas

    def build(number):
        import io

        buf = io.BytesIO()
        c = canvas.Canvas(buf, invariant=1)
        c.drawString(100, 700, f"So: {number}")
        c.save()
        return buf.getvalue()

    doc = issue(club_id=club.id, build=build)
    original = build("01/QĐ-UBND")
    again = documents.reprint(doc.id)
    assert again == original
    assert isinstance(again, bytes)
    assert hashlib.sha256(again).hexdigest() == doc.sha256
    assert documents.reprint(doc.id) == again
    found = documents.find_issued("decision", club.id)
    assert found.id == doc.id and found.club_code == "DX01"
    assert documents.find_issued("certificate", club.id) is None


def test_damaged_copy_is_refused(bodies):
    doc = issue()
    IssuedDocument.update(pdf=b"%PDF-1.4 altered").where(IssuedDocument.id == doc.id).execute()
    with pytest.raises(documents.DocumentDamaged):
        documents.reprint(doc.id)
    with pytest.raises(NotFound):
        documents.reprint(99999)


def test_bad_input_names_fields_and_writes_nothing(bodies):
    with pytest.raises(ValidationError) as err:
        documents.issue("memo", "XYZ", None, "  ", Signer("", ""), 4242, fake_pdf)
    fields = {p.field: p.code for p in err.value.problems}
    assert fields == {"kind": "invalid", "body_code": "unknown", "date": "required",
                      "summary": "required", "signer_name": "required", "club": "unknown"}
    assert IssuedDocument.select().count() == 0


def test_register_lists_newest_first_without_pdf(bodies, club):
    issue(date=dt.date(2025, 6, 1))
    issue(club_id=club.id)
    issue("launch_minutes", body="HNCT", club_id=club.id)
    rows = documents.register()
    assert [r.number_text for r in rows] == ["01/QĐ-UBND", "01/BB-HNCT", "01/QĐ-UBND"]
    assert [r.year for r in rows] == [2026, 2026, 2025]
    assert rows[0].club_code == "DX01" and rows[2].club_code == ""
    assert rows[0].signer_name == "Hoàng Văn Minh"
    assert [r.number_text for r in documents.register(year=2025)] == ["01/QĐ-UBND"]
    assert [r.body_code for r in documents.register(body="hnct")] == ["HNCT"]
    assert documents.register_years() == [2026, 2025]


def test_issue_is_audited_and_keeps_its_data(bodies, club):
    doc = documents.issue("decision", "UBND", dt.date(2026, 3, 5), "Về việc thành lập CLB",
                          SIGNER, club.id, fake_pdf,
                          data={"club": "DX01", "date": dt.date(2026, 3, 5)})
    assert documents.document_data(doc.id) == {"club": "DX01", "date": "2026-03-05"}
    row = AuditLog.get(AuditLog.entity == "issued_document")
    after = json.loads(row.after)
    assert after["number_text"] == "01/QĐ-UBND" and "pdf" not in after
    assert row.actor == "test"
    assert doc.signer_title == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"


def test_certificate_code_is_the_offices_choice(bodies):
    documents.save_template("certificate", {"type_code": "gcn-clb"})
    doc = issue("certificate")
    assert doc.symbol == "GCN-CLB-UBND"
    with pytest.raises(ValidationError) as err:
        documents.save_template("certificate", {"type_code": "GCN/1"})
    assert err.value.code == "bad_symbol"


def test_template_wording_defaults_save_and_reset(db, monkeypatch):
    import sys
    import types

    module = types.ModuleType("fake_texts")
    module.DEFAULTS = {"can_cu": ["Căn cứ A;", "Căn cứ B."], "recipients": ["- Như Điều 3;"]}
    monkeypatch.setitem(sys.modules, "fake_texts", module)
    documents.register_default_source("fake", "fake_texts", "DEFAULTS")
    assert documents.template("fake") == module.DEFAULTS
    merged = documents.save_template("fake", {"can_cu": ["Căn cứ A;", "", "Căn cứ C."],
                                              "recipients": ["- Như Điều 3;"]})
    assert merged["can_cu"] == ["Căn cứ A;", "Căn cứ C."]
    stored = json.loads(documents.DocumentTemplate.get_by_id("fake").text)
    assert stored == {"can_cu": ["Căn cứ A;", "Căn cứ C."]}  # defaults are not copied
    # a decomposed (NFD) entry is stored NFC
    documents.save_template("fake", {"recipients": [unicodedata.normalize("NFD", "- Lưu: VT.")]})
    assert documents.template("fake")["recipients"] == ["- Lưu: VT."]
    with pytest.raises(ValidationError) as err:
        documents.save_template("fake", {"nonsense": "x", "can_cu": 5})
    assert {p.field for p in err.value.problems} == {"nonsense", "can_cu"}
    assert AuditLog.select().where(AuditLog.entity == "document_template").count() == 2
    assert documents.reset_template("fake") == module.DEFAULTS


def test_two_clerks_issuing_at_once_get_consecutive_numbers(db, tmp_path, monkeypatch):
    """Two connections issue at the same moment (the build is slow, so they overlap): the
    series lock gives them 01 and 02, never the same number."""
    import os
    import threading
    import time

    from models.office import settings
    from models.storage import db as dbmod
    from models.storage.migrations import open_database
    from tests.papers_data import setup_bodies

    if not os.environ.get("ISHC_TEST_PG"):
        # In-memory SQLite cannot be shared between threads: use a file, as the program does.
        db.close()
        open_database(str(tmp_path / "shared.sqlite3"))
    settings.save_office(settings.OfficeSettings(ward_code=1840, office_name="UBND"))
    setup_bodies()
    started = threading.Barrier(2)
    numbers, errors = [], []

    def slow(number):
        time.sleep(0.3)
        return fake_pdf(number)

    def clerk():
        try:
            started.wait()
            doc = documents.issue("decision", "UBND", dt.date(2026, 3, 5), "Về việc thành lập",
                                  SIGNER, None, slow)
            numbers.append(doc.number)
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            dbmod.database.obj.close()

    threads = [threading.Thread(target=clerk) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    if not os.environ.get("ISHC_TEST_PG"):
        dbmod.close()
    assert errors == []
    assert sorted(numbers) == [1, 2]


def test_a_body_with_issued_documents_cannot_be_removed(office):
    import datetime as dt

    import pytest

    from models.errors import ValidationError
    from models.office import settings
    from models.papers import documents
    from models.storage.schema import IssuingBody
    from tests.papers_data import setup_bodies

    setup_bodies()
    documents.issue("decision", "UBND", dt.date(2026, 3, 5), "Thử", documents.Signer("A", "B"),
                    None, lambda number: b"%PDF-1.4 " + number.encode())
    keep = [b for b in settings.issuing_bodies() if b.code != "UBND"]
    inputs = [settings.IssuingBodyInput(code=b.code, name=b.name) for b in keep]
    with pytest.raises(ValidationError) as err:
        settings.save_issuing_bodies(inputs)
    assert [(p.field, p.code, p.params) for p in err.value.problems] == [
        ("bodies", "body_has_documents", {"value": "UBND", "count": 1})]
    assert IssuingBody.select().where(IssuingBody.code == "UBND").exists()
