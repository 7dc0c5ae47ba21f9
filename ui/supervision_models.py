"""Table models of the supervision windows: the visits of a year, a visit's checklist (answers
chosen in a combo), its recommendations, the earlier recommendations found done, and a
template's groups and items while they are edited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from models.supervision import rules
from models.text import numbers
from models.text.vietnamese import format_date
from ui.messages import label
from ui.table_model import ModelIndex, RowsModel
from ui.widgets.dates import parse_typed_date

CTX = "SupervisionModels"
EDITABLE = Qt.ItemFlag.ItemIsEditable
ID_ROLE = Qt.ItemDataRole.UserRole + 1

# What each hint of an item (models.supervision.rules.HINTS) shows beside it.
HINT_NAMES = {
    "meetings": QT_TRANSLATE_NOOP("SupervisionModels", "Buổi sinh hoạt"),
    "board": QT_TRANSLATE_NOOP("SupervisionModels", "Ban chủ nhiệm"),
    "composition": QT_TRANSLATE_NOOP("SupervisionModels", "Thành phần CLB"),
    "funds": QT_TRANSLATE_NOOP("SupervisionModels", "Số dư các quỹ"),
    "cash_count": QT_TRANSLATE_NOOP("SupervisionModels", "Kiểm kê quỹ"),
    "loans_overdue": QT_TRANSLATE_NOOP("SupervisionModels", "Khoản vay quá hạn"),
    "trainings": QT_TRANSLATE_NOOP("SupervisionModels", "Lớp tập huấn"),
    "volunteers": QT_TRANSLATE_NOOP("SupervisionModels", "Tình nguyện viên"),
}


def hint_name(hint: str) -> str:
    return QCoreApplication.translate("SupervisionModels", HINT_NAMES[hint]) \
        if hint in HINT_NAMES else hint


def score_text(value: float | None) -> str:
    return "" if value is None else numbers.decimal_text(value)


@dataclass
class VisitRow:
    visit_id: int
    club: str
    date: dt.date
    kind: str
    score: float | None
    rating: str
    open_count: int


class VisitsModel(RowsModel):
    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("SupervisionModels", "Câu lạc bộ"), QT_TRANSLATE_NOOP("SupervisionModels", "Ngày"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Hình thức"), QT_TRANSLATE_NOOP("SupervisionModels", "Điểm"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Xếp loại"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Kiến nghị chưa thực hiện"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: VisitRow = self.rows[index.row()]
        if role == ID_ROLE:
            return row.visit_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.club, format_date(row.date), label("supervision_kind", row.kind),
                score_text(row.score), label("supervision_rating", row.rating),
                str(row.open_count) if row.open_count else "")[index.column()]


@dataclass
class OverdueRow:
    club: str
    text: str
    owner: str
    due_on: dt.date | None


class OverdueModel(RowsModel):
    """Recommendations still open past their due date."""

    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("SupervisionModels", "CLB"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Kiến nghị"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Người thực hiện"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Hạn"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: OverdueRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return row.text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.club, row.text, row.owner, format_date(row.due_on))[index.column()]


@dataclass
class CheckRow:
    """A group heading (item_id None) or an item with its answer."""
    text: str
    item_id: int | None = None
    weight: int = 0
    required: bool = False
    fact: str = ""
    answer: str = ""
    note: str = ""
    missing: bool = False  # a required item left unanswered when saving


class ChecklistModel(RowsModel):
    """The checklist walked group by group; answer and note are edited in place."""

    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("SupervisionModels", "Nội dung kiểm tra"), QT_TRANSLATE_NOOP("SupervisionModels", "Trọng số"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Bắt buộc"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Chương trình ghi nhận"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Đánh giá"), QT_TRANSLATE_NOOP("SupervisionModels", "Ghi chú"))
    TEXT, WEIGHT, REQUIRED, FACT, ANSWER, NOTE = range(6)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: CheckRow = self.rows[index.row()]
        col = index.column()
        if row.item_id is None:
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return row.text
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#e3ecf7"))
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.missing:
            return QBrush(QColor("#fde0e0"))
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.TEXT, self.FACT):
            return row.text if col == self.TEXT else row.fact
        if role == Qt.ItemDataRole.EditRole:
            return row.answer if col == self.ANSWER else row.note if col == self.NOTE \
                else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.WEIGHT, self.REQUIRED):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.text, str(row.weight), "✱" if row.required else "", row.fact,
                label("supervision_answer", row.answer) if row.answer else "",
                row.note)[col]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        row = self.rows[index.row()] if index.isValid() else None
        if row is not None and row.item_id is not None and index.column() in (self.ANSWER,
                                                                               self.NOTE):
            return base | EDITABLE
        return base

    def setData(self, index: ModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row: CheckRow = self.rows[index.row()]
        if row.item_id is None:
            return False
        if index.column() == self.ANSWER:
            if value not in ("", *rules.ANSWERS):
                return False
            row.answer = value
            row.missing = row.missing and not value
        elif index.column() == self.NOTE:
            row.note = str(value)
        else:
            return False
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(self.NOTE))
        return True

    def items(self) -> list[CheckRow]:
        return [r for r in self.rows if r.item_id is not None]

    def score(self) -> float | None:
        return rules.score((r.weight, r.answer) for r in self.items() if r.answer)

    def mark_missing(self) -> int:
        """Marks the required items without an answer; returns how many there are."""
        count = 0
        for r in self.items():
            r.missing = r.required and not r.answer
            count += r.missing
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.NOTE))
        return count

    def row_of_item(self, item_id: int) -> int | None:
        return self.row_of("item_id", item_id)


class AnswerDelegate(QStyledItemDelegate):
    """The answer of an item chosen in a combo: not yet answered, met, partly, not met,
    not applicable."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.addItem("—", "")
        for code in rules.ANSWERS:
            combo.addItem(label("supervision_answer", code), code)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, at))
        editor.blockSignals(False)

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


