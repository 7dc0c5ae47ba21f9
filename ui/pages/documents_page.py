"""The documents page: the register of issued papers (sổ văn bản), their stored copies, and
the creation of new papers for a club."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogs.new_document_dialog import NewDocumentDialog, paper_label
from models.office.settings import issuing_bodies
from models.papers import documents
from models.papers.documents import DocumentRow
from models.text.vietnamese import format_date
from ui.context import AppContext, Change
from ui.table_model import RowsModel
from ui.tasks import run_task
from ui.widgets.pdf_preview import PdfPreviewDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsPage", text)


def _load(year: int | None, body: str | None) -> tuple[list[DocumentRow], list[int]]:
    """Runs on the thread pool: the register lines and the years that have documents."""
    return documents.register(year=year, body=body), documents.register_years()


class DocumentsModel(RowsModel):
    """Register lines (no PDF bytes): number, date, paper, summary, club, signer, issued by."""

    NUMBER, DATE, KIND, SUMMARY, CLUB, SIGNER, CREATED = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("DocumentsPage", "Số, ký hiệu"),
        QT_TRANSLATE_NOOP("DocumentsPage", "Ngày"),
        QT_TRANSLATE_NOOP("DocumentsPage", "Loại văn bản"),
        QT_TRANSLATE_NOOP("DocumentsPage", "Trích yếu"),
        QT_TRANSLATE_NOOP("DocumentsPage", "CLB"),
        QT_TRANSLATE_NOOP("DocumentsPage", "Người ký"),
        QT_TRANSLATE_NOOP("DocumentsPage", "Người ban hành"),
    )
    CONTEXT = "DocumentsPage"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.NUMBER:
                return row.number_text
            if col == self.DATE:
                return format_date(row.date)
            if col == self.KIND:
                return paper_label(row.kind)
            if col == self.SUMMARY:
                return " ".join(row.summary.split())
            if col == self.CLUB:
                return row.club_code
            if col == self.SIGNER:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return f"{row.signer_name}\n{row.signer_title}"
                return row.signer_name
            if col == self.CREATED:
                return f"{row.created_by} ({format_date(row.created_at.date())})"
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.NUMBER, self.DATE,
                                                                  self.CLUB):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class DocumentsPage(QWidget):
    """Văn bản: the register, reprints of stored copies, new papers."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Văn bản"))
        self._generation = 0
        self.preview: PdfPreviewDialog | None = None

        self.year_combo = QComboBox()
        self.year_combo.addItem(tr("Mọi năm"), None)
        self.body_combo = QComboBox()
        self.body_combo.addItem(tr("Mọi cơ quan ban hành"), None)
        self.new_button = QPushButton(tr("Tạo văn bản…"))
        self.view_button = QPushButton(tr("Xem/In lại"))
        self.view_button.setToolTip(tr("Mở đúng bản đã lưu khi ban hành để xem, in hoặc lưu"))
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")

        self.model = DocumentsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentsModel.SUMMARY, QHeaderView.ResizeMode.Stretch)

        tools = QHBoxLayout()
        tools.addWidget(QLabel(tr("Năm:")))
        tools.addWidget(self.year_combo)
        tools.addWidget(self.body_combo)
        tools.addStretch(1)
        tools.addWidget(self.view_button)
        tools.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.body_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button.clicked.connect(lambda: self.new_document())
        self.view_button.clicked.connect(lambda: self.show_selected())
        self.view.activated.connect(lambda _i: self.show_selected())  # Enter or a double click
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        context.subscribe(self, self._on_changed, Change.DOCUMENT, Change.SETTINGS, Change.CLUB)
        self._fill_bodies()
        self.reload()

    def _fill_bodies(self) -> None:
        current = self.body_combo.currentData()
        self.body_combo.blockSignals(True)
        while self.body_combo.count() > 1:
            self.body_combo.removeItem(1)
        for body in issuing_bodies():
            self.body_combo.addItem(f"{body.code} — {body.name}", body.code)
        self.body_combo.setCurrentIndex(max(self.body_combo.findData(current), 0))
        self.body_combo.blockSignals(False)

    def _on_changed(self, change: Change) -> None:
        if change is Change.SETTINGS:
            self._fill_bodies()
        self.reload()

    def reload(self) -> None:
        """Load the register off the GUI thread; only the latest load is shown."""
        self._generation += 1
        generation = self._generation
        self.count_label.setText(tr("Đang tải…"))
        run_task(_load, self.year_combo.currentData(), self.body_combo.currentData(),
                 on_done=lambda result: self._loaded(generation, result), parent=self)

    def _loaded(self, generation: int, result: tuple[list[DocumentRow], list[int]]) -> None:
        if generation != self._generation:
            return
        rows, years = result
        self.model.set_rows(rows)
        current = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        while self.year_combo.count() > 1:
            self.year_combo.removeItem(1)
        for year in sorted(set(years) | ({current} if current else set()), reverse=True):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(current), 0))
        self.year_combo.blockSignals(False)
        self.count_label.setText(tr("{n} văn bản").format(n=len(rows)) if rows
                                 else tr("Chưa có văn bản nào được ban hành."))
        self._update_buttons()

    def selected(self) -> DocumentRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.view_button.setEnabled(self.selected() is not None)

    def show_selected(self) -> PdfPreviewDialog | None:
        """Preview the stored copy of the selected document (identical to the issued one)."""
        row = self.selected()
        if row is None:
            return None
        title = tr("{paper} số {number}").format(paper=paper_label(row.kind),
                                                 number=row.number_text)
        file_name = row.number_text.replace("/", "-") + ".pdf"
        self.preview = PdfPreviewDialog.build(self, title, documents.reprint, row.id,
                                              file_name=file_name)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()
        return self.preview

    def new_document(self, club_id: int | None = None, kind: str | None = None
                     ) -> NewDocumentDialog:
        """Open the dialog that drafts and issues a club's paper."""
        dialog = NewDocumentDialog(self.context, self, club_id=club_id, kind=kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
