"""Table models of the monthly meetings: a club's meetings of a year (the meetings page) and
the attendance sheet of a new meeting (the meeting dialog), where presence, the absence
reason, the fee paid and the repayment are edited on the member's own row."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from models.text.vietnamese import format_date, format_number
from ui.table_model import RowsModel

ModelIndex = QModelIndex | QPersistentModelIndex
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GREY = QBrush(QColor("#777777"))
LATE = QBrush(QColor("#8b1a1a"))


class MeetingsModel(RowsModel):
    """The meetings of a club's year (models.meetings.meeting_reads.MeetingRow)."""

    CONTEXT = "MeetingsModel"
    HEADERS = (QT_TRANSLATE_NOOP("MeetingsModel", "Ngày"),
               QT_TRANSLATE_NOOP("MeetingsModel", "Có mặt / tổng số"),
               QT_TRANSLATE_NOOP("MeetingsModel", "Hội phí thu (đ)"),
               QT_TRANSLATE_NOOP("MeetingsModel", "Thu nợ (đ)"),
               QT_TRANSLATE_NOOP("MeetingsModel", "Các khoản thu"))
    DATE, PRESENT, FEES, REPAID, STATE = range(5)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == MEETING_ID_ROLE:
            return row.meeting_id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.DATE:
                return format_date(row.date)
            if col == self.PRESENT:
                return f"{row.present_count} / {row.member_count}"
            if col == self.FEES:
                return format_number(row.fee_total)
            if col == self.REPAID:
                return format_number(row.repayment_total)
            if row.reversed_on is not None:
                return self.tr("Đã hủy ngày {date}").format(date=format_date(row.reversed_on))
            return self.tr("Đã ghi sổ") if row.fee_total or row.repayment_total else "—"
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.FEES, self.REPAID):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and row.reversed_on is not None:
            return LATE if col == self.STATE else GREY
        return None


class AbsenteesModel(RowsModel):
    """Members absent from several meetings running (models.meetings.meeting_reads.Absentee):
    a double-click or Enter opens the member's record."""

    CONTEXT = "MeetingsModel"
    HEADERS = (QT_TRANSLATE_NOOP("MeetingsModel", "Thành viên"),
               QT_TRANSLATE_NOOP("MeetingsModel", "Ghi chú"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return row.full_name
            return ("" if row.left_on is None else
                    self.tr("đã rời CLB ngày {date}").format(date=format_date(row.left_on)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Nhấp đúp hoặc nhấn Enter để mở hồ sơ thành viên")
        if role == Qt.ItemDataRole.ForegroundRole and row.left_on is not None:
            return GREY
        return None


@dataclass
class AttendanceEntry:
    """One member's row of the sheet: what the collection sheet says is due, what the clerk
    records."""

    person_id: int
    full_name: str
    fee_due: int
    instalment_due: int
    overdue: int
    present: bool = True
    reason: str = ""
    fee_paid: int = 0
    repayment: int = 0


def parse_amount(value: Any) -> int | None:
    """Whole đồng typed as 5000, 5.000 or 5 000; None for anything else."""
    if isinstance(value, int):
        return value if value >= 0 else None
    digits = re.sub(r"[\s.,]", "", str(value or ""))
    if digits == "":
        return 0
    return int(digits) if digits.isdigit() else None


class AttendanceModel(RowsModel):
    """Every active member with a present check, the absence reason, the fee and the
    repayment editable. Marking a member absent sets the fee to 0, present to the fee due."""

    CONTEXT = "AttendanceModel"
    HEADERS = (QT_TRANSLATE_NOOP("AttendanceModel", "STT"),
               QT_TRANSLATE_NOOP("AttendanceModel", "Họ và tên"),
               QT_TRANSLATE_NOOP("AttendanceModel", "Có mặt"),
               QT_TRANSLATE_NOOP("AttendanceModel", "Lý do vắng"),
               QT_TRANSLATE_NOOP("AttendanceModel", "Hội phí phải nộp"),
               QT_TRANSLATE_NOOP("AttendanceModel", "Hội phí nộp"),
               QT_TRANSLATE_NOOP("AttendanceModel", "Nợ đến hạn"),
               QT_TRANSLATE_NOOP("AttendanceModel", "Trong đó quá hạn"),
               QT_TRANSLATE_NOOP("AttendanceModel", "Trả nợ"))
    NO, NAME, PRESENT, REASON, FEE_DUE, FEE_PAID, DUE, OVERDUE, REPAID = range(9)
    EDITABLE = (REASON, FEE_PAID, REPAID)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.PRESENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == self.PRESENT:
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            values = {self.NO: index.row() + 1, self.NAME: row.full_name,
                      self.REASON: row.reason, self.FEE_DUE: row.fee_due,
                      self.FEE_PAID: row.fee_paid, self.DUE: row.instalment_due,
                      self.OVERDUE: row.overdue, self.REPAID: row.repayment}
            value = values.get(col)
            if isinstance(value, int) and col != self.NO and not edit:
                return format_number(value) if value or col in (self.FEE_DUE,
                                                                self.FEE_PAID) else ""
            return str(value) if edit and value is not None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.FEE_DUE:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.OVERDUE and row.overdue:
                return LATE
            if not row.present and col in (self.NAME, self.FEE_DUE):
                return GREY
        return None

    def setData(self, index: ModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, col = self.rows[index.row()], index.column()
        if col == self.PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(
                value, bool) else value
            self.set_present(index.row(), checked)
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if col == self.REASON:
            row.reason = str(value or "")
            if row.reason and row.present:
                self.set_present(index.row(), False)  # a reason typed means the member was away
        elif col in (self.FEE_PAID, self.REPAID):
            amount = parse_amount(value)
            if amount is None:
                return False
            setattr(row, "fee_paid" if col == self.FEE_PAID else "repayment", amount)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def set_present(self, row_number: int, present: bool) -> None:
        row = self.rows[row_number]
        if row.present == present:
            return
        row.present = present
        row.fee_paid = row.fee_due if present else 0
        if present:
            row.reason = ""
        self.dataChanged.emit(self.index(row_number, 0), self.index(row_number,
                                                                    self.REPAID))

    def toggle(self, row_number: int) -> None:
        if 0 <= row_number < len(self.rows):
            self.set_present(row_number, not self.rows[row_number].present)

    def absences(self) -> dict[int, str]:
        return {r.person_id: r.reason for r in self.rows if not r.present}

    def fees(self) -> dict[int, int]:
        return {r.person_id: r.fee_paid for r in self.rows if r.fee_paid}

    def totals(self) -> tuple[int, int, int, int]:
        """Present, members, fees paid, repayments."""
        return (sum(r.present for r in self.rows), len(self.rows),
                sum(r.fee_paid for r in self.rows), sum(r.repayment for r in self.rows))
