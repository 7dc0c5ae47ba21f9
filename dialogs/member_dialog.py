"""Add or edit a club member. Problems show under their fields as the clerk types; a new
member is checked against people already on record before saving."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.accounts.access import can, can_see_sensitive
from models.clubs import clubs
from models.clubs.club_reads import group_choices
from models.codes import CONSENT_METHODS, HOUSEHOLD_STATUSES, MEMBER_ROLES
from models.errors import Problem
from models.members import members
from models.members.members import MemberInput
from models.office.admin_units import villages_of
from models.text.vietnamese import ETHNIC_GROUPS, format_date, normalize_ethnicity
from ui import service
from ui.context import AppContext, Change
from ui.messages import label, problem_text
from ui.widgets import DateEdit, ErrorLabel, with_error
from ui.widgets.form_dialog import AsksBeforeDiscarding
from ui.widgets.member_widgets import (
    DuplicateDialog,
    YearSpin,
    consent_row,
    grow_to_fit,
    hide_sensitive,
    masked_input,
)
from ui.widgets.search import FoldingCompleter

# Fields that have an error label of their own; other problems go to the line at the bottom.
ERROR_FIELDS = (
    "full_name", "gender", "birth", "ethnicity", "id_number", "phone", "village",
    "household_status", "household_status_year", "joined_on", "role", "group",
    "consent_date", "consent_method", "consent_scope",
)


def tr(text: str) -> str:
    return QCoreApplication.translate("MemberDialog", text)


class MemberDialog(AsksBeforeDiscarding, QDialog):
    """New member of a club (membership_id None) or edit of a membership. On success
    `self.membership` is the saved row and the context hears that members changed."""

    def __init__(self, context: AppContext, club_id: int, membership_id: int | None = None,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or dt.date.today()
        self.membership_id = membership_id
        self.membership = members.get_membership(membership_id) if membership_id else None
        self.club = self.membership.club if self.membership else clubs.get_club(club_id)
        self.person_id = self.membership.person_id if self.membership else None
        # Roles without the sensitive right see "(ẩn)": the values never reach the widgets.
        self.sensitive = can_see_sensitive(self.club.ward_code)
        self.touched: set[str] = set()
        self.show_all = self.membership is not None  # existing data: say what is wrong now
        self._loading = True
        self.errors = {name: ErrorLabel() for name in ERROR_FIELDS}
        self.general_error = ErrorLabel()
        if self.membership:
            self.setWindowTitle(tr("Sửa thông tin thành viên — {name}").format(
                name=self.membership.person.full_name))
        else:
            self.setWindowTitle(tr("Thêm thành viên"))

        grid = QGridLayout()
        grid.addWidget(self._personal_box(), 0, 0, 3, 1)
        grid.addWidget(self._household_box(), 0, 1)
        grid.addWidget(self._club_box(), 1, 1)
        grid.addWidget(self._consent_box(), 2, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        if not self.sensitive:
            hide_sensitive(self)
        if not can("write"):  # a supervisor reads the record; the service would refuse a save
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(tr("Tài khoản của bạn chỉ được xem, không được sửa"))
        if self.membership is not None:
            inp = MemberInput.from_membership(self.membership)
            self.set_input(inp if self.sensitive else masked_input(inp))
        self._connect()
        self._loading = False
        self.refresh_problems()

    # form -------------------------------------------------------------------------------------

    def _personal_box(self) -> QGroupBox:
        box = QGroupBox(tr("Thông tin cá nhân"))
        outer = QVBoxLayout(box)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # rows keep their height when the right column is taller
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(tr("VD: Nguyễn Thị Huệ"))
        self.female_radio, self.male_radio = QRadioButton(tr("Nữ")), QRadioButton(tr("Nam"))
        self.gender_group = QButtonGroup(self)
        gender_row = QHBoxLayout()
        for radio in (self.female_radio, self.male_radio):
            self.gender_group.addButton(radio)
            gender_row.addWidget(radio)
        gender_row.addStretch(1)
        self.birth_date_edit = DateEdit()
        self.birth_year_spin = YearSpin(members.MIN_BIRTH_YEAR, self.today.year,
                                        self.today.year - 60)
        self.age_label = QLabel()
        self.age_label.setStyleSheet("color: #555;")
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth_date_edit)
        birth_row.addWidget(QLabel(tr("hoặc năm sinh:")))
        birth_row.addWidget(self.birth_year_spin)
        birth_row.addWidget(self.age_label)
        birth_row.addStretch(1)
        self.ethnicity_combo = QComboBox()
        self.ethnicity_combo.setEditable(True)
        self.ethnicity_combo.addItems(list(ETHNIC_GROUPS))
        self.ethnicity_combo.setCompleter(FoldingCompleter(ETHNIC_GROUPS, self.ethnicity_combo))
        self.ethnicity_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ethnicity_combo.setCurrentText(MemberInput().ethnicity)
        self.id_edit = QLineEdit()
        self.id_edit.setMaxLength(20)
        self.id_edit.setPlaceholderText(tr("12 chữ số, để trống nếu chưa có"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(20)
        self.phone_edit.setPlaceholderText(tr("VD: 0912 345 678"))
        self.village_combo = QComboBox()
        self.village_combo.addItem(tr("(chưa chọn)"), None)
        current_village = self.membership.person.village_id if self.membership else None
        for v in villages_of(self.club.ward_code, include_closed=True):
            if v.valid_to is None or v.id == current_village:
                self.village_combo.addItem(v.name, v.id)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(54)

        e = self.errors
        gender_box = QWidget()
        gender_box.setLayout(gender_row)
        gender_row.setContentsMargins(0, 0, 0, 0)
        birth_box = QWidget()
        birth_box.setLayout(birth_row)
        birth_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Họ và tên:"), with_error(self.name_edit, e["full_name"]))
        form.addRow(tr("Giới tính:"), with_error(gender_box, e["gender"]))
        form.addRow(tr("Ngày sinh:"), with_error(birth_box, e["birth"]))
        form.addRow(tr("Dân tộc:"), with_error(self.ethnicity_combo, e["ethnicity"]))
        form.addRow(tr("Số CCCD:"), with_error(self.id_edit, e["id_number"]))
        form.addRow(tr("Điện thoại:"), with_error(self.phone_edit, e["phone"]))
        form.addRow(tr("Thôn/tổ dân phố:"), with_error(self.village_combo, e["village"]))
        form.addRow(tr("Ghi chú:"), self.note_edit)
        return box

    def _household_box(self) -> QGroupBox:
        box = QGroupBox(tr("Hoàn cảnh"))
        form = QFormLayout(box)
        self.household_combo = QComboBox()
        for code in HOUSEHOLD_STATUSES:
            self.household_combo.addItem(label("household_status", code), code)
        self.household_combo.setCurrentIndex(self.household_combo.findData("none"))
        self.household_year_spin = YearSpin(2000, self.today.year + 1, self.today.year)
        self.disability_check = QCheckBox(tr("Người khuyết tật"))
        self.policy_check = QCheckBox(tr("Người có công, gia đình chính sách"))
        self.assistance_check = QCheckBox(tr("Hưởng trợ cấp xã hội hằng tháng"))
        e = self.errors
        form.addRow(tr("Hoàn cảnh hộ:"), with_error(self.household_combo, e["household_status"]))
        form.addRow(tr("Năm xét:"), with_error(self.household_year_spin,
                                               e["household_status_year"]))
        for check in (self.disability_check, self.policy_check, self.assistance_check):
            form.addRow("", check)
        return box

    def _club_box(self) -> QGroupBox:
        box = QGroupBox(tr("Sinh hoạt CLB"))
        form = QFormLayout(box)
        club_label = QLabel(f"{self.club.code} — {self.club.name}")
        club_label.setWordWrap(True)
        self.joined_edit = DateEdit(None if self.membership else self.today)
        self.role_combo = QComboBox()
        for code in MEMBER_ROLES:
            self.role_combo.addItem(label("member_role", code), code)
        self.group_combo = QComboBox()
        self.group_combo.addItem(tr("(không thuộc tổ/nhóm nào)"), None)
        for group_id, name in group_choices(self.club.id):
            self.group_combo.addItem(name, group_id)
        self.home_care_check = QCheckBox(tr("Tình nguyện viên chăm sóc tại nhà"))
        self.economic_check = QCheckBox(tr("Tình nguyện viên hỗ trợ phát triển kinh tế"))
        e = self.errors
        form.addRow(tr("Câu lạc bộ:"), club_label)
        if self.membership is not None and self.membership.left_on is not None:
            left = QLabel(tr("Đã ra khỏi CLB ngày {date} ({reason})").format(
                date=format_date(self.membership.left_on),
                reason=label("leave_reason", self.membership.leave_reason)))
            left.setStyleSheet("color: #8a4b00;")
            form.addRow("", left)
        form.addRow(tr("Ngày vào CLB:"), with_error(self.joined_edit, e["joined_on"]))
        form.addRow(tr("Vai trò:"), with_error(self.role_combo, e["role"]))
        form.addRow(tr("Tổ/nhóm:"), with_error(self.group_combo, e["group"]))
        form.addRow("", self.home_care_check)
        form.addRow("", self.economic_check)
        return box

    def _consent_box(self) -> QGroupBox:
        box = QGroupBox(tr("Đồng ý xử lý dữ liệu cá nhân"))
        form = QFormLayout(box)
        hint = QLabel(tr("Ghi ngày và hình thức người này đồng ý cho CLB lưu và dùng thông tin "
                         "cá nhân (Luật Bảo vệ dữ liệu cá nhân)."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.consent_date_edit = DateEdit()
        self.consent_combo = QComboBox()
        self.consent_combo.addItem(tr("(chưa ghi nhận)"), "")
        for code in CONSENT_METHODS:
            self.consent_combo.addItem(label("consent_method", code), code)
        e = self.errors
        form.addRow(hint)
        form.addRow(tr("Ngày đồng ý:"), with_error(self.consent_date_edit, e["consent_date"]))
        form.addRow(tr("Hình thức:"), with_error(self.consent_combo, e["consent_method"]))
        self.consent_scope_edit, self.consent_print_button = consent_row(self, form,
                                                                        e["consent_scope"])
        return box

    def _connect(self) -> None:
        def touch(*names: str):
            return lambda *_a: self._edited(*names)

        self.name_edit.textChanged.connect(touch("full_name"))
        self.gender_group.buttonToggled.connect(touch("gender"))
        self.birth_date_edit.dateChanged.connect(self._birth_date_changed)
        self.birth_year_spin.valueChanged.connect(touch("birth"))
        self.ethnicity_combo.currentTextChanged.connect(touch("ethnicity"))
        self.ethnicity_combo.lineEdit().editingFinished.connect(self._ethnicity_finished)
        self.id_edit.textChanged.connect(touch("id_number"))
        self.phone_edit.textChanged.connect(touch("phone"))
        self.village_combo.currentIndexChanged.connect(touch("village"))
        self.household_combo.currentIndexChanged.connect(self._household_changed)
        self.household_year_spin.valueChanged.connect(touch("household_status_year"))
        self.joined_edit.dateChanged.connect(touch("joined_on"))
        self.role_combo.currentIndexChanged.connect(touch("role"))
        self.group_combo.currentIndexChanged.connect(touch("group"))
        # a consent date needs its method: touching one shows what the other lacks
        self.consent_date_edit.dateChanged.connect(touch("consent_date", "consent_method"))
        self.consent_scope_edit.textChanged.connect(touch("consent_scope"))
        self.consent_combo.currentIndexChanged.connect(touch("consent_date", "consent_method"))
        self._household_changed(None)

    def _edited(self, *names: str) -> None:
        if self._loading:
            return
        self.touched.update(names)
        self.refresh_problems()

    def _birth_date_changed(self) -> None:
        if self.birth_date_edit.is_valid() and self.birth_date_edit.date() is not None:
            self.birth_year_spin.set_year(self.birth_date_edit.date().year)
        self._edited("birth")

    def _ethnicity_finished(self) -> None:
        official = normalize_ethnicity(self.ethnicity_combo.currentText())
        if official and official != self.ethnicity_combo.currentText():
            self.ethnicity_combo.setCurrentText(official)

    def _household_changed(self, _index: int | None) -> None:
        counted = self.household_combo.currentData() != "none"
        self.household_year_spin.setEnabled(counted)
        if not counted:
            self.household_year_spin.set_year(None)
        elif self.household_year_spin.year() is None and not self._loading:
            self.household_year_spin.set_year(self.today.year)
        self._edited("household_status", "household_status_year")

    # values -----------------------------------------------------------------------------------

    def set_input(self, inp: MemberInput) -> None:
        """Fill the form (used for editing and by tests)."""
        self.name_edit.setText(inp.full_name)
        self.female_radio.setChecked(inp.gender == "F")
        self.male_radio.setChecked(inp.gender == "M")
        self.birth_date_edit.set_date(inp.birth_date)
        self.birth_year_spin.set_year(inp.birth_year)
        self.ethnicity_combo.setCurrentText(inp.ethnicity)
        self.id_edit.setText(inp.id_number)
        self.phone_edit.setText(inp.phone)
        self.village_combo.setCurrentIndex(max(0, self.village_combo.findData(inp.village_id)))
        self.household_combo.setCurrentIndex(self.household_combo.findData(inp.household_status))
        self.household_year_spin.set_year(inp.household_status_year)
        self.disability_check.setChecked(inp.disability)
        self.policy_check.setChecked(inp.policy_beneficiary)
        self.assistance_check.setChecked(inp.social_assistance)
        self.note_edit.setPlainText(inp.note)
        self.joined_edit.set_date(inp.joined_on)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(inp.role)))
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(inp.group_id)))
        self.home_care_check.setChecked(inp.home_care_volunteer)
        self.economic_check.setChecked(inp.economic_volunteer)
        self.consent_date_edit.set_date(inp.consent_date)
        self.consent_combo.setCurrentIndex(max(0, self.consent_combo.findData(
            inp.consent_method)))
        self.consent_scope_edit.setPlainText(inp.consent_scope)

    def member_input(self) -> tuple[MemberInput, list[Problem]]:
        """The form as a MemberInput, with problems of dates that could not be read."""
        unreadable: list[Problem] = []

        def date_of(edit: DateEdit, field: str) -> dt.date | None:
            try:
                return edit.date()
            except ValueError:
                unreadable.append(Problem(field, "bad_date", {"value": edit.text()}))
                return None

        gender = "F" if self.female_radio.isChecked() else "M" if self.male_radio.isChecked() \
            else ""
        inp = MemberInput(
            full_name=self.name_edit.text(), gender=gender,
            birth_date=date_of(self.birth_date_edit, "birth"),
            birth_year=self.birth_year_spin.year(),
            ethnicity=self.ethnicity_combo.currentText(), id_number=self.id_edit.text(),
            phone=self.phone_edit.text(), village_id=self.village_combo.currentData(),
            household_status=self.household_combo.currentData(),
            household_status_year=self.household_year_spin.year(),
            disability=self.disability_check.isChecked(),
            policy_beneficiary=self.policy_check.isChecked(),
            social_assistance=self.assistance_check.isChecked(),
            consent_date=date_of(self.consent_date_edit, "consent_date"),
            consent_method=self.consent_combo.currentData(),
            note=self.note_edit.toPlainText(),
            joined_on=date_of(self.joined_edit, "joined_on"),
            role=self.role_combo.currentData(), group_id=self.group_combo.currentData(),
            home_care_volunteer=self.home_care_check.isChecked(),
            economic_volunteer=self.economic_check.isChecked(),
            consent_scope=self.consent_scope_edit.toPlainText(),
        )
        if not self.sensitive:
            # what the masked widgets hold is not data: the stored values (or none) count
            fresh = MemberInput()
            for name in members.SENSITIVE_FIELDS:
                setattr(inp, name, getattr(fresh, name))
            if self.membership is not None:
                members.keep_hidden_values(inp, self.membership.person, self.club.ward_code)
        return inp, unreadable

    def problems(self) -> list[Problem]:
        """Everything wrong with the form now (the service's own rules, plus unreadable
        dates)."""
        inp, unreadable = self.member_input()
        found = members.check(inp, self.club, person_id=self.person_id, today=self.today)
        bad = {p.field for p in unreadable}
        return unreadable + [p for p in found.problems if p.field not in bad]

    def refresh_problems(self, extra: list[Problem] | None = None) -> list[Problem]:
        """Show problems under their fields: only for fields the clerk has touched until the
        first save attempt, so an empty new form is not covered in red."""
        problems = self.problems()
        known = {(p.field, p.code) for p in problems}
        problems += [p for p in extra or [] if (p.field, p.code) not in known]
        shown = [p for p in problems if self.show_all or p.field in self.touched
                 or p.field not in self.errors]
        for name, error in self.errors.items():
            mine = [p for p in shown if p.field == name]
            error.show_problems(mine)
            if name == "id_number":
                self._explain_id_duplicate(error, mine)
        others = [p for p in shown if p.field not in self.errors]
        self.general_error.setText("\n".join(problem_text(p) for p in others))
        self.general_error.setVisible(bool(others))
        self._update_age()
        grow_to_fit(self)
        return problems

    @staticmethod
    def _explain_id_duplicate(error: ErrorLabel, problems: list[Problem]) -> None:
        for p in problems:
            if p.code == "duplicate" and p.params.get("name"):
                error.setText(tr("số CCCD này đã có trong dữ liệu, của {name}").format(
                    name=p.params["name"]))

    def _update_age(self) -> None:
        year = self.birth_year_spin.year()
        date = self.birth_date_edit.date() if self.birth_date_edit.is_valid() else None
        if year is None or not members.MIN_BIRTH_YEAR <= year <= self.today.year:
            self.age_label.setText("")
            return
        age = members.age_on(date if date and date.year == year else None, year, self.today)
        self.age_label.setText(tr("({age} tuổi)").format(age=age))

    # saving -----------------------------------------------------------------------------------

    def _ask(self, dialog: DuplicateDialog) -> None:
        """Show the duplicates question; tests replace this to answer it."""
        dialog.exec()

    def accept(self) -> None:
        self.show_all = True
        problems = self.refresh_problems()
        adding = self.membership is None
        # A known ID number is not a stop for a new member: the clerk may say it is that person.
        blocking = [p for p in problems
                    if not (adding and p.field == "id_number" and p.code == "duplicate")]
        if blocking:
            self.save_button.setFocus()
            return
        inp, _ = self.member_input()
        existing: int | None = None
        if adding:
            duplicates = members.find_duplicates(inp, self.club.ward_code)
            if duplicates:
                question = DuplicateDialog(duplicates, self.club.code, self)
                self._ask(question)
                if question.choice is None:
                    return
                if question.choice == "same":
                    existing = question.person_id
        done = service.call(
            self, lambda: members.add_member(self.club.id, inp, existing_person_id=existing,
                                             today=self.today) if adding
            else members.update_member(self.membership_id, inp, today=self.today),
            context=self.context, changes=Change.MEMBER, problems=self.refresh_problems,
            box=True)
        if not done:
            return
        self.membership = done.value
        self.membership_id = done.value.id
        super().accept()

