"""What the table models share: a flat table of rows under translated headers, and a filter
proxy that keeps the rows containing every typed word, in a chosen status, sorted by a role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView

from models.text.vietnamese import fold

ModelIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A flat table of `rows` under `HEADERS`, which are translated in the `CONTEXT` they
    were marked in (QT_TRANSLATE_NOOP). set_rows() replaces the rows as a whole."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def append_row(self, row: Any) -> int:
        """Add a row at the end (an editable list); returns its number."""
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()
        return len(self.rows) - 1

    def remove_row(self, row: int) -> None:
        """Take row number `row` out, if there is one."""
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def row_of(self, attr: str, value: Any) -> int | None:
        """The number of the first row whose `attr` is `value`, None when there is none."""
        return next((i for i, r in enumerate(self.rows) if getattr(r, attr) == value), None)

    def row_with(self, attr: str, value: Any) -> Any | None:
        """The first row whose `attr` is `value` (None for a None value or no such row)."""
        row = self.row_of(attr, value) if value is not None else None
        return self.rows[row] if row is not None else None

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        return None


def selected_data(view: QAbstractItemView, role: int) -> Any:
    """The `role` value of the selected row of a one-row-selection view (None: no row)."""
    rows = view.selectionModel().selectedRows()
    return rows[0].data(role) if rows else None


def show_source_row(view: QAbstractItemView, row: int | None) -> bool:
    """Selects source row `row` of a view over a filter proxy and scrolls to it; False when
    there is no such row or the filter hides it."""
    if row is None:
        return False
    proxy = view.model()
    index = proxy.mapFromSource(proxy.sourceModel().index(row, 0))
    if not index.isValid():
        return False
    view.selectRow(index.row())
    view.scrollTo(index)
    return True


class WordsFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose SEARCH_ROLE text (folded) contains every typed word and whose
    STATUS_ROLE value is the chosen status; sorts by SORT_ROLE (as text when the values do
    not compare). Subclasses name the roles of their model."""

    SEARCH_ROLE: int
    STATUS_ROLE: int
    SORT_ROLE: int

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.status: str | None = None
        self.setSortRole(self.SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self.status = status or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def status_matches(self, status: str | None) -> bool:
        return not self.status or status == self.status

    def accepts(self, model: QAbstractTableModel, index: QModelIndex) -> bool:
        """Further conditions of a subclass, besides the words and the status."""
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not self.status_matches(model.data(index, self.STATUS_ROLE)):
            return False
        if not self.accepts(model, index):
            return False
        haystack = model.data(index, self.SEARCH_ROLE) or ""
        return all(w in haystack for w in self.words)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:  # noqa: N802
        a, b = left.data(self.SORT_ROLE), right.data(self.SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


def row_view(model, parent=None):  # type: ignore[no-untyped-def]
    """A table view over `model` as the program's lists are: whole rows selected, one at a
    time, no row numbers, headers that do not light up. Callers add what their list needs."""
    from PySide6.QtWidgets import QTableView

    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    return view
