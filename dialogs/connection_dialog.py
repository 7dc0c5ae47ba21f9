"""Connection to a shared PostgreSQL server (a province office with several users).

The settings go to a small file in the data folder (models/storage/connection.py), read at the next
start; "Dùng dữ liệu trên máy này" removes it so the program uses its own SQLite file again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.errors import ValidationError
from models.storage import connection
from models.storage.connection import ConnectionSettings
from ui import service
from ui.messages import problem_text
from ui.tasks import run_task
from ui.widgets import ErrorLabel, show_field_problems

FIELDS = ("host", "port", "database", "user", "sslmode")


def tr(text: str) -> str:
    return QCoreApplication.translate("ConnectionDialog", text)


def ssl_modes() -> list[tuple[str, str]]:
    return [
        ("disable", tr("Không mã hóa (chỉ trong mạng nội bộ tin cậy)")),
        ("prefer", tr("Mã hóa nếu máy chủ hỗ trợ")),
        ("require", tr("Bắt buộc mã hóa")),
        ("verify-full", tr("Bắt buộc mã hóa và kiểm tra chứng chỉ máy chủ")),
    ]


class ConnectionDialog(QDialog):
    """Host, port, database, user, password, SSL; "Thử kết nối"; save or forget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Kết nối máy chủ dữ liệu dùng chung"))
        self.setMinimumWidth(560)
        saved = connection.load()
        value = saved or ConnectionSettings()
        self.host_edit = QLineEdit(value.host)
        self.host_edit.setPlaceholderText(tr("ví dụ 192.168.1.10 hoặc csdl.hoinct.vn"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(value.port if isinstance(value.port, int) else 5432)
        self.port_spin.setFixedWidth(100)
        self.database_edit = QLineEdit(value.database)
        self.user_edit = QLineEdit(value.user)
        self.password_edit = QLineEdit(value.password)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_password_check = QCheckBox(tr("Lưu mật khẩu trên máy này"))
        self.save_password_check.setChecked(value.save_password)
        self.ssl_combo = QComboBox()
        for code, text in ssl_modes():
            self.ssl_combo.addItem(text, code)
        self.ssl_combo.setCurrentIndex(max(self.ssl_combo.findData(value.sslmode), 0))
        self.errors = {name: ErrorLabel() for name in FIELDS}

        form = QFormLayout()
        form.addRow(tr("Máy chủ:"), self.host_edit)
        form.addRow("", self.errors["host"])
        form.addRow(tr("Cổng:"), self.port_spin)
        form.addRow("", self.errors["port"])
        form.addRow(tr("Tên cơ sở dữ liệu:"), self.database_edit)
        form.addRow("", self.errors["database"])
        form.addRow(tr("Tên đăng nhập:"), self.user_edit)
        form.addRow("", self.errors["user"])
        form.addRow(tr("Mật khẩu:"), self.password_edit)
        form.addRow("", self.save_password_check)
        form.addRow(tr("Mã hóa SSL:"), self.ssl_combo)
        form.addRow("", self.errors["sslmode"])
        note = QLabel(tr(
            "Không lưu mật khẩu thì chương trình lấy mật khẩu từ tệp pgpass của Windows "
            "(xem Hướng dẫn quản trị). Thiết lập có hiệu lực từ lần mở chương trình sau."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.general_error = ErrorLabel()

        self.test_button = QPushButton(tr("Thử kết nối"))
        self.local_button = QPushButton(tr("Dùng dữ liệu trên máy này"))
        self.local_button.setEnabled(saved is not None)
        self.save_button = QPushButton(tr("Lưu"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Hủy"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.result_label)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.test_button.clicked.connect(self.test_connection)
        self.local_button.clicked.connect(self.use_local)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self._show_current(saved)

    def _show_current(self, saved: ConnectionSettings | None) -> None:
        if saved is None:
            self.current.setText(tr("Hiện chương trình dùng dữ liệu trên máy này (tệp SQLite)."))
        else:
            self.current.setText(tr("Hiện chương trình dùng máy chủ {host}, cơ sở dữ liệu "
                                    "{database}.").format(host=saved.host,
                                                          database=saved.database))

    def value(self) -> ConnectionSettings:
        return ConnectionSettings(
            host=self.host_edit.text(), port=self.port_spin.value(),
            database=self.database_edit.text(), user=self.user_edit.text(),
            password=self.password_edit.text(), sslmode=self.ssl_combo.currentData(),
            save_password=self.save_password_check.isChecked())

    def _show_problems(self, error: ValidationError | None) -> bool:
        problems = error.problems if error else []
        show_field_problems(self.errors, self.general_error, problems)
        return not problems

    def test_connection(self) -> None:
        value = self.value()
        problems = connection.check(value)
        if not self._show_problems(ValidationError(problems=problems.problems)):
            return
        self.test_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(tr("Đang kết nối tới {host}…").format(host=value.host))
        run_task(connection.try_connect, value, on_done=self._connected,
                 on_error=lambda exc, _tb: self._not_connected(exc), parent=self)

    def _connected(self, version: str) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setStyleSheet("color: #1b5e20;")
        self.result_label.setText(tr("Kết nối được: PostgreSQL {version}.").format(version=version))

    def _not_connected(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setStyleSheet("color: #b00020;")
        if isinstance(error, ValidationError) and error.problems:
            reason = problem_text(error.problems[0], with_field=False)
        else:
            reason = str(error)
        self.result_label.setText(tr("Không kết nối được: {reason}").format(reason=reason))

    def save(self) -> None:
        if service.call(self, lambda: connection.save(self.value()),
                        problems=lambda problems: self._show_problems(
                            ValidationError(problems=problems)),
                        general=self.general_error):
            self.accept()

    def use_local(self) -> None:
        connection.forget()
        self.accept()


def server_unreachable_at_start(error: Exception, parent: QWidget | None = None) -> bool:
    """At start the saved server did not answer: say so and offer the connection settings
    (without them the clerk could not reach the page that changes them). True when new
    settings were saved, so the caller tries again."""
    saved = connection.load()
    where = f"{saved.host}:{saved.port}/{saved.database}" if saved else ""
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Không kết nối được máy chủ"), tr(
        "Không kết nối được máy chủ dữ liệu dùng chung {where}:\n{error}\n\nKiểm tra mạng "
        "hoặc hỏi người quản trị. Có thể sửa thiết lập kết nối, hoặc quay về dữ liệu trên "
        "máy này.").format(where=where, error=str(error).strip().splitlines()[0]
                           if str(error).strip() else type(error).__name__), parent=parent)
    settings_button = box.addButton(tr("Thiết lập kết nối…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("Thoát"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not settings_button:
        return False
    return ConnectionDialog(parent).exec() == QDialog.DialogCode.Accepted
