"""The papers of goods and of a fund's value, read from the database: the hand-over record of
a movement of goods (biên bản giao nhận hiện vật), the in-kind register of a fund and the fund's
statement. Layouts in reports/papers/goods_papers.py.

A hand-over record is numbered by the in-kind register's number of its row, per fund and year:
"03/BBGN-CLB". Goods bought from a seller are received with the seller's own delivery papers,
so they print no record here; goods lent and goods handed back do.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from models.accounts import access
from models.errors import NotFound, ValidationError
from models.funds.fund_papers import board_names, club_address, person_address
from models.funds.fund_reads import get_fund
from models.funds.fund_statement import fund_statement
from models.funds.goods import goods_register
from models.funds.goods_tables import GoodsEntry
from models.papers.paper_facts import club_name_text, page_setup, place_name, ward_text
from models.storage.schema import Club, IssuingBody, Loan, Person
from models.text.goods import goods_text, quantity_text
from models.text.labels import label
from reports.papers import goods_papers
from reports.papers.goods_papers import (
    FundStatementData,
    GoodsRegisterData,
    GoodsRegisterLine,
    HandoverData,
    HandoverLine,
    HandoverSide,
)

# The movements a borrower signs for (or hands back and the club signs for).
HANDED = ("loan_out", "repaid", "interest")


def _headers(club: Club) -> tuple[str, str]:
    from reports.papers.common import header_name

    association = IssuingBody.get_or_none(IssuingBody.code == "HNCT")
    return (association.name if association else "", header_name(club.name))


def handover_number(entry: GoodsEntry) -> str:
    """"03/BBGN-CLB": the row's number in the fund's in-kind register of its year."""
    return f"{entry.number:02d}/BBGN-CLB"


def _person_side(label_text: str, person: Person, title: str) -> HandoverSide:
    honorific = "Bà" if person.gender == "F" else "Ông"
    born = f", sinh năm {person.birth_year}" if person.birth_year else ""
    detail = (f"- Địa chỉ: {person_address(person)}",)
    return HandoverSide(label_text, f"{honorific} {person.full_name}{born}", detail,
                        person.full_name, title)


def _club_side(label_text: str, club: Club, chair: str, title: str) -> HandoverSide:
    detail = (f"- Địa chỉ: {club_address(club)}",
              f"- Đại diện: {chair or '……………………'}, Chủ nhiệm Câu lạc bộ")
    return HandoverSide(label_text, club_name_text(club.name), detail, chair, title)


def handover_data(entry_id: int) -> HandoverData:
    """The hand-over record of one movement of goods to or from a borrower."""
    entry = GoodsEntry.get_or_none(GoodsEntry.id == entry_id)
    if entry is None:
        raise NotFound("goods_entry", entry_id)
    fund = get_fund(entry.fund_id)
    club = access.require_club(fund.club_id, "read")
    if entry.kind not in HANDED or entry.person_id is None:
        raise ValidationError("goods_entry", "no_handover", {"value": entry.number})
    loan = Loan.get_by_id(entry.loan_id)
    chair = board_names(club.id, entry.date).get("chair", "")
    person = Person.get_by_id(entry.person_id)
    contract = (f"Hợp đồng vay vốn số {loan.number:02d}/HĐ-CLB ngày "
                f"{loan.disbursed_on.strftime('%d/%m/%Y')}")
    undo = " (điều chỉnh lần giao nhận đã ghi nhầm)" if entry.reverses_id else ""
    club_gives = (entry.direction == "out") == (entry.reverses_id is None)
    if club_gives:
        giver = _club_side("Bên giao (Bên A)", club, chair, "ĐẠI DIỆN BÊN GIAO\nCHỦ NHIỆM CLB")
        receiver = _person_side("Bên nhận (Bên B)", person, "BÊN NHẬN\n(NGƯỜI VAY)")
        reason = f"Thực hiện {contract}, Bên A giao hiện vật cho vay cho Bên B{undo}"
    else:
        giver = _person_side("Bên giao (Bên A)", person, "BÊN GIAO\n(NGƯỜI VAY)")
        receiver = _club_side("Bên nhận (Bên B)", club, chair,
                              "ĐẠI DIỆN BÊN NHẬN\nCHỦ NHIỆM CLB")
        what = "trả nợ gốc" if entry.kind == "repaid" else "trả lãi"
        reason = f"Thực hiện {contract}, Bên A giao hiện vật để {what} cho Bên B{undo}"
    item = entry.item[:1].upper() + entry.item[1:] if entry.item else "Hiện vật"
    line = HandoverLine(item, entry.unit,
                        quantity_text(entry.quantity) if entry.quantity is not None else "",
                        entry.unit_value, int(entry.amount))
    parent, header = _headers(club)
    return HandoverData(
        parent_body=parent, club_header=header, number_text=handover_number(entry),
        date=entry.date, place=f"{club_name_text(club.name)}, {ward_text(club.ward)}",
        giver=giver, receiver=receiver, reason=reason, lines=(line,))


def handover_pdf(entry_id: int) -> bytes:
    """Biên bản giao nhận hiện vật of one movement of goods, as PDF."""
    return goods_papers.build_handover(handover_data(entry_id), page_setup())


def handovers_of_loan(loan_id: int) -> list[int]:
    """The rows of a loan that print a hand-over record, in order."""
    from models.loans.loan_reads import get_loan

    get_loan(loan_id)
    return [e for (e,) in GoodsEntry.select(GoodsEntry.id)
            .where((GoodsEntry.loan == loan_id) & GoodsEntry.kind.in_(HANDED))
            .order_by(GoodsEntry.date, GoodsEntry.id).tuples()]


def _what(line) -> str:
    goods = goods_text(line.quantity, line.unit, line.item, line.unit_value) \
        if line.item else "hiện vật"
    text = f"{label('goods_kind', line.kind)}: {goods}"
    if line.loan_number is not None:
        text += f" (HĐ số {line.loan_number:02d})"
    if line.reverses is not None:
        text += " - điều chỉnh ghi nhầm"
    return text


def goods_register_data(fund_id: int, start: dt.date, end: dt.date) -> GoodsRegisterData:
    """The fund's in-kind register over a period."""
    fund = get_fund(fund_id)
    club = Club.get_by_id(fund.club_id)
    register = goods_register(fund_id, start, end)
    board = board_names(club.id, end)
    parent, header = _headers(club)
    return GoodsRegisterData(
        parent_body=parent, club_header=header, fund_name=fund.name, start=start, end=end,
        opening=register.opening,
        lines=tuple(GoodsRegisterLine(x.date, x.number, x.person, _what(x), x.amount_in,
                                      x.amount_out, x.held) for x in register.lines),
        closing=register.closing,
        loans_in_kind=fund_statement(fund_id, end).loans_in_kind, place=place_name(club.ward),
        signers=(("Người lập sổ", board.get("treasurer", "")),
                 ("Chủ nhiệm CLB", board.get("chair", ""))))


