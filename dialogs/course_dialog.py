"""Record a training course or study visit of the ward: title, kind, dates, organiser, place,
materials, and who attended — members of the ward's clubs, or officials by name and role."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from models.codes import COURSE_KINDS
from models.funds import fund_views
from models.training import training
from ui.context import AppContext, Change
from ui.messages import label
from ui.widgets import DateEdit, field_row, with_error
from ui.widgets.form_dialog import FormDialog
from ui.widgets.member_pick import member_combo

FIELDS = ("ward_code", "title", "kind", "date_from", "date_to", "organiser", "place",
          "materials", "attendees")


def tr(text: str) -> str:
    return QCoreApplication.translate("CourseDialog", text)


class CourseDialog(FormDialog):
    """`course` holds the recorded Course once saved."""

    def __init__(self, context: AppContext, ward_code: int | None,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(context, parent, title=tr("Thêm khóa tập huấn"), fields=FIELDS,
                         width=620)
        self.ward_code, self.today, self.course = ward_code, today, None
        on = today or dt.date.today()
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(tr("VD: Tập huấn quản lý quỹ quay vòng"))
        self.kind_combo = QComboBox()
        for code in COURSE_KINDS:
            self.kind_combo.addItem(label("course_kind", code), code)
        self.from_edit, self.to_edit = DateEdit(on), DateEdit(on)
        self.organiser_edit, self.place_edit = QLineEdit(), QLineEdit()
        self.materials_edit = QPlainTextEdit()
        self.materials_edit.setFixedHeight(48)
        self.club_combo = QComboBox()
        for c in fund_views.club_choices(on):
            if c.ward_code == ward_code and c.status != "dissolved":
                self.club_combo.addItem(f"{c.code} — {c.name}", c.club_id)
        self.member_holder = field_row(stretch_last=True)
        self.member_combo = None
        self.add_member_button = QPushButton(tr("Thêm thành viên"))
        self.name_edit, self.role_edit = QLineEdit(), QLineEdit()
        self.name_edit.setPlaceholderText(tr("Họ và tên cán bộ"))
        self.role_edit.setPlaceholderText(tr("Chức vụ, VD: cán bộ Hội NCT"))
        self.add_official_button = QPushButton(tr("Thêm cán bộ"))
        self.attendee_list = QListWidget()
        self.attendee_list.setFixedHeight(110)
        self.remove_button = QPushButton(tr("Bỏ người đã chọn"))

        form = QFormLayout()
        form.addRow(tr("Tên khóa:"), with_error(self.title_edit, self.errors["title"]))
        form.addRow(tr("Loại:"), with_error(self.kind_combo, self.errors["kind"]))
        form.addRow(tr("Từ ngày:"), with_error(
            field_row(self.from_edit, QLabel(tr("đến")), self.to_edit), self.errors["date_from"]))
        form.addRow("", self.errors["date_to"])
        form.addRow(tr("Đơn vị tổ chức:"),
                    with_error(self.organiser_edit, self.errors["organiser"]))
        form.addRow(tr("Địa điểm:"), with_error(self.place_edit, self.errors["place"]))
        form.addRow(tr("Tài liệu:"), with_error(self.materials_edit, self.errors["materials"]))
        form.addRow(tr("Thành viên CLB:"), field_row(self.club_combo, self.member_holder,
                                                     self.add_member_button, stretch_last=True))
        form.addRow(tr("Cán bộ:"), field_row(self.name_edit, self.role_edit,
                                             self.add_official_button, stretch_last=True))
        form.addRow(tr("Người dự:"), with_error(self.attendee_list, self.errors["attendees"]))
        form.addRow("", field_row(self.remove_button))
        self.lay_out(form, tr("Lưu"))
        self._club_chosen()
        self.club_combo.currentIndexChanged.connect(lambda _i: self._club_chosen())
        self.add_member_button.clicked.connect(self.add_member)
        self.add_official_button.clicked.connect(self.add_official)
        self.remove_button.clicked.connect(self.remove_selected)

    def _club_chosen(self) -> None:
        if self.member_combo is not None:
            self.member_combo.deleteLater()
        club = self.club_combo.currentData()
        self.member_combo = member_combo(club) if club is not None else None
        if self.member_combo is not None:
            self.member_holder.layout().addWidget(self.member_combo)
        self.add_member_button.setEnabled(self.member_combo is not None)

    def _add(self, text: str, attendee: training.AttendeeInput) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, attendee)
        self.attendee_list.addItem(item)

    def add_member(self, person_id: int | None = None) -> None:
        if self.member_combo is None:
            return
        if person_id:
            self.member_combo.set_value(person_id)
        pid = self.member_combo.value()
        if pid is None or pid in {a.person_id for a in self.attendees()}:
            return
        club_text = self.club_combo.currentText().split(" — ")[0]
        self._add(f"{self.member_combo.currentText()} — {club_text}",
                  training.AttendeeInput(person_id=pid, club_id=self.club_combo.currentData()))

    def add_official(self) -> None:
        name, role = self.name_edit.text().strip(), self.role_edit.text().strip()
        if not name:
            return
        self._add(f"{name} — {role}" if role else name,
                  training.AttendeeInput(name=name, role=role))
        self.name_edit.clear()
        self.role_edit.clear()

    def remove_selected(self) -> None:
        for item in self.attendee_list.selectedItems():
            self.attendee_list.takeItem(self.attendee_list.row(item))

    def attendees(self) -> list[training.AttendeeInput]:
        return [self.attendee_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.attendee_list.count())]

    def accept(self) -> None:
        if not (self.date_is_valid(self.from_edit, "date_from")
                and self.date_is_valid(self.to_edit, "date_to")):
            return
        inp = training.CourseInput(
            ward_code=self.ward_code, title=self.title_edit.text(),
            kind=self.kind_combo.currentData(), date_from=self.from_edit.date(),
            date_to=self.to_edit.date(), organiser=self.organiser_edit.text(),
            place=self.place_edit.text(), materials=self.materials_edit.toPlainText(),
            attendees=[training.AttendeeInput(**vars(a)) for a in self.attendees()])
        self.save(lambda: training.add_course(inp, today=self.today), Change.TRAINING)

    def saved(self, value) -> None:
        self.course = value
