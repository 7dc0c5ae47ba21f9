"""Founding certificate: landscape page, drawn double frame, centred header, decision line,
number, signature block; same data gives the same bytes."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest

from models.papers import documents
from models.papers.papers_extra import certificate_data
from reports.papers import certificate
from tests.papers_data import founded_club, setup_bodies

ON = dt.date(2026, 3, 10)


@pytest.fixture
def club_id(office):
    setup_bodies()
    return founded_club(20)


def lines_of(pdf_bytes: bytes) -> tuple[object, list[dict]]:
    pdf = pdfplumber.open(io.BytesIO(pdf_bytes))
    page = pdf.pages[0]
    return page, page.extract_text_lines()


def line(lines: list[dict], start: str) -> dict:
    return next(ln for ln in lines if ln["text"].startswith(start))


def phrase(page, words: str) -> dict:
    """Where a phrase is printed (several phrases may share one text line)."""
    found = page.search(words, regex=False)
    assert found, words
    return found[0]


def test_certificate_data_rests_on_the_founding_decision(club_id):
    data = certificate_data(club_id, ON)
    assert data.decision_number == "05/QĐ-UBND" and data.decision_date == dt.date(2025, 3, 5)
    assert data.decision_body == "Ủy ban nhân dân phường Đức Xuân"
    assert data.villages == "Tổ 1, tổ dân phố Nà Cưởm"
    assert (data.ward, data.province, data.place) == (
        "phường Đức Xuân", "tỉnh Thái Nguyên", "Phường Đức Xuân")
    assert (data.authority, data.signer_title, data.signer_name) == (
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Minh")
    assert data.symbol == "GCN-UBND"


def test_the_decision_on_record_comes_before_one_issued_later(club_id):
    """The club's own decision (05/QĐ-UBND, typed in at founding) is the one a certificate
    cites, even if the register holds another "founding decision" for it."""
    documents.issue("decision", "UBND", dt.date(2026, 2, 2), "Về việc thành lập CLB",
                    documents.Signer("Hoàng Văn Minh", "CHỦ TỊCH"), club_id,
                    lambda n: b"%PDF-1.4 " + n.encode())
    data = certificate_data(club_id, ON)
    assert data.decision_number == "05/QĐ-UBND"


def test_an_issued_decision_is_cited_when_none_is_on_record(office):
    setup_bodies()
    club = founded_club(5, code="DX02", decision=None)
    doc = documents.issue("decision", "UBND", dt.date(2026, 2, 2), "Về việc thành lập CLB",
                          documents.Signer("Hoàng Văn Minh", "CHỦ TỊCH"), club,
                          lambda n: b"%PDF-1.4 " + n.encode())
    data = certificate_data(club, ON)
    assert data.decision_number == "01/QĐ-UBND" and data.decision_date == doc.date
    assert "ngày\u00a002\u00a0tháng\u00a002\u00a0năm\u00a02026" in data.decision_line


def test_layout_landscape_frame_header_title_and_signature(club_id):
    pdf = certificate.build(certificate_data(club_id, ON).with_number("06/GCN-UBND"))
    page, lines = lines_of(pdf)
    assert (round(page.width), round(page.height)) == (842, 595)  # A4 landscape
    assert len(page.pdf.pages) == 1
    # Double frame: nested rectangles close to the paper edge on all four sides.
    frames = [r for r in page.rects if r["width"] > 700 and r["height"] > 450]
    assert len(frames) >= 2
    outer = min(frames, key=lambda r: r["x0"])
    inner = max(frames, key=lambda r: r["x0"])
    assert outer["x0"] < 30 and outer["top"] < 30 and inner["x0"] > outer["x0"] + 5
    assert abs((page.width - outer["x1"]) - outer["x0"]) < 1
    # National header centred at the top, the motto with a rule as long as its text.
    centre = page.width / 2
    qh = line(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    motto = line(lines, "Độc lập - Tự do - Hạnh phúc")
    assert abs((qh["x0"] + qh["x1"]) / 2 - centre) < 2 and qh["top"] < 90
    assert motto["top"] > qh["top"]
    rule = next(ln for ln in page.lines if abs(ln["top"] - motto["bottom"]) < 6)
    assert abs(rule["width"] - (motto["x1"] - motto["x0"])) < 1.5
    # Body, big title, club name, place and decision.
    title = line(lines, "GIẤY CHỨNG NHẬN")
    assert title["chars"][0]["size"] >= 40
    assert max(c["size"] for c in page.chars) == title["chars"][0]["size"]
    assert line(lines, "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN")["top"] < title["top"]
    assert line(lines, "Thành lập Câu lạc bộ Liên thế hệ tự giúp nhau")["top"] > title["top"]
    # The club's full name, never "CLB …" (issue: the big line abbreviated it).
    club = line(lines, "CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU")
    assert "CLB" not in page.extract_text()
    assert club["chars"][0]["size"] >= 20
    text = page.extract_text().replace("\u00a0", " ")
    assert ("Địa bàn hoạt động: Tổ 1, tổ dân phố Nà Cưởm, phường Đức Xuân, tỉnh Thái Nguyên"
            in text)
    assert ("Được thành lập theo Quyết định số 05/QĐ-UBND ngày 05 tháng 3 năm 2025 của\n"
            "Ủy ban nhân dân phường Đức Xuân." in text
            or "Quyết định số 05/QĐ-UBND ngày 05 tháng 3 năm 2025" in text.replace("\n", " "))
    # Number at the left, date line and signature block at the right, name at the bottom.
    number = phrase(page, "Số: 06/GCN-UBND")
    date_line = phrase(page, "Phường Đức Xuân, ngày 10 tháng 3 năm 2026")
    authority = line(lines, "TM. ỦY BAN NHÂN DÂN")
    name = line(lines, "Hoàng Văn Minh")
    assert number["x1"] < centre < date_line["x0"]
    assert abs(number["bottom"] - date_line["bottom"]) < 3
    assert "Italic" in date_line["chars"][0]["fontname"]
    assert authority["x0"] > centre and "Bold" in authority["chars"][0]["fontname"]
    assert name["top"] - authority["top"] > 60  # room for signature and seal
    assert name["bottom"] < page.height - 40  # inside the frame
    assert abs((authority["x0"] + authority["x1"]) / 2 - (name["x0"] + name["x1"]) / 2) < 2


def test_draft_leaves_the_number_blank(club_id):
    page, lines = lines_of(certificate.build(certificate_data(club_id, ON)))
    number = phrase(page, "Số:")
    slash = phrase(page, "/GCN-UBND")
    assert abs(slash["bottom"] - number["bottom"]) < 1
    assert slash["x0"] - number["x1"] > 30  # room to write the number by hand
    assert not any(c.isdigit() for c in page.crop((0, number["top"], page.width / 2,
                                                   number["bottom"])).extract_text())


def test_same_data_same_bytes_and_office_wording(club_id):
    data = certificate_data(club_id, ON).with_number("06/GCN-UBND")
    assert certificate.build(data) == certificate.build(data)
    words = {"title": "CHỨNG NHẬN", "place_label": "Nơi hoạt động"}
    _, lines = lines_of(certificate.build(data, words))
    assert line(lines, "CHỨNG NHẬN")
    assert line(lines, "Nơi hoạt động: Tổ 1")
    assert certificate.summary(data) == "Chứng nhận thành lập Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1"


def test_long_names_wrap_inside_the_frame(club_id):
    from dataclasses import replace

    data = replace(certificate_data(club_id, ON),
                   club_name="Câu lạc bộ Liên thế hệ tự giúp nhau thôn Nà Pài và thôn Khuổi Mèn"
                             " xã Phong Quang")
    page, lines = lines_of(certificate.build(data))
    inner = max((r for r in page.rects if r["width"] > 700), key=lambda r: r["x0"])
    for ln in lines:
        assert inner["x0"] < ln["x0"] and ln["x1"] < inner["x1"], ln["text"]


def test_sample_picture(club_id, tmp_path):
    from tests.reports.pdf_probe import render_png

    pdf = certificate.build(certificate_data(club_id, ON).with_number("06/GCN-UBND"))
    png = render_png(pdf, "certificate", tmp_path)
    if png is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    assert png.stat().st_size > 10_000
