"""Settings tab "Làm tròn tiền": the office's rounding unit, saved through its service and
used by the next loan dialog."""

from models.office import money_settings
from tests.ui.conftest import save_screenshot


def test_rounding_unit_is_chosen_and_saved(qtbot, context):
    from ui.pages.settings_page import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    tab = page.money_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.unit.currentData() == 1_000 and tab.unit.currentText() == "1.000 đ"
    tab.unit.setCurrentIndex(tab.unit.findData(5_000))
    assert tab.save() and tab.note.text() == "Đã lưu."
    assert money_settings.rounding_unit() == 5_000
    tab.unit.setCurrentIndex(tab.unit.findData(1))
    assert tab.unit.currentText() == "không làm tròn (đến từng đồng)"
    assert tab.save() and money_settings.rounding_unit() == 1
    page.resize(900, 560)
    save_screenshot(page, "settings_money")
