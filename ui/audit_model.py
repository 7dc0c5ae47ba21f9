"""Table models of the audit viewer: the trail (lazy, a page at a time as the view scrolls) and
the before/after values of one row side by side."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from models.accounts.audit_readable import ReadableRow, readable
from models.accounts.audit_view import AuditFilter, audit_page
from models.text.vietnamese import format_date
from ui.table_model import RowsModel

PAGE = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditPage", text)


def when_text(at: dt.datetime) -> str:
    return f"{format_date(at)} {at:%H:%M:%S}"


class AuditModel(RowsModel):
    """Audit rows newest first. The first page comes from a background task (set_first_page);
    later pages are read as the view scrolls to the end (fetchMore), 200 rows each, by key."""

    AT, ACTOR, ENTITY, ENTITY_ID, ACTION = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditPage", "Thời điểm"),
        QT_TRANSLATE_NOOP("AuditPage", "Người thực hiện"),
        QT_TRANSLATE_NOOP("AuditPage", "Loại dữ liệu"),
        QT_TRANSLATE_NOOP("AuditPage", "Bản ghi"),
        QT_TRANSLATE_NOOP("AuditPage", "Thao tác"),
    )
    CONTEXT = "AuditPage"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.filter = AuditFilter()
        self._more = False

    def set_first_page(self, flt: AuditFilter, rows: list[ReadableRow]) -> None:
        self.beginResetModel()
        self.filter, self.rows = flt, list(rows)
        self._more = len(rows) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or not self.rows:
            return
        more = readable(audit_page(self.filter, before_id=self.rows[-1].row.id, limit=PAGE))
        self._more = len(more) == PAGE
        if more:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        col = index.column()
        if col == self.AT:
            return when_text(row.row.at)
        if col == self.ACTOR:
            return row.actor
        if col == self.ENTITY:
            return row.entity
        if col == self.ENTITY_ID:
            return row.record
        return row.action

    def row_at(self, index: int) -> ReadableRow | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None


class ChangesModel(RowsModel):
    """One audit row as field | before | after, changed values highlighted."""

    HEADERS = (
        QT_TRANSLATE_NOOP("AuditPage", "Thông tin"),
        QT_TRANSLATE_NOOP("AuditPage", "Trước"),
        QT_TRANSLATE_NOOP("AuditPage", "Sau"),
    )
    CONTEXT = "AuditPage"

    @property
    def lines(self) -> list[tuple[str, str, str, bool]]:
        """(field, before, after, changed) per shown value."""
        return self.rows

    def set_row(self, row: ReadableRow | None) -> None:
        """Show one change's values, already in words (models/accounts/audit_readable.py)."""
        self.set_rows(list(row.lines) if row is not None else [])

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return line[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and line[3] and index.column() > 0:
            return QColor("#fdecea") if index.column() == 1 else QColor("#e6f4ea")
        return None
