"""First-run office setup, and the office/issuing-body forms the settings page reuses.

The dialog asks for the province, the commune/ward, the office, the bodies that issue
documents and (optionally) the first villages, then saves all of it with one service call
(models.office.office_setup.setup_office): a problem anywhere writes nothing and is shown next to
its field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.codes import VILLAGE_KINDS
from models.errors import Problem
from models.office import office_setup
from models.office.admin_units import provinces, short_name, wards_of
from models.office.settings import IssuingBodyInput, OfficeSettings
from models.office.unit_reads import ward_by_code
from ui import service
from ui.messages import label, problem_text
from ui.widgets import ErrorLabel, with_error
from ui.widgets.search import SearchCombo

if TYPE_CHECKING:
    from models.storage.schema import Ward

AUTHORITIES = ("TM. ỦY BAN NHÂN DÂN", "TM. BAN CHẤP HÀNH", "TM. BAN THƯỜNG VỤ",
               "TM. BAN CHỦ NHIỆM", "")
SIGNER_TITLES = ("CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH", "CHỦ NHIỆM")


def tr(text: str) -> str:
    return QCoreApplication.translate("OfficeSetup", text)


def title_to_text(title: str) -> str:
    """A two-line signer title shown on one line: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'."""
    return " / ".join(title.splitlines())


def text_to_title(text: str) -> str:
    """The clerk writes ' / ' where the printed title breaks the line."""
    return "\n".join(part.strip() for part in text.split("/") if part.strip())


