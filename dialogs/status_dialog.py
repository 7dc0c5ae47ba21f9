"""Change a club's status: start activity, suspend, resume or dissolve (founding has its own
wizard)."""

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

from models.clubs import clubs
from models.text.vietnamese import format_date
from ui.context import AppContext, Change
from ui.messages import label
from ui.widgets import DateEdit
from ui.widgets.form_dialog import FormDialog

NEEDS_REASON = ("suspended", "dissolved")


def tr(text: str) -> str:
    return QCoreApplication.translate("StatusDialog", text)


class StatusDialog(FormDialog):
    def __init__(self, context: AppContext, club_id: int, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(context, parent, title=tr("Đổi trạng thái CLB"),
                         fields=("status", "date", "reason"))
        self.today = today
        self.club = clubs.get_club(club_id)

        current = label("club_status", self.club.status)
        if self.club.status_since is not None:
            current = tr("{status} (từ ngày {date})").format(
                status=current, date=format_date(self.club.status_since))
        self.status_combo = QComboBox()
        for code in clubs.status_targets(self.club.status):
            self.status_combo.addItem(label("club_status", code), code)
        self.date_edit = DateEdit(dt.date.today())
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setFixedHeight(70)
        self.reason_label = QLabel()

        form = QFormLayout()
        club_label = QLabel(f"{self.club.code} — {self.club.name}")
        club_label.setWordWrap(True)
        form.addRow(tr("Câu lạc bộ:"), club_label)
        form.addRow(tr("Trạng thái hiện nay:"), QLabel(current))
        form.addRow(tr("Chuyển sang:"), self.status_combo)
        form.addRow("", self.errors["status"])
        form.addRow(tr("Từ ngày:"), self.date_edit)
        form.addRow("", self.errors["date"])
        form.addRow(self.reason_label, self.reason_edit)
        form.addRow("", self.errors["reason"])
        self.lay_out(form, tr("Lưu"))
        self.status_combo.currentIndexChanged.connect(self._update_reason_label)
        self._update_reason_label()

    def set_target(self, status: str) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def target(self) -> str:
        return self.status_combo.currentData() or ""

    def _update_reason_label(self) -> None:
        if self.target() in NEEDS_REASON:
            self.reason_label.setText(tr("Lý do (bắt buộc):"))
        else:
            self.reason_label.setText(tr("Lý do, ghi chú:"))

    def accept(self) -> None:
        if not self.date_is_valid(self.date_edit, "date"):
            return
        on = self.date_edit.date()
        self.save(lambda: clubs.change_status(self.club.id, self.target(), on,
                                              self.reason_edit.toPlainText(), today=self.today),
                  Change.CLUB)

    def saved(self, value) -> None:
        self.club = value
