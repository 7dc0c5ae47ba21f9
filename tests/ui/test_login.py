"""Signing in to the window: the login dialog, wrong passwords, lock-out, a forced password
change, and the pages a clerk sees."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from models.accounts import users
from models.accounts.session import current_user, set_user
from tests.ui.conftest import admin_and_clerk, save_screenshot, when_modal


@pytest.fixture
def accounts(context):
    admin_and_clerk(signed_in=False)
    yield
    set_user(None)


def _when_modal(qtbot, action):
    when_modal(action)


def _type_and_submit(dialog, name, password):
    dialog.username.setText(name)
    dialog.password.setText(password)
    dialog.ok_button.click()


def test_wrong_passwords_keep_the_dialog_open_then_sign_in(qtbot, context, accounts):
    from dialogs.login_dialog import LoginDialog

    dialog = LoginDialog("UBND phường Đức Xuân — Phường Đức Xuân")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        _type_and_submit(dialog, "canbo", "sai-mat-khau")
        assert dialog.isVisible() and dialog.user is None
        assert dialog.error.text() == "Tên đăng nhập hoặc mật khẩu không đúng."
        assert dialog.password.text() == ""  # cleared for the next try
    _type_and_submit(dialog, "khongco", "sai-mat-khau")
    assert dialog.error.text() == "Tên đăng nhập hoặc mật khẩu không đúng."
    save_screenshot(dialog, "login_dialog")
    _type_and_submit(dialog, "canbo", "mat-khau-cb")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.username == "canbo" and dialog.user.ward_code == 1840


def test_a_locked_account_says_until_when(qtbot, context, accounts):
    from dialogs.login_dialog import LoginDialog
    from models.storage.schema import UserAccount

    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(users.MAX_FAILURES):
        _type_and_submit(dialog, "canbo", "sai")
    until = UserAccount.get(UserAccount.username == "canbo").locked_until
    assert until > dt.datetime.now()
    _type_and_submit(dialog, "canbo", "mat-khau-cb")
    assert dialog.user is None
    assert dialog.error.text() == (
        f"Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần, đến {until:%H:%M} ngày "
        f"{until:%d/%m/%Y}.")
    save_screenshot(dialog, "login_locked")


def test_the_window_asks_to_sign_in_and_hides_admin_pages_from_a_clerk(qtbot, context,
                                                                          accounts):
    from ui.sign_in import start_session

    _when_modal(qtbot, lambda d: _type_and_submit(d, "canbo", "mat-khau-cb"))
    window = start_session(context)
    qtbot.addWidget(window)
    assert current_user().username == "canbo"
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Câu lạc bộ" in titles and "Thành viên" in titles
    assert not {"Tài khoản", "Nhật ký thay đổi", "Cài đặt"} & set(titles)
    assert "Lê Thị Hoa" in window.user_label.text()
    assert "Cán bộ nhập liệu" in window.user_label.text()
    # Đăng xuất: the window goes, the login comes back; the administrator sees every page.
    _when_modal(qtbot, lambda d: _type_and_submit(d, "quantri", "mat-khau-1"))
    holder = []
    window.destroyed.connect(lambda: holder.append("gone"))
    window.sign_out_button.click()
    assert current_user().username == "quantri"
    admin_window = next(w for w in QApplication.topLevelWidgets()
                        if w.isVisible() and hasattr(w, "nav"))
    qtbot.addWidget(admin_window)
    titles = [admin_window.nav.item(i).text() for i in range(admin_window.nav.count())]
    assert {"Tài khoản", "Nhật ký thay đổi", "Cài đặt"} <= set(titles)
    save_screenshot(admin_window, "main_window_admin")


def test_cancel_at_the_login_opens_nothing(qtbot, context, accounts):
    from ui.sign_in import start_session

    _when_modal(qtbot, lambda d: d.reject())
    assert start_session(context) is None and current_user() is None


def test_a_reset_password_must_be_changed_first(qtbot, context, accounts):
    from ui.sign_in import sign_in

    set_user(users.authenticate("quantri", "mat-khau-1"))
    users.reset_password("canbo", "tam-thoi-9")
    set_user(None)
    seen = []

    def change(dialog):
        seen.append(dialog.windowTitle())
        dialog.old.setText("tam-thoi-9")
        dialog.new.setText("mat-khau-moi")
        dialog.again.setText("mat-khau-khac")
        dialog.accept()  # the two new passwords differ: stays open, says so
        seen.append(dialog.errors["again"].text())
        dialog.again.setText("mat-khau-moi")
        save_screenshot(dialog, "password_forced")
        dialog.accept()

    _when_modal(qtbot, lambda d: (_type_and_submit(d, "canbo", "tam-thoi-9"),
                                  _when_modal(qtbot, change)))
    assert sign_in(context)
    assert seen == ["Đổi mật khẩu", "hai lần nhập không giống nhau"]
    assert current_user().username == "canbo"
    assert not users.needs_password_change(users.authenticate("canbo", "mat-khau-moi"))


def test_first_run_offers_the_administrator_account(qtbot, context):
    from models.accounts.access import accounts_exist
    from ui.sign_in import offer_first_admin

    set_user(None)

    def fill(dialog):
        # A one-person office: administrator and clerk, the administrator's role fixed.
        assert dialog.selected_roles() == ("clerk", "admin")
        assert not dialog.role_boxes["admin"].isEnabled()
        assert dialog.role_boxes["clerk"].isEnabled()
        assert dialog.role_boxes["supervisor"].isHidden()
        assert dialog.unit.currentText() == "Phường Đức Xuân (1840)"
        dialog.username.setText("quantri")
        dialog.full_name.setText("Nguyễn Văn Quản")
        dialog.password.setText("ngan")
        dialog.again.setText("ngan")
        dialog.accept()
        assert dialog.errors["password"].text() == "phải có ít nhất 8 ký tự"
        dialog.password.setText("mat-khau-1")
        dialog.again.setText("mat-khau-1")
        save_screenshot(dialog, "first_admin_dialog")
        dialog.accept()

    _when_modal(qtbot, fill)
    offer_first_admin(context)
    assert accounts_exist() and current_user().role == "clerk,admin"
    # The only person of the office may enter CCCD numbers and poverty status at once.
    from models.accounts.access import can_see_sensitive
    assert can_see_sensitive(1840) and current_user().roles == ("clerk", "admin")
    set_user(None)


@pytest.mark.parametrize("role,ward,province", [
    ("clerk", 1840, None), ("approver", 1840, None), ("supervisor", None, 19),
    ("admin", 1840, None)])
def test_every_page_a_role_sees_opens(qtbot, context, accounts, role, ward, province):
    """Each role opens each page it is shown without a refusal reaching the screen."""
    from models.clubs.clubs import ClubInput, create_club
    from ui.main_window import MainWindow

    set_user(users.authenticate("quantri", "mat-khau-1"))
    create_club(ClubInput(code="DX01", name="CLB Tổ 1", ward_code=1840))
    from models.accounts.session import SignedInUser

    set_user(SignedInUser(50, f"u-{role}", "Người dùng", role, ward, province))
    window = MainWindow(context)
    qtbot.addWidget(window)
    keys = [spec.key for spec in window._specs]
    for key in keys:
        window.show_page(key)
    assert ("users" in keys) == (role == "admin") and ("settings" in keys) == (role == "admin")


def test_a_refusal_reaching_the_event_loop_is_a_message_not_a_crash(qtbot, context,
                                                                      monkeypatch):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from models.accounts.access import AccessDenied
    from ui import service

    shown, passed_on = [], []
    monkeypatch.setattr(sys, "excepthook", lambda *a: passed_on.append(a[1]))
    monkeypatch.setattr(service, "_hook_installed", False)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(
        (title, text)))
    service.install_refusal_hook()
    sys.excepthook(AccessDenied, AccessDenied("role", role="supervisor", action="write"), None)
    assert shown == [("Không có quyền", "Không có quyền: vai trò «Giám sát cấp trên» không "
                      "được nhập, sửa dữ liệu.")]
    error = RuntimeError("boom")
    sys.excepthook(RuntimeError, error, None)
    assert passed_on == [error]  # anything else still goes to the crash dialog
