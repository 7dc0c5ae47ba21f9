"""Sổ theo dõi cho vay: a club's loans on a date, A4 landscape, and the same as .xlsx.

One row per loan in contract-number order (the order of the book a club keeps by hand), a
totals row, the header row repeated on every page, "Trang n/N" at the bottom and two
signatures that never stand alone on the last page.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from models.text.vietnamese import format_date, format_number
from reports.fonts import FontSet, document_fonts
from reports.fund_book import EndOfTable, TableEndTemplate, numbered_canvas
from reports.vouchers import Signer, date_words
from reports.xlsx_print import fit_rows, footer_page_numbers, print_margins
from reports.xlsx_safe import as_text

PRODUCER = "ISHC Desk"
PAGE = landscape(A4)
MARGIN = 15 * mm
SIZE = 9.5
# title, width in mm, alignment of the cells
COLUMNS = (
    ("STT", 9, "centre"), ("Số HĐ", 11, "centre"), ("Họ và tên", 32, "left"),
    ("Thôn/tổ", 17, "left"), ("Hình thức", 24, "left"), ("Mục đích", 18, "left"),
    ("Ngày vay", 19, "centre"), ("Thời hạn (tháng)", 14, "centre"),
    ("Lãi suất (%/tháng)", 17, "centre"), ("Số tiền vay", 20, "right"),
    ("Đã trả gốc", 19, "right"), ("Đã trả lãi", 17, "right"), ("Dư nợ", 19, "right"),
    ("Quá hạn (ngày)", 13, "centre"), ("Tình trạng", 18, "left"),
)
MONEY_COLUMNS = (9, 10, 11, 12)  # indexes of the đồng columns
# Column widths of the .xlsx (Excel units): the fifteen columns of the paper register fitted to
# A4 landscape with 11 pt type printing at ≥ 9 pt; text columns wrap, rows grow to fit.
XLSX_WIDTHS = (5, 5.5, 15, 8, 9.5, 8, 10.5, 8, 9, 11, 10.5, 9.5, 10.5, 6.5, 8)


def text(value: str | None) -> str:
    return unicodedata.normalize("NFC", value or "")


@dataclass(frozen=True)
class RegisterLine:
    """One loan as printed; amounts in đồng."""

    number: int
    name: str
    village: str
    form: str  # "Tiền mặt", "Hiện vật: Bò cái giống"
    purpose: str
    disbursed_on: dt.date
    term_months: int
    rate: str  # "0,5"
    principal: int
    paid_principal: int
    paid_interest: int
    outstanding: int  # 0 for a loan written off: it is no longer owed to the fund
    days_late: int
    status: str
    written_off: int = 0  # what was written off, shown apart from the outstanding total


@dataclass(frozen=True)
class LoanRegisterData:
    unit_lines: tuple[str, ...]
    club_name: str
    fund_name: str
    on: dt.date
    lines: tuple[RegisterLine, ...]
    signers: tuple[Signer, ...]

    def total(self, name: str) -> int:
        return sum(getattr(ln, name) for ln in self.lines)

    @property
    def written_off(self) -> int:
        """Principal written off, not in the outstanding total."""
        return self.total("written_off")


def rate_text(rate_bp: int) -> str:
    """Hundredths of a percent as the clerk writes it: 50 -> "0,5", 75 -> "0,75", 100 -> "1"."""
    whole, frac = divmod(int(rate_bp), 100)
    return f"{whole},{frac:02d}".rstrip("0").rstrip(",") if frac else str(whole)


def cells(ln: RegisterLine, index: int) -> list:
    """A loan's cells in column order; amounts as integers (the caller formats them)."""
    return [index, ln.number, ln.name, ln.village, ln.form, ln.purpose, ln.disbursed_on,
            ln.term_months, ln.rate, ln.principal, ln.paid_principal, ln.paid_interest,
            ln.outstanding, ln.days_late or None, ln.status]


