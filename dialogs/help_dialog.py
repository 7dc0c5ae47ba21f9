"""The user guide in a window of its own (F1), and the About box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import guide


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpWindow", text)


class GuideBrowser(QTextBrowser):
    """A text browser that fits the guide's screenshots to its width (they are taken at the
    window's full size) instead of making the reader scroll sideways."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802  (Qt's name)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(url.toLocalFile())
            if not image.isNull():
                room = max(320, self.viewport().width() - 32)
                if image.width() > room:
                    image = image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
                return image
        return super().loadResource(kind, url)


class HelpWindow(QDialog):
    """The guide's parts on the left, the part being read on the right; links between parts
    and the screenshots work as in the files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Hướng dẫn sử dụng ISHC Desk"))
        self.setModal(False)
        self.parts = QListWidget()
        self.parts.setObjectName("guideParts")
        for title, path in guide.parts():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.parts.addItem(item)
        self.parts.setWordWrap(True)
        self.parts.setMinimumWidth(230)
        self.browser = GuideBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(self._mark_part)
        self.parts.currentItemChanged.connect(self._open_item)
        splitter = QSplitter()
        splitter.addWidget(self.parts)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        self.resize(900, 620)

    def open_part(self, path: Path) -> None:
        """Show one part of the guide (a Markdown file of docs/guide)."""
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def _open_item(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            target = Path(item.data(Qt.ItemDataRole.UserRole))
            if QUrl.fromLocalFile(str(target)) != self.browser.source():
                self.open_part(target)

    def _mark_part(self, url: QUrl) -> None:
        shown = Path(url.toLocalFile()).resolve()
        for row in range(self.parts.count()):
            item = self.parts.item(row)
            if Path(item.data(Qt.ItemDataRole.UserRole)).resolve() == shown:
                self.parts.blockSignals(True)
                self.parts.setCurrentRow(row)
                self.parts.blockSignals(False)
                return


def about_text(version: str, data_folder: str, database: str, schema: int | None) -> str:
    """The About box's text (rich text, escaped by the caller's values being paths)."""
    from html import escape

    lines = [
        f"<b>ISHC Desk {escape(version)}</b>",
        escape(tr("Quản lý Câu lạc bộ Liên thế hệ tự giúp nhau")),
        "",
        escape(tr("Thư mục dữ liệu: {path}").format(path=data_folder)),
        escape(tr("Dữ liệu đang dùng: {target}").format(target=database)),
    ]
    if schema is not None:
        lines.append(escape(tr("Phiên bản cấu trúc dữ liệu: {n}").format(n=schema)))
    return "<br>".join(lines)


def show_about(parent: QWidget, version: str, data_folder: str, database: str,
               schema: int | None) -> None:
    """The About box: the version and where the data is."""
    QMessageBox.about(parent, tr("Giới thiệu ISHC Desk"),
                      about_text(version, data_folder, database, schema))
