"""Sổ quỹ tiền mặt: a fund's book for a period, A4 landscape.

Opening balance, every entry with its running balance, the period's totals and the closing
balance; the two header rows repeat on every page, pages are numbered "Trang 2/5" at the
bottom, and the book ends with the date line and three signatures.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from models.text.vietnamese import format_date, format_number
from reports.fonts import FontSet, document_fonts
from reports.vouchers import Signer, date_words

PRODUCER = "ISHC Desk"
PAGE = landscape(A4)
MARGINS = {"left": 20 * mm, "right": 15 * mm, "top": 15 * mm, "bottom": 15 * mm}
# Column titles as the two header rows print them, and relative widths (Diễn giải takes the rest).
COLUMNS = ("Ngày ghi sổ", "Số phiếu Thu", "Số phiếu Chi", "Diễn giải", "Thu", "Chi", "Tồn",
           "Ghi chú")
WIDTHS_MM = (22, 23, 23, None, 24, 24, 26, 32)
TABLE_SIZE = 10.5


def text(value: str | None) -> str:
    return unicodedata.normalize("NFC", value or "")


@dataclass(frozen=True)
class BookLine:
    """One entry of the book; amounts in đồng (0 on the side the entry is not on)."""

    date: dt.date
    receipt_no: str
    payment_no: str
    description: str
    receipt: int
    payment: int
    balance: int
    note: str = ""


@dataclass(frozen=True)
class FundBookData:
    unit_lines: tuple[str, ...]
    fund_name: str
    club_name: str
    start: dt.date
    end: dt.date
    opening: int
    lines: tuple[BookLine, ...]
    closing: int
    signers: tuple[Signer, ...]  # Người ghi sổ, Kế toán, Chủ nhiệm CLB
    signed_on: dt.date | None = None

    @property
    def total_receipts(self) -> int:
        return sum(ln.receipt for ln in self.lines)

    @property
    def total_payments(self) -> int:
        return sum(ln.payment for ln in self.lines)

    @property
    def period(self) -> str:
        return f"Từ ngày {format_date(self.start)} đến ngày {format_date(self.end)}"


def amount(n: int) -> str:
    """Grouped figures; nothing for zero (an empty cell reads better than a column of 0s)."""
    return format_number(n) if n else ""


def rows(data: FundBookData) -> list[tuple[str, ...]]:
    """The table body as printed: opening row, entries, totals, closing row."""
    out: list[tuple[str, ...]] = [("", "", "", "Số dư đầu kỳ", "", "",
                                   format_number(data.opening), "")]
    for ln in data.lines:
        out.append((format_date(ln.date), ln.receipt_no, ln.payment_no, ln.description,
                    amount(ln.receipt), amount(ln.payment), format_number(ln.balance), ln.note))
    out.append(("", "", "", "Cộng phát sinh trong kỳ", format_number(data.total_receipts),
                format_number(data.total_payments), "", ""))
    out.append(("", "", "", "Số dư cuối kỳ", "", "", format_number(data.closing), ""))
    return out


class _Styles:
    def __init__(self, fonts: FontSet) -> None:
        def style(name: str, size: float, bold: bool = False, italic: bool = False,
                  align: int = TA_CENTER) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=fonts.pick(bold, italic), fontSize=size,
                                  leading=size * 1.2, alignment=align)
        self.unit = style("unit", 11, align=TA_LEFT)
        self.unit_bold = style("unit_b", 11, bold=True, align=TA_LEFT)
        self.title = style("title", 16, bold=True)
        self.sub = style("sub", 12.5, bold=True)
        self.period = style("period", 12, italic=True)
        self.head = style("head", TABLE_SIZE, bold=True)
        self.cell = style("cell", TABLE_SIZE, align=TA_LEFT)
        self.cell_bold = style("cell_b", TABLE_SIZE, bold=True, align=TA_LEFT)
        self.sign_role = style("role", 12, bold=True)
        self.sign_hint = style("hint", 11, italic=True)
        self.sign_name = style("name", 12, bold=True)
        self.date = style("date", 12, italic=True)


def _p(s: str, style: ParagraphStyle) -> Paragraph:
    from xml.sax.saxutils import escape

    return Paragraph(escape(text(s)).replace("\n", "<br/>"), style)


def _widths(total: float) -> list[float]:
    fixed = sum(w for w in WIDTHS_MM if w) * mm
    return [w * mm if w else total - fixed for w in WIDTHS_MM]


def _table(data: FundBookData, fonts: FontSet, st: _Styles, width: float,
           part: slice = slice(None)) -> Table:
    """The book's table, or the rows `part` of it under their own header rows."""
    widths = _widths(width)
    body = rows(data)
    cells: list[list] = [[_header(fonts, st, widths)] + [""] * 7]
    first = range(len(body))[part][0] if body[part] else 0
    for r, row in enumerate(body[part], start=first):
        special = r == 0 or r >= len(body) - 2
        line = []
        for i, value in enumerate(row):
            value = text(value)
            font = fonts.bold if special else fonts.regular
            # Plain strings draw much faster; only text that does not fit becomes a paragraph.
            if i in (3, 7) and stringWidth(value, font, TABLE_SIZE) > widths[i] - 8:
                line.append(_p(value, st.cell_bold if special else st.cell))
            else:
                line.append(value)
        cells.append(line)
    style = [
        ("FONT", (0, 1), (-1, -1), fonts.regular, TABLE_SIZE, TABLE_SIZE * 1.2),
        ("GRID", (0, 1), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (2, -1), "CENTER"),
        ("ALIGN", (4, 1), (6, -1), "RIGHT"),
        ("LEFTPADDING", (0, 1), (-1, -1), 4), ("RIGHTPADDING", (0, 1), (-1, -1), 4),
        ("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, 0), 0), ("RIGHTPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 0), ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ("VALIGN", (0, 0), (-1, 0), "TOP"),
    ]
    for r in range(1, len(cells)):
        if first + r - 1 == 0 or first + r - 1 >= len(body) - 2:
            style.append(("FONT", (0, r), (-1, r), fonts.bold, TABLE_SIZE, TABLE_SIZE * 1.2))
    return Table(cells, colWidths=widths, repeatRows=1, style=TableStyle(style))


