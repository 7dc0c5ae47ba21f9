"""Decree 30/2020/NĐ-CP document engine: a document described as data in, PDF bytes out.

A paper module fills a `Document` (page setup, header, title, body blocks, signature, recipients,
annex) and calls `render()`; see reports/README.md. Layout numbers come from the decree
(Decree 30/2020/NĐ-CP, Appendix I). Builds use reportlab's invariant mode and fixed metadata, so the same
data gives the same bytes: a stored copy of an issued document can be checked by its hash.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models.text.vietnamese import decree_date
from reports.decree30_layout import (
    SignatureColumn,
    draw_draft_mark,
    header_flowable,
    signature_flowable,
    title_flowable,
)
from reports.decree30_numbers import AUTHORITY_PREFIXES, MARGIN_RANGES_MM  # noqa: F401
from reports.fonts import FontSet, document_fonts

END_MARK = "./."
PRODUCER = "ISHC Desk"



def text(value: str | None) -> str:
    """NFC (NFD input prints as broken marks in reportlab); line breaks are kept."""
    return unicodedata.normalize("NFC", value or "")


@dataclass(frozen=True)
class PageSetup:
    """Paper, margins and type sizes. Defaults are the decree's usual values."""

    landscape: bool = False
    top_mm: float = 20
    bottom_mm: float = 20
    left_mm: float = 30
    right_mm: float = 15
    body_size: float = 14
    indent_cm: float = 1.27
    space_after_pt: float = 6
    line_spacing: float = 1.2
    header_size: float = 13  # parent and issuing body, Quốc hiệu, "Số:"
    motto_size: float = 14  # Tiêu ngữ
    date_size: float = 14  # place and date line (italic)
    page_number_size: float = 13
    right_column_mm: float = 100  # the Quốc hiệu in bold is 95.7 mm at 13 pt
    signature_space_mm: float = 25  # room for the signature and the seal
    draft_mark: str = ""  # "DỰ THẢO" across every page of an unissued paper

    @property
    def page_size(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    @property
    def text_width(self) -> float:
        return self.page_size[0] - (self.left_mm + self.right_mm) * mm

    @property
    def right_column(self) -> float:
        """Width of the right header/signature column (half the text width in landscape)."""
        return max(self.right_column_mm * mm, self.text_width / 2)


@dataclass(frozen=True)
class Header:
    """Top of the page. place=None leaves out the place-and-date line (minutes);
    date=None with a place prints a blank date for a draft."""

    parent_body: str = ""
    issuing_body: str = ""
    number_line: str | None = None  # "Số: 05/QĐ-UBND"
    place: str | None = None  # "Phường Đức Xuân"
    date: dt.date | None = None

    @property
    def date_line(self) -> str | None:
        if self.place is None:
            return None
        when = decree_date(self.date) if self.date else "ngày ...... tháng ...... năm ......"
        return f"{text(self.place)}, {when}"


@dataclass(frozen=True)
class Title:
    """Type name ("QUYẾT ĐỊNH"), summary (trích yếu), optional italic note, and for a decision
    the deciding body on its own line. Also usable as a body block (an annex's title)."""

    kind: str
    summary: str = ""
    decider: str = ""
    note: str = ""


# --- Body blocks ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Para:
    """A paragraph: justified with a first-line indent unless told otherwise."""

    text: str
    align: str = "justify"  # justify, left, centre, right
    bold: bool = False
    italic: bool = False
    indent: bool = True


@dataclass(frozen=True)
class Basis:
    """A "Căn cứ …;" or "Theo đề nghị của …" line, italic (see basis_lines for punctuation)."""

    text: str


@dataclass(frozen=True)
class Heading:
    """A centred bold line: "QUYẾT ĐỊNH:", an annex title…"""

    text: str
    size: float | None = None


@dataclass(frozen=True)
class Chapter:
    """"Chương I" then its title upper case on the next line, both bold and centred."""

    number: str
    title: str


@dataclass(frozen=True)
class Article:
    """"Điều 1." in bold, then the heading (bold for regulations), then the paragraphs.
    Paragraphs starting with "- " or "+ " are list lines."""

    number: int
    heading: str = ""
    paragraphs: tuple[str, ...] = ()
    bold_heading: bool = False


@dataclass(frozen=True)
class Col:
    """A table column: title, relative width, alignment of its cells."""

    title: str
    width: float = 1.0
    align: str = "left"  # left, centre, right


@dataclass(frozen=True)
class DataTable:
    """A ruled table whose header rows repeat on every page; footer rows print bold."""

    columns: tuple[Col, ...]
    rows: tuple[tuple[str, ...], ...]
    size: float = 13
    footer_rows: int = 0


Block = Para | Basis | Heading | Chapter | Article | DataTable | Title | Flowable


@dataclass(frozen=True)
class Signature:
    """Authority ("TM. ỦY BAN NHÂN DÂN", may be empty), title (lines split by "\\n":
    "KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH") and the signer's name."""

    authority: str = ""
    title: str = ""
    name: str = ""


@dataclass(frozen=True)
class Recipients:
    """The "Nơi nhận:" list; lines are given bare, punctuation is added ("- …;", last ".")."""

    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """Everything one paper needs. signature: one at the right, or (left, right) for minutes
    (Thư ký, Chủ tọa). annex: blocks printed on a new page after the signature."""

    header: Header
    title: Title
    body: tuple[Block, ...]
    signature: Signature | tuple[Signature, Signature] | None = None
    recipients: Recipients | None = None
    annex: tuple[Block, ...] = ()
    setup: PageSetup = field(default_factory=PageSetup)
    end_mark: bool = True
    pdf_title: str = ""  # document properties; defaults to kind + summary


# --- Punctuation helpers --------------------------------------------------------------------


def _strip_end(s: str) -> str:
    return text(s).strip().rstrip(";.,: ").rstrip()


def basis_lines(lines: Sequence[str]) -> tuple[Basis, ...]:
    """Căn cứ and "Theo đề nghị" lines: each ends with ";", the last with "."."""
    clean = [_strip_end(s) for s in lines if _strip_end(s)]
    return tuple(Basis(s + ("." if i == len(clean) - 1 else ";")) for i, s in enumerate(clean))


def recipient_lines(lines: Sequence[str]) -> tuple[str, ...]:
    """"- …;" lines, the last ending "." ("- Lưu: VT, HNCT.")."""
    clean = [_strip_end(s).removeprefix("-").strip() for s in lines]
    clean = [s for s in clean if s]
    return tuple(f"- {s}" + ("." if i == len(clean) - 1 else ";") for i, s in enumerate(clean))


def with_end_mark(s: str) -> str:
    """"… kể từ ngày ký." -> "… kể từ ngày ký./."."""
    s = text(s).rstrip()
    if s.endswith(END_MARK):
        return s
    return s.rstrip(".;, ") + END_MARK


def _mark_last(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    for i in range(len(blocks) - 1, -1, -1):
        b = blocks[i]
        if isinstance(b, (Para, Basis)):
            new: Block = replace(b, text=with_end_mark(b.text))
        elif isinstance(b, Article):
            if b.paragraphs:
                new = replace(b, paragraphs=(*b.paragraphs[:-1], with_end_mark(b.paragraphs[-1])))
            else:
                new = replace(b, heading=with_end_mark(b.heading))
        elif isinstance(b, (DataTable, Flowable)):
            continue
        else:
            return blocks
        return (*blocks[:i], new, *blocks[i + 1:])
    return blocks


# --- Rendering ------------------------------------------------------------------------------

_ALIGN = {"justify": TA_JUSTIFY, "left": TA_LEFT, "centre": TA_CENTER, "center": TA_CENTER,
          "right": TA_RIGHT}


class _Styles:
    def __init__(self, setup: PageSetup, fonts: FontSet) -> None:
        size = setup.body_size
        self.setup, self.fonts = setup, fonts
        self.base = ParagraphStyle(
            "body", fontName=fonts.regular, fontSize=size, leading=size * setup.line_spacing,
            alignment=TA_JUSTIFY, firstLineIndent=setup.indent_cm * cm,
            spaceAfter=setup.space_after_pt)
        self._cache: dict[tuple, ParagraphStyle] = {}

    def get(self, align: str = "justify", indent: bool = True, size: float | None = None,
            bold: bool = False, italic: bool = False, space_after: float | None = None
            ) -> ParagraphStyle:
        key = (align, indent, size, bold, italic, space_after)
        if key not in self._cache:
            size = size or self.base.fontSize
            self._cache[key] = ParagraphStyle(
                f"s{len(self._cache)}", parent=self.base, alignment=_ALIGN[align],
                firstLineIndent=self.base.firstLineIndent if indent else 0,
                fontName=self.fonts.pick(bold, italic), fontSize=size,
                leading=size * self.setup.line_spacing,
                spaceAfter=self.base.spaceAfter if space_after is None else space_after)
        return self._cache[key]


def _para(s: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text(s)).replace("\n", "<br/>"), style)


def _table(t: DataTable, styles: _Styles) -> Table:
    fonts, width = styles.fonts, styles.setup.text_width
    total = sum(c.width for c in t.columns) or 1.0
    widths = [width * c.width / total for c in t.columns]
    pad = 4.0
    header = styles.get("centre", False, t.size, bold=True, space_after=0)
    cell_styles = [styles.get(c.align, False, t.size, space_after=0) for c in t.columns]
    foot_styles = [styles.get(c.align, False, t.size, bold=True, space_after=0)
                   for c in t.columns]
    data: list[list] = [[_para(c.title, header) for c in t.columns]]
    first_footer = len(t.rows) - t.footer_rows
    for r, row in enumerate(t.rows):
        footer = r >= first_footer
        font = fonts.bold if footer else fonts.regular
        cells: list = []
        for i, value in enumerate(row):
            value = text(str(value))
            # Plain strings draw far faster than paragraphs; wrap only what does not fit.
            if "\n" in value or stringWidth(value, font, t.size) > widths[i] - 2 * pad:
                cells.append(_para(value, (foot_styles if footer else cell_styles)[i]))
            else:
                cells.append(value)
        data.append(cells)
    style = [
        ("FONT", (0, 1), (-1, -1), fonts.regular, t.size, t.size * 1.2),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if t.footer_rows:
        style.append(("FONT", (0, -t.footer_rows), (-1, -1), fonts.bold, t.size, t.size * 1.2))
    for i, c in enumerate(t.columns):
        style.append(("ALIGN", (i, 1), (i, -1), {"centre": "CENTER", "center": "CENTER",
                                                 "right": "RIGHT"}.get(c.align, "LEFT")))
    table = Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style))
    table.spaceAfter = styles.setup.space_after_pt * 2
    return table


