"""The main window: a navigation list on the left, the chosen page on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext, Change


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    signed_out = Signal()  # "Đăng xuất": ui/app.py closes the window and asks to sign in

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("ISHC Desk — Quản lý CLB Liên thế hệ tự giúp nhau"))
        self.resize(1280, 780)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        side = QVBoxLayout()
        side.setContentsMargins(8, 8, 0, 8)
        self.office_label = QLabel()
        self.office_label.setWordWrap(True)
        self.office_label.setObjectName("officeLabel")
        self.office_label.setStyleSheet("padding: 4px 10px 12px 10px;")
        side.addWidget(self.office_label)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet(
            "QListWidget#navigation { border: none; background: transparent; font-size: 11pt; }"
            "QListWidget#navigation::item { padding: 8px 10px; border-radius: 4px; }"
            "QListWidget#navigation::item:selected { background: #1f6f8b; color: white; }"
        )
        side.addWidget(self.nav)
        self._add_user_box(side)
        layout.addLayout(side)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.pages: dict[str, QWidget] = {}  # pages built so far
        self._help = None  # the guide's window, built on first F1
        self._specs = []
        self.nav.currentRowChanged.connect(self._open_row)
        context.subscribe(self, self._on_changed, Change.SETTINGS)
        context.open_club.connect(self._open_club)
        self._add_pages()
        self._add_help_menu()
        self._update_office_label()
        self.nav.setCurrentRow(0)

    def _add_pages(self) -> None:
        from models.accounts.access import can
        from ui.pages import PAGES

        for spec in PAGES:
            if not can(spec.needs):  # a clerk never sees the accounts or the settings
                continue
            self._specs.append(spec)
            self.stack.addWidget(QWidget())  # stands in until the page is first opened
            QListWidgetItem(spec.title, self.nav)

    def _add_help_menu(self) -> None:
        from PySide6.QtGui import QKeySequence

        menu = self.menuBar().addMenu(tr("&Trợ giúp"))
        guide = menu.addAction(tr("&Hướng dẫn sử dụng"), lambda: self.open_guide())
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.addAction(guide)  # F1 works wherever the focus is, menu bar shown or not
        menu.addAction(tr("&Giới thiệu ISHC Desk"), self.show_about)

    def current_page_key(self) -> str | None:
        row = self.nav.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else None

    def open_guide(self, page_key: str | None = "") -> None:
        """Open the user guide at the part for `page_key` (the page in view by default)."""
        from dialogs.help_dialog import HelpWindow
        from ui import guide

        if self._help is None:
            self._help = HelpWindow(self)
        key = self.current_page_key() if page_key == "" else page_key
        self._help.open_part(guide.part_for(key))
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()

    def show_about(self) -> None:
        from dialogs.help_dialog import show_about
        from models.codes import APP_VERSION
        from models.storage.db_target import open_database_label
        from models.storage.migrations import current_version_of_open
        from models.storage.paths import data_dir

        show_about(self, APP_VERSION, str(data_dir()), open_database_label(),
                   current_version_of_open())

    def _open_row(self, row: int) -> None:
        if row < 0:
            return
        spec = self._specs[row]
        if spec.key not in self.pages:
            page = spec.create(self.context, self)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[spec.key] = page
        self.stack.setCurrentIndex(row)

    def show_page(self, key: str) -> QWidget:
        """Open a page by key (building it if needed) and return it."""
        row = next(i for i, spec in enumerate(self._specs) if spec.key == key)
        self.nav.setCurrentRow(row)
        self._open_row(row)
        return self.pages[key]

    def _open_club(self, key: str, club_id: int) -> None:
        """A page asked to show a club on another page (the dashboard's clubs missing a
        standard open on the Clubs page)."""
        page = self.show_page(key)
        select = getattr(page, "select_club", None)
        if select is not None:
            select(club_id)

    def _on_changed(self, _change: Change) -> None:
        self._update_office_label()

    def _update_office_label(self) -> None:
        from models.office.unit_reads import ward_place

        office = self.context.office
        ward = ward_place(office.ward_code) if office.ward_code else None
        text = office.office_name
        if ward is not None:
            # "Phường Đức Xuân, tỉnh Thái Nguyên": no capital in the middle of the line
            text = f"<b>{office.office_name}</b><br>{ward.name}, {ward.province_label}"
        self.office_label.setText(text)

    def _add_user_box(self, side: QVBoxLayout) -> None:
        """Who is signed in, with "Đổi mật khẩu" and "Đăng xuất" (none before any account)."""
        from models.accounts.session import current_user
        from ui.messages import roles_label

        user = current_user()
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.user_label.setWordWrap(True)
        self.user_label.setStyleSheet("padding: 4px 10px; color: #333;")
        self.password_button = QPushButton(tr("Đổi mật khẩu"))
        self.sign_out_button = QPushButton(tr("Đăng xuất"))
        self.sign_out_button.setObjectName("signOut")
        for widget in (self.user_label, self.password_button, self.sign_out_button):
            widget.setVisible(user is not None)
            side.addWidget(widget)
        if user is not None:
            self.user_label.setText(tr("Đang đăng nhập:<br><b>{name}</b><br>{role}").format(
                name=user.full_name, role=roles_label(user.role)))
        self.password_button.clicked.connect(self._change_password)
        self.sign_out_button.clicked.connect(self.signed_out.emit)

    def _change_password(self) -> None:
        from dialogs.password_dialog import PasswordDialog

        PasswordDialog(None, self).exec()
