"""Sign-in before the main window, once the database has accounts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.accounts import users
from models.accounts.session import SignedInUser
from ui.messages import problem_text
from ui.widgets import ErrorLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("LoginDialog", text)


class LoginDialog(QDialog):
    """Name and password; a refusal is said under the fields and the dialog stays open, so
    wrong passwords in a row never crash. `user` holds who signed in after accept."""

    def __init__(self, office_text: str = "", parent: QWidget | None = None,
                 username: str = "") -> None:
        super().__init__(parent)
        self.user: SignedInUser | None = None
        self.setWindowTitle(tr("Đăng nhập — ISHC Desk"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Quản lý Câu lạc bộ Liên thế hệ tự giúp nhau"))
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if office_text:
            office = QLabel(office_text)
            office.setWordWrap(True)
            layout.addWidget(office)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setMaxLength(50)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(tr("Tên đăng nhập:"), self.username)
        form.addRow(tr("Mật khẩu:"), self.password)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Đăng nhập"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Thoát"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        try:
            self.user = users.authenticate(self.username.text(), self.password.text())
        except users.SignInRefused as exc:
            text = "\n".join(problem_text(p, with_field=False) for p in exc.problems)
            self.error.setText(text[:1].upper() + text[1:] + ".")
            self.error.show()
            # A wrapped label gets too little height until the dialog is laid out again.
            self.error.setMinimumHeight(self.error.heightForWidth(self.error.width()))
            self.adjustSize()
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()


def _office_text(context) -> str:
    from models.office.unit_reads import ward_place

    office = context.office
    ward = ward_place(office.ward_code) if office.ward_code else None
    return f"{office.office_name} — {ward.name}" if ward else office.office_name


def sign_in(context, parent: QWidget | None = None) -> bool:
    """Ask for a name and password until someone signs in (True) or the clerk gives up
    (False). A password reset by an administrator must be changed before going on."""
    from dialogs.password_dialog import PasswordDialog
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
    from dialogs.user_dialog import UserDialog
    from models.accounts.access import accounts_exist
    from models.accounts.session import set_user

    if accounts_exist():
        return
    dialog = UserDialog(parent, first=True, office_ward=context.office.ward_code)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
        set_user(users.signed_in_user(dialog.created))


_hook_installed = False


def _install_access_hook() -> None:
    """A refusal of the access rules that reaches the event loop is said in one message,
    not shown as a crash (pages hide what a role may not do, so it is rare)."""
    import sys

    from PySide6.QtWidgets import QApplication, QMessageBox

    from models.accounts.access import AccessDenied
    from ui.messages import access_text

    global _hook_installed
    if _hook_installed:
        return
    previous = sys.excepthook

    def hook(exc_type, exc, tb) -> None:
        if isinstance(exc, AccessDenied):
            QMessageBox.warning(QApplication.activeWindow(), tr("Không có quyền"),
                                access_text(exc))
            return
        previous(exc_type, exc, tb)

    sys.excepthook = hook
    _hook_installed = True


def start_session(context, *, first_run: bool = False):
    """Sign in (creating the administrator on the first run) and open the main window;
    "Đăng xuất" closes it and asks again. Returns the window, or None if nobody signed in."""
    from models.accounts.session import set_user
    from ui.main_window import MainWindow

    _install_access_hook()
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
