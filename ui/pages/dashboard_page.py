"""Dashboard page: for the user's unit and a year, each target of the plan beside its figure
and gap, charts (members per club against the 50–70 band, composition per club, funds and
loans by year, budget planned and granted), and the clubs that miss a standard — a double
click opens the club on the Clubs page. Computed in models/plans/dashboard.py, off the GUI
thread."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.plans import dashboard, examples, over_time, rights
from models.plans import plans as plan_service
from models.reporting import indicators
from ui import service
from ui.context import AppContext, Change
from ui.dashboard_models import ID_ROLE, MissesModel, TargetsModel
from ui.messages import label
from ui.table_model import row_view

YEARS_SHOWN = 10


def _view(model) -> QTableView:
    view = row_view(model)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def _chart_view() -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return chart, view


class DashboardPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self.board: dashboard.Dashboard | None = None
        self.years = QComboBox()
        for year in range(self.today().year, self.today().year - YEARS_SHOWN, -1):
            self.years.addItem(str(year), year)
        self.periods = QComboBox()
        for key, text in (("year", self.tr("Cả năm")), ("half", self.tr("6 tháng đầu năm")),
                          ("to_date", self.tr("Từ đầu năm đến hôm nay"))):
            self.periods.addItem(text, key)
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Năm:")))
        top.addWidget(self.years)
        top.addWidget(self.periods)
        top.addWidget(self.plan_label, 1)
        self.edit_button = QPushButton(self.tr("Kế hoạch…"))
        self.edit_button.setToolTip(self.tr("Xem, sửa kế hoạch, chỉ tiêu và kinh phí"))
        self.example_button = QPushButton(self.tr("Nạp kế hoạch mẫu"))
        self.example_menu = QMenu(self)
        self.example_button.setMenu(self.example_menu)
        top.addWidget(self.edit_button)
        top.addWidget(self.example_button)
        self.edit_button.clicked.connect(self.edit_plan)
        self.targets = TargetsModel(self)
        self.targets_view = _view(self.targets)
        self.misses = MissesModel(self)
        self.misses_view = _view(self.misses)
        self.misses_view.setToolTip(self.tr("Nhấn đúp để mở CLB"))
        self.misses_view.doubleClicked.connect(self._open_club)
        self.tabs = QTabWidget()
        self.charts: dict[str, QChart] = {}
        for key, title in (("members", self.tr("Thành viên mỗi CLB")),
                           ("composition", self.tr("Cơ cấu mỗi CLB (%)")),
                           ("meetings", self.tr("Sinh hoạt mỗi CLB")),
                           ("coverage", self.tr("Tỷ lệ CLB đạt")),
                           ("money", self.tr("Quỹ và cho vay theo năm")),
                           ("budget", self.tr("Kinh phí: kế hoạch và đã cấp"))):
            chart, view = _chart_view()
            self.charts[key] = chart
            self.tabs.addTab(view, title)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.targets_view, 3)
        lv.addWidget(QLabel(self.tr("CLB chưa đạt chuẩn (nhấn đúp để mở CLB):")))
        lv.addWidget(self.misses_view, 2)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setSizes([760, 440])
        header = self.targets_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.targets_view.setWordWrap(True)
        self.misses_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.years.currentIndexChanged.connect(self.refresh)
        self.periods.currentIndexChanged.connect(self.refresh)
        context.subscribe(self, lambda _c: self.refresh(), Change.CLUB, Change.MEMBER,
                          Change.FUND, Change.LOAN, Change.MEETING, Change.TRAINING,
                          Change.SUPERVISION, Change.PLAN)
        self.refresh()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def year(self) -> int:
        return int(self.years.currentData())

    def period(self) -> tuple[dt.date, dt.date]:
        """The period chosen: the year, its first half, or the year up to today (sơ kết
        6 tháng, báo cáo đến thời điểm)."""
        year, kind = self.year(), self.periods.currentData()
        start = dt.date(year, 1, 1)
        if kind == "half":
            return start, dt.date(year, 6, 30)
        if kind == "to_date" and self.today().year == year:
            return start, self.today()
        return start, dt.date(year, 12, 31)

    def refresh(self) -> None:
        start, end = self.period()
        service.call_slow(self, _compute, start, end, self._today, on_done=self._show,
                          title=self.tr("Đang tính bảng chỉ tiêu…"))

    def _show(self, result) -> None:
        board, money = result
        self.board = board
        if board.plan_id is None:
            self.plan_label.setText(self.tr("{area}: chưa có kế hoạch cho năm này.").format(
                area=board.area_name))
        else:
            self.plan_label.setText(f"<b>{board.area_name}</b> — {board.plan_title}")
        t = board.totals
        self.summary.setText(self.tr(
            "{clubs} CLB, {members} thành viên ({older} người cao tuổi, {women} nữ); "
            "{borrowers} thành viên vay vốn; {meetings} buổi sinh hoạt; "
            "{missing} CLB chưa đạt chuẩn.").format(
            clubs=t["clubs"], members=t["members"], older=t["members_older"],
            women=t["members_women"], borrowers=t["borrowers"], meetings=t["meetings_held"],
            missing=len({m.club_id for m in board.misses})))
        self.targets.set_rows(board.targets)
        self.targets_view.resizeRowsToContents()
        self.misses.set_rows(board.misses)
        self._update_buttons(board)
        self._members_chart(board)
        self._composition_chart(board)
        self._meetings_chart(board)
        self._coverage_chart(board)
        self._money_chart(money)
        self._budget_chart(board)

    def _axes(self, chart: QChart, series, names: list[str], top: float) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        for s in series:
            chart.addSeries(s)
        x = QBarCategoryAxis()
        x.append(names)
        x.setLabelsAngle(-90 if len(names) > 6 else 0)
        y = QValueAxis()
        y.setRange(0, max(top, 1))
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            s.attachAxis(x)
            s.attachAxis(y)

    def _members_chart(self, board: dashboard.Dashboard) -> None:
        std = self.context.standards
        clubs = board.clubs[:60]  # a chart of more bars is unreadable; the table has all
        bars = QBarSet(self.tr("Thành viên"))
        bars.append([c.figures["members"] for c in clubs])
        series = QBarSeries()
        series.append(bars)
        band = []
        for value in (std.min_members, std.max_members):
            line = QLineSeries()
            line.setName(self.tr("Chuẩn {low}–{high}").format(low=std.min_members,
                                                             high=std.max_members))
            for i in range(len(clubs)):
                line.append(i, value)
            band.append(line)
        band[1].setName("")
        for line in band:
            pen = line.pen()
            pen.setColor(QColor("#d9822b"))
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
        chart = self.charts["members"]
        top = max([c.figures["members"] for c in clubs] + [std.max_members]) * 1.1
        self._axes(chart, [series, *band], [c.code for c in clubs], top)
        chart.setTitle(self.tr("Số thành viên mỗi CLB so với chuẩn"))
        for marker in chart.legend().markers(band[1]):
            marker.setVisible(False)

    def _composition_chart(self, board: dashboard.Dashboard) -> None:
        clubs = board.clubs[:40]
        series = QBarSeries()
        for code, name in (("share_older", self.tr("Người cao tuổi")),
                           ("share_women", self.tr("Nữ")),
                           ("share_disadvantaged", self.tr("Nghèo, khó khăn"))):
            bars = QBarSet(name)
            bars.append([indicators.share(c.figures, code) or 0 for c in clubs])
            series.append(bars)
        self._axes(self.charts["composition"], [series], [c.code for c in clubs], 100)
        self.charts["composition"].setTitle(self.tr("Cơ cấu thành viên mỗi CLB (%)"))

    def _meetings_chart(self, board: dashboard.Dashboard) -> None:
        clubs = board.clubs[:60]
        held, months = QBarSet(self.tr("Buổi sinh hoạt")), QBarSet(self.tr("Số tháng phải họp"))
        held.append([c.figures["meetings_held"] for c in clubs])
        months.append([c.figures["meeting_months"] for c in clubs])
        series = QBarSeries()
        series.append(held)
        series.append(months)
        top = max([1] + [c.figures["meeting_months"] for c in clubs]
                  + [c.figures["meetings_held"] for c in clubs]) * 1.15
        self._axes(self.charts["meetings"], [series], [c.code for c in clubs], top)
        self.charts["meetings"].setTitle(self.tr("Buổi sinh hoạt đã tổ chức mỗi CLB"))

    def _coverage_chart(self, board: dashboard.Dashboard) -> None:
        codes = ("share_trained", "share_supervised", "share_both_funds", "share_in_band",
                 "share_composition")
        bars = QBarSet(self.tr("Tỷ lệ CLB (%)"))
        bars.append([round(indicators.share(board.totals, code) or 0, 1) for code in codes])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        names = [self.tr("Tập huấn"), self.tr("Giám sát"), self.tr("Đủ hai quỹ"),
                 self.tr("Đủ thành viên"), self.tr("Đạt cơ cấu")]
        chart = self.charts["coverage"]
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append(names)
        x = QValueAxis()
        x.setRange(0, 100)
        x.setLabelFormat("%d")
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.setTitle(self.tr(
            "Tập huấn {trained}/{clubs} CLB, giám sát {supervised}/{clubs} CLB").format(
            trained=board.totals["clubs_trained"], supervised=board.totals["clubs_supervised"],
            clubs=board.totals["clubs"]))

    def _money_chart(self, money: list[over_time.YearMoney]) -> None:
        million = 1_000_000
        lines = []
        for name, pick in ((self.tr("Quỹ tăng thu nhập"), lambda m: m.fund_income),
                           (self.tr("Quỹ hoạt động"), lambda m: m.fund_activity),
                           (self.tr("Cho vay trong năm"), lambda m: m.loans_disbursed_amount)):
            bars = QBarSet(name)
            bars.append([pick(m) / million for m in money])
            lines.append(bars)
        series = QBarSeries()
        for bars in lines:
            series.append(bars)
        top = max([1.0] + [b.at(i) for b in lines for i in range(b.count())]) * 1.1
        self._axes(self.charts["money"], [series], [str(m.year) for m in money], top)
        self.charts["money"].setTitle(self.tr("Số dư quỹ cuối năm và tiền cho vay (triệu đồng)"))

    def _budget_chart(self, board: dashboard.Dashboard) -> None:
        years = sorted({b.year for b in board.budget})
        planned, granted = QBarSet(self.tr("Kế hoạch")), QBarSet(self.tr("Đã cấp"))
        for year in years:
            rows = [b for b in board.budget if b.year == year]
            planned.append(sum(b.planned for b in rows) / 1_000_000)
            granted.append(sum(b.granted for b in rows) / 1_000_000)
        series = QBarSeries()
        series.append(planned)
        series.append(granted)
        values = [planned.at(i) for i in range(planned.count())] + [
            granted.at(i) for i in range(granted.count())]
        self._axes(self.charts["budget"], [series], [str(y) for y in years],
                   max([1.0, *values]) * 1.1)
        self.charts["budget"].setTitle(self.tr("Kinh phí theo năm (triệu đồng): {sources}")
                                       .format(sources=", ".join(
                                           label("budget_source", s)
                                           for s in ("province", "commune", "sponsors"))))

    def _update_buttons(self, board: dashboard.Dashboard) -> None:
        writer = rights.can_write(board.area)
        self.edit_button.setEnabled(board.plan_id is not None or writer)
        self.example_menu.clear()
        level = "province" if board.area.startswith("P") else "ward"
        for ex in examples.examples():
            if ex.area_level == level:
                action = self.example_menu.addAction(
                    f"{ex.first_year}–{ex.last_year}: {ex.title}")
                action.triggered.connect(lambda _c=False, key=ex.key: self.load_example(key))
        self.example_button.setEnabled(writer and not self.example_menu.isEmpty())

    def edit_plan(self) -> None:
        from dialogs.programme_plan_dialog import PlanDialog

        board = self.board
        if board is None:
            return
        inp = plan_service.plan_input(plan_service.get_plan(board.plan_id)) \
            if board.plan_id is not None else None
        dialog = PlanDialog(self.context, board.area, board.plan_id, inp, self,
                            year=self.year())
        dialog.exec()

    def load_example(self, key: str) -> None:
        board = self.board
        if board is not None:
            service.call(self, lambda: examples.load_example(key, board.area),
                         context=self.context, changes=Change.PLAN, box=True)

    def _open_club(self, index: QModelIndex) -> None:
        club_id = index.data(ID_ROLE) if index.isValid() else None
        if club_id is not None:
            self.context.open_club.emit("clubs", int(club_id))


def _compute(start: dt.date, end: dt.date, today: dt.date | None, **_task) -> tuple:
    board = dashboard.compute(None, start=start, end=end, today=today)
    wards = dashboard.ward_codes(board.area)
    money = over_time.money_by_year(wards, end.year - 4, end.year)
    return board, money
