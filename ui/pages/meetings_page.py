"""The meetings page: a club's monthly meetings of a year — which months had one, the list,
the year's figures (meetings held, attendance, fees, members absent three times running),
attendance by month in a chart — and the actions: record a meeting, print the minutes and
the collection sheet through the preview, cancel a meeting's postings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.accounts import access
from models.clubs.clubs import all_clubs
from models.meetings import figures, meetings
from models.meetings.meeting_reads import MeetingRow
from models.text.vietnamese import format_date, format_number
from ui import service
from ui.context import AppContext, Change
from ui.meetings_model import MEETING_ID_ROLE, AbsenteesModel, MeetingsModel
from ui.table_model import selected_data
from ui.tasks import run_task
from ui.widgets.search import SearchCombo

HELD = "background: #2e7d32; color: white;"
MISSED = "background: #f3d6d6; color: #8b1a1a;"
FUTURE = "background: #eeeeee; color: #888888;"


def tr(text: str) -> str:
    return QCoreApplication.translate("MeetingsPage", text)


@dataclass(frozen=True)
class YearView:
    """What the page shows of a club's year (read off the GUI thread)."""

    rows: list[MeetingRow]
    figures: figures.MeetingFigures
    absentees: list[meetings.Absentee]

    @property
    def absent_names(self) -> list[str]:
        return [a.full_name for a in self.absentees]


def load_year(club_id: int, year: int, today: dt.date) -> YearView:
    rows = meetings.meetings_of(club_id, year)
    numbers = figures.club_figures(club_id, dt.date(year, 1, 1), dt.date(year, 12, 31),
                                   today=today)
    return YearView(rows, numbers, meetings.absentees(club_id, numbers.absent_in_a_row))


class MeetingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self._generation = 0
        self.view_data: YearView | None = None
        self.setWindowTitle(tr("Sinh hoạt CLB"))

        self.club_combo = SearchCombo(take_first=True)
        self.club_combo.setMinimumContentsLength(30)
        self.club_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, self.today().year)
        self.year_spin.setValue(self.today().year)

        self.new_button = QPushButton(tr("Ghi buổi sinh hoạt…"))
        self.minutes_button = QPushButton(tr("In biên bản…"))
        self.sheet_button = QPushButton(tr("In phiếu thu và điểm danh…"))
        self.reverse_button = QPushButton(tr("Hủy các khoản thu của buổi…"))

        self.month_labels = []
        months = QHBoxLayout()
        months.setSpacing(4)
        for month in range(1, 13):
            cell = QLabel(tr("T{month}").format(month=month))
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setMinimumHeight(26)
            months.addWidget(cell, 1)
            self.month_labels.append(cell)

        self.model = MeetingsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)

        self.figure_labels = {key: QLabel() for key in ("held", "rate", "fees", "absent")}
        self.figure_labels["absent"].setWordWrap(True)
        # the members absent three meetings running, each a double-click (or Enter) away
        # from their record
        self.absent_model = AbsenteesModel(self)
        self.absent_view = QTableView()
        self.absent_view.setModel(self.absent_model)
        self.absent_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.absent_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.absent_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.absent_view.verticalHeader().hide()
        self.absent_view.horizontalHeader().setStretchLastSection(True)
        self.absent_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.absent_view.setMaximumHeight(130)
        self.absent_view.activated.connect(lambda index: self.open_absentee(index.row()))
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #555;")

        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setTitle(tr("Tỷ lệ có mặt theo tháng (%)"))
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)

        self._layout(months)
        self._fill_clubs()
        self.club_combo.currentIndexChanged.connect(self.refresh)
        self.year_spin.valueChanged.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.new_button.clicked.connect(self.new_meeting)
        self.minutes_button.clicked.connect(self.print_minutes)
        self.sheet_button.clicked.connect(self.print_sheet)
        self.reverse_button.clicked.connect(self.reverse_postings)
        context.subscribe(self, self._context_changed, Change.CLUB, Change.MEMBER,
                          Change.MEETING, Change.SETTINGS)
        self.refresh()

    def _layout(self, months: QHBoxLayout) -> None:
        tools = QHBoxLayout()
        tools.addWidget(QLabel(tr("Câu lạc bộ:")))
        tools.addWidget(self.club_combo, 3)
        tools.addWidget(QLabel(tr("Năm:")))
        tools.addWidget(self.year_spin)
        tools.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.reverse_button)
        actions.addStretch(1)
        actions.addWidget(self.minutes_button)
        actions.addWidget(self.sheet_button)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        names = {"held": tr("Số buổi đã họp:"), "rate": tr("Tỷ lệ có mặt:"),
                 "fees": tr("Hội phí đã thu:"),
                 "absent": tr("Vắng {n} buổi liền:").format(n=figures.ABSENT_RUN)}
        for row, (key, text) in enumerate(names.items()):
            grid.addWidget(QLabel(text), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.figure_labels[key], row, 1)
        grid.addWidget(self.absent_view, len(names), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        lower = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.view, 1)
        left.addWidget(self.status_label)
        right = QVBoxLayout()
        right.addWidget(box)
        right.addWidget(self.chart_view, 1)
        lower.addLayout(left, 3)
        lower.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addLayout(actions)
        layout.addLayout(months)
        layout.addLayout(lower, 1)

    # data -------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def club_id(self) -> int | None:
        return self.club_combo.currentData()

    def year(self) -> int:
        return self.year_spin.value()

    def _fill_clubs(self) -> None:
        keep = self.club_combo.currentData()
        self.club_combo.blockSignals(True)
        self.club_combo.clear()
        for club in all_clubs():
            if club.status == "planned":
                continue  # a club meets once it is founded
            text = f"{club.code} — {club.name}"
            if club.status == "dissolved":
                text += " " + tr("(đã giải thể)")
            self.club_combo.addItem(text, club.id)
        self.club_combo.setCurrentIndex(max(0, self.club_combo.findData(keep)))
        self.club_combo.blockSignals(False)

    def select_club(self, club_id: int) -> None:
        self.club_combo.setCurrentIndex(max(0, self.club_combo.findData(club_id)))

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        club_id = self.club_id()
        if club_id is None:
            self._show(None)
            return
        run_task(load_year, club_id, self.year(), self.today(),
                 on_done=lambda data: generation == self._generation and self._show(data),
                 on_error=lambda exc, _tb: self._failed(exc, generation), parent=self)

    def _failed(self, error: Exception, generation: int) -> None:
        if generation == self._generation:
            self._show(None)
            self.status_label.setText(tr("Không đọc được các buổi sinh hoạt: {reason}").format(
                reason=service.refusal_text(error) or str(error)))

    def _context_changed(self, change: Change) -> None:
        if change is Change.CLUB:
            self._fill_clubs()
        self.refresh()

    def _show(self, data: YearView | None) -> None:
        keep = self.selected_meeting()
        self.view_data = data
        rows = data.rows if data is not None else []
        self.model.set_rows(rows)
        if keep is not None and (row := self.model.row_of("meeting_id", keep)) is not None:
            self.view.selectRow(row)
        self._show_months(rows)
        self._show_figures(data)
        self._show_chart(rows)
        self.status_label.setText(tr("{n} buổi sinh hoạt trong năm {year}").format(
            n=len(rows), year=self.year()) if data is not None else "")
        self._update_buttons()

    def _show_months(self, rows: list[MeetingRow]) -> None:
        held = {r.date.month for r in rows}
        today = self.today()
        for month, cell in enumerate(self.month_labels, start=1):
            future = (self.year(), month) > (today.year, today.month)
            style = HELD if month in held else FUTURE if future else MISSED
            cell.setStyleSheet(f"QLabel {{ {style} border-radius: 3px; padding: 2px; }}")
            cell.setText(("✓ " if month in held else "") + tr("T{month}").format(month=month))
            cell.setToolTip(tr("Đã họp") if month in held else
                            tr("Chưa đến tháng") if future else tr("Không có buổi họp"))

    def _show_figures(self, data: YearView | None) -> None:
        if data is None:
            for label in self.figure_labels.values():
                label.setText("—")
            self.absent_model.set_rows([])
            return
        f = data.figures
        self.figure_labels["held"].setText(tr("{held} / {months} tháng").format(
            held=f.meetings_held, months=f.months_elapsed))
        rate = f.attendance_rate
        self.figure_labels["rate"].setText(
            "—" if rate is None else tr("{rate:.0f}% ({present}/{places} lượt)").format(
                rate=rate * 100, present=f.present, places=f.member_places))
        self.figure_labels["fees"].setText(tr("{paid} đ / {due} đ phải thu").format(
            paid=format_number(f.fees_collected), due=format_number(f.fees_due)))
        self.figure_labels["absent"].setText(
            tr("{n} thành viên — nhấp đúp để mở hồ sơ").format(n=len(data.absentees))
            if data.absentees else tr("Không có"))
        self.absent_model.set_rows(data.absentees)

    def _show_chart(self, rows: list[MeetingRow]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        rates = [0.0] * 12
        for r in rows:
            if r.member_count:
                rates[r.date.month - 1] = round(100 * r.present_count / r.member_count, 1)
        bars = QBarSet(tr("Có mặt"))
        bars.setColor(QColor("#2e7d32"))
        bars.append(rates)
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([str(m) for m in range(1, 13)])
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d")
        self.chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months)
        series.attachAxis(values)

    # selection and buttons --------------------------------------------------------------------

    def selected_meeting(self) -> int | None:
        return selected_data(self.view, MEETING_ID_ROLE)

    def selected_row(self) -> MeetingRow | None:
        return self.model.row_with("meeting_id", self.selected_meeting())

    def _update_buttons(self) -> None:
        has_club = self.club_id() is not None
        row = self.selected_row()
        writer = access.can("write", self.context.office.ward_code)
        self.new_button.setEnabled(has_club and writer)
        self.sheet_button.setEnabled(has_club)
        self.minutes_button.setEnabled(row is not None)
        self.reverse_button.setEnabled(writer and row is not None and row.reversed_on is None
                                       and bool(row.fee_total or row.repayment_total))
        if not writer:
            for button in (self.new_button, self.reverse_button):
                button.setToolTip(tr("Tài khoản của bạn chỉ được xem"))

    # actions ----------------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _open(self, dialog: QDialog) -> None:
        """Open a preview without blocking; tests replace it."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_absentee(self, row: int) -> bool:
        """Open the record of the member on row `row` of the absent list (their membership
        of this club, read-only for a role that may not write)."""
        from dialogs.member_dialog import MemberDialog

        if not 0 <= row < len(self.absent_model.rows):
            return False
        who = self.absent_model.row_at(row)
        self._run(MemberDialog(self.context, self.club_id(), who.membership_id, self,
                               today=self.today()))
        return True

    def new_meeting(self) -> None:
        club_id = self.club_id()
        if club_id is None:
            return
        from dialogs.meeting_dialog import MeetingDialog  # dialogs load on first use

        dialog = MeetingDialog(self.context, club_id, self, today=self._today)
        if self._run(dialog) and dialog.meeting is not None \
                and dialog.meeting.date.year != self.year():
            self.year_spin.setValue(dialog.meeting.date.year)

    def _club_code(self) -> str:
        text = self.club_combo.currentText()
        return text.split(" — ")[0] if " — " in text else "CLB"

    def print_minutes(self) -> QDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        from models.meetings import papers
        from ui.widgets.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog.build(
            self, tr("Biên bản sinh hoạt {club} ngày {date}").format(
                club=self._club_code(), date=format_date(row.date)),
            papers.minutes_pdf, row.meeting_id,
            file_name=f"bien-ban-{self._club_code()}-{row.date:%Y%m%d}.pdf")
        self._open(dialog)
        return dialog

    def print_sheet(self) -> QDialog | None:
        """The sheet of the chosen meeting's day, else of today (to take to the meeting)."""
        club_id = self.club_id()
        if club_id is None:
            return None
        from models.meetings import papers
        from ui.widgets.pdf_preview import PdfPreviewDialog

        row = self.selected_row()
        on = row.date if row is not None else self.today()
        dialog = PdfPreviewDialog.build(
            self, tr("Phiếu thu và điểm danh {club} ngày {date}").format(
                club=self._club_code(), date=format_date(on)),
            papers.collection_sheet_pdf, club_id, on,
            file_name=f"phieu-thu-{self._club_code()}-{on:%Y%m%d}.pdf")
        self._open(dialog)
        return dialog

    def ask_reason(self, row: MeetingRow) -> str | None:
        """The reason for cancelling a meeting's postings (None: the clerk cancelled)."""
        text, ok = QInputDialog.getText(
            self, tr("Hủy các khoản thu của buổi"),
            tr("Hủy phiếu thu hội phí ({fees} đ) và các lần trả nợ ({repaid} đ) của buổi "
               "ngày {date}.\nĐiểm danh vẫn giữ nguyên. Lý do hủy:").format(
                fees=format_number(row.fee_total), repaid=format_number(row.repayment_total),
                date=format_date(row.date)))
        return text if ok else None

    def reverse_postings(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        reason = self.ask_reason(row)
        if reason is None:
            return False
        return bool(service.call(
            self, lambda: meetings.reverse_meeting_postings(row.meeting_id, reason,
                                                            today=self._today),
            context=self.context, changes=(Change.MEETING, Change.FUND, Change.LOAN),
            box=True))
