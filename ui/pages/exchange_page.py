"""The page "Khóa và gói báo cáo": this office's key (its fingerprint to read over the phone,
the public key file to send up), the keys of the units below that it trusts (trust from a
file after comparing the fingerprint, revoke), and the report packages received from them
(import with the verdict in one sentence)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.accounts import access
from models.errors import ValidationError
from models.exchange import inbox, keys, package, units
from models.reporting.snapshot import LEVELS
from models.storage.output import write_output
from ui import service
from ui.activity_models import table
from ui.context import AppContext, Change
from ui.exchange_models import ReceivedModel, TrustedKeysModel
from ui.messages import label
from ui.widgets import page_layout
from ui.widgets.pdf_preview import PdfPreviewDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("ExchangePage", text)


def key_filter() -> str:
    return tr("Tệp khóa công khai (*.key *.pem *.json);;Mọi tệp (*)")


def package_filter() -> str:
    return tr("Gói báo cáo (*.ishcpkg *.json);;Mọi tệp (*)")


def unit_text(level: str, code: str, name: str) -> str:
    words = f"{label('unit_level', level)} {code}" if level else code
    return f"{words} — {name}" if name and name != code else words


class ExchangePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Khóa và gói báo cáo"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(13)
        mono.setBold(True)
        self.own_unit = QLabel()
        self.level_combo = QComboBox()
        for level in LEVELS:
            self.level_combo.addItem(label("unit_level", level), level)
        self.code_edit = QLineEdit()
        self.code_edit.setMaximumWidth(110)
        self.code_edit.setPlaceholderText(tr("mã đơn vị"))
        self.set_unit_button = QPushButton(tr("Đặt đơn vị"))
        self.set_unit_button.setToolTip(tr("Văn phòng tỉnh: cấp tỉnh và mã tỉnh; văn phòng toàn "
                                           "quốc: cấp toàn quốc; CLB tự giữ dữ liệu: mã CLB."))
        self.own_fingerprint = QLabel()
        self.own_fingerprint.setObjectName("ownFingerprint")
        self.own_fingerprint.setFont(mono)
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_key_button = QPushButton(tr("Lưu tệp khóa công khai…"))
        self.keys_model = TrustedKeysModel(self)
        self.keys_view = table(self.keys_model)
        self.trust_button = QPushButton(tr("Tin cậy khóa từ tệp…"))
        self.revoke_button = QPushButton(tr("Thu hồi khóa đã chọn"))
        self.import_button = QPushButton(tr("Nhận gói báo cáo…"))
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.received_model = ReceivedModel(self)
        self.received_view = table(self.received_model)
        self.view_button = QPushButton(tr("Xem báo cáo (PDF)…"))
        self.preview: PdfPreviewDialog | None = None

        layout = page_layout(self, tr("Khóa và gói báo cáo"))
        own = QGroupBox(tr("Khóa của văn phòng này"))
        own_box = QVBoxLayout(own)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.own_unit)
        unit_row.addStretch(1)
        unit_row.addWidget(self.level_combo)
        unit_row.addWidget(self.code_edit)
        unit_row.addWidget(self.set_unit_button)
        own_box.addLayout(unit_row)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Dấu vân tay:")))
        row.addWidget(self.own_fingerprint)
        row.addStretch(1)
        row.addWidget(self.save_key_button)
        own_box.addLayout(row)
        hint = QLabel(tr("Gửi tệp khóa công khai cho cấp trên, rồi gọi điện đọc dấu vân tay "
                         "để cấp trên đối chiếu. Khóa bí mật không bao giờ ra khỏi dữ liệu "
                         "của văn phòng."))
        hint.setWordWrap(True)
        own_box.addWidget(hint)
        layout.addWidget(own)

        trusted = QGroupBox(tr("Khóa tin cậy của các đơn vị cấp dưới"))
        trusted_box = QVBoxLayout(trusted)
        tools = QHBoxLayout()
        tools.addWidget(self.trust_button)
        tools.addWidget(self.revoke_button)
        tools.addStretch(1)
        trusted_box.addLayout(tools)
        trusted_box.addWidget(self.keys_view, 1)
        layout.addWidget(trusted, 2)

        received = QGroupBox(tr("Báo cáo đã nhận"))
        received_box = QVBoxLayout(received)
        tools = QHBoxLayout()
        tools.addWidget(self.import_button)
        tools.addWidget(self.view_button)
        tools.addWidget(self.verdict, 1)
        received_box.addLayout(tools)
        received_box.addWidget(self.received_view, 1)
        layout.addWidget(received, 3)
        for view, column in ((self.keys_view, 3), (self.received_view, 3)):
            view.horizontalHeader().setStretchLastSection(False)
            view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.save_key_button.clicked.connect(self.save_key_file)
        self.set_unit_button.clicked.connect(self.set_unit)
        self.level_combo.currentIndexChanged.connect(
            lambda _i: self.code_edit.setEnabled(self.level_combo.currentData() != "nation"))
        self.trust_button.clicked.connect(self.trust_from_file)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.import_button.clicked.connect(self.import_from_file)
        self.view_button.clicked.connect(self.show_selected)
        self.received_view.doubleClicked.connect(lambda _index: self.show_selected())
        self.keys_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.received_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        context.subscribe(self, lambda _c: self.refresh(), Change.EXCHANGE, Change.SETTINGS)
        self.refresh()

    def refresh(self) -> None:
        info = keys.own_key()
        self.own_unit.setText(tr("Đơn vị: {unit}").format(
            unit=unit_text(info.level, info.unit_code, info.unit_name)) if info.level
            else tr("Chưa khai báo đơn vị của văn phòng."))
        self.own_fingerprint.setText(info.grouped)
        if info.level:
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(info.level)))
            self.code_edit.setText(info.unit_code)
        self.keys_model.set_rows(keys.trusted_keys())
        self.received_model.set_rows(inbox.received_packages())
        self._enable()

    def _enable(self) -> None:
        admin = access.can("admin")
        for widget in (self.level_combo, self.code_edit, self.set_unit_button):
            widget.setVisible(admin)
        self.trust_button.setEnabled(admin)
        chosen = self.selected_key()
        self.revoke_button.setEnabled(admin and chosen is not None and not chosen.revoked)
        self.import_button.setEnabled(access.can("write") or access.can("supervise"))
        self.view_button.setEnabled(self.selected_report() is not None)

    def selected_key(self):
        rows = self.keys_view.selectionModel().selectedRows()
        return self.keys_model.row_at(rows[0].row()) if rows else None

    def selected_report(self):
        rows = self.received_view.selectionModel().selectedRows()
        return self.received_model.row_at(rows[0].row()) if rows else None

    def show_selected(self) -> PdfPreviewDialog | None:
        """Preview the PDF of the selected received report, as its office approved it."""
        row = self.selected_report()
        if row is None:
            return None
        title = tr("Báo cáo năm {year} của {unit}, phiên bản {version}").format(
            year=row.year, version=row.version,
            unit=unit_text(row.level, row.unit_code, row.unit_name))
        self.preview = PdfPreviewDialog.build(
            self, title, inbox.received_pdf, row.id,
            file_name=f"bao-cao-{row.year}-{row.unit_code}-v{row.version}.pdf")
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()
        return self.preview

    def _say(self, text: str, ok: bool = True) -> None:
        self.verdict.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.verdict.setText(text)

    def set_unit(self) -> bool:
        """Say which unit this office is (a province office, the nation, a club)."""
        level = self.level_combo.currentData()
        return bool(service.call(self, lambda: units.set_office_unit(level,
                                                                     self.code_edit.text()),
                                 context=self.context, changes=Change.SETTINGS, box=True))

    # --- this office's key ---------------------------------------------------------------

    def save_key_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Lưu tệp khóa công khai"),
                                                  str(Path.home() / "khoa-cong-khai.key"),
                                                  key_filter())
        if path:
            service.call(self, lambda: write_output(path, keys.public_key_file(), force=True),
                         box=True)

    # --- keys of the units below ---------------------------------------------------------

    def trust_from_file(self, path: str | None = None, *, confirm: bool = True) -> bool:
        """Show the key's fingerprint and claimed unit, and trust it once the clerk has
        compared the fingerprint with the sending office."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Chọn tệp khóa công khai"),
                                                  str(Path.home()), key_filter())
        if not path:
            return False
        try:
            data = package.read_file(path, limit=keys.MAX_KEY_FILE, field="key_file")
            info = keys.check_trust(data)
        except ValidationError as exc:
            service.refuse(self, exc, box=True)
            return False
        question = tr("Khóa của {unit}\n\nDấu vân tay:\n{fp}\n\nGọi điện cho đơn vị đó và "
                      "đọc đối chiếu từng nhóm. Chỉ tin cậy khi khớp hoàn toàn.\n\nTin cậy "
                      "khóa này?").format(unit=unit_text(info.level, info.unit_code,
                                                         info.unit_name), fp=info.grouped)
        if confirm and QMessageBox.question(self, tr("Tin cậy khóa"), question) != \
                QMessageBox.StandardButton.Yes:
            return False
        return bool(service.call(self, lambda: keys.trust_key(data), context=self.context,
                                 changes=Change.EXCHANGE, box=True))

    def revoke_selected(self, *, confirm: bool = True) -> bool:
        chosen = self.selected_key()
        if chosen is None:
            return False
        if confirm and QMessageBox.question(self, tr("Thu hồi khóa"), tr(
                "Thu hồi khóa {fp} của {unit}? Gói ký bằng khóa này sẽ bị từ chối; báo cáo "
                "đã nhận vẫn được giữ.").format(fp=chosen.grouped, unit=unit_text(
                    chosen.level, chosen.unit_code, chosen.unit_name))) != \
                QMessageBox.StandardButton.Yes:
            return False
        return bool(service.call(self, lambda: keys.revoke_key(chosen.fingerprint),
                                 context=self.context, changes=Change.EXCHANGE, box=True))

    # --- packages ------------------------------------------------------------------------

    def import_from_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Chọn gói báo cáo"),
                                                  str(Path.home()), package_filter())
        if not path:
            return
        self._say(tr("Đang kiểm tra gói báo cáo…"))
        self.import_button.setEnabled(False)
        service.call_slow(self, _read_and_import, path, on_done=self._imported,
                          on_failed=self._refused, context=self.context,
                          changes=Change.EXCHANGE, problems=lambda _problems: None,
                          say=lambda _text: None)

    def _imported(self, verdict: inbox.Verdict) -> None:
        r = verdict.received
        text = tr("Đã nhận báo cáo năm {year} của {unit}, phiên bản {version}: chữ ký và mã "
                  "băm hợp lệ.").format(year=r.year, version=r.version,
                                        unit=unit_text(r.level, r.unit_code, r.unit_name))
        if verdict.replaces is not None:
            text += " " + tr("Phiên bản này thay phiên bản {old} khi cộng số liệu; phiên bản "
                             "cũ vẫn được giữ.").format(old=verdict.replaces)
        self._say(text)
        self._enable()

    def _refused(self, error: Exception) -> None:
        reason = service.refusal_text(error, " ") or str(error)
        self._say(tr("Không nhận gói này. {reason}").format(reason=reason), False)
        self._enable()


def _read_and_import(path: str) -> inbox.Verdict:
    return inbox.import_package(package.read_file(path))
