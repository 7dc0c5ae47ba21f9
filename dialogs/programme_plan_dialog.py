"""Edit a plan of the unit: issuing body, number, date, title, basis, period, its targets by
year and its budget by year and source; saved in one service call (models/plans/plans.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from models.plans import plans as plan_service
from models.plans import rights
from models.text.vietnamese import format_number
from ui.context import AppContext, Change
from ui.messages import label
from ui.programme_plan_models import BudgetEditModel, TargetsEditModel, indicator_label
from ui.widgets import DateEdit, field_row, with_error
from ui.widgets.form_dialog import FormDialog

FIELDS = ("issuing_body", "plan_number", "plan_title", "first_year", "last_year", "targets",
          "budget", "plan_area")


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanDialog", text)


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    return view


def _year_spin(value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(2000, 2100)
    spin.setValue(value)
    return spin


class PlanDialog(FormDialog):
    """`plan` holds the saved Plan once accepted. `inp` is the plan being edited (a new one
    of `area` when None)."""

    def __init__(self, context: AppContext, area: str, plan_id: int | None = None,
                 inp: plan_service.PlanInput | None = None,
                 parent: QWidget | None = None, *, year: int = 2026) -> None:
        super().__init__(context, parent, title=tr("Kế hoạch và chỉ tiêu"), fields=FIELDS,
                         width=900)
        self.plan_id, self.plan = plan_id, None
        self.inp = inp or plan_service.PlanInput(area=area, issuing_body="", title="",
                                                 first_year=year, last_year=year + 4)
        self.body_edit = QLineEdit(self.inp.issuing_body)
        self.number_edit = QLineEdit(self.inp.number)
        self.number_edit.setPlaceholderText(tr("VD: 65/KH-UBND"))
        self.date_edit = DateEdit(self.inp.date)
        self.title_edit = QLineEdit(self.inp.title)
        self.basis_edit = QLineEdit(self.inp.basis)
        self.first_spin = _year_spin(self.inp.first_year)
        self.last_spin = _year_spin(self.inp.last_year)
        self.note_edit = QPlainTextEdit(self.inp.note)
        self.note_edit.setFixedHeight(44)
        self.targets = TargetsEditModel(self)
        self.targets.set_rows(list(self.inp.targets))
        self.targets_view = _table(self.targets)
        self.targets_view.setMinimumHeight(220)
        self.target_year = _year_spin(self.inp.first_year)
        self.target_code = QComboBox()
        for code in plan_service.TARGET_CODES:
            self.target_code.addItem(indicator_label(code), code)
        add_target = QPushButton(tr("Thêm chỉ tiêu"))
        drop_target = QPushButton(tr("Bỏ dòng đã chọn"))
        self.budget = BudgetEditModel(self)
        self.budget.set_rows(list(self.inp.budget))
        self.budget_view = _table(self.budget)
        self.budget_view.setMinimumHeight(120)
        self.budget_year = _year_spin(self.inp.first_year)
        self.budget_source = QComboBox()
        for source in plan_service.BUDGET_SOURCES:
            self.budget_source.addItem(label("budget_source", source), source)
        self.budget_amount = QLineEdit()
        self.budget_amount.setPlaceholderText(tr("số tiền, đồng"))
        add_budget = QPushButton(tr("Thêm kinh phí"))
        drop_budget = QPushButton(tr("Bỏ dòng đã chọn"))

        form = QFormLayout()
        area_edit = QLineEdit(plan_service.area_name(area))
        area_edit.setReadOnly(True)
        form.addRow(tr("Địa bàn:"), with_error(area_edit, self.errors["plan_area"]))
        form.addRow(tr("Cơ quan ban hành:"), with_error(self.body_edit,
                                                       self.errors["issuing_body"]))
        form.addRow(tr("Số, ngày:"), with_error(field_row(self.number_edit, self.date_edit),
                                                self.errors["plan_number"]))
        form.addRow(tr("Tên kế hoạch:"), with_error(self.title_edit, self.errors["plan_title"]))
        form.addRow(tr("Căn cứ:"), self.basis_edit)
        form.addRow(tr("Giai đoạn:"), with_error(field_row(self.first_spin, self.last_spin),
                                                 self.errors["last_year"]))
        form.addRow(tr("Ghi chú:"), self.note_edit)
        form.addRow(tr("Chỉ tiêu:"), with_error(self.targets_view, self.errors["targets"]))
        form.addRow("", field_row(self.target_year, self.target_code, add_target, drop_target))
        form.addRow(tr("Kinh phí:"), with_error(self.budget_view, self.errors["budget"]))
        form.addRow("", field_row(self.budget_year, self.budget_source, self.budget_amount,
                                  add_budget, drop_budget))
        self.lay_out(form, tr("Lưu kế hoạch"))
        if not rights.can_write(area):  # a clerk reads the plan; the service would refuse
            save = self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
            save.setEnabled(False)
            save.setToolTip(tr("Chỉ quản trị viên hoặc cán bộ giám sát của đơn vị sửa được "
                               "kế hoạch."))
        add_target.clicked.connect(self.add_target)
        drop_target.clicked.connect(lambda: self._drop(self.targets, self.targets_view))
        add_budget.clicked.connect(self.add_budget)
        drop_budget.clicked.connect(lambda: self._drop(self.budget, self.budget_view))
        self.targets_view.resizeColumnsToContents()
        self.budget_view.resizeColumnsToContents()

    def add_target(self, code: str | None = None) -> None:
        code = code or self.target_code.currentData()
        # a band of members is usually a standard of each club; the clerk may untick it
        row = plan_service.TargetInput(self.target_year.value(), code,
                                       per_club=code == "members")
        self.targets.append_row(row)

    def add_budget(self) -> None:
        text = self.budget_amount.text().replace(".", "").replace(" ", "").strip()
        amount = int(text) if text.isdigit() else 0
        self.budget.append_row(plan_service.BudgetInput(
            self.budget_year.value(), self.budget_source.currentData(), amount))
        self.budget_amount.setText(format_number(amount))

    def _drop(self, model, view: QTableView) -> None:
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            model.remove_row(row)

    def current_input(self) -> plan_service.PlanInput:
        return plan_service.PlanInput(
            area=self.inp.area, issuing_body=self.body_edit.text(), title=self.title_edit.text(),
            first_year=self.first_spin.value(), last_year=self.last_spin.value(),
            number=self.number_edit.text(), date=self.date_edit.date(),
            basis=self.basis_edit.text(), note=self.note_edit.toPlainText(),
            targets=list(self.targets.rows), budget=list(self.budget.rows),
            example=self.inp.example)

    def accept(self) -> None:
        if self.date_edit.text().strip() and not self.date_is_valid(self.date_edit,
                                                                     "plan_number"):
            return
        inp = self.current_input()
        self.save(lambda: plan_service.save_plan(inp, self.plan_id), Change.PLAN)

    def saved(self, value) -> None:
        self.plan = value

