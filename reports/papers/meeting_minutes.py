"""Biên bản sinh hoạt Câu lạc bộ: minutes of a club's monthly meeting in the decree's minutes
form (no place-and-date line in the header; Thư ký signs at the left, Chủ tọa at the right;
the closing line "… kết thúc vào … giờ …, ngày … tháng … năm …/."). What the record leaves
empty prints as dotted lines for the secretary to fill in by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from models.text.vietnamese import decree_date, format_number
from reports.decree30 import Document, Header, PageSetup, Para, Signature, Title, render
from reports.papers.common import BLANK, number_or_draft

DOTS = "." * 125  # one hand-filled line of the body's width (14 pt, 165 mm)
TITLE = "BIÊN BẢN SINH HOẠT CÂU LẠC BỘ"


@dataclass(frozen=True)
class MeetingMinutesData:
    """Plain values the minutes print; empty texts print as dotted lines."""

    club_name: str
    issuing_body: str  # the club, upper case
    parent_body: str = ""  # "HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN"
    number: str = ""  # empty on a draft
    symbol: str = "BB-CLB"
    date: dt.date | None = None
    start_time: str = ""  # "08:00"
    end_time: str = ""
    place: str = ""
    member_count: int = 0
    present_count: int = 0
    absentees: tuple[str, ...] = ()  # "Đỗ Thị Mai (ốm)"
    guests: str = ""
    chair_name: str = ""
    secretary_name: str = ""
    areas: tuple[tuple[str, str], ...] = ()  # (area name, what was done) for all eight
    decisions: str = ""
    issues: str = ""
    next_plan: str = ""
    fees_total: int = 0
    repayment_total: int = 0

    def with_number(self, number: str) -> MeetingMinutesData:
        return replace(self, number=number)


def time_words(hhmm: str) -> str:
    """"08:30" -> "8 giờ 30"; empty -> blanks to fill by hand."""
    if not hhmm:
        return f"{BLANK} giờ {BLANK}"
    hours, minutes = hhmm.split(":")
    return f"{int(hours)} giờ {minutes}"


def _date_words(d: dt.date | None) -> str:
    return decree_date(d) if d is not None else f"ngày {BLANK} tháng {BLANK} năm {BLANK}"


def _text(value: str, **style: bool) -> list[Para]:
    """The record's text, one paragraph a line, or a dotted line when it is empty."""
    lines = [ln.strip() for ln in value.splitlines() if ln.strip()]
    if not lines:
        return [Para(DOTS, align="left", indent=False)] * 2
    return [Para(ln, **style) for ln in lines]


def _heading(text: str) -> Para:
    return Para(text, bold=True, align="left")


def body(data: MeetingMinutesData) -> list[Para]:
    month = f"{data.date.month}/{data.date.year}" if data.date else f"{BLANK}/{BLANK}"
    absent = data.member_count - data.present_count
    paras = [
        Para(f"Hôm nay, vào hồi {time_words(data.start_time)}, {_date_words(data.date)}, "
             f"tại {data.place or BLANK}, {data.club_name} tổ chức buổi sinh hoạt định kỳ "
             f"tháng {month}."),
        _heading("I. THÀNH PHẦN THAM DỰ"),
        Para(f"- Tổng số thành viên: {data.member_count}; có mặt: {data.present_count}; "
             f"vắng mặt: {absent}."),
        Para("- Thành viên vắng mặt: " + ("; ".join(data.absentees) + "."
                                          if data.absentees else "không có.")),
        Para(f"- Khách mời: {data.guests}" if data.guests else f"- Khách mời: {DOTS[:95]}"),
        Para(f"- Chủ tọa: {data.chair_name or BLANK}; Thư ký: "
             f"{data.secretary_name or BLANK}."),
        _heading("II. NỘI DUNG SINH HOẠT"),
    ]
    for i, (name, text) in enumerate(data.areas, start=1):
        paras.append(Para(f"{i}. {name}:", italic=True))
        paras += _text(text)
    paras += [
        Para(f"Hội phí thu tại buổi sinh hoạt: {format_number(data.fees_total)} đồng; tiền "
             f"trả nợ vay: {format_number(data.repayment_total)} đồng."),
        _heading("III. KẾT LUẬN, QUYẾT ĐỊNH"), *_text(data.decisions),
        _heading("IV. Ý KIẾN, KIẾN NGHỊ"), *_text(data.issues),
        _heading("V. KẾ HOẠCH THÁNG TỚI"), *_text(data.next_plan),
        Para(f"Buổi sinh hoạt kết thúc vào {time_words(data.end_time)}, "
             f"{_date_words(data.date)}/."),
    ]
    return paras


def document(data: MeetingMinutesData, setup: PageSetup | None = None) -> Document:
    """The minutes as a Document (see reports.decree30)."""
    return Document(
        header=Header(data.parent_body, data.issuing_body,
                      f"Số: {number_or_draft(data.number, data.symbol)}", place=None),
        title=Title(TITLE, data.club_name),
        body=tuple(body(data)),
        signature=(Signature("", "THƯ KÝ", data.secretary_name),
                   Signature("", "CHỦ TỌA", data.chair_name)),
        setup=setup or PageSetup(),
        end_mark=False,  # the closing line carries the form's own "/."
    )


def build(data: MeetingMinutesData, setup: PageSetup | None = None) -> bytes:
    """The minutes' PDF bytes."""
    return render(document(data, setup))
