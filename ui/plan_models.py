"""Table models of the yearly supervision plan: the plan as the supervision page shows it
(each line with the visit that carried it out) and the plan while it is edited (month and
supervisor typed on the club's row)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from models.supervision.plans import PlanRow
from models.text.vietnamese import format_date
from ui.table_model import ModelIndex, RowsModel

CTX = "PlanModels"
DONE = QBrush(QColor("#2e7d32"))
LATE = QBrush(QColor("#8b1a1a"))


class PlanModel(RowsModel):
    """The year's plan (models.supervision.plans.PlanRow); a line whose month has passed
    without a visit is red."""

    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("PlanModels", "CLB"),
               QT_TRANSLATE_NOOP("PlanModels", "Tháng"),
               QT_TRANSLATE_NOOP("PlanModels", "Người giám sát"),
               QT_TRANSLATE_NOOP("PlanModels", "Đã giám sát"))

    def __init__(self, parent=None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.year = self.today.year

    def late(self, row: PlanRow) -> bool:
        """The planned month (or year) is over and no visit carried the line out."""
        if row.done_on is not None:
            return False
        month = row.month_due or 12
        return (self.year, month) < (self.today.year, self.today.month)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: PlanRow = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.club
            if col == 1:
                return (format_date(row.date) if row.date else
                        str(row.month) if row.month else self.tr("cả năm"))
            if col == 2:
                return row.by_whom
            if row.done_on is not None:
                return format_date(row.done_on)
            return self.tr("quá hạn, chưa giám sát") if self.late(row) else self.tr("chưa")
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            return DONE if row.done_on is not None else LATE if self.late(row) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return Qt.AlignmentFlag.AlignCenter
        return None


@dataclass
class PlanLine:
    """One club of the plan being edited."""

    club_id: int
    club: str
    month: int | None = None
    by_whom: str = ""


class PlanEditModel(RowsModel):
    """The plan being edited: the month (1–12, or empty for any time in the year) and who
    supervises are typed on the club's row."""

    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("PlanModels", "CLB"),
               QT_TRANSLATE_NOOP("PlanModels", "Tháng (1–12)"),
               QT_TRANSLATE_NOOP("PlanModels", "Người giám sát"))
    CLUB, MONTH, BY_WHOM = range(3)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() != self.CLUB else base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: PlanLine = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (row.club, "" if row.month is None else str(row.month),
                    row.by_whom)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.MONTH:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def setData(self, index: ModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row: PlanLine = self.rows[index.row()]
        text = str(value or "").strip()
        if index.column() == self.MONTH:
            if text == "":
                row.month = None
            elif text.isdigit():
                row.month = int(text)  # out of 1–12: the service names the line
            else:
                return False
        elif index.column() == self.BY_WHOM:
            row.by_whom = text
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def club_ids(self) -> set[int]:
        return {r.club_id for r in self.rows}
