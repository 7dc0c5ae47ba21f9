"""Table models of the loans page: the loan register (with its filter) and a repayment
schedule with totals, used by the new-loan preview and by the loan detail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from models.text.vietnamese import fold, format_date, format_number
from ui.clubs_model import BADGE_ROLE
from ui.messages import label
from ui.table_model import ModelIndex, RowsModel, WordsFilterProxy

LOAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 6  # BADGE_ROLE is UserRole + 4
SORT_ROLE = Qt.ItemDataRole.UserRole + 7
STATUS_ORDER = {"overdue": 0, "current": 1, "repaid": 2, "written_off": 3}

# Pale backgrounds with dark text (badges of the status column).
STATUS_COLOURS = {
    "current": ("#dff0d8", "#2b6122"),
    "overdue": ("#f8d7da", "#8b1a1a"),
    "repaid": ("#e3ecf7", "#1f4e79"),
    "written_off": ("#e4e4e4", "#555555"),
}
OVERDUE_ROW = "#fdeeee"  # the whole row of an overdue loan, so it stands out when scrolling
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def tr(text: str) -> str:
    return QCoreApplication.translate("LoansModel", text)


def form_text(row: Any) -> str:
    """'Tiền mặt', or 'Hiện vật: Bò cái giống'."""
    text = label("loan_form", row.form)
    if row.form == "in_kind" and row.item:
        return f"{text}: {row.item}"
    return text


class LoansTableModel(RowsModel):
    """One row per loan (models.loans.loans.LoanRow), replaced as a whole by set_rows()."""

    CONTEXT = "LoansModel"

    NUMBER, NAME, VILLAGE, FORM, PURPOSE, DISBURSED, PRINCIPAL, OUTSTANDING, LATE, STATUS = \
        range(10)
    HEADERS = (
        QT_TRANSLATE_NOOP("LoansModel", "Số HĐ"),
        QT_TRANSLATE_NOOP("LoansModel", "Họ và tên"),
        QT_TRANSLATE_NOOP("LoansModel", "Thôn/tổ"),
        QT_TRANSLATE_NOOP("LoansModel", "Hình thức"),
        QT_TRANSLATE_NOOP("LoansModel", "Mục đích"),
        QT_TRANSLATE_NOOP("LoansModel", "Ngày vay"),
        QT_TRANSLATE_NOOP("LoansModel", "Số tiền vay"),
        QT_TRANSLATE_NOOP("LoansModel", "Dư nợ"),
        QT_TRANSLATE_NOOP("LoansModel", "Quá hạn (ngày)"),
        QT_TRANSLATE_NOOP("LoansModel", "Tình trạng"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._club_codes: dict[int, str] = {}

    def set_rows(self, rows: Sequence[Any], club_codes: dict[int, str] | None = None) -> None:
        """`club_codes` (club id -> code) when rows of several clubs are shown: each
        club numbers its contracts from 01, so the number carries the club's code."""
        self._club_codes = dict(club_codes or {})
        super().set_rows(rows)

    def row_of_loan(self, loan_id: int) -> int | None:
        return self.row_of("loan_id", loan_id)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == LOAN_ID_ROLE:
            return r.loan_id
        if role == PERSON_ID_ROLE:
            return r.person_id
        if role == STATUS_ROLE:
            return r.status
        if role == SORT_ROLE:
            return self._sort_value(r, col)
        if role == SEARCH_ROLE:
            return " ".join(fold(str(t)) for t in (
                r.number, r.person_name, r.village or "", r.item or "",
                label("loan_purpose", r.purpose)))
        if role == BADGE_ROLE and col == self.STATUS:
            return STATUS_COLOURS.get(r.status)
        if role == Qt.ItemDataRole.BackgroundRole and r.status == "overdue":
            return QBrush(QColor(OVERDUE_ROW))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.LATE and r.days_late:
            return QBrush(QColor("#8b1a1a"))
        if role == Qt.ItemDataRole.FontRole and col == self.LATE and r.status == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (self.PRINCIPAL, self.OUTSTANDING, self.LATE):
                return RIGHT
            if col in (self.NUMBER, self.DISBURSED):
                return CENTRE
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        return None

    def _display(self, r: Any, col: int) -> str:
        if col == self.NUMBER:
            code = self._club_codes.get(r.club_id)
            return f"{code}-{r.number:02d}" if code else f"{r.number:02d}"
        if col == self.NAME:
            return r.person_name
        if col == self.VILLAGE:
            return r.village or ""
        if col == self.FORM:
            return form_text(r)
        if col == self.PURPOSE:
            return label("loan_purpose", r.purpose)
        if col == self.DISBURSED:
            return format_date(r.disbursed_on)
        if col == self.PRINCIPAL:
            return format_number(r.principal)
        if col == self.OUTSTANDING:
            return format_number(r.outstanding)
        if col == self.LATE:
            return str(r.days_late) if r.days_late else ""
        return label("loan_status", r.status)

    def _sort_value(self, r: Any, col: int) -> Any:
        """Numbers and dates by value, names by given name (Person.sort_key)."""
        club = self._club_codes.get(r.club_id, "")
        keys = {self.NUMBER: (club, r.number), self.NAME: (r.sort_key, r.number),
                self.DISBURSED: (r.disbursed_on, r.number),
                self.PRINCIPAL: r.principal, self.OUTSTANDING: r.outstanding,
                self.LATE: r.days_late, self.STATUS: (STATUS_ORDER.get(r.status, 9), -r.days_late)}
        if col in keys:
            return keys[col]
        return (fold(self._display(r, col)), r.number)

    def _tooltip(self, r: Any, col: int) -> str | None:
        if col in (self.NAME, self.FORM, self.VILLAGE):
            return self._display(r, col)
        if col == self.STATUS and r.closed_on is not None:
            return tr("Từ ngày {date}").format(date=format_date(r.closed_on))
        if col == self.OUTSTANDING:
            return tr("Đã trả gốc {principal} đ, lãi {interest} đ").format(
                principal=format_number(r.paid_principal),
                interest=format_number(r.paid_interest))
        return None


