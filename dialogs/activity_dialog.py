"""Record an activity of a club: its area, kind, date, title, the members who took part
(ticked in a list), how many others came, and a note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from models.activities import activities
from models.clubs.club_views import active_members
from models.codes import ACTIVITY_AREAS, ACTIVITY_KINDS
from ui.context import AppContext, Change
from ui.messages import label
from ui.widgets import DateEdit, with_error
from ui.widgets.form_dialog import FormDialog

FIELDS = ("area", "kind", "date", "title", "person_ids", "members_count", "others_count",
          "note")


def tr(text: str) -> str:
    return QCoreApplication.translate("ActivityDialog", text)


class ActivityDialog(FormDialog):
    """`activity` holds the recorded Activity once saved."""

    def __init__(self, context: AppContext, club_id: int, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(context, parent, title=tr("Ghi hoạt động"), fields=FIELDS, width=560)
        self.club_id, self.today, self.activity = club_id, today, None
        self.area_combo = QComboBox()
        self.area_combo.addItem(tr("— Chọn lĩnh vực —"), "")
        for code in ACTIVITY_AREAS:
            self.area_combo.addItem(label("activity_area", code), code)
        self.kind_combo = QComboBox()
        for code in ACTIVITY_KINDS:
            self.kind_combo.addItem(label("activity_kind", code), code)
        self.date_edit = DateEdit(today or dt.date.today())
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(tr("VD: Đo huyết áp cho thành viên"))
        self.people_list = QListWidget()
        self.people_list.setMinimumHeight(160)
        for pid, name, year in active_members(club_id):
            item = QListWidgetItem(f"{name} ({year})")
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people_list.addItem(item)
        self.others_spin = QSpinBox()
        self.others_spin.setRange(0, activities.COUNT_MAX)
        self.others_spin.setMaximumWidth(120)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(56)

        form = QFormLayout()
        form.addRow(tr("Lĩnh vực:"), with_error(self.area_combo, self.errors["area"]))
        form.addRow(tr("Loại hoạt động:"), with_error(self.kind_combo, self.errors["kind"]))
        form.addRow(tr("Ngày:"), with_error(self.date_edit, self.errors["date"]))
        form.addRow(tr("Tên hoạt động:"), with_error(self.title_edit, self.errors["title"]))
        form.addRow(tr("Thành viên tham gia:"), with_error(
            self.people_list, self.errors["person_ids"], tr("Đánh dấu những người đã tham gia")))
        form.addRow("", self.errors["members_count"])
        form.addRow(tr("Người ngoài CLB:"),
                    with_error(self.others_spin, self.errors["others_count"]))
        form.addRow(tr("Ghi chú:"), with_error(self.note_edit, self.errors["note"]))
        self.lay_out(form, tr("Ghi hoạt động"))

    def set_area(self, code: str) -> None:
        self.area_combo.setCurrentIndex(self.area_combo.findData(code))

    def tick(self, person_ids: list[int]) -> None:
        for i in range(self.people_list.count()):
            item = self.people_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in person_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def ticked(self) -> list[int]:
        items = (self.people_list.item(i) for i in range(self.people_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        if not self.date_is_valid(self.date_edit, "date"):
            return
        inp = activities.ActivityInput(
            area=self.area_combo.currentData(), kind=self.kind_combo.currentData(),
            date=self.date_edit.date(), title=self.title_edit.text(),
            others_count=self.others_spin.value(), person_ids=self.ticked(),
            note=self.note_edit.toPlainText())
        self.save(lambda: activities.add_activity(self.club_id, inp, today=self.today),
                  Change.ACTIVITY)

    def saved(self, value) -> None:
        self.activity = value
