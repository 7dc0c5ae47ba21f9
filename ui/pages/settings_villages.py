"""The villages tab of the settings page: the ward's thôn/tổ dân phố, add one, close one.

Closing keeps the village on old records (members, clubs) with the date it stopped existing.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.codes import VILLAGE_KINDS
from models.errors import Problem
from models.office import office_setup, villages
from models.office.admin_units import villages_of
from models.office.unit_reads import ward_by_code
from models.text.vietnamese import format_date
from ui import service
from ui.context import AppContext, Change
from ui.messages import label, problem_text
from ui.table_model import RowsModel
from ui.widgets import DateEdit, ErrorLabel, with_error

if TYPE_CHECKING:
    from models.storage.schema import Village


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


class VillagesModel(RowsModel):
    NAME, KIND, FROM, TO = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("SettingsPage", "Tên"),
               QT_TRANSLATE_NOOP("SettingsPage", "Loại"),
               QT_TRANSLATE_NOOP("SettingsPage", "Có từ ngày"),
               QT_TRANSLATE_NOOP("SettingsPage", "Thôi từ ngày"))
    CONTEXT = "SettingsPage"

    def load(self, ward_code: int | None, include_closed: bool) -> None:
        self.set_rows(villages_of(ward_code, include_closed=include_closed) if ward_code else [])

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        v = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (v.name, label("village_kind", v.kind), format_date(v.valid_from),
                    format_date(v.valid_to))[col]
        if role == Qt.ItemDataRole.ForegroundRole and v.valid_to is not None:
            return Qt.GlobalColor.darkGray
        return None


class CloseVillageDialog(QDialog):
    """Asks from which date a village no longer exists (merged, renamed, split)."""

    def __init__(self, village: Village, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Thôi sử dụng thôn/tổ dân phố"))
        self.date_edit = DateEdit(dt.date.today())
        self.error = ErrorLabel()
        text = QLabel(tr("«{name}» không còn từ ngày (sáp nhập, đổi tên…). Hồ sơ cũ vẫn giữ "
                         "tên này.").format(name=f"{label('village_kind', village.kind)} "
                                                f"{village.name}"))
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        form = QFormLayout()
        form.addRow(tr("Thôi từ ngày:"), with_error(self.date_edit, self.error))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.date_edit.is_valid() and self.date_edit.date() is not None:
            super().accept()
            return
        self.error.setText(tr("Nhập ngày dạng dd/mm/yyyy, VD: 01/07/2025"))
        self.error.show()


class VillagesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = VillagesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            VillagesModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.show_closed = QCheckBox(tr("Hiện cả thôn/tổ đã thôi sử dụng"))
        self.close_button = QPushButton(tr("Thôi sử dụng…"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("Tên, VD: Tổ 5 hoặc Nà Cưởm"))
        self.kind_combo = QComboBox()
        for kind in VILLAGE_KINDS:
            self.kind_combo.addItem(label("village_kind", kind), kind)
        self.add_button = QPushButton(tr("Thêm"))
        self.error = ErrorLabel()
        self.ward_label = QLabel()

        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(tr("Thêm:")))
        add_row.addWidget(self.kind_combo)
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        top = QHBoxLayout()
        top.addWidget(self.ward_label, 1)
        top.addWidget(self.show_closed)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.error)

        self.show_closed.toggled.connect(lambda _on: self.reload())
        self.add_button.clicked.connect(self.add)
        self.name_edit.returnPressed.connect(self.add)
        self.close_button.clicked.connect(self.close_selected)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        ward_code = self.context.office.ward_code
        ward = ward_by_code(ward_code) if ward_code else None
        self.ward_label.setText(tr("Thôn/tổ dân phố của {ward}").format(ward=ward.name)
                                if ward else tr("Chưa khai báo xã/phường của cơ quan."))
        self.kind_combo.setCurrentIndex(
            self.kind_combo.findData(office_setup.default_village_kind(ward)))
        self.model.load(ward_code, self.show_closed.isChecked())
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(
            VillagesModel.NAME, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def selected(self) -> Village | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        v = self.selected()
        self.close_button.setEnabled(v is not None and v.valid_to is None)
        self.add_button.setEnabled(self.context.office.ward_code is not None)

    def add(self) -> None:
        if not service.call(
                self, lambda: villages.add_village(self.context.office.ward_code,
                                                   self.name_edit.text(),
                                                   self.kind_combo.currentData()),
                context=self.context, changes=Change.VILLAGE, problems=self._show_problems,
                general=self.error):
            return
        self.error.hide()
        self.name_edit.clear()

    def _show_problems(self, problems: list[Problem]) -> None:
        self.error.setText("\n".join(problem_text(p) for p in problems))
        self.error.setVisible(bool(problems))

    def close_selected(self, *, on: dt.date | None = None) -> None:
        village = self.selected()
        if village is None:
            return
        if on is None:
            dialog = CloseVillageDialog(village, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            on = dialog.date_edit.date()
        service.call(self, lambda: villages.close_village(village.id, on),
                     context=self.context, changes=Change.VILLAGE, problems=self._show_problems,
                     general=self.error)
