"""Excel files of member registers: the blank template, and exports that read back in.

Layout contract (models/members/member_import.py relies on it): the sheet "Danh sách thành viên" has
the column headers in row 1 (HEADER_ROW) and one member per row from row 2. Titles and totals
never go into that sheet's cells: the title is in the print header, totals in the print footer
and in the sheet "Tổng hợp". So an export is a valid import file.

Header cells read "Name (hint)"; the import matches the name before the brackets, accent- and
case-insensitively, so clerks may reorder columns or drop the optional ones.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from copy import copy
from dataclasses import dataclass
from typing import Protocol

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from models.text.labels import LABELS, label
from models.text.vietnamese import ETHNIC_GROUPS, fold, format_date, nfc
from reports.xlsx_print import fit_rows, print_margins, title_header
from reports.xlsx_safe import as_text

SHEET_MEMBERS = "Danh sách thành viên"
SHEET_HELP = "Hướng dẫn"
SHEET_LISTS = "Danh mục"
SHEET_SUMMARY = "Tổng hợp"
HEADER_ROW = 1
FIRST_DATA_ROW = HEADER_ROW + 1
# Rows of the template that get dropdowns; an export gets them for its rows plus this many.
BLANK_ROWS = 1000
FONT_NAME = "Times New Roman"
YES = "x"
MASKED_NOTE = "(Đã che thông tin nhạy cảm)"
MASKED_KEYWORD = "ishc-masked"  # workbook keyword of a masked export

# Field -> what a user without the sensitive right sees in its place (a masked export).
Masks = Mapping[str, Callable[[object], object]]


class MemberRow(Protocol):
    """A register row as the sheet reads it (models.members.register.MemberRow is one): one
    attribute per column key but "index" and "note", and the person's id for the notes."""

    person_id: int
    club_code: str
    full_name: str
    gender: str
    birth_date: dt.date | None
    birth_year: int
    ethnicity: str
    id_number: str
    phone: str
    village: str
    household_status: str
    household_status_year: int | None
    disability: bool
    policy_beneficiary: bool
    social_assistance: bool
    joined_on: dt.date
    role: str
    group: str
    home_care_volunteer: bool
    economic_volunteer: bool
    consent_date: dt.date | None
    consent_method: str


@dataclass(frozen=True)
class Column:
    """One column of the member sheet, shared by the template, the export and the import."""

    key: str  # MemberInput field it fills ("index" and "club_code" are not fields)
    header: str  # the name the import looks for and the problems name
    kind: str  # how cells are read and written: text, date, year, bool, id, …
    width: float
    hint: str = ""  # shown in brackets under the name
    required: bool = False  # a value is needed in every row
    must_exist: bool = False  # a file without this column is not the template
    help: str = ""  # one line of the instructions sheet
    example: str = ""

    @property
    def title(self) -> str:
        return f"{self.header}\n({self.hint})" if self.hint else self.header


