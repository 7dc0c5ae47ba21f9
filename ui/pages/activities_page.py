"""The activities page: a club's (or every club's) year in the eight areas — the activity log,
health checks (masked for roles without the sensitive right), home-care pairs, self-help and
entitlement claims — with the figures per area and a chart of activities per area."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogs.activity_dialog import ActivityDialog
from dialogs.health_check_dialog import HealthCheckDialog
from dialogs.home_care_dialog import PairDialog, VisitDialog
from dialogs.support_dialog import SupportDialog
from models.accounts import access
from models.activities import activities, figures, health, home_care, support
from models.codes import ACTIVITY_AREAS
from models.funds import fund_views
from models.text.vietnamese import format_number
from ui.activity_models import (
    ActivitiesModel,
    ClaimsModel,
    FiguresModel,
    HealthModel,
    PairsModel,
    SelfHelpModel,
    table,
)
from ui.context import AppContext, Change
from ui.messages import label
from ui.table_model import selected_data
from ui.widgets import page_layout
from ui.widgets.flow import flow_row


def tr(text: str) -> str:
    return QCoreApplication.translate("ActivitiesPage", text)


def figure_rows(found: list[figures.AreaFigures]) -> tuple[dict[str, int], list[tuple]]:
    """The activities per area summed over `found`, and the table's rows."""
    per_area = {area: sum(f.activities[area] for f in found) for area in ACTIVITY_AREAS}
    rows = [(label("activity_area", area), per_area[area]) for area in ACTIVITY_AREAS]
    rows += [
        (tr("Thành viên được khám sức khỏe"), sum(f.health_checked for f in found)),
        (tr("Người cao tuổi được chăm sóc tại nhà"), sum(f.home_care_older for f in found)),
        (tr("Lượt thăm tại nhà"), sum(f.visits for f in found)),
        (tr("Người được giúp hưởng chế độ"), sum(f.claim_people for f in found)),
        (tr("  trong đó đã được hưởng"), sum(f.claim_granted for f in found)),
        (tr("Trường hợp được hỗ trợ"), sum(f.self_help_cases for f in found)),
        (tr("Giá trị hỗ trợ (đồng)"), format_number(sum(f.self_help_value for f in found))),
    ]
    return per_area, rows


class ActivitiesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self._wards: dict[int, int] = {}
        self.setWindowTitle(tr("Hoạt động"))

        self.club_combo = QComboBox()
        self.club_combo.setMinimumContentsLength(34)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, self.today().year)
        self.year_spin.setValue(self.today().year)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #555;")

        self.models = {"activities": ActivitiesModel(self), "health": HealthModel(self),
                       "pairs": PairsModel(self), "self_help": SelfHelpModel(self),
                       "claims": ClaimsModel(self)}
        self.views = {key: table(model) for key, model in self.models.items()}
        self.tabs = QTabWidget()
        for key, title in (("activities", tr("Hoạt động")), ("health", tr("Khám sức khỏe")),
                           ("pairs", tr("Chăm sóc tại nhà")), ("self_help", tr("Hỗ trợ")),
                           ("claims", tr("Hưởng chế độ"))):
            self.tabs.addTab(self.views[key], title)
        self.figures_model = FiguresModel(self)
        self.figures_view = table(self.figures_model)
        self.figures_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.figures_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.views["activities"].horizontalHeader().setStretchLastSection(False)
        self.views["activities"].horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(0, 0, 0, 0))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)

        self.activity_button = QPushButton(tr("Ghi hoạt động…"))
        self.health_button = QPushButton(tr("Ghi khám sức khỏe…"))
        self.pair_button = QPushButton(tr("Ghép cặp chăm sóc…"))
        self.visit_button = QPushButton(tr("Ghi lần thăm…"))
        self.self_help_button = QPushButton(tr("Ghi hỗ trợ…"))
        self.claim_button = QPushButton(tr("Ghi hỗ trợ hưởng chế độ…"))
        self._layout()
        self._fill_clubs()
        self.club_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        self.views["pairs"].selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())
        self.activity_button.clicked.connect(lambda: self._open(ActivityDialog))
        self.health_button.clicked.connect(lambda: self._open(HealthCheckDialog))
        self.pair_button.clicked.connect(lambda: self._open(PairDialog))
        self.visit_button.clicked.connect(self.record_visit)
        self.self_help_button.clicked.connect(lambda: self._open(SupportDialog))
        self.claim_button.clicked.connect(lambda: self._open(SupportDialog, claim=True))
        context.subscribe(self, self._changed, Change.ACTIVITY, Change.CLUB, Change.MEMBER)
        self.refresh()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def _layout(self) -> None:
        layout = page_layout(self, tr("Hoạt động của câu lạc bộ"))
        tools = QHBoxLayout()
        tools.addWidget(QLabel(tr("Câu lạc bộ:")))
        tools.addWidget(self.club_combo)
        tools.addWidget(QLabel(tr("Năm:")))
        tools.addWidget(self.year_spin)
        tools.addWidget(self.hint, 1)
        layout.addLayout(tools)
        buttons = flow_row(self.activity_button, self.health_button, self.pair_button,
                           self.visit_button, self.self_help_button, self.claim_button)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(buttons)
        left_box.addWidget(self.tabs, 1)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(QLabel(tr("Số liệu trong năm:")))
        right_box.addWidget(self.figures_view, 1)
        right_box.addWidget(QLabel(tr("Số hoạt động theo lĩnh vực:")))
        right_box.addWidget(self.chart_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 560])
        layout.addWidget(splitter, 1)

    def _fill_clubs(self) -> None:
        keep = self.club_id()
        self.club_combo.blockSignals(True)
        self.club_combo.clear()
        self.club_combo.addItem(tr("Tất cả CLB"), None)
        self._wards = {}
        for c in fund_views.club_choices(self.today()):
            self._wards[c.club_id] = c.ward_code
            self.club_combo.addItem(f"{c.code} — {c.name}", c.club_id)
        index = self.club_combo.findData(keep) if keep is not None else -1
        self.club_combo.setCurrentIndex(index if index >= 0 else min(1, self.club_combo.count() - 1))
        self.club_combo.blockSignals(False)

    def club_id(self) -> int | None:
        return self.club_combo.currentData()

    def set_club(self, club_id: int | None) -> None:
        self.club_combo.setCurrentIndex(self.club_combo.findData(club_id))

    def _changed(self, change: Change) -> None:
        if change in (Change.CLUB, Change.MEMBER):
            self._fill_clubs()
        self.refresh()

    def refresh(self) -> None:
        club, year = self.club_id(), self.year_spin.value()
        if club is None:
            for model in self.models.values():
                model.set_rows([])
            self.hint.setText(tr("Chọn một CLB để xem và ghi danh sách hoạt động."))
        else:
            self.hint.setText("")
            self.models["activities"].set_rows(activities.activities_of(club, year))
            checks = health.health_checks(club, year)
            self.models["health"].set_rows(checks)
            if any(c.masked for c in checks):
                self.hint.setText(tr("Các chỉ số sức khỏe được ẩn với vai trò của bạn."))
            self.models["pairs"].set_rows(home_care.pairs_of(club))
            self.models["self_help"].set_rows(support.self_help_of(club, year))
            self.models["claims"].set_rows(support.claims_of(club, year))
        per_area, rows = figure_rows(figures.area_figures(year, club))
        self.figures_model.set_rows(rows)
        self._draw_chart(per_area)
        self._update_buttons()

    def _draw_chart(self, per_area: dict[str, int]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(tr("Số hoạt động"))
        names = []
        for area in reversed(ACTIVITY_AREAS):  # top to bottom in code order
            bars.append(per_area[area])
            names.append(label("activity_area", area))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        self.chart.addSeries(series)
        names_axis = QBarCategoryAxis()
        names_axis.append(names)
        self.chart.addAxis(names_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names_axis)
        counts_axis = QValueAxis()
        counts_axis.setRange(0, max(max(per_area.values(), default=0), 4) * 1.15)
        counts_axis.setLabelFormat("%d")
        counts_axis.setTickCount(5)
        self.chart.addAxis(counts_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(counts_axis)

    def _update_buttons(self) -> None:
        club = self.club_id()
        ward = self._wards.get(club) if club is not None else None
        write = club is not None and access.can("write", ward)
        for button in (self.activity_button, self.pair_button, self.self_help_button,
                       self.claim_button):
            button.setEnabled(write)
        self.health_button.setEnabled(write and access.can_see_sensitive(ward))
        self.visit_button.setEnabled(write and self.selected_pair() is not None)

    def selected_pair(self) -> home_care.PairRow | None:
        pair_id = selected_data(self.views["pairs"], Qt.ItemDataRole.UserRole)
        return self.models["pairs"].row_with("id", pair_id)

    def _open(self, dialog_class, **kw) -> None:
        club = self.club_id()
        if club is None:
            return
        self.dialog = dialog_class(self.context, club, self, today=self._today, **kw)
        self.dialog.exec()

    def record_visit(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        self.dialog = VisitDialog(self.context, pair, self, today=self._today)
        self.dialog.exec()
