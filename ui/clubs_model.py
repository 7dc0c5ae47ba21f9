"""The list of clubs: rows read in one go, a table model with status and composition badges,
and a filter proxy (accent-insensitive text, status)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from models.clubs.club_views import ClubRow
from models.clubs.composition import Composition
from models.text import numbers
from models.text.vietnamese import fold, format_date, vietnamese_key
from ui.messages import label
from ui.table_model import ModelIndex, RowsModel, WordsFilterProxy

# Extra roles: the club id of a row, the folded text the filter searches, the value the
# column sorts by, and the (background, text) colours of a badge.
CLUB_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
BADGE_ROLE = Qt.ItemDataRole.UserRole + 4
STATUS_ROLE = Qt.ItemDataRole.UserRole + 5

# Pale backgrounds with dark text, readable when printed in grey as well.
STATUS_COLOURS = {
    "planned": ("#e3ecf7", "#1f4e79"),
    "founded": ("#dff0d8", "#2b6122"),
    "active": ("#b9e2b0", "#1d4d17"),
    "suspended": ("#fde7c4", "#8a4b00"),
    "dissolved": ("#e4e4e4", "#555555"),
}
PASS_COLOURS = ("#d4edda", "#1e5b2b")
FAIL_COLOURS = ("#fff0c2", "#7a4d00")
EMPTY_COLOURS = ("#eeeeee", "#5f5f5f")

# Short names of the composition figures, for the badge "Chưa đạt: nữ, NCT".
SHORT_FIGURES = {
    "members": QT_TRANSLATE_NOOP("ClubsModel", "số thành viên"),
    "older": QT_TRANSLATE_NOOP("ClubsModel", "NCT"),
    "women": QT_TRANSLATE_NOOP("ClubsModel", "nữ"),
    "disadvantaged": QT_TRANSLATE_NOOP("ClubsModel", "hộ nghèo/khó khăn"),
    "home_care": QT_TRANSLATE_NOOP("ClubsModel", "TNV chăm sóc"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ClubsModel", text)


def decision_text(number: str, date: dt.date | None) -> str:
    """'125/QĐ-UBND ngày 01/03/2025', or '' before the club is founded."""
    if not number:
        return ""
    if date is None:
        return number
    return tr("{number} ngày {date}").format(number=number, date=format_date(date))


def figure_text(fig) -> str:
    """'42/60 (70,0%)' for shares, '60' for counts."""
    if fig.is_share:
        percent = numbers.decimal_text(fig.percent)
        return f"{fig.count}/{fig.total} ({percent}%)"
    return str(fig.count)


def standard_text(fig) -> str:
    """The standard of a figure: '≥ 70%', '60–70%', '50–70'."""
    unit = "%" if fig.is_share else ""
    low = None if fig.low is None else f"{fig.low:g}"
    high = None if fig.high is None else f"{fig.high:g}"
    if low is not None and high is not None:
        return f"{low}–{high}{unit}"
    if low is not None:
        return f"≥ {low}{unit}"
    if high is not None:
        return f"≤ {high}{unit}"
    return ""


def composition_badge(row: ClubRow) -> tuple[str, tuple[str, str] | None]:
    """The badge text and colours of a club's composition."""
    comp = row.composition
    if row.status == "dissolved":
        return "", None
    if comp.figure("members").total == 0:
        return tr("Chưa có thành viên"), EMPTY_COLOURS
    if comp.passed:
        return tr("Đạt chuẩn"), PASS_COLOURS
    failing = [tr(SHORT_FIGURES[f.key]) for f in comp.figures if not f.passed]
    return tr("Chưa đạt: {figures}").format(figures=", ".join(failing)), FAIL_COLOURS


def composition_tooltip(comp: Composition) -> str:
    lines = []
    for f in comp.figures:
        mark = "✓" if f.passed else "✗"
        lines.append(f"{mark} {label('composition', f.key)}: {figure_text(f)}"
                     f" — {tr('chuẩn')} {standard_text(f)}")
    return "\n".join(lines)


class ClubsTableModel(RowsModel):
    """One row per club. Rows are replaced as a whole by set_rows()."""

    CONTEXT = "ClubsModel"

    CODE, NAME, VILLAGES, STATUS, DECISION, MEMBERS, COMPOSITION = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("ClubsModel", "Mã CLB"),
        QT_TRANSLATE_NOOP("ClubsModel", "Tên CLB"),
        QT_TRANSLATE_NOOP("ClubsModel", "Thôn/tổ dân phố"),
        QT_TRANSLATE_NOOP("ClubsModel", "Trạng thái"),
        QT_TRANSLATE_NOOP("ClubsModel", "Quyết định thành lập"),
        QT_TRANSLATE_NOOP("ClubsModel", "Số thành viên"),
        QT_TRANSLATE_NOOP("ClubsModel", "Cơ cấu"),
    )

    def row_of_club(self, club_id: int) -> int | None:
        return self.row_of("club_id", club_id)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == CLUB_ID_ROLE:
            return r.club_id
        if role == STATUS_ROLE:
            return r.status
        if role == SEARCH_ROLE:
            return f"{fold(r.code)} {fold(r.name)}"
        if role == SORT_ROLE:
            return self._sort_value(r, col)
        if role == BADGE_ROLE:
            if col == self.STATUS:
                return STATUS_COLOURS.get(r.status)
            if col == self.COMPOSITION:
                return composition_badge(r)[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COMPOSITION:
                return composition_tooltip(r.composition)
            if col == self.STATUS and r.status_since is not None:
                return tr("Từ ngày {date}").format(date=format_date(r.status_since))
            if col in (self.NAME, self.VILLAGES):
                return self._display(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: ClubRow, col: int) -> str:
        if col == self.CODE:
            return r.code
        if col == self.NAME:
            return r.name
        if col == self.VILLAGES:
            return ", ".join(r.villages)
        if col == self.STATUS:
            return label("club_status", r.status)
        if col == self.DECISION:
            return decision_text(r.decision_number, r.decision_date)
        if col == self.MEMBERS:
            return str(r.members)
        return composition_badge(r)[0]

    def _sort_value(self, r: ClubRow, col: int):
        from models.codes import CLUB_STATUSES

        if col == self.STATUS:
            return CLUB_STATUSES.index(r.status) if r.status in CLUB_STATUSES else 99
        if col == self.DECISION:
            return r.decision_date.isoformat() if r.decision_date else ""
        if col == self.MEMBERS:
            return r.members
        if col == self.COMPOSITION:
            return (0 if r.composition.passed else 1, self._display(r, col))
        return vietnamese_key(self._display(r, col))


class ClubsFilterProxy(WordsFilterProxy):
    """Keeps rows whose folded code or name contains every typed word, in a chosen status."""

    SEARCH_ROLE, STATUS_ROLE, SORT_ROLE = SEARCH_ROLE, STATUS_ROLE, SORT_ROLE


class BadgeDelegate(QStyledItemDelegate):
    """Draws the cell text inside a rounded coloured badge when the model gives colours."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        colours = index.data(BADGE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not colours or not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:  # selection background, focus frame
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        background, foreground = colours
        metrics = option.fontMetrics
        rect = QRectF(option.rect).adjusted(4, 3, -4, -3)
        width = min(rect.width(), metrics.horizontalAdvance(text) + 16)
        rect.setWidth(width)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(background)))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(QColor(foreground))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 12)
        painter.drawText(rect.adjusted(8, 0, -4, 0),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(BADGE_ROLE):
            size.setWidth(size.width() + 24)
            size.setHeight(max(size.height(), option.fontMetrics.height() + 10))
        return size
