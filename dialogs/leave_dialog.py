"""A member leaves the club: the date, the reason and a note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from models.codes import LEAVE_REASONS
from models.members import members
from models.text.vietnamese import format_date
from ui.context import AppContext, Change
from ui.messages import label
from ui.widgets import DateEdit
from ui.widgets.form_dialog import FormDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("LeaveDialog", text)


class LeaveDialog(FormDialog):
    """Record that a member left (died, moved away, withdrew, other) on a date."""

    def __init__(self, context: AppContext, membership_id: int, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(context, parent, title=tr("Ra khỏi CLB"),
                         fields=("left_on", "leave_reason"))
        self.today = today
        self.membership = members.get_membership(membership_id)
        person, club = self.membership.person, self.membership.club

        self.date_edit = DateEdit(today or dt.date.today())
        self.reason_combo = QComboBox()
        self.reason_combo.addItem(tr("— Chọn lý do —"), "")
        for code in LEAVE_REASONS:
            self.reason_combo.addItem(label("leave_reason", code), code)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(64)
        self.note_edit.setPlaceholderText(tr("VD: chuyển về ở với con tại phường Phan Đình Phùng"))

        form = QFormLayout()
        who = QLabel(tr("{name} (sinh năm {year})").format(name=person.full_name,
                                                          year=person.birth_year))
        who.setStyleSheet("font-weight: bold;")
        form.addRow(tr("Thành viên:"), who)
        club_label = QLabel(f"{club.code} — {club.name}")
        club_label.setWordWrap(True)
        form.addRow(tr("Câu lạc bộ:"), club_label)
        form.addRow(tr("Ngày vào CLB:"), QLabel(format_date(self.membership.joined_on)))
        form.addRow(tr("Ngày ra khỏi CLB:"), self.date_edit)
        form.addRow("", self.errors["left_on"])
        form.addRow(tr("Lý do:"), self.reason_combo)
        form.addRow("", self.errors["leave_reason"])
        form.addRow(tr("Ghi chú:"), self.note_edit)
        self.lay_out(form, tr("Lưu"))
        # a message about a value the clerk has since changed would mislead
        self.date_edit.dateChanged.connect(self.errors["left_on"].hide)
        self.reason_combo.currentIndexChanged.connect(self.errors["leave_reason"].hide)

    def set_reason(self, code: str) -> None:
        self.reason_combo.setCurrentIndex(self.reason_combo.findData(code))

    def accept(self) -> None:
        if not self.date_is_valid(self.date_edit, "left_on"):
            return
        on = self.date_edit.date()
        self.save(lambda: members.leave(self.membership.id, on, self.reason_combo.currentData(),
                                        self.note_edit.toPlainText(), today=self.today),
                  Change.MEMBER)

    def saved(self, value) -> None:
        self.membership = value
