"""The shared widgets: the date box reads what clerks type, the search box ignores marks."""

from __future__ import annotations

import datetime as dt

import pytest

from ui.widgets import DateEdit, parse_typed_date
from ui.widgets.search import SearchCombo

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(("typed", "expected"), [
    ("01/12/2026", dt.date(2026, 12, 1)),
    ("1/12/2026", dt.date(2026, 12, 1)),
    ("1/2/2026", dt.date(2026, 2, 1)),
    ("1-12-2026", dt.date(2026, 12, 1)),
    ("1.12.2026", dt.date(2026, 12, 1)),
    ("1/12/26", dt.date(2026, 12, 1)),
    ("5/3/45", dt.date(1945, 3, 5)),      # more than ten years ahead: the last century
    ("5/3/36", dt.date(2036, 3, 5)),
    ("01122026", dt.date(2026, 12, 1)),
    ("011226", dt.date(2026, 12, 1)),
    ("29022028", dt.date(2028, 2, 29)),
    (" 2026-12-01 ", dt.date(2026, 12, 1)),
])
def test_typed_dates(typed, expected):
    assert parse_typed_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["31/02/2026", "32122026", "011", "0112", "0112202", "abc",
                                   "1/13/26", "29022027", ""])
def test_not_dates(typed):
    with pytest.raises(ValueError):
        parse_typed_date(typed, TODAY)


def test_date_edit_shows_dd_mm_yyyy_when_typing_ends(qtbot):
    edit = DateEdit()
    qtbot.addWidget(edit)
    assert edit.date() is None and edit.is_valid()
    edit.setText("011226")
    assert edit.date() == dt.date(2026, 12, 1)
    edit.editingFinished.emit()
    assert edit.text() == "01/12/2026"
    edit.setText("1/2/2026")
    edit.editingFinished.emit()
    assert edit.text() == "01/02/2026"
    edit.setText("31/02/2026")
    edit.editingFinished.emit()
    assert edit.text() == "31/02/2026" and not edit.is_valid()  # left for the clerk to fix


def test_search_combo_ignores_marks_and_takes_one_match(qtbot):
    combo = SearchCombo()
    qtbot.addWidget(combo)
    combo.addItem("Phường Đức Xuân", 1)
    combo.addItem("Phường Bắc Kạn", 2)
    combo.addItem("Xã Phong Quang", 3)
    combo.setCurrentIndex(-1)
    combo.lineEdit().setText("xuan duc")  # words in any order
    combo.commit_text()
    assert combo.value() == 1 and combo.currentText() == "Phường Đức Xuân"
    combo.lineEdit().setText("phuong")  # two matches: the choice stays
    combo.commit_text()
    assert combo.value() == 1 and combo.currentText() == "Phường Đức Xuân"
    first = SearchCombo(take_first=True)
    qtbot.addWidget(first)
    first.set_items([("Phường Đức Xuân", 1), ("Phường Bắc Kạn", 2)], 1)
    first.lineEdit().setText("PHUONG BAC")
    first.commit_text()
    assert first.value() == 2
    completer = combo.completer()
    completer.setCompletionPrefix("bac kan")
    assert completer.currentCompletion() == "Phường Bắc Kạn"
