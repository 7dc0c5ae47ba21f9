"""Editable table models of the plan dialog: the targets (bounds, per club, from the plan's
start, where) and the budget (amount by year and source). Rows are the services' own inputs
(models.plans.plans.TargetInput, BudgetInput)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from models.plans import plans as plan_service
from models.reporting import indicators
from models.text.vietnamese import format_number
from ui.messages import label
from ui.table_model import ModelIndex, RowsModel

CTX = "PlanModels"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CHECK = Qt.ItemDataRole.CheckStateRole


def indicator_label(code: str) -> str:
    """The catalogue's name of an indicator or share code, translated."""
    from models.text.catalog import tr

    spec = indicators.SHARE_BY_CODE.get(code) or indicators.BY_CODE.get(code)
    return tr(spec.label) if spec is not None else code


def _number(value: Any) -> int | None:
    text = str(value or "").strip().replace(".", "").replace(" ", "").removesuffix("%")
    return int(text) if text.isdigit() else None


class TargetsEditModel(RowsModel):
    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("PlanModels", "Năm"),
               QT_TRANSLATE_NOOP("PlanModels", "Chỉ tiêu"),
               QT_TRANSLATE_NOOP("PlanModels", "Tối thiểu"),
               QT_TRANSLATE_NOOP("PlanModels", "Tối đa"),
               QT_TRANSLATE_NOOP("PlanModels", "Mỗi CLB"),
               QT_TRANSLATE_NOOP("PlanModels", "Cộng dồn"),
               QT_TRANSLATE_NOOP("PlanModels", "Địa bàn (CLB mới)"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: plan_service.TargetInput = self.rows[index.row()]
        col = index.column()
        if role == _CHECK and col in (4, 5):
            on = row.per_club if col == 4 else row.since_start
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 2, 3):
            return _RIGHT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        unit = " %" if plan_service.is_share(row.code) and role == Qt.ItemDataRole.DisplayRole \
            else ""
        return (str(row.year), indicator_label(row.code),
                "" if row.low is None else format_number(row.low) + unit,
                "" if row.high is None else format_number(row.high) + unit,
                "", "", row.place)[col]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in (4, 5):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (2, 3, 6):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: ModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        row: plan_service.TargetInput = self.rows[index.row()]
        col = index.column()
        if role == _CHECK and col in (4, 5):
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            setattr(row, "per_club" if col == 4 else "since_start", checked)
        elif role == Qt.ItemDataRole.EditRole and col in (2, 3):
            setattr(row, "low" if col == 2 else "high", _number(value))
        elif role == Qt.ItemDataRole.EditRole and col == 6:
            row.place = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class BudgetEditModel(RowsModel):
    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("PlanModels", "Năm"),
               QT_TRANSLATE_NOOP("PlanModels", "Nguồn"),
               QT_TRANSLATE_NOOP("PlanModels", "Kế hoạch (đồng)"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: plan_service.BudgetInput = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 1:
            return _RIGHT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return (str(row.year), label("budget_source", row.source),
                format_number(row.amount))[index.column()]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else base

    def setData(self, index: ModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 2:
            return False
        amount = _number(value)
        if amount is None:
            return False
        self.rows[index.row()].amount = amount
        self.dataChanged.emit(index, index)
        return True
