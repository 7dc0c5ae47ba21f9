"""The window shell: navigation lists the working pages; the error dialog copies details."""

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import save_screenshot


def test_navigation_shows_the_pages(qtbot, context):
    from ui.main_window import MainWindow
    from ui.pages import PAGES

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert len(labels) == len(PAGES) == window.stack.count()
    assert all(labels), "every page has a Vietnamese title"
    for i in range(window.nav.count()):
        window.nav.setCurrentRow(i)
        assert window.stack.currentIndex() == i
    assert "Phường Đức Xuân" in window.office_label.text()
    window.nav.setCurrentRow(0)
    save_screenshot(window, "main_window")


def test_error_dialog_copies_details(qtbot):
    from ui.excepthook import ErrorDialog

    dialog = ErrorDialog("Traceback (most recent call last):\nValueError: boom", None)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert "ValueError: boom" in QApplication.clipboard().text()
    assert dialog.windowTitle() == "Chương trình gặp lỗi"


def test_logging_rotates_in_the_data_folder(tmp_path):
    import logging
    import logging.handlers

    from ui.excepthook import setup_logging

    path = setup_logging(tmp_path)
    handler = next(h for h in logging.getLogger().handlers
                   if isinstance(h, logging.handlers.RotatingFileHandler))
    assert path == tmp_path / "ishc.log"
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 5
    logging.getLogger().removeHandler(handler)
    handler.close()