def _printed(value: object, col: int) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return format_date(value)
    if col in MONEY_COLUMNS:
        return format_number(int(value)) if value else "0"
    return text(str(value))


def total_cells(data: LoanRegisterData) -> list:
    return ["", "", f"Cộng: {len(data.lines)} khoản vay", "", "", "", "", "", "",
            data.total("principal"), data.total("paid_principal"),
            data.total("paid_interest"), data.total("outstanding"), "", ""]


def summary_rows(data: LoanRegisterData) -> list[list]:
    """The totals, then what was written off (outside the outstanding total) if any."""
    rows = [total_cells(data)]
    count = sum(1 for ln in data.lines if ln.written_off)
    if count:
        rows.append(["", "", f"Đã xóa nợ: {count} khoản vay (không tính vào dư nợ)", "", "",
                     "", "", "", "", "", "", "", data.written_off, "", ""])
    return rows


# --- PDF ---------------------------------------------------------------------------------------

_ALIGN = {"centre": TA_CENTER, "left": TA_LEFT, "right": TA_RIGHT}


def _style(fonts: FontSet, size: float, bold: bool = False, italic: bool = False,
           align: str = "centre") -> ParagraphStyle:
    return ParagraphStyle(f"s{size}{bold}{italic}{align}", fontName=fonts.pick(bold, italic),
                          fontSize=size, leading=size * 1.2, alignment=_ALIGN[align])


def _p(s: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text(s)).replace("\n", "<br/>"), style)


def _table(data: LoanRegisterData, fonts: FontSet, part: slice) -> Table:
    head = _style(fonts, SIZE, bold=True)
    styles = [_style(fonts, SIZE, align=a) for _, _, a in COLUMNS]
    bold = [_style(fonts, SIZE, bold=True, align=a) for _, _, a in COLUMNS]
    rows: list[list] = [[_p(t, head) for t, _, _ in COLUMNS]]
    body = [cells(ln, i) for i, ln in enumerate(data.lines, 1)] + summary_rows(data)
    first = range(len(body))[part][0] if body[part] else 0
    for r, values in enumerate(body[part], start=first):
        last = r >= len(data.lines)
        rows.append([_p(_printed(v, c), (bold if last else styles)[c])
                     for c, v in enumerate(values)])
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    return Table(rows, colWidths=[w * mm for _, w, _ in COLUMNS], repeatRows=1,
                 style=TableStyle(style))


def _signatures(data: LoanRegisterData, fonts: FontSet, width: float) -> Table:
    n = len(data.signers)
    row = [[""] * (n - 1) + [_p(date_words(data.on), _style(fonts, 12, italic=True))],
           [_p(s.role, _style(fonts, 12, bold=True)) for s in data.signers],
           [_p("(Ký, họ tên)", _style(fonts, 11, italic=True)) for _ in data.signers],
           [""] * n,
           [_p(s.name, _style(fonts, 12, bold=True)) for s in data.signers]]
    t = Table(row, colWidths=[width / n] * n, rowHeights=[None, None, None, 20 * mm, None])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


TAIL_ROWS = 2  # the last loan and the totals go with the signatures when they would not fit
GAP = 6 * mm


