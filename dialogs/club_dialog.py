"""Create or edit a club's own data (code, name, villages, plan phase, meeting day…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.clubs import clubs
from models.codes import DEFAULT_PLAN_PHASES
from models.errors import Problem
from models.office.admin_units import villages_of
from models.office.unit_reads import ward_place
from ui import service
from ui.context import AppContext, Change
from ui.messages import problem_text
from ui.widgets import ErrorLabel, with_error
from ui.widgets.form_dialog import AsksBeforeDiscarding

VILLAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("ClubDialog", text)


class ClubDialog(AsksBeforeDiscarding, QDialog):
    """New planned club (club_id None) or edit of an existing one. On success `self.club`
    holds the saved row and the context is told that clubs changed."""

    FIELD_LABELS = ("code", "name", "ward_code", "villages", "plan_phase", "meeting_day",
                    "meeting_place", "note")

    def __init__(self, context: AppContext, club_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.club_id = club_id
        self.club = clubs.get_club(club_id) if club_id is not None else None
        self.ward_code = self.club.ward_code if self.club else context.office.ward_code
        self.setWindowTitle(tr("Sửa thông tin CLB") if self.club else tr("Thêm CLB dự kiến"))
        self.setMinimumWidth(560)

        self.errors = {name: ErrorLabel() for name in self.FIELD_LABELS}
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(30)
        self.code_edit.setPlaceholderText(tr("VD: DX01"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("VD: CLB Liên thế hệ tự giúp nhau tổ 1"))
        ward = ward_place(self.ward_code) if self.ward_code else None
        self.ward_label = QLabel(ward.name if ward else tr("(chưa khai báo xã/phường)"))
        self.village_model = QStandardItemModel(self)
        self.village_view = QListView()
        self.village_view.setModel(self.village_model)
        self.village_view.setMaximumHeight(140)
        self.phase_combo = QComboBox()
        self.phase_combo.setEditable(True)
        self.phase_combo.addItems(["", *DEFAULT_PLAN_PHASES])
        self.meeting_day_edit = QLineEdit()
        self.meeting_day_edit.setPlaceholderText(tr("VD: ngày 15 hằng tháng"))
        self.meeting_place_edit = QLineEdit()
        self.meeting_place_edit.setPlaceholderText(tr("VD: Nhà văn hóa tổ 1"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(60)

        form = QFormLayout()
        form.addRow(tr("Mã CLB:"), with_error(self.code_edit, self.errors["code"]))
        form.addRow(tr("Tên CLB:"), with_error(self.name_edit, self.errors["name"]))
        form.addRow(tr("Xã/phường:"), with_error(self.ward_label, self.errors["ward_code"]))
        form.addRow(tr("Thôn/tổ dân phố:"),
                    with_error(self.village_view, self.errors["villages"]))
        form.addRow(tr("Giai đoạn kế hoạch:"),
                    with_error(self.phase_combo, self.errors["plan_phase"]))
        form.addRow(tr("Ngày sinh hoạt:"),
                    with_error(self.meeting_day_edit, self.errors["meeting_day"]))
        form.addRow(tr("Địa điểm sinh hoạt:"),
                    with_error(self.meeting_place_edit, self.errors["meeting_place"]))
        form.addRow(tr("Ghi chú:"), with_error(self.note_edit, self.errors["note"]))
        self.general_error = ErrorLabel()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self._fill_villages()
        if self.club is not None:
            self._load(self.club)

    def _fill_villages(self) -> None:
        linked = set(clubs.village_ids(self.club)) if self.club else set()
        if self.ward_code is None:
            return
        for v in villages_of(self.ward_code, include_closed=True):
            if v.valid_to is not None and v.id not in linked:
                continue  # a closed village stays listed only where it is already used
            text = v.name
            if v.valid_to is not None:
                text += " " + tr("(không còn)")
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(v.id, VILLAGE_ID_ROLE)
            item.setCheckState(Qt.CheckState.Checked if v.id in linked
                               else Qt.CheckState.Unchecked)
            self.village_model.appendRow(item)

    def _load(self, club) -> None:
        self.code_edit.setText(club.code)
        self.name_edit.setText(club.name)
        self.phase_combo.setCurrentText(club.plan_phase)
        self.meeting_day_edit.setText(club.meeting_day)
        self.meeting_place_edit.setText(club.meeting_place)
        self.note_edit.setPlainText(club.note)

    def set_villages(self, village_ids: list[int]) -> None:
        wanted = set(village_ids)
        for row in range(self.village_model.rowCount()):
            item = self.village_model.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(VILLAGE_ID_ROLE) in wanted
                               else Qt.CheckState.Unchecked)

    def checked_villages(self) -> list[int]:
        ids = []
        for row in range(self.village_model.rowCount()):
            item = self.village_model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(VILLAGE_ID_ROLE))
        return ids

    def club_input(self) -> clubs.ClubInput:
        return clubs.ClubInput(
            code=self.code_edit.text(), name=self.name_edit.text(), ward_code=self.ward_code,
            village_ids=self.checked_villages(), plan_phase=self.phase_combo.currentText(),
            meeting_day=self.meeting_day_edit.text(),
            meeting_place=self.meeting_place_edit.text(),
            note=self.note_edit.toPlainText(),
        )

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[Problem]] = {}
        others: list[Problem] = []
        for p in problems:
            if p.field in self.errors:
                by_field.setdefault(p.field, []).append(p)
            else:
                others.append(p)
        for name, error in self.errors.items():
            error.show_problems(by_field.get(name, []))
        self.general_error.setText("\n".join(problem_text(p) for p in others))
        self.general_error.setVisible(bool(others))
        focus = {"code": self.code_edit, "name": self.name_edit,
                 "villages": self.village_view}
        for p in problems:
            if p.field in focus:
                focus[p.field].setFocus()
                break

    def accept(self) -> None:
        inp = self.club_input()
        done = service.call(
            self, lambda: clubs.create_club(inp) if self.club_id is None
            else clubs.update_club(self.club_id, inp),
            context=self.context, changes=Change.CLUB, problems=self.show_problems,
            general=self.general_error)
        if not done:
            return
        self.club = done.value
        self.show_problems([])
        super().accept()
