"""An account: add one (with its first password) or change its name, role and unit.

The first run uses it to create the administrator, right after the office set-up."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.accounts import users
from models.accounts.access import ROLES
from models.errors import Problem
from ui import service
from ui.messages import label
from ui.widgets import ErrorLabel, show_field_problems, with_error


def tr(text: str) -> str:
    return QCoreApplication.translate("UserDialog", text)


class UserDialog(QDialog):
    """`account` None adds an account; `first` adds the administrator of a new office."""

    FIELDS = ("username", "full_name", "role", "unit", "password", "again")

    def __init__(self, parent: QWidget | None = None, *, account: users.AccountRow | None = None,
                 first: bool = False, office_ward: int | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.created = None
        self.setWindowTitle(tr("Tạo tài khoản quản trị") if first else
                            tr("Sửa tài khoản") if account else tr("Thêm tài khoản"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if first:
            note = QLabel(tr("Tài khoản đầu tiên là tài khoản quản trị: dùng để tạo tài khoản "
                             "cho cán bộ và thay đổi cài đặt. Từ đó mỗi lần mở chương trình "
                             "đều phải đăng nhập."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.errors = {name: ErrorLabel() for name in self.FIELDS}
        self.username = QLineEdit(account.username if account else "")
        self.username.setObjectName("username")
        self.username.setMaxLength(50)
        self.username.setPlaceholderText(tr("VD: hoa.lt"))
        self.username.setReadOnly(account is not None)
        self.full_name = QLineEdit(account.full_name if account else "")
        self.full_name.setObjectName("fullName")
        self.full_name.setMaxLength(100)
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in (("admin",) if first else ROLES):
            self.role.addItem(label("user_role", role), role)
        if account is not None:
            self.role.setCurrentIndex(max(self.role.findData(account.role), 0))
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self._units = users.assignable_units(office_ward)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(tr("Tên đăng nhập:"), with_error(
            self.username, self.errors["username"],
            "" if account else tr("chữ thường không dấu, chữ số, dấu . _ -")))
        form.addRow(tr("Họ và tên:"), with_error(self.full_name, self.errors["full_name"]))
        form.addRow(tr("Vai trò:"), with_error(self.role, self.errors["role"]))
        form.addRow(tr("Đơn vị:"), with_error(self.unit, self.errors["unit"]))
        self.role_hint = QLabel()
        self.role_hint.setWordWrap(True)
        self.role_hint.setStyleSheet("color: #555;")
        form.addRow("", self.role_hint)
        if account is None:
            form.addRow(tr("Mật khẩu:"), with_error(
                self.password, self.errors["password"],
                tr("ít nhất {n} ký tự, không trùng tên đăng nhập").format(n=users.MIN_PASSWORD)))
            form.addRow(tr("Nhập lại mật khẩu:"), with_error(self.again, self.errors["again"]))
        layout.addLayout(form)
        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            tr("Tạo tài khoản") if account is None else tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            tr("Để sau") if first else tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._fill_units)
        self._fill_units()

    HINTS = {
        "clerk": QT_TRANSLATE_NOOP("UserDialog", "Nhập và sửa dữ liệu của xã/phường mình; xem thông tin nhạy cảm."),
        "approver": QT_TRANSLATE_NOOP("UserDialog", "Như cán bộ nhập liệu, và ban hành văn bản có số."),
        "supervisor": QT_TRANSLATE_NOOP("UserDialog", "Cấp trên: xem dữ liệu các xã/phường trong tỉnh, không sửa."),
        "admin": QT_TRANSLATE_NOOP("UserDialog", "Tài khoản, cài đặt, mẫu văn bản; nhập dữ liệu và ban hành văn bản."),
    }

    def _fill_units(self) -> None:
        role = self.role.currentData()
        self.role_hint.setText(tr(self.HINTS.get(role, "")))
        current = self.selected_unit()
        if current == (None, None) and self.account is not None:
            current = (self.account.ward_code, self.account.province_code)
        self.unit.clear()
        for i, (ward, province, text) in enumerate(self._units):
            if (role == "supervisor" and ward is not None) or (
                    role in ("clerk", "approver") and province is not None):
                continue
            self.unit.addItem(text, i)  # an index: Qt would not compare tuples as data
            if (ward, province) == current:
                self.unit.setCurrentIndex(self.unit.count() - 1)

    def selected_unit(self) -> tuple[int | None, int | None]:
        i = self.unit.currentData()
        return (None, None) if i is None else self._units[i][:2]

    def user_input(self) -> users.UserInput:
        ward, province = self.selected_unit()
        return users.UserInput(self.username.text(), self.full_name.text(),
                               self.role.currentData(), ward, province, self.password.text())

    def accept(self) -> None:
        inp = self.user_input()
        problems: list[Problem] = []
        if self.account is None and self.password.text() != self.again.text():
            problems.append(Problem("again", "password_mismatch"))
        if problems:
            show_field_problems(self.errors, self.general_error, problems)
            return
        done = service.call(
            self, lambda: users.create_user(inp) if self.account is None
            else users.update_user(self.account.username, inp),
            problems=lambda found: show_field_problems(self.errors, self.general_error, found),
            general=self.general_error)
        if not done:
            return
        if self.account is None:
            self.created = done.value
        super().accept()
