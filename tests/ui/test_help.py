"""The user guide: F1 opens the part for the page in view, every page has a part, every picture
and link of the guide exists; the About box names the version and the data folder."""

import re
import tomllib
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import ROOT, save_screenshot

GUIDE = ROOT / "docs" / "guide"


def test_every_page_has_a_part_and_every_link_and_picture_exists():
    from ui import guide
    from ui.pages import PAGES

    assert {spec.key for spec in PAGES} <= set(guide.PAGE_PARTS), "a page with no guide part"
    titles = [title for title, _ in guide.parts()]
    assert len(titles) >= 12 and all(titles)
    for page in GUIDE.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        assert text == unicodedata.normalize("NFC", text), page.name
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            assert (page.parent / target).resolve().exists(), f"{page.name}: {target}"
    contents = (GUIDE / "README.md").read_text(encoding="utf-8")
    for part in GUIDE.glob("[0-9][0-9]-*.md"):
        assert f"({part.name})" in contents, f"{part.name} is missing from the contents"


def test_f1_opens_the_part_of_the_page_in_view(qtbot, context):
    from ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.windowHandle().requestActivate()  # offscreen: activateWindow() does not
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("loans")
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    help_window = window._help
    assert help_window is not None and help_window.isVisible()
    assert help_window.browser.source().toLocalFile().endswith("05-cho-vay.md")
    assert "Cho vay và thu nợ" in help_window.browser.toPlainText()
    assert help_window.parts.currentItem().text() == "5. Cho vay và thu nợ"
    # a link between parts stays in the guide window
    window.open_guide("members")
    assert "Nhập danh sách từ Excel" in help_window.browser.toPlainText()
    help_window.parts.setCurrentRow(0)
    assert help_window.browser.source().toLocalFile().endswith("README.md")
    help_window.resize(1000, 640)
    window.open_guide("meetings")
    save_screenshot(help_window, "help_window")


def test_about_names_version_and_data_folder(qtbot, context, monkeypatch, tmp_path):
    from models.codes import APP_VERSION
    from ui.main_window import MainWindow

    shown = {}
    monkeypatch.setattr(QMessageBox, "about",
                        lambda parent, title, text: shown.update(title=title, text=text))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_about()
    assert shown["title"] == "Giới thiệu ISHC Desk"
    assert APP_VERSION in shown["text"] and str(tmp_path / "data") in shown["text"]
    assert "ui.sqlite3" in shown["text"]


def test_version_is_the_same_everywhere():
    from models.codes import APP_VERSION

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["version"] == APP_VERSION
    iss = (ROOT / "installer" / "ishc.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{APP_VERSION}"' in iss
    assert Path(ROOT / "docs" / "guide" / "README.md").exists()
