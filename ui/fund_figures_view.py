"""Số liệu quỹ: the figures the office reads about club money for a period.

One table, a column per fund kind and a total column: opening balance, receipts by source,
payments by purpose, closing balance; for a whole commune also each club's closing balances,
which add up to the commune's. The same table goes to Excel as numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.funds.funds import FUND_KINDS, PAYMENT_CATEGORIES, RECEIPT_CATEGORIES
from models.loans import loan_figures
from models.text.vietnamese import format_date, format_number
from ui.context import AppContext
from ui.messages import label
from ui.service import refusal_text
from ui.tasks import run_task
from ui.widgets import DateEdit


def tr(text: str) -> str:
    return QCoreApplication.translate("FundFiguresView", text)


@dataclass
class FigureRow:
    """One line of the table: a caption, one amount per fund kind (None: not held), a style."""

    caption: str
    values: list[int | None] = field(default_factory=list)
    style: str = "line"  # line | section (a heading, no amounts) | total

    @property
    def total(self) -> int | None:
        held = [v for v in self.values if v is not None]
        return sum(held) if held else None


@dataclass
class FigureTable:
    title: str
    start: dt.date
    end: dt.date
    kinds: list[str]
    rows: list[FigureRow]
    file_code: str = ""  # the club's code in the Excel file's name ('' for a commune)

    def headers(self) -> list[str]:
        return ([tr("Chỉ tiêu")] + [label("fund_kind", k) for k in self.kinds]
                + [tr("Cộng")])


def _ward_text(ward_code: int) -> str:
    """'phường Đức Xuân' (the code itself if the ward is not on file)."""
    from models.office.unit_reads import ward_place

    place = ward_place(ward_code)
    return place.label if place is not None else str(ward_code)


def build_table(title: str, figures: loan_figures.ClubFigures, start: dt.date, end: dt.date,
                per_club: list[tuple[int, str, str, loan_figures.ClubFigures]] | None = None
                ) -> FigureTable:
    """The rows shown and exported, from club_figures() or commune_figures()."""
    kinds = [k for k in FUND_KINDS if k in figures.funds]
    funds = [figures.funds[k] for k in kinds]
    rows = [FigureRow(tr("Tồn đầu kỳ"), [f.opening for f in funds], "total")]
    for heading, by, order, total_caption, total in (
            (tr("Thu trong kỳ, theo nguồn"), "receipts_by_category", RECEIPT_CATEGORIES,
             tr("Cộng thu"), "receipts"),
            (tr("Chi trong kỳ, theo mục đích"), "payments_by_category", PAYMENT_CATEGORIES,
             tr("Cộng chi"), "payments")):
        rows.append(FigureRow(heading, [None] * len(kinds), "section"))
        found = {c for f in funds for c, v in getattr(f, by).items() if v}
        for category in [c for c in order if c in found] + sorted(found - set(order)):
            rows.append(FigureRow("    " + label("ledger_category", category),
                                  [getattr(f, by).get(category, 0) for f in funds]))
        rows.append(FigureRow(total_caption, [getattr(f, total) for f in funds], "total"))
    rows.append(FigureRow(tr("Tồn cuối kỳ"), [f.closing for f in funds], "total"))
    if per_club is not None:
        rows.append(FigureRow(tr("Tồn cuối kỳ của từng CLB"), [None] * len(kinds), "section"))
        for _cid, code, name, club in per_club:
            rows.append(FigureRow(f"    {code} — {name}", [
                club.funds[k].closing if k in club.funds else None for k in kinds]))
    return FigureTable(title, start, end, kinds, rows)


def load_figures(club_id: int | None, ward_code: int | None, start: dt.date, end: dt.date
                 ) -> loan_figures.ClubFigures | loan_figures.CommuneFigures:
    """On the thread pool: one club's figures, or the commune's when no club is chosen."""
    if club_id is not None:
        return loan_figures.club_figures(club_id, start, end)
    return loan_figures.commune_figures(ward_code, start, end)


def write_xlsx(table: FigureTable, path: str) -> None:
    """The table as shown, amounts as numbers formatted #,##0 (on the thread pool)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from reports.xlsx_safe import as_text

    book = Workbook()
    sheet = book.active
    sheet.title = "Số liệu quỹ"
    sheet.append([table.title])
    sheet.append([tr("Kỳ: từ {start} đến {end}").format(start=format_date(table.start),
                                                       end=format_date(table.end))])
    sheet.append([tr("Đơn vị tính: đồng")])
    sheet.append(table.headers())
    sheet["A1"].font = Font(bold=True, size=13)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in table.rows:
        values = [] if row.style == "section" else [*row.values, row.total]
        sheet.append([row.caption.strip(), *values])
        line = sheet[sheet.max_row]
        line[0].alignment = Alignment(indent=2 if row.caption.startswith(" ") else 0)
        for cell in line[1:]:
            cell.number_format = "#,##0"
        if row.style != "line":
            for cell in line:
                cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 44
    for col in range(2, len(table.kinds) + 3):
        sheet.column_dimensions[sheet.cell(4, col).column_letter].width = 20
    sheet.freeze_panes = "B5"
    from models.storage.output import write_output

    # the save dialog asked before overwriting; the database and backups are still refused
    write_output(path, lambda tmp: as_text(book).save(tmp), force=True)


