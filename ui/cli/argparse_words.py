"""argparse's own words (usage:, options, its error messages) in the program's language.

argparse looks each of its words up at the moment it writes them, through the module-level
functions `argparse._` (gettext) and `argparse.ngettext`. `install()` points those two at the
program's catalogue: the word's Vietnamese text here, translated by models.text.catalog.tr
(context "Argparse"; the English of the .ts gives argparse's original words back). A word not
listed keeps argparse's own English. Python's later versions add words of their own; they
pass through unchanged until they are listed here.
"""

from __future__ import annotations

import argparse
import gettext

from models.text.catalog import N_, SOURCE_LANGUAGE, language, tr

CONTEXT = "Argparse"

# argparse's message ids (Python 3.11) -> the Vietnamese text the program shows.
WORDS = {
    "usage: ": N_("cách dùng: ", "Argparse"),
    "positional arguments": N_("tham số theo vị trí", "Argparse"),
    "options": N_("tùy chọn", "Argparse"),
    "show this help message and exit": N_("hiện trợ giúp này rồi thoát", "Argparse"),
    "argument %(argument_name)s: %(message)s": N_(
        "tham số %(argument_name)s: %(message)s", "Argparse"),
    "unrecognized arguments: %s": N_("tham số không nhận ra: %s", "Argparse"),
    "the following arguments are required: %s": N_("thiếu tham số bắt buộc: %s", "Argparse"),
    "one of the arguments %s is required": N_("cần một trong các tham số %s", "Argparse"),
    "not allowed with argument %s": N_("không dùng cùng tham số %s", "Argparse"),
    "ignored explicit argument %r": N_("bỏ qua giá trị %r", "Argparse"),
    "expected one argument": N_("cần một giá trị", "Argparse"),
    "expected at most one argument": N_("nhiều nhất một giá trị", "Argparse"),
    "expected at least one argument": N_("cần ít nhất một giá trị", "Argparse"),
    "ambiguous option: %(option)s could match %(matches)s": N_(
        "tùy chọn chưa rõ: %(option)s có thể là %(matches)s", "Argparse"),
    "unexpected option string: %s": N_("tùy chọn không dùng ở đây: %s", "Argparse"),
    "invalid %(type)s value: %(value)r": N_(
        "giá trị %(type)s không hợp lệ: %(value)r", "Argparse"),
    "invalid choice: %(value)r (choose from %(choices)s)": N_(
        "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)", "Argparse"),
    "unknown parser %(parser_name)r (choices: %(choices)s)": N_(
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)", "Argparse"),
    "can't open '%(filename)s': %(error)s": N_(
        "không mở được '%(filename)s': %(error)s", "Argparse"),
    "%(prog)s: error: %(message)s\n": N_("%(prog)s: lỗi: %(message)s\n", "Argparse"),
}
# Words with a plural in English; Vietnamese has one form for both. In English argparse's
# own singular and plural are kept (a catalogue entry has one form only).
PLURAL_WORDS = {
    ("expected %s argument", "expected %s arguments"): N_("cần %s giá trị", "Argparse"),
}


def gettext_word(message: str) -> str:
    """argparse's `_`: its word in the program's language."""
    text = WORDS.get(message)
    return tr(text, CONTEXT) if text else gettext.gettext(message)


def ngettext_word(singular: str, plural: str, n: int) -> str:
    """argparse's `ngettext`: its word for n things in the program's language."""
    text = PLURAL_WORDS.get((singular, plural))
    if text is None or language() != SOURCE_LANGUAGE:
        return gettext.ngettext(singular, plural, n)
    return text


def install() -> None:
    """Make argparse speak through the catalogue from now on (the parsers built after this
    call, and every message any parser writes)."""
    argparse._ = gettext_word  # type: ignore[attr-defined]
    argparse.ngettext = ngettext_word  # type: ignore[attr-defined]