# The columns a paper register holds come first (STT … Ghi chú, those of the printed member
# list: name, gender, birth year, ethnicity, village, household, role, note):
# they are the print area; the rest (CCCD, phone, flags, consent, club code) stays in the
# sheet for the import and for reading on screen. The import finds columns by name, so older
# files in the earlier order still import.
MEMBER_COLUMNS: tuple[Column, ...] = (
    Column("index", "STT", "index", 5, help="Số thứ tự; chương trình không đọc cột này.",
           example="1"),
    Column("full_name", "Họ và tên", "text", 24, required=True, must_exist=True,
           help="Họ, tên đệm và tên, viết có dấu đầy đủ.", example="Nguyễn Thị Huệ"),
    Column("gender", "Giới tính", "gender", 10, "Nam/Nữ", required=True, must_exist=True,
           help="Chọn «Nam» hoặc «Nữ».", example="Nữ"),
    Column("birth_year", "Năm sinh", "year", 9, must_exist=True,
           help="Năm sinh 4 chữ số. Chỉ biết năm sinh là đủ. Phải có Ngày sinh hoặc Năm "
                "sinh; có cả hai thì phải khớp nhau.", example="1958"),
    Column("ethnicity", "Dân tộc", "ethnicity", 10, required=True, must_exist=True,
           help="Chọn trong danh sách 54 dân tộc (VD: Kinh, Tày, Nùng, Dao, Mông).",
           example="Tày"),
    Column("village", "Thôn/tổ dân phố", "village", 14,
           help="Chọn thôn/tổ dân phố của xã/phường. Có thể để trống.", example="Tổ 1"),
    Column("household_status", "Hoàn cảnh hộ", "household", 16,
           help="Hộ nghèo, Hộ cận nghèo, Hoàn cảnh khó khăn hoặc Không. Để trống là «Không».",
           example="Hộ nghèo"),
    Column("role", "Vai trò", "role", 11,
           help="Thành viên, Tổ trưởng hoặc Tổ phó. Để trống là «Thành viên». Ban chủ nhiệm "
                "khai báo trong chương trình.", example="Thành viên"),
    Column("note", "Ghi chú", "text", 20, help="Ghi chú thêm, có thể để trống.", example=""),
    Column("birth_date", "Ngày sinh", "date", 12, "dd/mm/yyyy", must_exist=True,
           help="Ngày/tháng/năm sinh, năm đủ 4 chữ số. Không biết ngày sinh thì để trống "
                "và ghi cột Năm sinh.", example="05/03/1958"),
    Column("joined_on", "Ngày vào CLB", "date", 12, "dd/mm/yyyy", required=True,
           must_exist=True, help="Ngày tham gia CLB (dd/mm/yyyy).", example="15/01/2025"),
    Column("group", "Tổ/nhóm", "group", 10,
           help="Tên tổ/nhóm đã khai báo của CLB. Có thể để trống.", example="Nhóm 1"),
    Column("id_number", "Số CCCD", "id", 15, "12 chữ số",
           help="Số căn cước/CCCD đủ 12 chữ số, giữ cả số 0 ở đầu. Chưa có thì để trống. "
                "Mỗi số chỉ được có một người.", example="008158001234"),
    Column("phone", "Điện thoại", "phone", 12,
           help="Số điện thoại 10 chữ số bắt đầu bằng 0 (hoặc +84). Có thể để trống.",
           example="0912345678"),
    Column("household_status_year", "Năm xét hộ nghèo/cận nghèo", "year", 11,
           help="Năm được xét công nhận hộ nghèo/cận nghèo (4 chữ số). Có thể để trống.",
           example="2025"),
    Column("disability", "Khuyết tật", "bool", 10, YES,
           help="Ghi «x» nếu là người khuyết tật, không phải thì để trống.", example=YES),
    Column("policy_beneficiary", "Gia đình chính sách", "bool", 10, YES,
           help="Ghi «x» nếu là người có công hoặc gia đình chính sách.", example=""),
    Column("social_assistance", "Hưởng trợ cấp xã hội", "bool", 10, YES,
           help="Ghi «x» nếu đang hưởng trợ cấp xã hội hằng tháng.", example=""),
    Column("home_care_volunteer", "TNV chăm sóc tại nhà", "bool", 10, YES,
           help="Ghi «x» nếu là tình nguyện viên chăm sóc tại nhà.", example=""),
    Column("economic_volunteer", "TNV kinh tế", "bool", 10, YES,
           help="Ghi «x» nếu là tình nguyện viên hỗ trợ phát triển kinh tế.", example=""),
    Column("consent_date", "Ngày đồng ý xử lý dữ liệu", "date", 12, "dd/mm/yyyy",
           help="Ngày thành viên đồng ý cho xử lý dữ liệu cá nhân. Có ngày thì phải chọn "
                "Hình thức đồng ý.", example="15/01/2025"),
    Column("consent_method", "Hình thức đồng ý", "consent", 18,
           help="Ký giấy đồng ý; Đồng ý bằng lời, có người làm chứng; hoặc Đồng ý điện tử.",
           example="Ký giấy đồng ý"),
    Column("club_code", "Mã CLB", "club", 9,
           help="Mã CLB của dòng này (bản xuất tự ghi). Để trống thì nhập vào CLB đang chọn; "
                "ghi mã CLB khác thì chương trình không nhập.", example=""),
)

