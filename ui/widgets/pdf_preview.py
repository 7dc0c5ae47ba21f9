"""Preview of a PDF inside the program, then print it or save it.

    PdfPreviewDialog.build(parent, title, fn, *args, file_name="…pdf")

starts fn(*args) -> bytes on the thread pool and opens the dialog at once in a "Đang tạo văn
bản…" state, so the window is never blank or frozen; the pages appear when the build is done.
`PdfPreviewDialog(title, parent)` + `set_pdf(data)` shows bytes already at hand (a reprint).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from models.accounts.access import AccessDenied
from models.errors import NotFound, ValidationError
from models.papers.documents import DocumentDamaged
from ui.messages import access_text, error_lines
from ui.tasks import run_task

PRINT_DPI = 300  # enough for text and rules; the printer's 1200 dpi would need ~500 MB a page


def tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


class PdfPreviewDialog(QDialog):
    """Pages of a PDF, fit to width, with page navigation, zoom, print and save."""

    BUSY, PAGES, FAILED = range(3)

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 file_name: str = "van-ban.pdf") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.file_name = file_name
        self.data = b""
        self.resize(1000, 760)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None

        self.stack = QStackedWidget()
        busy = QWidget()
        busy_layout = QVBoxLayout(busy)
        busy_layout.addStretch(1)
        self.busy_label = QLabel(tr("Đang tạo văn bản…"))
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_label.setStyleSheet("font-size: 12pt;")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # an indeterminate bar: the build reports no steps
        self.busy_bar.setFixedWidth(320)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch(2)
        self.stack.addWidget(busy)

        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("background: #7b7f85;")
        self.stack.addWidget(self.view)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.setStyleSheet("color: #b00020; font-size: 11pt; padding: 24px;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack.addWidget(self.error_label)

        style = self.style()
        self.prev_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack),
                                       tr("Trang trước"))
        self.next_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward),
                                       tr("Trang sau"))
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_width_button = QPushButton(tr("Vừa khổ rộng"))
        self.fit_page_button = QPushButton(tr("Cả trang"))
        self.zoom_out_button = QPushButton("−")
        self.zoom_in_button = QPushButton("+")
        for b in (self.zoom_out_button, self.zoom_in_button):
            b.setFixedWidth(36)
        self.zoom_out_button.setToolTip(tr("Thu nhỏ"))
        self.zoom_in_button.setToolTip(tr("Phóng to"))
        self.print_button = QPushButton(tr("In…"))
        self.save_button = QPushButton(tr("Lưu PDF…"))
        self.close_button = QPushButton(tr("Đóng"))
        self.print_button.setDefault(True)

        bar = QHBoxLayout()
        for w in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(16)
        for w in (self.fit_width_button, self.fit_page_button, self.zoom_out_button,
                  self.zoom_in_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)

        self.prev_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.fit_width_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(0.8))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.reject)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_controls())
        self.show_busy()

    # --- states ---------------------------------------------------------------------------

    @classmethod
    def build(cls, parent: QWidget | None, title: str, fn: Callable[..., bytes], *args: Any,
              file_name: str = "van-ban.pdf",
              on_built: Callable[[bytes], None] | None = None) -> PdfPreviewDialog:
        """Open the dialog now and fill it when fn(*args) has built the PDF off the GUI
        thread. on_built, if given, also receives the bytes (e.g. to refresh a register)."""
        dialog = cls(title, parent, file_name=file_name)

        def done(data: bytes) -> None:
            dialog.set_pdf(data)
            if on_built is not None:
                on_built(data)

        dialog.task = run_task(fn, *args, on_done=done, on_error=dialog.show_failure,
                               parent=dialog)
        return dialog

    def show_busy(self, text: str | None = None) -> None:
        self.busy_label.setText(text or tr("Đang tạo văn bản…"))
        self.stack.setCurrentIndex(self.BUSY)
        self._update_controls()

    def set_pdf(self, data: bytes) -> None:
        """Show these PDF bytes (kept for saving and printing)."""
        self.data = bytes(data)
        self.document.close()
        # The buffer must outlive the document's use of it: keep both on the dialog.
        self._bytes = QByteArray(self.data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.page_count() == 0:
            self.show_failure(RuntimeError(tr("Tệp PDF không đọc được.")), "")
            return
        self.stack.setCurrentIndex(self.PAGES)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.go_to(0)
        self._update_controls()

    def show_failure(self, error: Exception, _trace: str = "") -> None:
        if isinstance(error, ValidationError):
            text = tr("Chưa tạo được văn bản vì:") + "\n• " + "\n• ".join(error_lines(error))
        elif isinstance(error, AccessDenied):
            text = access_text(error)
        elif isinstance(error, DocumentDamaged):
            text = tr("Bản lưu của văn bản này không còn khớp mã kiểm tra SHA-256: cơ sở dữ "
                      "liệu đã bị sửa ngoài chương trình hoặc bị hỏng. Hãy khôi phục từ bản "
                      "sao lưu.")
        elif isinstance(error, NotFound):
            text = tr("Không tìm thấy văn bản hoặc dữ liệu cần để tạo văn bản.")
        else:
            text = tr("Không tạo được văn bản: {error}").format(error=error)
        self.error_label.setText(text)
        self.stack.setCurrentIndex(self.FAILED)
        self.data = b""
        self._update_controls()

    # --- pages and zoom -------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount() if self.data and isValid(self.document) else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update_controls()

    def _zoom(self, factor: float) -> None:
        zoom = min(max(self.view.zoomFactor() * factor, 0.25), 6.0)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def _update_controls(self) -> None:
        if not isValid(self.page_label) or not isValid(self.document):
            return  # the view reports a page change while the dialog is being destroyed
        count = self.page_count()
        ready = count > 0
        page = self.current_page() if ready else 0
        self.page_label.setText(tr("Trang {page}/{count}").format(page=page + 1, count=count)
                                if ready else "")
        self.prev_button.setEnabled(ready and page > 0)
        self.next_button.setEnabled(ready and page < count - 1)
        for b in (self.fit_width_button, self.fit_page_button, self.zoom_in_button,
                  self.zoom_out_button, self.print_button, self.save_button):
            b.setEnabled(ready)

    # --- save and print -------------------------------------------------------------------

    def save_document(self) -> Path | None:
        """Ask where to save and write the bytes as they are (identical to the stored copy)."""
        start = str(Path.home() / self.file_name)
        path, _ = QFileDialog.getSaveFileName(self, tr("Lưu văn bản PDF"), start,
                                              tr("Tệp PDF (*.pdf)"))
        if not path:
            return None
        target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
        from models.storage.output import write_output

        try:  # the dialog asked before overwriting; the database and backups stay refused
            write_output(target, self.data, force=True)
        except ValidationError as exc:
            QMessageBox.warning(self, tr("Chưa lưu được"), "\n".join(error_lines(exc)))
            return None
        return target

    def make_printer(self) -> QPrinter:
        """A printer set to A4 in the document's own orientation."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        size = self.document.pagePointSize(0)
        landscape = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)
        printer.setFromTo(1, self.page_count())
        return printer

    def print_document(self) -> bool:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("In văn bản"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Render each chosen page at up to 300 dpi and draw it onto the printer's page,
        keeping the proportions (margins are already in the PDF: print full page)."""
        count = self.page_count()
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = min(printer.toPage(), count) if printer.toPage() else count
        printer.setFullPage(True)
        progress = QProgressDialog(tr("Đang in…"), tr("Hủy"), 0, last - first + 1, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, tr("Chưa in được"), tr("Không mở được máy in."))
            return False
        try:
            for n, index in enumerate(range(first - 1, last)):
                if progress.wasCanceled():
                    printer.abort()
                    return False
                if n:
                    printer.newPage()
                target = painter.viewport()
                points = self.document.pagePointSize(index)
                dpi = min(printer.resolution(), PRINT_DPI)
                image = self.document.render(index, QSize(round(points.width() * dpi / 72),
                                                          round(points.height() * dpi / 72)))
                fit = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                # The painter scales the 300 dpi image to the device: no 1200 dpi copy in RAM.
                painter.drawImage(QRect(target.x() + (target.width() - fit.width()) // 2,
                                        target.y() + (target.height() - fit.height()) // 2,
                                        fit.width(), fit.height()), image)
                progress.setValue(n + 1)
        finally:
            painter.end()
            progress.close()
        return True
