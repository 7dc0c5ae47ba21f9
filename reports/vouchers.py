"""Phiếu thu / Phiếu chi in the layout treasurers know from forms 01-TT and 02-TT.

One voucher fills an A5 landscape page (210 x 148 mm). With `two_per_a4` the same voucher is
drawn twice on an A4 portrait page, "Liên 1" above and "Liên 2" below a dashed cut line: the
two halves of A4 are exactly A5 landscape, so the layout is the same in both modes. Drawn on the
canvas (not flowed) because every line of a form has its fixed place.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from models.text.vietnamese import amount_in_words, format_number
from reports.fonts import FontSet, document_fonts

PRODUCER = "ISHC Desk"
PAGE = landscape(A5)  # 595.3 x 419.5 pt
LEFT, RIGHT, TOP, BOTTOM = 14 * mm, 12 * mm, 9 * mm, 8 * mm
TITLES = {"receipt": "PHIẾU THU", "payment": "PHIẾU CHI"}
PERSON_LABELS = {"receipt": "Họ và tên người nộp tiền:", "payment": "Họ và tên người nhận tiền:"}
REASON_LABELS = {"receipt": "Lý do nộp:", "payment": "Lý do chi:"}
DOTS = "." * 400


def text(value: str | None) -> str:
    return unicodedata.normalize("NFC", value or "")


@dataclass(frozen=True)
class Signer:
    """One column of the signature row: the role as configured and the name when known."""

    role: str
    name: str = ""


@dataclass(frozen=True)
class VoucherData:
    """Everything one voucher prints. Amount in integer đồng."""

    kind: str  # receipt, payment
    unit_lines: tuple[str, ...]  # "Đơn vị: CLB …", "Địa chỉ: …"
    caption: str  # "Mẫu số: 01 - TT" (may be several lines, may be empty)
    book: str  # Quyển số: the book's number ("02/2026"), not the fund's name
    number: str  # PT-2026/015
    date: dt.date
    person: str
    address: str
    reason: str
    amount: int
    attachments: int
    signers: tuple[Signer, ...]
    note: str = ""  # a reversal, or a voucher that was reversed: said plainly under the title
    extra_lines: tuple[str, ...] = field(default_factory=tuple)

    @property
    def title(self) -> str:
        return TITLES[self.kind]

    @property
    def amount_words(self) -> str:
        return amount_in_words(self.amount)


def date_words(d: dt.date | None) -> str:
    """"Ngày 05 tháng 3 năm 2026" (Decree 30 padding), or blanks to fill by hand."""
    if d is None:
        return "Ngày ...... tháng ...... năm ......"
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"Ngày {d.day:02d} tháng {month} năm {d.year}"


class _Pen:
    """Writes lines downwards from a top y inside one A5 area of the page."""

    def __init__(self, canv: Canvas, fonts: FontSet, x0: float, y_top: float) -> None:
        self.c, self.f = canv, fonts
        self.left = x0 + LEFT
        self.right = x0 + PAGE[0] - RIGHT
        self.y = y_top - TOP

    @property
    def width(self) -> float:
        return self.right - self.left

    def font(self, size: float, bold: bool = False, italic: bool = False) -> str:
        name = self.f.pick(bold, italic)
        self.c.setFont(name, size)
        return name

    def centred(self, s: str, size: float, *, bold: bool = False, italic: bool = False,
                cx: float | None = None, leading: float | None = None) -> None:
        self.y -= leading or size * 1.25
        self.font(size, bold, italic)
        self.c.drawCentredString(cx if cx is not None else (self.left + self.right) / 2,
                                 self.y, text(s))

    def split(self, label: str, value: str, size: float = 12, *, bold_value: bool = False,
              italic_label: bool = False, max_lines: int = 3) -> list[str]:
        """The value's lines beside the label; past max_lines the text is cut with "…"."""
        lw = stringWidth(text(label) + " ", self.f.pick(False, italic_label), size)
        font = self.f.pick(bold_value, False)
        lines = simpleSplit(text(value), font, size, self.width - lw) if value else [""]
        if len(lines) > max_lines:
            lines = lines[:max_lines]
            last = lines[-1]
            while last and stringWidth(last + " …", font, size) > self.width - lw:
                last = last[:-1]
            lines[-1] = last.rstrip() + " …"
        return lines

    def field(self, label: str, lines: list[str], size: float = 12, *,
              bold_value: bool = False, italic_label: bool = False,
              leading: float = 19.5) -> None:
        """"Label: value", the value's lines under the label's end, dots to the line's end."""
        label = text(label)
        label_font = self.f.pick(False, italic_label)
        value_font = self.f.pick(bold_value, False)
        lw = stringWidth(label + " ", label_font, size)
        for i, line in enumerate(lines):
            self.y -= leading
            x = self.left
            if i == 0:
                self.c.setFont(label_font, size)
                # The space is drawn, not only left: a reader of the PDF sees two words.
                self.c.drawString(x, self.y, label + " " if label else "")
            x += lw
            self.c.setFont(value_font, size)
            self.c.drawString(x, self.y, line)
            if i == len(lines) - 1:
                self._dots(x + stringWidth(line, value_font, size) + 3, size)

    def _dots(self, x: float, size: float) -> None:
        room = self.right - x
        if room < 6:
            return
        font = self.f.regular
        dot = stringWidth(".", font, size - 2)
        self.c.setFont(font, size - 2)
        x -= stringWidth(" ", font, size - 2)
        self.c.drawString(x, self.y, " " + "." * int(room / dot))


