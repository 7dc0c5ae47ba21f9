"""The program's one accent-insensitive search: typing "duc xuan" finds "Phường Đức Xuân".

`FoldingCompleter` folds both the typed text and every item (marks, đ and case ignored) and
matches anywhere in the item. `SearchCombo` is a combo box the clerk types into with that
completer; the member dialog's free-text ethnicity box uses the completer alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from models.text.vietnamese import fold

FOLD_ROLE = Qt.ItemDataRole.UserRole + 20

ModelIndex = QModelIndex | QPersistentModelIndex


class _FoldedKeys(QIdentityProxyModel):
    """The source model, with each item's folded text under FOLD_ROLE."""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == FOLD_ROLE:
            return fold(str(super().data(index, Qt.ItemDataRole.DisplayRole) or ""))
        return super().data(index, role)


class FoldingCompleter(QCompleter):
    """Completion that ignores marks, đ and case and matches anywhere: "tay" offers "Tày",
    "to 1" offers "CLB Tổ 1". `source` is an item model (a combo box's) or a list of texts."""

    def __init__(self, source: QAbstractItemModel | Iterable[str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not isinstance(source, QAbstractItemModel):
            source = QStringListModel(list(source), self)
        keys = _FoldedKeys(self)
        keys.setSourceModel(source)
        self.setModel(keys)
        self.setCompletionRole(FOLD_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt override)
        return [fold(path)]

    def pathFromIndex(self, index: ModelIndex) -> str:  # noqa: N802 (Qt override)
        return index.data(Qt.ItemDataRole.DisplayRole) or ""


class SearchCombo(QComboBox):
    """A combo box the clerk can type into: typing "duc xuan" offers "Phường Đức Xuân"
    (marks, đ and case are ignored, words match anywhere). Items may be added with
    `set_items` or the usual `addItem`.

    When the typing ends, text naming exactly one item selects it; with `take_first` the
    first of several matches is taken, as a picker of people or clubs expects. Otherwise
    the current item's text comes back, so the text never disagrees with the choice.

    Listeners in `value_listeners` get the chosen item's data (None when nothing is chosen).
    They are plain callbacks, not a Python Signal: PySide6 6.12's SignalInstance.emit()
    drops a reference to True on every call (see tests/ui/test_office_setup.py).
    """

    def __init__(self, placeholder: str = "", parent: QWidget | None = None, *,
                 take_first: bool = False) -> None:
        super().__init__(parent)
        self.take_first = take_first
        self.value_listeners: list[Callable[[object], None]] = []
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.lineEdit().setPlaceholderText(placeholder)
        completer = FoldingCompleter(self.model(), self)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self.commit_text)
        self.lineEdit().installEventFilter(self)
        self.currentIndexChanged.connect(lambda _i: self._tell_listeners())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Enter confirms the typed name here; it must not also press the dialog's Save button.
        if (watched is self.lineEdit() and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.commit_text()
            return True
        return super().eventFilter(watched, event)

    def set_items(self, items: list[tuple[str, object]], value: object = None) -> None:
        self.blockSignals(True)
        self.clear()
        for text, data in items:
            self.addItem(text, data)
        self.setCurrentIndex(self.findData(value) if value is not None else -1)
        self.blockSignals(False)
        self._tell_listeners()

    def _tell_listeners(self) -> None:
        value = self.value()
        for listener in self.value_listeners:
            listener(value)

    def value(self) -> object:
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value: object) -> None:
        self.setCurrentIndex(self.findData(value) if value is not None else -1)

    def matches(self, text: str) -> list[int]:
        """Rows whose folded text is the folded `text`, else those containing every word."""
        key = fold(text)
        keys = [fold(self.itemText(i)) for i in range(self.count())]
        words = key.split()
        return ([i for i, k in enumerate(keys) if k == key]
                or [i for i, k in enumerate(keys) if all(w in k for w in words)])

    def commit_text(self) -> None:
        """Typed text that names exactly one item (or, with `take_first`, any) selects it;
        otherwise the current item stays (or the text stays as typed, unselected, so the
        list can still be opened)."""
        text = self.lineEdit().text()
        current = self.currentIndex()
        if current >= 0 and self.itemText(current) == text:
            return
        if not fold(text).strip():
            if self.take_first and current >= 0:
                self.lineEdit().setText(self.itemText(current))
            else:
                self.setCurrentIndex(-1)
            return
        found = self.matches(text)
        if len(found) == 1 or (found and self.take_first):
            self.setCurrentIndex(found[0])
            self.lineEdit().setText(self.itemText(found[0]))
        elif current >= 0:
            self.lineEdit().setText(self.itemText(current))
