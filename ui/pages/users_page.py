"""Accounts (administrators): the list, add, edit, reset a password, lock and deactivate,
and confirm an account's pending sensitive right (models/accounts/grants.py: the service
decides who may)."""

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
from models.accounts.session import current_user
from models.text.vietnamese import format_date
from ui import service
from ui.context import AppContext, Change
from ui.messages import label
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
            return label("user_role", row.role)
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
        for button in (self.add_button, self.edit_button, self.reset_button, self.lock_button,
                       self.active_button, self.confirm_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
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
        self.add_button.clicked.connect(self.add_account)
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
        self._update_buttons()

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
        if row is not None:
            self.lock_button.setText(tr("Mở khóa") if row.locked() else tr("Khóa"))
            self.active_button.setText(tr("Cho dùng lại") if not row.active
                                       else tr("Ngừng sử dụng"))

    def add_account(self) -> None:
        dialog = UserDialog(self, office_ward=self.context.office.ward_code)
        if dialog.exec() == UserDialog.DialogCode.Accepted:
            self.reload(dialog.created.username)
            self.context.announce(Change.ACCOUNT)

    def edit_account(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = UserDialog(self, account=row, office_ward=self.context.office.ward_code)
        if dialog.exec() == UserDialog.DialogCode.Accepted:
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
