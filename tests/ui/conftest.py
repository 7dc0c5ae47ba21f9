"""UI test fixtures: a file database in a temp folder (pool threads see the same data),
background tasks run synchronously, Vietnamese as the language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# `make screenshots` sets ISHC_SCREENSHOTS=1 to refresh the pictures kept in docs/; ordinary
# test runs write to build/ so they leave the work tree clean.
SCREENSHOTS = ROOT / ("docs" if os.environ.get("ISHC_SCREENSHOTS") else "build") / "screenshots"


@pytest.fixture(autouse=True)
def _layout_settings_kept_apart(tmp_path):
    """Pages and dialogs remember splitters and columns in QSettings: every test gets its
    own folder for them, so no test sees another's (or the user's) layout."""
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "layout-settings"))


@pytest.fixture
def ui_db(tmp_path, monkeypatch):
    from models.accounts.session import set_actor
    from models.office import settings
    from models.office.villages import add_village
    from models.storage import db as dbmod
    from models.storage.migrations import open_database
    from ui import tasks

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    tasks.set_synchronous(True)
    database = open_database(str(tmp_path / "ui.sqlite3"))
    settings.save_office(settings.OfficeSettings(
        ward_code=1840, office_name="UBND phường Đức Xuân", address="Phường Đức Xuân"))
    for name in ("Tổ 1", "Tổ 2", "Nà Cưởm"):
        add_village(1840, name, "tổ dân phố")
    yield database
    tasks.set_synchronous(False)
    dbmod.close()


@pytest.fixture
def context(qapp, ui_db):
    from ui.app import load_fonts
    from ui.context import AppContext
    from ui.widgets import screen_fit

    load_fonts()
    screen_fit.install(qapp)
    return AppContext()


def save_screenshot(widget, name: str) -> Path:
    """Keep a picture of a page for people to look at (SCREENSHOTS/NAME.png)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path


def when_modal(action, kind: type | None = None, timeout_s: float = 15.0) -> None:
    """Run `action(dialog)` on the next modal dialog (of class `kind`) that opens.

    exec() blocks the test, so the action runs from a timer. A modal left over from an
    earlier step, or a nested message box the action did not expect, must never hang the
    whole run: past the deadline every visible modal widget is rejected, which makes the
    test fail on its own assertions instead.
    """
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    deadline = time.monotonic() + timeout_s

    def close_all_modals() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isModal() and isinstance(widget, QDialog):
                # done(), not reject(): a changed form would ask before closing
                QDialog.done(widget, QDialog.DialogCode.Rejected)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (kind is not None and not isinstance(dialog, kind)):
            if time.monotonic() > deadline:
                close_all_modals()
                return
            QTimer.singleShot(20, poll)
            return
        try:
            action(dialog)
        finally:  # a failed assertion must not leave a modal dialog blocking the run
            if dialog.isVisible():
                QDialog.done(dialog, QDialog.DialogCode.Rejected)
            QTimer.singleShot(200, lambda: time.monotonic() > deadline and close_all_modals())

    QTimer.singleShot(0, poll)


def admin_and_clerk(*more: tuple[str, str, str, str], signed_in: bool = True) -> None:
    """The administrator «quantri» (who creates the others) and the clerk «canbo», plus `more`
    accounts (username, full name, role, password) of ward 1840; the administrator stays
    signed in unless `signed_in` is False."""
    from models.accounts import users
    from models.accounts.session import set_user

    set_user(None)
    users.create_user(users.UserInput("quantri", "Nguyễn Văn Quản", "admin", 1840, None,
                                      "mat-khau-1"))
    set_user(users.authenticate("quantri", "mat-khau-1"))
    users.create_user(users.UserInput("canbo", "Lê Thị Hoa", "clerk", 1840, None,
                                      "mat-khau-cb"))
    for username, full_name, role, password in more:
        users.create_user(users.UserInput(username, full_name, role, 1840, None, password))
    if not signed_in:
        set_user(None)