def _header(pen: _Pen, data: VoucherData) -> None:
    c, f = pen.c, pen.f
    top = pen.y
    # Right: the form caption, first line bold, the rest (the circular) italic and smaller.
    caption = [ln for ln in text(data.caption).split("\n") if ln.strip()]
    cap_w = 66 * mm
    cx = pen.right - cap_w / 2
    y = top
    for i, line in enumerate(caption):
        size = 10.5 if i == 0 else 8.5
        name = f.pick(i == 0, i > 0)
        for part in simpleSplit(line, name, size, cap_w):
            y -= size * 1.2
            c.setFont(name, size)
            c.drawCentredString(cx, y, part)
    # Left: the unit lines, wrapped beside the caption.
    room = pen.width - (cap_w + 4 * mm if caption else 0)
    y_left = top
    for i, line in enumerate(data.unit_lines):
        size = 10.5
        name = f.pick(i == 0, False)
        for part in simpleSplit(text(line), name, size, room):
            y_left -= size * 1.25
            c.setFont(name, size)
            c.drawString(pen.left, y_left, part)
    pen.y = min(y, y_left)


def _title_block(pen: _Pen, data: VoucherData) -> None:
    c, f = pen.c, pen.f
    pen.y -= 4
    title_y = pen.y - 20
    pen.centred(data.title, 17, bold=True, leading=20)
    pen.centred(date_words(data.date), 11.5, italic=True, leading=15)
    # Book and number at the right, level with the title (as on 01-TT / 02-TT), clear of
    # the centred title and date; a long fund name ("Quỹ quay vòng tạo thu nhập") moves the
    # block left as far as that, then wraps.
    size = 11
    centre = (pen.left + pen.right) / 2
    clear = centre + max(stringWidth(data.title, f.bold, 17),
                         stringWidth(date_words(data.date), f.italic, 11.5)) / 2 + 8
    book = simpleSplit(text(f"Quyển số: {data.book}"), f.regular, size, pen.right - clear)
    number_w = stringWidth("Số: ", f.regular, size) + stringWidth(text(data.number), f.bold,
                                                                   size)
    widest = max([stringWidth(b, f.regular, size) for b in book] + [number_w])
    x = max(clear, min(pen.right - 46 * mm, pen.right - widest))
    y = title_y + 2
    c.setFont(f.regular, size)
    for line in book[:2]:
        c.drawString(x, y, line)
        y -= size * 1.2 if len(book) > 1 else 15
    if len(book) > 1:
        y -= 3
    c.drawString(x, y, "Số: ")
    c.setFont(f.bold, size)
    c.drawString(x + stringWidth("Số: ", f.regular, size), y, text(data.number))
    pen.y = min(pen.y, y - 4)
    if data.note:
        for part in simpleSplit(text(data.note), f.bold_italic, 10.5, pen.width - 20 * mm):
            pen.centred(part, 10.5, bold=True, italic=True, leading=13)


# Room the signature row needs under the body: date line, roles, "(Ký, họ tên)", the space
# to sign, the names and the "Đã nhận đủ" line.
SIGNATURE_ROOM = 125.0


