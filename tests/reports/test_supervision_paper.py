"""Biên bản giám sát: a recorded visit printed and read back."""

import datetime as dt
from dataclasses import astuple

import pytest

from models.supervision import papers, templates, visits
from reports.papers.supervision_record import TITLE
from tests.conftest import TODAY
from tests.papers_data import founded_club
from tests.reports.pdf_probe import find, flat_text, has, open_pdf


@pytest.fixture
def visit(office):
    club_id = founded_club(n_members=8)
    template = templates.default_template()
    items = [i for _, group in templates.groups_of(template.id) for i in group]
    answers = {i.id: visits.AnswerInput("met") for i in items}
    answers[items[0].id] = visits.AnswerInput("partly", "tháng 4 không họp")
    answers[items[-1].id] = visits.AnswerInput("not_met")
    return visits.record_visit(visits.VisitInput(
        club_id=club_id, date=dt.date(2026, 6, 10), kind="spot",
        supervisors="Đặng Văn Nam, Hội NCT tỉnh; Hà Thu Trang", template_id=template.id,
        answers=answers, findings="CLB hoạt động đều, sổ sách đầy đủ.",
        recommendations=[visits.RecommendationInput(
            "Bổ sung thành viên nam", "Ban chủ nhiệm", dt.date(2026, 12, 31))]), today=TODAY)


def test_record_prints_title_checklist_score_and_signatures(visit):
    data = papers.supervision_record_data(visit.id)
    assert len(data.rows) == 20
    pdf = papers.supervision_pdf(visit.id)
    text = flat_text(pdf)
    # weight 3 partly, weight 2 not met, of 34 in all: (34 - 1.5 - 2) / 34
    assert visit.score == pytest.approx(89.7) and visit.rating == "good"
    assert "Điểm đánh giá: 89,7/100. Xếp loại: Tốt." in text
    assert "Giám sát điểm" in text
    assert "I. KẾT QUẢ GIÁM SÁT THEO BẢNG KIỂM" in text
    assert "9 Thành viên vay trả nợ đúng hạn Đạt" in text  # a row that fits on one line
    assert astuple(data.rows[0]) == ("Sinh hoạt định kỳ hằng tháng",
                            "CLB sinh hoạt đều hằng tháng trong 12 tháng qua", "Đạt một phần",
                            "tháng 4 không họp")
    assert "tháng 4 không" in text and "Chưa đạt" in text
    assert "Bổ sung thành viên nam" in text and "31/12/2026" in text
    assert "Hà Thu Trang" in text
    with open_pdf(pdf) as doc:
        first = doc.pages[0]
        title = find(first, TITLE)
        assert abs(title.centre - first.width / 2) < 30  # centred (text width, not page)
        # minutes: no place-and-date line in the header; the date is first printed below
        assert find(first, "ngày 10 tháng 6 năm 2026").top > title.bottom
        last = doc.pages[-1]
        assert has(last, "ĐẠI DIỆN ĐOÀN GIÁM SÁT") and has(last, "ĐẠI DIỆN CÂU LẠC BỘ")
        assert has(last, "Đặng Văn Nam")
        left, right = find(last, "ĐẠI DIỆN CÂU LẠC BỘ"), find(last, "ĐẠI DIỆN ĐOÀN GIÁM SÁT")
        assert left.x1 < right.x0  # club's chair at the left, supervisors at the right
