"""The backup page ("Sao lưu"): where the data is, the list of backups, Sao lưu ngay,
Khôi phục…, the automatic backup settings and the connection to a shared server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogs.restore_dialog import FILE_FILTER, RestoreDialog, refusal_text, size_text
from models.accounts.access import can
from models.storage import backup
from models.storage import db as dbmod
from models.storage.backup import BackupEntry, BackupSettings
from models.text.vietnamese import format_date
from ui import service
from ui.context import AppContext, Change
from ui.table_model import RowsModel
from ui.tasks import run_task
from ui.widgets import ErrorLabel, show_field_problems

REASONS = {
    "daily": QT_TRANSLATE_NOOP("BackupPage", "Hằng ngày"),
    "exit": QT_TRANSLATE_NOOP("BackupPage", "Khi thoát"),
    "manual": QT_TRANSLATE_NOOP("BackupPage", "Sao lưu ngay"),
    "auto": QT_TRANSLATE_NOOP("BackupPage", "Tự động"),
    "before-restore": QT_TRANSLATE_NOOP("BackupPage", "Trước khi khôi phục"),
    "before-restore-damaged": QT_TRANSLATE_NOOP("BackupPage", "Tệp hỏng được giữ lại"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("BackupPage", text)


def _entries() -> list[BackupEntry]:
    """Runs on the thread pool: the backup list reads the folders (a USB stick may be slow)."""
    return backup.backup_entries()


class BackupsModel(RowsModel):
    WHEN, REASON, SIZE, PLACE, FILE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupPage", "Ngày giờ"),
        QT_TRANSLATE_NOOP("BackupPage", "Loại"),
        QT_TRANSLATE_NOOP("BackupPage", "Dung lượng"),
        QT_TRANSLATE_NOOP("BackupPage", "Nơi lưu"),
        QT_TRANSLATE_NOOP("BackupPage", "Tệp"),
    )
    CONTEXT = "BackupPage"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == self.WHEN:
            return f"{e.modified:%H:%M} {format_date(e.modified.date())}"
        if col == self.REASON:
            return tr(REASONS[e.reason]) if e.reason in REASONS else e.reason
        if col == self.SIZE:
            return size_text(e.size)
        if col == self.PLACE:
            return tr("Thư mục thứ hai") if e.second_folder else tr("Thư mục dữ liệu")
        return e.path.name if role == Qt.ItemDataRole.DisplayRole else str(e.path)


class BackupSettingsBox(QGroupBox):
    """Keep N, second folder, daily and on-exit backups; saved through backup.save_settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Tự động sao lưu"), parent)
        self.daily_check = QCheckBox(tr("Sao lưu khi mở chương trình lần đầu trong ngày"))
        self.exit_check = QCheckBox(tr("Sao lưu mỗi lần thoát chương trình"))
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(*backup.KEEP_RANGE)
        self.keep_spin.setFixedWidth(90)
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(tr("ví dụ E:\\SaoLuuISHC (ổ USB); để trống nếu "
                                               "không dùng"))
        self.choose_button = QPushButton(tr("Chọn…"))
        self.save_button = QPushButton(tr("Lưu"))
        self.note = QLabel()
        self.note.setStyleSheet("color: #1b5e20;")
        self.errors = {name: ErrorLabel() for name in ("keep", "second_folder")}
        self.general_error = ErrorLabel()
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_spin)
        keep_row.addWidget(QLabel(tr("bản mới nhất trong mỗi thư mục")))
        keep_row.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.daily_check)
        form.addRow(self.exit_check)
        form.addRow(tr("Giữ lại:"), keep_row)
        form.addRow("", self.errors["keep"])
        form.addRow(tr("Thư mục thứ hai:"), folder_row)
        form.addRow("", self.errors["second_folder"])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.note)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self.choose_folder)
        self.save_button.clicked.connect(self.save)
        self.set_value(backup.load_settings())
        allowed = can("admin")
        for w in (self.daily_check, self.exit_check, self.keep_spin, self.folder_edit,
                  self.choose_button, self.save_button):
            w.setEnabled(allowed)

    def set_value(self, value: BackupSettings) -> None:
        self.daily_check.setChecked(bool(value.daily))
        self.exit_check.setChecked(bool(value.on_exit))
        self.keep_spin.setValue(int(value.keep))
        self.folder_edit.setText(value.second_folder)

    def value(self) -> BackupSettings:
        return BackupSettings(keep=self.keep_spin.value(), second_folder=self.folder_edit.text(),
                              daily=self.daily_check.isChecked(),
                              on_exit=self.exit_check.isChecked())

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Chọn thư mục sao lưu thứ hai"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def save(self) -> bool:
        done = service.call(
            self, lambda: backup.save_settings(self.value()), general=self.general_error,
            problems=lambda found: show_field_problems(self.errors, self.general_error, found))
        if not done:
            self.note.setText("")
            return False
        saved = done.value
        show_field_problems(self.errors, self.general_error, [])
        self.set_value(saved)
        self.note.setText(tr("Đã lưu."))
        return True


class BackupPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Sao lưu"))
        self.is_sqlite = dbmod.sqlite_path() is not None
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server_button = QPushButton(tr("Kết nối máy chủ dùng chung…"))
        where_box = QGroupBox(tr("Dữ liệu đang dùng"))
        where_row = QHBoxLayout(where_box)
        where_row.addWidget(self.where, 1)
        where_row.addWidget(self.server_button)

        self.model = BackupsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        for col in range(BackupsModel.FILE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupsModel.FILE, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(tr("Sao lưu ngay"))
        self.backup_to_button = QPushButton(tr("Sao lưu ra tệp…"))
        self.restore_button = QPushButton(tr("Khôi phục…"))
        self.restore_file_button = QPushButton(tr("Khôi phục từ tệp khác…"))
        list_box = QGroupBox(tr("Các bản sao lưu"))
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.count_label)
        list_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.backup_to_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.restore_button, self.restore_file_button):
            buttons.addWidget(b)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.status)
        self.settings_box = BackupSettingsBox()

        layout = QVBoxLayout(self)
        layout.addWidget(where_box)
        layout.addWidget(list_box, 1)
        layout.addWidget(self.settings_box)
        self.backup_button.clicked.connect(lambda: self.backup_now())
        self.backup_to_button.clicked.connect(self.backup_to_file)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.restore_file_button.clicked.connect(self.restore_other)
        self.server_button.clicked.connect(self.connect_server)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._show_where()
        self.reload()

    def _show_where(self) -> None:
        path = dbmod.sqlite_path()
        if path is not None:
            # with the write-ahead log beside it: the file alone looks almost empty
            size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
            self.where.setText(tr("Tệp dữ liệu trên máy này: {path} ({size}). Bản sao lưu tự "
                                  "động nằm trong {folder}.").format(
                path=path, size=size_text(size), folder=backup.backups_dir()))
        else:
            self.where.setText(tr("Dữ liệu nằm trên máy chủ PostgreSQL dùng chung. Máy chủ "
                                  "do người quản trị sao lưu (pg_dump); chương trình không "
                                  "sao lưu hay khôi phục dữ liệu máy chủ."))
        for w in (self.backup_button, self.backup_to_button, self.restore_file_button,
                  self.settings_box):
            w.setEnabled(self.is_sqlite and w.isEnabled())

    def _update_buttons(self) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        self.restore_button.setEnabled(self.is_sqlite and chosen and can("admin"))
        self.restore_file_button.setEnabled(self.is_sqlite and can("admin"))
        # a copy to a file of one's choice carries every ward's personal data
        self.backup_to_button.setEnabled(self.is_sqlite and backup.can_backup_to_file())

    def reload(self) -> None:
        self.count_label.setText(tr("Đang tải…"))
        run_task(_entries, on_done=self._loaded, parent=self)

    def _loaded(self, rows: list[BackupEntry]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.count_label.setText(tr("{n} bản sao lưu, mới nhất ở trên.").format(n=len(rows)))
        else:
            self.count_label.setText(tr("Chưa có bản sao lưu nào."))
        self._update_buttons()

    def selected(self) -> BackupEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _say(self, text: str, ok: bool = True) -> None:
        self.status.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.status.setText(text)

    def backup_now(self, path: str | None = None) -> None:
        self._say(tr("Đang sao lưu…"))
        self.backup_button.setEnabled(False)
        run_task(backup.manual_backup, path, force=True, on_done=self._backed_up,
                 on_error=lambda exc, _tb: self._backup_failed(exc), parent=self)

    def _backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self._say(tr("Đã sao lưu vào {path} ({size}).").format(
            path=path, size=size_text(path.stat().st_size)))
        self.reload()

    def _backup_failed(self, error: Exception) -> None:
        self.backup_button.setEnabled(True)
        self._say(tr("Chưa sao lưu được: {reason}").format(reason=refusal_text(error)), False)

    def backup_to_file(self) -> None:
        name = backup.backup_name(reason="manual")
        path, _ = QFileDialog.getSaveFileName(self, tr("Sao lưu ra tệp"),
                                              str(Path.home() / name), FILE_FILTER)
        if path:
            self.backup_now(path)

    def restore_selected(self) -> QDialog | None:
        entry = self.selected()
        return self.restore(entry.path) if entry else None

    def restore_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Chọn bản sao lưu"),
                                              str(backup.backups_dir()), FILE_FILTER)
        if path:
            self.restore(path)

    def restore(self, path: Path | str, *, modal: bool = True) -> RestoreDialog:
        """Open the restore dialog on `path`; when it restores, reopen the database."""
        dialog = RestoreDialog(path, self)
        dialog.accepted.connect(lambda: self._restored(dialog))
        if modal:
            dialog.exec()
        return dialog

    def _restored(self, dialog: RestoreDialog) -> None:
        info, saved = dialog.restored
        # Reopen: this thread's connection may still hold pages of the replaced file.
        dbmod.reopen()
        self.context.reload()
        # Everything may differ in the restored file.
        self.context.announce(*Change)
        text = tr("Đã khôi phục dữ liệu từ bản sao lưu lúc {when}.").format(
            when=f"{info.modified:%H:%M} {format_date(info.modified.date())}")
        if saved is not None:
            text += " " + tr("Dữ liệu trước đó được lưu ở {path}.").format(path=saved.name)
        self._say(text)
        self.settings_box.set_value(backup.load_settings())
        self._show_where()
        self.reload()

    def connect_server(self) -> None:
        from dialogs.connection_dialog import ConnectionDialog

        if ConnectionDialog(self).exec() == QDialog.DialogCode.Accepted:
            QMessageBox.information(self, tr("Kết nối máy chủ"), tr(
                "Đã lưu. Thiết lập có hiệu lực từ lần mở chương trình sau."))
