"""Unexpected errors: logged to a rotating file and shown in a dialog with "copy details"."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

log = logging.getLogger("ishc")


def tr(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Log to ishc.log in the data folder: 1 MB a file, five files kept."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ishc.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    return path


class ErrorDialog(QDialog):
    def __init__(self, details: str, log_path: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Chương trình gặp lỗi"))
        self.details = details
        layout = QVBoxLayout(self)
        text = tr("Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu trước đó không bị ảnh hưởng; "
                  "thao tác vừa rồi có thể chưa được ghi.\nHãy bấm «Sao chép chi tiết» và gửi "
                  "cho người hỗ trợ kỹ thuật.")
        if log_path:
            text += "\n" + tr("Nhật ký lỗi: {path}").format(path=log_path)
        message = QLabel(text)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        box = QPlainTextEdit(details)
        box.setReadOnly(True)
        box.setMinimumSize(560, 200)
        layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(tr("Sao chép chi tiết"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


_log_path: Path | None = None
_showing = False


def install(log_path: Path | None) -> None:
    """Route uncaught exceptions to the log and the error dialog."""
    global _log_path
    _log_path = log_path
    sys.excepthook = handle


def handle(exc_type, exc, tb) -> None:
    global _showing
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("uncaught exception\n%s", details)
    if QApplication.instance() is None or _showing:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True  # an error inside the dialog must not open dialogs forever
    try:
        ErrorDialog(details, _log_path, QApplication.activeWindow()).exec()
    finally:
        _showing = False
