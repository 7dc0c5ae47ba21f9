"""Hợp đồng vay vốn Quỹ quay vòng tạo thu nhập: the paper a member signs for a loan.

Built with the Decree 30 engine like the other club papers: the club's header, the contract's
own number (the club numbers its loans; the paper is not entered in the office's document
register, like the statute), the parties, the loan in figures and words, the repayment
schedule table, each side's obligations, and three signatures in one row: the borrower, the
guarantor (when there is one) and the club's chair.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from models.text.vietnamese import amount_in_words, decree_date, format_date, format_number
from reports.decree30 import (
    Article,
    Basis,
    Col,
    DataTable,
    Document,
    Header,
    PageSetup,
    Para,
    Title,
    render,
    text,
)
from reports.fonts import document_fonts


@dataclass(frozen=True)
class Party:
    """A person on the contract: honorific (Ông/Bà), name, birth year, masked ID, address."""

    honorific: str
    name: str
    birth_year: int | None = None
    id_text: str = ""  # the whole number, "********1234" for a user who may not see it, or ""
    address: str = ""


@dataclass(frozen=True)
class ScheduleLine:
    seq: int
    due_on: dt.date
    principal: int
    interest: int


@dataclass(frozen=True)
class LoanContractData:
    """Everything the contract prints. Money in integer đồng."""

    parent_body: str  # HỘI NGƯỜI CAO TUỔI PHƯỜNG … (or "")
    club_header: str  # the club's name, upper case, as a header line
    club_name: str  # "Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1" (running text)
    club_address: str
    place: str  # "Phường Đức Xuân"
    number: int
    date: dt.date  # signed and disbursed
    chair: Party | None
    borrower: Party
    guarantor: Party | None
    principal: int
    form_text: str  # "tiền mặt" or "hiện vật: 2 con Bò cái giống, đơn giá …"
    purpose: str
    term_months: int
    end_on: dt.date
    rate_text: str  # "0,5%/tháng, tính trên dư nợ giảm dần" or "không tính lãi"
    plan_text: str  # "trả gốc và lãi hằng tháng"
    schedule: tuple[ScheduleLine, ...]
    in_kind: bool = False  # goods handed over with a hand-over record, not cash

    @property
    def number_text(self) -> str:
        return f"{self.number:02d}/HĐ-CLB"


def numbered(*clauses: str) -> tuple[str, ...]:
    """Clauses numbered 1, 2, 3… in the order given: a clause left out never leaves a gap."""
    return tuple(f"{i}. {c}" for i, c in enumerate((c for c in clauses if c), 1))


def _party_lines(p: Party) -> list[str]:
    lines = []
    if p.id_text:
        lines.append(f"- Số CCCD: {p.id_text}")
    if p.address:
        lines.append(f"- Địa chỉ: {p.address}")
    return lines


def _who(p: Party) -> str:
    born = f", sinh năm {p.birth_year}" if p.birth_year else ""
    return f"{p.honorific} {p.name}{born}"


def _schedule_table(data: LoanContractData) -> DataTable:
    # Months with nothing due (interest-free loans repaid at the end) are left out and the
    # rest numbered 1, 2, … as the borrower counts the payments.
    due = [x for x in data.schedule if x.principal + x.interest]
    rows = [(str(k), format_date(x.due_on), format_number(x.principal),
             format_number(x.interest) if x.interest else "0",
             format_number(x.principal + x.interest)) for k, x in enumerate(due, 1)]
    p = sum(x.principal for x in data.schedule)
    i = sum(x.interest for x in data.schedule)
    rows.append(("", "Cộng", format_number(p), format_number(i), format_number(p + i)))
    return DataTable(
        columns=(Col("Kỳ", 0.6, "centre"), Col("Ngày trả", 1.4, "centre"),
                 Col("Tiền gốc (đồng)", 1.6, "right"), Col("Tiền lãi (đồng)", 1.5, "right"),
                 Col("Cộng (đồng)", 1.6, "right")),
        rows=tuple(rows), size=12, footer_rows=1)


def _signatures(data: LoanContractData, setup: PageSetup) -> KeepTogether:
    fonts = document_fonts()
    size = setup.body_size - 1

    def style(bold: bool = False, italic: bool = False) -> ParagraphStyle:
        return ParagraphStyle(f"sig{bold}{italic}", fontName=fonts.pick(bold, italic),
                              fontSize=size, leading=size * 1.25, alignment=TA_CENTER)

    cols = [("BÊN VAY", data.borrower.name)]
    if data.guarantor is not None:
        cols.append(("NGƯỜI BẢO LÃNH", data.guarantor.name))
    cols.append(("BÊN CHO VAY\nCHỦ NHIỆM CLB", data.chair.name if data.chair else ""))

    def para(s: str, st: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(text(s)).replace("\n", "<br/>"), st)

    rows = [[para(t, style(bold=True)) for t, _ in cols],
            [para("(Ký, ghi rõ họ tên)", style(italic=True)) for _ in cols],
            ["" for _ in cols],
            [para(n, style(bold=True)) for _, n in cols]]
    table = Table(rows, colWidths=[setup.text_width / len(cols)] * len(cols),
                  rowHeights=[None, None, setup.signature_space_mm * mm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    return KeepTogether([Spacer(1, 4 * mm), table])


def document(data: LoanContractData, setup: PageSetup | None = None) -> Document:
    """The contract as a Decree 30 Document."""
    setup = setup or PageSetup()
    words = amount_in_words(data.principal)
    chair = data.chair
    body: list = [
        Basis(f"Căn cứ Quy chế hoạt động của {data.club_name};"),
        Basis("Căn cứ đơn đề nghị vay vốn của thành viên và khả năng của Quỹ quay vòng tạo "
              "thu nhập của Câu lạc bộ."),
        Para(f"Hôm nay, {decree_date(data.date)}, chúng tôi gồm:"),
        Para(f"Bên cho vay (Bên A): {data.club_name}", bold=True),
        Para(f"- Địa chỉ: {data.club_address}"),
        Para(f"- Đại diện: {chair.honorific} {chair.name}, Chủ nhiệm Câu lạc bộ" if chair
             else "- Đại diện: ……………………, Chủ nhiệm Câu lạc bộ"),
        Para(f"Bên vay (Bên B): {_who(data.borrower)}", bold=True),
        *[Para(s) for s in _party_lines(data.borrower)],
    ]
    if data.guarantor is not None:
        body += [Para(f"Người bảo lãnh: {_who(data.guarantor)}", bold=True),
                 *[Para(s) for s in _party_lines(data.guarantor)]]
    body.append(Para("Hai bên thống nhất ký hợp đồng vay vốn với các điều khoản sau:"))
    body.append(Article(1, "Số tiền, hình thức và mục đích vay", numbered(
        f"Số tiền vay: {format_number(data.principal)} đồng (Bằng chữ: {words}).",
        f"Hình thức vay: {data.form_text}.",
        f"Mục đích sử dụng vốn vay: {data.purpose}."), bold_heading=True))
    body.append(Article(2, "Thời hạn, lãi suất và cách trả nợ", numbered(
        f"Thời hạn vay: {data.term_months} tháng, từ ngày {format_date(data.date)} "
        f"đến ngày {format_date(data.end_on)}.",
        f"Lãi suất: {data.rate_text}.",
        f"Cách trả nợ: {data.plan_text}, theo lịch trả nợ dưới đây:"), bold_heading=True))
    body.append(_schedule_table(data))
    # goods change hands with a hand-over record signed by both; money with a voucher
    receipt = ("phiếu thu khi trả bằng tiền, biên bản giao nhận hiện vật khi trả bằng hiện vật"
               if data.in_kind else "phiếu thu")
    body.append(Article(3, "Trách nhiệm của Bên B", numbered(
        "Sử dụng vốn vay đúng mục đích; không cho người khác vay lại.",
        f"Trả gốc và lãi đầy đủ, đúng hạn theo lịch trả nợ; mỗi lần trả được Bên A lập "
        f"{receipt}.",
        "Tạo điều kiện để Ban chủ nhiệm và tình nguyện viên kinh tế của Câu lạc bộ theo "
        "dõi, hỗ trợ việc sử dụng vốn; chia sẻ kinh nghiệm làm ăn trong sinh hoạt hằng tháng.",
        "Khi gặp khó khăn không trả được nợ đúng hạn, báo ngay với Ban chủ nhiệm để cùng "
        "bàn cách giải quyết theo Quy chế của Câu lạc bộ."), bold_heading=True))
    hand_over = ("Giao đủ hiện vật cho Bên B đúng ngày ký hợp đồng, có biên bản giao nhận "
                 "hiện vật hai bên cùng ký." if data.in_kind
                 else "Giao đủ vốn vay cho Bên B đúng ngày ký hợp đồng.")
    body.append(Article(4, "Trách nhiệm của Bên A", numbered(
        hand_over,
        "Hướng dẫn, hỗ trợ Bên B sử dụng vốn có hiệu quả; theo dõi khoản vay trong sổ "
        "theo dõi cho vay của Câu lạc bộ.",
        f"Lập {receipt} cho mỗi lần Bên B trả nợ và thông báo số dư nợ khi Bên B yêu cầu."),
        bold_heading=True))
    n = 5
    if data.guarantor is not None:
        body.append(Article(n, "Trách nhiệm của người bảo lãnh", (
            f"{data.guarantor.honorific} {data.guarantor.name} cam kết đôn đốc Bên B trả nợ "
            "và trả nợ thay Bên B phần gốc, lãi đến hạn mà Bên B không trả được.",),
            bold_heading=True))
        n += 1
    body.append(Article(n, "Điều khoản chung", (
        "Hai bên cam kết thực hiện đúng các điều khoản của hợp đồng. Hợp đồng có hiệu lực kể "
        "từ ngày ký đến khi Bên B trả hết nợ; được lập thành 02 bản có giá trị như nhau, mỗi "
        "bên giữ 01 bản.",), bold_heading=True))
    body.append(_signatures(data, setup))
    return Document(
        header=Header(data.parent_body, data.club_header, f"Số: {data.number_text}",
                      data.place, data.date),
        title=Title("HỢP ĐỒNG", "Vay vốn Quỹ quay vòng tạo thu nhập"),
        body=tuple(body), signature=None, setup=setup,
        pdf_title=f"Hợp đồng vay vốn số {data.number_text} - {data.borrower.name}")


def build(data: LoanContractData, setup: PageSetup | None = None) -> bytes:
    """The contract's PDF bytes."""
    return render(document(data, setup))
