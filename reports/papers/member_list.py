"""Danh sách thành viên CLB: the member register as a printed table.

A4 landscape through the Decree 30 engine (header, title, page numbers from page 2). The table
has two header rows ("Năm sinh" over "Nam" | "Nữ", as Vietnamese lists write birth years) that
repeat on every page, then a totals row; under it the composition line, then the signatures:
the certifying People's Committee at the left, the club chair at the right.

Speed: a club prints 50-70 rows, a ward-wide register thousands. Cells that fit their column
are drawn as plain strings and only long ones become paragraphs, and every row height is
computed here, so reportlab does not measure the whole remaining table at each page break.
"""

from __future__ import annotations

from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from models.papers_extra import MemberListData
from reports.decree30 import Document, Header, PageSetup, Title, render, text
from reports.fonts import FontSet, document_fonts

# Column titles and relative widths. Birth years sit under one "Năm sinh" heading.
COLUMNS = (  # widths in millimetres of a 252 mm line; scaled to the real text width
    ("STT", 11, "CENTER"),
    ("Họ và tên", 50, "LEFT"),
    ("Nam", 15, "CENTER"),
    ("Nữ", 15, "CENTER"),
    ("Dân tộc", 21, "CENTER"),
    ("Thôn/tổ", 25, "LEFT"),
    ("Hoàn cảnh hộ", 39, "LEFT"),
    ("Vai trò", 30, "LEFT"),
    ("Ghi chú", 46, "LEFT"),
)
TABLE_SIZE = 12.0
PAD = 4.0
TOP_PAD, BOTTOM_PAD = 2.0, 4.0
LEADING = 1.2


def expand_club(name: str) -> str:
    """"CLB Liên thế hệ…" -> "Câu lạc bộ Liên thế hệ…" for a title."""
    return "Câu lạc bộ " + name[4:] if name.startswith("CLB ") else name


class _Cells:
    """Turns values into table cells and knows each row's height without reportlab's help."""

    def __init__(self, fonts: FontSet, widths: list[float]) -> None:
        self.fonts, self.widths = fonts, widths
        self.leading = TABLE_SIZE * LEADING
        self.styles = {
            (align, bold): ParagraphStyle(
                f"c{align}{bold}", fontName=fonts.bold if bold else fonts.regular,
                fontSize=TABLE_SIZE, leading=self.leading,
                alignment=TA_CENTER if align == "CENTER" else TA_LEFT)
            for align in ("CENTER", "LEFT") for bold in (False, True)
        }

    def row(self, values: tuple[str, ...], bold: bool = False) -> tuple[list, float]:
        font = self.fonts.bold if bold else self.fonts.regular
        cells: list = []
        lines = 1
        for (_, _, align), width, value in zip(COLUMNS, self.widths, values, strict=True):
            value = text(value)
            room = width - 2 * PAD
            if stringWidth(value, font, TABLE_SIZE) <= room:
                cells.append(value)  # plain strings draw far faster than paragraphs
                continue
            para = Paragraph(escape(value), self.styles[(align, bold)])
            _, h = para.wrap(room, 10_000)
            lines = max(lines, round(h / self.leading))
            cells.append(para)
        return cells, lines * self.leading + TOP_PAD + BOTTOM_PAD


