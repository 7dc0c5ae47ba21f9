"""A former member joins a club again (the same one or another): a new membership."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from models.clubs.clubs import all_clubs
from models.errors import Problem
from models.members import members
from models.members.member_reads import rejoin_facts
from models.text.vietnamese import format_date
from ui.context import AppContext, Change
from ui.messages import label
from ui.widgets import DateEdit
from ui.widgets.form_dialog import FormDialog

if TYPE_CHECKING:
    from models.storage.schema import Membership


def tr(text: str) -> str:
    return QCoreApplication.translate("RejoinDialog", text)


class RejoinDialog(FormDialog):
    """Choose the club (by default the one they left) and the date they join again."""

    def __init__(self, context: AppContext, person_id: int, club_id: int | None = None,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(context, parent, title=tr("Vào lại CLB"), fields=("club", "joined_on"))
        self.today = today
        self.person = rejoin_facts(person_id)
        self.membership: Membership | None = None

        self.club_combo = QComboBox()
        for club in all_clubs():
            if club.status != "dissolved":
                self.club_combo.addItem(f"{club.code} — {club.name}", club.id)
        default = club_id if club_id is not None else self.person.last_club_id
        self.club_combo.setCurrentIndex(max(0, self.club_combo.findData(default)))
        self.date_edit = DateEdit(today or dt.date.today())

        form = QFormLayout()
        who = QLabel(tr("{name} (sinh năm {year})").format(name=self.person.full_name,
                                                          year=self.person.birth_year))
        who.setStyleSheet("font-weight: bold;")
        form.addRow(tr("Người:"), who)
        if self.person.last_left_on is not None:
            history = QLabel(tr("Đã ra khỏi CLB {code} ngày {date} ({reason})").format(
                code=self.person.last_club_code, date=format_date(self.person.last_left_on),
                reason=label("leave_reason", self.person.last_leave_reason)))
            history.setWordWrap(True)
            form.addRow(tr("Lần trước:"), history)
        form.addRow(tr("Vào CLB:"), self.club_combo)
        form.addRow("", self.errors["club"])
        form.addRow(tr("Ngày vào lại:"), self.date_edit)
        form.addRow("", self.errors["joined_on"])
        self.lay_out(form, tr("Lưu"))
        # a message about a value the clerk has since changed would mislead
        self.date_edit.dateChanged.connect(self.errors["joined_on"].hide)
        self.club_combo.currentIndexChanged.connect(self.errors["club"].hide)
        self.club_combo.currentIndexChanged.connect(self.general_error.hide)

    def accept(self) -> None:
        if not self.date_is_valid(self.date_edit, "joined_on"):
            return
        on = self.date_edit.date()
        club_id = self.club_combo.currentData()
        if club_id is None:
            self.show_problems([Problem("club", "required")])
            return
        self.save(lambda: members.rejoin(self.person.id, club_id, on, today=self.today),
                  Change.MEMBER)

    def saved(self, value) -> None:
        self.membership = value
