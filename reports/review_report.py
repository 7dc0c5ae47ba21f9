"""The review report of a plan (Báo cáo sơ kết / tổng kết thực hiện kế hoạch) in the Decree 30
report layout: the results against the plan's targets year by year in one table, a chart of
the shares reached against the shares planned, the budget planned and granted, and the clubs
that miss a standard. `indicator_rows` is also the table of the .xlsx export
(reports/review_xlsx.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from reports.decree30 import (
    Col,
    DataTable,
    Document,
    Header,
    Heading,
    Para,
    Recipients,
    Signature,
    Title,
    render,
)
from reports.decree30 import PageSetup as Setup
from reports.fonts import document_fonts
from reports.papers.common import DRAFT_BLANK


@dataclass(frozen=True)
class IndicatorLine:
    """One target in one year: what was planned, what was done, the gap, the verdict."""

    label: str
    year: int
    planned: str
    actual: str
    gap: str
    verdict: str


@dataclass(frozen=True)
class BudgetLine:
    year: int
    source: str
    planned: str
    granted: str


@dataclass(frozen=True)
class ShareBar:
    """A share target of the report's year for the chart (percents)."""

    label: str
    planned: float
    actual: float


@dataclass(frozen=True)
class ReviewReportData:
    parent_body: str
    issuing_body: str
    symbol: str  # "BC-UBND"
    place: str
    date: dt.date
    final: bool  # tổng kết (the plan's last year) rather than sơ kết
    plan_line: str  # "Kế hoạch số 65/KH-UBND ngày … về …"
    period: str  # "2021 - 2023"
    area: str
    summary: tuple[str, ...]  # paragraphs of the results in words
    lines: tuple[IndicatorLine, ...]
    bars: tuple[ShareBar, ...]
    budget: tuple[BudgetLine, ...]
    misses: tuple[str, ...]  # "DX015: Tổng số thành viên 47 (50–70); …"
    signature: Signature
    recipients: tuple[str, ...] = ()


COLUMNS = (Col("TT", 0.6, "centre"), Col("Chỉ tiêu", 3.6), Col("Năm", 0.8, "centre"),
           Col("Kế hoạch", 1.3, "right"), Col("Thực hiện", 1.8, "right"),
           Col("Chênh lệch", 1.9, "right"), Col("Đánh giá", 1.2, "centre"))
BUDGET_COLUMNS = (Col("Năm", 0.8, "centre"), Col("Nguồn", 2.6),
                  Col("Kế hoạch (đồng)", 2, "right"), Col("Đã cấp (đồng)", 2, "right"))


def kind_word(data: ReviewReportData) -> str:
    return "tổng kết" if data.final else "sơ kết"


def period_words(data: ReviewReportData) -> str:
    """"giai đoạn 2021 - 2023", or "năm 2026" for the plan's first year alone."""
    first, _, last = data.period.partition(" - ")
    return f"năm {first}" if first == last or not last else f"giai đoạn {data.period}"


def indicator_rows(data: ReviewReportData) -> tuple[tuple[str, ...], ...]:
    """The indicator table's rows (the PDF's and the spreadsheet's)."""
    return tuple((str(i), x.label, str(x.year), x.planned, x.actual, x.gap, x.verdict)
                 for i, x in enumerate(data.lines, start=1))


def chart(data: ReviewReportData, width: float = 440, bar_height: float = 13) -> Drawing:
    """Horizontal bars: each share target of the year, planned beside reached."""
    fonts = document_fonts()
    n = max(1, len(data.bars))
    height = n * (2 * bar_height + 8) + 60
    drawing = Drawing(width, height)
    bars = HorizontalBarChart()
    bars.x, bars.y = 235, 36
    bars.width, bars.height = width - 250, height - 60
    bars.data = [[b.planned for b in data.bars], [b.actual for b in data.bars]]
    bars.categoryAxis.categoryNames = [b.label for b in data.bars]
    bars.categoryAxis.labels.fontName = fonts.regular
    bars.categoryAxis.labels.fontSize = 8
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.categoryAxis.reverseDirection = 1
    bars.valueAxis.valueMin, bars.valueAxis.valueMax, bars.valueAxis.valueStep = 0, 100, 20
    bars.valueAxis.labels.fontName = fonts.regular
    bars.valueAxis.labels.fontSize = 9
    bars.valueAxis.labelTextFormat = "%d %%"
    bars.bars[0].fillColor = colors.HexColor("#9bb7d4")
    bars.bars[1].fillColor = colors.HexColor("#2e6da4")
    bars.bars.strokeColor = None
    bars.barSpacing, bars.groupSpacing = 1, 8
    drawing.add(bars)
    legend = Legend()
    legend.x, legend.y = 235, 14
    legend.fontName, legend.fontSize = fonts.regular, 9
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(bars.bars[0].fillColor, "Kế hoạch"),
                             (bars.bars[1].fillColor, "Thực hiện")]
    drawing.add(legend)
    drawing.add(String(0, height - 12, f"Tỷ lệ đạt được năm {data.lines[-1].year if data.lines else ''}"
                       " so với kế hoạch (%)", fontName=fonts.bold, fontSize=10))
    return drawing


def document(data: ReviewReportData, setup: Setup | None = None) -> Document:
    body: list = [Heading("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"),
                  *(Para(p) for p in data.summary),
                  DataTable(COLUMNS, indicator_rows(data), size=11)]
    if data.bars:
        body.append(chart(data))
    body.append(Heading("II. KINH PHÍ THỰC HIỆN"))
    if data.budget:
        body.append(DataTable(BUDGET_COLUMNS, tuple((str(b.year), b.source, b.planned,
                                                     b.granted) for b in data.budget),
                              size=11))
    else:
        body.append(Para("Kế hoạch không dự kiến kinh phí theo năm."))
    body.append(Heading("III. CÁC CÂU LẠC BỘ CHƯA ĐẠT CHUẨN"))
    if data.misses:
        body.extend(Para(f"- {m}", align="left") for m in data.misses)
    else:
        body.append(Para("Tất cả các câu lạc bộ đạt các chuẩn của kế hoạch."))
    body.append(Heading("IV. ĐÁNH GIÁ CHUNG VÀ ĐỀ XUẤT"))
    body.append(Para("Trên đây là báo cáo " + kind_word(data) + " thực hiện kế hoạch "
                     f"{period_words(data)} trên địa bàn {data.area}."))
    return Document(
        header=Header(parent_body=data.parent_body, issuing_body=data.issuing_body,
                      number_line=f"Số: {DRAFT_BLANK}/{data.symbol}", place=data.place,
                      date=data.date),
        title=Title("BÁO CÁO", f"{kind_word(data).capitalize()} {data.plan_line}, "
                               f"{period_words(data)}"),
        body=tuple(body), signature=data.signature,
        recipients=Recipients(data.recipients or ("Như trên", "Lưu: VT")),
        setup=setup or Setup())


def build(data: ReviewReportData, setup: Setup | None = None) -> bytes:
    """The report's PDF bytes."""
    return render(document(data, setup))
