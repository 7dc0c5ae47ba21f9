"""Danh sách thành viên CLB: the member register as a printed table.

A4 landscape through the Decree 30 engine (header, title, page numbers from page 2). The table
has two header rows ("Năm sinh" over "Nam" | "Nữ", as Vietnamese lists write birth years) that
repeat on every page, then a totals row; under it the composition line, then the signatures:
the certifying People's Committee at the left, the club chair at the right.

Speed: a club prints 50-70 rows, a ward-wide register thousands. Cells that fit their column
are drawn as plain strings and only long ones become paragraphs; every row height is computed
here and the table is cut page by page (PagedTable), so reportlab never re-measures the whole
remaining table at a page break.

Data in (MemberListData below, filled by models.papers.papers_extra.member_list_data), PDF
bytes out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from models.text.vietnamese import format_date
from reports.decree30 import Document, Header, PageSetup, Title, render, text
from reports.fonts import FontSet, document_fonts


def percent_text(count: int, total: int) -> str:
    """Share with one decimal and a decimal comma: 41 of 63 -> "65,1 %"."""
    value = 100.0 * count / total if total else 0.0
    return f"{value:.1f}".replace(".", ",") + " %"


@dataclass(frozen=True)
class MemberLine:
    """One printed row: birth year in the Nam or the Nữ column, as Vietnamese lists do."""

    index: int
    full_name: str
    male_year: str
    female_year: str
    ethnicity: str
    village: str
    household: str
    role: str
    note: str


@dataclass(frozen=True)
class MemberListData:
    """Everything the printed member list shows: headers, rows, the composition counts and
    the two signature blocks."""

    parent_name: str  # ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN (left header, first line)
    club_header: str  # CLB LIÊN THẾ HỆ TỰ GIÚP NHAU TỔ 1 (left header, bold)
    club_name: str
    as_of: dt.date
    place: str
    rows: list[MemberLine]
    total: int
    women: int
    older: int
    older_age: int
    disadvantaged: int
    certifier_heading: str  # XÁC NHẬN CỦA UBND PHƯỜNG ĐỨC XUÂN
    certifier_title: str  # TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH
    certifier_name: str
    chair_name: str
    notes: list[str] = field(default_factory=list)

    @property
    def composition_line(self) -> str:
        return (f"Tổng số: {self.total} thành viên; "
                f"nữ {self.women} ({percent_text(self.women, self.total)}); "
                f"người cao tuổi {self.older} ({percent_text(self.older, self.total)}); "
                f"hộ nghèo, cận nghèo, khó khăn {self.disadvantaged} "
                f"({percent_text(self.disadvantaged, self.total)})")

    @property
    def subtitle(self) -> str:
        return f"(Tính đến ngày {format_date(self.as_of)})"


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
    """Turns values into table cells and knows each row's height without reportlab's help.
    A value too wide for its column is wrapped here into lines ("…\n…"), not made a
    Paragraph: a register repeats the same villages, roles and notes thousands of times, so
    the wrapped forms are cached and drawing stays plain text."""

    def __init__(self, fonts: FontSet, widths: list[float]) -> None:
        self.fonts, self.widths = fonts, widths
        self.leading = TABLE_SIZE * LEADING
        self._wrapped: dict[tuple[int, str, bool], tuple[str, int]] = {}

    def _wrap(self, col: int, value: str, bold: bool) -> tuple[str, int]:
        key = (col, value, bold)
        found = self._wrapped.get(key)
        if found is None:
            font = self.fonts.bold if bold else self.fonts.regular
            room = self.widths[col] - 2 * PAD
            lines: list[str] = []
            for word in value.split():
                trial = f"{lines[-1]} {word}" if lines else word
                if lines and stringWidth(trial, font, TABLE_SIZE) <= room:
                    lines[-1] = trial
                else:
                    lines.append(word)
            found = ("\n".join(lines), max(len(lines), 1))
            self._wrapped[key] = found
        return found

    def row(self, values: tuple[str, ...], bold: bool = False) -> tuple[list[str], float]:
        cells: list[str] = []
        lines = 1
        for col, value in enumerate(values):
            cell, n = self._wrap(col, text(value), bold)
            cells.append(cell)
            lines = max(lines, n)
        return cells, lines * self.leading + TOP_PAD + BOTTOM_PAD


class _PageTable(Table):
    """One page of the member table. Text cells are written into a single PDF text object
    instead of one per cell (reportlab's default), and empty cells draw nothing, which makes
    a long register several times cheaper to draw. Flowable cells (headers) draw as usual."""

    def draw(self) -> None:
        self._texts: list[tuple[str, float, float, str]] = []
        super().draw()
        if not self._texts:
            return
        canv = self.canv
        obj = canv.beginText()
        font = None
        for name, x, y, value in self._texts:
            if name != font:
                obj.setFont(name, TABLE_SIZE, TABLE_SIZE * LEADING)
                font = name
            obj.setTextOrigin(x, y)
            obj.textOut(value)
        canv.drawText(obj)

    def _drawCell(self, cellval, cellstyle, pos, size) -> None:  # noqa: N802
        if not isinstance(cellval, str):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if not cellval:
            return
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        lines = cellval.split("\n")
        leading, font, fontsize = cellstyle.leading, cellstyle.fontname, cellstyle.fontsize
        # Where reportlab puts MIDDLE-aligned lines.
        y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding
                      + len(lines) * leading) / 2.0 - fontsize
        centre = cellstyle.alignment in ("CENTRE", "CENTER")
        mid = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) / 2
        for line in lines:
            x = (mid - stringWidth(line, font, fontsize) / 2 if centre
                 else colpos + cellstyle.leftPadding)
            self._texts.append((font, x, y, line))
            y -= leading


class PagedTable(Flowable):
    """The member table and what follows it (the tail: composition line and signatures), cut
    page by page from row heights known in advance.

    reportlab's Table.split re-measures every remaining row and span at each page break, so a
    2,000-row register takes quadratic time; here each page is its own small Table with the
    two header rows on top. The totals row is never left alone at the top of a page, and the
    tail never starts a page on its own: the last rows of the table go along with it.
    """

    CARRY = 3  # rows (totals included) that go to the next page with the tail

    def __init__(self, head: list[list], head_heights: list[float], rows: list[list],
                 heights: list[float], widths: list[float], style: list[tuple],
                 tail: tuple[Flowable, ...] = (), space_after: float = 6.0) -> None:
        super().__init__()
        self.head, self.head_heights = head, head_heights
        self.rows, self.heights = rows, heights
        self.widths, self.style, self.tail = widths, style, tail
        self.space_after = space_after
        self.width = sum(widths)
        self.table_height = sum(head_heights) + sum(heights)
        self.height = self.table_height

    def _make(self, rows: list[list], heights: list[float], footer: bool) -> _PageTable:
        style = list(self.style)
        if footer:
            style.append(("FONT", (0, -1), (-1, -1), self.style[1][3], TABLE_SIZE,
                          TABLE_SIZE * LEADING))
        table = _PageTable([*self.head, *rows], colWidths=self.widths,
                           rowHeights=[*self.head_heights, *heights], style=TableStyle(style))
        table.spaceAfter = self.space_after
        return table

    def _tail_height(self, width: float, height: float) -> float:
        return sum(f.getSpaceBefore() + f.wrap(width, height)[1] + f.getSpaceAfter()
                   for f in self.tail)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        tail = self._tail_height(availWidth, availHeight)
        self.height = self.table_height + (self.space_after + tail if self.tail else 0.0)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        room = availHeight - sum(self.head_heights)
        used, k = 0.0, 0
        while k < len(self.rows) and used + self.heights[k] <= room + 1e-6:
            used += self.heights[k]
            k += 1
        if k >= len(self.rows) - 1:
            # Everything (or all but the totals) fits but not the tail: carry rows over.
            k = len(self.rows) - self.CARRY
        if k <= 0:
            return []
        first = self._make(self.rows[:k], self.heights[:k], False)
        rest = PagedTable(self.head, self.head_heights, self.rows[k:], self.heights[k:],
                          self.widths, self.style, self.tail, self.space_after)
        return [first, rest]

    def draw(self) -> None:
        canv = self.canv
        table = self._make(self.rows, self.heights, True)
        table.wrapOn(canv, self.width, self.table_height)
        y = self.height - self.table_height
        table.drawOn(canv, 0, y)
        y -= self.space_after
        for f in self.tail:
            _, h = f.wrap(self.width, self.height)
            y -= f.getSpaceBefore() + h
            f.drawOn(canv, 0, y)
            y -= f.getSpaceAfter()


def member_table(data: MemberListData, fonts: FontSet, width: float,
                 tail: tuple[Flowable, ...] = ()) -> PagedTable:
    """The ruled table: two header rows repeated on each page, the members, a totals row;
    then the tail flowables, kept with the last rows."""
    total = sum(c[1] for c in COLUMNS)
    widths = [width * c[1] / total for c in COLUMNS]
    cells = _Cells(fonts, widths)
    head, _ = cells.row(tuple(title for title, _, _ in COLUMNS), bold=True)
    head[2], head[3] = "Năm sinh", ""  # spans the Nam | Nữ columns of the second row
    sub = ["", "", "Nam", "Nữ", "", "", "", "", ""]
    head_heights = [cells.leading + TOP_PAD + BOTTOM_PAD] * 2
    rows: list[list] = []
    heights: list[float] = []
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
    return PagedTable([head, sub], head_heights, rows, heights, widths, style, tail)


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
    line_style = ParagraphStyle("composition", fontName=fonts.regular,
                                fontSize=setup.body_size, leading=setup.body_size * LEADING,
                                spaceBefore=2, spaceAfter=setup.space_after_pt * 2)
    left = [data.certifier_heading, *_title_only(data.certifier_title).splitlines()]
    signatures = SignaturePair(fonts, left, ["CHỦ NHIỆM CLB"],
                               (data.certifier_name, data.chair_name), setup.body_size,
                               setup.signature_space_mm * mm)
    composition = Paragraph(escape(text(data.composition_line)) + ".", line_style)
    # The signatures never stand alone on a page: the composition line and the last rows of
    # the table come along.
    table = member_table(data, fonts, setup.text_width, (composition, signatures))
    return Document(
        header=Header(parent_body=data.parent_name, issuing_body=data.club_header,
                      place=data.place, date=data.as_of),
        title=Title("DANH SÁCH THÀNH VIÊN", expand_club(data.club_name), note=data.subtitle),
        body=(table,),
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
