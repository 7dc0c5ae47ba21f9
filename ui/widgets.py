"""Small widgets and helpers shared by pages and dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from models.errors import Problem, ValidationError
from models.vietnamese import format_date, parse_date
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
