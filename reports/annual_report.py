"""Báo cáo kết quả hoạt động năm …: a club's, a commune/ward's, a province's or the national
annual report, in Decree 30's report layout.

Part I states the year's results area by area (members and composition, meetings, the eight
activity areas, funds and their sources, loans, training and supervision) from the indicator
figures, with two charts (reportlab graphics); parts II and III are the office's own words.
The annex prints the whole indicator table and, above the club level, the table per unit below.
Every number printed comes from `figures` (or the children's figures), so a report read back
gives the figures it was built from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from models.text.vietnamese import format_number
from reports.decree30 import (
    Col,
    DataTable,
    Document,
    Header,
    Heading,
    PageSetup,
    Para,
    Recipients,
    Signature,
    Title,
    render,
)
from reports.fonts import document_fonts
from reports.papers.common import number_or_draft

TITLE = "BÁO CÁO"
LEVEL_WORDS = {"club": "câu lạc bộ", "ward": "xã/phường", "province": "tỉnh/thành phố",
               "nation": "toàn quốc"}


@dataclass(frozen=True)
class IndicatorLine:
    """One row of the indicator table: code, label (Vietnamese), whether it is money."""

    code: str
    label: str
    money: bool = False


@dataclass(frozen=True)
class ChildLine:
    """One unit below in the per-unit table."""

    code: str
    name: str
    figures: dict[str, int]


@dataclass(frozen=True)
class AnnualReportData:
    """Plain values the report prints."""

    level: str  # club, ward, province, nation
    unit_name: str  # "CLB Liên thế hệ tự giúp nhau Tổ 7", "Phường Đức Xuân"
    year: int
    issuing_body: str
    figures: dict[str, int]
    lines: tuple[IndicatorLine, ...]
    area_labels: tuple[tuple[str, str], ...]  # (area code, label) of the eight areas
    parent_body: str = ""
    place: str = ""
    date: dt.date | None = None
    number: str = ""
    symbol: str = "BC"
    children: tuple[ChildLine, ...] = ()
    child_columns: tuple[tuple[str, str], ...] = ()  # (code, short heading)
    results: str = ""
    difficulties: str = ""
    proposals: str = ""
    signature: Signature = field(default_factory=Signature)
    recipients: tuple[str, ...] = ()
    version: int = 1
    approved: bool = False
    approval_line: str = ""  # "Báo cáo đã được duyệt ngày …" on a signed copy


def summary(data: AnnualReportData) -> str:
    return f"Kết quả hoạt động năm {data.year} của {data.unit_name}"


def _n(value: int) -> str:
    return format_number(int(value))


def _pct(part: int, whole: int) -> str:
    if not whole:
        return "–"
    return f"{100.0 * part / whole:.1f}".replace(".", ",") + "%"


def _paras(text: str, empty: str) -> list[Para]:
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    return [Para(ln) for ln in lines] or [Para(empty)]


def _results(d: AnnualReportData) -> list:
    f = d.figures.get
    club_level = d.level == "club"
    out: list = [Heading("I. KẾT QUẢ HOẠT ĐỘNG")]
    if not club_level:
        out.append(Para(f"Năm {d.year}, toàn {LEVEL_WORDS[d.level]} có {_n(f('clubs', 0))} "
                        f"câu lạc bộ Liên thế hệ tự giúp nhau đang hoạt động, trong đó "
                        f"{_n(f('clubs_founded', 0))} câu lạc bộ thành lập mới trong năm."))
    members = f("members", 0)
    out += [
        Para("1. Thành viên và cơ cấu", bold=True, indent=False),
        Para(f"Tổng số thành viên: {_n(members)} người; người cao tuổi "
             f"{_n(f('members_older', 0))} ({_pct(f('members_older', 0), members)}); nữ "
             f"{_n(f('members_women', 0))} ({_pct(f('members_women', 0), members)}); nghèo, "
             f"cận nghèo, hoàn cảnh khó khăn {_n(f('members_disadvantaged', 0))} "
             f"({_pct(f('members_disadvantaged', 0), members)}). Số câu lạc bộ có số thành "
             f"viên trong chuẩn: {_n(f('clubs_in_band', 0))}/{_n(f('clubs', 0))}; đạt chuẩn "
             f"cơ cấu: {_n(f('clubs_composition_met', 0))}/{_n(f('clubs', 0))}."),
        Para("2. Sinh hoạt định kỳ", bold=True, indent=False),
        Para(f"Đã tổ chức {_n(f('meetings_held', 0))}/{_n(f('meeting_months', 0))} buổi sinh "
             f"hoạt tháng ({_pct(f('meetings_held', 0), f('meeting_months', 0))}); "
             f"{_n(f('attendance_present', 0))}/{_n(f('attendance_places', 0))} lượt thành "
             f"viên dự ({_pct(f('attendance_present', 0), f('attendance_places', 0))}). "
             + (f"Hội phí thu được {_n(f('fees_collected', 0))} đồng/"
                f"{_n(f('fees_due', 0))} đồng phải thu."
                if f('fees_due', 0) or f('fees_collected', 0)
                else "Câu lạc bộ không thu hội phí tại các buổi sinh hoạt.")),
        Para("3. Hoạt động theo tám nội dung", bold=True, indent=False),
        DataTable((Col("STT", 0.7, "centre"), Col("Nội dung hoạt động", 5),
                   Col("Số hoạt động", 1.6, "right")),
                  tuple((str(i), label, _n(f(f"activities_{code}", 0)))
                        for i, (code, label) in enumerate(d.area_labels, 1)), size=12),
        Para(f"Thành viên được khám sức khỏe: {_n(f('health_checked', 0))}; người cao tuổi "
             f"được chăm sóc tại nhà: {_n(f('home_care_older', 0))} "
             f"({_n(f('home_care_visits', 0))} lượt thăm); trường hợp được giúp đỡ: "
             f"{_n(f('self_help_cases', 0))} (trị giá {_n(f('self_help_value', 0))} đồng); "
             f"người được hỗ trợ tiếp cận chính sách: {_n(f('claim_people', 0))}, được hưởng: "
             f"{_n(f('claim_granted', 0))}."),
        _area_chart(d),
        Para("4. Quỹ và nguồn vốn", bold=True, indent=False),
        Para(f"Số dư cuối năm: quỹ quay vòng tạo thu nhập {_n(f('fund_income_balance', 0))} "
             f"đồng; quỹ hoạt động {_n(f('fund_activity_balance', 0))} đồng; các quỹ khác "
             f"{_n(f('fund_other_balance', 0))} đồng. Số câu lạc bộ có đủ hai quỹ: "
             f"{_n(f('clubs_both_funds', 0))}/{_n(f('clubs', 0))}. Nguồn hỗ trợ trong năm: "
             f"ngân sách tỉnh {_n(f('grants_province', 0))} đồng, ngân sách xã/phường "
             f"{_n(f('grants_commune', 0))} đồng, ủng hộ, tài trợ "
             f"{_n(f('grants_sponsors', 0))} đồng."),
        Para("5. Vay vốn và phát triển kinh tế", bold=True, indent=False),
        Para(f"{_n(f('borrowers', 0))} thành viên vay vốn ({_pct(f('borrowers', 0), members)} "
             f"số thành viên), {_n(f('income_improved', 0))} người có thu nhập tăng. Trong năm "
             f"giải ngân {_n(f('loans_disbursed', 0))} khoản, "
             f"{_n(f('loans_disbursed_amount', 0))} đồng; dư nợ cuối năm "
             f"{_n(f('loans_outstanding_amount', 0))} đồng ({_n(f('loans_outstanding', 0))} "
             f"khoản); thu nợ {_n(f('repayment_collected', 0))}/"
             f"{_n(f('repayment_due', 0))} đồng đến hạn "
             f"({_pct(f('repayment_collected', 0), f('repayment_due', 0))})."),
        Para("6. Tập huấn và giám sát", bold=True, indent=False),
        Para(f"Số câu lạc bộ có Ban chủ nhiệm được tập huấn: {_n(f('clubs_trained', 0))}/"
             f"{_n(f('clubs', 0))}; được giám sát: {_n(f('clubs_supervised', 0))}/"
             f"{_n(f('clubs', 0))} ({_n(f('supervision_visits', 0))} lượt"
             + (f", điểm bình quân {_score(f('supervision_score_tenths', 0), f('supervision_scored', 0))}"  # noqa: E501
                if f("supervision_scored", 0) else "") + ")."),
        _composition_chart(d),
        Para("7. Đánh giá chung", bold=True, indent=False),
        *_paras(d.results, "Chưa có nhận xét."),
        Heading("II. KHÓ KHĂN, TỒN TẠI"),
        *_paras(d.difficulties, "Không có."),
        Heading("III. ĐỀ XUẤT, KIẾN NGHỊ"),
        *_paras(d.proposals, "Không có."),
        *([Para(d.approval_line, italic=True)] if d.approval_line else []),
    ]
    return out


def _score(tenths: int, scored: int) -> str:
    return f"{tenths / 10 / scored:.1f}".replace(".", ",") + "/100"


def _bar_chart(title: str, labels: list[str], values: list[int], width: float) -> Drawing:
    fonts = document_fonts()
    row = 14
    height = row * len(labels) + 40
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 10
    chart.width, chart.height = width - 190, row * len(labels)
    chart.data = [values[::-1]]
    chart.categoryAxis.categoryNames = labels[::-1]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    top = max([*values, 1])
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, -(-top // 5))  # whole steps: counts have no fractions
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = lambda v: format_number(int(v))
    chart.bars[0].fillColor = colors.HexColor("#4a78b5")
    chart.barLabelFormat = lambda v: format_number(int(v))
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(width / 2, height - 14, title, fontName=fonts.bold, fontSize=10,
                       textAnchor="middle"))
    return drawing


def _area_chart(d: AnnualReportData) -> Drawing:
    labels = [label.replace("Hoạt động ", "").capitalize()[:34] for _, label in d.area_labels]
    values = [int(d.figures.get(f"activities_{code}", 0)) for code, _ in d.area_labels]
    return _bar_chart(f"Biểu đồ 1. Số hoạt động theo nội dung, năm {d.year}", labels, values,
                      150 * mm)


def _composition_chart(d: AnnualReportData) -> Drawing:
    f = d.figures.get
    labels = ["Tổng số thành viên", "Người cao tuổi", "Nữ", "Nghèo, khó khăn", "Vay vốn",
              "Thu nhập tăng"]
    values = [f("members", 0), f("members_older", 0), f("members_women", 0),
              f("members_disadvantaged", 0), f("borrowers", 0), f("income_improved", 0)]
    return _bar_chart(f"Biểu đồ 2. Thành viên và vay vốn, năm {d.year}", labels, values,
                      150 * mm)


def indicator_rows(d: AnnualReportData) -> tuple[tuple[str, ...], ...]:
    """The indicator table's rows: number, label, value (money in đồng)."""
    return tuple((str(i), line.label + (" (đồng)" if line.money else ""),
                  _n(d.figures.get(line.code, 0)))
                 for i, line in enumerate(d.lines, 1))


