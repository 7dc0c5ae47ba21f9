"""Record a monthly meeting: the day, time and place, chair and secretary, what was done in
each of the eight activity areas, the conclusions, and on one sheet every active member's
presence, fee and loan repayment (models.meetings.meetings.record_meeting)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.codes import ACTIVITY_AREAS
from models.errors import Problem
from models.meetings import meetings
from models.text.vietnamese import format_number
from ui import service
from ui.context import AppContext, Change
from ui.meetings_model import AttendanceEntry, AttendanceModel
from ui.messages import label
from ui.widgets import DateEdit, save_cancel, with_error
from ui.widgets.form_dialog import FormDialog

OVER_DUE = {"fee_over_due", "repayment_over_due"}
SHEET_FIELDS = ("absences", "fees", "repayments", "principal", "interest")


def tr(text: str) -> str:
    return QCoreApplication.translate("MeetingDialog", text)


class SpaceToggles(QObject):
    """Space on the sheet marks the current member present or absent (Up/Down move)."""

    def __init__(self, view: QTableView, model: AttendanceModel) -> None:
        super().__init__(view)
        self.view, self.model = view, model

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Space \
                and self.view.state() != QAbstractItemView.State.EditingState:
            self.model.toggle(self.view.currentIndex().row())
            return True
        return False


def text_box(placeholder: str = "", height: int = 54) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    return box


def split_repayment(loan_rows: list, amount: int, on: dt.date) -> list[meetings.LoanPayment]:
    """A member's repayment over their open loans: each loan's interest due, then principal
    due, oldest loan first; what is left over goes to the last loan's principal (the service
    then asks to confirm a payment larger than due)."""
    lines = []
    for loan in loan_rows:
        if amount <= 0:
            break
        interest = min(amount, loan.due_interest)  # as the register says on the sheet's day
        principal = min(amount - interest, loan.due_principal)
        amount -= interest + principal
        lines.append(meetings.LoanPayment(loan.loan_id, principal, interest))
    if amount > 0 and lines:
        lines[-1].principal += amount
    return [x for x in lines if x.principal or x.interest]


class MeetingDialog(FormDialog):
    """A new meeting of one club; saved whole or not at all."""

    def __init__(self, context: AppContext, club_id: int, parent: QWidget | None = None,
                 *, today: dt.date | None = None, on: dt.date | None = None) -> None:
        super().__init__(context, parent, title=tr("Ghi buổi sinh hoạt CLB"), width=980,
                         fields=("date", "start_time", "end_time", "place", "chair",
                                 "secretary", "contents", "decisions", "issues", "next_plan",
                                 "guests", *SHEET_FIELDS))
        self.club_id = club_id
        self.today = today
        self.meeting = None
        self._loans: dict[int, list] = {}

        self.date_edit = DateEdit(on or today or dt.date.today())
        self.start_edit = QLineEdit()
        self.start_edit.setPlaceholderText(tr("VD: 08:00"))
        self.start_edit.setMaximumWidth(80)
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText(tr("VD: 10:30"))
        self.end_edit.setMaximumWidth(80)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(tr("VD: Nhà văn hóa tổ 1"))
        self.chair_combo = QComboBox()
        self.secretary_combo = QComboBox()

        self.model = AttendanceModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        # Widths from the headers and the names, set once: sizing every column to its
        # contents asks each of the 70 × 9 cells again at every layout (half the opening time)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the reason is the one free text of the sheet: it takes the spare room
        header.setSectionResizeMode(AttendanceModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.toggles = SpaceToggles(self.view, self.model)
        self.view.installEventFilter(self.toggles)
        self.totals_label = QLabel()
        self.totals_label.setStyleSheet("font-weight: bold;")
        hint = QLabel(tr("Phím cách: đánh dấu có mặt / vắng; mũi tên lên, xuống: sang thành "
                         "viên khác; gõ vào ô Lý do vắng, Hội phí nộp, Trả nợ để sửa."))
        hint.setStyleSheet("color: #555;")
        hint.setWordWrap(True)

        self.area_edits = {code: text_box() for code in ACTIVITY_AREAS}
        self.decisions_edit = text_box(height=120)
        self.issues_edit = text_box(height=120)
        self.next_plan_edit = text_box(height=120)
        self.guests_edit = QLineEdit()
        self.guests_edit.setPlaceholderText(tr("VD: đại diện Hội NCT phường"))

        top = QGridLayout()
        top.addWidget(QLabel(tr("Ngày họp:")), 0, 0)
        top.addWidget(with_error(self.date_edit, self.errors["date"]), 0, 1)
        top.addWidget(QLabel(tr("Từ giờ:")), 0, 2)
        top.addWidget(with_error(self.start_edit, self.errors["start_time"]), 0, 3)
        top.addWidget(QLabel(tr("Đến giờ:")), 0, 4)
        top.addWidget(with_error(self.end_edit, self.errors["end_time"]), 0, 5)
        top.addWidget(QLabel(tr("Địa điểm:")), 0, 6)
        top.addWidget(with_error(self.place_edit, self.errors["place"]), 0, 7)
        top.addWidget(QLabel(tr("Chủ trì:")), 1, 0)
        top.addWidget(with_error(self.chair_combo, self.errors["chair"]), 1, 1, 1, 3)
        top.addWidget(QLabel(tr("Thư ký:")), 1, 4)
        top.addWidget(with_error(self.secretary_combo, self.errors["secretary"]), 1, 5, 1, 3)
        top.setColumnStretch(7, 1)

        sheet = QWidget()
        sheet_layout = QVBoxLayout(sheet)
        sheet_layout.addWidget(self.view, 1)
        sheet_layout.addWidget(self.totals_label)
        for name in SHEET_FIELDS:
            sheet_layout.addWidget(self.errors[name])
        sheet_layout.addWidget(hint)
        areas = QWidget()
        areas_form = QFormLayout(areas)
        areas_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for code, edit in self.area_edits.items():
            areas_form.addRow(label("activity_area", code) + ":", edit)
        areas_form.addRow(self.errors["contents"])
        ends = QWidget()
        ends_form = QFormLayout(ends)
        ends_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for text, edit, name in ((tr("Kết luận, quyết định:"), self.decisions_edit, "decisions"),
                                 (tr("Khó khăn, kiến nghị:"), self.issues_edit, "issues"),
                                 (tr("Kế hoạch tháng sau:"), self.next_plan_edit, "next_plan"),
                                 (tr("Khách mời:"), self.guests_edit, "guests")):
            ends_form.addRow(text, edit)
            ends_form.addRow(self.errors[name])  # hidden until the service names the field
        self.tabs = QTabWidget()
        self.tabs.addTab(sheet, tr("Điểm danh và thu tiền"))
        self.tabs.addTab(areas, tr("Nội dung theo lĩnh vực"))
        self.tabs.addTab(ends, tr("Kết luận và kế hoạch"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(save_cancel(self, tr("Ghi buổi sinh hoạt")))

        self.model.dataChanged.connect(lambda *_a: self._update_totals())
        self.model.modelReset.connect(self._update_totals)
        self.date_edit.dateChanged.connect(self.errors["date"].hide)
        self.date_edit.editingFinished.connect(self.load_sheet)
        self.load_sheet()

    # data -------------------------------------------------------------------------------------

    def load_sheet(self) -> None:
        """Every member active on the date, in register order, with what is due (one read of
        the collection sheet, one of the loan register)."""
        on = self.date_edit.date() if self.date_edit.is_valid() else None
        if on is None or (self.model.rows and getattr(self, "_sheet_on", None) == on):
            return
        self._sheet_on = on
        sheet = meetings.collection_sheet(self.club_id, on)
        self._loans = {}
        for loan in sheet.loans:
            self._loans.setdefault(loan.person_id, []).append(loan)
        self.model.set_rows([AttendanceEntry(x.person_id, x.full_name, x.fee_due,
                                             x.instalment_due, x.overdue, fee_paid=x.fee_due)
                             for x in sheet.lines])
        self._size_columns([x.full_name for x in sheet.lines])
        for combo in (self.chair_combo, self.secretary_combo):
            keep = combo.currentData()
            combo.clear()
            combo.addItem(tr("(chưa chọn)"), None)
            for x in sheet.lines:
                combo.addItem(x.full_name, x.person_id)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
        if self.model.rows:
            self.view.setCurrentIndex(self.model.index(0, AttendanceModel.PRESENT))

    def _size_columns(self, names: list[str]) -> None:
        """Each column as wide as its header (the names' column as its longest name)."""
        metrics = self.view.fontMetrics()
        bold = self.view.horizontalHeader().fontMetrics()
        for col in range(self.model.columnCount()):
            if col == AttendanceModel.REASON:
                continue
            text = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = bold.horizontalAdvance(text) + 24
            if col == AttendanceModel.NAME:
                width = max([width] + [metrics.horizontalAdvance(n) + 16 for n in names])
            elif col >= AttendanceModel.FEE_DUE:
                width = max(width, metrics.horizontalAdvance("10.000.000") + 16)
            self.view.setColumnWidth(col, width)

    def _update_totals(self) -> None:
        present, total, fees, repaid = self.model.totals()
        self.totals_label.setText(tr("Có mặt {present}/{total} · hội phí thu {fees} đ · "
                                     "thu nợ {repaid} đ").format(
            present=present, total=total, fees=format_number(fees),
            repaid=format_number(repaid)))

    # save -------------------------------------------------------------------------------------

    def to_input(self, confirm_over: bool = False) -> meetings.MeetingInput:
        on = self.date_edit.date()
        repayments = []
        for row in self.model.rows:
            if row.repayment:
                repayments.extend(split_repayment(self._loans.get(row.person_id, []),
                                                  row.repayment, on))
        return meetings.MeetingInput(
            club_id=self.club_id, date=on, start_time=self.start_edit.text(),
            end_time=self.end_edit.text(), place=self.place_edit.text(),
            chair_id=self.chair_combo.currentData(),
            secretary_id=self.secretary_combo.currentData(),
            contents={c: e.toPlainText() for c, e in self.area_edits.items()
                      if e.toPlainText().strip()},
            decisions=self.decisions_edit.toPlainText(), issues=self.issues_edit.toPlainText(),
            next_plan=self.next_plan_edit.toPlainText(), guests=self.guests_edit.text(),
            absences=self.model.absences(), fees=self.model.fees(), repayments=repayments,
            confirm_over=confirm_over)

    def accept(self) -> None:
        if not self.date_is_valid(self.date_edit, "date"):
            return
        self.load_sheet()  # a date typed and saved at once: the sheet of that day
        refused: list[Problem] = []

        def problems(found: list[Problem]) -> None:
            refused[:] = found
            self.show_problems(found)

        if self.save_with(lambda: meetings.record_meeting(self.to_input(), today=self.today),
                          problems):
            return
        if refused and {p.code for p in refused} <= OVER_DUE and self.confirm_over(refused):
            self.save_with(lambda: meetings.record_meeting(self.to_input(confirm_over=True),
                                                           today=self.today),
                           self.show_problems)

    def save_with(self, call, problems) -> bool:
        done = service.call(self, call, context=self.context,
                            changes=(Change.MEETING, Change.FUND, Change.LOAN),
                            problems=problems, general=self.general_error)
        if not done:
            return False
        self.meeting = done.value
        super(FormDialog, self).accept()
        return True

    def confirm_over(self, problems: list[Problem]) -> bool:
        """Ask whether amounts larger than due were meant (tests replace this)."""
        from ui.messages import problem_text

        answer = QMessageBox.question(
            self, tr("Số tiền lớn hơn số phải nộp"),
            "\n".join(problem_text(p) for p in problems) + "\n\n"
            + tr("Vẫn ghi đúng các số tiền này?"))
        return answer == QMessageBox.StandardButton.Yes
