"""The audit viewer (administrators): who changed what and when, filtered by user, kind of
record and dates, with the values before and after the selected change side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.accounts.audit_readable import labelled_choices, readable
from models.accounts.audit_view import AuditFilter, audit_count, audit_page
from models.text.vietnamese import format_number
from ui.audit_model import PAGE, AuditModel, ChangesModel, when_text
from ui.context import AppContext
from ui.tasks import run_task
from ui.widgets import DateEdit, ErrorLabel, page_layout
from ui.widgets.flow import flow_row, labelled


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditPage", text)


def _first_page(flt: AuditFilter) -> tuple[AuditFilter, list, int]:
    """Runs on the thread pool: the newest page and how many rows match."""
    return flt, readable(audit_page(flt, limit=PAGE)), audit_count(flt)


class AuditPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = page_layout(self, tr("Nhật ký thay đổi"))

        self.actor = QComboBox()
        self.actor.setMinimumWidth(140)
        self.entity = QComboBox()
        self.entity.setMinimumWidth(170)
        self.start = DateEdit()
        self.end = DateEdit()
        self.apply_button = QPushButton(tr("Lọc"))
        self.clear_button = QPushButton(tr("Bỏ lọc"))
        # a flow: the filters wrap onto a second line on a narrow screen
        layout.addWidget(flow_row(
            labelled(tr("Người thực hiện:"), self.actor),
            labelled(tr("Loại dữ liệu:"), self.entity),
            labelled(tr("Từ ngày:"), self.start), labelled(tr("đến ngày:"), self.end),
            self.apply_button, self.clear_button))
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)

        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.changes = ChangesModel(self)
        self.changes_view = QTableView()
        self.changes_view.setObjectName("changesTable")
        self.changes_view.setModel(self.changes)
        self.changes_view.verticalHeader().hide()
        self.changes_view.setWordWrap(True)
        ch = self.changes_view.horizontalHeader()
        ch.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ch.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ch.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_label = QLabel(tr("Chọn một dòng để xem giá trị trước và sau khi thay đổi."))
        self.detail_label.setWordWrap(True)
        side_layout.addWidget(self.detail_label)
        side_layout.addWidget(self.changes_view, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        self.apply_button.clicked.connect(self.reload)
        self.clear_button.clicked.connect(self.clear_filter)
        self.table.selectionModel().currentRowChanged.connect(self._show_row)
        self._load_choices()
        self.reload()

    def _load_choices(self) -> None:
        run_task(labelled_choices, on_done=self._set_choices, on_error=self._failed,
                 parent=self)

    def _set_choices(self, choices: tuple[list[tuple[str, str]], list[tuple[str, str]]]
                     ) -> None:
        actors, entities = choices
        for combo, values in ((self.actor, actors), (self.entity, entities)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("Tất cả"), None)
            for value, text in values:
                combo.addItem(text, value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter | None:
        """The filter as typed, or None (with the reason shown) when a date is not a date."""
        dates = {}
        for name, edit, text in (("start", self.start, tr("Từ ngày")),
                                 ("end", self.end, tr("Đến ngày"))):
            try:
                dates[name] = edit.date()
            except ValueError:
                self.error.setText(tr("{field}: không đúng ngày dd/mm/yyyy: «{value}»").format(
                    field=text, value=edit.text()))
                self.error.show()
                return None
        self.error.hide()
        return AuditFilter(self.actor.currentData(), self.entity.currentData(), **dates)

    def clear_filter(self) -> None:
        self.actor.setCurrentIndex(0)
        self.entity.setCurrentIndex(0)
        self.start.set_date(None)
        self.end.set_date(None)
        self.reload()

    def reload(self) -> None:
        flt = self.current_filter()
        if flt is None:
            return
        self.count_label.setText(tr("Đang tải…"))
        run_task(_first_page, flt, on_done=self._loaded, on_error=self._failed, parent=self)

    def _failed(self, exc: Exception, _trace: str) -> None:
        from models.accounts.access import AccessDenied
        from ui.messages import access_text

        self.model.set_first_page(AuditFilter(), [])
        self.count_label.setText(access_text(exc) if isinstance(exc, AccessDenied)
                                 else tr("Không đọc được nhật ký: {error}").format(error=exc))

    def _loaded(self, result: tuple[AuditFilter, list, int]) -> None:
        flt, rows, count = result
        self.model.set_first_page(flt, rows)
        self.changes.set_row(None)
        self.detail_label.setText(tr("Chọn một dòng để xem giá trị trước và sau khi thay đổi."))
        self.count_label.setText(tr("{n} thay đổi, mới nhất ở trên.").format(
            n=format_number(count)))

    def _show_row(self, current, _previous=None) -> None:
        row = self.model.row_at(current.row())
        self.changes.set_row(row)
        if row is None:
            return
        self.detail_label.setText(tr("{when} — {actor}: {action} {entity} {key}").format(
            when=when_text(row.row.at), actor=row.actor, action=row.action.lower(),
            entity=row.entity.lower(), key=row.record))
