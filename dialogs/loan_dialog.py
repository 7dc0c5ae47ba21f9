"""A new loan: the member, cash or in kind, the amount, purpose and terms prefilled from the
club's rules, a guarantor, and the repayment schedule previewed as the clerk types."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.clubs.club_views import active_members
from models.clubs.clubs import get_club
from models.errors import Problem, ValidationError
from models.loans import loans
from models.loans.loan_schedule import REPAYMENT_PLANS, build_schedule
from models.office.money_settings import rounding_unit
from models.text.vietnamese import format_number
from ui import service
from ui.context import AppContext, Change
from ui.loan_detail import rate_text, show_contract
from ui.loans_model import ScheduleModel
from ui.messages import label, problem_text
from ui.widgets import DateEdit, ErrorLabel, field_row, save_cancel, show_field_problems
from ui.widgets.form_dialog import AsksBeforeDiscarding
from ui.widgets.loan_fields import MAX_TERM, RateEdit, method_combo
from ui.widgets.money import AmountEdit, AmountInWordsLabel
from ui.widgets.search import SearchCombo

PURPOSES = ("livestock", "crops", "trade", "handicraft", "services", "other")
UNITS = ("con", "cây", "kg", "tạ", "bao", "chiếc", "bộ")
OUTSIDE = -1  # the guarantor choice "someone outside the club"
FIELDS = ("person", "form", "item", "quantity", "unit", "unit_value", "supplier", "principal",
          "purpose",
          "purpose_note", "disbursed_on", "term_months", "rate_bp", "interest_method",
          "repayment_plan", "guarantor", "note")
# Problems that leave the schedule itself computable: the preview still shows it.
NOT_SCHEDULE = ("person", "purpose", "purpose_note", "guarantor", "item", "unit", "note",
                "form", "supplier")


def tr(text: str) -> str:
    return QCoreApplication.translate("LoanDialog", text)


def parse_quantity(text: str) -> Decimal | None:
    """'2' -> 2, '1,5' -> 1.5 (decimal comma); None for empty; ValueError otherwise."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value


def hint(text: str = "") -> QLabel:
    note = QLabel(text)
    note.setStyleSheet("color: #555;")
    return note