def _build(data: LoanRegisterData, split: bool) -> tuple[bytes, TableEndTemplate, float]:
    fonts = document_fonts()
    buf = io.BytesIO()
    title = f"Sổ theo dõi cho vay - {text(data.club_name)} - {format_date(data.on)}"
    doc = TableEndTemplate(buf, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                    topMargin=MARGIN, bottomMargin=MARGIN, title=title, subject=title,
                    author=text(data.club_name), creator=PRODUCER, producer=PRODUCER,
                    invariant=1, lang="vi")
    story: list = [_p(line, _style(fonts, 11, bold=i == 0, align="left"))
                   for i, line in enumerate(data.unit_lines)]
    story += [Spacer(1, 3 * mm), _p("SỔ THEO DÕI CHO VAY", _style(fonts, 16, bold=True)),
              Spacer(1, 1.5 * mm), _p(data.fund_name, _style(fonts, 12.5, bold=True)),
              Spacer(1, 1 * mm),
              _p(f"Tính đến ngày {format_date(data.on)}", _style(fonts, 12, italic=True)),
              Spacer(1, 2 * mm), _p("Đơn vị tính: đồng", _style(fonts, 11, italic=True,
                                                                 align="right")),
              Spacer(1, 1.5 * mm)]
    tail = TAIL_ROWS + len(summary_rows(data)) - 1
    if split:
        story += [_table(data, fonts, slice(None, -tail)), PageBreak(),
                  _table(data, fonts, slice(-tail, None))]
    else:
        story.append(_table(data, fonts, slice(None)))
    signatures = _signatures(data, fonts, doc.width)
    height = signatures.wrap(doc.width, PAGE[1])[1] + GAP
    story += [EndOfTable(), KeepTogether([Spacer(1, GAP), signatures])]
    doc.build(story, canvasmaker=numbered_canvas(fonts))
    return buf.getvalue(), doc, height


def build(data: LoanRegisterData) -> bytes:
    """The register's PDF bytes (same data, same bytes)."""
    pdf, doc, height = _build(data, split=False)
    tail = TAIL_ROWS + len(summary_rows(data)) - 1
    if data.lines and (doc.end_y - doc.bottomMargin < height or doc.short_tail(1, tail)):
        pdf = _build(data, split=True)[0]
    return pdf


# --- Excel -------------------------------------------------------------------------------------

HEADER_ROW = 6
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
FONT = "Times New Roman"


def write_xlsx(data: LoanRegisterData, path: str | Path) -> None:
    """The register as .xlsx: amounts and counts as numbers, totals as values (the figures
    the PDF prints), header frozen and repeated, A4 landscape fitted to the width."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sổ cho vay"
    last = get_column_letter(len(COLUMNS))
    for r, line in enumerate(data.unit_lines[:2], start=1):
        ws.cell(r, 1, line).font = Font(name=FONT, bold=r == 1, size=12)
    for r, (value, font) in enumerate((
            ("SỔ THEO DÕI CHO VAY", Font(name=FONT, bold=True, size=15)),
            (f"{data.fund_name} - tính đến ngày {format_date(data.on)}",
             Font(name=FONT, italic=True, size=12))), start=3):
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(r, 1, value).font = font
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for c, (title, _width, _) in enumerate(COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW, c, title)
        cell.font, cell.alignment, cell.border = Font(name=FONT, bold=True), centre, _BORDER
        ws.column_dimensions[get_column_letter(c)].width = XLSX_WIDTHS[c - 1]
    fit_rows(ws, HEADER_ROW, HEADER_ROW, min_lines=2)
    rows = [cells(ln, i) for i, ln in enumerate(data.lines, 1)] + summary_rows(data)
    for offset, values in enumerate(rows):
        r = HEADER_ROW + 1 + offset
        for c, value in enumerate(values, start=1):
            cell = ws.cell(r, c, None if value == "" else value)
            cell.font = Font(name=FONT, bold=offset >= len(data.lines))
            cell.border = _BORDER
            align = COLUMNS[c - 1][2]
            cell.alignment = Alignment(horizontal={"centre": "center"}.get(align, align),
                                       vertical="center", wrap_text=align == "left")
            if c - 1 in MONEY_COLUMNS:
                cell.number_format = "#,##0"
            elif isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
    end = HEADER_ROW + len(rows)
    fit_rows(ws, HEADER_ROW + 1, end)  # wrapped names, goods and villages keep their lines
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 4)  # header and STT, Số HĐ, name stay in view
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{last}{end}"
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    print_margins(ws)
    footer_page_numbers(ws, FONT)
    wb.properties.title = f"Sổ theo dõi cho vay - {data.club_name}"
    wb.properties.creator = PRODUCER
    as_text(wb).save(str(path))
