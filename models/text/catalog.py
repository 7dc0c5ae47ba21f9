"""The catalogue of wording, without Qt: `tr(text, context)` in the chosen language.

Vietnamese is the source language: every wording is written in Vietnamese in the code, and
with Vietnamese chosen `tr()` returns it as it is. English comes from the one file translators
edit, resources/translations/ishc_en.ts (Qt Linguist). `make translations` (ui/i18n_build.py)
compiles that file twice:

- ishc_en.qm, which Qt's translators read for the widgets' own `self.tr()`;
- ishc_en.json, `{context: {Vietnamese: English}}`, which this module reads.

Why a JSON catalogue rather than Qt or gettext: the command line and every module below the
window must not load Qt (QCoreApplication.translate needs PySide6), and gettext's .mo files
have no writer in the standard library (msgfmt is a separate tool) while the program
must build its translations with what the venv already has. JSON is in the standard library, keeps
Qt's contexts as they are in the .ts, loads in a few milliseconds only when English is chosen,
and its diff in review shows exactly which sentence changed. A test holds the committed .json
equal to a fresh compile of the .ts, as it does for the .qm.

`N_(text, context)` marks a wording that is translated later (tables of codes, lazy texts):
it returns the text unchanged, and ui/i18n_build.py collects it like `tr()`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("vi", "en")
SOURCE_LANGUAGE = "vi"

_language = SOURCE_LANGUAGE
_catalogues: dict[str, dict[str, dict[str, str]]] = {}


def catalogue_path(lang: str) -> Path:
    """The compiled catalogue of a language (Vietnamese, the source, has none)."""
    return TRANSLATIONS / f"ishc_{lang}.json"


def _catalogue(lang: str) -> dict[str, dict[str, str]]:
    if lang not in _catalogues:
        path = catalogue_path(lang)
        _catalogues[lang] = (json.loads(path.read_text(encoding="utf-8"))
                             if path.exists() else {})
    return _catalogues[lang]


def set_language(lang: str | None) -> str:
    """Speak `lang` from now on ("vi" or "en"; anything else means Vietnamese)."""
    global _language
    _language = lang if lang in LANGUAGES else SOURCE_LANGUAGE
    return _language


def language() -> str:
    """The language `tr()` speaks now."""
    return _language


def chosen_language(explicit: str | None = None) -> str:
    """--lang, else $ISHC_LANG, else Vietnamese (the window adds its saved preference)."""
    lang = explicit or os.environ.get("ISHC_LANG")
    return lang if lang in LANGUAGES else SOURCE_LANGUAGE


def tr(text: str, context: str = "Messages") -> str:
    """`text` (Vietnamese) in the chosen language; the text itself when it has no translation."""
    if _language == SOURCE_LANGUAGE or not text:
        return text
    return _catalogue(_language).get(context, {}).get(text) or text


def N_(text: str, context: str = "Messages") -> str:  # noqa: N802 (the usual gettext name)
    """Mark `text` for translation in `context` without translating it now."""
    return text
