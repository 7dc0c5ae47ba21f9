"""Translations of the window. Source strings are Vietnamese; English is loaded from
resources/translations.

Installing a language sets both Qt's translators (the widgets' own `self.tr()`, from
ishc_en.qm) and the Qt-free catalogue of models.text.catalog (the wording of codes, errors
and the command line, from ishc_en.json). Qt ships no Vietnamese for its own buttons (OK,
Cancel, Yes, No), so a small qt_vi file of ours is loaded when the language is Vietnamese.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from models.text import catalog
from models.text.catalog import LANGUAGES, TRANSLATIONS

__all__ = ["LANGUAGES", "TRANSLATIONS", "chosen_language", "install"]
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
    """Install the translators of a language into the running application, and speak it in
    the Qt-free catalogue too."""
    catalog.set_language(lang)
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