def goods_register_pdf(fund_id: int, start: dt.date, end: dt.date) -> bytes:
    """Sổ theo dõi cho vay bằng hiện vật of a fund over a period, as PDF."""
    return goods_papers.build_register(goods_register_data(fund_id, start, end),
                                       dataclasses.replace(page_setup(), landscape=True,
                                                           body_size=13, date_size=13,
                                                           signature_space_mm=20))


def fund_statement_data(fund_id: int, on: dt.date) -> FundStatementData:
    """What the fund holds and where it came from at the end of `on`."""
    fund = get_fund(fund_id)
    club = Club.get_by_id(fund.club_id)
    s = fund_statement(fund_id, on)
    sources = [(label("ledger_category", c), v) for c, v in s.receipts_by_category.items()]
    sources += [(label("ledger_category", c), -v) for c, v in s.payments_by_category.items()]
    if s.goods_interest:
        sources.append(("Lãi vay thu bằng hiện vật", s.goods_interest))
    if s.written_off:
        sources.append(("Xóa nợ các khoản vay không còn khả năng thu hồi", -s.written_off))
    board = board_names(club.id, on)
    parent, header = _headers(club)
    return FundStatementData(
        parent_body=parent, club_header=header, club_name=club_name_text(club.name),
        fund_name=fund.name, on=on, place=place_name(club.ward), cash=s.cash,
        loans_cash=s.loans_cash, loans_cash_count=s.loans_cash_count,
        loans_in_kind=s.loans_in_kind, loans_in_kind_count=s.loans_in_kind_count,
        goods=s.goods, written_off=s.written_off, written_off_count=s.written_off_count,
        sources=tuple(sources), chair=board.get("chair", ""),
        treasurer=board.get("treasurer", ""))


def fund_statement_pdf(fund_id: int, on: dt.date) -> bytes:
    """Báo cáo tình hình quỹ of a fund at the end of a day, as PDF."""
    return goods_papers.build_statement(fund_statement_data(fund_id, on), page_setup())
