"""Settings tab "Tiền": the rounding unit of the loan schedules the program builds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from models.office import money_settings
from models.text.vietnamese import format_number
from ui.context import AppContext, Change
from ui.widgets.setting_tab import SettingTab


def tr(text: str) -> str:
    return QCoreApplication.translate("MoneyTab", text)


class MoneyTab(SettingTab):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.unit = QComboBox()
        self.unit.setObjectName("roundingUnit")
        for unit in money_settings.UNITS:
            self.unit.addItem(tr("không làm tròn (đến từng đồng)") if unit == 1
                              else f"{format_number(unit)} đ", unit)
        self.unit.setCurrentIndex(max(0, self.unit.findData(money_settings.rounding_unit())))
        self.lay_out(tr(
            "CLB thu tiền theo số chẵn. Lịch trả nợ của khoản vay mới được làm tròn đến đơn vị "
            "này: mỗi kỳ là số chẵn, kỳ cuối nhận phần lẻ để cộng đủ số tiền vay (vay "
            "5.000.000 đ trong 12 tháng: 11 kỳ 417.000 đ và kỳ cuối 413.000 đ); tiền lãi mỗi "
            "kỳ cũng làm tròn. Khoản vay đã ký giữ nguyên lịch của nó."),
            tr("Làm tròn số tiền mỗi kỳ đến:"), self.unit)

    def save(self) -> bool:
        unit = self.unit.currentData()
        return self.run_save(lambda: money_settings.save_rounding_unit(unit),
                             context=self.context, changes=Change.SETTINGS)