PRINTED_COLUMNS = 1 + [c.key for c in MEMBER_COLUMNS].index("note")  # A … Ghi chú

_BRACKETS = re.compile(r"\(.*?\)", re.DOTALL)


def header_key(text: object) -> str:
    """The folded column name of a header cell, without the hint in brackets."""
    return fold(_BRACKETS.sub(" ", str(text or "")))


def column_by_key(key: str) -> Column:
    return next(c for c in MEMBER_COLUMNS if c.key == key)


# --- Styles ----------------------------------------------------------------------------------

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FONT = Font(name=FONT_NAME, size=11, bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
_BODY_FONT = Font(name=FONT_NAME, size=11)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_CENTERED_KINDS = {"index", "gender", "date", "year", "bool", "id", "phone", "club"}
# Text cells keep what is typed: "0081…" and "05/03/1958" must not become numbers or dates.
_TEXT_KINDS = {"date", "id", "phone", "text", "club"}


# --- Workbook pieces -------------------------------------------------------------------------


def _write_lists(wb: Workbook, villages: list[str], groups: list[str]) -> dict[str, str]:
    """Hidden sheet with the dropdown lists; returns each list's range by column kind."""
    ws = wb.create_sheet(SHEET_LISTS)
    lists = {
        "gender": ("Giới tính", list(LABELS["gender"].values())[::-1]),  # Nam, Nữ
        "ethnicity": ("Dân tộc", list(ETHNIC_GROUPS)),
        "village": ("Thôn/tổ dân phố", villages),
        "household": ("Hoàn cảnh hộ", list(LABELS["household_status"].values())),
        "role": ("Vai trò", list(LABELS["member_role"].values())),
        "group": ("Tổ/nhóm", groups),
        "consent": ("Hình thức đồng ý", list(LABELS["consent_method"].values())),
    }
    ranges = {}
    for i, (kind, (title, values)) in enumerate(lists.items(), start=1):
        letter = get_column_letter(i)
        ws.cell(1, i, title).font = _HEADER_FONT
        ws.column_dimensions[letter].width = 30
        for r, value in enumerate(values, start=2):
            ws.cell(r, i, value)
        if values:
            ranges[kind] = (f"{quote_sheetname(SHEET_LISTS)}!${letter}$2:"
                            f"${letter}${len(values) + 1}")
    ws.sheet_state = "hidden"
    return ranges


def _validation(col: Column, ranges: dict[str, str]) -> DataValidation | None:
    common = dict(allow_blank=True, showErrorMessage=True, showInputMessage=True,
                  promptTitle=col.header[:32], prompt=col.help[:255], errorTitle=col.header[:32])
    if col.kind in ranges:
        return DataValidation(type="list", formula1=ranges[col.kind],
                              error="Hãy chọn một giá trị trong danh sách.", **common)
    if col.kind == "bool":
        return DataValidation(type="list", formula1=f'"{YES}"',
                              error="Ghi «x» hoặc để trống.", **common)
    if col.kind == "year":
        return DataValidation(type="whole", operator="between", formula1="1900",
                              formula2="2100", error="Ghi năm đủ 4 chữ số, VD: 1958.", **common)
    if col.kind == "id":
        return DataValidation(type="textLength", operator="equal", formula1="12",
                              error="Số CCCD phải đủ 12 chữ số.", **common)
    if col.help and col.kind != "index":
        # No rule, only the input message that tells the clerk what to type.
        return DataValidation(allow_blank=True, showInputMessage=True,
                              promptTitle=common["promptTitle"], prompt=common["prompt"])
    return None


def _write_member_sheet(ws: Worksheet, ranges: dict[str, str], last_row: int) -> None:
    ws.title = SHEET_MEMBERS
    for i, col in enumerate(MEMBER_COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW, i, col.title)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment, cell.border = _HEADER_ALIGN, _BORDER
        dim = ws.column_dimensions[get_column_letter(i)]
        dim.width = col.width
        if col.kind in _TEXT_KINDS:
            dim.number_format = "@"
        dv = _validation(col, ranges)
        if dv is not None:
            letter = get_column_letter(i)
            dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{last_row}")
            ws.add_data_validation(dv)
    ws.row_dimensions[HEADER_ROW].height = 50  # three lines: the name wrapped, and the hint
    ws.freeze_panes = ws.cell(FIRST_DATA_ROW, 3)  # header row and STT + name stay in view
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(MEMBER_COLUMNS))}{last_row}"


