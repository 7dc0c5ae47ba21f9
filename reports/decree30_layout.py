"""Drawn parts of a Decree 30 document: header, title block, signature block.

These are custom flowables rather than tables of paragraphs because the decree fixes things a
table cannot express: "Số:" on the same baseline as the date line, rules as long as a text (or a
fraction of it), "Nơi nhận:" level with the authority line. Each flowable lays itself out as a
list of drawing operations measured from its own top, so wrap() knows the exact height.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from reports.fonts import FontSet

# Baseline of a line sits this many em below the top of its line box; the advance is LINE em.
# 0.9 em clears the stacked marks of Vietnamese capitals (Ủ, Ỗ) at the top of a block.
ASCENT = 0.9
LINE = 1.2
RULE_WIDTH = 0.5  # pt; solid rules of the header and title
RULE_DROP = 0.45  # em below the baseline: clear of descenders and marks below (ạ, ộ)
GUTTER = 6.0  # pt, each side of the left header column
RULE_SHARE = 0.4  # issuing body and summary rules: 1/3-1/2 of the text; 0.4 sits in the middle
# Lines break at ordinary spaces only: no-break spaces hold a blank number or a date together.
_SPACES = re.compile(r"[ \t]+")


# "ngày 05 tháng 3 năm 2024" and "Số 05/QĐ-UBND" read badly when split over two centred lines.
_DATE = re.compile(r"ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\S+")


def keep_dates(text: str) -> str:
    """Join the words of decree dates with no-break spaces so a wrap never splits them."""
    return _DATE.sub(lambda m: "\u00a0".join(m.group(0).split()), text)


def words_of(text: str) -> list[str]:
    return [w for w in _SPACES.split(text) if w]


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Split text into as few lines as fit width, then even their lengths out.

    Explicit newlines are kept. Centred headings read better as "ỦY BAN NHÂN DÂN" over
    "PHƯỜNG ĐỨC XUÂN" than with one word left alone on the second line.
    """
    out: list[str] = []
    for part in text.split("\n"):
        words = words_of(part)
        if not words:
            continue
        lines = greedy_lines(words, font, size, width)
        if len(lines) > 1:
            low = max(stringWidth(w, font, size) for w in words)
            high = width
            for _ in range(24):  # bisect the narrowest width that keeps the line count
                mid = (low + high) / 2
                if len(greedy_lines(words, font, size, mid)) <= len(lines):
                    high = mid
                else:
                    low = mid
            lines = greedy_lines(words, font, size, high)
        out += lines
    return out


def greedy_lines(words: list[str], font: str, size: float, width: float) -> list[str]:
    """Words filled line by line; a word wider than width gets a line of its own."""
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}" if current else word
        if current and stringWidth(trial, font, size) > width + 1e-6:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


@dataclass
class _Op:
    kind: str  # "text" or "rule"
    x: float  # text: centre (align "centre") or left edge; rule: left edge
    y: float  # from the flowable's top, downwards: text baseline or rule position
    text: str = ""
    font: str = ""
    size: float = 0.0
    length: float = 0.0
    align: str = "centre"


@dataclass
class Column:
    """A column that stacks centred or left-aligned lines from its top."""

    x: float  # left edge
    width: float
    cursor: float = 0.0
    pad: float = 0.0  # kept free on both sides when wrapping (a gutter between columns)
    ops: list[_Op] = field(default_factory=list)
    widest_last: float = 0.0  # width of the widest line of the last add() call

    @property
    def centre(self) -> float:
        return self.x + self.width / 2

    def add(self, text: str, font: str, size: float, *, balanced: bool = True,
            align: str = "centre", indent: float = 0.0, hanging: str = "") -> list[str]:
        """Add wrapped text; returns its lines. `hanging` is a prefix ("- ") under which
        continuation lines are indented."""
        avail = self.width - 2 * self.pad
        if align == "centre":
            lines = (balanced_lines(text, font, size, avail) if balanced
                     else [ln for ln in text.split("\n") if ln.strip()])
        else:
            hang = stringWidth(hanging, font, size) if hanging else 0.0
            words = words_of(text)
            first = greedy_lines(words, font, size, avail - indent)
            lines = first[:1]
            if len(first) > 1:
                rest = words[len(words_of(first[0])):]
                lines += greedy_lines(rest, font, size, avail - indent - hang)
        widths = []
        for i, line in enumerate(lines):
            baseline = self.cursor + ASCENT * size
            if align == "centre":
                self.ops.append(_Op("text", self.centre, baseline, line, font, size))
            else:
                x = self.x + indent + (hang if i and hanging else 0.0)
                self.ops.append(_Op("text", x, baseline, line, font, size, align="left"))
            widths.append(stringWidth(line, font, size))
            self.cursor += LINE * size
        self.widest_last = max(widths, default=0.0)
        return lines

    def rule(self, length: float, size: float) -> None:
        """A centred rule under the last line added (size: that line's font size)."""
        baseline = self.cursor - LINE * size + ASCENT * size
        y = baseline + RULE_DROP * size
        self.ops.append(_Op("rule", self.centre - length / 2, y, length=length))
        self.cursor = max(self.cursor, y + RULE_WIDTH)

    def skip(self, amount: float) -> None:
        self.cursor += amount


