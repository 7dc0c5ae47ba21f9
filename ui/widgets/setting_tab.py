"""A settings tab that holds one setting: a paragraph saying what it does, the field, an
error line, and Lưu with its "Đã lưu." note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.fields import ErrorLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingTab", text)


class SettingTab(QWidget):
    """Subclasses build their field, then call `lay_out`; `save` calls `run_save`."""

    def lay_out(self, explanation: str, label: str, field: QWidget) -> None:
        field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.error = ErrorLabel()
        self.note = QLabel()
        self.save_button = QPushButton(tr("Lưu"))
        explain = QLabel(explanation)
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(label, field)
        form.addRow("", self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def save(self) -> bool:  # pragma: no cover - every tab has its own
        raise NotImplementedError

    def run_save(self, action: Callable[[], object], **call: object) -> bool:
        """Call the saving service (ui.service.call: refusals on the error line), then say
        "Đã lưu."; `call` passes context and changes on."""
        from ui import service

        self.error.show_problems([])
        if not service.call(self, action, problems=self.error.show_problems, general=self.error,
                            **call):
            return False
        self.note.setText(tr("Đã lưu."))
        return True
