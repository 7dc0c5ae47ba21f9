"""Form pieces shared by pages and dialogs: error labels under fields, field rows, the
save/cancel buttons and the message box that lists problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from models.errors import Problem, ValidationError
from ui.messages import error_lines, problem_text


def tr(text: str) -> str:
    return QCoreApplication.translate("Widgets", text)


class ErrorLabel(QLabel):
    """Red text under a field, hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        text = "\n".join(problem_text(p, with_field=False) for p in problems)
        self.setText(text)
        self.setVisible(bool(text))


def show_error(parent: QWidget | None, error: ValidationError, title: str | None = None) -> None:
    """A message box listing every problem, each naming its field."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Chưa lưu được"),
                      tr("Chưa lưu được vì:") + "\n• " + "\n• ".join(error_lines(error)),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def with_error(widget: QWidget, error: ErrorLabel, hint: str = "",
               wrap_hint: bool = False) -> QWidget:
    """A field with an optional grey hint and its error label right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    if hint:
        note = QLabel(hint)
        # Wrapped labels in forms get too little height when the dialog first lays out.
        note.setWordWrap(wrap_hint)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
    layout.addWidget(error)
    return box


def show_field_problems(errors: dict[str, ErrorLabel], general: QLabel | None,
                        problems: list[Problem]) -> list[Problem]:
    """Each problem under its field's error label; the rest, with their field names, in the
    general label. Returns the problems that had no field of their own."""
    for name, error in errors.items():
        error.show_problems([p for p in problems if p.field == name])
    others = [p for p in problems if p.field not in errors]
    if general is not None:
        general.setText("\n".join(problem_text(p) for p in others))
        general.setVisible(bool(others))
    return others


def field_row(*widgets: QWidget, stretch_last: bool = False) -> QWidget:
    """Widgets side by side on one form row (a stretch after them unless the last grows)."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if not stretch_last:
        layout.addStretch(1)
    return box


def save_cancel(dialog: QDialog, save_text: str) -> QDialogButtonBox:
    """The Save (named `save_text`) and Cancel buttons of a dialog, wired to accept/reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("LeaveDialog", "Hủy"))
    buttons.accepted.connect(dialog.accept)
    # a dialog that asks before throwing a changed form away has cancel()
    buttons.rejected.connect(getattr(dialog, "cancel", dialog.reject))
    return buttons


def page_layout(page: QWidget, title: str) -> QVBoxLayout:
    """The layout of a page, opened by its title in large bold type."""
    layout = QVBoxLayout(page)
    heading = QLabel(title)
    heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
    layout.addWidget(heading)
    return layout