def child_rows(d: AnnualReportData) -> tuple[tuple[str, ...], ...]:
    """The per-unit table's rows, with the total as the last row."""
    rows = [(str(i), c.name, *(_n(c.figures.get(code, 0)) for code, _ in d.child_columns))
            for i, c in enumerate(d.children, 1)]
    rows.append(("", "Tổng cộng", *(_n(d.figures.get(code, 0)) for code, _ in d.child_columns)))
    return tuple(rows)


def _annex(d: AnnualReportData) -> list:
    out: list = [Title("PHỤ LỤC", f"Bảng chỉ số năm {d.year} của {d.unit_name}"),
                 Heading("1. BẢNG CHỈ SỐ"),
                 DataTable((Col("STT", 0.7, "centre"), Col("Chỉ số", 6.5),
                            Col("Giá trị", 2.0, "right")), indicator_rows(d), size=11)]
    if d.children:
        below = {"ward": "câu lạc bộ", "province": "xã/phường",
                 "nation": "tỉnh/thành phố"}[d.level]
        cols = (Col("STT", 0.75, "centre"), Col(f"Tên {below}", 3.6),
                *(Col(head, 1.9 if "(đ)" in head else 1.1, "right")
                  for _, head in d.child_columns))
        out += [Heading(f"2. CHỈ SỐ CHỦ YẾU THEO TỪNG {below.upper()}"),
                DataTable(cols, child_rows(d), size=9, footer_rows=1)]
    return out


def document(d: AnnualReportData, setup: PageSetup | None = None) -> Document:
    """The report as a Decree 30 document."""
    return Document(
        header=Header(d.parent_body, d.issuing_body,
                      f"Số: {number_or_draft(d.number, d.symbol)}",
                      place=d.place or None, date=d.date),
        title=Title(TITLE, summary(d)),
        body=tuple(_results(d)),
        signature=d.signature,
        recipients=Recipients(d.recipients) if d.recipients else None,
        annex=tuple(_annex(d)),
        setup=setup or PageSetup(),
    )


def build(d: AnnualReportData, setup: PageSetup | None = None) -> bytes:
    """The report's PDF bytes."""
    return render(document(d, setup))
