"""Start the window: application, fonts, translations, logging, database, first-run setup."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.widgets import screen_fit

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
UI_FONT_FAMILY = "Noto Sans"
log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def load_fonts() -> None:
    """Noto Sans as the window font: it keeps the marks of stacked capitals (Ất, Ễ). Needs
    the QApplication: Qt's font database crashes the process without one."""
    if not isinstance(QCoreApplication.instance(), QApplication):
        raise RuntimeError("load_fonts() needs the QApplication")
    for path in sorted(FONTS.glob("NotoSans-*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    font = QFont(UI_FONT_FAMILY)
    font.setPointSize(10)
    QApplication.setFont(font)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    if not isinstance(app, QApplication):  # a QCoreApplication made earlier cannot show windows
        raise RuntimeError("a non-GUI application already exists")
    app.setOrganizationName("ISHC")
    app.setApplicationName("ISHC Desk")
    load_fonts()
    screen_fit.install(app)  # windows inside the screen, Tab never trapped in a table
    return app


def _file_state(path: str, thorough: bool = False) -> str:
    """"ok", "damaged", or "missing" when the SQLite file is gone but backups exist (a first
    start has no backups). PostgreSQL and a file that opens are "ok"."""
    from models.storage import backup
    from models.storage import db as dbmod

    if dbmod.is_postgres(path) or path == ":memory:":
        return "ok"
    if not Path(path).exists():
        lost = backup.list_backups(series=backup.current_series(Path(path)))
        return "missing" if lost else "ok"
    return backup.live_state(Path(path), thorough=thorough)


def open_database_or_explain(target: str | None) -> bool:
    """Open the database; on failure tell the clerk what happened and the way back."""
    from models.storage import db as dbmod
    from models.storage.migrations import DatabaseTooNew, NotAnIshcDatabase, open_database

    path = dbmod.resolve_target(target)
    state = _file_state(path)
    if state != "ok":  # damaged, or lost while backups exist: the recovery dialog
        from dialogs.restore_dialog import recover_at_start

        if not recover_at_start(path, state):
            return False
    try:
        open_database(target)
        return True
    except NotAnIshcDatabase:  # damaged in a way the quick look missed
        from dialogs.restore_dialog import recover_at_start

        return recover_at_start(path, "damaged") and open_database_or_explain(target)
    except DatabaseTooNew as exc:
        QMessageBox.critical(None, tr("Phiên bản cũ"), tr(
            "Dữ liệu này do phiên bản ISHC Desk mới hơn tạo ra (phiên bản dữ liệu {found}). "
            "Hãy cài phiên bản mới của chương trình.").format(found=exc.found))
    except Exception as exc:  # server down, no permission…: say it, don't show a traceback
        log.exception("cannot open database")
        if _file_state(path, thorough=True) == "damaged":
            from dialogs.restore_dialog import recover_at_start

            return recover_at_start(path, "damaged") and open_database_or_explain(target)
        from models.storage.connection import saved_url

        if path == saved_url():  # the saved server: offer to change the settings
            from dialogs.connection_dialog import server_unreachable_at_start

            return server_unreachable_at_start(exc) and open_database_or_explain(target)
        QMessageBox.critical(None, tr("Không mở được dữ liệu"), tr(
            "Không kết nối được cơ sở dữ liệu:\n{error}").format(error=exc))
    return False


def run_gui(args: argparse.Namespace) -> int:
    from models.storage.paths import data_dir
    from ui import excepthook, i18n

    app = make_application()
    i18n.install(i18n.chosen_language(getattr(args, "lang", None)))
    log_path = excepthook.setup_logging(data_dir())
    excepthook.install(log_path)
    if not open_database_or_explain(args.db):
        return 1
    from models.storage.backup import backup_quietly
    from ui.context import AppContext

    backup_quietly("daily", only_if_due=True)  # once a day, before the first edit
    app.aboutToQuit.connect(lambda: backup_quietly("exit"))
    context = AppContext()
    first_run = not context.office.configured
    if first_run:
        from dialogs.office_setup import OfficeSetupDialog

        if OfficeSetupDialog().exec() != OfficeSetupDialog.DialogCode.Accepted:
            return 0
        context.reload()
    from ui.sign_in import start_session

    # Once accounts exist, nobody gets the window without signing in; the first run offers
    # to create the administrator right after the office set-up.
    window = start_session(context, first_run=first_run)
    if window is None:
        return 0
    code = app.exec()
    from ui.tasks import wait_all

    wait_all(10000)  # let a running import or export finish its transaction
    return code
