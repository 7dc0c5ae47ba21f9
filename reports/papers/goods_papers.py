"""The papers of money that is not cash: the hand-over record of goods (biên bản giao nhận hiện
vật), the in-kind register (sổ theo dõi cho vay bằng hiện vật) and a fund's statement (báo cáo
tình hình quỹ), through the Decree 30 engine like the other club papers.

The hand-over record is what the borrower signs for goods of an in-kind loan (the club hands
them over) and what the club signs for goods handed back: a biên bản, so no place-and-date line
in the header, the hand-over's date in the opening sentence, the giver signing at the left and
the receiver at the right. Data in (the dataclasses below, filled by
models/funds/goods_papers.py), PDF bytes out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.text.vietnamese import amount_in_words, decree_date, format_date, format_number
from reports.decree30 import (
    Col,
    DataTable,
    Document,
    Header,
    PageSetup,
    Para,
    Signature,
    Title,
    render,
)


def _money(value: int) -> str:
    return format_number(value) if value else "0"


@dataclass(frozen=True)
class HandoverSide:
    """One side of a hand-over: who, in what capacity, where they live or sit."""

    label: str  # "Bên giao (Bên A)"
    name: str  # the club, or "Bà Nguyễn Thị Huệ"
    detail: tuple[str, ...] = ()  # "- Đại diện: Ông …, Chủ nhiệm CLB", "- Địa chỉ: …"
    signer: str = ""  # the name under the signature
    sign_title: str = ""  # "ĐẠI DIỆN BÊN GIAO\nCHỦ NHIỆM CLB"


@dataclass(frozen=True)
class HandoverLine:
    item: str
    unit: str
    quantity: str  # "80", "2,5", "" when only a value was agreed
    unit_value: int | None
    amount: int


@dataclass(frozen=True)
class HandoverData:
    """Everything a hand-over record prints; money in đồng."""

    parent_body: str
    club_header: str
    number_text: str  # "03/BBGN-CLB"
    date: dt.date
    place: str  # where it was handed over
    giver: HandoverSide
    receiver: HandoverSide
    reason: str  # "Giao hiện vật cho vay theo Hợp đồng vay vốn số 05/HĐ-CLB ngày 15/01/2026"
    lines: tuple[HandoverLine, ...]
    note: str = ""

    @property
    def total(self) -> int:
        return sum(x.amount for x in self.lines)


def handover_document(data: HandoverData, setup: PageSetup | None = None) -> Document:
    """The hand-over record as a Decree 30 Document."""
    setup = setup or PageSetup()
    body: list = [Para(f"Hôm nay, {decree_date(data.date)}, tại {data.place}, chúng tôi gồm:")]
    for side in (data.giver, data.receiver):
        body += [Para(f"{side.label}: {side.name}", bold=True),
                 *[Para(s) for s in side.detail]]
    body.append(Para(f"{data.reason}, hai bên cùng giao nhận hiện vật như sau:"))
    rows = [(str(i), x.item, x.unit, x.quantity,
             format_number(x.unit_value) if x.unit_value else "",
             _money(x.amount)) for i, x in enumerate(data.lines, 1)]
    rows.append(("", "Cộng", "", "", "", _money(data.total)))
    body.append(DataTable(
        columns=(Col("STT", 0.5, "centre"), Col("Tên hiện vật", 2.4), Col("Đơn vị tính", 0.9,
                                                                          "centre"),
                 Col("Số lượng", 0.9, "right"), Col("Đơn giá (đồng)", 1.3, "right"),
                 Col("Thành tiền (đồng)", 1.5, "right")),
        rows=tuple(rows), size=12, footer_rows=1))
    body.append(Para(f"Tổng giá trị hiện vật: {format_number(data.total)} đồng (Bằng chữ: "
                     f"{amount_in_words(data.total)})."))
    body.append(Para("Hiện vật giao nhận đủ số lượng, đúng chủng loại, chất lượng như hai bên "
                     "đã thỏa thuận. Bên nhận đã kiểm tra và nhận đủ."))
    if data.note:
        body.append(Para(f"Ghi chú: {data.note}"))
    body.append(Para("Biên bản được lập thành 02 bản có giá trị như nhau, mỗi bên giữ 01 bản; "
                     "kết thúc vào …… giờ ……, cùng ngày./."))
    return Document(
        header=Header(data.parent_body, data.club_header, f"Số: {data.number_text}", None),
        title=Title("BIÊN BẢN", "Giao nhận hiện vật"),
        body=tuple(body),
        signature=(Signature(title=data.giver.sign_title, name=data.giver.signer),
                   Signature(title=data.receiver.sign_title, name=data.receiver.signer)),
        setup=setup, end_mark=False,
        pdf_title=f"Biên bản giao nhận hiện vật số {data.number_text}")


def build_handover(data: HandoverData, setup: PageSetup | None = None) -> bytes:
    """The hand-over record's PDF bytes."""
    return render(handover_document(data, setup))