def _body(pen: _Pen, data: VoucherData, bottom: float) -> None:
    count = f"{data.attachments:02d}" if data.attachments else "......"
    fields = [
        (PERSON_LABELS[data.kind], data.person, {"bold_value": True}, 2),
        ("Địa chỉ:", data.address, {}, 2),
        (REASON_LABELS[data.kind], data.reason, {}, 3),
        ("Số tiền:", f"{format_number(data.amount)} đồng", {"bold_value": True}, 1),
        ("(Viết bằng chữ):", data.amount_words, {"italic_label": True}, 2),
        ("Kèm theo:", f"{count} chứng từ gốc.", {}, 1),
        *[("", line, {}, 1) for line in data.extra_lines],
    ]
    split = [(label, pen.split(label, value, max_lines=n, **kw), kw)
             for label, value, kw, n in fields]
    pen.y -= 3
    # Long texts (a long reason, a wrapped name) close the lines up rather than run into
    # the signatures; the usual voucher keeps the roomy 19.5 pt of the paper form.
    room = pen.y - (bottom + SIGNATURE_ROOM)
    count_lines = sum(len(lines) for _, lines, _ in split)
    leading = max(14.0, min(19.5, room / count_lines))
    for label, lines, kw in split:
        pen.field(label, lines, leading=leading, **kw)


def _signatures(pen: _Pen, data: VoucherData, bottom: float) -> None:
    c, f = pen.c, pen.f
    pen.y -= 15
    c.setFont(f.italic, 11)
    date_text = date_words(data.date)
    right_cx = pen.right - pen.width / len(data.signers) / 2
    # The date sits above the last column(s), right-aligned to the text edge when it is wider.
    half = stringWidth(date_text, f.italic, 11) / 2
    c.drawCentredString(min(right_cx, pen.right - half), pen.y, date_text)
    n = len(data.signers)
    col = pen.width / n
    size = 10.5 if n <= 5 else 9.5
    y_role = pen.y - 15
    for i, s in enumerate(data.signers):
        cx = pen.left + col * (i + 0.5)
        role_lines = simpleSplit(text(s.role), f.bold, size, col - 4)
        y = y_role
        for part in role_lines:
            c.setFont(f.bold, size)
            c.drawCentredString(cx, y, part)
            y -= size * 1.2
        c.setFont(f.italic, size - 1)
        c.drawCentredString(cx, y, "(Ký, họ tên)")
        if s.name:
            name_lines = simpleSplit(text(s.name), f.bold, size, col - 4)
            yn = bottom + 20 + (len(name_lines) - 1) * size * 1.2
            for part in name_lines:
                c.setFont(f.bold, size)
                c.drawCentredString(cx, yn, part)
                yn -= size * 1.2
    c.setFont(f.regular, 11)
    label = "Đã nhận đủ số tiền (viết bằng chữ): "
    c.drawString(pen.left, bottom + 2, label)
    pen.y = bottom + 2
    pen._dots(pen.left + stringWidth(label, f.regular, 11), 11)


def draw_voucher(canv: Canvas, data: VoucherData, x0: float, y0: float,
                 copy_label: str = "") -> None:
    """Draw one voucher in the A5 landscape area whose lower-left corner is (x0, y0)."""
    fonts = document_fonts()
    pen = _Pen(canv, fonts, x0, y0 + PAGE[1])
    if copy_label:
        canv.setFont(fonts.italic, 9)
        canv.drawCentredString(x0 + PAGE[0] / 2, y0 + PAGE[1] - TOP + 1, text(copy_label))
    _header(pen, data)
    _title_block(pen, data)
    _body(pen, data, y0 + BOTTOM)
    _signatures(pen, data, y0 + BOTTOM)


def _canvas(buf: io.BytesIO, size: tuple[float, float], data: VoucherData) -> Canvas:
    canv = Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    title = f"{data.title} {data.number}"
    canv.setTitle(title)
    canv.setSubject(title)
    canv.setCreator(PRODUCER)
    canv.setProducer(PRODUCER)
    canv.setAuthor(text(data.unit_lines[0]) if data.unit_lines else "")
    return canv


def build(data: VoucherData, *, two_per_a4: bool = False) -> bytes:
    """The voucher's PDF: one A5 landscape page, or one A4 page holding Liên 1 and Liên 2."""
    buf = io.BytesIO()
    if not two_per_a4:
        canv = _canvas(buf, PAGE, data)
        draw_voucher(canv, data, 0, 0)
    else:
        canv = _canvas(buf, A4, data)
        half = A4[1] / 2
        other = "người nộp tiền" if data.kind == "receipt" else "người nhận tiền"
        draw_voucher(canv, data, 0, half, "Liên 1: Lưu tại CLB")
        draw_voucher(canv, data, 0, A4[1] - half - PAGE[1], f"Liên 2: Giao {other}")
        canv.saveState()
        canv.setDash(4, 3)
        canv.setLineWidth(0.5)
        canv.line(6 * mm, half, A4[0] - 6 * mm, half)
        canv.restoreState()
    canv.showPage()
    canv.save()
    return buf.getvalue()
