"""The members page: the register of one club or of the whole commune/ward, filtered as the
clerk types, with add, edit, leave and rejoin, Excel files, and the club's composition."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.accounts import access
from models.clubs.clubs import all_clubs
from models.members import members
from models.members.register import IndexEntry, RegisterRow, register_index
from ui.composition_panel import CompositionPanel
from ui.context import AppContext, Change
from ui.register_model import COLUMN_KEYS, COLUMNS, SAMPLE_TEXT, RegisterModel, column_of
from ui.service import refusal_text
from ui.tasks import run_task
from ui.widgets.flow import flow_row

SETTINGS_HIDDEN = "members_page/hidden_columns"
# Shown only where they mean something, whatever the column chooser says.
LEFT_ONLY = ("left_on", "leave_reason")


def tr(text: str) -> str:
    return QCoreApplication.translate("MembersPage", text)


class MembersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self._generation = 0  # only the latest register load is shown
        self._loading = False
        self._pending_select: int | None = None
        self._dissolved: set[int] = set()
        self.setWindowTitle(tr("Thành viên"))

        self.club_combo = QComboBox()
        self.club_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.club_combo.setMinimumContentsLength(28)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Tìm theo tên, CCCD, điện thoại…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.left_check = QCheckBox(tr("Cả người đã ra khỏi CLB"))
        self.columns_button = QToolButton()
        self.columns_button.setText(tr("Cột"))
        self.columns_button.setToolTip(tr("Chọn các cột hiện trong bảng"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # room for the menu arrow, which otherwise covers the text
        self.columns_button.setMinimumWidth(
            self.columns_button.fontMetrics().horizontalAdvance(self.columns_button.text()) + 34)
        self.columns_menu = QMenu(self)
        self.columns_button.setMenu(self.columns_menu)
        self.column_actions: dict[str, QAction] = {}

        self.add_button = QPushButton(tr("Thêm thành viên"))
        self.edit_button = QPushButton(tr("Sửa"))
        self.leave_button = QPushButton(tr("Ra khỏi CLB"))
        self.rejoin_button = QPushButton(tr("Vào lại CLB"))
        self.template_button = QPushButton(tr("Tải mẫu Excel"))
        self.import_button = QPushButton(tr("Nhập từ Excel"))
        self.export_button = QPushButton(tr("Xuất Excel"))

        self.model = RegisterModel(self, today=today)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(False)  # register order is Vietnamese given-name order
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._set_column_widths()
        from ui.member_privacy import MemberPrivacy

        self.privacy = MemberPrivacy(self)  # context menu, full-values export choice
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #555;")
        self.composition = CompositionPanel(context, self, today=today)

        self._build_columns_menu()
        self._layout()
        self._fill_clubs()
        self.club_combo.currentIndexChanged.connect(self._club_changed)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.left_check.toggled.connect(self._left_toggled)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.view.activated.connect(lambda _i: self.edit_member())  # Enter or a double click
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.leave_button.clicked.connect(self.leave_member)
        self.rejoin_button.clicked.connect(self.rejoin_member)
        self.template_button.clicked.connect(self.save_template)
        self.import_button.clicked.connect(self.import_members)
        self.export_button.clicked.connect(self.export_members)
        context.subscribe(self, self._context_changed, Change.CLUB, Change.MEMBER,
                          Change.SETTINGS, Change.VILLAGE)
        self._club_changed()

    def _layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(QLabel(tr("Câu lạc bộ:")))
        tools.addWidget(self.club_combo, 2)
        tools.addWidget(self.filter_edit, 2)
        tools.addWidget(self.left_check)
        tools.addWidget(self.columns_button)
        actions = flow_row(self.add_button, self.edit_button, self.leave_button,
                           self.rejoin_button, self.template_button, self.import_button,
                           self.export_button, self.privacy.unmasked_check)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.status_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.composition)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, 370])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(actions)
        layout.addWidget(self.splitter, 1)

    def _set_column_widths(self) -> None:
        """Widths from a typical value of each column: no need to read every row."""
        metrics = self.view.fontMetrics()
        header_metrics = self.view.horizontalHeader().fontMetrics()
        for col, (key, _) in enumerate(COLUMNS):
            header = self.model.headerData(col, Qt.Orientation.Horizontal) or ""
            width = max(metrics.horizontalAdvance(SAMPLE_TEXT[key]),
                        header_metrics.horizontalAdvance(header) + 8)
            self.view.setColumnWidth(col, width + 18)

    # columns ----------------------------------------------------------------------------------

    def _build_columns_menu(self) -> None:
        hidden = self.hidden_columns()
        for col, (key, _) in enumerate(COLUMNS):
            if key in ("index", "full_name"):
                continue  # the register makes no sense without them
            action = QAction(self.model.headerData(col, Qt.Orientation.Horizontal), self)
            action.setCheckable(True)
            action.setChecked(key not in hidden)
            action.toggled.connect(lambda _on: self._columns_chosen())
            self.columns_menu.addAction(action)
            self.column_actions[key] = action

    @staticmethod
    def hidden_columns() -> set[str]:
        """Columns the clerk chose to hide (remembered between sessions)."""
        value = QSettings().value(SETTINGS_HIDDEN, "")
        if isinstance(value, (list, tuple)):
            value = ",".join(str(v) for v in value)
        return {k for k in str(value or "").split(",") if k in COLUMN_KEYS}

    def set_column_shown(self, key: str, shown: bool) -> None:
        self.column_actions[key].setChecked(shown)

    def _columns_chosen(self) -> None:
        hidden = [k for k, a in self.column_actions.items() if not a.isChecked()]
        QSettings().setValue(SETTINGS_HIDDEN, ",".join(hidden))
        self._apply_columns()

    def _apply_columns(self) -> None:
        for key, action in self.column_actions.items():
            shown = action.isChecked()
            if key in LEFT_ONLY:
                shown = shown and self.left_check.isChecked()
            if key == "club":
                shown = shown and self.club_id() is None
            self.view.setColumnHidden(column_of(key), not shown)

    # data -------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def club_id(self) -> int | None:
        return self.club_combo.currentData()

    def _fill_clubs(self) -> None:
        keep = self.club_combo.currentData()
        self.club_combo.blockSignals(True)
        self.club_combo.clear()
        self.club_combo.addItem(tr("Toàn xã/phường"), None)
        self._dissolved = set()
        for club in all_clubs():
            text = f"{club.code} — {club.name}"
            if club.status == "dissolved":
                text += " " + tr("(đã giải thể)")
                self._dissolved.add(club.id)
            self.club_combo.addItem(text, club.id)
        self.club_combo.setCurrentIndex(max(0, self.club_combo.findData(keep)))
        self.club_combo.blockSignals(False)

    def select_club(self, club_id: int | None) -> None:
        self.club_combo.setCurrentIndex(max(0, self.club_combo.findData(club_id)))

    def refresh(self) -> None:
        """Reload the register index off the GUI thread; rows come later, page by page."""
        self._generation += 1
        generation = self._generation
        self._loading = True
        self._update_status()
        club_id = self.club_id()
        ward_code = None if club_id is not None else self.context.office.ward_code
        run_task(register_index, club_id, ward_code, self.left_check.isChecked(),
                 on_done=lambda entries: self._loaded(entries, generation),
                 on_error=lambda exc, _tb: self._load_failed(exc, generation), parent=self)

    def _loaded(self, entries: list[IndexEntry], generation: int) -> None:
        if generation != self._generation:
            return
        keep = self._pending_select or self.selected_membership_id()
        self._pending_select = None
        self._loading = False
        self.model.set_index(entries)
        if keep is not None:
            self.select_membership(keep)
        self._update_status()
        self._update_buttons()

    def _load_failed(self, exc: Exception, generation: int) -> None:
        if generation == self._generation:
            self._loading = False
            self.status_label.setText(tr("Không tải được danh sách: {error}").format(error=exc))

    def _club_changed(self) -> None:
        self._apply_columns()
        self.composition.set_club(self.club_id())
        self.refresh()

    def _left_toggled(self) -> None:
        self._apply_columns()
        self.refresh()

    def _filter_changed(self) -> None:
        keep = self.selected_membership_id()
        self.model.set_filter(self.filter_edit.text())
        if keep is not None:
            self.select_membership(keep)
        self._update_status()
        self._update_buttons()

    def _context_changed(self, change: Change) -> None:
        if change is Change.CLUB:
            self._fill_clubs()
            self._apply_columns()
            self.composition.set_club(self.club_id())
        self.refresh()

    def _update_status(self) -> None:
        if self._loading:
            self.status_label.setText(tr("Đang tải danh sách thành viên…"))
            return
        text = tr("Đang hiển thị {shown}/{total} thành viên").format(
            shown=self.model.rowCount(), total=self.model.total())
        if self.left_check.isChecked():
            text += " " + tr("(kể cả người đã ra khỏi CLB)")
        self.status_label.setText(text)

    # selection --------------------------------------------------------------------------------

    def selected_membership_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.membership_id_at(rows[0].row()) if rows else None

    def selected_row(self) -> RegisterRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_membership(self, membership_id: int) -> bool:
        row = self.model.row_of_membership(membership_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        club = self.club_id()
        row = self.selected_row()
        # Read-only roles (a supervisor) see the buttons greyed; the services refuse anyway.
        writer = access.can("write")
        self.add_button.setEnabled(writer and club is not None and club not in self._dissolved)
        self.add_button.setToolTip("" if club is not None else
                                   tr("Chọn một CLB để thêm thành viên"))
        self.import_button.setEnabled(writer and club is not None)
        self.import_button.setToolTip("" if club is not None else
                                      tr("Chọn một CLB để nhập danh sách"))
        self.edit_button.setEnabled(row is not None)
        self.leave_button.setEnabled(writer and row is not None and row.left_on is None)
        can_rejoin = (writer and row is not None and row.left_on is not None and row.leave_reason != "died"
                      and members.active_membership(row.person_id) is None)
        self.rejoin_button.setEnabled(can_rejoin)

    # actions ----------------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to drive dialogs without an event loop."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _after_save(self, membership_id: int) -> None:
        if not self.select_membership(membership_id):
            self._pending_select = membership_id  # the register is still loading

    def add_member(self) -> None:
        from dialogs.member_dialog import MemberDialog

        club = self.club_id()
        if club is None:
            return
        dialog = MemberDialog(self.context, club, None, self, today=self._today)
        if self._run(dialog) and dialog.membership is not None:
            self._after_save(dialog.membership.id)

    def edit_member(self) -> None:
        from dialogs.member_dialog import MemberDialog

        row = self.selected_row()
        if row is not None:
            club = self.club_id() or 0  # the dialog takes the club from the membership
            self._run(MemberDialog(self.context, club, row.membership_id, self,
                                   today=self._today))

    def leave_member(self) -> None:
        from dialogs.leave_dialog import LeaveDialog

        row = self.selected_row()
        if row is not None and row.left_on is None:
            self._run(LeaveDialog(self.context, row.membership_id, self, today=self._today))

    def rejoin_member(self) -> None:
        from dialogs.rejoin_dialog import RejoinDialog

        row = self.selected_row()
        if row is None or row.left_on is None:
            return
        club = self.club_id() or None
        dialog = RejoinDialog(self.context, row.person_id, club, self, today=self._today)
        if self._run(dialog) and dialog.membership is not None:
            self._after_save(dialog.membership.id)

    # Excel ------------------------------------------------------------------------------------

    def _save_path(self, title: str, name: str) -> str:
        """Ask where to save; tests replace this."""
        start = str(Path.home() / name)
        path, _ = QFileDialog.getSaveFileName(self, title, start, tr("Tệp Excel (*.xlsx)"))
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return path

    def _inform(self, title: str, text: str, *, warning: bool = False) -> None:
        """Tell the clerk how a file job ended; tests replace this."""
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self).exec()

    def _club_code(self) -> str:
        text = self.club_combo.currentText()
        return text.split(" — ")[0] if self.club_id() is not None else ""

    def _file_failed(self, exc: Exception, path: str) -> None:
        reason = refusal_text(exc, "; ") or str(exc)
        if isinstance(exc, PermissionError):
            reason = tr("không có quyền ghi, hoặc tệp đang mở trong Excel")
        self._inform(tr("Chưa lưu được tệp"), tr("Không ghi được tệp:\n{path}\n\nLý do: {reason}")
                     .format(path=path, reason=reason), warning=True)

    def save_template(self) -> None:
        from models.members.member_export import write_member_template

        code = self._club_code()
        name = tr("Mẫu danh sách thành viên {code}.xlsx").format(code=code).replace(" .", ".")
        path = self._save_path(tr("Lưu mẫu Excel"), name)
        if not path:
            return
        ward = self.context.office.ward_code
        run_task(write_member_template, path, ward, self.club_id(), force=True,
                 on_done=lambda _r: self._inform(tr("Đã lưu mẫu Excel"), tr(
                     "Đã lưu mẫu danh sách thành viên vào tệp:\n{path}").format(path=path)),
                 on_error=lambda exc, _tb: self._file_failed(exc, path), parent=self)

    def export_members(self) -> None:
        from models.members.member_export import export_members

        code = self._club_code() or tr("toàn xã-phường")
        path = self._save_path(tr("Xuất danh sách ra Excel"),
                               tr("Danh sách thành viên {code}.xlsx").format(code=code))
        if not path:
            return
        club = self.club_id()
        ward = None if club is not None else self.context.office.ward_code
        unmasked = self.privacy.unmasked()
        masked_note = "" if unmasked else "\n\n" + tr(
            "Thông tin nhạy cảm (số CCCD, hoàn cảnh hộ, khuyết tật, trợ cấp, chính sách, "
            "ghi chú) đã được che; bản này không dùng để nhập lại.")
        run_task(export_members, path, club_id=club, ward_code=ward, on=self.today(),
                 unmasked=unmasked, force=True,
                 on_done=lambda n: self._inform(tr("Đã xuất Excel"), tr(
                     "Đã xuất {n} thành viên đang sinh hoạt ra tệp:\n{path}").format(
                         n=n, path=path) + masked_note),
                 on_error=lambda exc, _tb: self._file_failed(exc, path), parent=self)

    def import_members(self) -> None:
        club = self.club_id()
        if club is None:
            return
        try:
            from dialogs.import_dialog import ImportDialog
        except ImportError:
            self._inform(tr("Nhập từ Excel"), tr("Bản này chưa có chức năng nhập từ Excel."),
                         warning=True)
            return
        self._run(ImportDialog(self.context, club, self))
