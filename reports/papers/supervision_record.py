"""Biên bản giám sát: the record of a supervision visit to a club, in Decree 30's minutes form
(no place-and-date line in the header): the club, date, kind and supervisors, the checklist
with each item's answer and note, the score and rating, the findings, the recommendations
with owner and due date, and the signatures (the club's chair at the left, the supervisors'
representative at the right)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from models.text.vietnamese import format_date
from reports.decree30 import (
    Col,
    DataTable,
    Document,
    Header,
    Heading,
    PageSetup,
    Para,
    Signature,
    Title,
    render,
)
from reports.papers.common import date_or_blank, number_or_draft


@dataclass(frozen=True)
class ChecklistRow:
    group: str
    item: str
    answer: str  # "Đạt", "Đạt một phần", … ('' when not answered)
    note: str = ""


@dataclass(frozen=True)
class RecommendationLine:
    text: str
    owner: str = ""
    due_on: dt.date | None = None


@dataclass(frozen=True)
class SupervisionRecordData:
    """Plain values the record prints."""

    issuing_body: str  # the supervising body, upper case
    club_name: str
    ward: str  # "phường Đức Xuân"
    date: dt.date
    kind: str  # "Giám sát định kỳ"
    supervisors: str
    template: str  # "Bảng kiểm … (phiên bản 2)"
    rows: tuple[ChecklistRow, ...]
    score: float | None
    rating: str  # "Tốt"
    findings: str = ""
    recommendations: tuple[RecommendationLine, ...] = ()
    followed_up: tuple[str, ...] = ()  # earlier recommendations found done at this visit
    parent_body: str = ""
    number: str = ""
    symbol: str = "BB-GS"
    venue: str = ""
    supervisor_name: str = ""  # the supervisors' representative who signs
    chair_name: str = ""  # the club's chair

    def with_number(self, number: str) -> SupervisionRecordData:
        return replace(self, number=number)


TITLE = "BIÊN BẢN GIÁM SÁT"


def score_text(score: float | None) -> str:
    if score is None:
        return "không tính được (không có nội dung áp dụng)"
    return f"{score:.1f}".replace(".", ",").removesuffix(",0") + "/100"


def summary(data: SupervisionRecordData) -> str:
    return f"Giám sát hoạt động {data.club_name}"


def document(data: SupervisionRecordData, setup: PageSetup | None = None) -> Document:
    rows = tuple((str(i), r.group if i == 1 or data.rows[i - 2].group != r.group else "",
                  r.item, r.answer, r.note)  # a group's name on its first row only
                 for i, r in enumerate(data.rows, 1))
    recs = tuple((str(i), r.text, r.owner, format_date(r.due_on) if r.due_on else "")
                 for i, r in enumerate(data.recommendations, 1))
    body: list = [
        Para(f"Hôm nay, {date_or_blank(data.date)}"
             + (f", tại {data.venue}" if data.venue else "")
             + f", đoàn giám sát tiến hành giám sát {data.club_name}, {data.ward}."),
        Para(f"Hình thức giám sát: {data.kind}."),
        Para(f"Thành phần đoàn giám sát: {data.supervisors}."),
        Para(f"Bảng kiểm sử dụng: {data.template}."),
        Heading("I. KẾT QUẢ GIÁM SÁT THEO BẢNG KIỂM"),
        DataTable((Col("STT", 0.8, "centre"), Col("Nhóm nội dung", 2.1),
                   Col("Nội dung kiểm tra", 3.7), Col("Đánh giá", 1.5, "centre"),
                   Col("Ghi chú", 2.0)), rows, size=12),
        Para(f"Điểm đánh giá: {score_text(data.score)}. "
             f"Xếp loại: {data.rating or 'không xếp loại'}.", bold=True),
        Heading("II. NHẬN XÉT"),
        *(Para(line) for line in (data.findings or "Không có.").splitlines() if line.strip()),
    ]
    if data.followed_up:
        body.append(Para("Kiến nghị của lần giám sát trước đã thực hiện:"))
        body += [Para(f"- {t}") for t in data.followed_up]
    body.append(Heading("III. KIẾN NGHỊ"))
    if recs:
        body.append(DataTable((Col("STT", 0.8, "centre"), Col("Kiến nghị", 5),
                               Col("Người thực hiện", 2.2), Col("Thời hạn", 1.6, "centre")),
                              recs, size=12))
    else:
        body.append(Para("Không có."))
    body.append(Para("Biên bản được lập thành 02 bản có giá trị như nhau, đoàn giám sát giữ "
                     "01 bản, Câu lạc bộ giữ 01 bản; đã đọc lại cho các bên cùng nghe và "
                     "nhất trí ký tên"))
    return Document(
        header=Header(data.parent_body, data.issuing_body,
                      f"Số: {number_or_draft(data.number, data.symbol)}", place=None),
        title=Title(TITLE, summary(data)),
        body=tuple(body),
        signature=(Signature("ĐẠI DIỆN CÂU LẠC BỘ", "CHỦ NHIỆM", data.chair_name),
                   Signature("ĐẠI DIỆN ĐOÀN GIÁM SÁT", "", data.supervisor_name)),
        setup=setup or PageSetup(),
    )


def build(data: SupervisionRecordData, setup: PageSetup | None = None) -> bytes:
    """The record's PDF bytes."""
    return render(document(data, setup))
