"""Table models of the funds page: a club's funds with balances, and a fund's ledger.

The ledger model keeps the rows of the period as loaded (models.funds.fund_views.LedgerView) and a
list of visible positions; cells are formatted only when the view asks for them, so a book of
20,000 lines shows at once and filters as fast as the clerk types.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from models.funds.fund_views import FundSummary, LedgerRow, LedgerView, RowFilter, search_texts
from models.text.vietnamese import format_date, format_number

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = (
    ("date", QT_TRANSLATE_NOOP("LedgerModel", "Ngày")),
    ("code", QT_TRANSLATE_NOOP("LedgerModel", "Số phiếu")),
    ("kind", QT_TRANSLATE_NOOP("LedgerModel", "Loại")),
    ("counterparty", QT_TRANSLATE_NOOP("LedgerModel", "Người nộp/nhận")),
    ("description", QT_TRANSLATE_NOOP("LedgerModel", "Nội dung")),
    ("receipt", QT_TRANSLATE_NOOP("LedgerModel", "Thu")),
    ("payment", QT_TRANSLATE_NOOP("LedgerModel", "Chi")),
    ("balance", QT_TRANSLATE_NOOP("LedgerModel", "Tồn")),
    ("note", QT_TRANSLATE_NOOP("LedgerModel", "Ghi chú")),
)
COLUMN_KEYS = tuple(key for key, _ in COLUMNS)
NUMERIC = ("receipt", "payment", "balance")
# What a typical cell holds, to size columns without reading every row.
SAMPLE_TEXT = {
    "date": "29/11/2026", "code": "PT-2026/1234", "kind": "Thu",
    "counterparty": "Nguyễn Thị Hồng Nhung", "description": "Thu hội phí tháng 11/2026",
    "receipt": "12.500.000", "payment": "12.500.000", "balance": "125.000.000",
    "note": "Đã đảo bởi phiếu PC-2026/012",
}
REVERSED_COLOUR = QColor("#8a8a8a")
REVERSAL_COLOUR = QColor("#a3231f")


def tr(text: str) -> str:
    return QCoreApplication.translate("LedgerModel", text)


def column_of(key: str) -> int:
    return COLUMN_KEYS.index(key)


def _money(n: int) -> str:
    return format_number(n) if n else ""


class LedgerModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: LedgerView | None = None
        self._rows: list[LedgerRow] = []
        self._visible: list[int] = []
        self._filter = RowFilter()
        self._texts: list[str] | None = None  # folded search text per row, built on demand
        self._italic = QFont()
        self._italic.setItalic(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    # loading and filtering --------------------------------------------------------------------

    def set_view(self, view: LedgerView | None, texts: list[str] | None = None) -> None:
        """Show a newly loaded period (None: nothing chosen); `texts` are its rows'
        search_texts() when the loader already folded them off the GUI thread."""
        self.beginResetModel()
        self._view = view
        self._rows = view.rows if view is not None else []
        self._texts = texts
        self._visible = self._positions()
        self.endResetModel()

    def set_filter(self, row_filter: RowFilter) -> None:
        self.beginResetModel()
        # typing on only narrows: search the rows shown now, not the whole book again
        within = self._visible if row_filter.refines(self._filter) else None
        self._filter = row_filter
        self._visible = self._positions(within)
        self.endResetModel()

    def _positions(self, within: list[int] | None = None) -> list[int]:
        if self._filter.is_empty:
            return list(range(len(self._rows)))
        if self._filter.words and self._texts is None:
            self._texts = search_texts(self._rows)
        return self._filter.positions(self._rows, self._texts, within)

    def view(self) -> LedgerView | None:
        return self._view

    def total(self) -> int:
        """Lines of the period, shown or not."""
        return len(self._rows)

    def row_at(self, row: int) -> LedgerRow | None:
        return self._rows[self._visible[row]] if 0 <= row < len(self._visible) else None

    def row_of_entry(self, entry_id: int) -> int | None:
        for row, pos in enumerate(self._visible):
            if self._rows[pos].entry_id == entry_id:
                return row
        return None

    # Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LedgerModel", COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line = self.row_at(index.row())
        if line is None:
            return None
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, key)
        if role == ENTRY_ID_ROLE:
            return line.entry_id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.reverses_id is not None:
                return QBrush(REVERSAL_COLOUR)
            if line.reversed_by_id is not None:
                return QBrush(REVERSED_COLOUR)
        if role == Qt.ItemDataRole.FontRole:
            if line.reverses_id is not None and key == "note":
                return self._italic
            # a cancelled amount is struck through: it still counts in the book, as does its
            # reversal, so the running balance stays readable line by line
            if line.reversed_by_id is not None and key in ("receipt", "payment"):
                return self._struck
        if role == Qt.ItemDataRole.ToolTipRole and key in ("counterparty", "description",
                                                           "note"):
            return self._text(line, key) or None  # the whole text of a narrow column
        return None

    def _text(self, line: LedgerRow, key: str) -> str:
        if key == "date":
            return format_date(line.date)
        if key == "code":
            return line.code
        if key == "kind":
            return tr("Thu") if line.kind == "receipt" else tr("Chi")
        if key == "counterparty":
            return line.counterparty
        if key == "description":
            return line.description
        if key == "receipt":
            return _money(line.receipt)
        if key == "payment":
            return _money(line.payment)
        if key == "balance":
            return format_number(line.balance)
        return self._note(line)

    @staticmethod
    def _note(line: LedgerRow) -> str:
        if line.reverses_id is not None:
            text = tr("Đảo phiếu {code}").format(code=line.reverses_code)
            return f"{text}: {line.reason}" if line.reason else text
        if line.reversed_by_id is not None:
            return tr("Đã đảo bởi phiếu {code}").format(code=line.reversed_by_code)
        return ""


class FundsModel(QAbstractTableModel):
    """The club's funds: name and balance on the page's day."""

    HEADERS = (QT_TRANSLATE_NOOP("LedgerModel", "Quỹ"),
               QT_TRANSLATE_NOOP("LedgerModel", "Số dư"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._funds: list[FundSummary] = []

    def set_funds(self, funds: list[FundSummary]) -> None:
        self.beginResetModel()
        self._funds = list(funds)
        self.endResetModel()

    def fund_at(self, row: int) -> FundSummary | None:
        return self._funds[row] if 0 <= row < len(self._funds) else None

    def row_of_fund(self, fund_id: int) -> int | None:
        for row, fund in enumerate(self._funds):
            if fund.fund_id == fund_id:
                return row
        return None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._funds)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 2:
            return QCoreApplication.translate("LedgerModel", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        fund = self.fund_at(index.row()) if index.isValid() else None
        if fund is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                if fund.closed_on is not None:
                    return tr("{name} (đã đóng)").format(name=fund.name)
                return fund.name
            return format_number(fund.balance)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ENTRY_ID_ROLE:
            return fund.fund_id
        return None

