"""The funds page: a club's funds with today's balance, the chosen fund's book for a period
with filters, and the clerk's money tasks (receipts, payments, reversals, closing a month or
year, counting the cash, printing vouchers and the book, the book in Excel)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.accounts import access
from models.funds import fund_views
from models.funds.funds import CATEGORIES
from models.text.vietnamese import format_date, format_number
from ui.context import AppContext, Change
from ui.ledger_model import COLUMN_KEYS, COLUMNS, SAMPLE_TEXT, FundsModel, LedgerModel
from ui.messages import label
from ui.pages.funds_files import FundFilesMixin
from ui.tasks import run_task
from ui.widgets import DateEdit
from ui.widgets.search import SearchCombo


def tr(text: str) -> str:
    return QCoreApplication.translate("FundsPage", text)


def load_book(fund_id: int, start: dt.date, end: dt.date
              ) -> tuple[fund_views.LedgerView, list[str]]:
    """The book of a period and its rows' folded search texts (on the thread pool, so the
    first keystroke in the filter box does not fold 20,000 texts on the GUI thread)."""
    view = fund_views.ledger_view(fund_id, start, end)
    return view, fund_views.search_texts(view.rows)


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setHighlightSections(False)
    return view


class FundsPage(QWidget, FundFilesMixin):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self._generation = 0  # only the latest ledger load is shown
        self._loading = False
        self._pending_select: int | None = None
        self.preview = None  # the last PDF preview opened (kept for tests)
        self._wards: dict[int, int] = {}  # club id -> ward code, for the access rules
        self.setWindowTitle(tr("Quỹ"))

        self.club_combo = SearchCombo(tr("Gõ mã hoặc tên CLB, VD: to 1"))
        self.club_combo.setMinimumContentsLength(34)
        self.funds_model = FundsModel(self)
        self.funds_view = _table(self.funds_model)
        self.funds_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.funds_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        year_start = self.today().replace(month=1, day=1)
        self.start_edit = DateEdit(year_start)
        self.end_edit = DateEdit(self.today().replace(month=12, day=31))
        self.period_combo = QComboBox()
        for text, key in ((tr("Năm nay"), "year"), (tr("Tháng này"), "month"),
                          (tr("Tháng trước"), "last_month"), (tr("Năm trước"), "last_year"),
                          (tr("Tự chọn"), "custom")):
            self.period_combo.addItem(text, key)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(tr("Thu và chi"), None)
        self.kind_combo.addItem(tr("Chỉ phiếu thu"), "receipt")
        self.kind_combo.addItem(tr("Chỉ phiếu chi"), "payment")
        self.category_combo = QComboBox()
        self.category_combo.addItem(tr("Mọi khoản mục"), None)
        for code in dict.fromkeys(CATEGORIES["receipt"] + CATEGORIES["payment"]):
            self.category_combo.addItem(label("ledger_category", code), code)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(tr("Tìm người nộp/nhận, nội dung, số phiếu…"))
        self.text_edit.setClearButtonEnabled(True)

        self.model = LedgerModel(self)
        self.view = _table(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._set_column_widths()
        # the description gives up room first, so the amounts and the running balance stay
        # in view beside the scroll bar on a narrow screen
        header.setSectionResizeMode(COLUMN_KEYS.index("description"),
                                    QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(COLUMN_KEYS.index("note"), 110)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("periodTotals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #555;")

        self.receipt_button = QPushButton(tr("Phiếu thu mới"))
        self.payment_button = QPushButton(tr("Phiếu chi mới"))
        self.reverse_button = QPushButton(tr("Đảo phiếu"))
        self.print_voucher_button = QPushButton(tr("In phiếu"))
        self.close_button = QPushButton(tr("Khóa sổ tháng/năm"))
        self.count_button = QPushButton(tr("Kiểm kê quỹ"))
        self.print_book_button = QPushButton(tr("In sổ quỹ"))
        self.export_button = QPushButton(tr("Xuất Excel sổ quỹ"))
        self.open_fund_button = QPushButton(tr("Mở quỹ mới…"))
        self.figures_button = QPushButton(tr("Số liệu quỹ…"))

        self._layout()
        self._fill_clubs()
        self.club_combo.value_listeners.append(lambda _v: self._club_changed())
        self.funds_view.selectionModel().selectionChanged.connect(lambda *_a: self.refresh())
        self.period_combo.currentIndexChanged.connect(lambda _i: self._period_chosen())
        for edit in (self.start_edit, self.end_edit):
            edit.editingFinished.connect(self._dates_edited)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.category_combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.text_edit.textChanged.connect(lambda _t: self._filter_changed())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.view.activated.connect(lambda _i: self.print_voucher())  # Enter or a double click
        self.receipt_button.clicked.connect(lambda: self.new_entry("receipt"))
        self.payment_button.clicked.connect(lambda: self.new_entry("payment"))
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.print_voucher_button.clicked.connect(self.print_voucher)
        self.close_button.clicked.connect(self.close_period)
        self.count_button.clicked.connect(self.count_cash)
        self.print_book_button.clicked.connect(self.print_book)
        self.export_button.clicked.connect(self.export_book)
        self.open_fund_button.clicked.connect(self.open_fund)
        self.figures_button.clicked.connect(self.show_figures)
        context.subscribe(self, self._context_changed, Change.CLUB, Change.FUND, Change.LOAN,
                          Change.MEMBER)
        self._club_changed()

    def _layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(QLabel(tr("Câu lạc bộ:")))
        tools.addWidget(self.club_combo, 1)
        tools.addStretch(0)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(tr("Các quỹ của CLB (số dư hôm nay):")))
        left_box.addWidget(self.funds_view, 1)
        for button in (self.open_fund_button, self.figures_button, self.close_button,
                       self.count_button):
            left_box.addWidget(button)

        filters = QGridLayout()
        filters.addWidget(QLabel(tr("Kỳ:")), 0, 0)
        period = QHBoxLayout()
        period.addWidget(self.period_combo)
        period.addWidget(QLabel(tr("từ")))
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(tr("đến")))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        filters.addLayout(period, 0, 1)
        filters.addWidget(QLabel(tr("Lọc:")), 1, 0)
        line = QHBoxLayout()
        line.addWidget(self.kind_combo)
        line.addWidget(self.category_combo)
        line.addWidget(self.text_edit, 1)
        filters.addLayout(line, 1, 1)
        actions = QHBoxLayout()
        for button in (self.receipt_button, self.payment_button, self.reverse_button,
                       self.print_voucher_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.print_book_button, self.export_button):
            actions.addWidget(button)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addLayout(filters)
        right_box.addLayout(actions)
        right_box.addWidget(self.view, 1)
        right_box.addWidget(self.totals_label)
        right_box.addWidget(self.status_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1080])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)

    def _set_column_widths(self) -> None:
        """Widths from a typical value of each column: no need to read every row."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader().fontMetrics()
        for col, (key, _) in enumerate(COLUMNS):
            title = self.model.headerData(col, Qt.Orientation.Horizontal) or ""
            width = max(metrics.horizontalAdvance(SAMPLE_TEXT[key]),
                        header.horizontalAdvance(title) + 8)
            self.view.setColumnWidth(col, width + 14)

    # what is chosen ---------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def club_id(self) -> int | None:
        return self.club_combo.value()

    def fund(self) -> fund_views.FundSummary | None:
        rows = self.funds_view.selectionModel().selectedRows()
        return self.funds_model.fund_at(rows[0].row()) if rows else None

    def fund_id(self) -> int | None:
        fund = self.fund()
        return fund.fund_id if fund is not None else None

    def period(self) -> tuple[dt.date, dt.date] | None:
        """The period typed in the two dates; None while either is not a date."""
        try:
            start, end = self.start_edit.date(), self.end_edit.date()
        except ValueError:
            return None
        if start is None or end is None or start > end:
            return None
        return start, end

    def selected_line(self) -> fund_views.LedgerRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_club(self, club_id: int) -> None:
        self.club_combo.set_value(club_id)

    def select_fund(self, fund_id: int) -> None:
        row = self.funds_model.row_of_fund(fund_id)
        if row is not None:
            self.funds_view.selectRow(row)

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of_entry(entry_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        self.period_combo.blockSignals(False)
        self.start_edit.set_date(start)
        self.end_edit.set_date(end)
        self.refresh()

    # loading ----------------------------------------------------------------------------------

    def _fill_clubs(self) -> None:
        keep = self.club_combo.value()
        items = []
        self._wards = {}
        for c in fund_views.club_choices(self.today()):
            self._wards[c.club_id] = c.ward_code
            text = f"{c.code} — {c.name}"
            if c.status == "dissolved":
                text += " " + tr("(đã giải thể)")
            items.append((text, c.club_id))
        self.club_combo.set_items(items, keep if keep is not None else
                                  (items[0][1] if items else None))

    def _club_changed(self) -> None:
        keep = self.fund_id()
        club = self.club_id()
        summaries = fund_views.fund_summaries(club, self.today()) if club is not None else []
        self.funds_view.selectionModel().blockSignals(True)
        self.funds_model.set_funds(summaries)
        row = self.funds_model.row_of_fund(keep) if keep is not None else None
        if summaries:
            self.funds_view.selectRow(row if row is not None else 0)
        self.funds_view.selectionModel().blockSignals(False)
        self.refresh()

    def _period_chosen(self) -> None:
        key = self.period_combo.currentData()
        today = self.today()
        first = today.replace(day=1)
        last_month_end = first - dt.timedelta(days=1)
        spans = {
            "year": (today.replace(month=1, day=1), today.replace(month=12, day=31)),
            "month": (first, (first + dt.timedelta(days=32)).replace(day=1)
                      - dt.timedelta(days=1)),
            "last_month": (last_month_end.replace(day=1), last_month_end),
            "last_year": (dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)),
        }
        if key in spans:
            self.start_edit.set_date(spans[key][0])
            self.end_edit.set_date(spans[key][1])
            self.refresh()

    def _dates_edited(self) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        self.period_combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Reload the chosen fund's book for the period, off the GUI thread."""
        self._generation += 1
        generation = self._generation
        fund, period = self.fund_id(), self.period()
        if fund is None or period is None:
            self._loading = False
            self.model.set_view(None)
            self._show_totals()
            if fund is None:
                text = (tr("Chưa chọn câu lạc bộ.") if self.club_id() is None
                        else tr("CLB này chưa có quỹ: các quỹ được lập khi làm thủ tục thành "
                                "lập CLB, hoặc bấm «Mở quỹ mới…».")
                        if self.funds_model.rowCount() == 0
                        else tr("Chưa chọn quỹ."))
            else:
                text = tr("Kỳ chưa đúng: ngày dạng dd/mm/yyyy, từ ngày không sau đến ngày.")
            self.status_label.setText(text)
            self._update_buttons()
            return
        self._loading = True
        self.status_label.setText(tr("Đang tải sổ quỹ…"))
        run_task(load_book, fund, *period,
                 on_done=lambda loaded: self._loaded(*loaded, generation),
                 on_error=lambda exc, _tb: self._load_failed(exc, generation), parent=self)

    def _loaded(self, view: fund_views.LedgerView, texts: list[str], generation: int) -> None:
        if generation != self._generation:
            return
        line = self.selected_line()
        keep = self._pending_select or (line.entry_id if line is not None else None)
        self._pending_select = None
        self._loading = False
        self.model.set_view(view, texts)
        if keep is not None:
            self.select_entry(keep)
        self._show_totals()
        self._update_buttons()

    def _load_failed(self, exc: Exception, generation: int) -> None:
        if generation == self._generation:
            self._loading = False
            self.status_label.setText(tr("Không tải được sổ quỹ: {error}").format(error=exc))

    def _filter_changed(self) -> None:
        line = self.selected_line()
        self.model.set_filter(fund_views.RowFilter(
            self.kind_combo.currentData(), self.category_combo.currentData(),
            self.text_edit.text()))
        if line is not None:
            self.select_entry(line.entry_id)
        self._show_totals()
        self._update_buttons()

    def _show_totals(self) -> None:
        view = self.model.view()
        if view is None:
            self.totals_label.setText("")
            return
        parts = ((tr("Tồn đầu kỳ"), view.opening), (tr("Tổng thu"), view.receipts),
                 (tr("Tổng chi"), view.payments), (tr("Tồn cuối kỳ"), view.closing))
        self.totals_label.setText("&nbsp;&nbsp;&nbsp;&nbsp;".join(
            f"{name}: <b>{format_number(value)}</b> đ" for name, value in parts))
        self.status_label.setText(
            tr("Kỳ {start} – {end}: đang hiển thị {shown}/{total} phiếu").format(
                start=format_date(view.start), end=format_date(view.end),
                shown=self.model.rowCount(), total=self.model.total()))

    def _context_changed(self, change: Change) -> None:
        if change is Change.CLUB:
            self._fill_clubs()
        self._club_changed()

    def _update_buttons(self) -> None:
        has_fund = self.fund_id() is not None
        line = self.selected_line()
        club = self.club_id()
        # a supervisor reads the books of the wards below but does not write in them
        may_write = club is not None and access.can("write", self._wards.get(club))
        for button in (self.receipt_button, self.payment_button, self.count_button):
            button.setEnabled(has_fund and may_write)
        for button in (self.print_book_button, self.export_button):
            button.setEnabled(has_fund)
        self.close_button.setEnabled(club is not None and may_write)
        self.open_fund_button.setEnabled(club is not None and may_write)
        self.print_voucher_button.setEnabled(line is not None)
        self.reverse_button.setEnabled(line is not None and may_write
                                       and line.reverses_id is None
                                       and line.reversed_by_id is None)

    # actions ----------------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to drive dialogs without an event loop."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _after_write(self, entry_id: int | None) -> None:
        if entry_id is not None and not self.select_entry(entry_id):
            self._pending_select = entry_id  # the book is still loading

    def new_entry(self, kind: str) -> None:
        from dialogs.entry_dialog import EntryDialog

        fund = self.fund_id()
        if fund is None:
            return
        dialog = EntryDialog(self.context, fund, kind, self, today=self._today)
        if self._run(dialog) and dialog.entry is not None:
            self._after_write(dialog.entry.id)
            if dialog.print_requested:
                self.print_voucher(dialog.entry.id)

    def reverse_selected(self) -> None:
        from dialogs.reversal_dialog import ReversalDialog

        line = self.selected_line()
        if line is None:
            return
        dialog = ReversalDialog(self.context, line.entry_id, self, today=self._today)
        if self._run(dialog) and dialog.reversal is not None:
            self._after_write(dialog.reversal.id)

    def close_period(self) -> None:
        from dialogs.close_period_dialog import ClosePeriodDialog

        club = self.club_id()
        if club is not None:
            self._run(ClosePeriodDialog(self.context, club, self.fund_id(), self,
                                        today=self._today))

    def count_cash(self) -> None:
        from dialogs.cash_count_dialog import CashCountDialog, difference_text

        fund = self.fund_id()
        if fund is None:
            return
        dialog = CashCountDialog(self.context, fund, self, today=self._today)
        if self._run(dialog) and dialog.count is not None:
            c = dialog.count
            self._inform(tr("Đã ghi kết quả kiểm kê"), tr(
                "Ngày {date}: tiền mặt đếm được {counted} đ, số dư theo sổ {book} đ.\n{diff}.")
                .format(date=format_date(c.date), counted=format_number(c.counted),
                        book=format_number(c.book_balance), diff=difference_text(c.difference)))
