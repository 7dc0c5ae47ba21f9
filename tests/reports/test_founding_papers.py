"""The three founding papers built from plain data: decision, launch minutes, statute."""

from __future__ import annotations

import datetime as dt

import pytest

from reports.decree30 import Signature
from reports.papers import decision, launch_minutes, statute, texts
from reports.papers.common import BoardLine, fill, fill_lines, structure
from tests.reports.pdf_probe import MM, find, flat_text, has, open_pdf

BOARD = (BoardLine("Lương Thị Hạnh", 1956, "Chủ nhiệm"),
         BoardLine("Nông Văn Ước", 1960, "Phó Chủ nhiệm"),
         BoardLine("Hà Thị Ễnh", 1975, "Thư ký"),
         BoardLine("Ma Thị Ất", None, "Kế toán"),
         BoardLine("Triệu Thị Thoa", 1962, "Thủ quỹ"))
PLACE = dict(club_name="Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1", ward="phường Đức Xuân",
             province="tỉnh Thái Nguyên", villages="Tổ 1, tổ dân phố Nà Cưởm")
DAY = dt.date(2024, 3, 5)
# The texts in force on DAY (models/papers/legal_texts.py picks them from the office's table).
BASES_2024 = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ "
    "sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày "
    "22 tháng 11 năm 2019",
    "Căn cứ Luật Người cao tuổi ngày 23 tháng 11 năm 2009",
    "Căn cứ Quyết định số 1336/QĐ-TTg ngày 31 tháng 8 năm 2020 của Thủ tướng Chính phủ phê "
    "duyệt Đề án nhân rộng mô hình Câu lạc bộ liên thế hệ tự giúp nhau giai đoạn đến năm 2025",
)


