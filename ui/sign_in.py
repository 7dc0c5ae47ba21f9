"""Signing in before the main window: the sign-in dialog until someone signs in, a forced
password change, the first administrator, and the window itself (signing out asks again).

This sits above the dialogs (it opens the login, password and user dialogs one after the
other), like a page: dialogs never open one another.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from dialogs.login_dialog import LoginDialog
from dialogs.password_dialog import PasswordDialog
from dialogs.user_dialog import UserDialog
from models.accounts import users
from ui.main_window import MainWindow
from ui.service import install_refusal_hook


def _office_text(context) -> str:
    from models.office.unit_reads import ward_place

    office = context.office
    ward = ward_place(office.ward_code) if office.ward_code else None
    return f"{office.office_name} — {ward.name}" if ward else office.office_name


def sign_in(context, parent: QWidget | None = None) -> bool:
    """Ask for a name and password until someone signs in (True) or the clerk gives up
    (False). A password reset by an administrator must be changed before going on."""
    from models.accounts.access import accounts_exist
    from models.accounts.session import set_user

    if not accounts_exist():
        return True  # no accounts yet: the database is open (scripted set-up, first run)
    username = ""
    while True:
        dialog = LoginDialog(_office_text(context), parent, username)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        set_user(dialog.user)
        if not users.needs_password_change(dialog.user):
            return True
        if PasswordDialog(None, parent, forced=True).exec() == QDialog.DialogCode.Accepted:
            return True
        username = dialog.user.username
        set_user(None)


def offer_first_admin(context, parent: QWidget | None = None) -> None:
    """First run, after the office set-up: create the administrator account (may be put
    off; until then the program opens without signing in)."""
    from models.accounts.access import accounts_exist
    from models.accounts.session import set_user

    if accounts_exist():
        return
    dialog = UserDialog(parent, first=True, office_ward=context.office.ward_code)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
        set_user(users.signed_in_user(dialog.created))


def start_session(context, *, first_run: bool = False):
    """Sign in (creating the administrator on the first run) and open the main window;
    "Đăng xuất" closes it and asks again. Returns the window, or None if nobody signed in."""
    from models.accounts.session import set_user

    install_refusal_hook()
    if first_run:
        offer_first_admin(context)
    if not sign_in(context):
        return None
    holder: dict[str, MainWindow] = {}

    def open_window() -> MainWindow:
        window = MainWindow(context)
        window.signed_out.connect(sign_out)
        holder["window"] = window
        window.show()
        return window

    def sign_out() -> None:
        from PySide6.QtWidgets import QApplication

        old = holder.pop("window", None)
        set_user(None)
        if old is not None:
            old.hide()
            old.deleteLater()
        if sign_in(context):
            open_window()
        else:
            QApplication.quit()

    return open_window()
