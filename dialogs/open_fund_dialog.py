"""Open another fund for a club: the home-care fund, the donations book "Sổ Tấm lòng vàng", or
a fund of the office's own. The two funds every club has from its founding are
offered only while the club lacks them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from models.clubs.club_reads import club_heading
from models.errors import Problem
from models.funds import funds
from models.text.labels import LABELS
from ui import service
from ui.context import AppContext, Change
from ui.messages import label
from ui.widgets import DateEdit, ErrorLabel, save_cancel, show_field_problems, with_error

if TYPE_CHECKING:
    from models.storage.schema import Fund

FIELDS = ("kind", "name", "date")
# Kinds a club holds at most one of in this dialog; "other" may be opened again and again
# (a scholarship fund, a funeral-aid fund…), so it is always offered.
ONCE = ("income", "activity", "home_care", "golden_heart")


def tr(text: str) -> str:
    return QCoreApplication.translate("OpenFundDialog", text)


def kinds_to_offer(club_id: int) -> list[str]:
    """The fund kinds the club may open now, in FUND_KINDS order."""
    have = {f.kind for f in funds.funds_of(club_id)}
    return [k for k in funds.FUND_KINDS if k not in ONCE or k not in have]


def suggested_name(kind: str | None) -> str:
    """The usual Vietnamese name of a fund of that kind ('' for "other": the clerk names it)."""
    # The stored name is data printed on Vietnamese vouchers: never the translated label.
    return "" if kind in (None, "other") else LABELS["fund_kind"][kind]


class OpenFundDialog(QDialog):
    """`fund` holds the opened Fund once saved."""

    def __init__(self, context: AppContext, club_id: int, parent=None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.club_id = club_id
        self.fund: Fund | None = None
        self._suggestion = ""
        club = club_heading(club_id)
        self.setWindowTitle(tr("Mở quỹ mới"))
        self.setMinimumWidth(520)

        self.kind_combo = QComboBox()
        for kind in kinds_to_offer(club_id):
            self.kind_combo.addItem(label("fund_kind", kind), kind)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(tr("VD: Quỹ khuyến học"))
        self.date_edit = DateEdit(today or dt.date.today())
        self.errors = {name: ErrorLabel() for name in FIELDS}
        self.general_error = ErrorLabel()

        head = QLabel(tr("Câu lạc bộ: {code} — {name}").format(code=club.code, name=club.name))
        head.setStyleSheet("font-weight: bold;")
        head.setWordWrap(True)
        note = QLabel(tr("Quỹ mới có số dư 0 đồng; tiền vào quỹ được ghi bằng phiếu thu."))
        note.setStyleSheet("color: #555;")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Loại quỹ:"), with_error(self.kind_combo, self.errors["kind"]))
        form.addRow(tr("Tên quỹ:"), with_error(
            self.name_edit, self.errors["name"], tr("Tên in trên sổ quỹ và phiếu thu, chi")))
        form.addRow(tr("Ngày mở quỹ:"), with_error(self.date_edit, self.errors["date"]))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general_error)
        layout.addWidget(save_cancel(self, tr("Mở quỹ")))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.name_edit.textChanged.connect(lambda _t: self.errors["name"].hide())
        self.date_edit.dateChanged.connect(self.errors["date"].hide)
        self._kind_changed()

    def kind(self) -> str | None:
        return self.kind_combo.currentData()

    def _kind_changed(self) -> None:
        self.errors["kind"].hide()
        # follow the kind while the clerk has not typed a name of their own
        if self.name_edit.text() in ("", self._suggestion):
            self._suggestion = suggested_name(self.kind())
            self.name_edit.setText(self._suggestion)

    def _shown(self, problems: list[Problem]) -> list[Problem]:
        # the service names the kind by its code; the clerk knows it by its Vietnamese name
        return [Problem(p.field, p.code,
                        {**p.params, "value": label("fund_kind", p.params["value"])})
                if p.field == "kind" and "value" in p.params else p for p in problems]

    def accept(self) -> None:
        try:
            on = self.date_edit.date()
        except ValueError:
            show_field_problems(self.errors, self.general_error,
                                [Problem("date", "bad_date", {"value": self.date_edit.text()})])
            return
        if self.kind() is None:
            show_field_problems(self.errors, self.general_error, [Problem("kind", "required")])
            return
        done = service.call(
            self, lambda: funds.open_fund(self.club_id, self.kind(),
                                          self.name_edit.text().strip(), on),
            context=self.context, changes=Change.FUND, general=self.general_error,
            problems=lambda problems: show_field_problems(self.errors, self.general_error,
                                                          self._shown(problems)))
        if not done:
            return
        self.fund = done.value
        super().accept()