def _print_setup(ws: Worksheet, title_lines: list[str], count: int | None, last_row: int) -> None:
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{get_column_letter(PRINTED_COLUMNS)}{last_row}"
    ws.print_options.horizontalCentered = True
    margins = ws.page_margins
    margins.left = margins.right = 0.4
    margins.top = 0.75  # the title is one line of three sections (xlsx_print.title_header)
    margins.bottom, margins.header, margins.footer = 0.6, 0.25, 0.25
    if title_lines:
        # The title in the centre, whose list on the left (the club), where and as of when
        # on the right; each short enough to leave the centre free. A masked export says so
        # under the page, beside the count.
        lines = [line for line in title_lines if line != MASKED_NOTE]
        title_header(ws, lines[0] if lines else "", lines[1] if len(lines) > 1 else "",
                     " ".join(lines[2:]), font=FONT_NAME)
        if MASKED_NOTE in title_lines:
            ws.oddFooter.center.text = MASKED_NOTE
            ws.oddFooter.center.font = FONT_NAME
            ws.oddFooter.center.size = 12
    if count is not None:
        ws.oddFooter.left.text = f"Tổng số: {count} thành viên"
        ws.oddFooter.left.font = FONT_NAME
        ws.oddFooter.left.size = 12
    ws.oddFooter.right.text = "Trang &P/&N"
    ws.oddFooter.right.font = FONT_NAME
    ws.oddFooter.right.size = 12


