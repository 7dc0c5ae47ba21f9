"""Editor of a club's management board (Ban chủ nhiệm): a table of seats and, under it, the
form of the selected seat. A seat is an active member of the club or a new person, who
becomes a member when the board is saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.clubs.club_views import active_members
from models.clubs.clubs import BoardSeat
from models.codes import BOARD_ROLES, HOUSEHOLD_STATUSES
from models.errors import Problem
from models.members.members import MemberInput
from models.office.admin_units import villages_of
from models.text.vietnamese import ETHNIC_GROUPS, format_date, parse_date
from ui.messages import label, problem_text
from ui.widgets import DateEdit, ErrorLabel

if TYPE_CHECKING:
    from models.storage.schema import Club

ModelIndex = QModelIndex | QPersistentModelIndex
# Roles a new row takes in turn; after these, more rows are "ủy viên".
ROLE_ORDER = ("chair", "vice_chair", "secretary", "accountant", "treasurer")
BAD_ROW = QColor("#fbe3e4")


def tr(text: str) -> str:
    return QCoreApplication.translate("BoardEditor", text)


@dataclass
class SeatDraft:
    """One row of the editor as typed (dates as text until the board is saved)."""

    role: str
    existing: bool = False
    person_id: int | None = None
    full_name: str = ""
    gender: str = ""
    birth_year: str = ""
    ethnicity: str = "Kinh"
    village_id: int | None = None
    household_status: str = "none"
    term_start: str = ""
    term_end: str = ""


class BoardSeatsModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("BoardEditor", "STT"),
        QT_TRANSLATE_NOOP("BoardEditor", "Chức danh"),
        QT_TRANSLATE_NOOP("BoardEditor", "Họ và tên"),
        QT_TRANSLATE_NOOP("BoardEditor", "Năm sinh"),
        QT_TRANSLATE_NOOP("BoardEditor", "Ghi chú"),
        QT_TRANSLATE_NOOP("BoardEditor", "Nhiệm kỳ"),
    )

    def __init__(self, members: dict[int, tuple[str, int]], parent=None) -> None:
        super().__init__(parent)
        self.members = members
        self.drafts: list[SeatDraft] = []
        self.bad_rows: set[int] = set()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.drafts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def row_texts(self, row: int) -> list[str]:
        d = self.drafts[row]
        if d.existing:
            name, year = self.members.get(d.person_id, ("", ""))
            source = tr("Thành viên CLB")
        else:
            name, year, source = d.full_name, d.birth_year, tr("Người mới")
        term = f"{d.term_start} – {d.term_end or tr('nay')}" if d.term_start else ""
        return [str(row + 1), label("board_role", d.role), name, str(year), source, term]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.bad_rows:
            return BAD_ROW
        return None

    def set_drafts(self, drafts: list[SeatDraft]) -> None:
        self.beginResetModel()
        self.drafts = drafts
        self.bad_rows = set()
        self.endResetModel()

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))


class BoardEditor(QWidget):
    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.club = club
        self.default_start = ""
        self._loading = False
        members = active_members(club.id)
        self.model = BoardSeatsModel({pid: (name, year) for pid, name, year in members}, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._load())

        buttons = QVBoxLayout()
        for text, slot in ((tr("Thêm người"), self.add_row), (tr("Xóa dòng"), self.remove_row),
                           (tr("Lên"), lambda: self.move(-1)), (tr("Xuống"), lambda: self.move(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.view, 1)
        top.addLayout(buttons)

        self.role_combo = QComboBox()
        for code in BOARD_ROLES:
            self.role_combo.addItem(label("board_role", code), code)
        self.term_start_edit = DateEdit()
        self.term_end_edit = DateEdit()
        self.existing_radio = QRadioButton(tr("Thành viên đang sinh hoạt của CLB:"))
        self.new_radio = QRadioButton(tr("Người mới:"))
        self.member_combo = QComboBox()
        self.member_combo.addItem(tr("— chọn thành viên —"), None)
        for pid, name, year in members:
            self.member_combo.addItem(f"{name} ({year})", pid)
        if not members:
            self.existing_radio.setEnabled(False)
            self.existing_radio.setToolTip(tr("CLB chưa có thành viên nào."))
        self.name_edit = QLineEdit()
        self.gender_combo = QComboBox()
        self.gender_combo.addItem(tr("— chọn —"), "")
        for code in ("F", "M"):
            self.gender_combo.addItem(label("gender", code), code)
        self.year_edit = QLineEdit()
        self.year_edit.setValidator(QIntValidator(1900, 2100, self.year_edit))
        self.year_edit.setMaxLength(4)
        self.year_edit.setFixedWidth(70)
        self.ethnicity_combo = QComboBox()
        self.ethnicity_combo.setEditable(True)
        self.ethnicity_combo.addItems(list(ETHNIC_GROUPS))
        self.ethnicity_combo.setMinimumWidth(160)
        self.village_combo = QComboBox()
        self.village_combo.addItem(tr("(không ghi)"), None)
        for v in villages_of(club.ward_code):
            self.village_combo.addItem(v.name, v.id)
        self.household_combo = QComboBox()
        for code in ("none", *[c for c in HOUSEHOLD_STATUSES if c != "none"]):
            self.household_combo.addItem(label("household_status", code), code)

        self.detail = QGroupBox(tr("Người ở dòng đang chọn"))
        grid = QGridLayout(self.detail)
        grid.addWidget(QLabel(tr("Chức danh:")), 0, 0)
        grid.addWidget(self.role_combo, 0, 1)
        term = QHBoxLayout()
        term.addWidget(QLabel(tr("Nhiệm kỳ từ ngày:")))
        term.addWidget(self.term_start_edit)
        term.addWidget(QLabel(tr("đến ngày:")))
        term.addWidget(self.term_end_edit)
        term.addStretch(1)
        grid.addLayout(term, 0, 2, 1, 4)
        grid.addWidget(self.existing_radio, 1, 0, 1, 2)
        grid.addWidget(self.member_combo, 1, 2, 1, 4)
        grid.addWidget(self.new_radio, 2, 0, 1, 2)
        for row, col, caption, widget in (
            (3, 0, tr("Họ và tên:"), self.name_edit), (3, 4, tr("Giới tính:"), self.gender_combo),
            (4, 0, tr("Năm sinh:"), self.year_edit), (4, 2, tr("Dân tộc:"), self.ethnicity_combo),
            (4, 4, tr("Thôn/tổ dân phố:"), self.village_combo),
            (5, 0, tr("Hoàn cảnh hộ:"), self.household_combo),
        ):
            grid.addWidget(QLabel(caption), row, col)
            grid.addWidget(widget, row, col + 1, 1, 3 if widget is self.name_edit else 1)
        grid.setColumnStretch(3, 1)
        self.error = ErrorLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.error)

        for signal in (self.role_combo.currentIndexChanged, self.member_combo.currentIndexChanged,
                       self.existing_radio.toggled, self.name_edit.textChanged,
                       self.gender_combo.currentIndexChanged, self.year_edit.textChanged,
                       self.ethnicity_combo.currentTextChanged,
                       self.village_combo.currentIndexChanged,
                       self.household_combo.currentIndexChanged,
                       self.term_start_edit.textChanged, self.term_end_edit.textChanged):
            signal.connect(self._store)
        self._load()

    # rows ---------------------------------------------------------------------------------

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))
        self._load()

    def add_row(self) -> int:
        used = {d.role for d in self.model.drafts}
        role = next((r for r in ROLE_ORDER if r not in used), "board_member")
        drafts = [*self.model.drafts, SeatDraft(role=role, term_start=self.default_start)]
        self.model.set_drafts(drafts)
        self.select_row(len(drafts) - 1)
        return len(drafts) - 1

    def remove_row(self) -> None:
        row = self.current_row()
        if row >= 0:
            drafts = list(self.model.drafts)
            del drafts[row]
            self.model.set_drafts(drafts)
            self.select_row(min(row, len(drafts) - 1))

    def move(self, step: int) -> None:
        row, drafts = self.current_row(), list(self.model.drafts)
        if 0 <= row < len(drafts) and 0 <= row + step < len(drafts):
            drafts[row], drafts[row + step] = drafts[row + step], drafts[row]
            self.model.set_drafts(drafts)
            self.select_row(row + step)

    def set_default_start(self, start: dt.date | None) -> None:
        """Term start for rows without one (the decision date, as the clerk expects)."""
        self.default_start = format_date(start)
        for i, d in enumerate(self.model.drafts):
            if not d.term_start:
                d.term_start = self.default_start
                self.model.row_changed(i)
        self._load()

    # the form of the current row ------------------------------------------------------------

    def _load(self) -> None:
        row = self.current_row()
        self.detail.setEnabled(row >= 0)
        if row < 0:
            return
        d = self.model.drafts[row]
        self._loading = True
        try:
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(d.role)))
            self.existing_radio.setChecked(d.existing)
            self.new_radio.setChecked(not d.existing)
            self.member_combo.setCurrentIndex(max(0, self.member_combo.findData(d.person_id)))
            self.name_edit.setText(d.full_name)
            self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(d.gender)))
            self.year_edit.setText(d.birth_year)
            self.ethnicity_combo.setCurrentText(d.ethnicity)
            self.village_combo.setCurrentIndex(max(0, self.village_combo.findData(d.village_id)))
            self.household_combo.setCurrentIndex(
                max(0, self.household_combo.findData(d.household_status)))
            self.term_start_edit.setText(d.term_start)
            self.term_end_edit.setText(d.term_end)
        finally:
            self._loading = False
        self._enable_parts()

    def _enable_parts(self) -> None:
        existing = self.existing_radio.isChecked()
        self.member_combo.setEnabled(existing)
        for w in (self.name_edit, self.gender_combo, self.year_edit, self.ethnicity_combo,
                  self.village_combo, self.household_combo):
            w.setEnabled(not existing)

    def _store(self, *_args) -> None:
        row = self.current_row()
        if self._loading or row < 0:
            return
        d = self.model.drafts[row]
        d.role = self.role_combo.currentData()
        d.existing = self.existing_radio.isChecked()
        d.person_id = self.member_combo.currentData()
        d.full_name = self.name_edit.text()
        d.gender = self.gender_combo.currentData()
        d.birth_year = self.year_edit.text()
        d.ethnicity = self.ethnicity_combo.currentText()
        d.village_id = self.village_combo.currentData()
        d.household_status = self.household_combo.currentData()
        d.term_start = self.term_start_edit.text()
        d.term_end = self.term_end_edit.text()
        self.model.row_changed(row)
        self._enable_parts()

    # results ----------------------------------------------------------------------------------

    def date_problems(self) -> list[Problem]:
        problems = []
        for i, d in enumerate(self.model.drafts):
            for name in ("term_start", "term_end"):
                text = getattr(d, name).strip()
                try:
                    if text:
                        parse_date(text)
                except ValueError:
                    problems.append(Problem(f"board[{i}].{name}", "bad_date", {"value": text}))
        return problems

    def seats(self, joined_on: dt.date) -> tuple[list[BoardSeat], list[Problem]]:
        """The seats for the service; new people join the club on `joined_on`."""
        problems = self.date_problems()
        seats = []
        for d in self.model.drafts:
            start = parse_date(d.term_start) if d.term_start.strip() else None
            end = parse_date(d.term_end) if d.term_end.strip() else None
            if problems:
                start = end = None  # not sent to the service anyway
            if d.existing:
                seats.append(BoardSeat(d.role, start, end, person_id=d.person_id))
                continue
            person = MemberInput(
                full_name=d.full_name, gender=d.gender or "",
                birth_year=int(d.birth_year) if d.birth_year.isdigit() else None,
                ethnicity=d.ethnicity, village_id=d.village_id,
                household_status=d.household_status, joined_on=joined_on)
            seats.append(BoardSeat(d.role, start, end, new_member=person))
        return seats, problems

    def summary_rows(self) -> list[list[str]]:
        """Role, name, birth year, source and term of every row, for the summary page."""
        return [self.model.row_texts(i)[1:] for i in range(self.model.rowCount())]

    def show_problems(self, problems: list[Problem]) -> None:
        """List the problems under the table, tint their rows, select the first one."""
        self.error.setText("\n".join(problem_text(p) for p in problems))
        self.error.setVisible(bool(problems))
        bad = []
        for p in problems:
            index = p.field.partition("[")[2].partition("]")[0]
            if index.isdigit():
                bad.append(int(index))
        self.model.bad_rows = set(bad)
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(
                self.model.rowCount() - 1, self.model.columnCount() - 1))
        if bad and bad[0] < self.model.rowCount():
            self.select_row(bad[0])
