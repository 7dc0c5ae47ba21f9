"""Giấy chứng nhận thành lập CLB: the framed certificate a club hangs on its wall.

A4 landscape, a double frame drawn with lines (no images), the national header centred at the
top, the issuing body, a large title, the club, its villages, commune/ward and province, the
decision it rests on, the date line and the signature block. Data in (CertificateData below,
filled by models.papers.papers_extra.certificate_data), PDF bytes out; built with `invariant` so
the same data gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from models.text.vietnamese import decree_date, decree_date_line
from reports.decree30_layout import draw_draft_mark
from reports.fonts import FontSet, document_fonts
from reports.papers.common import DRAFT_BLANK

PAGE = landscape(A4)
FRAME_RED = Color(0.55, 0.08, 0.08)  # the dark red of Vietnamese certificates
OUTER = 9 * mm  # outer frame line from the paper edge
INNER = 13 * mm  # inner frame line
TEXT_MARGIN = 24 * mm  # text keeps clear of the frame
SIGN_SPACE = 24 * mm  # room for the signature and seal

# The office may change these words (document register template "certificate"); the type code
# is the office's choice too, since Decree 30 has none for a certificate.
DEFAULTS: dict[str, str] = {
    "type_code": "GCN",
    "title": "GIẤY CHỨNG NHẬN",
    "subtitle": "Thành lập Câu lạc bộ Liên thế hệ tự giúp nhau",
    "place_label": "Địa bàn hoạt động",
    "summary": "Chứng nhận thành lập {club_name}",
}


@dataclass(frozen=True)
class CertificateData:
    """Everything printed on a club's founding certificate."""

    parent_name: str  # "" or the parent body, upper case
    body_name: str  # ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN
    body_code: str  # UBND
    club_name: str
    villages: str
    ward: str  # phường Đức Xuân
    province: str  # tỉnh Thái Nguyên
    decision_number: str  # 05/QĐ-UBND, "" when not known
    decision_date: dt.date | None
    decision_body: str  # Ủy ban nhân dân phường Đức Xuân
    place: str  # Phường Đức Xuân
    date: dt.date
    authority: str  # TM. ỦY BAN NHÂN DÂN
    signer_title: str  # CHỦ TỊCH (may be two lines)
    signer_name: str
    type_code: str  # GCN
    number: str = ""  # "03/GCN-UBND" once issued

    @property
    def symbol(self) -> str:
        return f"{self.type_code}-{self.body_code}"

    @property
    def decision_line(self) -> str:
        """"Được thành lập theo Quyết định số 05/QĐ-UBND ngày 05 tháng 3 năm 2024 của …"."""
        nbsp = "\u00a0"  # keeps the number and the date on one line when the text wraps
        number = self.decision_number or nbsp * 12
        when = decree_date(self.decision_date) if self.decision_date else "ngày" + nbsp * 16
        return (f"Được thành lập theo Quyết định số{nbsp}{number} {when.replace(' ', nbsp)} "
                f"của {self.decision_body}")

    def with_number(self, number: str) -> CertificateData:
        return replace(self, number=number)


def nfc(text: str) -> str:
    # Not models.text.vietnamese.nfc: that one collapses the no-break spaces which keep a date on
    # one line and leave room for a hand-written number.
    return unicodedata.normalize("NFC", text)