def _write_help(wb: Workbook, villages: list[str]) -> None:
    ws = wb.create_sheet(SHEET_HELP)
    ws["A1"] = "HƯỚNG DẪN NHẬP DANH SÁCH THÀNH VIÊN CLB"
    ws["A1"].font = Font(name=FONT_NAME, size=14, bold=True)
    notes = [
        f"• Nhập ở trang «{SHEET_MEMBERS}»: mỗi dòng một thành viên, bắt đầu từ dòng "
        f"{FIRST_DATA_ROW}.",
        f"• Giữ nguyên dòng tiêu đề cột (dòng {HEADER_ROW}) và tên các cột; có thể bỏ cột "
        "không bắt buộc. Dòng để trống sẽ được bỏ qua.",
        "• Ngày ghi dạng dd/mm/yyyy, năm đủ 4 chữ số (VD: 05/03/1958). Chỉ biết năm sinh thì "
        "ghi vào cột «Năm sinh» là đủ.",
        "• Số CCCD gồm đủ 12 chữ số, kể cả số 0 ở đầu. Các ô đã để dạng chữ để Excel không "
        "xóa số 0; nếu dán từ tệp khác, hãy kiểm tra lại.",
        "• Các cột có/không: ghi «x» nếu có, để trống nếu không.",
        "• Các cột có mũi tên: chọn trong danh sách thả xuống.",
        "• Chương trình kiểm tra cả tệp trước khi nhập: nếu còn một lỗi thì chưa nhập dòng "
        "nào và báo rõ từng dòng, từng cột để sửa.",
        "• Đây là dữ liệu cá nhân nhạy cảm: chỉ chép tệp cho người có trách nhiệm, xóa tệp "
        "khi đã nhập xong.",
    ]
    if villages:
        notes.append("• Thôn/tổ dân phố của xã/phường: " + ", ".join(villages) + ".")
    row = 3
    for note in notes:
        cell = ws.cell(row, 1, note)
        cell.alignment, cell.font = _WRAP, _BODY_FONT
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        # Merged cells do not grow by themselves: about 100 characters fit on a line.
        ws.row_dimensions[row].height = 16 * (len(note) // 100 + 1)
        row += 1
    row += 1
    table_start = row
    for i, head in enumerate(("Cột", "Cách ghi", "Bắt buộc", "Ví dụ"), start=1):
        cell = ws.cell(row, i, head)
        cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _BORDER
        cell.alignment = _HEADER_ALIGN
    for col in MEMBER_COLUMNS:
        row += 1
        if col.key in ("birth_date", "birth_year"):
            need = "Ngày sinh hoặc Năm sinh"
        else:
            need = "Bắt buộc" if col.required else ""
        for i, value in enumerate((col.header, col.help, need, col.example), start=1):
            cell = ws.cell(row, i, value)
            cell.font, cell.border, cell.alignment = _BODY_FONT, _BORDER, _WRAP
            cell.number_format = "@"
    # Fitted to A4 landscape the 11 pt type prints at ≥ 9 pt; long instructions wrap.
    for letter, width in zip("ABCD", (22, 64, 12, 16), strict=True):
        ws.column_dimensions[letter].width = width
    fit_rows(ws, table_start + 1, row)
    print_margins(ws)
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _cell_value(col: Column, row: MemberRow, index: int, notes: dict[int, str],
                masks: Masks) -> object:
    value = getattr(row, col.key, None)
    if col.key in masks:
        # Every row says "(ẩn)", not only those with a value: a blank would tell who is not
        # poor or disabled. An ID number keeps its last four digits.
        return masks[col.key](value) or None
    match col.kind:
        case "index":
            return index
        case "date":
            return format_date(value)
        case "bool":
            return YES if value else None
        case "gender":
            return label("gender", value)
        case "household":
            return label("household_status", value)
        case "role":
            return label("member_role", value)
        case "consent":
            return label("consent_method", value)
        case "club":
            return row.club_code
    if col.key == "note":
        return notes.get(row.person_id, "")
    return value if value not in (None, "") else None


def _write_rows(ws: Worksheet, rows: list[MemberRow], notes: dict[int, str],
                masks: Masks) -> None:
    styles = []
    for col in MEMBER_COLUMNS:
        styles.append((_CENTER if col.kind in _CENTERED_KINDS else _WRAP,
                       "@" if col.kind in _TEXT_KINDS else "General"))
    prototypes = []  # the first row is styled the normal way; the others copy its styles
    for n, reg_row in enumerate(rows, start=1):
        r = HEADER_ROW + n
        for i, col in enumerate(MEMBER_COLUMNS, start=1):
            cell = ws.cell(r, i, _cell_value(col, reg_row, n, notes, masks))
            if n == 1:
                cell.font, cell.border = _BODY_FONT, _BORDER
                cell.alignment, cell.number_format = styles[i - 1]
                prototypes.append(cell._style)
            else:
                # Setting font/border objects hashes them for every cell (most of the time of
                # a big export); copying the style index array is the same result, 10x faster.
                cell._style = copy(prototypes[i - 1])


def _percent(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}%".replace(".", ",") if whole else ""


def _write_summary(wb: Workbook, rows: list[MemberRow], title_lines: list[str],
                   on: dt.date) -> None:
    ws = wb.create_sheet(SHEET_SUMMARY)
    r = 1
    for line in title_lines:
        ws.cell(r, 1, nfc(line)).font = Font(name=FONT_NAME, size=13, bold=True)
        r += 1
    ws.cell(r, 1, f"Số liệu ngày {format_date(on)}").font = Font(name=FONT_NAME, italic=True)
    r += 2
    total = len(rows)
    items: list[tuple[str, int]] = [("Tổng số thành viên", total)]
    items += [(text, sum(x.gender == code for x in rows))
              for code, text in LABELS["gender"].items()]
    items += [(text, sum(x.household_status == code for x in rows))
              for code, text in LABELS["household_status"].items() if code != "none"]
    items += [
        ("Người khuyết tật", sum(x.disability for x in rows)),
        ("Gia đình chính sách", sum(x.policy_beneficiary for x in rows)),
        ("Hưởng trợ cấp xã hội", sum(x.social_assistance for x in rows)),
        ("TNV chăm sóc tại nhà", sum(x.home_care_volunteer for x in rows)),
        ("TNV kinh tế", sum(x.economic_volunteer for x in rows)),
        ("Có số CCCD", sum(bool(x.id_number) for x in rows)),
        ("Đã ghi nhận đồng ý xử lý dữ liệu", sum(x.consent_date is not None for x in rows)),
    ]
    for i, head in enumerate(("Chỉ tiêu", "Số người", "Tỷ lệ"), start=1):
        cell = ws.cell(r, i, head)
        cell.font, cell.fill, cell.border, cell.alignment = (_HEADER_FONT, _HEADER_FILL,
                                                             _BORDER, _HEADER_ALIGN)
    for text, count in items:
        r += 1
        for i, value in enumerate((text, count, _percent(count, total)), start=1):
            cell = ws.cell(r, i, value)
            cell.font, cell.border = _BODY_FONT, _BORDER
            cell.alignment = _WRAP if i == 1 else _CENTER
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 10


def _clean(names: Iterable[str] | None) -> list[str]:
    return list(dict.fromkeys(nfc(n) for n in names or () if nfc(n)))


def _build(rows: list[MemberRow], title_lines: list[str], villages: list[str] | None,
           groups: list[str] | None, notes: dict[int, str], summary: bool,
           masks: Masks | None = None) -> Workbook:
    masks = masks or {}
    villages, groups = _clean(villages), _clean(groups)
    title_lines = [nfc(line) for line in title_lines if nfc(line)]
    if masks:
        title_lines.append(MASKED_NOTE)
    wb = Workbook()
    ws = wb.active
    ranges = _write_lists(wb, villages, groups)
    last_row = HEADER_ROW + len(rows) + (BLANK_ROWS if not rows else 200)
    _write_member_sheet(ws, ranges, last_row)
    _print_setup(ws, title_lines, len(rows) if summary else None, HEADER_ROW + max(len(rows), 1))
    _write_rows(ws, rows, notes, masks)
    if rows:
        fit_rows(ws, FIRST_DATA_ROW, HEADER_ROW + len(rows))  # wrapped names and notes
    if summary:
        _write_summary(wb, rows, title_lines, dt.date.today())
    _write_help(wb, villages)
    wb.move_sheet(SHEET_LISTS, offset=len(wb.sheetnames))  # hidden list sheet last
    wb.active = 0
    wb.properties.creator = "ISHC Desk"
    wb.properties.title = " — ".join(title_lines) or SHEET_MEMBERS
    if masks:
        wb.properties.keywords = MASKED_KEYWORD
    return wb


def write_template(path: str, villages: list[str], groups: list[str] | None = None,
                   title_lines: list[str] | None = None) -> None:
    """Blank member list for clerks to fill in, with dropdowns and an instructions sheet."""
    as_text(_build([], title_lines or [], villages, groups, {}, summary=False)).save(path)


def write_register(path: str, rows: list[MemberRow], title_lines: list[str],
                   villages: list[str] | None = None, groups: list[str] | None = None,
                   notes: dict[int, str] | None = None, *, masks: Masks | None = None) -> None:
    """A register in the given order, printable (A4 landscape, header row on every page) and
    readable by the import. `notes` maps person ids to their note (Ghi chú). `masks` (field ->
    shown value, models.privacy.consent.masks()) hides the sensitive columns of a masked
    export (CCCD but its last 4 digits, household, flags, note) and marks the file, which the
    import then refuses, since it is not the full data.

    Members who left are written like the others: pass only active rows if the file is
    meant to be imported again.
    """
    as_text(_build(list(rows), title_lines, villages, groups, notes or {}, summary=True,
                   masks=masks)).save(path)
