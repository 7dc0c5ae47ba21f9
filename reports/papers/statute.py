"""Quy chế hoạt động Câu lạc bộ: the club statute, a model text in chapters and articles filled
with the club's own parameters (villages, meeting day, fee, funds, loan rules)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from models.text.vietnamese import amount_in_words
from reports.decree30 import Document, Header, PageSetup, Recipients, Signature, Title, render
from reports.papers.common import (
    as_lines,
    count_structure,
    date_or_blank,
    fill,
    fill_lines,
    lower_first,
    merged,
    money,
    structure,
)
from reports.papers.texts import STATUTE

DEFAULTS = STATUTE


@dataclass(frozen=True)
class StatuteData:
    """Plain values the statute prints. Money is integer đồng."""

    club_name: str
    ward: str
    province: str
    villages: str
    issuing_body: str  # the club, upper case
    place: str  # "Phường Đức Xuân" (date line)
    signer: Signature  # TM. BAN CHỦ NHIỆM / CHỦ NHIỆM / name
    parent_body: str = ""
    number: str = ""  # a statute adopted by the members usually has none
    adopted_on: dt.date | None = None
    meeting_day: str = ""
    meeting_place: str = ""
    # The club's own rules, as its books and loans apply them (never a fixed model text).
    monthly_fee: int = 0
    loan_max: int = 0
    loan_term_months: int = 0
    rate_bp: int = 0  # hundredths of a percent per month: 50 = 0,5 %/tháng
    interest_method: str = "none"  # flat, declining, none
    guarantor_required: bool = False
    income_fund: str = "Quỹ phát triển sinh kế"
    activity_fund: str = "Quỹ hoạt động"
    board_term_years: int = 5
    min_members: int = 50
    max_members: int = 70
    older_age: int = 55
    older_share: str = "70"
    women_share: str = "60 - 70"
    poor_share: str = "60 - 70"
    extra: dict[str, str] = field(default_factory=dict)

    def with_number(self, number: str) -> StatuteData:
        return replace(self, number=number)


def _words(n: int) -> str:
    return lower_first(amount_in_words(n)) if n else ""


def rate_text(rate_bp: int) -> str:
    """50 -> "0,5": a rate per month as papers write it."""
    whole, frac = divmod(rate_bp, 100)
    return f"{whole},{frac:02d}".rstrip("0").rstrip(",") if frac else str(whole)


_METHOD_TEXT = {"flat": "tính trên số tiền vay ban đầu",
                "declining": "tính trên dư nợ giảm dần"}


def interest_text(data: StatuteData) -> str:
    """ "lãi suất 0,5%/tháng, tính trên dư nợ giảm dần" or "không tính lãi"."""
    if data.interest_method == "none" or not data.rate_bp:
        return "không tính lãi"
    method = _METHOD_TEXT.get(data.interest_method, "")
    return f"lãi suất {rate_text(data.rate_bp)}%/tháng" + (f", {method}" if method else "")


def fee_clause(data: StatuteData) -> str:
    """The fee sentence, from the club's fee (a club may collect none)."""
    if not data.monthly_fee:
        return "Thành viên không phải đóng hội phí hằng tháng."
    return (f"Thành viên đóng hội phí {money(data.monthly_fee)} đồng/tháng "
            f"({_words(data.monthly_fee)}), nộp tại kỳ sinh hoạt hằng tháng. Hội phí được "
            f"đưa vào {data.activity_fund}.")


def guarantor_clause(data: StatuteData) -> str:
    """Whether a loan needs a guarantor, as the club's rules say."""
    if data.guarantor_required:
        return "Mỗi khoản vay phải có người bảo lãnh là thành viên Câu lạc bộ, không phải người vay."
    return "Khoản vay không bắt buộc có người bảo lãnh."


def values(data: StatuteData, body_lines: list[str] | None = None) -> dict[str, str]:
    """Placeholder values of the paper (chapter and article counts from the body lines)."""
    chapters, articles = count_structure(body_lines or as_lines(STATUTE["body"]))
    return {
        "club_name": data.club_name,
        "ward": data.ward,
        "Ward": data.ward[:1].upper() + data.ward[1:],
        "province": data.province,
        "villages": data.villages,
        "adopted_text": date_or_blank(data.adopted_on),
        "meeting_day": data.meeting_day[:1].lower() + data.meeting_day[1:],
        "meeting_place": data.meeting_place,
        "monthly_fee": money(data.monthly_fee),
        "monthly_fee_words": _words(data.monthly_fee),
        "loan_max": money(data.loan_max),
        "loan_max_words": _words(data.loan_max),
        "loan_term": str(data.loan_term_months or ""),
        "loan_interest": interest_text(data),
        "guarantor_clause": guarantor_clause(data),
        "fee_clause": fee_clause(data),
        "income_fund": data.income_fund,
        "activity_fund": data.activity_fund,
        "board_term": str(data.board_term_years or ""),
        "min_members": str(data.min_members),
        "max_members": str(data.max_members),
        "older_age": str(data.older_age),
        "older_share": data.older_share,
        "women_share": data.women_share,
        "poor_share": data.poor_share,
        "chapter_count": f"{chapters:02d}" if chapters < 10 else str(chapters),
        "article_count": f"{articles:02d}" if articles < 10 else str(articles),
        **data.extra,
    }


def summary(data: StatuteData, texts: Mapping[str, object] | None = None) -> str:
    return fill(str(merged(DEFAULTS, texts)["summary"]), values(data))


def document(data: StatuteData, texts: Mapping[str, object] | None = None,
             setup: PageSetup | None = None) -> Document:
    """The statute as a Document (see reports.decree30)."""
    t = merged(DEFAULTS, texts)
    lines = as_lines(t["body"])
    v = values(data, lines)
    return Document(
        header=Header(data.parent_body, data.issuing_body,
                      f"Số: {data.number}" if data.number else None, data.place,
                      data.adopted_on),
        title=Title("QUY CHẾ", fill(str(t["summary"]), v), note=fill(str(t["note"]), v)),
        body=tuple(structure(fill_lines(lines, v), bold_headings=True)),
        signature=data.signer,
        recipients=Recipients(tuple(fill_lines(as_lines(t["recipients"]), v,
                                               drop_empty=True))),
        setup=setup or PageSetup(),
    )


def build(data: StatuteData, texts: Mapping[str, object] | None = None,
          setup: PageSetup | None = None) -> bytes:
    """The statute's PDF bytes."""
    return render(document(data, texts, setup))
