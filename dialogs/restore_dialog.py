"""Restoring a backup: from the backup page (RestoreDialog) and at start when the database file
is damaged or lost (StartRecoveryDialog). Both verify the file first and show what it holds;
models.storage.restore.restore_from saves the current file aside before replacing it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import ValidationError
from models.storage import backup, restore
from models.storage.backup import BackupInfo
from models.text import numbers
from models.text.vietnamese import format_date, format_number
from ui.messages import problem_text
from ui.tasks import run_task
from ui.widgets.screen_fit import fit_window

FILE_FILTER = "ISHC (*.sqlite3 *.db);;*"


def tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def size_text(size: int) -> str:
    """1.234 KB / 12,3 MB (1,234 KB / 12.3 MB in English)."""
    return numbers.size_text(size)


def refusal_text(error: Exception) -> str:
    """Why a backup cannot be used, as one sentence (never a traceback)."""
    if isinstance(error, ValidationError) and error.problems:
        return problem_text(error.problems[0], with_field=False)
    return tr("không đọc được tệp ({error})").format(error=error)


class BackupAdminDialog(QDialog):
    """The name and password of an administrator of the backup: asked when the current data
    cannot say who may restore (it has no accounts, or it is damaged) but the backup has."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Quản trị viên của bản sao lưu"))
        self.note = QLabel(tr("{reason}.\nNhập tên đăng nhập và mật khẩu của một quản trị "
                              "viên trong bản sao lưu.").format(reason=reason))
        self.note.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(tr("Tên đăng nhập:"), self.name_edit)
        form.addRow(tr("Mật khẩu:"), self.password_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def credentials(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.password_edit.text()


def ask_to_go_on(parent: QWidget, error: Exception, options: dict) -> bool:
    """A refusal of restore_from that the person may lift (another office's data, a backup
    without accounts, a broken audit chain, the backup's administrator): ask, put the answer into `options` (the
    keywords of restore_from) and return True to try again."""
    code = getattr(error, "code", None)
    yes = QMessageBox.StandardButton.Yes
    if code == "backup_other_office":
        answer = QMessageBox.question(parent, tr("Dữ liệu của cơ quan khác"), tr(
            "Chú ý: {reason}.\n\nVẫn thay toàn bộ dữ liệu hiện tại bằng dữ liệu đó?").format(
                reason=refusal_text(error)), QMessageBox.StandardButton.No | yes,
            QMessageBox.StandardButton.No)
        options["other_office"] = answer == yes
        return answer == yes
    if code == "backup_no_accounts":
        answer = QMessageBox.question(parent, tr("Bản sao lưu không có tài khoản"), tr(
            "Chú ý: {reason}.\n\nKhôi phục và giữ lại các tài khoản hiện tại?").format(
                reason=refusal_text(error)), QMessageBox.StandardButton.No | yes,
            QMessageBox.StandardButton.No)
        options["keep_accounts"] = answer == yes
        return answer == yes
    if code == "backup_chain_broken":  # only an administrator gets this far
        answer = QMessageBox.warning(parent, tr("Nhật ký thay đổi bị sửa"), tr(
            "Nhật ký thay đổi trong bản sao lưu đã bị sửa ngoài chương trình, từ dòng số {id}: "
            "dữ liệu trong đó có thể không còn như đã ghi.\n\nChỉ khôi phục khi đã biết vì "
            "sao. Vẫn khôi phục bản sao lưu này?").format(
                id=getattr(error, "params", {}).get("id", "?")),
            QMessageBox.StandardButton.No | yes, QMessageBox.StandardButton.No)
        options["accept_broken_chain"] = answer == yes
        return answer == yes
    if code in ("restore_needs_admin", "restore_bad_admin"):
        dialog = BackupAdminDialog(refusal_text(error), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        options["credentials"] = dialog.credentials()
        return True
    return False


def newest_good_backup() -> BackupInfo | None:
    """The newest backup that verifies (runs on the thread pool: each check reads a file).

    The data folder only: the second folder is a setting inside the database that cannot be
    read now (and reading it would create an empty file where a lost one was)."""
    for entry in backup.backup_entries(backup.BackupSettings()):
        try:
            return backup.verify_backup(entry.path)
        except (ValidationError, OSError):
            continue
    return None


class BackupSummary(QWidget):
    """What a verified backup holds: file, date, clubs, people, version, size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.values = {key: QLabel() for key in ("file", "date", "clubs", "members", "size")}
        self.values["file"].setWordWrap(True)
        form.addRow(tr("Tệp:"), self.values["file"])
        form.addRow(tr("Sao lưu lúc:"), self.values["date"])
        form.addRow(tr("Số CLB:"), self.values["clubs"])
        form.addRow(tr("Số người:"), self.values["members"])
        form.addRow(tr("Dung lượng:"), self.values["size"])

    def show_info(self, info: BackupInfo) -> None:
        # a path has no spaces to wrap at: a break is allowed after each folder, and the
        # whole path is in the tooltip
        path = str(info.path)
        self.values["file"].setText(path.replace("/", "/\u200b").replace("\\", "\\\u200b"))
        self.values["file"].setToolTip(path)
        self.values["date"].setText(tr("{time} ngày {date} (dữ liệu phiên bản {version})").format(
            time=info.modified.strftime("%H:%M"), date=format_date(info.modified.date()),
            version=info.version))
        self.values["clubs"].setText(format_number(info.clubs))
        self.values["members"].setText(format_number(info.members))
        self.values["size"].setText(size_text(info.size))


class RestoreDialog(QDialog):
    """Verify a backup, show what it holds, and on confirmation restore it.

    `restored` is (BackupInfo, saved path) once done; the caller reopens the database."""

    def __init__(self, path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.info: BackupInfo | None = None
        self.restored: tuple[BackupInfo, Path | None] | None = None
        self.options: dict = {}  # what the person agreed to when a check asked (ask_to_go_on)
        self.setWindowTitle(tr("Khôi phục dữ liệu từ bản sao lưu"))
        self.setMinimumWidth(560)
        self.status = QLabel(tr("Đang kiểm tra tệp sao lưu…"))
        self.status.setWordWrap(True)
        self.summary = BackupSummary()
        self.summary.hide()
        self.warning = QLabel(tr(
            "Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này. Trước khi "
            "thay, chương trình tự lưu dữ liệu hiện tại thành một bản sao lưu "
            "(loại «Trước khi khôi phục»), nên vẫn lấy lại được."))
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.restore_button = QPushButton(tr("Khôi phục"))
        self.restore_button.setEnabled(False)
        self.cancel_button = QPushButton(tr("Hủy"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self.restore)
        self.cancel_button.clicked.connect(self.reject)
        run_task(backup.verify_backup, self.path, on_done=self._verified,
                 on_error=lambda exc, _tb: self._refused(exc), parent=self)

    def _verified(self, info: BackupInfo) -> None:
        self.info = info
        self.status.setText(tr("Tệp sao lưu đọc được, không có lỗi."))
        self.status.setStyleSheet("color: #1b5e20;")
        self.summary.show_info(info)
        self.summary.show()
        self.warning.show()
        self.restore_button.setEnabled(True)
        # the wrapped lines that just appeared need their height (descenders were cut)
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        fit_window(self)

    def _refused(self, error: Exception) -> None:
        self.status.setText(tr("Không dùng được tệp này: {reason}. Dữ liệu hiện tại không bị "
                               "thay đổi.").format(reason=refusal_text(error)))
        self.status.setStyleSheet("color: #b00020;")
        self.restore_button.setEnabled(False)

    def restore(self) -> None:
        self.restore_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.status.setText(tr("Đang khôi phục…"))
        self.status.setStyleSheet("")
        run_task(restore.restore_from, self.path, on_done=self._done,
                 on_error=lambda exc, _tb: self._failed(exc), parent=self, **self.options)

    def _done(self, result: tuple[BackupInfo, Path | None]) -> None:
        self.restored = result
        self.accept()

    def _failed(self, error: Exception) -> None:
        if ask_to_go_on(self, error, self.options):
            self.restore()
            return
        self.cancel_button.setEnabled(True)
        self._refused(error)


class StartRecoveryDialog(QDialog):
    """At start: the database file is damaged (or lost while backups exist). Explains it and
    offers the newest good backup, another backup, or leaving; never a traceback."""

    def __init__(self, path: Path | str, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.state = state
        self.newest: BackupInfo | None = None
        self.options: dict = {}  # see RestoreDialog.options
        self.restored: tuple[BackupInfo, Path | None] | None = None
        self.setWindowTitle(tr("Dữ liệu bị hỏng") if state == "damaged"
                            else tr("Không thấy tệp dữ liệu"))
        self.setMinimumWidth(600)
        if state == "damaged":
            text = tr("Không mở được tệp dữ liệu của chương trình:\n{path}\n\nTệp bị hỏng "
                      "hoặc không phải dữ liệu của ISHC Desk (thường do máy tắt đột ngột hoặc "
                      "ổ đĩa lỗi). Chưa có gì bị ghi đè.")
        else:
            text = tr("Không thấy tệp dữ liệu của chương trình:\n{path}\n\nTệp có thể đã bị "
                      "xóa hoặc chuyển đi, nhưng trên máy còn các bản sao lưu.")
        self.explain = QLabel(text.format(path=self.path))
        self.explain.setWordWrap(True)
        self.explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.way_back = QLabel(tr("Cách khôi phục: dùng bản sao lưu mới nhất còn tốt. Tệp "
                                  "hiện tại được giữ lại bên cạnh các bản sao lưu."))
        self.way_back.setWordWrap(True)
        self.status = QLabel(tr("Đang tìm bản sao lưu mới nhất còn tốt…"))
        self.status.setWordWrap(True)
        self.summary = BackupSummary()
        self.summary.hide()
        self.newest_button = QPushButton(tr("Khôi phục từ bản sao lưu mới nhất"))
        self.newest_button.setEnabled(False)
        self.newest_button.setDefault(True)
        self.other_button = QPushButton(tr("Chọn bản sao lưu khác…"))
        self.fresh_button = QPushButton(tr("Bắt đầu với dữ liệu trống"))
        self.fresh_button.setVisible(state == "missing")
        self.quit_button = QPushButton(tr("Thoát"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.newest_button)
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.fresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.way_back)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.newest_button.clicked.connect(lambda: self._restore(self.newest.path))
        self.other_button.clicked.connect(self.choose_other)
        self.fresh_button.clicked.connect(self._start_fresh)
        self.quit_button.clicked.connect(self.reject)
        run_task(newest_good_backup, on_done=self._found,
                 on_error=lambda exc, _tb: self._found(None), parent=self)

    def _found(self, info: BackupInfo | None) -> None:
        self.newest = info
        if info is None:
            self.status.setText(tr("Không tìm thấy bản sao lưu nào còn tốt trong {folder}. "
                                   "Hãy chọn một bản sao lưu khác (ví dụ trên USB).").format(
                folder=backup.backups_dir()))
            self.newest_button.setEnabled(False)
            return
        self.status.setText(tr("Bản sao lưu mới nhất còn tốt:"))
        self.status.setStyleSheet("font-weight: bold;")
        self.summary.show_info(info)
        self.summary.show()
        self.newest_button.setEnabled(True)

    def choose_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Chọn bản sao lưu"),
                                              str(backup.backups_dir()), FILE_FILTER)
        if not path:
            return
        dialog = RestoreDialog(path, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.restored = dialog.restored
            self.accept()

    def _restore(self, path: Path) -> None:
        answer = QMessageBox.question(self, tr("Khôi phục dữ liệu"), tr(
            "Khôi phục dữ liệu từ bản sao lưu lúc {when}?").format(
                when=self.summary.values["date"].text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._start(path)

    def _start(self, path: Path) -> None:
        for button in (self.newest_button, self.other_button, self.quit_button):
            button.setEnabled(False)
        self.status.setText(tr("Đang khôi phục…"))
        run_task(restore.restore_from, path, on_done=self._restored,
                 on_error=lambda exc, _tb: self._failed(exc, path), parent=self,
                 **self.options)

    def _restored(self, result: tuple[BackupInfo, Path | None]) -> None:
        self.restored = result
        self.accept()

    def _failed(self, error: Exception, path: Path | None = None) -> None:
        if path is not None and ask_to_go_on(self, error, self.options):
            self._start(path)
            return
        for button in (self.newest_button, self.other_button, self.quit_button):
            button.setEnabled(True)
        self.status.setText(tr("Không khôi phục được: {reason}").format(
            reason=refusal_text(error)))
        self.status.setStyleSheet("color: #b00020;")

    def _start_fresh(self) -> None:
        self.restored = None
        self.done(2)  # the caller creates an empty database as on a first start


def recover_at_start(path: Path | str, state: str, parent: QWidget | None = None) -> bool:
    """Show the recovery dialog; True when the program may go on opening the database."""
    from models.storage import db as dbmod

    dbmod.bind(dbmod.make_database(str(path)))  # not opened: restore_from needs the target
    dialog = StartRecoveryDialog(path, state, parent)
    result = dialog.exec()
    if dialog.restored is not None:
        info, saved = dialog.restored
        note = tr("Đã khôi phục dữ liệu từ bản sao lưu lúc {when}.").format(
            when=info.modified.strftime("%H:%M ") + format_date(info.modified.date()))
        if saved is not None:
            note += "\n" + tr("Tệp cũ được giữ ở {path}").format(path=saved)
        QMessageBox.information(parent, tr("Đã khôi phục"), note)
        dbmod.close()
        return True
    return result == 2
