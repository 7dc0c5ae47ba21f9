"""Pieces of the member dialog: a year box that may stay empty, accent-insensitive completion,
and the "possible duplicate" question."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.members.members import Duplicate, MemberInput
from models.privacy.consent import DEFAULT_SCOPE, MASK, mask_id_number


def tr(text: str) -> str:
    return QCoreApplication.translate("MemberDialog", text)


class YearSpin(QSpinBox):
    """A year, or nothing (shown as a dash). The arrows start from `start`, not from the
    lowest year, when the box is empty."""

    def __init__(self, low: int, high: int, start: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low - 1, high)
        self.setSpecialValueText("—")
        self.setGroupSeparatorShown(False)
        self.setFixedWidth(84)
        self._start = start if start is not None else high
        self.set_year(None)

    def year(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_year(self, year: int | None) -> None:
        self.setValue(self.minimum() if year is None else year)

    def stepBy(self, steps: int) -> None:
        if self.year() is None:
            self.setValue(self._start)
            return
        super().stepBy(steps)


def duplicate_text(dup: Duplicate, club_code: str) -> str:
    """'Nguyễn Thị Huệ (1958), đang ở CLB DX01 — cùng số CCCD'."""
    if dup.club_code == club_code:
        where = tr("đã là thành viên CLB này")
    elif dup.club_code:
        where = tr("đang ở CLB {code}").format(code=dup.club_code)
    else:
        where = tr("hiện không sinh hoạt ở CLB nào")
    text = f"{dup.full_name} ({dup.birth_year}), {where}"
    if dup.reason == "id_number":
        text += " — " + tr("cùng số CCCD")
    return text


class DuplicateDialog(QDialog):
    """Asks whether a new member is someone already on record. After it closes, `choice` is
    "new" (add a new person), "same" (this is `person_id`) or None (go back)."""

    def __init__(self, duplicates: list[Duplicate], club_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Có thể trùng người đã có"))
        self.setMinimumWidth(560)
        self.duplicates = duplicates
        self.club_code = club_code
        self.choice: str | None = None
        self.person_id: int | None = None

        intro = QLabel(tr("Người vừa nhập có thể trùng với:"))
        intro.setStyleSheet("font-weight: bold;")
        self.radios: list[QRadioButton] = []
        self.radio_group = QButtonGroup(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a4b00;")
        self.new_button = QPushButton(tr("Vẫn thêm người mới"))
        self.same_button = QPushButton(tr("Là người này (chuyển sang CLB này nếu đã rời "
                                          "CLB cũ)"))
        self.back_button = QPushButton(tr("Quay lại"))
        self.back_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for i, dup in enumerate(duplicates):
            radio = QRadioButton(duplicate_text(dup, club_code))
            self.radio_group.addButton(radio, i)
            self.radios.append(radio)
            layout.addWidget(radio)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        # one answer per line: the long captions are the explanation, they must not be cut
        for button in (self.new_button, self.same_button):
            button.setStyleSheet("text-align: left; padding: 4px 10px;")
            layout.addWidget(button)
        back_row = QHBoxLayout()
        back_row.addStretch(1)
        back_row.addWidget(self.back_button)
        layout.addLayout(back_row)

        self.radio_group.idToggled.connect(lambda *_a: self._update())
        self.new_button.clicked.connect(self.add_new)
        self.same_button.clicked.connect(self.same_person)
        self.back_button.clicked.connect(self.reject)
        if self.radios:
            self.radios[0].setChecked(True)
        self._update()

    def selected(self) -> Duplicate | None:
        i = self.radio_group.checkedId()
        return self.duplicates[i] if 0 <= i < len(self.duplicates) else None

    def _update(self) -> None:
        dup = self.selected()
        notes = []
        same_ok = dup is not None and dup.club_code is None
        if dup is not None and dup.club_code == self.club_code:
            notes.append(tr("Người này đã là thành viên của CLB này: hãy sửa thông tin của họ "
                            "thay vì thêm mới."))
        elif dup is not None and dup.club_code:
            notes.append(tr("Người này đang sinh hoạt ở CLB {code}: muốn chuyển sang CLB này, "
                            "hãy cho họ ra khỏi CLB {code} trước.").format(code=dup.club_code))
        # Two people cannot share an ID number: a new person would be refused.
        new_ok = not any(d.reason == "id_number" for d in self.duplicates)
        if not new_ok:
            notes.append(tr("Số CCCD đã có trong dữ liệu nên không thể thêm người mới "
                            "với số này."))
        self.same_button.setEnabled(same_ok)
        self.new_button.setEnabled(new_ok)
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

    def add_new(self) -> None:
        self.choice, self.person_id = "new", None
        self.accept()

    def same_person(self) -> None:
        dup = self.selected()
        if dup is None:
            return
        self.choice, self.person_id = "same", dup.person_id
        self.accept()


# --- personal data (Law 91/2025/QH15) -------------------------------------------------------


def masked_input(inp: MemberInput) -> MemberInput:
    """What a user without the sensitive right may see of a member: the CCCD's last 4 digits,
    nothing of the household, flags and note."""
    return dataclasses.replace(inp, id_number=mask_id_number(inp.id_number),
                               household_status="none", household_status_year=None,
                               disability=False, policy_beneficiary=False,
                               social_assistance=False, note="")


def hide_sensitive(dialog: Any) -> None:
    """Mask the sensitive fields of a member dialog: the CCCD read-only, the household box
    replaced by a line saying it is hidden, the note read-only and empty."""
    dialog.id_edit.setReadOnly(True)
    dialog.id_edit.setPlaceholderText(MASK)
    dialog.note_edit.setReadOnly(True)
    dialog.note_edit.setPlaceholderText(MASK)
    hidden = (dialog.household_combo, dialog.household_year_spin, dialog.disability_check,
              dialog.policy_check, dialog.assistance_check)
    box = dialog.household_combo.parentWidget()
    while box is not None and not isinstance(box.layout(), QFormLayout):
        box = box.parentWidget()
    form: QFormLayout = box.layout()
    for row in range(form.rowCount()):
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        widget = field.widget() if field is not None else None
        if widget is not None and any(w is widget or widget.isAncestorOf(w) for w in hidden):
            form.setRowVisible(row, False)
    # Broken by hand, not word-wrapped: a wrapped label in a form gets too little height
    # and squeezes the boxes under it.
    note = QLabel(tr("{mask} Chỉ cán bộ được giao nhiệm vụ mới xem được:\nhoàn cảnh hộ, "
                     "khuyết tật, trợ cấp xã hội, chính sách,\nghi chú và số CCCD đầy "
                     "đủ.").format(mask=MASK))
    note.setStyleSheet("color: #555;")
    form.insertRow(0, note)
    tip = tr("Tài khoản này không được xem thông tin nhạy cảm.")
    for widget in (dialog.id_edit, dialog.note_edit):
        widget.setToolTip(tip)


def grow_to_fit(dialog: QDialog) -> None:
    """Make a shown dialog taller when error lines appeared. Wrapped labels make the layout
    height-for-width, and Qt then does not enforce the minimum height of a window, so the new
    lines would overlap the fields above them."""
    layout = dialog.layout()
    if not dialog.isVisible() or layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalMinimumSize().height())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def consent_row(dialog: Any, form: QFormLayout, error: QLabel
                ) -> tuple[QPlainTextEdit, QPushButton]:
    """The consent scope box and the "print the consent form" button of a member dialog."""
    from ui.widgets import with_error

    scope = QPlainTextEdit()
    scope.setFixedHeight(54)
    scope.setPlaceholderText(tr("Để trống: dùng nội dung mặc định — {text}").format(
        text=DEFAULT_SCOPE))
    scope.setToolTip(tr("Mục đích và loại dữ liệu người này đồng ý cho CLB xử lý"))
    button = QPushButton(tr("In giấy đồng ý"))
    button.setToolTip(tr("In giấy đồng ý xử lý dữ liệu cá nhân theo thông tin đã lưu, để "
                         "thành viên ký"))
    button.setEnabled(dialog.membership is not None and dialog.sensitive)
    button.clicked.connect(lambda: print_consent(dialog))
    form.addRow(tr("Phạm vi đồng ý:"), with_error(scope, error))
    form.addRow("", button)
    return scope, button


def print_consent(dialog: Any) -> Any:
    """Open the preview of the member's consent form (built off the GUI thread)."""
    from models.papers import papers_extra
    from ui.widgets.pdf_preview import PdfPreviewDialog

    if dialog.membership is None:
        return None
    stem = papers_extra.PAPERS["consent"].file_stem
    preview = PdfPreviewDialog.build(
        dialog, tr("Giấy đồng ý xử lý dữ liệu cá nhân"), papers_extra.member_paper, "consent",
        dialog.membership.person_id, file_name=f"{stem}-{dialog.membership.person_id}.pdf")
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.open()
    dialog.consent_preview = preview
    return preview
