"""Accounts (administrators): the list, add, edit, reset a password, lock and deactivate,
and confirm an account's pending sensitive right (models/accounts/grants.py: the service
decides who may).

An account may hold several roles. A one-person office starts with one account that is
administrator and clerk; when a second person comes, "Giao việc nhập liệu…" creates their
clerk account (the right to sensitive data granted at once by the administrator, who holds
it) and then offers to take the clerk's role off the administrator's own account."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from dialogs.password_dialog import PasswordDialog
from dialogs.user_dialog import UserDialog
from models.accounts import grants, users
from models.accounts.access import ROLES
from models.accounts.session import current_user, set_user
from models.text.vietnamese import format_date
from ui import service
from ui.context import AppContext, Change
from ui.messages import label, roles_label
from ui.table_model import RowsModel
from ui.widgets import page_layout


def tr(text: str) -> str:
    return QCoreApplication.translate("UsersPage", text)


def state_text(row: users.AccountRow, now: dt.datetime | None = None) -> str:
    if not row.active:
        return tr("Ngừng sử dụng")
    if row.locked_until is not None and row.locked_until >= users.LOCKED_BY_ADMIN:
        return tr("Bị khóa")
    if row.locked(now):
        return tr("Tạm khóa đến {time} {date}").format(
            time=f"{row.locked_until:%H:%M}", date=format_date(row.locked_until))
    if row.must_change_password:
        return tr("Chờ đổi mật khẩu")
    if row.sensitive_pending:
        return tr("Chờ xác nhận quyền xem dữ liệu nhạy cảm")
    return tr("Đang dùng")


class UsersModel(RowsModel):
    USERNAME, FULL_NAME, ROLE, UNIT, STATE, LAST = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("UsersPage", "Tên đăng nhập"),
        QT_TRANSLATE_NOOP("UsersPage", "Họ và tên"),
        QT_TRANSLATE_NOOP("UsersPage", "Vai trò"),
        QT_TRANSLATE_NOOP("UsersPage", "Đơn vị"),
        QT_TRANSLATE_NOOP("UsersPage", "Tình trạng"),
        QT_TRANSLATE_NOOP("UsersPage", "Đăng nhập lần cuối"),
    )
    CONTEXT = "UsersPage"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATE and (
                not row.active or row.locked()):
            return QColor("#b00020")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.USERNAME:
            return row.username
        if col == self.FULL_NAME:
            return row.full_name
        if col == self.ROLE:
            return roles_label(row.role)
        if col == self.UNIT:
            return row.unit_name
        if col == self.STATE:
            return state_text(row)
        last = row.last_login_at
        return f"{format_date(last)} {last:%H:%M}" if last else ""


class UsersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = page_layout(self, tr("Tài khoản người dùng"))
        bar = QHBoxLayout()
        self.add_button = QPushButton(tr("Thêm tài khoản…"))
        self.edit_button = QPushButton(tr("Sửa…"))
        self.reset_button = QPushButton(tr("Đặt lại mật khẩu…"))
        self.lock_button = QPushButton(tr("Khóa"))
        self.active_button = QPushButton(tr("Ngừng sử dụng"))
        self.confirm_button = QPushButton(tr("Xác nhận quyền dữ liệu nhạy cảm"))
        self.split_button = QPushButton(tr("Giao việc nhập liệu cho người khác…"))
        self.split_button.setObjectName("splitDuties")
        self.split_button.setToolTip(tr(
            "Tạo tài khoản cán bộ nhập liệu cho người mới, rồi bỏ vai trò đó khỏi tài khoản "
            "của bạn: bạn vẫn quản trị, người mới nhập dữ liệu và xem thông tin nhạy cảm."))
        for button in (self.add_button, self.edit_button, self.reset_button, self.lock_button,
                       self.active_button, self.confirm_button, self.split_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.holder_hint = QLabel()
        self.holder_hint.setObjectName("holderHint")
        self.holder_hint.setWordWrap(True)
        self.holder_hint.setStyleSheet("color: #8a4b00;")
        layout.addWidget(self.holder_hint)
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        note = QLabel(tr("Sau 5 lần nhập sai mật khẩu liên tiếp, tài khoản tạm khóa "
                         "{m} phút. Tài khoản ngừng sử dụng vẫn giữ tên trong nhật ký thay đổi."
                         ).format(m=users.LOCK_MINUTES))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        roles_note = QLabel("<br>".join(
            f"<b>{label('user_role', role)}</b>: {label('user_role_help', role)}"
            for role in ROLES))
        roles_note.setObjectName("rolesNote")
        roles_note.setWordWrap(True)
        roles_note.setStyleSheet("color: #555;")
        layout.addWidget(roles_note)
        self.add_button.clicked.connect(self.add_account)
        self.split_button.clicked.connect(self.split_duties)
        self.edit_button.clicked.connect(self.edit_account)
        self.table.activated.connect(lambda _i: self.edit_account())  # Enter or a double click
        self.reset_button.clicked.connect(self.reset_password)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.active_button.clicked.connect(self.toggle_active)
        self.confirm_button.clicked.connect(self.confirm_sensitive)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.reload()

    def reload(self, select: str | None = None) -> None:
        # A handful of accounts: read at once, no background task needed.
        self.model.set_rows(users.list_users())
        names = [r.username for r in self.model.rows]
        if select in names:
            self.table.selectRow(names.index(select))
        self._update_hint()
        self._update_buttons()

    def _update_hint(self) -> None:
        """Says so when no active account of the ward may enter CCCD numbers or poverty
        status, and what to do about it."""
        me = current_user()
        ward = me.ward_code if me is not None else None
        if ward is None or grants.holders_in_ward(ward) > 0:
            self.holder_hint.hide()
            return
        self.holder_hint.setText(tr(
            "Chưa tài khoản nào của xã/phường được xem và nhập thông tin nhạy cảm (số CCCD, "
            "hộ nghèo, khuyết tật). Bấm «Sửa…» và đánh dấu vai trò «Cán bộ nhập liệu» cho "
            "người nhập dữ liệu (văn phòng một người: cho chính tài khoản của bạn)."))
        self.holder_hint.show()

    def selected(self) -> users.AccountRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self.selected()
        me = current_user()
        own = row is not None and me is not None and me.id == row.id
        for button in (self.edit_button, self.reset_button):
            button.setEnabled(row is not None)
        self.lock_button.setEnabled(row is not None and not own)
        self.active_button.setEnabled(row is not None and not own)
        self.confirm_button.setEnabled(row is not None and row.sensitive_pending and not own)
        self.split_button.setVisible(self._own_data_roles() != ())
        if row is not None:
            self.lock_button.setText(tr("Mở khóa") if row.locked() else tr("Khóa"))
            self.active_button.setText(tr("Cho dùng lại") if not row.active
                                       else tr("Ngừng sử dụng"))

    def add_account(self) -> None:
        dialog = UserDialog(self, office_ward=self.context.office.ward_code)
        if dialog.exec() == UserDialog.DialogCode.Accepted:
            self.reload(dialog.created.username)
            self.context.announce(Change.ACCOUNT)

    def _own_data_roles(self) -> tuple[str, ...]:
        """The data-entry roles (clerk, approver) the signed-in administrator holds too."""
        me = current_user()
        if me is None or "admin" not in me.roles:
            return ()
        return tuple(r for r in me.roles if r in ("clerk", "approver"))

    def split_duties(self) -> None:
        me = current_user()
        mine = self._own_data_roles()
        if me is None or not mine:
            return
        dialog = UserDialog(self, office_ward=self.context.office.ward_code, roles=("clerk",))
        dialog.setWindowTitle(tr("Giao việc nhập liệu cho người khác"))
        if dialog.exec() != UserDialog.DialogCode.Accepted:
            return
        created = dialog.created
        self.reload(created.username)
        self.context.announce(Change.ACCOUNT)
        keep = tuple(r for r in me.roles if r not in mine)
        if QMessageBox.question(
                self, tr("Giao việc nhập liệu"),
                tr("Đã tạo tài khoản «{name}» ({role}). Bỏ vai trò {mine} khỏi tài khoản "
                   "«{me}» của bạn? Bạn vẫn quản trị tài khoản và cài đặt, nhưng không còn "
                   "xem thông tin nhạy cảm.").format(
                    name=created.username, role=roles_label(created.role),
                    mine=roles_label(",".join(mine)), me=me.username)
        ) != QMessageBox.StandardButton.Yes:
            return
        done = service.call(self, lambda: users.update_user(me.username, users.UserInput(
            me.username, me.full_name, ",".join(keep), me.ward_code, me.province_code)))
        if done:
            set_user(users.signed_in_user(done.value))  # this window acts with the new roles
            self.reload(me.username)
            self.context.announce(Change.ACCOUNT)

    def edit_account(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = UserDialog(self, account=row, office_ward=self.context.office.ward_code)
        if dialog.exec() == UserDialog.DialogCode.Accepted:
            me = current_user()
            if me is not None and me.id == row.id and dialog.saved is not None:
                set_user(users.signed_in_user(dialog.saved))  # one's own roles changed
            self.reload(row.username)
            self.context.announce(Change.ACCOUNT)

    def reset_password(self) -> None:
        row = self.selected()
        if row is not None and PasswordDialog(row.username, self).exec():
            self.reload(row.username)
            self.context.announce(Change.ACCOUNT)

    def _apply(self, call, username: str) -> None:
        service.call(self, call)
        self.reload(username)
        self.context.announce(Change.ACCOUNT)

    def toggle_lock(self) -> None:
        row = self.selected()
        if row is not None:
            self._apply(lambda: users.set_locked(row.username, not row.locked()), row.username)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.active and QMessageBox.question(
                self, tr("Ngừng sử dụng"),
                tr("Ngừng sử dụng tài khoản «{name}»? Người đó sẽ không đăng nhập được nữa."
                   ).format(name=row.username)) != QMessageBox.StandardButton.Yes:
            return
        self._apply(lambda: users.set_active(row.username, not row.active), row.username)

    def confirm_sensitive(self) -> None:
        row = self.selected()
        if row is None:
            return
        # A refusal (e.g. the ward already has a holder, who must confirm) is said by the
        # service helper like every other.
        self._apply(lambda: grants.confirm_sensitive(row.username), row.username)
