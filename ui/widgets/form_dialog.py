"""The frame of a dialog that saves one form through a service: an error line for each field
(`errors`), a general error line, Save and Cancel under the form. The problems a service
reports go under their fields; on success the dialog keeps the saved value and closes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import Problem
from ui import service
from ui.context import AppContext, Change
from ui.widgets.dates import DateEdit
from ui.widgets.fields import ErrorLabel, save_cancel, show_field_problems


def tr(text: str) -> str:
    return QCoreApplication.translate("Widgets", text)


def form_state(dialog: QWidget) -> list:
    """What the clerk can change in a dialog: every field's text, choice or tick."""
    state = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            state.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append(widget.currentIndex())
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
    return state


class AsksBeforeDiscarding:
    """A dialog (mixed in before QDialog) that asks before Esc, Cancel or the window's close
    button throws away what the clerk typed. The form as it stood when the dialog opened is
    the mark. Closing from code (reject(), close()) does not ask."""

    _opened_state: list | None = None

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._opened_state is None:
            self._opened_state = form_state(self)

    def has_changes(self) -> bool:
        return self._opened_state is not None and form_state(self) != self._opened_state

    def may_discard(self) -> bool:
        """True when nothing was typed, or the clerk agrees to throw it away."""
        if not self.has_changes():
            return True
        answer = QMessageBox.question(
            self, tr("Bỏ thay đổi?"),
            tr("Những gì vừa nhập chưa được lưu. Đóng và bỏ các thay đổi?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def cancel(self) -> None:
        """The Cancel button (save_cancel wires it here)."""
        if self.may_discard():
            self.reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.spontaneous() and not self.may_discard():  # the window's close button
            event.ignore()
            return
        super().closeEvent(event)


class FormDialog(AsksBeforeDiscarding, QDialog):
    """Subclasses build the form, call lay_out() and save() from accept(), and keep the
    saved value in saved()."""

    def __init__(self, context: AppContext, parent: QWidget | None, *, title: str,
                 fields: Iterable[str], width: int = 480) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.errors = {name: ErrorLabel() for name in fields}
        self.general_error = ErrorLabel()

    def lay_out(self, form: QFormLayout, save_text: str, *above: QWidget,
                below: Iterable[QWidget] = ()) -> QVBoxLayout:
        """The widgets `above`, the form, the widgets `below`, the general error line and the
        buttons."""
        layout = QVBoxLayout(self)
        for widget in above:
            layout.addWidget(widget)
        layout.addLayout(form)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(self.general_error)
        layout.addWidget(save_cancel(self, save_text))
        return layout

    def show_problems(self, problems: list[Problem]) -> None:
        show_field_problems(self.errors, self.general_error, problems)

    def date_is_valid(self, edit: DateEdit, field: str) -> bool:
        """False, with the problem shown under `field`, when the text typed is no date."""
        if edit.is_valid():
            return True
        self.show_problems([Problem(field, "bad_date", {"value": edit.text()})])
        return False

    def save(self, call: Callable[[], Any], changes: Change) -> bool:
        """Runs `call` through the service helper; on success keeps its value (saved()) and
        closes the dialog as accepted."""
        done = service.call(self, call, context=self.context, changes=changes,
                            problems=self.show_problems, general=self.general_error)
        if not done:
            return False
        self.saved(done.value)
        QDialog.accept(self)
        return True

    def saved(self, value: Any) -> None:
        """Keeps the value the service returned (before the dialog closes)."""
