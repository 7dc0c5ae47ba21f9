"""Meeting papers read back from the PDF: the minutes in the decree's minutes form and the
collection sheet, whose members and dues are the registers'."""

import datetime as dt

import openpyxl
import pytest

from models.meetings import meetings, papers
from reports.papers.meeting_minutes import DOTS, MeetingMinutesData, build
from tests.conftest import TODAY
from tests.domain.meetings_data import NAMES, ORDER, meeting_club
from tests.reports.pdf_probe import all_text, find, flat_text, has, open_pdf

D = dt.date
ON = D(2026, 3, 15)


@pytest.fixture
def book(club):
    book = meeting_club(club)
    book["meeting"] = meetings.record_meeting(meetings.MeetingInput(
        club_id=club.id, date=D(2026, 2, 15), start_time="08:00", end_time="10:30",
        place="Nhà văn hóa Tổ 1", chair_id=book["lan"], secretary_id=book["binh"],
        contents={"health": "Đo huyết áp cho thành viên"}, decisions="Thăm hỏi thành viên ốm",
        absences={book["mai"]: "ốm"}, fees={book["an"]: 5_000, book["hue"]: 5_000}),
        today=TODAY)
    return book


def test_minutes_form(book):
    pdf = papers.minutes_pdf(book["meeting"].id)
    with open_pdf(pdf) as doc:
        first, last = doc.pages[0], doc.pages[-1]
        assert has(first, "BIÊN BẢN SINH HOẠT CÂU LẠC BỘ")
        assert has(first, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        # minutes: no place-and-date line in the header, the "Số:" line alone on the left
        motto = find(first, "Độc lập - Tự do - Hạnh phúc")
        title = find(first, "BIÊN BẢN SINH HOẠT CÂU LẠC BỘ")
        header_words = [w["text"] for w in first.extract_words()
                        if motto.bottom < w["top"] < title.top]
        assert "ngày" not in header_words and "tháng" not in header_words
        secretary, chair = find(last, "THƯ KÝ"), find(last, "CHỦ TỌA")
        assert secretary.x1 < chair.x0 and abs(secretary.baseline - chair.baseline) < 1
        assert has(last, "Hoàng Văn Lân") and has(last, "Lê Thị Bình")
    text = flat_text(pdf)
    assert "Buổi sinh hoạt kết thúc vào 10 giờ 30, ngày 15 tháng 02 năm 2026/." in text
    assert "vào hồi 8 giờ 00, ngày 15 tháng 02 năm 2026, tại Nhà văn hóa Tổ 1" in text
    assert "Tổng số thành viên: 5; có mặt: 4; vắng mặt: 1." in text
    assert "Đỗ Thị Mai (ốm)" in text
    assert "1. Chăm sóc sức khỏe: Đo huyết áp cho thành viên" in text
    assert "8. Quyền và chế độ chính sách:" in text
    assert "Hội phí thu tại buổi sinh hoạt: 10.000 đồng" in text
    assert "Thăm hỏi thành viên ốm" in text


def test_dotted_lines_only_where_empty():
    full = MeetingMinutesData(
        club_name="Câu lạc bộ A", issuing_body="CÂU LẠC BỘ A", date=ON, start_time="08:00",
        end_time="09:00", place="Nhà văn hóa", member_count=2, present_count=2,
        guests="Không", chair_name="An", secretary_name="Bình",
        areas=tuple((f"Lĩnh vực {i}", f"Nội dung {i}") for i in range(8)),
        decisions="Kết luận", issues="Ý kiến", next_plan="Kế hoạch")
    assert "....." not in all_text(build(full))
    empty = MeetingMinutesData(club_name="Câu lạc bộ A", issuing_body="CÂU LẠC BỘ A",
                               date=ON, areas=(("Lĩnh vực", ""),))
    assert all_text(build(empty)).count(DOTS[:40]) >= 8


def test_collection_sheet_equals_registers(book, tmp_path):
    sheet = meetings.collection_sheet(book["club"].id, ON)
    text = flat_text(papers.collection_sheet_pdf(book["club"].id, ON))
    assert "DANH SÁCH THU HỘI PHÍ VÀ NỢ VAY" in text and "Ký tên" in text
    positions = [text.index(NAMES[k]) for k in ORDER]
    assert positions == sorted(positions)
    # Huệ's loan: 15/02 paid nothing, 15/03 due; 1,000,000 + 60,000 and 1,000,000 + 55,000
    assert f"{NAMES['hue']} 5.000 2.115.000 1.060.000" in text
    assert f"Cộng 25.000 {sheet.total_instalments:,}".replace(",", ".") in text
    path = tmp_path / "thu.xlsx"
    papers.collection_sheet_file(book["club"].id, ON, path)
    ws = openpyxl.load_workbook(path).active
    rows = [r for r in ws.iter_rows(min_row=6, values_only=True) if r[1]]
    assert [r[1] for r in rows[:-1]] == [x.full_name for x in sheet.lines]
    assert [(r[2], r[3] or 0, r[4] or 0) for r in rows[:-1]] == [
        (x.fee_due, x.instalment_due, x.overdue) for x in sheet.lines]
    assert rows[-1][1:5] == ("Cộng", 25_000, 2_115_000, 1_060_000)