def decision_data(**changes) -> decision.DecisionData:
    values = dict(PLACE, issuing_body="ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN", place="Phường Đức Xuân",
                  signer=Signature("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                                   "Hoàng Văn Minh"),
                  number="05/QĐ-UBND", date=DAY, member_count=63, board=BOARD,
                  proposer="Chủ tịch Hội Người cao tuổi phường Đức Xuân",
                  legal_bases=BASES_2024)
    values.update(changes)
    return decision.DecisionData(**values)


def minutes_data(**changes) -> launch_minutes.LaunchMinutesData:
    values = dict(PLACE, issuing_body="HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN",
                  number="02/BB-HNCT", date=DAY, start_time="8 giờ 00", end_time="10 giờ 30",
                  venue="Nhà văn hóa Tổ 1", member_count=63, present_count=58, agree_count=58,
                  chair_name="Lương Thị Hạnh", chair_title="Chủ tịch Hội Người cao tuổi phường",
                  secretary_name="Hà Thị Ễnh", secretary_title="Thư ký Câu lạc bộ",
                  board=BOARD, decision_number="05/QĐ-UBND", decision_date=DAY)
    values.update(changes)
    return launch_minutes.LaunchMinutesData(**values)


def statute_data(**changes) -> statute.StatuteData:
    values = dict(PLACE, issuing_body="CÂU LẠC BỘ LIÊN THẾ HỆ\nTỰ GIÚP NHAU TỔ 1",
                  parent_body="HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN", place="Phường Đức Xuân",
                  signer=Signature("TM. BAN CHỦ NHIỆM", "CHỦ NHIỆM", "Lương Thị Hạnh"),
                  adopted_on=DAY, meeting_day="Ngày 15 hằng tháng",
                  meeting_place="Nhà văn hóa Tổ 1", monthly_fee=5_000, loan_max=3_500_000,
                  loan_term_months=18, rate_bp=30, interest_method="declining",
                  guarantor_required=True, income_fund="Quỹ quay vòng tạo thu nhập")
    values.update(changes)
    return statute.StatuteData(**values)


@pytest.fixture(scope="module")
def decision_pdf() -> bytes:
    return decision.build(decision_data())


def test_decision_reads_like_a_founding_decision(decision_pdf):
    text = flat_text(decision_pdf)
    assert "Về việc thành lập Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1" in text
    assert ("quyền địa phương ngày 22 tháng 11 năm 2019; "
            "Căn cứ Luật Người cao tuổi ngày 23 tháng 11 năm 2009;") in text
    assert "1336/QĐ-TTg" in text and "1648/QĐ-TTg" not in text
    assert "Theo đề nghị của Chủ tịch Hội Người cao tuổi phường Đức Xuân. QUYẾT ĐỊNH:" in text
    assert ("Điều 1. Thành lập Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1 (sau đây gọi tắt là "
            "Câu lạc bộ), hoạt động trên địa bàn Tổ 1, tổ dân phố Nà Cưởm, phường Đức Xuân, "
            "tỉnh Thái Nguyên, gồm 63 thành viên.") in text
    assert "Điều 2. Công nhận Ban chủ nhiệm Câu lạc bộ gồm 5 người" in text
    assert "Điều 4. Quyết định này có hiệu lực kể từ ngày ký." in text
    assert text.count("./.") == 1 and "thi hành Quyết định này./." in text
    assert "{" not in text and "Căn cứ ……" not in text  # empty province plan: line left out


def test_decision_layout(decision_pdf):
    with open_pdf(decision_pdf) as pdf:
        first = pdf.pages[0]
        assert find(first, "Số: 05/QĐ-UBND").baseline == pytest.approx(
            find(first, "Phường Đức Xuân, ngày 05 tháng 3 năm 2024").baseline, abs=0.3)
        assert find(first, "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN").top > find(first, "QUYẾT ĐỊNH").top
        sign_page = next(p for p in pdf.pages if has(p, "Nơi nhận:"))
        authority = find(sign_page, "TM. ỦY BAN NHÂN DÂN")
        assert find(sign_page, "Nơi nhận:").top == pytest.approx(authority.top, abs=2)
        assert find(sign_page, "Hoàng Văn Minh").top - authority.bottom >= 20 * MM
        assert has(sign_page, "- Như Điều 4;") and has(sign_page, "- Lưu: VT.")
        # The board list is an annex on a page of its own, after the signature.
        annex = pdf.pages[-1]
        assert annex is not sign_page and has(annex, "DANH SÁCH BAN CHỦ NHIỆM")
        assert has(annex, "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 3 năm 2024")
        rows = annex.extract_table()
        assert rows[0] == ["STT", "Họ và tên", "Năm sinh", "Chức danh"]
        assert rows[1] == ["1", "Lương Thị Hạnh", "1956", "Chủ nhiệm"]
        assert rows[4] == ["4", "Ma Thị Ất", "", "Kế toán"]
        assert len(rows) == 6


def test_decision_draft_and_office_wording():
    draft = decision.build(decision_data(number="", date=None,
                                         province_plan="Kế hoạch số 12/KH-UBND ngày 02 tháng "
                                                       "02 năm 2026 của Ủy ban nhân dân tỉnh"))
    text = flat_text(draft)
    assert "/QĐ-UBND" in text and "05/QĐ-UBND" not in text
    assert "ngày ...... tháng ...... năm ......" in text
    assert "Căn cứ Kế hoạch số 12/KH-UBND ngày 02 tháng 02 năm 2026" in text
    edited = {**texts.DECISION, "summary": "Về việc thành lập {club_name} ({villages})",
              "articles": ["Điều 7. Thành lập {club_name}.", "Điều 9. Giao {unknown_name}.",
                           "Điều 1. Quyết định này có hiệu lực kể từ ngày ký."],
              "recipients": ["Như Điều 3", "Lưu: VT, HNCT"]}
    text = flat_text(decision.build(decision_data(), edited))
    assert "Về việc thành lập Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1 (Tổ 1, tổ dân phố" in text
    # Articles are numbered again in order; an unknown placeholder shows as typed.
    assert "Điều 1. Thành lập" in text and "Điều 2. Giao {unknown_name}." in text
    assert "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./." in text
    assert "- Lưu: VT, HNCT." in text and "Hội Người cao tuổi tỉnh" not in text
    assert decision.summary(decision_data(), edited).endswith("(Tổ 1, tổ dân phố Nà Cưởm)")
    # A partial wording falls back to the defaults for the other keys.
    partial = flat_text(decision.build(decision_data(), {"proposal": "Xét đề nghị của {ward}"}))
    assert "Xét đề nghị của phường Đức Xuân." in partial and "Điều 4." in partial


def test_launch_minutes():
    pdf = launch_minutes.build(minutes_data())
    text = flat_text(pdf)
    assert ("Hôm nay, vào hồi 8 giờ 00 ngày 05 tháng 3 năm 2024, tại Nhà văn hóa Tổ 1, Ủy ban "
            "nhân dân phường Đức Xuân phối hợp với Hội Người cao tuổi phường Đức Xuân tổ chức "
            "Lễ ra mắt Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1.") in text
    for phrase in ("I. THÀNH PHẦN THAM DỰ", "có mặt 58/63 thành viên",
                   "3. Chủ tọa: Lương Thị Hạnh", "4. Thư ký: Hà Thị Ễnh", "II. NỘI DUNG",
                   "Công bố Quyết định số 05/QĐ-UBND ngày 05 tháng 3 năm 2024",
                   "- Lương Thị Hạnh, Chủ nhiệm;", "- Triệu Thị Thoa, Thủ quỹ.",
                   "tán thành 58/58 thành viên có mặt",
                   "Buổi lễ kết thúc vào hồi 10 giờ 30 cùng ngày./."):
        assert phrase in text, phrase
    with open_pdf(pdf) as doc:
        first, last = doc.pages[0], doc.pages[-1]
        assert has(first, "Số: 02/BB-HNCT") and not has(first, "Phường Đức Xuân, ngày")
        assert not any(has(p, "Nơi nhận") for p in doc.pages)
        secretary, chair = find(last, "THƯ KÝ"), find(last, "CHỦ TỌA")
        assert secretary.x1 < last.width / 2 < chair.x0
        assert secretary.top == pytest.approx(chair.top, abs=0.5)
        assert find(last, "Hà Thị Ễnh", nth=len(last.search("Hà Thị Ễnh")) - 1).top > \
            secretary.bottom + 20 * MM


def test_launch_minutes_blanks_for_unknown_times_and_counts():
    text = flat_text(launch_minutes.build(minutes_data(start_time="", end_time="",
                                                       present_count=None, agree_count=None)))
    assert "vào hồi …… giờ …… ngày 05 tháng 3 năm 2024" in text
    assert "có mặt ……/63 thành viên" in text
    assert "kết thúc vào hồi …… giờ …… cùng ngày./." in text


def test_statute_filled_with_the_clubs_parameters():
    pdf = statute.build(statute_data())
    text = flat_text(pdf)
    for phrase in ("QUY CHẾ Hoạt động của Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1",
                   "(Được thông qua tại Lễ ra mắt Câu lạc bộ ngày 05 tháng 3 năm 2024)",
                   "Chương I NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Tên gọi, địa bàn hoạt động",
                   "Chương IV TÀI CHÍNH",
                   "sinh hoạt mỗi tháng một lần vào ngày 15 hằng tháng, tại Nhà văn hóa Tổ 1",
                   "hội phí 5.000 đồng/tháng (năm nghìn đồng)",
                   "Mức vay tối đa 3.500.000 đồng một lượt (ba triệu năm trăm nghìn đồng)",
                   "thời hạn vay tối đa 18 tháng; lãi suất 0,3%/tháng, tính trên dư nợ "
                   "giảm dần. Mỗi khoản vay phải có người bảo lãnh",
                   "Điều 13. Cho vay từ Quỹ quay vòng tạo thu nhập",
                   "Quy chế này gồm 05 chương, 16 điều",
                   "tán thành./.", "TM. BAN CHỦ NHIỆM"):
        assert phrase in text, phrase
    assert "{" not in text and "Điều 17." not in text
    with open_pdf(pdf) as doc:
        first = doc.pages[0]
        assert not has(first, "Số:")
        assert find(first, "Chương I").sizes == {14.0}
        heading = find(first, "Điều 1. Tên gọi, địa bàn hoạt động")
        assert all("Bold" in f for f in heading.fonts)


def test_statute_counts_follow_an_edited_body():
    body = ["Chương I. CHUNG", "Điều 1. Tên gọi", "Tên: {club_name}.",
            "Chương II. THI HÀNH", "Điều 5. Hiệu lực", "Gồm {chapter_count} chương, "
            "{article_count} điều."]
    text = flat_text(statute.build(statute_data(), {"body": body}))
    assert "Điều 2. Hiệu lực" in text and "Gồm 02 chương, 02 điều./." in text


def test_same_data_same_bytes_for_every_paper():
    for module, data in ((decision, decision_data()), (launch_minutes, minutes_data()),
                         (statute, statute_data())):
        assert module.build(data) == module.build(data)
        assert module.build(data) != module.build(data.with_number("09/XX-UBND"))


def test_fill_and_structure_helpers():
    assert fill("{a} và {b} {c}", {"a": "Một", "b": ""}) == "Một và …… {c}"
    assert fill_lines(["Căn cứ {x}", "Căn cứ B", "{list}"], {"x": "", "list": "- 1;\n- 2."},
                      drop_empty=True) == ["Căn cứ B", "- 1;", "- 2."]
    blocks = structure(["Mở đầu.", "Chương II. TỔ CHỨC", "Điều 4. Ban chủ nhiệm", "- Ý một;",
                        "Điều chỉnh khi cần.", "Điều … . Sinh hoạt"], bold_headings=True)
    kinds = [type(b).__name__ for b in blocks]
    assert kinds == ["Para", "Chapter", "Article", "Article"]
    assert blocks[2].number == 1 and blocks[2].paragraphs == ("- Ý một;", "Điều chỉnh khi cần.")
    assert blocks[3].number == 2 and blocks[3].heading == "Sinh hoạt"


def test_default_wording_is_plain_data_with_known_placeholders():
    import json
    import re

    for key, wording in (("decision", texts.DECISION), ("launch_minutes", texts.LAUNCH_MINUTES),
                         ("statute", texts.STATUTE)):
        assert json.loads(json.dumps(wording, ensure_ascii=False)) == wording
        for value in wording.values():
            assert isinstance(value, str) or all(isinstance(v, str) for v in value)
        used = set(re.findall(r"\{(\w+)\}", json.dumps(wording, ensure_ascii=False)))
        assert used <= set(texts.PLACEHOLDERS[key]), used - set(texts.PLACEHOLDERS[key])
