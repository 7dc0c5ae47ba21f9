"""Settings tab "Trình bày văn bản": margins and body type size of printed papers."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.errors import Problem
from models.office import settings
from ui import service
from ui.context import AppContext, Change
from ui.widgets import ErrorLabel, show_field_problems, with_error


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentSettingsTab", text)


class DocumentSettingsTab(QWidget):
    """Margins and body size, limited to what Decree 30/2020/NĐ-CP allows."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.spins: dict[str, QSpinBox] = {}
        self.errors = {f.name: ErrorLabel() for f in fields(settings.DocumentSettings)}
        labels = {
            "top_mm": tr("Lề trên:"),
            "bottom_mm": tr("Lề dưới:"),
            "left_mm": tr("Lề trái:"),
            "right_mm": tr("Lề phải:"),
            "body_size": tr("Cỡ chữ phần nội dung:"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name, (low, high) in settings.DECREE30_RANGES.items():
            spin = QSpinBox()
            spin.setObjectName(name)
            spin.setRange(low, high)  # the decree's range: nothing else can be typed
            spin.setSuffix(" pt" if name == "body_size" else " mm")
            spin.setFixedWidth(110)
            self.spins[name] = spin
            hint = tr("từ {low} đến {high}").format(low=low, high=high)
            form.addRow(labels[name], with_error(spin, self.errors[name], hint))
        intro = QLabel(tr("Khổ giấy A4. Lề và cỡ chữ theo Nghị định 30/2020/NĐ-CP về công tác "
                          "văn thư; áp dụng cho quyết định, biên bản, quy chế và danh sách "
                          "thành viên in từ nay (văn bản đã ban hành giữ nguyên bản đã lưu)."))
        intro.setWordWrap(True)
        self.note = QLabel()
        self.note.setStyleSheet("color: #2e7d32;")
        self.save_button = QPushButton(tr("Lưu"))
        self.defaults_button = QPushButton(tr("Về mức mặc định"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.note)
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.defaults_button.clicked.connect(
            lambda: self.set_value(settings.DocumentSettings()))
        self.set_value(settings.load(settings.DocumentSettings))

    def set_value(self, value: settings.DocumentSettings) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(value, name))
        self.note.setText("")

    def value(self) -> settings.DocumentSettings:
        return settings.DocumentSettings(**{n: s.value() for n, s in self.spins.items()})

    def save(self) -> bool:
        if not service.call(self, lambda: settings.save_document_settings(self.value()),
                            problems=self.show_problems):
            self.note.setText("")
            return False
        self.show_problems([])
        self.note.setText(tr("Đã lưu."))
        self.context.announce(Change.SETTINGS)
        return True

    def show_problems(self, problems: list[Problem]) -> None:
        show_field_problems(self.errors, None, problems)
