"""The supervision plan of a year: which club, in which month, by whom. The clerk adds the
clubs one by one or every running club not yet in the plan, types the month and the
supervisor on each row, and saves the whole plan (models.supervision.plans.save_plan)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from models.clubs.clubs import all_clubs
from models.supervision import plans
from models.supervision.visits import RUNNING
from ui.context import AppContext, Change
from ui.plan_models import PlanEditModel, PlanLine
from ui.widgets.form_dialog import FormDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanDialog", text)


class PlanDialog(FormDialog):
    """The unit's plan of `year`, edited whole; saved replaces the year's plan."""

    def __init__(self, context: AppContext, year: int, parent: QWidget | None = None,
                 *, ward_code: int | None = None) -> None:
        super().__init__(context, parent, title=tr("Kế hoạch giám sát năm {year}").format(
            year=year), fields=("year", "planned"), width=820)
        self.year, self.ward_code = year, ward_code
        self.plan = None
        self.clubs = {c.id: f"{c.code} — {c.name}" for c in all_clubs()
                      if c.status in RUNNING}

        self.model = PlanEditModel(self)
        self.model.set_rows([PlanLine(r.club_id, r.club, r.month or (r.date.month if r.date
                                                                     else None), r.by_whom)
                             for r in plans.plan_rows(year, ward_code=ward_code)])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PlanEditModel.MONTH,
                                    QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(320)

        self.club_combo = QComboBox()
        self.add_button = QPushButton(tr("Thêm CLB"))
        self.add_all_button = QPushButton(tr("Thêm mọi CLB chưa có"))
        self.remove_button = QPushButton(tr("Bỏ dòng đã chọn"))
        self.by_whom_edit = QLineEdit(tr("Hội NCT phường"))
        self.count_label = QLabel()
        self._fill_combo()

        adding = QHBoxLayout()
        adding.addWidget(self.club_combo, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.add_all_button)
        adding.addWidget(self.remove_button)
        form = QFormLayout()
        form.addRow(tr("Người giám sát (cho CLB thêm vào):"), self.by_whom_edit)
        form.addRow(adding)
        hint = QLabel(tr("Gõ tháng (1–12) và người giám sát ngay trên dòng của CLB; để trống "
                         "tháng nếu giám sát lúc nào trong năm cũng được."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.lay_out(form, tr("Lưu kế hoạch"), below=(self.view, self.count_label, hint,
                                                      self.errors["planned"],
                                                      self.errors["year"]))
        self.add_button.clicked.connect(self.add_club)
        self.add_all_button.clicked.connect(self.add_all)
        self.remove_button.clicked.connect(self.remove_selected)
        self.model.rowsInserted.connect(lambda *_a: self._counted())
        self.model.rowsRemoved.connect(lambda *_a: self._counted())
        self._counted()

    def _fill_combo(self) -> None:
        self.club_combo.clear()
        for club_id, name in self.clubs.items():
            if club_id not in self.model.club_ids():
                self.club_combo.addItem(name, club_id)
        self.add_button.setEnabled(self.club_combo.count() > 0)
        self.add_all_button.setEnabled(self.club_combo.count() > 0)

    def _counted(self) -> None:
        self.count_label.setText(tr("{n} CLB trong kế hoạch / {all} CLB đang hoạt động").format(
            n=len(self.model.rows), all=len(self.clubs)))

    def add_club(self, club_id: int | None = None) -> None:
        club_id = club_id if isinstance(club_id, int) else self.club_combo.currentData()
        if club_id is None or club_id in self.model.club_ids():
            return
        row = self.model.append_row(PlanLine(club_id, self.clubs.get(club_id, str(club_id)),
                                             None, self.by_whom_edit.text().strip()))
        self.view.selectRow(row)
        self._fill_combo()

    def add_all(self) -> None:
        """Every running club not yet in the plan, the months left for the clerk to type."""
        for club_id in list(self.clubs):
            if club_id not in self.model.club_ids():
                self.model.append_row(PlanLine(club_id, self.clubs[club_id], None,
                                               self.by_whom_edit.text().strip()))
        self._fill_combo()

    def remove_selected(self) -> None:
        for index in sorted(self.view.selectionModel().selectedRows(), key=lambda i: -i.row()):
            self.model.remove_row(index.row())
        self._fill_combo()

    def to_input(self) -> plans.PlanInput:
        return plans.PlanInput(year=self.year, ward_code=self.ward_code, visits=[
            plans.PlannedVisitInput(club_id=r.club_id, month=r.month, by_whom=r.by_whom)
            for r in self.model.rows])

    def accept(self) -> None:
        self.save(lambda: plans.save_plan(self.to_input()), Change.SUPERVISION)

    def saved(self, value) -> None:
        self.plan = value