class FiguresModel(QAbstractTableModel):
    """The rows of a FigureTable; amounts right-aligned, headings and totals in bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: FigureTable | None = None

    def set_table(self, table: FigureTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def table(self) -> FigureTable | None:
        return self._table

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self._table is None else len(self._table.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self._table is None else len(self._table.kinds) + 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and self._table is not None):
            return self._table.headers()[section]
        return None

    def value(self, row: int, col: int) -> int | None:
        """The amount in a cell (None for captions, headings and funds not held)."""
        line = self._table.rows[row]
        if col == 0 or line.style == "section":
            return None
        return line.values[col - 1] if col <= len(line.values) else line.total

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._table is None:
            return None
        line = self._table.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return line.caption
            amount = self.value(index.row(), col)
            if amount is None:
                return "" if line.style == "section" else "—"
            return format_number(amount)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and line.style != "line":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and line.style == "section":
            return QBrush(QColor("#e8eef6"))
        return None


class FundFiguresDialog(QDialog):
    """Chọn CLB (hoặc cả xã/phường) và kỳ; bảng số liệu quỹ; xuất Excel."""

    def __init__(self, context: AppContext, clubs: list[tuple[str, int, int]],
                 club_id: int | None = None, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        """`clubs`: (text, club id, ward code) of the clubs the page offers."""
        super().__init__(parent)
        self.context = context
        self._generation = 0
        today = today or dt.date.today()
        self.setWindowTitle(tr("Số liệu quỹ"))
        self.resize(1100, 640)

        self.club_combo = QComboBox()
        wards = list(dict.fromkeys(ward for _t, _c, ward in clubs))
        for ward in wards:
            self.club_combo.addItem(tr("Tất cả CLB của {unit}").format(unit=_ward_text(ward)),
                                    f"ward:{ward}")
        for text, cid, _ward in clubs:
            self.club_combo.addItem(text, f"club:{cid}")
        chosen = self.club_combo.findData(f"club:{club_id}") if club_id is not None else 0
        self.club_combo.setCurrentIndex(max(chosen, 0))
        self.start_edit = DateEdit(today.replace(month=1, day=1))
        self.end_edit = DateEdit(today.replace(month=12, day=31))
        self.show_button = QPushButton(tr("Xem"))
        self.export_button = QPushButton(tr("Xuất Excel"))
        self.close_button = QPushButton(tr("Đóng"))
        self.model = FiguresModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #555;")
        self.status_label.setWordWrap(True)

        tools = QHBoxLayout()
        tools.addWidget(QLabel(tr("Câu lạc bộ:")))
        tools.addWidget(self.club_combo, 1)
        tools.addWidget(QLabel(tr("Kỳ từ")))
        tools.addWidget(self.start_edit)
        tools.addWidget(QLabel(tr("đến")))
        tools.addWidget(self.end_edit)
        tools.addWidget(self.show_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.title_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.club_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.start_edit, self.end_edit):
            edit.editingFinished.connect(self.refresh)
        self.show_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self.refresh()

    def period(self) -> tuple[dt.date, dt.date] | None:
        try:
            start, end = self.start_edit.date(), self.end_edit.date()
        except ValueError:
            return None
        return (start, end) if start and end and start <= end else None

    def refresh(self) -> None:
        """Compute the figures of the chosen club or commune for the period, off the GUI
        thread; only the latest request is shown."""
        self._generation += 1
        generation = self._generation
        period = self.period()
        self.export_button.setEnabled(False)
        if period is None:
            self.model.set_table(None)
            self.status_label.setText(
                tr("Kỳ chưa đúng: ngày dạng dd/mm/yyyy, từ ngày không sau đến ngày."))
            return
        if self.club_combo.currentData() is None:
            self.model.set_table(None)
            self.status_label.setText(tr("Chưa có câu lạc bộ nào."))
            return
        what, _, key = self.club_combo.currentData().partition(":")
        club_id, ward = (int(key), None) if what == "club" else (None, int(key))
        title = tr("Số liệu quỹ: {what}").format(what=self.club_combo.currentText())
        self.status_label.setText(tr("Đang tính số liệu…"))
        run_task(load_figures, club_id, ward, *period,
                 on_done=lambda f: self._loaded(f, title, period, generation),
                 on_error=lambda exc, _tb: self._failed(exc, generation), parent=self)

    def _loaded(self, figures, title: str, period: tuple[dt.date, dt.date],
                generation: int) -> None:
        if generation != self._generation:
            return
        start, end = period
        if isinstance(figures, loan_figures.CommuneFigures):
            table = build_table(title, figures.total, start, end, figures.per_club)
        else:
            table = build_table(title, figures, start, end)
        if isinstance(figures, loan_figures.ClubFigures):
            table.file_code = self.club_combo.currentText().split(" — ")[0]
        self.model.set_table(table)
        self.title_label.setText(tr("{title}, từ {start} đến {end} (đơn vị: đồng)").format(
            title=title, start=format_date(start), end=format_date(end)))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):
            # room to breathe beside the widest amount, and the clerk may still widen it
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.view.resizeColumnToContents(col)
            self.view.setColumnWidth(col, max(self.view.columnWidth(col) + 20, 120))
        self.status_label.setText("" if table.kinds else tr("Chưa có quỹ nào trong kỳ này."))
        self.export_button.setEnabled(bool(table.kinds))

    def _failed(self, exc: Exception, generation: int) -> None:
        if generation != self._generation:
            return
        self.model.set_table(None)
        reason = refusal_text(exc, "; ") or str(exc)
        self.status_label.setText(tr("Không tính được số liệu: {reason}").format(reason=reason))

    # Excel ------------------------------------------------------------------------------------

    def _save_path(self, name: str) -> str:
        """Ask where to save; tests replace this."""
        path, _ = QFileDialog.getSaveFileName(self, tr("Xuất số liệu quỹ ra Excel"),
                                              str(Path.home() / name), tr("Tệp Excel (*.xlsx)"))
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return path

    def _inform(self, title: str, text: str, *, warning: bool = False) -> None:
        """Tell the clerk how the export ended; tests replace this."""
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self).exec()

    def export(self) -> None:
        table = self.model.table()
        if table is None:
            return
        code = table.file_code or tr("tất cả CLB")
        path = self._save_path(tr("Số liệu quỹ {what} {start} - {end}.xlsx").format(
            what=code, start=table.start.strftime("%d-%m-%Y"),
            end=table.end.strftime("%d-%m-%Y")))
        if not path:
            return
        run_task(write_xlsx, table, path,
                 on_done=lambda _r: self._inform(tr("Đã xuất Excel"), tr(
                     "Đã xuất số liệu quỹ ra tệp:\n{path}").format(path=path)),
                 on_error=lambda exc, _tb: self._inform(tr("Chưa lưu được tệp"), tr(
                     "Không ghi được tệp:\n{path}\n\nLý do: {reason}").format(
                         path=path, reason=tr("không có quyền ghi, hoặc tệp đang mở trong Excel")
                         if isinstance(exc, PermissionError)
                         else refusal_text(exc, "; ") or str(exc)), warning=True),
                 parent=self)
