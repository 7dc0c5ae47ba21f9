"""Passwords: the signed-in user changes their own (forced after an administrator's reset), or
an administrator sets a new one for someone else."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
from models.errors import Problem
from ui import service
from ui.widgets import ErrorLabel, show_field_problems


def tr(text: str) -> str:
    return QCoreApplication.translate("PasswordDialog", text)


def _secret() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


class PasswordDialog(QDialog):
    """`username` None: change one's own password (asks the current one). With a username: an
    administrator's reset; the user then has to change it at the next sign-in."""

    def __init__(self, username: str | None = None, parent: QWidget | None = None, *,
                 forced: bool = False) -> None:
        super().__init__(parent)
        self.reset_for = username
        self.setWindowTitle(tr("Đặt lại mật khẩu") if username else tr("Đổi mật khẩu"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(tr("Mật khẩu của bạn vừa được quản trị đặt lại. Hãy chọn mật khẩu "
                             "mới của riêng bạn để tiếp tục."))
        elif username:
            note = QLabel(tr("Mật khẩu mới cho tài khoản «{name}». Người đó phải đổi mật khẩu "
                             "khi đăng nhập lần sau.").format(name=username))
        else:
            note = None
        if note is not None:
            note.setWordWrap(True)
            layout.addWidget(note)
        self.old = _secret()
        self.old.setObjectName("oldPassword")
        self.new = _secret()
        self.new.setObjectName("newPassword")
        self.again = _secret()
        self.again.setObjectName("againPassword")
        self.errors = {name: ErrorLabel() for name in ("old_password", "new_password", "again")}
        form = QFormLayout()
        if not username:
            form.addRow(tr("Mật khẩu hiện tại:"), self.old)
            form.addRow("", self.errors["old_password"])
        form.addRow(tr("Mật khẩu mới:"), self.new)
        form.addRow("", self.errors["new_password"])
        form.addRow(tr("Nhập lại mật khẩu mới:"), self.again)
        form.addRow("", self.errors["again"])
        hint = QLabel(tr("Ít nhất {n} ký tự, không trùng với tên đăng nhập.").format(
            n=users.MIN_PASSWORD))
        hint.setStyleSheet("color: #555;")
        form.addRow("", hint)
        layout.addLayout(form)
        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Lưu mật khẩu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            tr("Đăng xuất") if forced else tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problems: list[Problem] = []
        if self.new.text() != self.again.text():
            problems.append(Problem("again", "password_mismatch"))
        if problems:
            self.show_problems(problems)
            return
        if service.call(self, lambda: users.reset_password(self.reset_for, self.new.text())
                        if self.reset_for else
                        users.change_password(self.old.text(), self.new.text()),
                        problems=self.show_problems, general=self.general_error):
            super().accept()

    def show_problems(self, problems: list[Problem]) -> None:
        """The service names the new password `password`: shown under "new password"."""
        show_field_problems(self.errors, self.general_error, [
            Problem("new_password" if p.field == "password" else p.field, p.code, p.params)
            for p in problems])
