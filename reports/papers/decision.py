"""Quyết định thành lập Câu lạc bộ: the People's Committee founds the club, recognises its
board (listed in an annex on the next page), gives it its tasks and names who carries it out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from reports.decree30 import (
    Col,
    DataTable,
    Document,
    Header,
    Heading,
    PageSetup,
    Recipients,
    Signature,
    Title,
    basis_lines,
    render,
)
from reports.papers.common import (
    BoardLine,
    as_lines,
    date_or_blank,
    fill,
    fill_lines,
    merged,
    number_or_draft,
    structure,
)
from reports.papers.texts import DECISION

DEFAULTS = DECISION


@dataclass(frozen=True)
class DecisionData:
    """Plain values a founding decision prints."""

    club_name: str  # "Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1"
    ward: str  # "phường Đức Xuân"
    province: str  # "tỉnh Thái Nguyên"
    villages: str  # "Tổ 1, thôn Nà Cưởm"
    issuing_body: str  # "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN"
    place: str  # "Phường Đức Xuân" (date line)
    signer: Signature
    parent_body: str = ""
    decider: str = ""  # the body that decides; defaults to the issuing body
    number: str = ""  # "05/QĐ-UBND"; empty on a draft
    symbol: str = "QĐ-UBND"  # printed after the blank number of a draft
    date: dt.date | None = None
    member_count: int = 0
    board: tuple[BoardLine, ...] = ()
    proposer: str = ""  # "Chủ tịch Hội Người cao tuổi phường Đức Xuân"
    province_plan: str = ""  # the province's plan to cite; the căn cứ line goes when empty
    legal_bases: tuple[str, ...] = ()  # "Căn cứ …" lines of the texts in force on `date`
    extra: dict[str, str] = field(default_factory=dict)  # more placeholders

    def with_number(self, number: str) -> DecisionData:
        return replace(self, number=number)


def values(data: DecisionData) -> dict[str, str]:
    """Placeholder values of the paper."""
    return {
        "club_name": data.club_name,
        "ward": data.ward,
        "Ward": data.ward[:1].upper() + data.ward[1:],
        "province": data.province,
        "villages": data.villages,
        "member_count": str(data.member_count or ""),
        "board_count": str(len(data.board) or ""),
        "number": number_or_draft(data.number, data.symbol),
        "date_text": date_or_blank(data.date),
        "proposer": data.proposer,
        "province_plan": data.province_plan,
        "legal_bases": "\n".join(data.legal_bases),
        **data.extra,
    }


def summary(data: DecisionData, texts: Mapping[str, object] | None = None) -> str:
    """The trích yếu, e.g. for the document register."""
    return fill(str(merged(DEFAULTS, texts)["summary"]), values(data))


def document(data: DecisionData, texts: Mapping[str, object] | None = None,
             setup: PageSetup | None = None) -> Document:
    """The decision as a Document (see reports.decree30)."""
    t = merged(DEFAULTS, texts)
    v = values(data)
    bases = fill_lines(as_lines(t["bases"]), v, drop_empty=True)
    bases += fill_lines(as_lines(t["proposal"]), v)
    body = (*basis_lines(bases), Heading("QUYẾT ĐỊNH:"),
            *structure(fill_lines(as_lines(t["articles"]), v), bold_headings=False))
    annex = ()
    if data.board:
        annex = (
            Title(fill(str(t["annex_title"]), v), fill(str(t["annex_summary"]), v),
                  note=fill(str(t["annex_note"]), v)),
            DataTable((Col("STT", 0.7, "centre"), Col("Họ và tên", 3.2), Col("Năm sinh", 1.2,
                       "centre"), Col("Chức danh", 2.4)),
                      tuple((str(i), b.name, str(b.birth_year or ""), b.role)
                            for i, b in enumerate(data.board, 1))),
        )
    return Document(
        header=Header(data.parent_body, data.issuing_body,
                      f"Số: {number_or_draft(data.number, data.symbol)}", data.place,
                      data.date),
        title=Title("QUYẾT ĐỊNH", summary(data, texts),
                    decider=data.decider or data.issuing_body),
        body=body,
        signature=data.signer,
        recipients=Recipients(tuple(fill_lines(as_lines(t["recipients"]), v,
                                               drop_empty=True))),
        annex=annex,
        setup=setup or PageSetup(),
    )


def build(data: DecisionData, texts: Mapping[str, object] | None = None,
          setup: PageSetup | None = None) -> bytes:
    """The decision's PDF bytes."""
    return render(document(data, texts, setup))
