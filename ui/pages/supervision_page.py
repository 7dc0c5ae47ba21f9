"""The supervision page: the visits of a year with their score, rating and open
recommendations; the year's figures (clubs supervised, plan coverage, average score and its
trend, recommendations open past due); a chart of the average score by year; the year's
supervision plan (which club, when, by whom, and the visit that carried it out) with a chart
of its coverage month by month; and the actions (record a visit, print its record through
the preview, edit the plan, edit the checklist template)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.accounts import access
from models.supervision import figures, plans, visits
from models.text.vietnamese import format_date
from ui.context import AppContext, Change
from ui.plan_models import PlanModel
from ui.supervision_models import (
    ID_ROLE,
    OverdueModel,
    OverdueRow,
    VisitRow,
    VisitsModel,
    score_text,
)
from ui.table_model import selected_data
from ui.widgets.pdf_preview import PdfPreviewDialog

YEARS_SHOWN = 6  # the year chooser and the chart go this many years back


def tr(text: str) -> str:
    return QCoreApplication.translate("SupervisionPage", text)


def figure_box(title: str) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet("QFrame { background: #f4f7fb; border-radius: 4px; }")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 6, 10, 6)
    heading = QLabel(title)
    heading.setStyleSheet("color: #555; background: transparent;")
    value = QLabel()
    value.setStyleSheet("font-size: 13pt; font-weight: bold; background: transparent;")
    value.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(value)
    return frame, value


class SupervisionPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self.setWindowTitle(tr("Giám sát"))

        self.year_combo = QComboBox()
        for year in range(self.today().year, self.today().year - YEARS_SHOWN, -1):
            self.year_combo.addItem(str(year), year)
        self.visit_button = QPushButton(tr("Ghi buổi giám sát…"))
        self.print_button = QPushButton(tr("In biên bản giám sát…"))
        self.template_button = QPushButton(tr("Mẫu bảng kiểm…"))
        self.plan_button = QPushButton(tr("Sửa kế hoạch giám sát…"))
        writer = access.can("supervise", self.context.office.ward_code)
        for button in (self.visit_button, self.template_button, self.plan_button):
            button.setEnabled(writer)
            if not writer:
                button.setToolTip(tr("Cần quyền ghi biên bản giám sát (giám sát cấp trên "
                                     "hoặc quản trị)"))

        self.coverage_box, self.coverage_value = figure_box(tr("CLB được giám sát"))
        self.plan_box, self.plan_value = figure_box(tr("Thực hiện kế hoạch"))
        self.score_box, self.score_value = figure_box(tr("Điểm trung bình"))
        self.overdue_box, self.overdue_value = figure_box(tr("Kiến nghị quá hạn"))

        self.model = VisitsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")

        self.overdue = OverdueModel(self)
        self.overdue_view = QTableView()
        self.overdue_view.setModel(self.overdue)
        self.overdue_view.verticalHeader().hide()
        self.overdue_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdue_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        overdue_header = self.overdue_view.horizontalHeader()
        overdue_header.setHighlightSections(False)
        overdue_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        overdue_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.chart = QChart()
        self.chart.setTitle(tr("Điểm trung bình theo năm"))
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(200)

        # the year's plan: which club, when, by whom, and the visit that carried it out
        self.plan_model = PlanModel(self, today=self.today())
        self.plan_view = QTableView()
        self.plan_view.setModel(self.plan_model)
        self.plan_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_view.verticalHeader().hide()
        plan_header = self.plan_view.horizontalHeader()
        plan_header.setHighlightSections(False)
        plan_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        plan_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.plan_label = QLabel()
        self.plan_label.setStyleSheet("color: #555;")
        self.coverage_chart = QChart()
        self.coverage_chart.setTitle(tr("Thực hiện kế hoạch theo tháng (lượt giám sát)"))
        self.coverage_chart.setMargins(QMargins(4, 4, 4, 4))
        self.coverage_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.coverage_view = QChartView(self.coverage_chart)
        self.coverage_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.coverage_view.setMinimumHeight(200)

        self._layout()
        self.year_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.plan_button.clicked.connect(self.edit_plan)
        self.visit_button.clicked.connect(self.record_visit)
        self.print_button.clicked.connect(self.print_record)
        self.template_button.clicked.connect(self.edit_template)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        context.subscribe(self, lambda _c: self.refresh(), Change.SUPERVISION, Change.CLUB)
        self.refresh()

    def _layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(QLabel(tr("Năm:")))
        tools.addWidget(self.year_combo)
        tools.addStretch(1)
        for button in (self.visit_button, self.print_button, self.plan_button,
                       self.template_button):
            tools.addWidget(button)
        band = QGridLayout()
        for col, box in enumerate((self.coverage_box, self.plan_box, self.score_box,
                                   self.overdue_box)):
            band.addWidget(box, 0, col)
        visits_tab = QWidget()
        left_layout = QVBoxLayout(visits_tab)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        plan_tab = QWidget()
        plan_layout = QVBoxLayout(plan_tab)
        plan_layout.setContentsMargins(4, 4, 4, 4)
        plan_layout.addWidget(self.plan_view, 3)
        plan_layout.addWidget(self.plan_label)
        plan_layout.addWidget(self.coverage_view, 2)
        left = QTabWidget()
        left.addTab(visits_tab, tr("Các buổi giám sát trong năm"))
        left.addTab(plan_tab, tr("Kế hoạch giám sát năm"))
        self.tabs = left
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart_view, 1)
        right_layout.addWidget(QLabel(tr("Kiến nghị chưa thực hiện, đã quá hạn")))
        right_layout.addWidget(self.overdue_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([620, 380])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Giám sát CLB Liên thế hệ tự giúp nhau"))
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(heading)
        layout.addLayout(tools)
        layout.addLayout(band)
        layout.addWidget(splitter, 1)

    # data -----------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def year(self) -> int:
        return self.year_combo.currentData()

    def refresh(self) -> None:
        year = self.year()
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        found = visits.visits(start, end)
        counts = visits.open_count([v.id for v in found])
        self.model.set_rows([VisitRow(v.id, f"{v.club.code} — {v.club.name}", v.date, v.kind,
                                      v.score, v.rating, counts.get(v.id, 0))
                             for v in found])
        self.count_label.setText(tr("{n} buổi giám sát").format(n=len(found)))
        self._figures(year, start, end)
        self._plan(year)
        self._update_buttons()

    def _figures(self, year: int, start: dt.date, end: dt.date) -> None:
        cover = figures.supervised_clubs(start, end)
        self.coverage_value.setText(tr("{done}/{all} CLB ({pct})").format(
            done=cover.supervised, all=cover.clubs, pct=self._percent(cover.percent)))
        plan = figures.plan_coverage(year)
        self.plan_value.setText(
            tr("chưa có kế hoạch") if not plan.planned else
            tr("{done}/{all} lượt ({pct})").format(done=plan.done, all=plan.planned,
                                                   pct=self._percent(plan.percent)))
        first = year - YEARS_SHOWN + 1
        scores = figures.score_by_year(first, year)
        this = scores[-1]
        if this.average is None:
            self.score_value.setText(tr("chưa có"))
        elif this.change is None:
            self.score_value.setText(score_text(this.average))
        else:
            arrow = "▲" if this.change > 0 else "▼" if this.change < 0 else "="
            self.score_value.setText(tr("{score} ({arrow} {change} so với trước)").format(
                score=score_text(this.average), arrow=arrow,
                change=score_text(abs(this.change))))
        self._chart(scores)
        on = min(self.today(), end) if year <= self.today().year else end
        overdue = figures.overdue_recommendations(on)
        self.overdue_value.setText(str(len(overdue)))
        self.overdue.set_rows([OverdueRow(rec.visit.club.code, rec.text, rec.owner,
                                          rec.due_on) for rec in overdue])

    def _chart(self, scores: list) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(tr("Điểm trung bình"))
        bars.setColor("#3b6fb6")
        for s in scores:
            bars.append(s.average or 0.0)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([str(s.year) for s in scores])
        y = QValueAxis()
        y.setRange(0, 100)
        y.setTickCount(6)
        y.setLabelFormat("%d")
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _plan(self, year: int) -> None:
        rows = plans.plan_rows(year, ward_code=self.context.office.ward_code)
        self.plan_model.year = year
        self.plan_model.set_rows(rows)
        done = sum(1 for r in rows if r.done_on is not None)
        late = sum(1 for r in rows if self.plan_model.late(r))
        self.plan_label.setText(
            tr("Chưa có kế hoạch giám sát năm {year}.").format(year=year) if not rows else
            tr("{n} CLB trong kế hoạch: {done} đã giám sát, {late} quá hạn chưa giám sát, "
               "{rest} chưa đến tháng.").format(n=len(rows), done=done, late=late,
                                               rest=len(rows) - done - late))
        self._coverage_chart(plans.coverage_by_month(rows))

    def _coverage_chart(self, months: list) -> None:
        """Each month's planned visits, split into done and not (yet) done."""
        self.coverage_chart.removeAllSeries()
        for axis in self.coverage_chart.axes():
            self.coverage_chart.removeAxis(axis)
        done = QBarSet(tr("Đã giám sát"))
        done.setColor("#2e7d32")
        left = QBarSet(tr("Chưa giám sát"))
        left.setColor("#d9a3a3")
        for m in months:
            done.append(m.done)
            left.append(m.planned - m.done)
        series = QStackedBarSeries()
        series.append(done)
        series.append(left)
        self.coverage_chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([f"T{m.month}" for m in months])
        y = QValueAxis()
        top = max([m.planned for m in months] + [1])
        step = -(-top // 4)  # whole visits: at most five ticks, 0 to the top
        y.setRange(0, step * -(-top // step))
        y.setTickCount(-(-top // step) + 1)
        y.setLabelFormat("%d")
        self.coverage_chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.coverage_chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    @staticmethod
    def _percent(value: float | None) -> str:
        return "—" if value is None else f"{score_text(value)} %"

    def selected_visit(self) -> int | None:
        return selected_data(self.view, ID_ROLE)

    def _update_buttons(self) -> None:
        self.print_button.setEnabled(self.selected_visit() is not None)

    # actions --------------------------------------------------------------------------------

    def record_visit(self) -> None:
        from dialogs.visit_dialog import VisitDialog

        dialog = VisitDialog(self.context, self, today=self.today())
        dialog.resize(1240, 720)
        dialog.exec()

    def print_record(self) -> QWidget | None:
        visit_id = self.selected_visit()
        if visit_id is None:
            QMessageBox.information(self, tr("In biên bản giám sát"),
                                    tr("Chọn một buổi giám sát trong bảng trước."))
            return None
        from models.supervision import papers

        row = self.model.row_with("visit_id", visit_id)
        dialog = PdfPreviewDialog.build(
            self, tr("Biên bản giám sát — {club}, {date}").format(
                club=row.club, date=format_date(row.date)),
            papers.supervision_pdf, visit_id,
            file_name=f"bien-ban-giam-sat-{row.date.isoformat()}.pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_plan(self) -> None:
        from dialogs.plan_dialog import PlanDialog

        dialog = PlanDialog(self.context, self.year(), self,
                            ward_code=self.context.office.ward_code)
        dialog.resize(900, 620)
        if self._run(dialog):
            self.tabs.setCurrentIndex(1)

    def _run(self, dialog) -> bool:
        """Show a dialog modally; tests replace this."""
        return bool(dialog.exec())

    def edit_template(self) -> None:
        from dialogs.template_dialog import TemplateDialog

        dialog = TemplateDialog(self.context, self, ward_code=self.context.office.ward_code)
        if dialog.exec() and dialog.new_version:
            QMessageBox.information(self, tr("Mẫu bảng kiểm"), tr(
                "Mẫu đã được dùng trong các buổi giám sát trước nên đã lưu thành phiên bản "
                "{v}; các buổi đã ghi giữ phiên bản cũ.").format(v=dialog.template.version))
