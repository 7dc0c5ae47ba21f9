"""Printed member list: data in register order, landscape table whose header rows repeat,
totals and composition line, the two signatures."""

from __future__ import annotations

import datetime as dt
import io
import re

import pdfplumber
import pytest

from models.members.register import register
from models.papers.papers_extra import member_list_data
from reports.papers import member_list
from reports.papers.member_list import percent_text
from tests.papers_data import founded_club, setup_bodies

ON = dt.date(2026, 11, 20)


@pytest.fixture
def bodies(office):
    return setup_bodies()


def test_percentages_use_a_decimal_comma():
    assert percent_text(41, 63) == "65,1 %"
    assert percent_text(45, 63) == "71,4 %"
    assert percent_text(0, 0) == "0,0 %"
    assert percent_text(63, 63) == "100,0 %"


def test_data_in_register_order_with_board_roles_and_composition(bodies):
    club_id = founded_club(63)
    data = member_list_data(club_id, ON)
    names = [r.full_name for r in register(club_id)]
    assert [m.full_name for m in data.rows] == names
    assert [m.index for m in data.rows] == list(range(1, 64))
    assert data.total == 63
    # Birth year in exactly one of the two columns, by gender.
    for m, r in zip(data.rows, register(club_id), strict=True):
        assert (m.female_year, m.male_year) == (
            (str(r.birth_year), "") if r.gender == "F" else ("", str(r.birth_year)))
    roles = [m.role for m in data.rows]
    assert roles.count("Chủ nhiệm") == 1 and roles.count("Thủ quỹ") == 1
    assert "Tổ trưởng" in roles and "Thành viên" in roles
    women = sum(1 for m in data.rows if m.female_year)
    older = sum(1 for r in register(club_id) if ON.year - r.birth_year >= 55)
    assert data.women == women and data.older == older
    assert data.composition_line == (
        f"Tổng số: 63 thành viên; nữ {women} ({percent_text(women, 63)}); "
        f"người cao tuổi {older} ({percent_text(older, 63)}); "
        f"hộ nghèo, cận nghèo, khó khăn {data.disadvantaged} "
        f"({percent_text(data.disadvantaged, 63)})")
    assert data.certifier_heading == "XÁC NHẬN CỦA UBND PHƯỜNG ĐỨC XUÂN"
    assert data.chair_name == next(m.full_name for m in data.rows if m.role == "Chủ nhiệm")
    assert data.certifier_name == "Hoàng Văn Minh"


def test_members_who_left_or_joined_later_are_not_listed(bodies):
    from models.members import members

    club_id = founded_club(10)
    first = register(club_id)[0]
    members.leave(first.membership_id, dt.date(2026, 1, 10), "moved",
                  today=dt.date(2026, 11, 20))
    data = member_list_data(club_id, ON)
    assert data.total == 9 and first.full_name not in [m.full_name for m in data.rows]
    assert member_list_data(club_id, dt.date(2025, 1, 1)).total == 0


def _pages(pdf_bytes: bytes):
    return pdfplumber.open(io.BytesIO(pdf_bytes)).pages


def _header_cells(page) -> dict[str, dict]:
    words = page.extract_words()
    return {w["text"]: w for w in words if w["text"] in ("STT", "Họ", "Năm", "Nam", "Nữ",
                                                         "Dân", "Ghi")}


def test_layout_of_a_120_member_list(bodies):
    club_id = founded_club(120, seed=7)
    data = member_list_data(club_id, ON)
    pdf = member_list.build(data)
    pages = _pages(pdf)
    assert len(pages) >= 3
    for page in pages:
        assert (round(page.width), round(page.height)) == (842, 595)
    first, second, last = pages[0], pages[1], pages[-1]
    text1 = first.extract_text()
    assert "DANH SÁCH THÀNH VIÊN" in text1
    assert "Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1" in text1
    assert "(Tính đến ngày 20/11/2026)" in text1
    assert "CLB LIÊN THẾ HỆ TỰ GIÚP NHAU TỔ 1" in text1  # left header, under the ward body
    assert "Phường Đức Xuân, ngày 20 tháng 11 năm 2026" in text1
    # No page number on page 1; "2" centred in the top margin of page 2.
    top_words = [w for w in second.extract_words() if w["bottom"] < 20 * 72 / 25.4]
    assert [w["text"] for w in top_words] == ["2"]
    assert abs((top_words[0]["x0"] + top_words[0]["x1"]) / 2 - (30 + (252 / 2)) * 72 / 25.4) < 3
    assert not [w for w in first.extract_words() if w["bottom"] < 20 * 72 / 25.4]
    # The two header rows repeat at the top of page 2, above the first member row there.
    head = _header_cells(second)
    assert set(head) >= {"STT", "Họ", "Năm", "Nam", "Nữ", "Dân", "Ghi"}
    assert head["Năm"]["top"] < head["Nam"]["top"]  # "Năm sinh" over "Nam" | "Nữ"
    assert head["Nam"]["x1"] < head["Nữ"]["x0"]
    numbers = [w for w in second.extract_words() if re.fullmatch(r"\d{1,3}", w["text"])
               and w["x1"] < head["Họ"]["x0"]]
    assert numbers and min(n["top"] for n in numbers) > head["Nam"]["bottom"]
    # Every member printed once, in register order.
    printed = []
    for page in pages:
        for row in page.extract_tables()[0] if page.extract_tables() else []:
            if row[0] and row[0].isdigit():
                printed.append(row[1].replace("\n", " "))
    assert printed == [m.full_name for m in data.rows]
    # Totals row, composition line, then the two signatures level with each other.
    text = last.extract_text()
    men = sum(1 for m in data.rows if m.male_year)
    assert f"Cộng: 120 người {men} {120 - men}" in text
    assert data.composition_line + "." in text.replace("\n", " ")
    certify = last.search("XÁC NHẬN CỦA UBND PHƯỜNG ĐỨC XUÂN")[0]
    chair = last.search("CHỦ NHIỆM CLB")[0]
    assert (certify["x0"] + certify["x1"]) / 2 < last.width / 2 < chair["x0"]
    assert abs(certify["top"] - chair["top"]) < 1
    signer = last.search("Hoàng Văn Minh")[0]
    chair_name = last.search(data.chair_name)[0]
    assert abs(signer["top"] - chair_name["top"]) < 1
    assert signer["top"] - certify["top"] > 60  # room to sign and stamp
    assert last.search("CHỦ TỊCH")[0]["top"] > certify["top"]


def test_same_data_same_bytes(bodies):
    data = member_list_data(founded_club(12), ON)
    assert member_list.build(data) == member_list.build(data)


def test_sample_picture(bodies, tmp_path):
    from tests.reports.pdf_probe import render_png

    pdf = member_list.build(member_list_data(founded_club(63), ON))
    png = render_png(pdf, "members", tmp_path)
    if png is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    assert png.stat().st_size > 10_000