def member_table(data: MemberListData, fonts: FontSet, width: float) -> Table:
    """The ruled table: two header rows repeated on each page, the members, a totals row."""
    total = sum(c[1] for c in COLUMNS)
    widths = [width * c[1] / total for c in COLUMNS]
    cells = _Cells(fonts, widths)
    head_style = cells.styles[("CENTER", True)]
    head = [Paragraph(escape(title), head_style) for title, _, _ in COLUMNS]
    head[2] = Paragraph("Năm sinh", head_style)
    head[3] = ""
    sub = ["", "", "Nam", "Nữ", "", "", "", "", ""]
    rows: list[list] = [head, sub]
    heights: list[float] = [cells.leading + TOP_PAD + BOTTOM_PAD] * 2
    for m in data.rows:
        row, h = cells.row((str(m.index), m.full_name, m.male_year, m.female_year, m.ethnicity,
                            m.village, m.household, m.role, m.note))
        rows.append(row)
        heights.append(h)
    men = sum(1 for m in data.rows if m.male_year)
    women = len(data.rows) - men
    row, h = cells.row(("", f"Cộng: {len(data.rows)} người", str(men), str(women),
                        "", "", "", "", ""), bold=True)
    rows.append(row)
    heights.append(h)

    style = [
        ("FONT", (0, 0), (-1, -1), fonts.regular, TABLE_SIZE, cells.leading),
        ("FONT", (0, 0), (-1, 1), fonts.bold, TABLE_SIZE, cells.leading),
        ("FONT", (0, -1), (-1, -1), fonts.bold, TABLE_SIZE, cells.leading),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), TOP_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PAD),
        ("SPAN", (2, 0), (3, 0)),
    ]
    # Titles other than "Năm sinh" span both header rows.
    style += [("SPAN", (i, 0), (i, 1)) for i in (0, 1, 4, 5, 6, 7, 8)]
    style += [("ALIGN", (i, 2), (i, -1), align) for i, (_, _, align) in enumerate(COLUMNS)]
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=2,
                  style=TableStyle(style))
    table.spaceAfter = 6
    return table


class SignaturePair(Flowable):
    """Two signature blocks side by side, each centred in half the text width, names on one
    baseline however many heading lines each side has."""

    def __init__(self, fonts: FontSet, left: list[str], right: list[str], names: tuple[str, str],
                 size: float, space: float) -> None:
        super().__init__()
        self.fonts, self.blocks, self.names = fonts, (left, right), names
        self.size, self.space = size, space
        lines = max(len(left), len(right))
        self.height = (lines + 1) * LEADING * size + space

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        c, size = self.canv, self.size
        for i, (lines, name) in enumerate(zip(self.blocks, self.names, strict=True)):
            centre = self.width * (0.25 + 0.5 * i)
            y = self.height - 0.9 * size
            c.setFont(self.fonts.bold, size)
            for line in lines:
                c.drawCentredString(centre, y, text(line).upper())
                y -= LEADING * size
            c.drawCentredString(centre, 0.3 * size, text(name))


def document(data: MemberListData, setup: PageSetup | None = None) -> Document:
    """The member list as an engine document (landscape whatever the setup says)."""
    setup = replace(setup or PageSetup(), landscape=True)
    fonts = document_fonts()
    table = member_table(data, fonts, setup.text_width)
    line_style = ParagraphStyle("composition", fontName=fonts.regular,
                                fontSize=setup.body_size, leading=setup.body_size * LEADING,
                                spaceBefore=2, spaceAfter=setup.space_after_pt * 2)
    left = [data.certifier_heading, *_title_only(data.certifier_title).splitlines()]
    signatures = SignaturePair(fonts, left, ["CHỦ NHIỆM CLB"],
                               (data.certifier_name, data.chair_name), setup.body_size,
                               setup.signature_space_mm * mm)
    tail = KeepTogether([Paragraph(escape(text(data.composition_line)) + ".", line_style),
                         signatures])
    return Document(
        header=Header(parent_body=data.parent_name, issuing_body=data.club_header,
                      place=data.place, date=data.as_of),
        title=Title("DANH SÁCH THÀNH VIÊN", expand_club(data.club_name), note=data.subtitle),
        # The signatures never stand alone on a page: they keep the composition line along.
        body=(table, tail),
        setup=setup,
        end_mark=False,
        pdf_title=f"Danh sách thành viên {data.club_name}",
    )


def _title_only(lines: str) -> str:
    # Under "XÁC NHẬN CỦA UBND …" an authority line ("TM. ỦY BAN NHÂN DÂN") says the same
    # thing again: keep the signer's own title.
    kept = [ln for ln in lines.splitlines() if not ln.startswith(("TM.", "TL.", "TUQ."))]
    return "\n".join(kept)


def build(data: MemberListData, setup: PageSetup | None = None) -> bytes:
    """The member list as PDF bytes."""
    return render(document(data, setup))
