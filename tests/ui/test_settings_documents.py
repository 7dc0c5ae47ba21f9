"""Settings tab "Trình bày văn bản": the decree's ranges, saving, defaults."""

from models.office import settings
from tests.ui.conftest import save_screenshot


def test_margins_are_kept_within_the_decree_and_saved(qtbot, context):
    from ui.pages.settings_page import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    tab = page.documents_tab
    page.tabs.setCurrentWidget(tab)
    left = tab.spins["left_mm"]
    assert (left.minimum(), left.maximum(), left.value()) == (30, 35, 30)
    left.setValue(40)  # the spin box itself refuses what the decree does not allow
    assert left.value() == 35
    tab.spins["body_size"].setValue(13)
    assert tab.save()
    assert tab.note.text() == "Đã lưu."
    assert settings.load(settings.DocumentSettings) == settings.DocumentSettings(
        left_mm=35, body_size=13)
    tab.defaults_button.click()
    assert tab.value() == settings.DocumentSettings()
    page.resize(900, 560)
    save_screenshot(page, "settings_documents")