@dataclass
class RecRow:
    text: str = ""
    owner: str = ""
    due: str = ""  # as typed, dd/mm/yyyy

    def due_on(self) -> dt.date | None:
        return parse_typed_date(self.due) if self.due.strip() else None


class RecommendationsModel(RowsModel):
    """New recommendations, every cell typed in place."""

    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("SupervisionModels", "Kiến nghị"), QT_TRANSLATE_NOOP("SupervisionModels", "Người thực hiện"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Hạn (dd/mm/yyyy)"))
    FIELDS = ("text", "owner", "due")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.EditRole):
            return None
        return getattr(self.rows[index.row()], self.FIELDS[index.column()])

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | EDITABLE

    def setData(self, index: ModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        setattr(self.rows[index.row()], self.FIELDS[index.column()], str(value))
        self.dataChanged.emit(index, index)
        return True

    def add(self) -> int:
        return self.append_row(RecRow())

    def remove(self, row: int) -> None:
        self.remove_row(row)


@dataclass
class FollowRow:
    rec_id: int
    text: str
    owner: str
    due_on: dt.date | None
    visit_date: dt.date
    done: bool = False


class FollowUpModel(RowsModel):
    """Earlier open recommendations of the club; a tick marks those found done."""

    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("SupervisionModels", "Đã thực hiện"), QT_TRANSLATE_NOOP("SupervisionModels", "Kiến nghị"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Người thực hiện"), QT_TRANSLATE_NOOP("SupervisionModels", "Hạn"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Buổi giám sát"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: FollowRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return ("", row.text, row.owner, format_date(row.due_on),
                format_date(row.visit_date))[index.column()]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def setData(self, index: ModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.rows[index.row()].done = checked
        self.dataChanged.emit(index, index)
        return True

    def done_ids(self) -> list[int]:
        return [r.rec_id for r in self.rows if r.done]


@dataclass
class ItemRow:
    text: str = ""
    weight: int = 1
    required: bool = False
    hint: str = ""


@dataclass
class GroupRow:
    title: str = ""
    items: list[ItemRow] = field(default_factory=list)


class GroupsModel(RowsModel):
    CONTEXT = CTX
    HEADERS = (QT_TRANSLATE_NOOP("SupervisionModels", "Nhóm nội dung"), QT_TRANSLATE_NOOP("SupervisionModels", "Số mục"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.EditRole):
            return None
        row: GroupRow = self.rows[index.row()]
        return row.title if index.column() == 0 else str(len(row.items))

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | EDITABLE if index.column() == 0 else base

    def setData(self, index: ModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        self.rows[index.row()].title = str(value)
        self.dataChanged.emit(index, index)
        return True

    def add(self) -> int:
        return self.append_row(GroupRow())

    def remove(self, row: int) -> None:
        self.remove_row(row)


class ItemsModel(RowsModel):
    """The items of one group (the group's own list, edited in place)."""

    CONTEXT = CTX

    def show_group(self, group: GroupRow | None) -> None:
        """Edit this group's own list of items (None: no group)."""
        self.beginResetModel()
        self.rows = group.items if group is not None else []
        self.endResetModel()
    HEADERS = (QT_TRANSLATE_NOOP("SupervisionModels", "Nội dung kiểm tra"), QT_TRANSLATE_NOOP("SupervisionModels", "Trọng số"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Bắt buộc"),
               QT_TRANSLATE_NOOP("SupervisionModels", "Dữ liệu đối chiếu"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ItemRow = self.rows[index.row()]
        col = index.column()
        if col == 2:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.required else Qt.CheckState.Unchecked
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if col == 1:
            return row.weight if role == Qt.ItemDataRole.EditRole else str(row.weight)
        if col == 0:
            return row.text
        return row.hint if role == Qt.ItemDataRole.EditRole else hint_name(row.hint)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in (0, 1):
            return base | EDITABLE
        if index.column() == 2:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: ModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row: ItemRow = self.rows[index.row()]
        col = index.column()
        if col == 2 and role == Qt.ItemDataRole.CheckStateRole:
            row.required = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2,
                                     True)
        elif col == 0 and role == Qt.ItemDataRole.EditRole:
            row.text = str(value)
        elif col == 1 and role == Qt.ItemDataRole.EditRole:
            try:
                row.weight = int(value)
            except (TypeError, ValueError):
                return False
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def add(self) -> int:
        return self.append_row(ItemRow())

    def remove(self, row: int) -> None:
        self.remove_row(row)
