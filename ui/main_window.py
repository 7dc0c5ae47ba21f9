"""The main window: a navigation list on the left, the chosen page on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext, Change
from ui.widgets.mnemonics import give_mnemonics, mark_window
from ui.widgets.screen_fit import available_area, restore_layout

# The size the window opens at on a screen with room for it; smaller screens get their
# whole free area (a 1366×768 laptop, or 125–150 % scaling).
PREFERRED_SIZE = QSize(1280, 780)
# Ctrl+N, Ctrl+F and Ctrl+P on each page: the widget (by attribute name) they press or focus.
PAGE_SHORTCUTS = {
    "clubs": {"new": "add_button", "filter": "filter_edit", "print": "papers_button"},
    "members": {"new": "add_button", "filter": "filter_edit"},
    "funds": {"new": "receipt_button", "filter": "text_edit", "print": "print_voucher_button"},
    "loans": {"new": "new_button", "filter": "filter_edit", "print": "print_button"},
    "documents": {"new": "new_button", "print": "view_button"},
    "users": {"new": "add_button"},
    "meetings": {"new": "new_button", "print": "minutes_button"},
    "activities": {"new": "activity_button"},
    "training": {"new": "add_button"},
    "supervision": {"new": "visit_button", "print": "print_button"},
}


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    signed_out = Signal()  # "Đăng xuất": ui/app.py closes the window and asks to sign in

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("ISHC Desk — Quản lý CLB Liên thế hệ tự giúp nhau"))
        self._fit_to_screen()
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
            "QListWidget#navigation:focus { border: 2px solid #1f6f8b; border-radius: 4px; }"
            "QListWidget#navigation::item:selected:!active { background: #5b8fa3; }"
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
        for keys, what in ((QKeySequence.StandardKey.New, "new"),
                           (QKeySequence.StandardKey.Find, "filter"),
                           (QKeySequence.StandardKey.Print, "print")):
            QShortcut(keys, self, lambda w=what: self.page_shortcut(w))

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
            page.setObjectName(page.objectName() or f"{spec.key}Page")
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, self._scrolled(page))
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[spec.key] = page
            restore_layout(page)
            # Alt+letters unique on the page, apart from the window's own buttons'
            mark_window(page, self._window_letters)
        self.stack.setCurrentIndex(row)

    def _scrolled(self, page: QWidget) -> QScrollArea:
        """The page in a scroll area: a page that needs more room than the screen has scrolls
        instead of widening the window (which would then never shrink back)."""
        scroll = QScrollArea()
        scroll.setObjectName(f"{page.objectName()}Scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _fit_to_screen(self) -> None:
        area = available_area(self)
        if area.width() < PREFERRED_SIZE.width() or area.height() < PREFERRED_SIZE.height():
            # title bar and frame come on top of the client area
            self.resize(area.width(), area.height() - 40)
            self.move(area.topLeft())
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(PREFERRED_SIZE)

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


    def page_shortcut(self, what: str) -> bool:
        """Ctrl+N presses the page's "new" button, Ctrl+P its print button, Ctrl+F goes to its
        filter; False when the page has none (or it is disabled now)."""
        row = self.stack.currentIndex()
        if row < 0 or row >= len(self._specs):
            return False
        name = PAGE_SHORTCUTS.get(self._specs[row].key, {}).get(what)
        widget = getattr(self.current_page(), name, None) if name else None
        if widget is None or not widget.isVisibleTo(self) or not widget.isEnabled():
            return False
        if isinstance(widget, QAbstractButton):
            widget.click()
        else:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()
        return True

    def current_page(self) -> QWidget | None:
        """The page in view (None before its first opening)."""
        holder = self.stack.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else None

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
        self._window_letters = give_mnemonics([self.password_button, self.sign_out_button])
        self.password_button.clicked.connect(self._change_password)
        self.sign_out_button.clicked.connect(self.signed_out.emit)

    def _change_password(self) -> None:
        from dialogs.password_dialog import PasswordDialog

        PasswordDialog(None, self).exec()
