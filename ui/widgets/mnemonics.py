"""Alt+letter for every button and field label, given when a window or page is first shown.

Written by hand, "&" marks would have to be chosen again in every language and kept apart
in each window; instead each window gets them at run time (as KDE's accelerator manager
does): a word's first letter where it is free, else any free letter of the text. Only plain
ASCII letters and digits are chosen ("Ư" cannot be typed with Alt on every keyboard).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from models.text.vietnamese import fold

USABLE = set("abcdefghijklmnopqrstuvwxyz0123456789")


def taken_letter(text: str) -> str | None:
    """The letter a text already marks with "&" (None when it marks none)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return fold(text[i + 1]).lower()[:1] or None
            i += 1
        i += 1
    return None


def candidates(text: str) -> list[tuple[str, int]]:
    """The letters a text can offer, (letter, position), word starts first."""
    plain = fold(text).lower()
    if len(plain) != len(text):  # folding changed the length: mark the exact letters only
        plain = text.lower()
    starts = [i for i, ch in enumerate(plain) if i == 0 or not plain[i - 1].isalnum()]
    out, seen = [], set()
    for i in starts + list(range(len(plain))):
        ch = plain[i]
        if ch in USABLE and ch not in seen and text[i].isascii():
            seen.add(ch)
            out.append((ch, i))
    return out


def with_mnemonic(text: str, used: set[str]) -> tuple[str, str | None]:
    """`text` with "&" before a free letter (word starts first), and the letter chosen."""
    for ch, i in candidates(text):
        if ch not in used:
            return text[:i] + "&" + text[i:], ch
    return text, None


def _match(options: list[list[tuple[str, int]]], used: set[str]) -> list[tuple[str, int] | None]:
    """One letter per text, as many texts served as the letters allow: a maximum matching
    (augmenting paths), each text trying its letters in order of preference."""
    owner: dict[str, int] = {}
    chosen: list[tuple[str, int] | None] = [None] * len(options)

    def place(k: int, visited: set[str]) -> bool:
        for letter, pos in options[k]:
            if letter in used or letter in visited:
                continue
            visited.add(letter)
            if letter not in owner or place(owner[letter], visited):
                owner[letter], chosen[k] = k, (letter, pos)
                return True
        return False

    for k in range(len(options)):
        place(k, set())
    return chosen


def _rank(widget: QWidget) -> int:
    """Who chooses first: a dialog's Save and Cancel, other push buttons, field labels,
    then tick boxes and options (a long form can run out of free letters)."""
    if isinstance(widget.parentWidget(), QDialogButtonBox):
        return 0
    if isinstance(widget, (QPushButton, QToolButton)):
        return 1
    return 2 if isinstance(widget, QLabel) else 3


def needs_key(widget: QWidget) -> bool:
    """A button with text, or a label that names a field (has a buddy)."""
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().strip())
    return isinstance(widget, QLabel) and widget.buddy() is not None \
        and bool(widget.text().strip())


def widgets_needing_keys(root: QWidget) -> list[QWidget]:
    """The widgets under `root` that need an Alt+letter, in the order they choose one."""
    return sorted((w for w in root.findChildren(QWidget) if needs_key(w)), key=_rank)


def give_mnemonics(widgets: Iterable[QWidget], used: set[str] | None = None) -> set[str]:
    """Mark each widget's text; letters already marked are kept and reserved. Returns the
    letters in use, for a caller that adds more widgets to the same window."""
    used = set() if used is None else used
    pending = []
    for widget in widgets:
        letter = taken_letter(widget.text())
        if letter:
            used.add(letter)
        elif "&" not in widget.text():
            pending.append(widget)
    # the texts with fewest letters to offer choose first, so few go without
    pending.sort(key=lambda w: (_rank(w), len(set(w.text().lower()) & USABLE)))
    picks = _match([candidates(w.text()) for w in pending], used)
    for widget, pick in zip(pending, picks, strict=True):
        if pick is not None:
            letter, i = pick
            used.add(letter)
            text = widget.text()
            widget.setText(text[:i] + "&" + text[i:])
    return used


def mark_window(root: QWidget, reserved: set[str] | None = None) -> None:
    """Alt+letters for a window or page. Only one page of a stack (a tab widget's tabs) is
    in view at a time, so each page of a stack gets its own letters, apart from those of
    the widgets around the stack."""
    groups: dict[int, list[QWidget]] = {}
    for widget in widgets_needing_keys(root):
        scope, parent = 0, widget.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent.parentWidget(), QStackedWidget):
                scope = id(parent)
                break
            parent = parent.parentWidget()
        groups.setdefault(scope, []).append(widget)
    around = give_mnemonics(groups.pop(0, []), set(reserved or ()))
    for widgets in groups.values():
        give_mnemonics(widgets, set(around))
