"""Page layout of papers: the office's margins within Decree 30's ranges, used when printing."""

import pdfplumber
import pytest

from models.errors import ValidationError
from models.office import settings
from reports.decree30 import MARGIN_RANGES_MM

MM = 72 / 25.4


def test_ranges_agree_with_the_engine():
    assert {k: v for k, v in settings.DECREE30_RANGES.items() if k != "body_size"} == (
        MARGIN_RANGES_MM)


def test_out_of_range_values_are_refused_and_nothing_stored(db):
    with pytest.raises(ValidationError) as err:
        settings.save_document_settings(settings.DocumentSettings(left_mm=25, body_size=12))
    assert {(p.field, p.code) for p in err.value.problems} == {
        ("left_mm", "out_of_range"), ("body_size", "out_of_range")}
    assert settings.load(settings.DocumentSettings) == settings.DocumentSettings()


def test_papers_print_with_the_office_margins(office):
    import io

    from models.papers import papers_extra
    from tests.papers_data import founded_club, setup_bodies

    setup_bodies()
    club_id = founded_club()
    settings.save_document_settings(settings.DocumentSettings(left_mm=35, right_mm=20))
    pdf = papers_extra.build_draft("statute", club_id)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        words = page.extract_words()
        assert min(w["x0"] for w in words) == pytest.approx(35 * MM, abs=1.5)
        assert max(w["x1"] for w in words) <= page.width - 20 * MM + 0.5