def _flowables(blocks: tuple[Block, ...], styles: _Styles) -> list[Flowable]:
    setup, fonts = styles.setup, styles.fonts
    out: list[Flowable] = []
    body = styles.get()
    for b in blocks:
        if isinstance(b, Para):
            out.append(_para(b.text, styles.get(b.align, b.indent, bold=b.bold,
                                                italic=b.italic)))
        elif isinstance(b, Basis):
            out.append(_para(b.text, styles.get(italic=True)))
        elif isinstance(b, Heading):
            out.append(Spacer(1, setup.space_after_pt))
            out.append(_para(b.text, styles.get("centre", False, b.size, bold=True)))
        elif isinstance(b, Chapter):
            # A chapter or article title never ends a page alone.
            out.append(Spacer(1, setup.space_after_pt))
            out.append(_para(f"Chương {text(b.number)}",
                             styles.get("centre", False, bold=True, space_after=0)))
            out.append(_para(text(b.title).upper(), styles.get("centre", False, bold=True)))
            for f in out[-3:]:
                f.keepWithNext = True
        elif isinstance(b, Article):
            head = f"<b>Điều {b.number}.</b>"
            if b.heading:
                words = escape(text(b.heading))
                head += f" <b>{words}</b>" if b.bold_heading else f" {words}"
            out.append(Paragraph(head, body))
            out[-1].keepWithNext = b.bold_heading and bool(b.paragraphs)
            for p in b.paragraphs:
                out.append(_para(p, body))
        elif isinstance(b, DataTable):
            out.append(_table(b, styles))
        elif isinstance(b, Title):
            out.append(title_flowable(
                fonts=fonts, text_width=setup.text_width, size=setup.body_size,
                kind=text(b.kind).upper(), summary=text(b.summary), note=text(b.note),
                decider=text(b.decider).upper(), space_before=0,
                space_after=setup.body_size))
        elif isinstance(b, Flowable):
            out.append(b)
        else:
            raise TypeError(f"not a document block: {b!r}")
    return out