def _header(fonts: FontSet, st: _Styles, widths: list[float]) -> Table:
    """The two header rows as a table of their own, drawn across the whole width from the
    first cell of the book's one header row. Merged header cells need SPAN, and any SPAN
    makes reportlab recount every cell of the table at each page break (a 2,000-entry book
    took 3 times longer); the book itself therefore has no span at all."""
    h = [_p(t, st.head) for t in ("Ngày ghi sổ", "Số phiếu", "", "Diễn giải", "Số tiền",
                                  "", "", "Ghi chú")]
    h2 = ["", _p("Thu", st.head), _p("Chi", st.head), "", _p("Thu", st.head),
          _p("Chi", st.head), _p("Tồn", st.head), ""]
    head = _FullWidth([h, h2], colWidths=widths, style=TableStyle([
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (3, 1)),
        ("SPAN", (4, 0), (6, 0)), ("SPAN", (7, 0), (7, 1)),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return head


class _FullWidth(Table):
    """A table that tells the cell holding it it is as narrow as that cell (it draws over
    the neighbouring, empty cells of the same row)."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, height = super().wrap(avail_width, avail_height)
        return avail_width, height


class EndOfTable(Spacer):
    """A zero-height marker after the table: the template notes where it lands."""

    def __init__(self) -> None:
        super().__init__(0, 0)


class TableEndTemplate(SimpleDocTemplate):
    """Notes where the table ends and how many rows its last piece has."""

    end_page, end_y = 0, 0.0
    pieces, last_rows = 0, 0

    def afterFlowable(self, flowable) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self.end_page:
            return
        if isinstance(flowable, EndOfTable):
            self.end_page, self.end_y = self.page, self.frame._y
        elif isinstance(flowable, Table):  # a table split over pages arrives piece by piece
            self.pieces += 1
            self.last_rows = len(flowable._cellvalues)

    def short_tail(self, header_rows: int, tail_rows: int) -> bool:
        """True when the table went over a page and left fewer than tail_rows on the last."""
        return self.pieces > 1 and self.last_rows - header_rows < tail_rows


def _signatures(data: FundBookData, st: _Styles, width: float) -> Table:
    n = len(data.signers)
    date_row = [""] * (n - 1) + [_p(date_words(data.signed_on), st.date)]
    roles = [_p(s.role, st.sign_role) for s in data.signers]
    hints = [_p("(Ký, họ tên)", st.sign_hint) for _ in data.signers]
    names = [_p(s.name, st.sign_name) for s in data.signers]
    t = Table([date_row, roles, hints, [""] * n, names], colWidths=[width / n] * n,
              rowHeights=[None, None, None, 22 * mm, None])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


def numbered_canvas(fonts: FontSet):  # type: ignore[no-untyped-def]
    """A canvas that writes "Trang n/N" once it knows N (pages are held until save)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(fonts.regular, 11)
                self.drawCentredString(self._pagesize[0] / 2, 8 * mm,
                                       f"Trang {self._pageNumber}/{total}")
                super().showPage()
            super().save()

    return NumberedCanvas


# Rows carried to the signature's page when the signature would stand alone: the last entry,
# the totals and the closing balance, under their own header rows.
TAIL_ROWS = 3
SIGN_GAP = 6 * mm


def build(data: FundBookData) -> bytes:
    """The fund book's PDF bytes (same data, same bytes). The signatures never stand alone
    on the last page: if they would, the last rows of the table go with them."""
    pdf, doc, sig_height = _build(data, split=False)
    if doc.end_y - doc.bottomMargin < sig_height or doc.short_tail(1, TAIL_ROWS):
        pdf = _build(data, split=True)[0]
    return pdf


def _build(data: FundBookData, split: bool) -> tuple[bytes, TableEndTemplate, float]:
    fonts = document_fonts()
    st = _Styles(fonts)
    buf = io.BytesIO()
    title = f"Sổ quỹ tiền mặt - {text(data.fund_name)} - {data.period}"
    doc = TableEndTemplate(buf, pagesize=PAGE, leftMargin=MARGINS["left"],
                    rightMargin=MARGINS["right"], topMargin=MARGINS["top"],
                    bottomMargin=MARGINS["bottom"], title=title, subject=title,
                    author=text(data.club_name), creator=PRODUCER, producer=PRODUCER,
                    invariant=1, lang="vi")
    width = doc.width
    story: list = []
    for i, line in enumerate(data.unit_lines):
        story.append(_p(line, st.unit_bold if i == 0 else st.unit))
    story += [Spacer(1, 4 * mm), _p("SỔ QUỸ TIỀN MẶT", st.title), Spacer(1, 1.5 * mm),
              _p(data.fund_name, st.sub), Spacer(1, 1 * mm), _p(data.period, st.period),
              Spacer(1, 3 * mm),
              _p("Đơn vị tính: đồng", ParagraphStyle("unit_r", parent=st.period,
                                                        alignment=2, fontSize=11)),
              Spacer(1, 1.5 * mm)]
    signatures = _signatures(data, st, width)
    if split:
        story += [_table(data, fonts, st, width, slice(None, -TAIL_ROWS)), PageBreak(),
                  _table(data, fonts, st, width, slice(-TAIL_ROWS, None))]
    else:
        story.append(_table(data, fonts, st, width))
    sig_height = signatures.wrap(width, PAGE[1])[1] + SIGN_GAP
    story += [EndOfTable(), KeepTogether([Spacer(1, SIGN_GAP), signatures])]
    doc.build(story, canvasmaker=numbered_canvas(fonts))
    return buf.getvalue(), doc, sig_height
