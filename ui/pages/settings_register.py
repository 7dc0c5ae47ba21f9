"""The "Căn cứ và sổ văn bản" tab of the settings page: the legal texts papers cite (with the
dates each was in force), where each number series of the register continues, and the former
names of the office's ward (before the 2025 merges), typed once for old papers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from dialogs.legal_text_dialog import LegalTextDialog
from models.errors import Problem
from models.office import settings
from models.papers import legal_texts, series, unit_names
from models.text.vietnamese import format_date
from ui import service
from ui.context import AppContext, Change
from ui.messages import problem_text
from ui.table_model import RowsModel
from ui.widgets import DateEdit, ErrorLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


class LegalTextsModel(RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("SettingsPage", "Loại"),
               QT_TRANSLATE_NOOP("SettingsPage", "Số, ký hiệu"),
               QT_TRANSLATE_NOOP("SettingsPage", "Ban hành"),
               QT_TRANSLATE_NOOP("SettingsPage", "Hiệu lực từ"),
               QT_TRANSLATE_NOOP("SettingsPage", "Hết hiệu lực"),
               QT_TRANSLATE_NOOP("SettingsPage", "Dòng in trên giấy tờ"))
    CONTEXT = "SettingsPage"
    CITATION = 5

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.kind, r.number, format_date(r.issued_on), format_date(r.in_force_on),
                    format_date(r.replaced_on) if r.replaced_on else tr("còn hiệu lực"),
                    r.citation)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.citation
        if role == Qt.ItemDataRole.ForegroundRole and r.replaced_on is not None:
            return Qt.GlobalColor.darkGray
        return None


class SeriesModel(RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("SettingsPage", "Cơ quan"),
               QT_TRANSLATE_NOOP("SettingsPage", "Năm"),
               QT_TRANSLATE_NOOP("SettingsPage", "Số đã dùng gần nhất"),
               QT_TRANSLATE_NOOP("SettingsPage", "Số tiếp theo"))
    CONTEXT = "SettingsPage"

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            last = f"{r.last_number:02d}" if r.last_number else "—"
            return (r.body_code, str(r.year), last, f"{r.next_number:02d}")[index.column()]
        return None


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setMinimumSectionSize(60)
    return view


class RegisterTab(QWidget):
    """Legal texts, number series and former names, each in its own group."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or dt.date.today()
        self.error = ErrorLabel()

        # Legal texts
        self.texts_model = LegalTextsModel(self)
        self.texts_view = _table(self.texts_model)
        self.texts_view.doubleClicked.connect(lambda _i: self.edit_text())
        self.add_text_button = QPushButton(tr("Thêm…"))
        self.edit_text_button = QPushButton(tr("Sửa…"))
        self.delete_text_button = QPushButton(tr("Xóa"))
        self.add_text_button.clicked.connect(lambda: self.edit_text(new=True))
        self.edit_text_button.clicked.connect(lambda: self.edit_text())
        self.delete_text_button.clicked.connect(self.delete_text)
        texts_box = QGroupBox(tr("Căn cứ pháp lý giấy tờ dẫn"))
        texts_layout = QVBoxLayout(texts_box)
        hint = QLabel(tr("Quyết định thành lập CLB dẫn, trong mỗi nhóm, văn bản còn hiệu lực "
                         "vào ngày ký; văn bản ban hành sau ngày đó không bao giờ được dẫn."))
        hint.setWordWrap(True)
        texts_layout.addWidget(hint)
        texts_layout.addWidget(self.texts_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.add_text_button, self.edit_text_button, self.delete_text_button):
            row.addWidget(button)
        texts_layout.addLayout(row)

        # Number series
        self.series_model = SeriesModel(self)
        self.series_view = _table(self.series_model)
        self.series_view.setMaximumHeight(140)
        self.body_combo = QComboBox()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(series.FIRST_YEAR, series.LAST_YEAR)
        self.year_spin.setValue(self.today.year)
        self.next_spin = QSpinBox()
        self.next_spin.setRange(1, series.MAX_NUMBER)
        self.set_series_button = QPushButton(tr("Đặt số tiếp theo"))
        self.set_series_button.clicked.connect(self.set_series)
        series_box = QGroupBox(tr("Sổ văn bản đi: số tiếp theo"))
        series_layout = QVBoxLayout(series_box)
        series_layout.addWidget(self.series_view)
        row = QHBoxLayout()
        for label, widget in ((tr("Cơ quan:"), self.body_combo), (tr("Năm:"), self.year_spin),
                              (tr("Số tiếp theo:"), self.next_spin)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.set_series_button)
        series_layout.addLayout(row)

        # Former names
        self.former_label = QLabel()
        self.former_label.setWordWrap(True)
        self.until_edit = DateEdit(dt.date(2025, 6, 30))
        self.ward_edit = QLineEdit()
        self.ward_edit.setPlaceholderText(tr("VD: Phường Sông Cầu"))
        self.district_edit = QLineEdit()
        self.district_edit.setPlaceholderText(tr("VD: Thành phố Bắc Kạn"))
        self.province_edit = QLineEdit()
        self.province_edit.setPlaceholderText(tr("VD: Tỉnh Bắc Kạn"))
        self.save_former_button = QPushButton(tr("Lưu tên cũ"))
        self.save_former_button.clicked.connect(self.save_former)
        former_box = QGroupBox(tr("Tên cũ của xã/phường (trước sáp nhập 2025)"))
        former_layout = QVBoxLayout(former_box)
        former_layout.addWidget(self.former_label)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Dùng đến ngày:")))
        row.addWidget(self.until_edit)
        for widget in (self.ward_edit, self.district_edit, self.province_edit):
            row.addWidget(widget, 1)
        row.addWidget(self.save_former_button)
        former_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(texts_box, 1)
        layout.addWidget(series_box)
        layout.addWidget(former_box)
        layout.addWidget(self.error)
        self.texts_view.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.reload()

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        self.texts_model.set_rows(legal_texts.legal_texts())
        self.texts_view.resizeColumnsToContents()
        self.texts_view.horizontalHeader().setSectionResizeMode(
            LegalTextsModel.CITATION, QHeaderView.ResizeMode.Stretch)
        self.series_model.set_rows(series.series_list())
        self.series_view.resizeColumnsToContents()
        current = self.body_combo.currentData()
        self.body_combo.clear()
        for body in settings.issuing_bodies():
            self.body_combo.addItem(body.code, body.code)
        if current is not None:
            self.body_combo.setCurrentIndex(max(self.body_combo.findData(current), 0))
        self._former_text()
        self._buttons()

    def _former_text(self) -> None:
        ward_code = self.context.office.ward_code
        rows = unit_names.former_names(ward_code) if ward_code else []
        if not rows:
            self.former_label.setText(tr("Chưa có tên cũ: giấy tờ mọi ngày đều dùng tên hiện "
                                         "nay của xã/phường."))
            return
        self.former_label.setText("\n".join(
            tr("Đến ngày {date}: {names}").format(
                date=format_date(r.valid_until),
                names=", ".join(x for x in (r.ward_name, r.district_name, r.province_name)
                                if x)) for r in rows))

    def _buttons(self) -> None:
        chosen = self.selected_text() is not None
        self.edit_text_button.setEnabled(chosen)
        self.delete_text_button.setEnabled(chosen)
        self.save_former_button.setEnabled(self.context.office.ward_code is not None)

    def selected_text(self) -> legal_texts.LegalTextRow | None:
        rows = self.texts_view.selectionModel().selectedRows()
        return self.texts_model.rows[rows[0].row()] if rows else None

    # --- writing ------------------------------------------------------------------------

    def _problems(self, problems: list[Problem]) -> None:
        self.error.setText("\n".join(problem_text(p) for p in problems))
        self.error.setVisible(bool(problems))

    def edit_text(self, *, new: bool = False) -> LegalTextDialog | None:
        row = None if new else self.selected_text()
        if row is None and not new:
            return None
        topics = tuple(dict.fromkeys(r.topic for r in self.texts_model.rows))
        dialog = LegalTextDialog(self.context, row, self, topics=topics)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def delete_text(self) -> None:
        row = self.selected_text()
        if row is None:
            return
        answer = QMessageBox.question(
            self, tr("Xóa căn cứ"),
            tr("Xóa «{line}»? Giấy tờ đã ban hành vẫn giữ nguyên.").format(line=row.citation))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if service.call(self, lambda: legal_texts.delete_legal_text(row.id),
                        context=self.context, changes=Change.SETTINGS, problems=self._problems,
                        general=self.error):
            self.reload()

    def set_series(self) -> None:
        body, year, number = (self.body_combo.currentData(), self.year_spin.value(),
                              self.next_spin.value())
        if service.call(self, lambda: series.set_series_start(body or "", year, number),
                        context=self.context, changes=Change.DOCUMENT, problems=self._problems,
                        general=self.error):
            self.error.hide()
            self.reload()

    def save_former(self) -> None:
        if not self.until_edit.is_valid():
            self._problems([Problem("valid_until", "bad_date",
                                    {"value": self.until_edit.text()})])
            return
        inp = unit_names.FormerNameInput(
            ward_code=self.context.office.ward_code, valid_until=self.until_edit.date(),
            ward_name=self.ward_edit.text(), district_name=self.district_edit.text(),
            province_name=self.province_edit.text())
        if service.call(self, lambda: unit_names.save_former_name(inp), context=self.context,
                        changes=Change.SETTINGS, problems=self._problems, general=self.error):
            self.error.hide()
            self.reload()