class OfficeForm(QWidget):
    """Province, commune/ward, office name, address, phone. Callbacks in `ward_listeners`
    get the chosen Ward (or None) whenever the ward changes."""

    FIELDS = ("province_code", "ward_code", "office_name", "address", "phone", "clerk_name")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = {name: ErrorLabel() for name in self.FIELDS}
        self.province_combo = SearchCombo(tr("Gõ tên tỉnh/thành phố, VD: thai nguyen"))
        self.province_combo.setObjectName("province")
        self.ward_combo = SearchCombo(tr("Gõ tên xã/phường, VD: duc xuan"))
        self.ward_combo.setObjectName("ward")
        self.name_combo = QComboBox()
        self.name_combo.setObjectName("officeName")
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(tr("VD: 0209 3870 123"))
        self.clerk_edit = QLineEdit()
        self.clerk_edit.setObjectName("clerkName")
        self.clerk_edit.setPlaceholderText(tr("VD: Nguyễn Thị Lan"))
        self._suggested: dict[str, str] = {}
        self._suggested_names: list[str] = []
        self.ward_listeners: list[Callable[[Ward | None], None]] = []

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Tỉnh/thành phố:"),
                    with_error(self.province_combo, self.errors["province_code"]))
        form.addRow(tr("Xã/phường/đặc khu:"),
                    with_error(self.ward_combo, self.errors["ward_code"],
                               tr("Danh mục đơn vị hành chính từ 01/7/2025.")))
        form.addRow(tr("Tên cơ quan:"), with_error(self.name_combo, self.errors["office_name"]))
        form.addRow(tr("Địa chỉ:"), with_error(self.address_edit, self.errors["address"]))
        form.addRow(tr("Điện thoại:"), with_error(self.phone_edit, self.errors["phone"]))
        form.addRow(tr("Cán bộ phụ trách:"), with_error(
            self.clerk_edit, self.errors["clerk_name"],
            tr("Người lập sổ sách, phiếu; được ghi vào nhật ký thay đổi khi chưa có tài "
               "khoản người dùng.")))

        self.province_combo.set_items([(short_name(p.name), p.code) for p in provinces()])
        self.ward_combo.setEnabled(False)
        self.province_combo.value_listeners.append(self._province_changed)
        self.ward_combo.value_listeners.append(self._ward_changed)

    def _province_changed(self, code: object) -> None:
        wards = wards_of(code) if code is not None else []
        self.ward_combo.set_items([(w.name, w.code) for w in wards])
        self.ward_combo.setEnabled(bool(wards))

    def ward(self) -> Ward | None:
        code = self.ward_combo.value()
        return ward_by_code(code)

    def _ward_changed(self, _code: object) -> None:
        ward = self.ward()
        if ward is not None:
            names = office_setup.suggest_office_names(ward)
            current = self.name_combo.currentText()
            self.name_combo.clear()
            self.name_combo.addItems(names)
            # A name the clerk typed stays; one of our earlier suggestions follows the ward.
            own = current and current not in self._suggested_names
            self.name_combo.setCurrentText(current if own else names[0])
            self._suggested_names = names
            address = office_setup.suggest_address(ward)
            if self.address_edit.text() in ("", self._suggested.get("address")):
                self.address_edit.setText(address)
                self._suggested["address"] = address
        for listener in self.ward_listeners:
            listener(ward)

    def set_value(self, office: OfficeSettings) -> None:
        ward = ward_by_code(office.ward_code) if office.ward_code else None
        self.province_combo.set_value(ward.province_code if ward else office.province_code)
        self.ward_combo.set_value(office.ward_code)
        self.name_combo.setCurrentText(office.office_name)
        self.address_edit.setText(office.address)
        self.phone_edit.setText(office.phone)
        self.clerk_edit.setText(office.clerk_name)
        self._suggested.clear()
        self._suggested_names = []

    def value(self) -> OfficeSettings:
        return OfficeSettings(
            province_code=self.province_combo.value(), ward_code=self.ward_combo.value(),
            office_name=self.name_combo.currentText(), address=self.address_edit.text(),
            phone=self.phone_edit.text(), clerk_name=self.clerk_edit.text())

    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Show the problems of these fields; return the ones this form does not own."""
        mine = {name: [p for p in problems if p.field == name] for name in self.FIELDS}
        for name, error in self.errors.items():
            error.show_problems(mine[name])
        return [p for p in problems if p.field not in self.FIELDS]


class IssuingBodyForm(QGroupBox):
    """One body that issues documents: symbol, names, authority line, signer."""

    FIELDS = ("body_code", "name", "parent_name", "authority", "signer_title", "signer_name")

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.errors = {name: ErrorLabel() for name in self.FIELDS}
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(20)
        self.code_edit.setPlaceholderText(tr("VD: UBND"))
        self.name_edit = QLineEdit()
        self.parent_edit = QLineEdit()
        self.parent_edit.setPlaceholderText(tr("để trống nếu không có"))
        self.authority_combo = QComboBox()
        self.authority_combo.setEditable(True)
        self.authority_combo.addItems(AUTHORITIES)
        self.title_combo = QComboBox()
        self.title_combo.setEditable(True)
        self.title_combo.addItems([title_to_text(t) for t in SIGNER_TITLES])
        self.title_combo.setToolTip(tr("Viết « / » ở chỗ xuống dòng khi in, "
                                       "VD: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"))
        for combo in (self.authority_combo, self.title_combo):
            combo.setCurrentIndex(-1)  # empty until filled: suggestions only fill empty fields
        self.signer_edit = QLineEdit()
        self.signer_edit.setPlaceholderText(tr("VD: Hoàng Văn Thụ"))
        for edit in (self.code_edit, self.name_edit, self.parent_edit,
                     self.authority_combo.lineEdit(), self.title_combo.lineEdit()):
            # Upper case once typing is over: changing text mid-word upsets Telex/VNI input.
            edit.editingFinished.connect(lambda e=edit: e.setText(e.text().upper()))

        # The hint shows this body's own numbers (05/QĐ-HNCT for the association), not
        # the People's Committee's.
        self.code_hint = QLabel()
        self.code_hint.setObjectName("codeHint")
        self.code_hint.setStyleSheet("color: #555;")
        self.code_edit.textChanged.connect(self._update_code_hint)
        self._update_code_hint()
        form = QFormLayout(self)
        form.addRow(tr("Ký hiệu viết tắt:"),
                    with_error(self.code_edit, self.errors["body_code"]))
        form.addRow("", self.code_hint)
        form.addRow(tr("Tên cơ quan ban hành:"), with_error(self.name_edit, self.errors["name"]))
        form.addRow(tr("Cơ quan chủ quản:"),
                    with_error(self.parent_edit, self.errors["parent_name"]))
        form.addRow(tr("Thẩm quyền ký:"),
                    with_error(self.authority_combo, self.errors["authority"]))
        form.addRow(tr("Chức vụ người ký:"),
                    with_error(self.title_combo, self.errors["signer_title"]))
        form.addRow(tr("Họ tên người ký:"),
                    with_error(self.signer_edit, self.errors["signer_name"]))

    def _update_code_hint(self) -> None:
        code = self.code_edit.text().strip().upper()
        if code:
            self.code_hint.setText(tr("Đứng cuối số văn bản của cơ quan này, "
                                      "VD: 05/QĐ-{code}").format(code=code))
        else:
            self.code_hint.setText(tr("Đứng cuối số văn bản, VD: UBND (Ủy ban nhân dân), "
                                      "HNCT (Hội Người cao tuổi)"))

    def set_value(self, body: IssuingBodyInput) -> None:
        self.code_edit.setText(body.code)
        self.name_edit.setText(body.name)
        self.parent_edit.setText(body.parent_name)
        self.authority_combo.setCurrentText(body.authority)
        self.title_combo.setCurrentText(title_to_text(body.signer_title))
        self.signer_edit.setText(body.signer_name)

    def value(self) -> IssuingBodyInput:
        return IssuingBodyInput(
            code=self.code_edit.text(), name=self.name_edit.text(),
            parent_name=self.parent_edit.text(), authority=self.authority_combo.currentText(),
            signer_title=text_to_title(self.title_combo.currentText()),
            signer_name=self.signer_edit.text())

    def show_problems(self, problems: list[Problem]) -> None:
        """Problems whose field is one of FIELDS (already stripped of 'bodies[i].')."""
        for name, error in self.errors.items():
            error.show_problems([p for p in problems if p.field == name])


def split_body_problems(problems: list[Problem], count: int
                        ) -> tuple[list[list[Problem]], list[Problem]]:
    """'bodies[1].name' problems go to form 1 as 'name'; the rest are returned apart."""
    per_body: list[list[Problem]] = [[] for _ in range(count)]
    rest = []
    for p in problems:
        head, _, tail = p.field.partition(".")
        if head.startswith("bodies[") and tail:
            index = int(head[len("bodies["):-1])
            if index < count:
                per_body[index].append(Problem(tail, p.code, p.params))
                continue
        rest.append(p)
    return per_body, rest


def body_from_row(row) -> IssuingBodyInput:
    return IssuingBodyInput(code=row.code, name=row.name, parent_name=row.parent_name,
                            authority=row.authority, signer_title=row.signer_title,
                            signer_name=row.signer_name)


class OfficeSetupDialog(QDialog):
    """Shown at first run. Returns Accepted once everything is saved; `setup_result` then holds
    the models.office.office_setup.SetupResult."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Khai báo cơ quan sử dụng chương trình"))
        self.setup_result: office_setup.SetupResult | None = None
        intro = QLabel(tr("Chào mừng đến với ISHC Desk. Hãy khai báo cơ quan dùng chương trình "
                          "và nơi ban hành văn bản. Mọi thông tin đều sửa lại được trong mục "
                          "Cài đặt."))
        intro.setWordWrap(True)

        self.office_form = OfficeForm()
        office_box = QGroupBox(tr("Cơ quan"))
        QVBoxLayout(office_box).addWidget(self.office_form)

        self.kind_combo = QComboBox()
        for kind in VILLAGE_KINDS:
            self.kind_combo.addItem(label("village_kind", kind), kind)
        self.villages_edit = QPlainTextEdit()
        self.villages_edit.setObjectName("villages")
        self.villages_edit.setPlaceholderText(tr("Mỗi dòng một tên, VD:\nTổ 1\nTổ 2\n"
                                                 "Thôn Nà Cưởm"))
        self.villages_error = ErrorLabel()
        village_box = QGroupBox(tr("Thôn/tổ dân phố (có thể thêm sau)"))
        vform = QFormLayout(village_box)
        vform.addRow(tr("Loại mặc định:"), self.kind_combo)
        vform.addRow(with_error(self.villages_edit, self.villages_error,
                                tr("Dòng bắt đầu bằng «Thôn», «Bản», «Tổ dân phố»… "
                                   "lấy loại đó."), wrap_hint=True))

        self.body_forms = [IssuingBodyForm(tr("Ủy ban nhân dân")),
                           IssuingBodyForm(tr("Hội Người cao tuổi"))]
        bodies_box = QGroupBox(tr("Nơi ban hành văn bản"))
        bodies_layout = QGridLayout(bodies_box)
        for i, form in enumerate(self.body_forms):
            bodies_layout.addWidget(form, 0, i)

        self.general_error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Thoát"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(office_box, 0, 0)
        grid.addWidget(village_box, 0, 1)
        grid.addWidget(bodies_box, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        content = QWidget()
        content.setMinimumWidth(960)  # long upper-case body names need the room
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(intro)
        content_layout.addLayout(grid)
        content_layout.addWidget(self.general_error)
        content_layout.addStretch(1)
        # Small office screens (1366×768) may not hold the whole form: scroll, never squash.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll)
        layout.addWidget(self.buttons)

        self._suggested_bodies: list[IssuingBodyInput] = []
        self.office_form.ward_listeners.append(self._ward_changed)
        self._ward_changed(None)
        self._fit_to_screen(content)

    def _fit_to_screen(self, content: QWidget) -> None:
        wanted = (content.sizeHint().expandedTo(content.minimumSize())
                  + QSize(40, self.buttons.sizeHint().height() + 40))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            wanted = wanted.boundedTo(screen.size() - QSize(20, 60))
        self.resize(wanted)

    def _ward_changed(self, ward: Ward | None) -> None:
        self.kind_combo.setCurrentIndex(
            self.kind_combo.findData(office_setup.default_village_kind(ward)))
        if ward is None:
            return
        suggested = office_setup.suggest_bodies(ward)
        for i, (form, new) in enumerate(zip(self.body_forms, suggested, strict=True)):
            old = self._suggested_bodies[i] if self._suggested_bodies else None
            current = form.value()
            # Follow the ward only in fields the clerk has not typed anything of their own.
            for name in ("code", "name", "parent_name", "authority", "signer_title"):
                if getattr(current, name) in ("", getattr(old, name, "")):
                    setattr(current, name, getattr(new, name))
            form.set_value(current)
        self._suggested_bodies = suggested

    def village_lines(self) -> list[office_setup.VillageLine]:
        return office_setup.parse_village_lines(self.villages_edit.toPlainText(),
                                                self.kind_combo.currentData())

    def show_problems(self, problems: list[Problem]) -> None:
        rest = self.office_form.show_problems(problems)
        per_body, rest = split_body_problems(rest, len(self.body_forms))
        for form, mine in zip(self.body_forms, per_body, strict=True):
            form.show_problems(mine)
        village = [p for p in rest if p.field.startswith("villages")]
        rest = [p for p in rest if p not in village]
        self.villages_error.setText("\n".join(problem_text(p) for p in village))
        self.villages_error.setVisible(bool(village))
        self.general_error.setText("\n".join(problem_text(p) for p in rest))
        self.general_error.setVisible(bool(rest))

    def accept(self) -> None:
        done = service.call(
            self, lambda: office_setup.setup_office(
                self.office_form.value(), [f.value() for f in self.body_forms],
                self.village_lines()),
            problems=self.show_problems, general=self.general_error)
        if not done:
            return
        self.setup_result = done.value
        self.show_problems([])
        super().accept()

