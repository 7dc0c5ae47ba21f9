"""Pages of the main window, in navigation order. Only pages that work are listed.

Each factory takes (context, parent) and returns a QWidget whose windowTitle() is the
navigation label.
"""

from __future__ import annotations

import importlib

_PAGE_MODULES = [
    ("clubs", "ui.pages.clubs_page", "ClubsPage"),
    ("members", "ui.pages.members_page", "MembersPage"),
    ("documents", "ui.pages.documents_page", "DocumentsPage"),
    ("settings", "ui.pages.settings_page", "SettingsPage"),
]


def _load() -> list:
    pages = []
    for key, module_name, class_name in _PAGE_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # a page not written yet is not shown
            raise
        pages.append((key, getattr(module, class_name)))
    return pages


PAGES = _load()