class Drawn(Flowable):
    """A flowable made of columns of drawing operations; height is the deepest column."""

    def __init__(self, columns: list[Column], space_after: float = 0.0,
                 extra_height: float = 0.0) -> None:
        super().__init__()
        self.columns = columns
        self.height = max((c.cursor for c in columns), default=0.0) + extra_height
        self.spaceAfter = space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setLineWidth(RULE_WIDTH)
        for column in self.columns:
            for op in column.ops:
                y = self.height - op.y
                if op.kind == "rule":
                    canv.line(op.x, y, op.x + op.length, y)
                    continue
                canv.setFont(op.font, op.size)
                if op.align == "centre":
                    canv.drawCentredString(op.x, y, op.text)
                else:
                    canv.drawString(op.x, y, op.text)


def header_flowable(*, fonts: FontSet, text_width: float, right_width: float, size: float,
                    motto_size: float, date_size: float, parent: str, issuing: str,
                    number_line: str | None, date_line: str | None) -> Drawn:
    """The two-column header: bodies and "Số:" left; Quốc hiệu, Tiêu ngữ and date right."""
    # The gutter keeps a long body name from running into the Quốc hiệu.
    left = Column(0.0, text_width - right_width, pad=GUTTER)
    right = Column(text_width - right_width, right_width)
    if parent:
        left.add(parent, fonts.regular, size)
    if issuing:
        left.add(issuing, fonts.bold, size)
        left.rule(RULE_SHARE * left.widest_last, size)
    right.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fonts.bold, size, balanced=False)
    right.add("Độc lập - Tự do - Hạnh phúc", fonts.bold, motto_size, balanced=False)
    right.rule(right.widest_last, motto_size)
    if number_line or date_line:
        # "Số:" and the date line share one baseline under the deeper of the two columns.
        top = max(left.cursor, right.cursor) + 0.5 * size
        left.cursor = right.cursor = top
        if number_line:
            left.add(number_line, fonts.regular, size, balanced=False)
        if date_line:
            font = fonts.italic
            line_size = date_size
            if stringWidth(date_line, font, line_size) > right_width:
                line_size = min(line_size, size)  # the decree allows 13 pt: try before wrapping
            # Equal baselines although the two lines may differ in size.
            right.cursor = top + ASCENT * (size - line_size)
            right.add(date_line, font, line_size)
    return Drawn([left, right])


def title_flowable(*, fonts: FontSet, text_width: float, size: float, kind: str,
                   summary: str, note: str, decider: str, space_before: float,
                   space_after: float) -> Drawn:
    """Type name, summary with its rule, an optional italic note, the deciding body."""
    col = Column(0.0, text_width)
    col.skip(space_before)
    col.add(kind, fonts.bold, size)
    widest = col.widest_last
    if summary:
        col.add(keep_dates(summary), fonts.bold, size, balanced=True)
        widest = col.widest_last
    if note:
        col.add(keep_dates(note), fonts.italic, size)
    col.rule(RULE_SHARE * widest, size)
    if decider:
        col.skip(0.6 * size)
        col.add(decider, fonts.bold, size)
    return Drawn([col], space_after=space_after)


@dataclass
class SignatureColumn:
    """Text of one signature column."""

    authority: str
    title: str
    name: str


def signature_flowable(*, fonts: FontSet, text_width: float, right_width: float,
                       size: float, space: float, right: SignatureColumn | None,
                       left: SignatureColumn | None, recipients: list[str],
                       recipients_size: float = 12.0, list_size: float = 11.0,
                       space_before: float = 0.0) -> Drawn:
    """Signature block(s) at the right (and left for minutes) and "Nơi nhận:" at the left,
    all starting level with the authority line."""
    left_width = text_width - right_width
    columns: list[Column] = []

    def sign(col: Column, sig: SignatureColumn) -> None:
        # The first line's top (baseline - ASCENT em) sits at the column top, whatever its size.
        if sig.authority:
            col.add(sig.authority.upper(), fonts.bold, size)
        if sig.title:
            col.add(sig.title.upper(), fonts.bold, size)
        col.skip(space)
        if sig.name:
            col.add(sig.name, fonts.bold, size)

    if right is not None:
        col = Column(left_width, right_width, cursor=space_before)
        sign(col, right)
        columns.append(col)
    if left is not None:
        col = Column(0.0, left_width, cursor=space_before)
        sign(col, left)
        columns.append(col)
    if recipients:
        col = Column(0.0, left_width - 6.0, cursor=space_before)
        if left is not None:  # minutes with recipients: the list goes under the signatures
            col.cursor = max(c.cursor for c in columns) + size
        col.add("Nơi nhận:", fonts.bold_italic, recipients_size, align="left")
        for line in recipients:
            col.add(line, fonts.regular, list_size, align="left", hanging="- ")
        columns.append(col)
    return Drawn(columns)


def draw_draft_mark(canv, page_size: tuple[float, float], font: str,  # type: ignore[no-untyped-def]
                    mark: str) -> None:
    """The draft mark across a page: large, grey and diagonal, drawn before the text so the
    text stays readable over it."""
    if not mark:
        return
    width, height = page_size
    size = min(width, height) / 6
    canv.saveState()
    canv.setFillColorRGB(0.55, 0.55, 0.55, alpha=0.35)
    canv.setFont(font, size)
    canv.translate(width / 2, height / 2)
    canv.rotate(35)
    canv.drawCentredString(0, -size / 3, unicodedata.normalize("NFC", mark))
    canv.restoreState()
    # A plain line in the top margin too: a photocopy loses a light mark, not this one.
    canv.saveState()
    canv.setFont(font, 11)
    canv.drawRightString(width - 15 * mm, height - 10 * mm, unicodedata.normalize("NFC", mark))
    canv.restoreState()
