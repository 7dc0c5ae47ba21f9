"""The main window: a navigation list on the left, the chosen page on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
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
        layout.addLayout(side)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.pages: dict[str, QWidget] = {}
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        context.changed.connect(self._on_changed)
        self._add_pages()
        self._update_office_label()
        self.nav.setCurrentRow(0)

    def _add_pages(self) -> None:
        from ui.pages import PAGES

        for key, factory in PAGES:
            page = factory(self.context, self)
            self.add_page(key, page.windowTitle(), page)

    def add_page(self, key: str, title: str, page: QWidget) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        QListWidgetItem(title, self.nav)

    def show_page(self, key: str) -> QWidget:
        page = self.pages[key]
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    def _on_changed(self, entity: str) -> None:
        if entity == "settings":
            self._update_office_label()

    def _update_office_label(self) -> None:
        from models.schema import Ward

        office = self.context.office
        ward = Ward.get_or_none(Ward.code == office.ward_code) if office.ward_code else None
        text = office.office_name
        if ward is not None:
            text = f"<b>{office.office_name}</b><br>{ward.name}, {ward.province.name}"
        self.office_label.setText(text)
