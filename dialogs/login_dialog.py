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