# --- The in-kind register --------------------------------------------------------------------


@dataclass(frozen=True)
class GoodsRegisterLine:
    date: dt.date
    number: int
    person: str
    what: str  # "Giao cho vay: 80 con gà giống, 50.000 đ/con (HĐ số 05)"
    amount_in: int
    amount_out: int
    held: int


@dataclass(frozen=True)
class GoodsRegisterData:
    parent_body: str
    club_header: str
    fund_name: str
    start: dt.date
    end: dt.date
    opening: int
    lines: tuple[GoodsRegisterLine, ...]
    closing: int
    loans_in_kind: int  # the goods out on loan at the end, from the loan register
    place: str
    signers: tuple[tuple[str, str], ...]  # (role, name), left to right


def register_document(data: GoodsRegisterData, setup: PageSetup | None = None) -> Document:
    """The in-kind register as a Decree 30 Document (A4 landscape)."""
    setup = setup or PageSetup(landscape=True)
    rows = [("", "", "", "Giá trị hiện vật quỹ giữ đầu kỳ", "", "", _money(data.opening))]
    rows += [(format_date(x.date), f"{x.number:02d}", x.person, x.what,
              _money(x.amount_in) if x.amount_in else "",
              _money(x.amount_out) if x.amount_out else "", _money(x.held))
             for x in data.lines]
    rows.append(("", "", "", "Cộng phát sinh trong kỳ",
                 _money(sum(x.amount_in for x in data.lines)),
                 _money(sum(x.amount_out for x in data.lines)), ""))
    rows.append(("", "", "", "Giá trị hiện vật quỹ giữ cuối kỳ", "", "", _money(data.closing)))
    rows.append(("", "", "", f"Hiện vật đang cho vay (dư nợ bằng hiện vật) đến ngày "
                 f"{format_date(data.end)}", "", "", _money(data.loans_in_kind)))
    body: list = [
        DataTable(columns=(Col("Ngày", 1.0, "centre"), Col("Số", 0.5, "centre"),
                           Col("Người giao/nhận", 1.9), Col("Nội dung", 4.3),
                           Col("Nhận vào (đồng)", 1.2, "right"),
                           Col("Giao ra (đồng)", 1.2, "right"),
                           Col("Quỹ còn giữ (đồng)", 1.3, "right")),
                  rows=tuple(rows), size=11, footer_rows=3),
    ]
    left, right = data.signers[0], data.signers[-1]
    return Document(
        # a book, not a document issued on a date: no place-and-date line
        header=Header(data.parent_body, data.club_header, None, None),
        title=Title("SỔ THEO DÕI CHO VAY BẰNG HIỆN VẬT",
                    f"{data.fund_name} - từ ngày {format_date(data.start)} đến ngày "
                    f"{format_date(data.end)}"),
        body=tuple(body),
        signature=(Signature(title=left[0].upper(), name=left[1]),
                   Signature(title=right[0].upper(), name=right[1])),
        setup=setup, end_mark=False,
        pdf_title=f"Sổ theo dõi cho vay bằng hiện vật - {data.fund_name}")


