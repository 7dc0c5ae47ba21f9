"""One way to call a service: refusals are said where the window shows problems (never the
crash dialog), and typed notices reach the pages that subscribed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from models.accounts.access import AccessDenied
from models.accounts.session import SignedInUser, set_user
from models.errors import Problem, ValidationError
from models.storage.schema import UserAccount
from tests.ui import clubs_data
from ui import excepthook, service, widgets
from ui.context import Change

REFUSAL = AccessDenied("role", role="supervisor", action="write")
SENTENCE = "Không có quyền: vai trò «Giám sát cấp trên» không được nhập, sửa dữ liệu."


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes and the crash dialog, recorded instead of shown."""
    said: dict[str, list] = {"warning": [], "error": [], "crash": []}
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: said["warning"].append(text))
    monkeypatch.setattr(widgets, "show_error",
                        lambda parent, error, title=None: said["error"].append(error))
    monkeypatch.setattr(excepthook.ErrorDialog, "exec", lambda self: said["crash"].append(1))
    return said


def test_call_announces_changes_only_after_success(qtbot, context, boxes):
    heard = []
    context.changed.connect(heard.append)
    done = service.call(None, lambda: 42, context=context, changes=Change.FUND)
    assert done and done.value == 42 and heard == [Change.FUND]
    bad = ValidationError("name", "required")
    problems = []

    def refused():
        raise bad

    done = service.call(None, refused, context=context, changes=Change.FUND,
                        problems=problems.append)
    assert not done and done.error is bad and heard == [Change.FUND]
    assert problems == [bad.problems] and boxes["error"] == []
    service.call(None, refused)  # no marks of its own: a message box lists the problems
    assert boxes["error"] == [bad]


def test_a_refusal_is_one_sentence_in_the_label_or_a_box(qtbot, context, boxes):
    def denied():
        raise REFUSAL

    label = QLabel()
    qtbot.addWidget(label)
    cleared = []
    assert not service.call(None, denied, general=label, problems=cleared.append)
    assert label.text() == SENTENCE and cleared == [[]]  # stale marks cleared
    assert not service.call(None, denied)
    assert boxes["warning"] == [SENTENCE] and boxes["crash"] == []
    said = []
    service.call(None, denied, say=said.append)
    assert said == [SENTENCE]


def test_other_errors_are_not_hidden(qtbot, context):
    with pytest.raises(ZeroDivisionError):
        service.call(None, lambda: 1 / 0)


def test_slow_call_reports_on_the_gui_thread(qtbot, context, boxes):
    from ui import tasks

    tasks.set_synchronous(True)
    try:
        heard, got, failed = [], [], []
        context.changed.connect(heard.append)
        service.call_slow(None, lambda: "ok", on_done=got.append, context=context,
                          changes=Change.DOCUMENT)
        assert got == ["ok"] and heard == [Change.DOCUMENT]

        def denied():
            raise REFUSAL

        service.call_slow(None, denied, on_failed=failed.append, context=context,
                          changes=Change.DOCUMENT)
        assert failed == [REFUSAL] and boxes["warning"] == [SENTENCE]
        assert heard == [Change.DOCUMENT] and boxes["crash"] == []
    finally:
        tasks.set_synchronous(False)


def test_subscribers_get_the_kinds_they_asked_for_while_they_live(qtbot, context):
    owner = QWidget()
    heard = []
    context.subscribe(owner, heard.append, Change.CLUB, Change.VILLAGE)
    context.announce(Change.MEMBER, Change.CLUB, Change.VILLAGE)
    assert heard == [Change.CLUB, Change.VILLAGE]
    with pytest.raises(TypeError):
        context.announce("club")  # free strings are not notices
    owner.deleteLater()
    qtbot.wait(10)
    context.announce(Change.CLUB)
    assert heard == [Change.CLUB, Change.VILLAGE]


def test_a_club_notice_refreshes_the_clubs_page(qtbot, context):
    from ui.pages.clubs_page import ClubsPage

    page = ClubsPage(context)
    qtbot.addWidget(page)
    before = page.model.rowCount()
    clubs_data.plan("DX09", "CLB Liên thế hệ tự giúp nhau Tổ 9")
    assert page.model.rowCount() == before
    context.announce(Change.CLUB)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)


def test_adding_a_village_refreshes_what_shows_villages(qtbot, context):
    from ui.pages.settings_page import SettingsPage

    shown, other = SettingsPage(context), SettingsPage(context)
    qtbot.addWidget(shown)
    qtbot.addWidget(other)
    heard = []
    context.changed.connect(heard.append)
    tab = shown.villages_tab
    tab.name_edit.setText("Tổ 7")
    tab.add()
    assert heard == [Change.VILLAGE]
    names = [other.villages_tab.model.index(r, 0).data()
             for r in range(other.villages_tab.model.rowCount())]
    assert "Tổ 7" in names  # the other window's list was refreshed by the notice


def _supervisor() -> None:
    UserAccount.create(username="admin1", full_name="A", role="admin", ward=1840,
                       password_hash="x")
    set_user(SignedInUser(id=1, username="sup1", full_name="Giám sát", role="supervisor",
                          ward_code=None, province_code=19))


def test_a_refused_village_is_said_not_crashed(qtbot, context, boxes):
    from ui.pages.settings_page import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    _supervisor()
    try:
        tab = page.villages_tab
        tab.name_edit.setText("Tổ 8")
        tab.add()
        assert tab.error.text().startswith("Không có quyền") and boxes["crash"] == []
    finally:
        set_user(None)


def _refused_dialogs(context, clubs):
    """Dialogs whose save a supervisor (read-only role) is refused."""
    from dialogs.club_dialog import ClubDialog
    from dialogs.loan_rules_dialog import LoanRulesDialog
    from dialogs.open_fund_dialog import OpenFundDialog
    from dialogs.status_dialog import StatusDialog

    club = clubs["DX01"]
    return [ClubDialog(context, club), LoanRulesDialog(context, club),
            OpenFundDialog(context, club), StatusDialog(context, club)]


def test_a_refusal_in_a_dialog_is_a_sentence_not_a_crash(qtbot, context, boxes):
    clubs = clubs_data.six_clubs()
    made = []
    for dialog in _refused_dialogs(context, clubs):
        qtbot.addWidget(dialog)
        made.append(dialog)
    _supervisor()
    try:
        for dialog in made:
            if hasattr(dialog, "name_edit") and not dialog.name_edit.text():
                dialog.name_edit.setText("Quỹ mới")
            dialog.accept()
            assert dialog.result() != dialog.DialogCode.Accepted, type(dialog).__name__
            said = dialog.general_error.text() if not dialog.general_error.isHidden() else ""
            assert said.startswith("Không có quyền") or any(
                w.startswith("Không có quyền") for w in boxes["warning"]), type(dialog).__name__
        assert boxes["crash"] == []
        assert not [p for p in boxes["error"] if isinstance(p, Problem)]
    finally:
        set_user(None)


def test_a_refused_paper_says_why_in_the_preview(qtbot, context):
    from ui.widgets.pdf_preview import PdfPreviewDialog

    preview = PdfPreviewDialog("Văn bản")
    qtbot.addWidget(preview)
    preview.show_failure(REFUSAL)
    assert preview.error_label.text() == SENTENCE
    assert service.refusal_text(REFUSAL) == SENTENCE
    assert service.refusal_text(ValidationError("name", "required")) == "Tên: chưa nhập"
    assert service.refusal_text(RuntimeError("x")) is None
