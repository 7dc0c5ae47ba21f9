"""Settings tab "Dữ liệu cá nhân": how long a member's details are kept after they leave."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.privacy import privacy
from ui import service
from ui.widgets import ErrorLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyTab", text)


class PrivacyTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.years = QSpinBox()
        self.years.setRange(0, 100)
        self.years.setSuffix(tr(" năm"))
        self.years.setValue(privacy.load_settings().retention_years)
        self.years.setMinimumWidth(120)
        self.years.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.error = ErrorLabel()
        self.note = QLabel()
        self.save_button = QPushButton(tr("Lưu"))
        explain = QLabel(tr(
            "Theo Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15), thông tin của người đã ra "
            "khỏi CLB chỉ được giữ trong thời gian cần thiết. Hết thời hạn này, cán bộ có quyền "
            "có thể ẩn danh hóa thành viên (xóa họ tên, số CCCD, điện thoại, ngày sinh, ghi chú); "
            "các số liệu tổng hợp và báo cáo đã ký vẫn giữ nguyên."))
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Giữ thông tin sau khi ra khỏi CLB:"), self.years)
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

    def save(self) -> bool:
        self.error.show_problems([])
        if not service.call(
                self, lambda: privacy.save_settings(
                    privacy.PrivacySettings(retention_years=self.years.value())),
                problems=self.error.show_problems, general=self.error):
            return False
        self.note.setText(tr("Đã lưu."))
        return True
