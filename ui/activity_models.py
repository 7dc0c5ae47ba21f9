"""Table models of the activities and training pages: flat rows from models/activities and
models/training, each column a function of the row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from models.privacy.consent import MASK
from models.text.vietnamese import format_date, format_number
from ui.messages import label
from ui.table_model import ModelIndex, RowsModel, row_view


def _value(value: Any, scale: int = 1) -> str:
    """A health value for the table: '' when empty, "(ẩn)" when masked, tenths with a comma."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        return value
    if scale == 10:
        return f"{value // 10},{value % 10}"
    return str(value)


class CellsModel(RowsModel):
    """Rows shown through `CELLS`, one function of a row per column (same order as HEADERS)."""

    CELLS: tuple[Callable[[Any], Any], ...] = ()
    RIGHT: frozenset[int] = frozenset()  # columns of numbers

    def data(self, index: ModelIndex = QModelIndex(),  # noqa: B008
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.CELLS[index.column()](row)
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ActivitiesModel(CellsModel):
    CONTEXT = "ActivitiesPage"
    HEADERS = (QT_TRANSLATE_NOOP("ActivitiesPage", "Ngày"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Lĩnh vực"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Loại"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Tên hoạt động"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Thành viên"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Người khác"))
    CELLS = (lambda r: format_date(r.date), lambda r: label("activity_area", r.area),
             lambda r: label("activity_kind", r.kind), lambda r: r.title,
             lambda r: r.members_count, lambda r: r.others_count)
    RIGHT = frozenset({4, 5})


class FiguresModel(CellsModel):
    """One row per area: (area code, activities) pairs, then the other figures as rows."""

    CONTEXT = "ActivitiesPage"
    HEADERS = (QT_TRANSLATE_NOOP("ActivitiesPage", "Chỉ tiêu"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Số"))
    CELLS = (lambda r: r[0], lambda r: r[1])
    RIGHT = frozenset({1})


class HealthModel(CellsModel):
    CONTEXT = "ActivitiesPage"
    HEADERS = (QT_TRANSLATE_NOOP("ActivitiesPage", "Ngày"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Họ và tên"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Huyết áp"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Cân nặng (kg)"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Đường huyết (mmol/L)"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Ghi chú"))
    CELLS = (lambda r: format_date(r.date), lambda r: r.full_name,
             lambda r: MASK if r.masked else (
                 f"{_value(r.systolic)}/{_value(r.diastolic)}"
                 if r.systolic is not None or r.diastolic is not None else ""),
             lambda r: _value(r.weight_dkg, 10), lambda r: _value(r.sugar_dmmol, 10),
             lambda r: r.note)
    RIGHT = frozenset({2, 3, 4})


class PairsModel(CellsModel):
    CONTEXT = "ActivitiesPage"
    HEADERS = (QT_TRANSLATE_NOOP("ActivitiesPage", "Tình nguyện viên"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Người cao tuổi"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Từ ngày"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Đến ngày"))
    CELLS = (lambda r: r.volunteer_name, lambda r: r.older_name,
             lambda r: format_date(r.date_from),
             lambda r: format_date(r.date_to) if r.date_to else "")


class SelfHelpModel(CellsModel):
    CONTEXT = "ActivitiesPage"
    HEADERS = (QT_TRANSLATE_NOOP("ActivitiesPage", "Ngày"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Người được hỗ trợ"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Nội dung hỗ trợ"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Giá trị (đồng)"))
    CELLS = (lambda r: format_date(r.date), lambda r: r.full_name, lambda r: r.what,
             lambda r: format_number(r.value or 0))
    RIGHT = frozenset({3})


class ClaimsModel(CellsModel):
    CONTEXT = "ActivitiesPage"
    HEADERS = (QT_TRANSLATE_NOOP("ActivitiesPage", "Ngày"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Người được giúp"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Chế độ"),
               QT_TRANSLATE_NOOP("ActivitiesPage", "Kết quả"))
    CELLS = (lambda r: format_date(r.date), lambda r: r.full_name, lambda r: r.what,
             lambda r: label("claim_outcome", r.outcome))


class CoursesModel(CellsModel):
    CONTEXT = "TrainingPage"
    HEADERS = (QT_TRANSLATE_NOOP("TrainingPage", "Tên khóa"),
               QT_TRANSLATE_NOOP("TrainingPage", "Loại"),
               QT_TRANSLATE_NOOP("TrainingPage", "Từ ngày"),
               QT_TRANSLATE_NOOP("TrainingPage", "Đến ngày"),
               QT_TRANSLATE_NOOP("TrainingPage", "Đơn vị tổ chức"),
               QT_TRANSLATE_NOOP("TrainingPage", "Địa điểm"),
               QT_TRANSLATE_NOOP("TrainingPage", "Số người dự"))
    CELLS = (lambda r: r.title, lambda r: label("course_kind", r.kind),
             lambda r: format_date(r.date_from), lambda r: format_date(r.date_to),
             lambda r: r.organiser, lambda r: r.place, lambda r: r.attendee_count)
    RIGHT = frozenset({6})


class UntrainedModel(CellsModel):
    CONTEXT = "TrainingPage"
    HEADERS = (QT_TRANSLATE_NOOP("TrainingPage", "CLB"),
               QT_TRANSLATE_NOOP("TrainingPage", "Họ và tên"),
               QT_TRANSLATE_NOOP("TrainingPage", "Chức danh"))
    CELLS = (lambda r: r.club_code, lambda r: r.full_name,
             lambda r: label("board_role", r.role))


def table(model) -> QTableView:
    view = row_view(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view