def _greedy(words: list[str], font: str, size: float, width: float) -> list[str]:
    lines, current = [], ""
    for word in words:
        trial = f"{current} {word}" if current else word
        if current and stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Centred text in as few lines as fit, with their lengths evened out (no lone word on
    the last line)."""
    words = [w for w in nfc(text).split(" ") if w]  # no-break spaces hold words together
    lines = _greedy(words, font, size, width)
    if len(lines) < 2:
        return lines
    low, high = max(stringWidth(w, font, size) for w in words), width
    for _ in range(20):
        mid = (low + high) / 2
        if len(_greedy(words, font, size, mid)) <= len(lines):
            high = mid
        else:
            low = mid
    return _greedy(words, font, size, high)


def _fit(text: str, font: str, size: float, width: float, floor: float) -> float:
    """The largest size up to `size` at which text fits on one line (not below floor)."""
    while size > floor and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def draw_frame(c: Canvas) -> None:
    """Double frame: a thick outer line, a thin inner one, and corner squares joining them."""
    w, h = PAGE
    c.setStrokeColor(FRAME_RED)
    c.setLineWidth(3)
    c.rect(OUTER, OUTER, w - 2 * OUTER, h - 2 * OUTER)
    c.setLineWidth(0.8)
    c.rect(INNER, INNER, w - 2 * INNER, h - 2 * INNER)
    c.setLineWidth(0.6)
    gap = INNER - OUTER
    inset = INNER + 2.5 * mm
    c.rect(inset, inset, w - 2 * inset, h - 2 * inset)
    for x, y in ((OUTER, OUTER), (w - INNER, OUTER), (OUTER, h - INNER), (w - INNER, h - INNER)):
        c.setLineWidth(1.2)
        c.rect(x + gap * 0.2, y + gap * 0.2, gap * 0.6, gap * 0.6)
        c.line(x, y, x + gap, y + gap)
        c.line(x, y + gap, x + gap, y)
    c.setStrokeColor(black)


@dataclass(frozen=True)
class _Line:
    text: str
    font: str
    size: float
    gap: float = 0.3  # space after, in em
    colour: Color = black
    rule: float = 0.0  # share of the text width; drawn as a separate ornament line


def _draw_lines(c: Canvas, lines: list[_Line], top: float) -> float:
    """Centred lines from `top` downwards; returns the y under the last one."""
    y, centre = top, PAGE[0] / 2
    for ln in lines:
        y -= ln.size
        c.setFillColor(ln.colour)
        c.setFont(ln.font, ln.size)
        c.drawCentredString(centre, y, ln.text)
        c.setFillColor(black)
        if ln.rule:
            length = stringWidth(ln.text, ln.font, ln.size) * ln.rule
            drop = 0.3 * ln.size if ln.rule >= 1 else 0.75 * ln.size
            c.setLineWidth(0.6)
            c.line(centre - length / 2, y - drop, centre + length / 2, y - drop)
        y -= ln.gap * ln.size
    return y


def _height(lines: list[_Line]) -> float:
    return sum(ln.size * (1 + ln.gap) for ln in lines)


def _signature_lines(fonts: FontSet, data: CertificateData, width: float) -> list[_Line]:
    date_line = decree_date_line(data.place, data.date)
    out = [_Line(date_line, fonts.italic, _fit(date_line, fonts.italic, 14, width, 12), 0.45)]
    for text in (data.authority, *data.signer_title.splitlines()):
        if text:
            out.append(_Line(nfc(text).upper(), fonts.bold, 14, 0.25))
    return out


def summary(data: CertificateData, texts: Mapping[str, object] | None = None) -> str:
    """The register entry (trích yếu) of a certificate."""
    wording = {**DEFAULTS, **(texts or {})}
    return str(wording["summary"]).replace("{club_name}", data.club_name)


def build(data: CertificateData, texts: Mapping[str, object] | None = None, *,
          draft_mark: str = "") -> bytes:
    """The certificate as PDF bytes; `data.number` is printed after "Số:", and a draft
    (no number yet) gets blank room before "/GCN-UBND" for a hand-written number and
    `draft_mark` ("DỰ THẢO") across the page."""
    wording = {k: str(v) for k, v in {**DEFAULTS, **(texts or {})}.items()}
    fonts = document_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=PAGE, invariant=1, pageCompression=1)
    c.setTitle(nfc(f"{wording['title'].capitalize()} — {data.club_name}"))
    c.setAuthor(nfc(data.body_name))
    c.setSubject(nfc(summary(data, texts)))
    c.setCreator("ISHC Desk")
    draw_frame(c)
    draw_draft_mark(c, PAGE, fonts.bold, draft_mark)
    width, height = PAGE
    text_width = width - 2 * TEXT_MARGIN

    header = [_Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fonts.bold, 13, 0.3),
              _Line("Độc lập - Tự do - Hạnh phúc", fonts.bold, 14, 0.3, rule=1.0)]
    header_bottom = _draw_lines(c, header, height - TEXT_MARGIN + 3 * mm)

    body = []
    if data.parent_name:
        body.append(_Line(nfc(data.parent_name).upper(), fonts.regular, 13, 0.2))
    name = nfc(data.body_name).upper()
    body.append(_Line(name, fonts.bold, _fit(name, fonts.bold, 14, text_width, 11), 1.1))
    title = nfc(wording["title"]).upper()
    body.append(_Line(title, fonts.bold, _fit(title, fonts.bold, 44, text_width, 24), 0.3,
                      FRAME_RED))
    body.append(_Line(nfc(wording["subtitle"]), fonts.bold, 17, 1.2, rule=0.3))
    club = nfc(data.club_name).upper()
    size = _fit(club, fonts.bold, 25, text_width, 18)
    club_lines = _lines(club, fonts.bold, size, text_width)
    for i, line in enumerate(club_lines):
        last = i == len(club_lines) - 1
        body.append(_Line(line, fonts.bold, size, 0.9 if last else 0.25, FRAME_RED))
    place = ", ".join(x for x in (data.villages, data.ward, data.province) if x)
    for line in _lines(f"{wording['place_label']}: {place}", fonts.regular, 15, text_width):
        body.append(_Line(line, fonts.regular, 15, 0.35))
    for line in _lines(data.decision_line + ".", fonts.italic, 15, text_width - 20 * mm):
        body.append(_Line(line, fonts.italic, 15, 0.35))

    # The signature block sits on the bottom of the frame; the body is centred between it
    # and the national header.
    sign_centre = width - TEXT_MARGIN - 62 * mm
    sign = _signature_lines(fonts, data, 125 * mm)
    name_baseline = TEXT_MARGIN + 2 * mm
    sign_top = name_baseline + 14 + SIGN_SPACE + _height(sign)
    room = header_bottom - sign_top
    _draw_lines(c, body, header_bottom - max(0.0, (room - _height(body)) * 0.45))

    y = sign_top
    for ln in sign:
        y -= ln.size
        c.setFont(ln.font, ln.size)
        c.drawCentredString(sign_centre, y, ln.text)
        y -= ln.gap * ln.size
    if data.signer_name:
        c.setFont(fonts.bold, 14)
        c.drawCentredString(sign_centre, name_baseline, nfc(data.signer_name))

    number = data.number or f"{DRAFT_BLANK}/{data.symbol}"
    c.setFont(fonts.regular, 14)
    c.drawString(TEXT_MARGIN + 8 * mm, sign_top - 14, nfc(f"Số: {number}"))
    c.showPage()
    c.save()
    return buf.getvalue()