class LoansFilterProxy(WordsFilterProxy):
    """Rows whose folded number, name, village or item contains every typed word, in a
    chosen status, optionally of one member only (the member's loan history)."""

    SEARCH_ROLE, STATUS_ROLE, SORT_ROLE = SEARCH_ROLE, STATUS_ROLE, SORT_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._person_id: int | None = None

    def set_status(self, status: str | None) -> None:
        """A status code, "open" (current or overdue), or None for every loan."""
        super().set_status(status)

    def status_matches(self, status: str | None) -> bool:
        if self.status == "open":
            return status in ("current", "overdue")
        return super().status_matches(status)

    def set_person(self, person_id: int | None) -> None:
        self.beginFilterChange()
        self._person_id = person_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, model: QAbstractTableModel, index: QModelIndex) -> bool:
        return self._person_id is None or model.data(index, PERSON_ID_ROLE) == self._person_id


class ScheduleModel(RowsModel):
    """Instalments (seq, due_on, principal, interest, total) and a bold totals row.

    `paid` optionally marks each instalment (by seq) as paid, part-paid or late, for the
    loan detail; the preview in the new-loan dialog leaves it empty.
    """

    SEQ, DUE, PRINCIPAL, INTEREST, TOTAL, MARK = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("LoansModel", "Kỳ"),
        QT_TRANSLATE_NOOP("LoansModel", "Ngày đến hạn"),
        QT_TRANSLATE_NOOP("LoansModel", "Gốc"),
        QT_TRANSLATE_NOOP("LoansModel", "Lãi"),
        QT_TRANSLATE_NOOP("LoansModel", "Cộng"),
        QT_TRANSLATE_NOOP("LoansModel", "Tình hình trả"),
    )
    CONTEXT = "LoansModel"
    MARK_COLOURS = {"paid": "#1e5b2b", "part": "#7a4d00", "late": "#8b1a1a", "due": "#333333"}

    def __init__(self, parent=None, *, with_marks: bool = False) -> None:
        super().__init__(parent)
        self._marks: dict[int, tuple[str, str]] = {}
        self._with_marks = with_marks

    def set_rows(self, rows: Sequence[Any],
                 marks: dict[int, tuple[str, str]] | None = None) -> None:
        """`marks`: seq -> (kind paid/part/late/due, text shown in the last column)."""
        self._marks = dict(marks or {})
        super().set_rows(rows)

    def totals(self) -> tuple[int, int, int]:
        principal = sum(r.principal for r in self.rows)
        interest = sum(r.interest for r in self.rows)
        return principal, interest, principal + interest

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self.rows:
            return 0
        return len(self.rows) + 1

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.HEADERS) if self._with_marks else len(self.HEADERS) - 1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = index.column()
        is_total = index.row() == len(self.rows)
        if role == Qt.ItemDataRole.DisplayRole:
            if is_total:
                return self._total_text(col)
            return self._display(self.rows[index.row()], col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (self.PRINCIPAL, self.INTEREST, self.TOTAL):
                return RIGHT
            return CENTRE if col in (self.SEQ, self.DUE) else None
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col == self.MARK and not is_total:
            kind = self._marks.get(self.rows[index.row()].seq, ("", ""))[0]
            colour = self.MARK_COLOURS.get(kind)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole and is_total:
            return QBrush(QColor("#f0f0f0"))
        return None

    def _display(self, r: Any, col: int) -> str:
        if col == self.SEQ:
            return str(r.seq)
        if col == self.DUE:
            return format_date(r.due_on)
        if col == self.PRINCIPAL:
            return format_number(r.principal)
        if col == self.INTEREST:
            return format_number(r.interest)
        if col == self.TOTAL:
            return format_number(r.principal + r.interest)
        return self._marks.get(r.seq, ("", ""))[1]

    def _total_text(self, col: int) -> str:
        principal, interest, total = self.totals()
        if col == self.SEQ:
            return tr("Cộng")
        if col == self.DUE:
            return tr("{n} kỳ").format(n=len(self.rows))
        if col == self.PRINCIPAL:
            return format_number(principal)
        if col == self.INTEREST:
            return format_number(interest)
        if col == self.TOTAL:
            return format_number(total)
        return ""


def first_due_after(rows: Sequence[Any], on: dt.date) -> Any | None:
    """The first instalment falling due after `on` (None past the last)."""
    return next((r for r in rows if r.due_on > on), None)


class RepaymentsModel(RowsModel):
    """A loan's repayment rows by date; a reversal and the row it undoes are greyed."""

    CONTEXT = "LoansModel"

    DATE, PRINCIPAL, INTEREST, FORM, NOTE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("LoansModel", "Ngày trả"),
        QT_TRANSLATE_NOOP("LoansModel", "Gốc"),
        QT_TRANSLATE_NOOP("LoansModel", "Lãi"),
        QT_TRANSLATE_NOOP("LoansModel", "Hình thức"),
        QT_TRANSLATE_NOOP("LoansModel", "Ghi chú"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._reversed: set[int] = set()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._reversed = {r.reverses_id for r in rows if r.reverses_id is not None}
        super().set_rows(rows)

    def is_cancelled(self, row: int) -> bool:
        """A reversal, or a repayment that has been reversed."""
        r = self.rows[row]
        return r.reverses_id is not None or r.id in self._reversed

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and self.is_cancelled(index.row()):
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (self.PRINCIPAL, self.INTEREST):
                return RIGHT
            return CENTRE if col == self.DATE else None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NOTE:
            return self._display(r, col) or None
        return None

    def _display(self, r: Any, col: int) -> str:
        if col == self.DATE:
            return format_date(r.date)
        if col == self.PRINCIPAL:
            return format_number(r.principal)
        if col == self.INTEREST:
            return format_number(r.interest)
        if col == self.FORM:
            return label("loan_form", r.form)
        if r.reverses_id is not None:
            return tr("Hủy lần trả ngày {date}: {reason}").format(
                date=format_date(r.reverses.date), reason=r.reversal_reason)
        if r.id in self._reversed:
            return tr("Đã hủy") + (f" — {r.note}" if r.note else "")
        return r.note


def schedule_marks(rows: Sequence[Any], paid_principal: int, paid_interest: int,
                   on: dt.date) -> dict[int, tuple[str, str]]:
    """seq -> (kind, text) for the loan detail: paid, part-paid or late on `on`.

    Payments cover instalments in order, principal and interest each cumulatively, the way
    models.loans.loan_schedule.schedule_status reads them.
    """
    marks: dict[int, tuple[str, str]] = {}
    cum_p = cum_i = 0
    for r in rows:
        before_p, before_i = cum_p, cum_i
        cum_p += r.principal
        cum_i += r.interest
        if paid_principal >= cum_p and paid_interest >= cum_i:
            marks[r.seq] = ("paid", tr("✓ Đã trả"))
        elif r.due_on < on:
            marks[r.seq] = ("late", tr("Quá hạn"))
        elif paid_principal > before_p or paid_interest > before_i:
            marks[r.seq] = ("part", tr("Trả một phần"))
    return marks
