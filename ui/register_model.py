"""The member register as a lazy table model.

The model holds the register index (membership ids and folded search text, in register order)
and fetches full rows only for the part of the table being looked at, PAGE_SIZE rows at a
time, keeping a bounded cache. So 60,000 members open fast and filter as the clerk types.
Rows stay in register order (given name, Vietnamese alphabet): there is no string sorting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from models.accounts.access import can_see_sensitive
from models.members.register import IndexEntry, RegisterRow, filter_index, register_rows
from models.privacy.consent import mask_id_number
from models.text.vietnamese import fold, format_date
from ui.messages import label

ModelIndex = QModelIndex | QPersistentModelIndex

MEMBERSHIP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2
LEFT_ROLE = Qt.ItemDataRole.UserRole + 3  # True for a membership that has ended

PAGE_SIZE = 200
MAX_CACHED_ROWS = 4000

# (key, header): keys are stable names, remembered by the column chooser.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("index", QT_TRANSLATE_NOOP("RegisterModel", "STT")),
    ("full_name", QT_TRANSLATE_NOOP("RegisterModel", "Họ và tên")),
    ("gender", QT_TRANSLATE_NOOP("RegisterModel", "Giới tính")),
    ("birth", QT_TRANSLATE_NOOP("RegisterModel", "Ngày sinh")),
    ("age", QT_TRANSLATE_NOOP("RegisterModel", "Tuổi")),
    ("ethnicity", QT_TRANSLATE_NOOP("RegisterModel", "Dân tộc")),
    ("id_number", QT_TRANSLATE_NOOP("RegisterModel", "Số CCCD")),
    ("phone", QT_TRANSLATE_NOOP("RegisterModel", "Điện thoại")),
    ("village", QT_TRANSLATE_NOOP("RegisterModel", "Thôn/tổ")),
    ("household_status", QT_TRANSLATE_NOOP("RegisterModel", "Hoàn cảnh hộ")),
    ("disability", QT_TRANSLATE_NOOP("RegisterModel", "Khuyết tật")),
    ("policy_beneficiary", QT_TRANSLATE_NOOP("RegisterModel", "Gia đình chính sách")),
    ("role", QT_TRANSLATE_NOOP("RegisterModel", "Vai trò")),
    ("group", QT_TRANSLATE_NOOP("RegisterModel", "Tổ/nhóm")),
    ("home_care_volunteer", QT_TRANSLATE_NOOP("RegisterModel", "TNV chăm sóc")),
    ("economic_volunteer", QT_TRANSLATE_NOOP("RegisterModel", "TNV kinh tế")),
    ("joined_on", QT_TRANSLATE_NOOP("RegisterModel", "Ngày vào")),
    ("left_on", QT_TRANSLATE_NOOP("RegisterModel", "Ngày ra")),
    ("leave_reason", QT_TRANSLATE_NOOP("RegisterModel", "Lý do ra")),
    ("consent", QT_TRANSLATE_NOOP("RegisterModel", "Đồng ý xử lý dữ liệu")),
    ("club", QT_TRANSLATE_NOOP("RegisterModel", "CLB")),
)
COLUMN_KEYS: tuple[str, ...] = tuple(key for key, _ in COLUMNS)

# A typical value per column, to give the table sensible widths without reading every row.
SAMPLE_TEXT = {
    "index": "00000", "full_name": "Nguyễn Thị Thanh Hương", "gender": "Giới tính",
    "birth": "00/00/0000", "age": "Tuổi", "ethnicity": "Sán Chay", "id_number": "000000000000",
    "phone": "0000 000 000", "village": "Tổ dân phố 10", "household_status": "Hộ cận nghèo (2025)",
    "disability": "Khuyết tật", "policy_beneficiary": "Gia đình chính sách",
    "role": "Tổ trưởng", "group": "Nhóm Tổ 1", "home_care_volunteer": "TNV chăm sóc",
    "economic_volunteer": "TNV kinh tế", "joined_on": "00/00/0000", "left_on": "00/00/0000",
    "leave_reason": "Chuyển đi nơi khác", "consent": "00/00/0000", "club": "DX01",
}

_RIGHT = {"index", "age"}
_CENTRE = {"gender", "birth", "disability", "policy_beneficiary", "home_care_volunteer",
           "economic_volunteer", "joined_on", "left_on"}
_ALIGN = tuple(
    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if key in _RIGHT
    else int(Qt.AlignmentFlag.AlignCenter) if key in _CENTRE
    else None
    for key in COLUMN_KEYS
)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, _FONT, _TOOLTIP, int(MEMBERSHIP_ID_ROLE),
                    int(PERSON_ID_ROLE), int(LEFT_ROLE)})
_LEFT_BRUSH = QBrush(QColor("#7a7a7a"))  # members who left: grey italics
_MUTED_BRUSH = QBrush(QColor("#9a9a9a"))
_ITALIC: list[QFont] = []  # made on first use: a QFont needs the application to exist


def _italic() -> QFont:
    if not _ITALIC:
        font = QFont()
        font.setItalic(True)
        _ITALIC.append(font)
    return _ITALIC[0]


def tr(text: str) -> str:
    return QCoreApplication.translate("RegisterModel", text)


def column_of(key: str) -> int:
    return COLUMN_KEYS.index(key)


def birth_text(row: RegisterRow) -> str:
    """dd/mm/yyyy, or the year alone when only the year is on record."""
    return format_date(row.birth_date) if row.birth_date else str(row.birth_year)


# Columns hidden from users without the sensitive right (models/accounts/access.py).
SENSITIVE_COLUMNS = frozenset({"id_number", "household_status", "disability",
                               "policy_beneficiary"})
_ID_NUMBER = re.compile(r"\b\d{12}\b")


def cell_text(row: RegisterRow, key: str, position: int, today: dt.date,
              masked: bool = False) -> str:
    """What the register shows for one member in one column (sensitive columns as
    "(ẩn)", the CCCD as its last 4 digits, when `masked`)."""
    yes = tr("Có")
    if masked and key in SENSITIVE_COLUMNS:
        return mask_id_number(row.id_number) if key == "id_number" else tr("(ẩn)")
    if key == "index":
        return str(position + 1)
    if key == "gender":
        return label("gender", row.gender)
    if key == "birth":
        return birth_text(row)
    if key == "age":
        return str(row.age(today))
    if key == "household_status":
        if row.household_status == "none":
            return ""
        text = label("household_status", row.household_status)
        if row.household_status_year:
            text += f" ({row.household_status_year})"
        return text
    if key in ("disability", "policy_beneficiary", "home_care_volunteer",
               "economic_volunteer"):
        return yes if getattr(row, key) else ""
    if key == "role":
        return "" if row.role == "member" else label("member_role", row.role)
    if key in ("joined_on", "left_on"):
        return format_date(getattr(row, key))
    if key == "leave_reason":
        return label("leave_reason", row.leave_reason)
    if key == "consent":
        if row.consent_date is None:
            return tr("Chưa")
        return format_date(row.consent_date)
    if key == "club":
        return row.club_code
    return str(getattr(row, key) or "")


class RegisterModel(QAbstractTableModel):
    """A member register, read lazily. `set_index()` gives it the rows in order; `set_filter()`
    narrows them as the clerk types (accent-insensitive: "duc" finds "Đức")."""

    def __init__(self, parent: Any = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._entries: list[IndexEntry] = []
        self._visible: list[int] = []  # positions in _entries, in register order
        self._filter = ""
        # membership id -> [row, cell texts, position in the register], oldest first
        self._cache: OrderedDict[int, list] = OrderedDict()
        self._recent: dict[str, list[int]] = {}  # folded query -> visible positions
        self.fetches = 0  # how many pages were read (tests check the model stays lazy)
        self.masked = False  # sensitive columns hidden (decided at each load)

    # content ----------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def set_index(self, entries: list[IndexEntry]) -> None:
        """Show a freshly loaded register; cached rows are dropped (they may have changed)."""
        self.beginResetModel()
        self.masked = not can_see_sensitive()
        if self.masked:
            # The filter must not find people by a CCCD the user may not see.
            entries = [IndexEntry(e.membership_id, _ID_NUMBER.sub("", e.search_text))
                       for e in entries]
        self._entries = list(entries)
        self._cache.clear()
        self._recent.clear()
        self._visible = filter_index(self._entries, self._filter)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        if text == self._filter:
            return
        visible = self._filtered(text)
        self.beginResetModel()
        self._filter = text
        self._visible = visible
        self.endResetModel()

    def _filtered(self, text: str) -> list[int]:
        """Positions matching `text`. Typing narrows what is shown, so a longer query only
        searches the rows the previous one matched; a few recent results are kept so that
        deleting back is quick too (60,000 members: a few ms per keystroke)."""
        words, old_words = fold(text).split(), fold(self._filter).split()
        if not words:
            return list(range(len(self._entries)))
        key = " ".join(words)
        if key in self._recent:
            return self._recent[key]
        if old_words and all(any(w in nw for nw in words) for w in old_words):
            # every row matching the new words matches the old ones: refine the old result
            subset = [self._entries[pos] for pos in self._visible]
            visible = [self._visible[i] for i in filter_index(subset, text)]
        else:
            visible = filter_index(self._entries, text)
        self._recent[key] = visible
        while len(self._recent) > 20:
            self._recent.pop(next(iter(self._recent)))
        return visible

    def filter_text(self) -> str:
        return self._filter

    def total(self) -> int:
        """Members in the register, before filtering."""
        return len(self._entries)

    def cached_rows(self) -> int:
        return len(self._cache)

    def membership_id_at(self, row: int) -> int:
        return self._entries[self._visible[row]].membership_id

    def row_of_membership(self, membership_id: int) -> int | None:
        for row, pos in enumerate(self._visible):
            if self._entries[pos].membership_id == membership_id:
                return row
        return None

    def row_at(self, row: int) -> RegisterRow | None:
        """The full row shown at a table row, fetching its page if needed."""
        cached = self._cached(row)
        return cached[0] if cached else None

    def _cached(self, row: int) -> list | None:
        """[RegisterRow, texts of its cells or None until first shown, position]."""
        if not 0 <= row < len(self._visible):
            return None
        mid = self._entries[self._visible[row]].membership_id
        found = self._cache.get(mid)
        if found is None:
            self._fetch_page(row)
            found = self._cache.get(mid)
        return found

    def _fetch_page(self, row: int) -> None:
        """Read the page of rows around `row` in one query."""
        start = row - row % PAGE_SIZE
        positions = {self._entries[pos].membership_id: pos
                     for pos in self._visible[start:start + PAGE_SIZE]}
        wanted = [i for i in positions if i not in self._cache]
        self.fetches += 1
        for mid, r in register_rows(wanted).items():
            self._cache[mid] = [r, None, positions[mid]]
        while len(self._cache) > MAX_CACHED_ROWS:
            self._cache.popitem(last=False)  # the oldest page read goes first

    def _texts(self, cached: list) -> tuple[str, ...]:
        # Made when a row is first painted (not for the whole page): a screen is ~30 rows.
        if cached[1] is None:
            today = self.today()
            cached[1] = tuple(cell_text(cached[0], key, cached[2], today, self.masked)
                              for key in COLUMN_KEYS)
        return cached[1]

    # Qt ---------------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        return None

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        # Called for every role of every painted cell: keep the common path to lookups.
        if role not in _ROLES or not index.isValid():
            return None
        col = index.column()
        if role == _ALIGNMENT:
            return _ALIGN[col]
        if role == MEMBERSHIP_ID_ROLE:
            return self.membership_id_at(index.row())
        cached = self._cached(index.row())
        if cached is None:
            return None
        row = cached[0]
        if role == _DISPLAY:
            return self._texts(cached)[col]
        left = row.left_on is not None
        if role == _FOREGROUND:
            if left:
                return _LEFT_BRUSH
            if COLUMN_KEYS[col] == "consent" and row.consent_date is None:
                return _MUTED_BRUSH
            return None
        if role == _FONT:
            return _italic() if left else None
        if role == _TOOLTIP:
            return self._tooltip(row, COLUMN_KEYS[col])
        if role == PERSON_ID_ROLE:
            return row.person_id
        return left  # LEFT_ROLE

    def _tooltip(self, row: RegisterRow, key: str) -> str | None:
        if key == "consent" and row.consent_date is not None:
            return label("consent_method", row.consent_method) or None
        if key == "full_name" and row.left_on is not None:
            return tr("Đã ra khỏi CLB ngày {date}: {reason}").format(
                date=format_date(row.left_on), reason=label("leave_reason", row.leave_reason))
        return None
