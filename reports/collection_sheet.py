"""Danh sách thu hội phí và nợ vay: the sheet a club's treasurer takes to a meeting. Members
in register order, the monthly fee and each borrower's instalment due (of which overdue), an
empty column for what was paid and one for the member's signature. PDF (A4 landscape) here,
.xlsx in reports/collection_sheet_xlsx.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.text.vietnamese import decree_date, format_number
from reports.decree30 import (
    Col,
    DataTable,
    Document,
    Header,
    PageSetup,
    Signature,
    Title,
    render,
)

TITLE = "DANH SÁCH THU HỘI PHÍ VÀ NỢ VAY"
COLUMNS = (Col("STT", 0.5, "centre"), Col("Họ và tên", 2.6), Col("Hội phí phải nộp", 1.2, "right"),
           Col("Nợ vay đến hạn (gốc và lãi)", 1.5, "right"),
           Col("Trong đó quá hạn", 1.2, "right"), Col("Số tiền đã nộp", 1.2, "right"),
           Col("Ký tên", 1.4, "centre"))


@dataclass(frozen=True)
class CollectionLine:
    name: str
    fee_due: int
    instalment_due: int
    overdue: int


@dataclass(frozen=True)
class CollectionSheetData:
    club_name: str
    issuing_body: str  # the club, upper case
    parent_body: str
    date: dt.date
    lines: tuple[CollectionLine, ...]

    def total(self, name: str) -> int:
        return sum(getattr(x, name) for x in self.lines)


def money(n: int) -> str:
    return format_number(n) if n else ""


def rows(data: CollectionSheetData) -> tuple[tuple[str, ...], ...]:
    body = [(str(i), x.name, money(x.fee_due), money(x.instalment_due), money(x.overdue),
             "", "") for i, x in enumerate(data.lines, start=1)]
    body.append(("", "Cộng", money(data.total("fee_due")), money(data.total("instalment_due")),
                 money(data.total("overdue")), "", ""))
    return tuple(body)


def document(data: CollectionSheetData, setup: PageSetup | None = None) -> Document:
    return Document(
        header=Header(data.parent_body, data.issuing_body, "", place=None),
        title=Title(TITLE, f"Buổi sinh hoạt {decree_date(data.date)}"),
        body=(DataTable(COLUMNS, rows(data), size=12, footer_rows=1),),
        signature=(Signature("", "THỦ QUỸ", ""), Signature("", "CHỦ NHIỆM", "")),
        setup=setup or PageSetup(landscape=True),
        end_mark=False,
    )


def build(data: CollectionSheetData, setup: PageSetup | None = None) -> bytes:
    """The sheet's PDF bytes, A4 landscape."""
    return render(document(data, setup))
