"""Pieces of the member dialog: a year box that may stay empty, accent-insensitive completion,
and the "possible duplicate" question."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.members import Duplicate
from models.vietnamese import fold

FOLD_ROLE = Qt.ItemDataRole.UserRole + 10


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


class FoldingCompleter(QCompleter):
    """Completion that ignores marks and case: "tay" offers "Tày", "mong" offers "Mông"."""

    def __init__(self, names: Iterable[str], parent: QWidget | None = None) -> None:
        model = QStandardItemModel(parent)
        for name in names:
            item = QStandardItem(name)
            item.setData(fold(name), FOLD_ROLE)
            model.appendRow(item)
        super().__init__(model, parent)
        self.setCompletionRole(FOLD_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole)


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
