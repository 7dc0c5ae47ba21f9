"""Founding papers built from the database (models.papers.papers), and the sample pictures in
docs/samples/ (decision.png, launch-minutes.png, statute.png)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models.meetings import meetings
from models.office import settings
from models.papers import documents, papers
from models.papers.club_facts import club_facts
from reports.papers import decision, launch_minutes, statute
from tests.papers_data import founded_club, setup_bodies
from tests.reports.pdf_probe import flat_text, render_png

ON = dt.date(2026, 3, 10)


@pytest.fixture
def club_id(office):
    bodies = setup_bodies()
    # The usual signature of a founding decision: a deputy chair signs for the committee.
    body = settings.IssuingBodyInput(code="UBND", name=bodies[0].name, parent_name="",
                                     authority=bodies[0].authority,
                                     signer_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                                     signer_name="Hoàng Văn Minh")
    hnct = bodies[1]
    settings.save_issuing_bodies([body, settings.IssuingBodyInput(
        code=hnct.code, name=hnct.name, parent_name=hnct.parent_name, authority=hnct.authority,
        signer_title=hnct.signer_title, signer_name=hnct.signer_name)])
    return founded_club(63)


def test_decision_data_from_the_database(club_id):
    data = papers.decision_data(club_id, ON)
    assert data.club_name == "Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1"
    assert (data.ward, data.province, data.place) == (
        "phường Đức Xuân", "tỉnh Thái Nguyên", "Phường Đức Xuân")
    assert data.villages == "Tổ 1, tổ dân phố Nà Cưởm"
    assert data.issuing_body == "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN"
    assert data.signer.authority == "TM. ỦY BAN NHÂN DÂN"
    assert data.signer.title == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    assert data.signer.name == "Hoàng Văn Minh"
    assert data.symbol == "QĐ-UBND" and data.number == "" and data.date == ON
    assert data.member_count == 63
    assert [b.role for b in data.board] == ["Chủ nhiệm", "Phó Chủ nhiệm", "Thư ký", "Kế toán",
                                            "Thủ quỹ"]
    assert all(b.name and 1940 <= b.birth_year <= 2005 for b in data.board)
    assert data.proposer == "Chủ tịch Hội Người cao tuổi phường Đức Xuân"
    # Before the founding date the club had no members yet.
    assert papers.decision_data(club_id, dt.date(2025, 1, 1)).member_count == 0


def test_issuing_a_decision_prints_its_number(club_id):
    data = papers.decision_data(club_id, ON)
    doc = documents.issue("decision", "UBND", ON, decision.summary(data),
                          documents.Signer(data.signer.name, data.signer.title), club_id,
                          lambda number: decision.build(data.with_number(number)), data=data)
    text = flat_text(documents.reprint(doc.id))
    assert "Số: 01/QĐ-UBND" in text
    assert "Về việc thành lập Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1" in text
    # The club's own decision (typed in at founding, from the ward's register) stays the one
    # its papers cite: a second "founding decision" in the register does not replace it.
    minutes = papers.launch_minutes_data(club_id)
    assert (minutes.decision_number, minutes.decision_date) == ("05/QĐ-UBND",
                                                                dt.date(2025, 3, 5))


def test_launch_minutes_data(club_id):
    data = papers.launch_minutes_data(club_id, start_time="8 giờ 00")
    assert data.date == dt.date(2025, 3, 5)  # the recorded launch date
    assert data.issuing_body == "HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN"
    assert data.symbol == "BB-HNCT"
    assert (data.decision_number, data.decision_date) == ("05/QĐ-UBND", dt.date(2025, 3, 5))
    assert data.chair_name == "Lương Thị Hạnh"
    assert data.chair_title == "Chủ tịch Hội Người cao tuổi phường Đức Xuân"
    assert data.secretary_name == data.board[2].name
    assert data.secretary_title == "Thư ký Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1"
    assert data.member_count == 63


def test_statute_data(club_id):
    meetings.set_monthly_fee(club_id, 3_000)
    data = papers.statute_data(club_id)
    assert data.issuing_body == "CÂU LẠC BỘ LIÊN THẾ HỆ\nTỰ GIÚP NHAU TỔ 1"
    assert data.parent_body == "HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN"
    assert data.signer.authority == "TM. BAN CHỦ NHIỆM"
    chair = papers.board_lines(club_facts(club_id, data.adopted_on))[0]
    assert chair.role == "Chủ nhiệm" and data.signer.name == chair.name
    assert data.meeting_day == "Ngày 15 hằng tháng"
    assert (data.older_age, data.women_share, data.poor_share) == (55, "60 - 70", "60 - 70")
    text = flat_text(statute.build(data))
    assert "hội phí 3.000 đồng/tháng (ba nghìn đồng)" in text
    assert "từ 50 đến 70 thành viên" in text and "từ 55 tuổi trở lên" in text


def test_office_wording_from_the_register_is_used(club_id):
    documents.save_template("decision", {"proposal": "Xét đề nghị của Hội Người cao tuổi {ward}"})
    data = papers.decision_data(club_id, ON)
    text = flat_text(decision.build(data, documents.template("decision")))
    assert "Xét đề nghị của Hội Người cao tuổi phường Đức Xuân. QUYẾT ĐỊNH:" in text


def test_sample_pictures(club_id, tmp_path):
    """Keep the first page of each paper as a picture for people to look at."""
    from models.loans.loan_checks import LoanRulesInput
    from models.loans.loans import save_loan_rules
    from models.papers import papers_extra
    from models.storage.schema import Fund

    # The statute prints the club's own rules, fee and fund names.
    save_loan_rules(club_id, LoanRulesInput(max_amount=10_000_000, max_term_months=24,
                                            rate_bp=0, interest_method="none",
                                            guarantor_required=True))
    meetings.set_monthly_fee(club_id, 3_000)
    Fund.update(name="Quỹ quay vòng tạo thu nhập").where(
        (Fund.club == club_id) & (Fund.kind == "income")).execute()
    built = {
        "decision": decision.build(papers.decision_data(club_id, ON).with_number("05/QĐ-UBND")),
        # A draft: no number, "DỰ THẢO" across the page; a 2024 date cites the texts of 2024.
        "decision-draft": papers_extra.build_draft("decision", club_id, dt.date(2025, 3, 5)),
        "launch-minutes": launch_minutes.build(papers.launch_minutes_data(
            club_id, start_time="8 giờ 00", end_time="10 giờ 30", venue="Nhà văn hóa Tổ 1",
            present_count=58, agree_count=58).with_number("02/BB-HNCT")),
        "statute": statute.build(dataclasses.replace(papers.statute_data(club_id),
                                                     meeting_place="Nhà văn hóa Tổ 1")),
    }
    for name, pdf in built.items():
        png = render_png(pdf, name, tmp_path)
        if png is None:
            pytest.skip("pdftoppm (poppler-utils) is not installed")
        assert png.stat().st_size > 10_000
    # The statute's loan clause is on a later page: keep that page too.
    pdf = built["statute"]
    (tmp_path / "statute.pdf").write_bytes(pdf)
    import shutil
    import subprocess

    from tests.reports.pdf_probe import SAMPLES, open_pdf

    with open_pdf(pdf) as doc:
        page = next(p.page_number for p in doc.pages
                    if "Mức vay tối đa" in (p.extract_text() or ""))
    subprocess.run([shutil.which("pdftoppm"), "-png", "-r", "80", "-f", str(page), "-l",
                    str(page),
                    "-singlefile", str(tmp_path / "statute.pdf"),
                    str(SAMPLES / "statute-finance")], check=True, timeout=60)
    assert (SAMPLES / "statute-finance.png").stat().st_size > 10_000
