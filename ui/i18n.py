"""Translations. Source strings are Vietnamese; English is loaded from resources/translations.

Qt ships no Vietnamese for its own buttons (OK, Cancel, Yes, No), so a small qt_vi file of
ours is loaded when the language is Vietnamese.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []


def chosen_language(explicit: str | None = None) -> str:
    """--lang, else $ISHC_LANG, else the saved preference, else Vietnamese."""
    lang = explicit or os.environ.get("ISHC_LANG")
    if not lang and QCoreApplication.instance() is not None:
        lang = str(QSettings().value("ui/language", "") or "")
    return lang if lang in LANGUAGES else "vi"


def _files_for(lang: str) -> list[Path]:
    return [TRANSLATIONS / "ishc_en.qm"] if lang == "en" else [TRANSLATIONS / "qt_vi.qm"]


def install(lang: str) -> str:
    """Install the translators of a language into the running application."""
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    for path in _files_for(lang):
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi"
                               else QLocale.Language.English, QLocale.Country.Vietnam))
    return lang


def install_cli_translator(lang: str | None) -> str:
    """The command line has no QApplication; a QCoreApplication is enough for translators.

    Vietnamese needs no translator (it is the source language), so the usual run creates no
    Qt application object at all.
    """
    lang = chosen_language(lang)
    if lang == "vi" and QCoreApplication.instance() is None:
        return lang
    if QCoreApplication.instance() is None:
        install_cli_translator.app = QCoreApplication([])  # kept alive for the run
    return install(lang)


def language_from_argv(argv: list[str]) -> str | None:
    """Read --lang before argparse runs, so the help text itself is translated."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None