def _page_number(setup: PageSetup, fonts: FontSet):
    def draw(canv, doc) -> None:  # type: ignore[no-untyped-def]
        draw_draft_mark(canv, setup.page_size, fonts.bold, setup.draft_mark)
        # Page 1 carries none; from page 2 the number sits centred in the top margin.
        width, height = setup.page_size
        size = setup.page_number_size
        x = setup.left_mm * mm + setup.text_width / 2
        y = height - setup.top_mm * mm / 2 - size * 0.35
        canv.saveState()
        canv.setFont(fonts.regular, size)
        canv.drawCentredString(x, y, str(canv.getPageNumber()))
        canv.restoreState()
    return draw


def _story(doc: Document, fonts: FontSet) -> list[Flowable]:
    setup = doc.setup
    styles = _Styles(setup, fonts)
    h = doc.header
    story: list[Flowable] = [header_flowable(
        fonts=fonts, text_width=setup.text_width, right_width=setup.right_column,
        size=setup.header_size, motto_size=setup.motto_size, date_size=setup.date_size,
        parent=text(h.parent_body).upper(), issuing=text(h.issuing_body).upper(),
        number_line=text(h.number_line) if h.number_line else None,
        date_line=text(h.date_line) if h.date_line else None)]
    t = doc.title
    story.append(title_flowable(
        fonts=fonts, text_width=setup.text_width, size=setup.body_size,
        kind=text(t.kind).upper(), summary=text(t.summary), note=text(t.note),
        decider=text(t.decider).upper(), space_before=2 * setup.body_size,
        space_after=setup.body_size))
    body = _mark_last(doc.body) if doc.end_mark else doc.body
    flow = _flowables(body, styles)
    sig = _signature(doc, fonts)
    if sig is not None:
        # The signature never stands alone on a page: it takes the last paragraph along. A
        # table is not taken along whole (a long one would leave the first page empty); it
        # splits across pages as usual and the signature follows its last rows.
        tail = flow[-1:] if flow and not isinstance(flow[-1], Table) else []
        story += flow[:len(flow) - len(tail)] + [KeepTogether([*tail, sig])]
    else:
        story += flow
    if doc.annex:
        story.append(PageBreak())
        story += _flowables(doc.annex, styles)
    return story


