"""The placeholders of the founding papers' wording as a clerk sees them: short Vietnamese
field names written as chips, «Tên CLB» for {club_name}, «Người đề nghị» for {proposer}.

The stored wording keeps the {name} form (reports/papers/texts.py fills it); an editor shows
to_chips() of it and stores from_chips() of what the clerk typed. A «…» that names no field
of the paper stays as typed, so ordinary quotation marks survive the round trip. The names are
the papers' own language, Vietnamese, like the wording they sit in.
"""

from __future__ import annotations

import re

from reports.papers.common import fill

OPEN, CLOSE = "«", "»"

_COMMON = {
    "club_name": "Tên CLB",
    "ward": "Xã/phường",
    "Ward": "Xã/phường (đầu câu)",
    "province": "Tỉnh",
    "villages": "Thôn, tổ dân phố",
    "member_count": "Số thành viên",
    "board_count": "Số người Ban chủ nhiệm",
}
FIELD_NAMES: dict[str, dict[str, str]] = {
    "decision": {
        **_COMMON,
        "number": "Số quyết định",
        "date_text": "Ngày ký",
        "proposer": "Người đề nghị",
        "province_plan": "Kế hoạch của tỉnh",
        "legal_bases": "Căn cứ pháp lý",
    },
    "certificate": {"club_name": "Tên CLB"},
    "launch_minutes": {
        **_COMMON,
        "date_text": "Ngày tổ chức",
        "start_time": "Giờ bắt đầu",
        "end_time": "Giờ kết thúc",
        "venue": "Địa điểm",
        "present_count": "Số có mặt",
        "agree_count": "Số tán thành",
        "chair_name": "Chủ tọa",
        "chair_title": "Chức vụ chủ tọa",
        "secretary_name": "Thư ký",
        "secretary_title": "Chức vụ thư ký",
        "decision_number": "Số quyết định thành lập",
        "decision_date_text": "Ngày quyết định thành lập",
        "board_list": "Danh sách Ban chủ nhiệm",
    },
    "statute": {
        **_COMMON,
        "adopted_text": "Ngày thông qua",
        "meeting_day": "Ngày sinh hoạt",
        "meeting_place": "Nơi sinh hoạt",
        "monthly_fee": "Hội phí mỗi tháng",
        "monthly_fee_words": "Hội phí bằng chữ",
        "loan_max": "Mức vay tối đa",
        "loan_max_words": "Mức vay tối đa bằng chữ",
        "loan_term": "Thời hạn vay",
        "loan_interest": "Lãi suất",
        "board_term": "Nhiệm kỳ Ban chủ nhiệm",
        "min_members": "Số thành viên tối thiểu",
        "max_members": "Số thành viên tối đa",
        "older_age": "Tuổi người cao tuổi",
        "older_share": "Tỷ lệ người cao tuổi",
        "women_share": "Tỷ lệ phụ nữ",
        "poor_share": "Tỷ lệ hộ nghèo, cận nghèo",
        "chapter_count": "Số chương",
        "article_count": "Số điều",
        "income_fund": "Tên quỹ tạo thu nhập",
        "activity_fund": "Tên quỹ hoạt động",
        "fee_clause": "Điều khoản hội phí",
        "guarantor_clause": "Điều khoản bảo lãnh",
    },
}

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_CHIP = re.compile(f"{OPEN}([^{OPEN}{CLOSE}\\n]+){CLOSE}")


def chip(name: str) -> str:
    """A field name as written in the editor: «Tên CLB»."""
    return f"{OPEN}{name}{CLOSE}"


def to_chips(text: str, kind: str) -> str:
    """Stored wording -> the editor's: {club_name} becomes «Tên CLB»; an unknown {x} stays."""
    names = FIELD_NAMES.get(kind, {})
    return _PLACEHOLDER.sub(
        lambda m: chip(names[m.group(1)]) if m.group(1) in names else m.group(0), text)


def from_chips(text: str, kind: str) -> str:
    """The editor's wording -> stored: «Tên CLB» becomes {club_name}; any other «…» stays."""
    keys = {name: key for key, name in FIELD_NAMES.get(kind, {}).items()}
    return _CHIP.sub(
        lambda m: "{" + keys[m.group(1)] + "}" if m.group(1) in keys else m.group(0), text)


def chip_spans(text: str, kind: str) -> list[tuple[int, int]]:
    """(start, length) of every chip naming a field of the paper, for highlighting."""
    names = set(FIELD_NAMES.get(kind, {}).values())
    return [(m.start(), m.end() - m.start()) for m in _CHIP.finditer(text)
            if m.group(1) in names]


def preview(text: str, kind: str, values: dict[str, str]) -> str:
    """The editor's wording as it will print with `values` (the club's data)."""
    return fill(from_chips(text, kind), values)