def build_register(data: GoodsRegisterData, setup: PageSetup | None = None) -> bytes:
    """The in-kind register's PDF bytes."""
    return render(register_document(data, setup))


# --- A fund's statement ----------------------------------------------------------------------


@dataclass(frozen=True)
class FundStatementData:
    """What the fund holds and where it came from, at the end of a day; money in đồng."""

    parent_body: str
    club_header: str
    club_name: str
    fund_name: str
    on: dt.date
    place: str
    cash: int
    loans_cash: int
    loans_cash_count: int
    loans_in_kind: int
    loans_in_kind_count: int
    goods: int
    written_off: int
    written_off_count: int
    sources: tuple[tuple[str, int], ...]  # (what, signed amount) adding up to the value
    chair: str
    treasurer: str

    @property
    def value(self) -> int:
        return self.cash + self.loans_cash + self.loans_in_kind + self.goods

    @property
    def value_by_sources(self) -> int:
        return sum(v for _, v in self.sources)


def statement_document(data: FundStatementData, setup: PageSetup | None = None) -> Document:
    """The fund's statement as a Decree 30 Document."""
    setup = setup or PageSetup()
    held = (("1", "Tiền mặt tồn quỹ", "", data.cash),
            ("2", "Dư nợ cho vay bằng tiền mặt", f"{data.loans_cash_count} khoản",
             data.loans_cash),
            ("3", "Dư nợ cho vay bằng hiện vật", f"{data.loans_in_kind_count} khoản",
             data.loans_in_kind),
            ("4", "Hiện vật quỹ đang giữ", "", data.goods))
    rows = [(n, what, count, _money(v)) for n, what, count, v in held]
    rows.append(("", "Giá trị quỹ (1 + 2 + 3 + 4)", "", _money(data.value)))
    sources = [(str(i), what, "", _money(v) if v >= 0 else f"({_money(-v)})")
               for i, (what, v) in enumerate(data.sources, 1)]
    sources.append(("", "Giá trị quỹ theo nguồn hình thành", "", _money(data.value_by_sources)))
    columns = (Col("TT", 0.5, "centre"), Col("Nội dung", 3.6), Col("Số khoản", 1.0, "centre"),
               Col("Số tiền (đồng)", 1.6, "right"))
    body: list = [
        Para(f"{data.fund_name} của {data.club_name} đến hết ngày {format_date(data.on)} như "
             "sau:"),
        Para("I. Quỹ đang có", bold=True, indent=False),
        DataTable(columns=columns, rows=tuple(rows), size=12, footer_rows=1),
    ]
    if data.written_off_count:
        body.append(Para(
            f"Các khoản vay đã xóa nợ ({data.written_off_count} khoản, "
            f"{format_number(data.written_off)} đồng) không còn tính trong dư nợ và giá trị "
            "quỹ.", italic=True))
    body += [
        Para("II. Nguồn hình thành quỹ", bold=True, indent=False),
        DataTable(columns=columns, rows=tuple(sources), size=12, footer_rows=1),
        Para("Số trong ngoặc là số giảm quỹ.", italic=True),
    ]
    if data.value != data.value_by_sources:
        body.append(Para("Giá trị quỹ theo tài sản và theo nguồn hình thành chưa khớp: cần "
                         "kiểm tra sổ sách.", bold=True))
    return Document(
        header=Header(data.parent_body, data.club_header, None, data.place, data.on),
        title=Title("BÁO CÁO", f"Tình hình {data.fund_name} đến ngày {format_date(data.on)}"),
        body=tuple(body),
        signature=(Signature(title="THỦ QUỸ", name=data.treasurer),
                   Signature(title="CHỦ NHIỆM CLB", name=data.chair)),
        setup=setup, end_mark=False,
        pdf_title=f"Báo cáo tình hình quỹ - {data.fund_name}")


def build_statement(data: FundStatementData, setup: PageSetup | None = None) -> bytes:
    """The fund statement's PDF bytes."""
    return render(statement_document(data, setup))
