"""UI-level register benchmarks on the demo commune (the hook for the members page).

- The register model behind a shown QTableView: load the whole commune, then filter per
  keystroke including the repaint that fetches the visible rows.
- The members page itself (ui.pages.members_page): open it, then type into its filter box and
  wait until the table shows the result, as the clerk sees it. Extend `open_members_page` /
  `type_and_wait` when the page grows; they are the only places that know the page's insides.
"""

from __future__ import annotations

import importlib
import time

import pytest

from models.members.register import register_index
from tests.perf.bench import Timing, print_table, time_ms
from tests.perf.test_perf_register import KEYSTROKE_BUDGET_MS, TYPED


def process_events() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


def test_register_model_in_a_view(perf_context):
    try:
        from ui.register_model import RegisterModel
    except ModuleNotFoundError:
        pytest.skip("ui/register_model.py not written yet")
    from PySide6.QtWidgets import QTableView

    model = RegisterModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 700)
    view.show()
    process_events()

    def load():
        model.set_index(register_index())
        view.viewport().repaint()  # paints the first screen: fetches its rows

    load_ms, _ = time_ms(load)
    keys = []
    for n in range(1, len(TYPED) + 1):
        def keystroke(text=TYPED[:n]):
            model.set_filter(text)
            view.viewport().repaint()
        keys.append(time_ms(keystroke)[0])
    process_events()
    per_key = Timing("keystroke", keys)
    print_table(f"Register model + QTableView, {model.total():,} members (ms)",
                ["step", "median", "max"],
                [["load whole commune + first paint", load_ms, load_ms],
                 ["filter + repaint per keystroke", per_key.median, per_key.worst]])
    rows = model.rowCount()
    view.close()
    view.deleteLater()
    process_events()
    assert rows > 0 and model.filter_text() == TYPED
    assert per_key.worst <= KEYSTROKE_BUDGET_MS


# --- the members page ---------------------------------------------------------------------


def open_members_page(context):
    """The page as the window builds it, with its first register load finished."""
    try:
        module = importlib.import_module("ui.pages.members_page")
    except ModuleNotFoundError:
        pytest.skip("members page not written yet")
    page = module.MembersPage(context)
    page.resize(1280, 780)
    page.show()
    wait_until(lambda: page.model.total() > 0, "the register never loaded")
    return page


def wait_until(condition, message: str, timeout_s: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        process_events()
        assert time.perf_counter() < deadline, message
    process_events()


def type_and_wait(page, text: str) -> None:
    """Type into the filter box (setText: keyClicks cannot type Vietnamese) and wait until the
    table holds the filtered rows and has painted them."""
    page.filter_edit.setText(text)
    wait_until(lambda: page.model.filter_text() == text, f"filter {text!r} never applied")
    page.view.viewport().repaint()


def test_members_page_typing(perf_context):
    open_ms, page = time_ms(lambda: open_members_page(perf_context))
    if not hasattr(page, "filter_edit") or not hasattr(page, "model"):
        pytest.skip("members page has no filter_edit/model to drive")
    keys = [time_ms(lambda n=n: type_and_wait(page, TYPED[:n]))[0]
            for n in range(1, len(TYPED) + 1)]
    per_key = Timing("keystroke", keys)
    print_table(f"Members page, register of {page.model.total():,} (ms)",
                ["step", "median", "max"],
                [["open page + first load", open_ms, open_ms],
                 ["type one key, table updated", per_key.median, per_key.worst]])
    rows = page.model.rowCount()
    page.close()
    page.deleteLater()
    process_events()
    assert rows > 0
    assert per_key.worst <= KEYSTROKE_BUDGET_MS
