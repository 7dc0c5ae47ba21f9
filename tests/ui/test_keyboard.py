"""The window without a mouse: Tab goes round every page and leaves tables, Enter on a row
opens it, Ctrl+N / Ctrl+F / Ctrl+P, Esc on a changed form asks, multi-line fields let Tab
move on. Every page is filled by the demo, so its tables have rows (where Tab used to wrap
cell by cell)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from tests.ui.conftest import when_modal

STEPS = 300


@pytest.fixture
def window(qtbot, context):
    from models.demo.demo import fill_demo
    from ui.main_window import MainWindow

    fill_demo(4, seed=3)
    context.reload()
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    return main


def focus_nav(window) -> None:
    window.activateWindow()
    QApplication.processEvents()
    window.nav.setFocus()
    QApplication.processEvents()


def tab_round(window, key=Qt.Key.Key_Tab) -> tuple[list[QWidget], bool]:
    """The widgets Tab (or Shift+Tab) visits from the navigation until it is back there."""
    focus_nav(window)
    seen: list[QWidget] = []
    modifier = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab else \
        Qt.KeyboardModifier.NoModifier
    for _ in range(STEPS):
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        focused = QApplication.focusWidget()
        if focused is window.nav:
            return seen, True
        assert focused is not None
        seen.append(focused)
    return seen, False


def reachable(page: QWidget, window) -> list[QWidget]:
    """The enabled, visible widgets of a page that take focus from Tab."""
    tab = Qt.FocusPolicy.TabFocus
    return [w for w in page.findChildren(QWidget)
            if w.isVisibleTo(window) and w.isEnabled() and w.focusProxy() is None
            and (w.focusPolicy() & tab) == tab]


def test_tab_goes_round_every_page_and_comes_back(window):
    from PySide6.QtWidgets import QAbstractItemView

    for spec in window._specs:
        page = window.show_page(spec.key)
        QApplication.processEvents()
        seen, back = tab_round(window)
        assert back, f"{spec.key}: Tab is trapped in {type(seen[-1]).__name__}"
        missing = [w for w in reachable(page, window) if w not in seen]
        assert not missing, f"{spec.key}: Tab never reaches {missing}"
        seen_back, back = tab_round(window, Qt.Key.Key_Backtab)
        assert back and set(seen_back) == set(seen), spec.key
        views = [w for w in seen if isinstance(w, QAbstractItemView)]
        assert all(not v.tabKeyNavigation() for v in views)
    assert any(isinstance(w, QAbstractItemView) and w.model().rowCount() > 0
               for w in window.pages["members"].findChildren(QAbstractItemView))


def test_enter_on_a_row_opens_it(window, qtbot):
    from dialogs.member_dialog import MemberDialog

    page = window.show_page("members")
    qtbot.waitUntil(lambda: page.view.model().rowCount() > 0)
    page.view.setFocus()
    page.view.setCurrentIndex(page.view.model().index(0, 1))
    opened = []
    when_modal(lambda d: opened.append(d.windowTitle()), MemberDialog)
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    assert opened, "Enter on a member's row opens the member"


def test_ctrl_n_ctrl_f_ctrl_p(window, qtbot):
    from dialogs.loan_dialog import LoanDialog

    page = window.show_page("members")
    focus_nav(window)
    QTest.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.filter_edit
    loans_page = window.show_page("loans")
    club = loans_page.club_combo.findData(loans_page._club_ids[0])
    loans_page.club_combo.setCurrentIndex(club)
    opened = []
    when_modal(lambda d: opened.append(type(d)), LoanDialog)
    QTest.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [LoanDialog]
    window.show_page("backup")
    assert not window.page_shortcut("new")  # nothing to make there: the key does nothing


def test_escape_on_a_changed_form_asks_first(window, qtbot):
    from dialogs.member_dialog import MemberDialog
    from models.clubs.clubs import all_clubs

    club = next(c for c in all_clubs() if c.status == "active")
    dialog = MemberDialog(window.context, club.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible()

    dialog = MemberDialog(window.context, club.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Nguyễn Thị Huệ")
    asked = []

    def answer(button):
        def act(box):
            asked.append(box.text())
            box.button(button).click()
        return act

    when_modal(answer(QMessageBox.StandardButton.Cancel), QMessageBox)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible(), "Esc asks and Cancel keeps the form"
    when_modal(answer(QMessageBox.StandardButton.Discard), QMessageBox)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()


def test_tab_leaves_a_note_field(window, qtbot):
    from dialogs.member_dialog import MemberDialog
    from models.clubs.clubs import all_clubs

    club = next(c for c in all_clubs() if c.status == "active")
    dialog = MemberDialog(window.context, club.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.note_edit.setFocus()
    QApplication.processEvents()
    QTest.keyClick(dialog.note_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.note_edit
    assert "\t" not in dialog.note_edit.toPlainText()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def test_a_club_typed_in_the_loans_page_stays_chosen(window, qtbot):
    page = window.show_page("loans")
    combo = page.club_combo
    combo.setCurrentIndex(0)
    target = 2
    words = combo.itemText(target).split(" — ")[0]  # the club's code, typed
    combo.lineEdit().setFocus()
    combo.lineEdit().selectAll()
    QTest.keyClicks(combo.lineEdit(), words)
    popup = combo.completer().popup()
    QTest.keyClick(popup if popup.isVisible() else combo.lineEdit(), Qt.Key.Key_Return)
    assert combo.currentIndex() == target and page.club_id() is not None


def mnemonic_letters(widgets) -> list[str]:
    from ui.widgets.mnemonics import taken_letter

    return [taken_letter(w.text()) for w in widgets]


def test_every_button_and_field_label_has_its_own_alt_letter(window, qtbot):
    from dialogs.entry_dialog import EntryDialog
    from dialogs.loan_dialog import LoanDialog
    from dialogs.member_dialog import MemberDialog
    from models.clubs.clubs import all_clubs
    from models.funds.fund_reads import funds_of
    from ui.widgets.mnemonics import widgets_needing_keys

    own = [window.password_button, window.sign_out_button]
    for spec in window._specs:
        page = window.show_page(spec.key)
        shown = [w for w in widgets_needing_keys(page) if w.isVisibleTo(window)]
        letters = mnemonic_letters(shown + own)
        # a text without one ASCII letter free (rare: "Lên") may go without
        bare = [w.text() for w, letter in zip(shown, letters, strict=False) if letter is None]
        assert len(bare) <= 1, f"{spec.key}: no Alt letter on {bare}"
        marked = [x for x in letters if x]
        assert len(marked) == len(set(marked)), f"{spec.key}: an Alt letter used twice"
    club = next(c for c in all_clubs() if c.status == "active")
    for make in (lambda: MemberDialog(window.context, club.id, parent=window),
                 lambda: LoanDialog(window.context, club.id, window),
                 lambda: EntryDialog(window.context, funds_of(club.id)[0].id, "receipt",
                                     window)):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        shown = [w for w in widgets_needing_keys(dialog) if w.isVisibleTo(dialog)]
        letters = mnemonic_letters(shown)
        marked = [x for x in letters if x]
        assert len(marked) == len(set(marked)), type(dialog).__name__
        # every push button has one; a long form's labels take the letters left (a
        # Vietnamese form can have more fields than free ASCII letters)
        buttons = [w for w, x in zip(shown, letters, strict=True)
                   if isinstance(w, QPushButton) and not x]
        assert not buttons, [b.text() for b in buttons]
        assert len(marked) >= 0.7 * len(shown), type(dialog).__name__
        dialog.done(0)
