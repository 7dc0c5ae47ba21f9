"""The consent form (Giấy đồng ý xử lý dữ liệu cá nhân) read back from its PDF, and the
per-member paper built from the database."""

from __future__ import annotations

import datetime as dt

import pytest

from models.members import members
from models.papers import papers_extra
from models.privacy.consent import DEFAULT_SCOPE
from reports.decree30 import PageSetup
from reports.papers import consent_form
from tests.conftest import TODAY, member_input
from tests.reports.pdf_probe import MM, find, flat_text, has, open_pdf, render_png

DATA = consent_form.ConsentFormData(
    parent_body="HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN",
    club_header="CÂU LẠC BỘ LIÊN THẾ HỆ\nTỰ GIÚP NHAU TỔ 1",
    club_name="Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1",
    ward="phường Đức Xuân", province="tỉnh Thái Nguyên", place="Phường Đức Xuân",
    date=dt.date(2025, 3, 5), full_name="Nguyễn Thị Huệ", gender="Nữ", birth="05/03/1958",
    ethnicity="Tày", id_number="008158001234", phone="0912 345 678",
    address="Tổ 1, phường Đức Xuân, tỉnh Thái Nguyên", joined_on=dt.date(2025, 3, 5),
    scope=DEFAULT_SCOPE, chair_name="Lương Thị Hạnh",
    office="Ủy ban nhân dân phường Đức Xuân (Số 1 đường Trường Chinh)")


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return consent_form.build(DATA)


def test_title_motto_member_and_rights(pdf, tmp_path):
    text = flat_text(pdf)
    for phrase in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "GIẤY ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN",
                   "(Theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15)",
                   "Phường Đức Xuân, ngày 05 tháng 3 năm 2025",
                   "Tôi tên là: Nguyễn Thị Huệ", "008158001234", "dân tộc: Tày",
                   "Kính gửi: Ban chủ nhiệm Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1.",
                   "Liên lạc với thành viên", "Số căn cước công dân (CCCD)",
                   "Tình trạng khuyết tật", "Rút lại sự đồng ý",
                   "Ủy ban nhân dân phường Đức Xuân (Số 1 đường Trường Chinh)",
                   "ĐẠI DIỆN CÂU LẠC BỘ", "NGƯỜI ĐỒNG Ý", "Lương Thị Hạnh"):
        assert phrase in text, phrase
    for right in consent_form.RIGHTS:  # to be informed, consent/withdraw, access, correct…
        assert right in text, right
    for word in ("chỉnh sửa", "xóa", "hạn chế", "Phản đối", "Khiếu nại", "rút lại"):
        assert word in text
    assert text.rstrip().endswith("Nguyễn Thị Huệ")
    assert "01 bản./." in text  # the decree's end mark after the last paragraph
    assert "Số:" not in text  # unnumbered, like the statute
    render_png(pdf, "consent_form", tmp_path)


def test_decree30_layout(pdf):
    with open_pdf(pdf) as doc:
        page = doc.pages[0]
        assert (round(page.width), round(page.height)) == (595, 842)  # A4 portrait
        chars = [c for p in doc.pages for c in p.chars if c["text"].strip()]
        assert min(c["x0"] for c in chars) == pytest.approx(30 * MM, abs=0.6)  # left 30 mm
        assert max(c["x1"] for c in chars) <= page.width - 15 * MM + 0.6  # right 15 mm
        assert min(c["top"] for c in page.chars) >= 20 * MM - 4  # top 20 mm (ascent)
        motto = find(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        assert "Bold" in "".join(motto.fonts) and motto.sizes == {13.0}
        title = find(page, "GIẤY ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN")
        assert "Bold" in "".join(title.fonts) and title.sizes == {14.0}
        centre = 30 * MM + (page.width - 45 * MM) / 2
        assert title.centre == pytest.approx(centre, abs=1.0)
        name = find(page, "Tôi tên là")
        assert name.sizes == {14.0}
        assert name.x0 == pytest.approx(30 * MM + 1.27 / 2.54 * 72, abs=0.6)  # 1.27 cm indent
        last = doc.pages[-1]
        club_rep, member = find(last, "ĐẠI DIỆN CÂU LẠC BỘ"), find(last, "NGƯỜI ĐỒNG Ý")
        assert club_rep.x1 < last.width / 2 < member.x0
        assert club_rep.baseline == pytest.approx(member.baseline, abs=0.5)
        signer = find(last, "Nguyễn Thị Huệ", nth=len(last.search("Nguyễn Thị Huệ")) - 1)
        assert signer.top - member.bottom >= 20 * MM  # room to sign or press a fingerprint


def test_office_margins_are_used():
    wide = consent_form.build(DATA, None, PageSetup(left_mm=35, right_mm=20, body_size=13))
    with open_pdf(wide) as doc:
        page = doc.pages[0]
        chars = [c for c in page.chars if c["text"].strip()]
        assert min(c["x0"] for c in chars) == pytest.approx(35 * MM, abs=0.6)
        assert find(page, "Tôi tên là").sizes == {13.0}


def test_member_paper_from_the_database(club):
    m = members.add_member(club.id, member_input(
        id_number="008158001234", phone="0912345678", consent_date=dt.date(2025, 3, 5),
        consent_method="paper"), today=TODAY)
    pdf = papers_extra.member_paper("consent", m.person_id)
    text = flat_text(pdf)
    assert "Tôi tên là: Nguyễn Thị Huệ" in text and "008158001234" in text
    assert "Phường Đức Xuân, ngày 05 tháng 3 năm 2025" in text
    assert "Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1" in text
    assert "05/03/2025" in text  # member since
    assert "consent" not in papers_extra.club_papers()
    with pytest.raises(ValueError):
        papers_extra.build_draft("consent", club.id)
    with open_pdf(pdf) as doc:
        assert has(doc.pages[0], "GIẤY ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN")
