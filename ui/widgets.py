"""Small widgets and helpers shared by pages and dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from models.errors import Problem, ValidationError
from models.text.vietnamese import format_date, parse_date
from ui.messages import error_lines, problem_text


def tr(text: str) -> str:
    return QCoreApplication.translate("Widgets", text)


class DateEdit(QLineEdit):
    """A date typed as dd/mm/yyyy (the way clerks write it); empty means no date.

    `date()` returns None when empty and raises ValueError when the text is not a date, so
    the dialog can name the field.
    """

    dateChanged = Signal()

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("dd/mm/yyyy"))
        self.setMaxLength(10)
        self.setFixedWidth(110)
        self.set_date(value)
        self.textChanged.connect(lambda _t: self.dateChanged.emit())

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))

    def date(self) -> dt.date | None:
        text = self.text().strip()
        return parse_date(text) if text else None

    def is_valid(self) -> bool:
        try:
            self.date()
        except ValueError:
            return False
        return True


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