class LoanDialog(AsksBeforeDiscarding, QDialog):
    """Fill a LoanInput; create_loan() on save. `loan` is the new loan after accept."""

    def __init__(self, context: AppContext, club_id: int, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.club_id = club_id
        self.today = today
        self.loan = None
        self.club = get_club(club_id)
        self.rules = loans.loan_rules(club_id)
        self.setWindowTitle(tr("Cho vay mới"))
        self.resize(1080, 700)

        # a placeholder, not an item: typed letters search instead of adding to its text
        self.person_combo = SearchCombo(tr("Gõ tên thành viên, VD: nguyen thi hue"),
                                        take_first=True)
        self.guarantor_combo = QComboBox()
        self.guarantor_combo.addItem(tr("— Không có —"), None)
        for person_id, name, year in active_members(club_id):
            text = tr("{name} ({year})").format(name=name, year=year) if year else name
            self.person_combo.addItem(text, person_id)
            self.guarantor_combo.addItem(text, person_id)
        self.guarantor_combo.addItem(tr("Người ngoài CLB…"), OUTSIDE)
        self.person_combo.setMinimumContentsLength(26)
        self.person_combo.setCurrentIndex(-1)
        self.cash_radio = QRadioButton(label("loan_form", "cash"))
        self.kind_radio = QRadioButton(label("loan_form", "in_kind"))
        self.form_group = QButtonGroup(self)
        self.form_group.addButton(self.cash_radio)
        self.form_group.addButton(self.kind_radio)
        self.cash_radio.setChecked(True)
        self.item_edit = QLineEdit()
        self.item_edit.setPlaceholderText(tr("VD: Bò cái giống, Cây giống bưởi Diễn"))
        self.quantity_edit = QLineEdit()
        self.quantity_edit.setPlaceholderText("0")
        self.quantity_edit.setFixedWidth(80)
        self.quantity_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(UNITS)
        self.unit_combo.setFixedWidth(90)
        self.unit_value_edit = AmountEdit()
        self.supplier_edit = QLineEdit()
        # the seller is paid in cash (a payment voucher); the borrower signs for the goods
        self.supplier_edit.setPlaceholderText(
            tr("Trại giống, cửa hàng CLB mua hiện vật; để trống nếu lấy hiện vật quỹ đang giữ"))
        self.principal_edit = AmountEdit()
        self.principal_words = AmountInWordsLabel()
        self.principal_edit.amountChanged.connect(self.principal_words.setAmount)
        self.purpose_combo = QComboBox()
        self.purpose_combo.addItem(tr("— Chọn mục đích —"), "")
        for code in PURPOSES:
            self.purpose_combo.addItem(label("loan_purpose", code), code)
        self.purpose_note_edit = QLineEdit()
        self.purpose_note_edit.setPlaceholderText(tr("VD: nuôi bò sinh sản"))
        self.date_edit = DateEdit(today or dt.date.today())
        self.term_spin = QSpinBox()
        self.term_spin.setRange(1, MAX_TERM)
        self.term_spin.setSuffix(" " + tr("tháng"))
        self.rate_edit = RateEdit()
        self.method_combo = method_combo()
        self.plan_combo = QComboBox()
        for code in REPAYMENT_PLANS:
            self.plan_combo.addItem(label("repayment_plan", code), code)
        self.guarantor_name_edit = QLineEdit()
        self.guarantor_name_edit.setPlaceholderText(tr("Họ tên người bảo lãnh ngoài CLB"))
        self.note_edit = QLineEdit()
        self.errors = {name: ErrorLabel() for name in FIELDS}
        for error in self.errors.values():
            # wrapped labels get twice their height in a form row; these messages are short
            error.setWordWrap(False)
        self.general_error = ErrorLabel()
        self.amount_hint = hint()
        self.term_hint = hint()
        self.rules_label = QLabel()
        self.rules_label.setWordWrap(True)

        self.schedule = ScheduleModel(self)
        self.schedule_view = QTableView()
        self.schedule_view.setModel(self.schedule)
        self.schedule_view.verticalHeader().hide()
        self.schedule_view.verticalHeader().setDefaultSectionSize(24)
        self.schedule_view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.schedule_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.schedule_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ScheduleModel.SEQ, QHeaderView.ResizeMode.ResizeToContents)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("scheduleSummary")
        self.rounding = rounding_unit()  # the office's rounding, as the loan service builds it
        self.preview_error = QLabel()
        self.preview_error.setWordWrap(True)
        self.preview_error.setStyleSheet("color: #7a4d00;")

        self._prefill()
        self._layout()
        self._form_changed()
        for signal in (self.term_spin.valueChanged, self.method_combo.currentIndexChanged,
                       self.plan_combo.currentIndexChanged, self.rate_edit.rateChanged,
                       self.principal_edit.amountChanged, self.date_edit.dateChanged,
                       self.person_combo.currentIndexChanged,
                       self.purpose_combo.currentIndexChanged):
            signal.connect(lambda *_a: self.update_preview())
        self.cash_radio.toggled.connect(lambda _on: self._form_changed())
        self.method_combo.currentIndexChanged.connect(lambda _i: self._method_changed())
        self.quantity_edit.textChanged.connect(lambda _t: self._compute_value())
        self.unit_value_edit.amountChanged.connect(lambda _a: self._compute_value())
        self.guarantor_combo.currentIndexChanged.connect(lambda _i: self._guarantor_changed())
        self._guarantor_changed()
        self._method_changed()
        self._hide_errors_on_edit()
        self.update_preview()

    # building ---------------------------------------------------------------------------------

    def _prefill(self) -> None:
        rules = self.rules  # the club's, or the defaults until the club sets its own
        self.term_spin.setValue(min(12, rules.max_term_months))
        self.rate_edit.set_rate_bp(rules.rate_bp)
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(
            rules.interest_method)))
        self.amount_hint.setText(tr("tối đa {amount} đ").format(
            amount=format_number(rules.max_amount)))
        self.term_hint.setText(tr("tối đa {n} tháng").format(n=rules.max_term_months))
        parts = [tr("Mức vay tối đa: <b>{amount} đ</b>").format(
                     amount=format_number(rules.max_amount)),
                 tr("Thời hạn tối đa: <b>{n} tháng</b>").format(n=rules.max_term_months),
                 tr("Lãi suất: <b>{rate}</b>, {method}").format(
                     rate=rate_text(rules.rate_bp),
                     method=label("interest_method", rules.interest_method).lower()),
                 tr("Phải có người bảo lãnh") if rules.guarantor_required
                 else tr("Không bắt buộc người bảo lãnh")]
        if not rules.stored:
            parts.append("<span style='color:#a15c00'>" + tr(
                "CLB chưa đặt quy định cho vay: đang dùng mức mặc định của chương trình. "
                "Hãy nhập quy định theo quy chế của CLB.") + "</span>")
        self.rules_label.setText("<br>".join(parts))

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def add(caption: str, widget: QWidget, *errors: str) -> None:
            form.addRow(caption, widget)
            for name in errors:
                form.addRow("", self.errors[name])

        add(tr("Thành viên vay:"), self.person_combo, "person")
        add(tr("Hình thức:"), field_row(self.cash_radio, self.kind_radio), "form")
        self.kind_rows = [tr("Hàng hóa, vật nuôi, cây giống:"), tr("Số lượng:"),
                          tr("Đơn giá (đồng):"), tr("Mua của:")]
        add(self.kind_rows[0], self.item_edit, "item")
        add(self.kind_rows[1], field_row(self.quantity_edit, self.unit_combo),
            "quantity", "unit")
        add(self.kind_rows[2], field_row(self.unit_value_edit), "unit_value")
        add(self.kind_rows[3], self.supplier_edit, "supplier")
        amount = QWidget()
        amount_layout = QVBoxLayout(amount)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        amount_layout.setSpacing(2)
        amount_layout.addWidget(field_row(self.principal_edit, self.amount_hint))
        amount_layout.addWidget(self.principal_words)
        add(tr("Số tiền vay (đồng):"), amount, "principal")
        add(tr("Mục đích:"), self.purpose_combo, "purpose")
        add(tr("Cụ thể:"), self.purpose_note_edit, "purpose_note")
        add(tr("Ngày vay:"), self.date_edit, "disbursed_on")
        add(tr("Thời hạn:"), field_row(self.term_spin, self.term_hint), "term_months")
        add(tr("Lãi suất:"), field_row(self.rate_edit), "rate_bp")
        add(tr("Cách tính lãi:"), self.method_combo, "interest_method")
        add(tr("Cách trả:"), self.plan_combo, "repayment_plan")
        add(tr("Người bảo lãnh:"), self.guarantor_combo)
        add("", self.guarantor_name_edit, "guarantor")
        add(tr("Ghi chú:"), self.note_edit, "note")
        self.form = form
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        club = QLabel(f"{self.club.code} — {self.club.name}")
        club.setStyleSheet("font-weight: bold;")
        club.setWordWrap(True)
        left_layout.addWidget(club)
        left_layout.addLayout(form)
        left_layout.addStretch(1)

        rules_box = QGroupBox(tr("Quy định cho vay của CLB"))
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(self.rules_label)
        preview_box = QGroupBox(tr("Lịch trả nợ dự kiến"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.schedule_view, 1)
        preview_layout.addWidget(self.summary_label)
        preview_layout.addWidget(self.preview_error)
        right = QVBoxLayout()
        right.addWidget(rules_box)
        right.addWidget(preview_box, 1)

        body = QHBoxLayout()
        body.addWidget(left, 5)
        body.addLayout(right, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(save_cancel(self, tr("Lưu khoản vay")))

    def _hide_errors_on_edit(self) -> None:
        # a message about a value the clerk has since changed would mislead
        pairs = (
            (self.person_combo.currentIndexChanged, "person"),
            (self.item_edit.textChanged, "item"),
            (self.quantity_edit.textChanged, "quantity"),
            (self.unit_value_edit.amountChanged, "unit_value"),
            (self.supplier_edit.textChanged, "supplier"),
            (self.principal_edit.amountChanged, "principal"),
            (self.purpose_combo.currentIndexChanged, "purpose"),
            (self.date_edit.dateChanged, "disbursed_on"),
            (self.term_spin.valueChanged, "term_months"),
            (self.rate_edit.rateChanged, "rate_bp"),
            (self.guarantor_combo.currentIndexChanged, "guarantor"),
            (self.guarantor_name_edit.textChanged, "guarantor"),
        )
        for signal, name in pairs:
            signal.connect(self.errors[name].hide)

    # behaviour --------------------------------------------------------------------------------

    def in_kind(self) -> bool:
        return self.kind_radio.isChecked()

    def set_in_kind(self, value: bool) -> None:
        (self.kind_radio if value else self.cash_radio).setChecked(True)

    def _form_changed(self) -> None:
        kind = self.in_kind()
        for caption in self.kind_rows:
            for row in range(self.form.rowCount()):
                item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None \
                        and item.widget().text() == caption:
                    self.form.setRowVisible(row, kind)
        for name in ("item", "quantity", "unit", "unit_value", "supplier"):
            if not kind:
                self.errors[name].hide()
        # in kind, the amount is the agreed value of the goods: quantity × unit value
        self.principal_edit.setReadOnly(kind)
        self.principal_edit.setStyleSheet("background: #f0f0f0;" if kind else "")
        if kind:
            self._compute_value()
        self.update_preview()

    def _compute_value(self) -> None:
        if not self.in_kind():
            return
        try:
            quantity = parse_quantity(self.quantity_edit.text())
        except ValueError:
            quantity = None
        unit_value = self.unit_value_edit.amount()
        if quantity is None or unit_value is None:
            self.principal_edit.setAmount(None)
            return
        value = (quantity * unit_value).quantize(Decimal(1), ROUND_HALF_UP)
        self.principal_edit.setAmount(int(value))

    def _guarantor_changed(self) -> None:
        outside = self.guarantor_combo.currentData() == OUTSIDE
        self.guarantor_name_edit.setVisible(outside)

    def to_input(self) -> loans.LoanInput:
        """The form as a LoanInput; raises ValueError(field) for text that is not a value."""
        try:
            on = self.date_edit.date()
        except ValueError as exc:
            raise ValueError("disbursed_on") from exc
        kind = self.in_kind()
        quantity = None
        if kind:
            try:
                quantity = parse_quantity(self.quantity_edit.text())
            except ValueError as exc:
                raise ValueError("quantity") from exc
        guarantor = self.guarantor_combo.currentData()
        no_interest = self.method_combo.currentData() == "none"
        return loans.LoanInput(
            club_id=self.club_id,
            person_id=self.person_combo.currentData(),
            form="in_kind" if kind else "cash",
            item=self.item_edit.text().strip() if kind else "",
            quantity=quantity,
            unit=self.unit_combo.currentText().strip() if kind else "",
            unit_value=self.unit_value_edit.amount() if kind else None,
            supplier=self.supplier_edit.text().strip() if kind else "",
            # in kind the service values the goods itself (quantity × unit value)
            principal=None if kind else self.principal_edit.amount(),
            purpose=self.purpose_combo.currentData(),
            purpose_note=self.purpose_note_edit.text().strip(),
            disbursed_on=on,
            term_months=self.term_spin.value(),
            rate_bp=None if no_interest else self.rate_edit.rate_bp(),
            interest_method=self.method_combo.currentData(),
            repayment_plan=self.plan_combo.currentData(),
            guarantor_person_id=guarantor if guarantor not in (None, OUTSIDE) else None,
            guarantor_name=self.guarantor_name_edit.text().strip()
            if guarantor == OUTSIDE else "",
            note=self.note_edit.text().strip())

    def _bad_text(self, field: str) -> Problem:
        widget = self.date_edit if field == "disbursed_on" else self.quantity_edit
        code = "bad_date" if field == "disbursed_on" else "bad_number"
        return Problem(field, code, {"value": widget.text()})

    def _method_changed(self) -> None:
        no_interest = self.method_combo.currentData() == "none"
        self.rate_edit.setEnabled(not no_interest)
        if no_interest:
            self.rate_edit.set_rate_bp(0)
        elif self.rate_edit.rate_bp() == 0:
            self.rate_edit.set_rate_bp(self.rules.rate_bp)

    def update_preview(self) -> None:
        """Rebuild the schedule from the form; what stops it is said under the table."""
        rows: list = []
        problems: list[Problem] = []
        try:
            inp = self.to_input()
            rows = loans.preview_schedule(inp, today=self.today)
        except ValueError as exc:
            problems = [self._bad_text(str(exc))]
        except ValidationError as exc:
            problems = exc.problems
            if all(p.field in NOT_SCHEDULE for p in problems):
                # Who borrows and why do not change the schedule: show it while the clerk
                # is still filling those in.
                rows = self._schedule_anyway(inp)
        self.schedule.set_rows(rows)
        if rows:
            principal, interest, total = self.schedule.totals()
            text = tr(
                "Tổng phải trả <b>{total} đ</b> trong {n} kỳ<br>gồm gốc {principal} đ, "
                "lãi {interest} đ").format(total=format_number(total),
                                       principal=format_number(principal),
                                       interest=format_number(interest), n=len(rows))
            if self.rounding > 1:
                text += "<br>" + tr("Số tiền mỗi kỳ làm tròn đến {unit} đ; kỳ cuối nhận "
                                    "phần lẻ.").format(unit=format_number(self.rounding))
            self.summary_label.setText(text)
        else:
            self.summary_label.setText("")
        # Only what stands in the schedule's way: an empty member or purpose is not news.
        shown = [p for p in problems if p.field not in NOT_SCHEDULE]
        self.preview_error.setText("\n".join(problem_text(p) for p in shown))
        self.preview_error.setVisible(bool(shown) or not rows)
        if not rows and not shown:
            self.preview_error.setText(tr("Nhập số tiền vay để xem lịch trả nợ."))

    def _schedule_anyway(self, inp: loans.LoanInput) -> list:
        principal = self.principal_edit.amount()
        if not principal or inp.disbursed_on is None:
            return []
        try:
            return build_schedule(principal, inp.term_months, inp.rate_bp or 0,
                                  inp.interest_method, inp.repayment_plan, inp.disbursed_on,
                                  unit=self.rounding)
        except ValueError:
            return []

    def show_problems(self, problems: list[Problem]) -> None:
        if not self.in_kind():
            problems = [p for p in problems if p.field not in ("item", "quantity", "unit",
                                                               "unit_value", "supplier")]
        show_field_problems(self.errors, self.general_error, problems)

    def accept(self) -> None:
        try:
            inp = self.to_input()
        except ValueError as exc:
            self.show_problems([self._bad_text(str(exc))])
            return
        done = service.call(self, lambda: loans.create_loan(inp, today=self.today),
                            context=self.context, changes=Change.LOAN,
                            problems=self.show_problems, general=self.general_error)
        if not done:
            return
        self.loan = done.value
        super().accept()

    # after saving ------------------------------------------------------------------------------

    def _ask_contract(self) -> bool:
        """Tests replace this to answer without a message box."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Đã lưu khoản vay"),
                          tr("Đã lưu khoản vay số {number:02d}. In khế ước vay để hai bên ký?")
                          .format(number=self.loan.number),
                          QMessageBox.StandardButton.NoButton, self.parentWidget())
        yes = box.addButton(tr("In khế ước vay"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Để sau"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def offer_contract(self) -> QDialog | None:
        """After saving: offer "In khế ước vay", shown through the preview."""
        if self.loan is None or not self._ask_contract():
            return None
        return show_contract(self.parentWidget() or self, self.loan.id, self.loan.number,
                             self.loan.person.full_name)
