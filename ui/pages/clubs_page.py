"""The clubs page: the list of clubs with status and composition, and the selected club's
detail. Plan, edit, found and change the status of clubs from here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.accounts import access
from models.clubs.club_views import ClubRow, load_club_rows
from models.clubs.clubs import status_targets
from models.codes import CLUB_STATUSES
from ui.club_detail import ClubDetail
from ui.clubs_model import (
    CLUB_ID_ROLE,
    BadgeDelegate,
    ClubsFilterProxy,
    ClubsTableModel,
)
from ui.context import AppContext, Change
from ui.messages import label
from ui.table_model import selected_data, show_source_row
from ui.tasks import run_task


def tr(text: str) -> str:
    return QCoreApplication.translate("ClubsPage", text)


class ClubsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self._generation = 0  # only the latest load is shown
        self._pending_select: int | None = None
        self.setWindowTitle(tr("Câu lạc bộ"))

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Tìm theo mã hoặc tên CLB…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.addItem(tr("Mọi trạng thái"), None)
        for code in CLUB_STATUSES:
            self.status_combo.addItem(label("club_status", code), code)
        self.add_button = QPushButton(tr("Thêm CLB dự kiến"))
        self.edit_button = QPushButton(tr("Sửa"))
        self.found_button = QPushButton(tr("Thành lập CLB…"))
        self.status_button = QPushButton(tr("Đổi trạng thái…"))
        self.papers_button = QPushButton(tr("In giấy tờ…"))
        self.papers_button.setToolTip(tr("Quyết định, giấy chứng nhận, biên bản ra mắt, quy chế, "
                                         "danh sách thành viên của CLB đang chọn"))
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")

        self.model = ClubsTableModel(self)
        self.proxy = ClubsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(BadgeDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ClubsTableModel.CODE, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col in (ClubsTableModel.CODE, ClubsTableModel.STATUS, ClubsTableModel.DECISION,
                    ClubsTableModel.MEMBERS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ClubsTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        # Villages and the composition verdict can be long: a fixed start width, elided, with
        # the whole text in the tooltip.
        header.resizeSection(ClubsTableModel.VILLAGES, 140)
        header.resizeSection(ClubsTableModel.COMPOSITION, 150)
        self.detail = ClubDetail()

        tools = QHBoxLayout()
        tools.addWidget(self.filter_edit, 2)
        tools.addWidget(self.status_combo, 1)
        tools.addSpacing(12)
        for button in (self.add_button, self.edit_button, self.found_button,
                       self.status_button, self.papers_button):
            button.setMinimumWidth(button.sizeHint().width())  # the filter box gives way first
            tools.addWidget(button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(tools)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([270, 450])  # proportions: the detail needs ~450 px
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.status_combo.currentIndexChanged.connect(self._filter_changed)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(lambda _i: self.edit_club())  # Enter or a double click
        self.add_button.clicked.connect(self.add_club)
        self.edit_button.clicked.connect(self.edit_club)
        self.found_button.clicked.connect(self.found_club)
        self.status_button.clicked.connect(self.change_status)
        self.papers_button.clicked.connect(self.print_papers)
        context.subscribe(self, self._context_changed, Change.CLUB, Change.MEMBER,
                          Change.SETTINGS, Change.VILLAGE)
        self._update_buttons()
        self.refresh()

    # data -------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def refresh(self) -> None:
        """Reload every club off the GUI thread (compositions read every membership)."""
        self._generation += 1
        generation = self._generation
        run_task(load_club_rows, self.today(), self.context.standards,
                 on_done=lambda rows: self._rows_loaded(rows, generation), parent=self)

    def _rows_loaded(self, rows: list[ClubRow], generation: int) -> None:
        if generation != self._generation:
            return
        keep = self._pending_select or self.selected_club_id()
        self._pending_select = None
        self.model.set_rows(rows)
        self._update_count()
        if keep is not None:
            self.select_club(keep)
        self._selection_changed()

    def _context_changed(self, _change: Change) -> None:
        self.refresh()

    def _filter_changed(self) -> None:
        self.proxy.set_text(self.filter_edit.text())
        self.proxy.set_status(self.status_combo.currentData())
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(tr("{n} CLB").format(n=total))
        else:
            self.count_label.setText(tr("Hiện {shown} trong {n} CLB").format(shown=shown,
                                                                           n=total))

    # selection --------------------------------------------------------------------------------

    def selected_club_id(self) -> int | None:
        return selected_data(self.view, CLUB_ID_ROLE)

    def selected_row(self) -> ClubRow | None:
        return self.model.row_with("club_id", self.selected_club_id())

    def select_club(self, club_id: int) -> bool:
        return show_source_row(self.view, self.model.row_of_club(club_id))

    def _selection_changed(self, _selected: QItemSelection | None = None,
                           _deselected: QItemSelection | None = None) -> None:
        club_id = self.selected_club_id()
        self.detail.set_hint(tr("Chưa có CLB nào. Bấm «Thêm CLB dự kiến» để ghi CLB đầu tiên.")
                             if self.model.rowCount() == 0 else None)
        self.detail.show_club(club_id, self.today(), self.context.standards)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        # Read-only roles (a supervisor) see the buttons greyed; the services refuse anyway.
        writer = access.can("write")
        self.add_button.setEnabled(writer)
        self.edit_button.setEnabled(writer and row is not None)
        self.found_button.setEnabled(writer and row is not None and row.status == "planned")
        self.status_button.setEnabled(writer and row is not None
                                      and bool(status_targets(row.status)))
        self.papers_button.setEnabled(row is not None)

    # actions ----------------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to drive dialogs without a event loop."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add_club(self) -> None:
        from dialogs.club_dialog import ClubDialog  # dialogs load on first use: quick start

        dialog = ClubDialog(self.context, None, self)
        if self._run(dialog) and dialog.club is not None and not self.select_club(
                dialog.club.id):
            self._pending_select = dialog.club.id  # the list is still loading

    def edit_club(self) -> None:
        club_id = self.selected_club_id()
        if club_id is not None:
            from dialogs.club_dialog import ClubDialog

            self._run(ClubDialog(self.context, club_id, self))

    def found_club(self) -> None:
        row = self.selected_row()
        if row is not None and row.status == "planned":
            from dialogs.founding_wizard import FoundingWizard

            self._run(FoundingWizard(self.context, row.club_id, self))

    def print_papers(self) -> None:
        """The founding papers of the selected club: draft, adjust the wording, issue, print."""
        club_id = self.selected_club_id()
        if club_id is not None:
            from dialogs.new_document_dialog import NewDocumentDialog

            self._run(NewDocumentDialog(self.context, self, club_id=club_id))

    def change_status(self) -> None:
        club_id = self.selected_club_id()
        if club_id is not None:
            from dialogs.status_dialog import StatusDialog

            self._run(StatusDialog(self.context, club_id, self))
