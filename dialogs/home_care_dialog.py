"""Home care: pair a volunteer with an older person of the club, or record a pair's visit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from models.activities import home_care
from ui.context import AppContext, Change
from ui.widgets import DateEdit, with_error
from ui.widgets.form_dialog import FormDialog
from ui.widgets.member_pick import member_combo


def tr(text: str) -> str:
    return QCoreApplication.translate("HomeCareDialog", text)


class PairDialog(FormDialog):
    def __init__(self, context: AppContext, club_id: int, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(context, parent, title=tr("Ghép cặp chăm sóc tại nhà"),
                         fields=("volunteer", "older", "date_from"))
        self.club_id, self.today, self.pair = club_id, today, None
        self.volunteer_combo = member_combo(club_id, self)
        self.older_combo = member_combo(club_id, self)
        self.date_edit = DateEdit(today or dt.date.today())
        form = QFormLayout()
        form.addRow(tr("Tình nguyện viên:"),
                    with_error(self.volunteer_combo, self.errors["volunteer"]))
        form.addRow(tr("Người cao tuổi:"), with_error(
            self.older_combo, self.errors["older"],
            tr("Từ {age} tuổi trở lên").format(age=home_care.older_age())))
        form.addRow(tr("Từ ngày:"), with_error(self.date_edit, self.errors["date_from"]))
        self.lay_out(form, tr("Ghép cặp"))

    def accept(self) -> None:
        if not self.date_is_valid(self.date_edit, "date_from"):
            return
        inp = home_care.PairInput(volunteer_id=self.volunteer_combo.value(),
                                  older_id=self.older_combo.value(),
                                  date_from=self.date_edit.date())
        self.save(lambda: home_care.add_pair(self.club_id, inp, today=self.today),
                  Change.ACTIVITY)

    def saved(self, value) -> None:
        self.pair = value


class VisitDialog(FormDialog):
    """A visit of one pair (`pair` a home_care.PairRow)."""

    def __init__(self, context: AppContext, pair, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(context, parent, title=tr("Ghi lần thăm"), fields=("date", "services"))
        self.pair_row, self.today, self.visit = pair, today, None
        self.date_edit = DateEdit(today or dt.date.today())
        self.services_edit = QPlainTextEdit()
        self.services_edit.setFixedHeight(64)
        self.services_edit.setPlaceholderText(tr("VD: đo huyết áp, dọn nhà, trò chuyện"))
        form = QFormLayout()
        form.addRow(tr("Cặp:"), QLabel(f"{pair.volunteer_name} → {pair.older_name}"))
        form.addRow(tr("Ngày thăm:"), with_error(self.date_edit, self.errors["date"]))
        form.addRow(tr("Việc đã làm:"), with_error(self.services_edit, self.errors["services"]))
        self.lay_out(form, tr("Lưu"))

    def accept(self) -> None:
        if not self.date_is_valid(self.date_edit, "date"):
            return
        on, services = self.date_edit.date(), self.services_edit.toPlainText()
        self.save(lambda: home_care.record_visit(self.pair_row.id, on, services,
                                                 today=self.today), Change.ACTIVITY)

    def saved(self, value) -> None:
        self.visit = value