def _signature(doc: Document, fonts: FontSet) -> Flowable | None:
    setup = doc.setup
    if doc.signature is None and doc.recipients is None:
        return None

    def col(s: Signature | None) -> SignatureColumn | None:
        return None if s is None else SignatureColumn(text(s.authority), text(s.title),
                                                      text(s.name))

    left = right = None
    if isinstance(doc.signature, tuple):
        left, right = (col(s) for s in doc.signature)
    else:
        right = col(doc.signature)
    lines = recipient_lines(doc.recipients.lines) if doc.recipients else ()
    return signature_flowable(
        fonts=fonts, text_width=setup.text_width, right_width=setup.right_column,
        size=setup.body_size, space=setup.signature_space_mm * mm, right=right, left=left,
        recipients=[text(s) for s in lines], space_before=2 * setup.space_after_pt)


def render(doc: Document) -> bytes:
    """Lay the document out and return the PDF bytes (same data, same bytes)."""
    fonts = document_fonts()
    setup = doc.setup
    width, height = setup.page_size
    buf = io.BytesIO()
    pdf_title = doc.pdf_title or " ".join(
        s for s in (text(doc.title.kind).upper(), text(doc.title.summary)) if s)
    template = BaseDocTemplate(
        buf, pagesize=setup.page_size, leftMargin=setup.left_mm * mm,
        rightMargin=setup.right_mm * mm, topMargin=setup.top_mm * mm,
        bottomMargin=setup.bottom_mm * mm, title=pdf_title,
        author=text(doc.header.issuing_body), subject=pdf_title, creator=PRODUCER,
        producer=PRODUCER, invariant=1, lang="vi")
    # No frame padding: the text must start exactly at the left margin.
    frame = Frame(setup.left_mm * mm, setup.bottom_mm * mm, setup.text_width,
                  height - (setup.top_mm + setup.bottom_mm) * mm, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    numbers = _page_number(setup, fonts)
    template.addPageTemplates([
        PageTemplate("first", frames=[frame], autoNextPageTemplate="later", onPage=lambda c, d:
                     draw_draft_mark(c, setup.page_size, fonts.bold, setup.draft_mark)),
        PageTemplate("later", frames=[frame], onPage=numbers),
    ])
    template.build(_story(doc, fonts))
    return buf.getvalue()


def build_document(setup: PageSetup, header: Header, title: Title, body: Sequence[Block],
                   signature: Signature | tuple[Signature, Signature] | None = None,
                   recipients: Recipients | Sequence[str] | None = None,
                   annex: Sequence[Block] = ()) -> bytes:
    """Shortcut for render(Document(...)); recipients may be given as plain lines."""
    if recipients is not None and not isinstance(recipients, Recipients):
        recipients = Recipients(tuple(recipients))
    return render(Document(header=header, title=title, body=tuple(body), signature=signature,
                           recipients=recipients, annex=tuple(annex), setup=setup))
