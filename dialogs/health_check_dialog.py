"""Record a member's health check: blood pressure, weight, blood sugar and a note. Opened
only for roles with the sensitive right (the service refuses the others anyway)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from models.activities import health
from models.errors import Problem
from ui.context import AppContext, Change
from ui.widgets import DateEdit, field_row, with_error
from ui.widgets.form_dialog import FormDialog
from ui.widgets.member_pick import member_combo

FIELDS = ("person", "date", "systolic", "diastolic", "weight_dkg", "sugar_dmmol", "note")


def tr(text: str) -> str:
    return QCoreApplication.translate("HealthCheckDialog", text)


def parse_measure(text: str, tenths: bool) -> int | None | str:
    """'' -> None; '52,5' -> 525 in tenths; whole numbers as they are; anything else is
    returned as text (the problem to show)."""
    text = text.strip()
    if not text:
        return None
    pattern = r"\d{1,4}([.,]\d)?" if tenths else r"\d{1,4}"
    if not re.fullmatch(pattern, text):
        return text
    if not tenths:
        return int(text)
    whole, _, tenth = text.replace(",", ".").partition(".")
    return int(whole) * 10 + int(tenth or 0)


class HealthCheckDialog(FormDialog):
    def __init__(self, context: AppContext, club_id: int, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(context, parent, title=tr("Ghi khám sức khỏe"), fields=FIELDS)
        self.club_id, self.today, self.check = club_id, today, None
        self.person_combo = member_combo(club_id, self)
        self.date_edit = DateEdit(today or dt.date.today())
        self.edits = {name: QLineEdit() for name in FIELDS[2:]}
        for name, hint in (("systolic", "120"), ("diastolic", "80"), ("weight_dkg", "52,5"),
                           ("sugar_dmmol", "5,6")):
            self.edits[name].setPlaceholderText(hint)
            self.edits[name].setMaximumWidth(90)
        form = QFormLayout()
        form.addRow(tr("Thành viên:"), with_error(self.person_combo, self.errors["person"]))
        form.addRow(tr("Ngày khám:"), with_error(self.date_edit, self.errors["date"]))
        form.addRow(tr("Huyết áp (mmHg):"), field_row(
            self.edits["systolic"], QLabel("/"), self.edits["diastolic"]))
        form.addRow("", self.errors["systolic"])
        form.addRow("", self.errors["diastolic"])
        form.addRow(tr("Cân nặng (kg):"),
                    with_error(self.edits["weight_dkg"], self.errors["weight_dkg"]))
        form.addRow(tr("Đường huyết (mmol/L):"),
                    with_error(self.edits["sugar_dmmol"], self.errors["sugar_dmmol"]))
        form.addRow(tr("Ghi chú:"), with_error(self.edits["note"], self.errors["note"]))
        note = QLabel(tr("Thông tin sức khỏe là dữ liệu cá nhân nhạy cảm."))
        note.setStyleSheet("color: #555;")
        self.lay_out(form, tr("Lưu"), below=[note])

    def accept(self) -> None:
        if not self.date_is_valid(self.date_edit, "date"):
            return
        values, problems = {}, []
        for name in ("systolic", "diastolic", "weight_dkg", "sugar_dmmol"):
            value = parse_measure(self.edits[name].text(), name in ("weight_dkg", "sugar_dmmol"))
            if isinstance(value, str):
                problems.append(Problem(name, "invalid", {"value": value}))
            values[name] = value
        if problems:
            self.show_problems(problems)
            return
        inp = health.HealthCheckInput(person_id=self.person_combo.value(),
                                      date=self.date_edit.date(),
                                      note=self.edits["note"].text(), **values)
        self.save(lambda: health.record_health_check(self.club_id, inp, today=self.today),
                  Change.ACTIVITY)

    def saved(self, value) -> None:
        self.check = value
