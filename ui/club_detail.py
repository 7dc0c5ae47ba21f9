"""The detail panel of the clubs page: the club's data, its board, groups, composition and
status history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.clubs.club_views import ClubDetailData, load_club_detail
from models.office.settings import Standards
from models.text.vietnamese import format_date
from ui.clubs_model import FAIL_COLOURS, PASS_COLOURS, decision_text, figure_text, standard_text
from ui.messages import label
from ui.table_model import ModelIndex, RowsModel


def tr(text: str) -> str:
    return QCoreApplication.translate("ClubDetail", text)


def term_text(start: dt.date | None, end: dt.date | None) -> str:
    """'01/03/2025 – nay' or '01/03/2025 – 28/02/2030'."""
    return f"{format_date(start)} – {format_date(end) if end else tr('nay')}"


class SimpleTableModel(RowsModel):
    """A small read-only table: headers, rows of text, optional text colour per cell."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self.HEADERS = tuple(headers)
        self._colours: dict[tuple[int, int], tuple[str, str]] = {}
        self._right: set[int] = set()

    def set_rows(self, rows: list[list[str]],
                 colours: dict[tuple[int, int], tuple[str, str]] | None = None,
                 right_aligned: set[int] | None = None) -> None:
        self._colours = colours or {}
        self._right = right_aligned or set()
        super().set_rows(rows)

    def header_text(self, section: int) -> str:
        return self.HEADERS[section]  # given translated

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        colours = self._colours.get((index.row(), index.column()))
        if colours and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(colours[0])
        if colours and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(colours[1])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _small_table(model: QAbstractTableModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class ClubDetail(QWidget):
    """Shows one club; show_club(None) shows a hint instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ClubDetailData | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.hint = QLabel()
        self.set_hint()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: #666;")
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self._build_body())

    def _build_body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)

        info_box = QGroupBox(tr("Thông tin CLB"))
        grid = QGridLayout(info_box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.fields: dict[str, QLabel] = {}
        info_columns = (
            (("code", tr("Mã CLB:")), ("ward", tr("Xã/phường:")),
             ("villages", tr("Thôn/tổ dân phố:")), ("plan_phase", tr("Giai đoạn kế hoạch:"))),
            (("status", tr("Trạng thái:")), ("meeting_day", tr("Ngày sinh hoạt:")),
             ("meeting_place", tr("Địa điểm sinh hoạt:"))),
            (("decision", tr("Quyết định thành lập:")),
             ("issuer", tr("Cơ quan ra quyết định:")), ("launch", tr("Lễ ra mắt:")),
             ("statute", tr("Quy chế:"))),
        )
        for column, items in enumerate(info_columns):
            for row, (key, caption) in enumerate(items):
                name = QLabel(caption)
                name.setStyleSheet("color: #555;")
                value = QLabel()
                value.setWordWrap(True)
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fields[key] = value
                grid.addWidget(name, row, 2 * column, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(value, row, 2 * column + 1, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(2 * column + 1, 1)

        self.board_model = SimpleTableModel(
            [tr("Chức danh"), tr("Họ và tên"), tr("Năm sinh"), tr("Nhiệm kỳ")], self)
        self.board_view = _small_table(self.board_model, 1)
        self.composition_model = SimpleTableModel(
            [tr("Chỉ tiêu"), tr("Hiện có"), tr("Chuẩn"), tr("Đánh giá")], self)
        self.composition_view = _small_table(self.composition_model, 0)
        self.groups_model = SimpleTableModel([tr("Tên tổ/nhóm"), tr("Số thành viên")], self)
        self.groups_view = _small_table(self.groups_model, 0)
        self.history_model = SimpleTableModel([tr("Ngày"), tr("Trạng thái"), tr("Lý do")], self)
        self.history_view = _small_table(self.history_model, 2)

        def boxed(title: str, view: QTableView) -> QGroupBox:
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(view)
            return box

        layout.addWidget(info_box)
        tables = QHBoxLayout()
        tables.addWidget(boxed(tr("Ban chủ nhiệm"), self.board_view), 9)
        tables.addWidget(boxed(tr("Cơ cấu thành viên"), self.composition_view), 9)
        small = QVBoxLayout()
        small.addWidget(boxed(tr("Tổ/nhóm"), self.groups_view))
        small.addWidget(boxed(tr("Lịch sử trạng thái"), self.history_view))
        tables.addLayout(small, 6)
        layout.addLayout(tables, 1)
        return body

    def set_hint(self, text: str | None = None) -> None:
        """What the panel says when no club is selected."""
        self.hint.setText(text or tr("Chọn một CLB trong danh sách để xem chi tiết."))

    def show_club(self, club_id: int | None, on: dt.date | None = None,
                  standards: Standards | None = None) -> None:
        if club_id is None:
            self.data = None
            self.stack.setCurrentIndex(0)
            return
        self.data = load_club_detail(club_id, on or dt.date.today(), standards or Standards())
        self._fill(self.data)
        self.stack.setCurrentIndex(1)

    def _fill(self, d: ClubDetailData) -> None:
        c = d.club
        self.title.setText(c.name)
        status = label("club_status", c.status)
        if c.status_since is not None:
            status = tr("{status} (từ ngày {date})").format(status=status,
                                                          date=format_date(c.status_since))
        if c.statute_adopted:
            statute = tr("Đã thông qua ngày {date}").format(date=format_date(c.statute_date))
        else:
            statute = tr("Chưa thông qua")
        dash = "—"
        values = {
            "code": c.code,
            "ward": d.ward_name,
            "villages": ", ".join(d.villages) or dash,
            "status": status,
            "plan_phase": c.plan_phase or dash,
            "meeting_day": c.meeting_day or dash,
            "meeting_place": c.meeting_place or dash,
            "decision": decision_text(c.decision_number, c.decision_date) or dash,
            "issuer": c.decision_issuer or dash,
            "launch": format_date(c.launch_date) if c.launch_date else dash,
            "statute": statute,
        }
        for key, text in values.items():
            self.fields[key].setText(text)

        self.board_model.set_rows(
            [[label("board_role", b.role), p.full_name, str(p.birth_year),
              term_text(b.term_start, b.term_end)] for b, p in d.board],
            right_aligned={2})
        self.groups_model.set_rows([[name, str(n)] for name, n in d.groups], right_aligned={1})
        rows, colours = [], {}
        for i, f in enumerate(d.composition.figures):
            verdict = tr("Đạt") if f.passed else tr("Chưa đạt")
            colours[(i, 3)] = PASS_COLOURS if f.passed else FAIL_COLOURS
            rows.append([label("composition", f.key), figure_text(f), standard_text(f), verdict])
        self.composition_model.set_rows(rows, colours, right_aligned={1})
        self.history_model.set_rows(
            [[format_date(h.date), label("club_status", h.status), h.reason]
             for h in reversed(d.history)])
