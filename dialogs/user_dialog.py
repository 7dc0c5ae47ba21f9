"""An account: add one (with its first password) or change its name, roles and unit.

An account may hold several roles; each is a check box with what it may do in plain words.
The first run uses it to create the first account, right after the office set-up: the
administrator and clerk of a one-person office, who may enter CCCD numbers and poverty
status from the first day."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
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
from models.accounts.access import ROLES, role_text, roles_of
from models.errors import Problem
from ui import service
from ui.messages import label
from ui.widgets import ErrorLabel, show_field_problems, with_error


def tr(text: str) -> str:
    return QCoreApplication.translate("UserDialog", text)


class UserDialog(QDialog):
    """`account` None adds an account; `first` adds the first account of a new office
    (administrator, and clerk unless unticked); `roles` preselects the roles of a new one."""

    FIELDS = ("username", "full_name", "role", "unit", "password", "again")

    def __init__(self, parent: QWidget | None = None, *, account: users.AccountRow | None = None,
                 first: bool = False, office_ward: int | None = None,
                 roles: tuple[str, ...] = ("clerk",)) -> None:
        super().__init__(parent)
        self.account = account
        self.created = None
        self.saved = None
        self.setWindowTitle(tr("Tạo tài khoản đầu tiên") if first else
                            tr("Sửa tài khoản") if account else tr("Thêm tài khoản"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        if first:
            note = QLabel(tr("Tài khoản đầu tiên có vai trò Quản trị. Văn phòng chỉ có một "
                             "người thì giữ cả vai trò Cán bộ nhập liệu để tự nhập được số "
                             "CCCD, hộ nghèo; khi có thêm cán bộ, trang Tài khoản giúp giao "
                             "việc nhập liệu cho người đó. Từ đó mỗi lần mở chương trình đều "
                             "phải đăng nhập."))
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
        held = (set(roles_of(account.role)) if account is not None
                else {"admin", "clerk"} if first else set(roles))
        self.role_boxes: dict[str, QCheckBox] = {}
        self.role_help: dict[str, QLabel] = {}
        for role in ROLES:
            box = QCheckBox(label("user_role", role))
            box.setObjectName(f"role_{role}")
            box.setChecked(role in held)
            help_text = QLabel(label("user_role_help", role))
            help_text.setWordWrap(True)
            help_text.setStyleSheet("color: #555; margin-left: 22px;")
            self.role_boxes[role], self.role_help[role] = box, help_text
            box.toggled.connect(self._roles_changed)
        if first:
            self.role_boxes["admin"].setEnabled(False)  # the first account manages the rest
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
        # One row per role, its explanation under it: the form gives wrapped text its height.
        shown = [r for r in ROLES if not (first and r == "supervisor")]  # a ward's office
        for i, role in enumerate(shown):
            form.addRow(tr("Vai trò:") if i == 0 else "", self.role_boxes[role])
            form.addRow("", self.role_help[role])
        form.addRow("", self.errors["role"])
        form.addRow(tr("Đơn vị:"), with_error(self.unit, self.errors["unit"]))
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
        self._roles_changed()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # Qt sizes a dialog before its wrapped labels know their width, which would cut the
        # roles' explanations; grow to what the layout needs at the dialog's width.
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.setMinimumHeight(needed)
            self.resize(self.width(), needed)

    def selected_roles(self) -> tuple[str, ...]:
        """The ticked roles, in the order of access.ROLES."""
        return tuple(r for r, box in self.role_boxes.items() if box.isChecked())

    def _roles_changed(self) -> None:
        # A supervisor belongs to a province, a clerk or approver to a ward: one account
        # cannot be both, so ticking one side greys out the other.
        roles = set(self.selected_roles())
        ward_side = bool(roles & {"clerk", "approver"})
        self.role_boxes["supervisor"].setEnabled(not ward_side)
        for role in ("clerk", "approver"):
            self.role_boxes[role].setEnabled("supervisor" not in roles)
        self._fill_units()

    def _fill_units(self) -> None:
        roles = set(self.selected_roles())
        current = self.selected_unit()
        if current == (None, None) and self.account is not None:
            current = (self.account.ward_code, self.account.province_code)
        self.unit.clear()
        for i, (ward, province, text) in enumerate(self._units):
            if ("supervisor" in roles and ward is not None) or (
                    roles & {"clerk", "approver"} and province is not None):
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
                               role_text(self.selected_roles()), ward, province,
                               self.password.text())

    def accept(self) -> None:
        inp = self.user_input()
        problems: list[Problem] = []
        if self.account is None and self.password.text() != self.again.text():
            problems.append(Problem("again", "password_mismatch"))
        if problems:
            show_field_problems(self.errors, self.general_error, problems)
            self._fit_height()
            return
        done = service.call(
            self, lambda: users.create_user(inp) if self.account is None
            else users.update_user(self.account.username, inp),
            problems=lambda found: show_field_problems(self.errors, self.general_error, found),
            general=self.general_error)
        if not done:
            self._fit_height()
            return
        self.saved = done.value  # the account as stored (its new roles)
        if self.account is None:
            self.created = done.value
        super().accept()
