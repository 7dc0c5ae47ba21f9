"""Table models of the Reports page: every unit's report for a year (state, version, due
date, who is waiting for whom, approval), and the lines where the records differ from a
signed report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from models.signoff.board import BoardRow, waiting_text
from models.signoff.diff import DiffLine
from models.text.catalog import tr as catalogue_tr
from models.text.vietnamese import format_date, format_number
from ui.messages import label
from ui.table_model import ModelIndex, RowsModel

CTX = "ReportModels"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_COLOURS = {"approved": "#1b7a3a", "submitted": "#1f5fa8", "returned": "#a34a00",
                 "late": "#b00020", "missing": "#777777", "draft": "#444444"}
INDENT = {"nation": "", "province": "", "ward": "    ", "club": "        "}


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportModels", text)


class BoardModel(RowsModel):
    """One row per unit, the nation first and the clubs last, each under its parent."""

    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("ReportModels", "Đơn vị"),
               QT_TRANSLATE_NOOP("ReportModels", "Cấp"),
               QT_TRANSLATE_NOOP("ReportModels", "Trạng thái"),
               QT_TRANSLATE_NOOP("ReportModels", "Phiên bản"),
               QT_TRANSLATE_NOOP("ReportModels", "Hạn nộp"),
               QT_TRANSLATE_NOOP("ReportModels", "Đang chờ"),
               QT_TRANSLATE_NOOP("ReportModels", "Người duyệt"),
               QT_TRANSLATE_NOOP("ReportModels", "Ngày duyệt"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: BoardRow = self.rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            return QBrush(QColor(STATE_COLOURS.get(row.shown_state, "#000000")))
        if role == Qt.ItemDataRole.FontRole and row.level != "club" and col == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == 2 and row.return_reason:
            return tr("Lý do trả lại: {reason}").format(reason=row.return_reason)
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return waiting_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (INDENT[row.level] + row.name, label("report_level", row.level),
                label("report_state", row.shown_state), str(row.version or ""),
                format_date(row.due), waiting_text(row), row.approved_by,
                format_date(row.approved_at.date()) if row.approved_at else "")[col]


class DiffModel(RowsModel):
    """Indicators whose recorded value differs from the signed one."""

    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("ReportModels", "Đơn vị"),
               QT_TRANSLATE_NOOP("ReportModels", "Chỉ số"),
               QT_TRANSLATE_NOOP("ReportModels", "Đã duyệt"),
               QT_TRANSLATE_NOOP("ReportModels", "Hiện tại"),
               QT_TRANSLATE_NOOP("ReportModels", "Chênh lệch"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: DiffLine = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return QBrush(QColor("#1b7a3a" if row.difference > 0 else "#b00020"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        sign = "+" if row.difference > 0 else ""
        return (row.unit_name, catalogue_tr(row.label), format_number(row.signed),
                format_number(row.recorded), sign + format_number(row.difference))[col]
