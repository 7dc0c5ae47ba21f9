"""Biên bản lễ ra mắt Câu lạc bộ: minutes of the launch ceremony in the decree's minutes form
(no place-and-date line in the header; Thư ký signs at the left, Chủ tọa at the right)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from reports.decree30 import Document, Header, PageSetup, Para, Signature, Title, render
from reports.papers.common import (
    BLANK,
    BoardLine,
    as_lines,
    date_or_blank,
    fill,
    fill_lines,
    merged,
    number_or_draft,
    structure,
)
from reports.papers.texts import LAUNCH_MINUTES

DEFAULTS = LAUNCH_MINUTES
TIME_BLANK = f"{BLANK} giờ {BLANK}"


@dataclass(frozen=True)
class LaunchMinutesData:
    """Plain values the minutes print. Unknown counts and times print as blanks."""

    club_name: str
    ward: str  # "phường Đức Xuân"
    province: str
    villages: str
    issuing_body: str  # the club, upper case
    parent_body: str = ""  # "HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN"
    number: str = ""  # "01/BB-CLB"; empty on a draft
    symbol: str = "BB-CLB"
    date: dt.date | None = None  # day of the ceremony
    start_time: str = ""  # "8 giờ 00"
    end_time: str = ""
    venue: str = ""  # "Nhà văn hóa Tổ 1"
    member_count: int = 0
    present_count: int | None = None
    agree_count: int | None = None
    chair_name: str = ""
    chair_title: str = ""  # "Chủ tịch Hội Người cao tuổi phường Đức Xuân"
    secretary_name: str = ""
    secretary_title: str = ""
    board: tuple[BoardLine, ...] = ()
    decision_number: str = ""
    decision_date: dt.date | None = None
    guests: tuple[str, ...] = ()  # replaces the wording's list of guests when given
    extra: dict[str, str] = field(default_factory=dict)

    def with_number(self, number: str) -> LaunchMinutesData:
        return replace(self, number=number)


def _board_list(board: tuple[BoardLine, ...]) -> str:
    lines = [f"- {b.name}, {b.role}" for b in board]
    return "\n".join(ln + ("." if i == len(lines) - 1 else ";") for i, ln in enumerate(lines))


def _count(n: int | None) -> str:
    return "" if n is None else str(n)


def values(data: LaunchMinutesData) -> dict[str, str]:
    """Placeholder values of the paper."""
    return {
        "club_name": data.club_name,
        "ward": data.ward,
        "Ward": data.ward[:1].upper() + data.ward[1:],
        "province": data.province,
        "villages": data.villages,
        "member_count": str(data.member_count or ""),
        "board_count": str(len(data.board) or ""),
        "date_text": date_or_blank(data.date),
        "start_time": data.start_time or TIME_BLANK,
        "end_time": data.end_time or TIME_BLANK,
        "venue": data.venue,
        "present_count": _count(data.present_count),
        "agree_count": _count(data.agree_count),
        "chair_name": data.chair_name,
        "chair_title": data.chair_title,
        "secretary_name": data.secretary_name,
        "secretary_title": data.secretary_title,
        "decision_number": data.decision_number,
        "decision_date_text": date_or_blank(data.decision_date),
        "board_list": _board_list(data.board),
        **data.extra,
    }


def summary(data: LaunchMinutesData, texts: Mapping[str, object] | None = None) -> str:
    return fill(str(merged(DEFAULTS, texts)["summary"]), values(data))


def _list(lines: list[str]) -> list[str]:
    clean = [ln.strip().removeprefix("-").strip().rstrip(";.") for ln in lines]
    return [f"- {ln}" + ("." if i == len(clean) - 1 else ";") for i, ln in enumerate(clean)]


def document(data: LaunchMinutesData, texts: Mapping[str, object] | None = None,
             setup: PageSetup | None = None) -> Document:
    """The minutes as a Document (see reports.decree30)."""
    t = merged(DEFAULTS, texts)
    v = values(data)

    def one(key: str, **style: bool) -> list[Para]:
        return [Para(line, **style) for line in fill_lines(as_lines(t[key]), v)]

    guests = list(data.guests) or fill_lines(as_lines(t["guests"]), v, drop_empty=True)
    body = [
        *one("opening"),
        *one("attendance_heading", bold=True),
        *one("guests_intro"),
        *(Para(line) for line in _list(guests)),
        *one("members_line"), *one("chair_line"), *one("secretary_line"),
        *one("content_heading", bold=True),
        *structure(fill_lines(as_lines(t["content"]), v), bold_headings=False),
        *one("reading"),
        *one("closing"),
    ]
    return Document(
        header=Header(data.parent_body, data.issuing_body,
                      f"Số: {number_or_draft(data.number, data.symbol)}", place=None),
        title=Title("BIÊN BẢN", summary(data, texts)),
        body=tuple(body),
        signature=(Signature("", "THƯ KÝ", data.secretary_name),
                   Signature("", "CHỦ TỌA", data.chair_name)),
        setup=setup or PageSetup(),
    )


def build(data: LaunchMinutesData, texts: Mapping[str, object] | None = None,
          setup: PageSetup | None = None) -> bytes:
    """The minutes' PDF bytes."""
    return render(document(data, texts, setup))
