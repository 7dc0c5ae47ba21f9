"""Table models of the dashboard page: the plan's targets beside the figures, and the clubs
that miss a standard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from models.plans import display
from models.plans.dashboard import Miss, TargetRow
from ui.messages import label
from ui.table_model import ModelIndex, RowsModel

CTX = "DashboardModels"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TargetsModel(RowsModel):
    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("DashboardModels", "Chỉ tiêu"),
               QT_TRANSLATE_NOOP("DashboardModels", "Kế hoạch"),
               QT_TRANSLATE_NOOP("DashboardModels", "Thực hiện"),
               QT_TRANSLATE_NOOP("DashboardModels", "Chênh lệch"),
               QT_TRANSLATE_NOOP("DashboardModels", "Đánh giá"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: TargetRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 2, 3):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4:
            return QColor("#1a7f37") if row.status == "met" else QColor("#b42318")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (display.label(row), display.bound(row), display.actual(row), display.gap(row),
                label("target_status", row.status))[index.column()]


class MissesModel(RowsModel):
    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("DashboardModels", "CLB"),
               QT_TRANSLATE_NOOP("DashboardModels", "Chưa đạt chuẩn"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: Miss = self.rows[index.row()]
        if role == ID_ROLE:
            return row.club_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (f"{row.club_code} — {row.club_name}", display.miss(row))[index.column()]
