"""Self-help given to a member (what, value in đồng), or a member helped to claim an
entitlement (which one, what came of it)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from models.activities import support
from models.codes import CLAIM_OUTCOMES
from ui.context import AppContext, Change
from ui.messages import label
from ui.widgets import DateEdit, with_error
from ui.widgets.form_dialog import FormDialog
from ui.widgets.member_pick import member_combo
from ui.widgets.money import AmountEdit


def tr(text: str) -> str:
    return QCoreApplication.translate("SupportDialog", text)


class SupportDialog(FormDialog):
    """`claim` False: a self-help case; True: an entitlement claim."""

    def __init__(self, context: AppContext, club_id: int, parent: QWidget | None = None,
                 *, claim: bool = False, today: dt.date | None = None) -> None:
        what = "entitlement" if claim else "what"
        last = "outcome" if claim else "value"
        super().__init__(context, parent, fields=("person", "date", what, last),
                         title=tr("Ghi hỗ trợ hưởng chế độ") if claim else tr("Ghi hỗ trợ"))
        self.club_id, self.claim, self.today, self.record = club_id, claim, today, None
        self.person_combo = member_combo(club_id, self)
        self.date_edit = DateEdit(today or dt.date.today())
        self.what_edit = QLineEdit()
        self.what_edit.setMaxLength(200)
        self.value_edit = AmountEdit(self)
        self.outcome_combo = QComboBox(self)
        for code in CLAIM_OUTCOMES:
            self.outcome_combo.addItem(label("claim_outcome", code), code)
        (self.value_edit if claim else self.outcome_combo).hide()
        form = QFormLayout()
        form.addRow(tr("Thành viên:"), with_error(self.person_combo, self.errors["person"]))
        form.addRow(tr("Ngày:"), with_error(self.date_edit, self.errors["date"]))
        if claim:
            self.what_edit.setPlaceholderText(tr("VD: thẻ bảo hiểm y tế"))
            form.addRow(tr("Chế độ:"), with_error(self.what_edit, self.errors[what]))
            form.addRow(tr("Kết quả:"), with_error(self.outcome_combo, self.errors[last]))
        else:
            self.what_edit.setPlaceholderText(tr("VD: hỗ trợ sửa nhà"))
            form.addRow(tr("Nội dung hỗ trợ:"), with_error(self.what_edit, self.errors[what]))
            form.addRow(tr("Giá trị (đồng):"), with_error(self.value_edit, self.errors[last]))
        self.lay_out(form, tr("Lưu"))

    def accept(self) -> None:
        if not self.date_is_valid(self.date_edit, "date"):
            return
        person, on, what = self.person_combo.value(), self.date_edit.date(), self.what_edit.text()
        if self.claim:
            inp = support.ClaimInput(person_id=person, date=on, entitlement=what,
                                     outcome=self.outcome_combo.currentData())
            self.save(lambda: support.record_claim(self.club_id, inp, today=self.today),
                      Change.ACTIVITY)
        else:
            inp = support.SelfHelpInput(person_id=person, date=on, what=what,
                                        value=self.value_edit.amount() or 0)
            self.save(lambda: support.record_self_help(self.club_id, inp, today=self.today),
                      Change.ACTIVITY)

    def saved(self, value) -> None:
        self.record = value
