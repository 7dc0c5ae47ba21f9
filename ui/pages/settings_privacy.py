"""Settings tab "Dữ liệu cá nhân": how long a member's details are kept after they leave."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox, QWidget

from models.privacy import privacy
from ui.widgets.setting_tab import SettingTab


def tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyTab", text)


class PrivacyTab(SettingTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.years = QSpinBox()
        self.years.setRange(0, 100)
        self.years.setSuffix(tr(" năm"))
        self.years.setValue(privacy.load_settings().retention_years)
        self.years.setMinimumWidth(120)
        self.lay_out(tr(
            "Theo Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15), thông tin của người đã ra "
            "khỏi CLB chỉ được giữ trong thời gian cần thiết. Hết thời hạn này, cán bộ có quyền "
            "có thể ẩn danh hóa thành viên (xóa họ tên, số CCCD, điện thoại, ngày sinh, ghi chú); "
            "các số liệu tổng hợp và báo cáo đã ký vẫn giữ nguyên."),
            tr("Giữ thông tin sau khi ra khỏi CLB:"), self.years)

    def save(self) -> bool:
        return self.run_save(lambda: privacy.save_settings(
            privacy.PrivacySettings(retention_years=self.years.value())))
