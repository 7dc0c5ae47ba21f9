"""The loans page: a club's loan register with filters, the selected loan in detail, the
club's loan figures, and the actions (new loan, repayment, write-off or outcome, rules,
register and contract printed through the preview, Excel)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.accounts import access
from models.clubs.clubs import all_clubs
from models.loans import loans
from models.text.vietnamese import format_date
from ui.clubs_model import BadgeDelegate
from ui.context import AppContext, Change
from ui.loan_detail import (  # noqa: F401  (show_member_loans: for other pages)
    LoanDetail,
    LoanFiguresPanel,
    error_text,
    show_contract,
    show_member_loans,
)
from ui.loans_model import (
    LOAN_ID_ROLE,
    LoansFilterProxy,
    LoansTableModel,
)
from ui.messages import label
from ui.table_model import selected_data, show_source_row
from ui.tasks import run_task
from ui.widgets.flow import flow_row
from ui.widgets.search import SearchCombo

STATUSES = ("current", "overdue", "repaid", "written_off")


def tr(text: str) -> str:
    return QCoreApplication.translate("LoansPage", text)


def load_rows(club_ids: list[int], on: dt.date) -> list:
    """Every loan of these clubs on a date (off the GUI thread: schedules are read too)."""
    rows = []
    for club_id in club_ids:
        rows.extend(loans.loan_register(club_id, on, include_closed=True))
    return rows


class LoansPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self._generation = 0  # only the latest load is shown
        self._pending_select: int | None = None
        self._person: tuple[int, str] | None = None  # a member's loan history is shown
        self.setWindowTitle(tr("Cho vay"))

        self.club_combo = SearchCombo(take_first=True)
        self.club_combo.setMinimumContentsLength(30)
        self.club_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.club_combo.setToolTip(tr("Gõ vài chữ của mã hoặc tên CLB, có dấu hay không đều "
                                      "được"))
        self.status_combo = QComboBox()
        self.status_combo.addItem(tr("Mọi khoản vay"), None)
        self.status_combo.addItem(tr("Đang vay (trong hạn và quá hạn)"), "open")
        for code in STATUSES:
            self.status_combo.addItem(label("loan_status", code), code)
        # a club's book runs for years and most of it is repaid: the clerk works on the rest
        self.status_combo.setCurrentIndex(1)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Tìm theo tên, số HĐ, thôn/tổ, hàng hóa…"))
        self.filter_edit.setClearButtonEnabled(True)

        self.person_bar = QFrame()
        self.person_bar.setStyleSheet("QFrame { background: #e3ecf7; border-radius: 4px; }")
        self.person_label = QLabel()
        self.person_clear = QToolButton()
        self.person_clear.setText(tr("Xem cả sổ cho vay"))
        bar = QHBoxLayout(self.person_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.person_label, 1)
        bar.addWidget(self.person_clear)
        self.person_bar.hide()

        self.new_button = QPushButton(tr("Cho vay mới…"))
        self.repay_button = QPushButton(tr("Thu nợ…"))
        self.close_button = QPushButton(tr("Xóa nợ / Ghi kết quả…"))
        self.rules_button = QPushButton(tr("Quy định cho vay của CLB…"))
        self.print_button = QPushButton(tr("In sổ cho vay…"))
        self.excel_button = QPushButton(tr("Xuất Excel…"))
        self.contract_button = QPushButton(tr("In khế ước…"))
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")

        self.model = LoansTableModel(self)
        self.proxy = LoansFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(LoansTableModel.STATUS, BadgeDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)  # by contract number until the clerk clicks a header
        self.view.sortByColumn(LoansTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._set_column_widths()
        # the goods of a loan in kind are the longest text: that column takes the spare room
        header.setSectionResizeMode(LoansTableModel.FORM, QHeaderView.ResizeMode.Stretch)

        self.detail = LoanDetail(self)
        self.figures = LoanFiguresPanel(self)
        self.figures.set_period(self.today().replace(month=1, day=1), self.today())
        self._layout()
        self._fill_clubs()

        self.club_combo.currentIndexChanged.connect(self._club_changed)
        self.status_combo.currentIndexChanged.connect(self._filter_changed)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.person_clear.clicked.connect(self.clear_member)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(lambda _i: self.repay())  # Enter or a double click
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.new_button.clicked.connect(self.new_loan)
        self.repay_button.clicked.connect(self.repay)
        self.close_button.clicked.connect(self.close_loan)
        self.rules_button.clicked.connect(self.edit_rules)
        self.print_button.clicked.connect(self.print_register)
        self.excel_button.clicked.connect(self.export_excel)
        self.contract_button.clicked.connect(self.print_contract)
        context.subscribe(self, self._context_changed, Change.CLUB, Change.MEMBER, Change.LOAN,
                          Change.FUND, Change.SETTINGS, Change.VILLAGE)
        self.proxy.set_status(self.status_combo.currentData())
        self._club_changed()

    def _layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(QLabel(tr("Câu lạc bộ:")))
        tools.addWidget(self.club_combo, 3)
        tools.addWidget(self.status_combo, 1)
        tools.addWidget(self.filter_edit, 2)
        actions = flow_row(self.new_button, self.repay_button, self.close_button,
                           self.rules_button, self.print_button, self.excel_button,
                           self.contract_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.person_bar)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([300, 420])  # the detail's two tables need the room
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(actions)
        layout.addWidget(self.figures)
        layout.addWidget(self.splitter, 1)

    def _set_column_widths(self) -> None:
        metrics = self.view.fontMetrics()
        samples = {
            LoansTableModel.NUMBER: "DX01-00", LoansTableModel.NAME: "Hoàng Thị Thanh Huyền",
            LoansTableModel.VILLAGE: "Tổ dân phố 10", LoansTableModel.FORM: "Hiện vật: Bò cái",
            LoansTableModel.PURPOSE: "Buôn bán nhỏ", LoansTableModel.DISBURSED: "00/00/0000",
            LoansTableModel.PRINCIPAL: "30.000.000", LoansTableModel.OUTSTANDING: "30.000.000",
            LoansTableModel.LATE: "000", LoansTableModel.STATUS: "Đã trả hết nợ",
        }
        header_metrics = self.view.horizontalHeader().fontMetrics()
        for col, sample in samples.items():
            title = self.model.headerData(col, Qt.Orientation.Horizontal) or ""
            extra = 30 if col == LoansTableModel.STATUS else 18  # the badge's rounded ends
            width = max(metrics.horizontalAdvance(sample),
                        header_metrics.horizontalAdvance(title) + 8)
            self.view.setColumnWidth(col, width + extra)

    # data -------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def club_id(self) -> int | None:
        """The chosen club; None when "Tất cả CLB" is chosen."""
        return self.club_combo.currentData()

    def _fill_clubs(self) -> None:
        keep = self.club_combo.currentData()
        self.club_combo.blockSignals(True)
        self.club_combo.clear()
        self.club_combo.addItem(tr("Tất cả CLB"), None)
        self._club_ids = []
        self._club_codes: dict[int, str] = {}
        for club in all_clubs():
            if club.status == "planned":
                continue  # a club lends only once it is founded and has its funds
            text = f"{club.code} — {club.name}"
            if club.status == "dissolved":
                text += " " + tr("(đã giải thể)")
            self.club_combo.addItem(text, club.id)
            self._club_ids.append(club.id)
            self._club_codes[club.id] = club.code
        index = self.club_combo.findData(keep) if keep is not None else -1
        if index < 0 and len(self._club_ids) == 1:
            index = 1  # one club only: show it straight away
        self.club_combo.setCurrentIndex(max(0, index))
        self.club_combo.blockSignals(False)

    def select_club(self, club_id: int | None) -> None:
        self.club_combo.setCurrentIndex(max(0, self.club_combo.findData(club_id)))

    def refresh(self) -> None:
        """Reload the register (or the member's history) off the GUI thread."""
        self._generation += 1
        generation = self._generation
        if self._person is not None:
            run_task(loans.member_loans, self._person[0], self.today(),
                     on_done=lambda rows: self._loaded(rows, generation),
                     on_error=lambda exc, _tb: self._load_failed(exc, generation), parent=self)
        else:
            club_id = self.club_id()
            club_ids = [club_id] if club_id is not None else list(self._club_ids)
            run_task(load_rows, club_ids, self.today(),
                     on_done=lambda rows: self._loaded(rows, generation),
                     on_error=lambda exc, _tb: self._load_failed(exc, generation), parent=self)
        if self._person is None:
            self.figures.show_figures(self.club_id(), self.context.office.ward_code)

    def _loaded(self, rows: list, generation: int) -> None:
        if generation != self._generation:
            return
        keep = self._pending_select or self.selected_loan_id()
        self._pending_select = None
        several = self.club_id() is None or self._person is not None
        self.model.set_rows(rows, self._club_codes if several else None)
        self._update_count()
        if keep is not None:
            self.select_loan(keep)
        self._selection_changed()

    def _load_failed(self, error: Exception, generation: int) -> None:
        if generation != self._generation:
            return
        self.model.set_rows([])
        self.count_label.setText(tr("Không đọc được sổ cho vay: {reason}").format(
            reason=error_text(error)))

    def _club_changed(self) -> None:
        if self._person is None:
            self.refresh()
        self._update_buttons()

    def _context_changed(self, change: Change) -> None:
        if change is Change.CLUB:
            self._fill_clubs()
        self.refresh()

    def _filter_changed(self) -> None:
        self.proxy.set_text(self.filter_edit.text())
        self.proxy.set_status(self.status_combo.currentData())
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        overdue = sum(1 for r in self.model.rows if r.status == "overdue")
        text = (tr("{n} khoản vay").format(n=total) if shown == total
                else tr("Hiện {shown} trong {n} khoản vay").format(shown=shown, n=total))
        if overdue:
            text += " · " + tr("{n} khoản quá hạn").format(n=overdue)
        self.count_label.setText(text)

    # a member's loan history ------------------------------------------------------------------

    def show_member(self, person_id: int, name: str) -> None:
        """Every loan of one member (in any club), closed ones too."""
        self._person = (person_id, name)
        self.person_label.setText(tr("Các khoản vay của <b>{name}</b>").format(name=name))
        self.person_bar.show()
        self.status_combo.setCurrentIndex(0)
        self.filter_edit.clear()
        self.refresh()
        self._update_buttons()

    def clear_member(self) -> None:
        self._person = None
        self.person_bar.hide()
        self.refresh()
        self._update_buttons()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.selectRow(index.row())  # the actions below work on the selected loan
            self.menu_for_selected().popup(self.view.viewport().mapToGlobal(pos))

    def menu_for_selected(self) -> QMenu:
        """The register's context menu: the member's loan history, then the loan's actions."""
        row = self.selected_row()
        menu = QMenu(self)
        menu.addAction(tr("Các khoản vay của {name}").format(name=row.person_name),
                       lambda: self.show_member(row.person_id, row.person_name))
        menu.addSeparator()
        for button in (self.repay_button, self.close_button, self.contract_button):
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        return menu

    # selection --------------------------------------------------------------------------------

    def selected_loan_id(self) -> int | None:
        return selected_data(self.view, LOAN_ID_ROLE)

    def selected_row(self):
        return self.model.row_with("loan_id", self.selected_loan_id())

    def select_loan(self, loan_id: int) -> bool:
        return show_source_row(self.view, self.model.row_of_loan(loan_id))

    def _selection_changed(self, _selected: QItemSelection | None = None,
                           _deselected: QItemSelection | None = None) -> None:
        row = self.selected_row()
        self.detail.show_loan(row.loan_id if row is not None else None, self.today(), row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        has_club = self.club_id() is not None and self._person is None
        is_open = row is not None and row.status in ("current", "overdue")
        # a supervisor from the province reads the loans but writes nothing
        writer = access.can("write", self.context.office.ward_code)
        self.new_button.setEnabled(has_club and writer)
        self.rules_button.setEnabled(has_club and writer)
        self.print_button.setEnabled(has_club)
        self.excel_button.setEnabled(has_club)
        # a repaid loan opens the dialog for reversing a mistaken repayment only
        self.repay_button.setEnabled(writer and row is not None and (
            is_open or row.status == "repaid"))
        self.close_button.setEnabled(row is not None and writer)
        self.contract_button.setEnabled(row is not None)
        if not has_club:
            tip = tr("Chọn một CLB")
            for button in (self.new_button, self.rules_button, self.print_button,
                           self.excel_button):
                button.setToolTip(tip)

    # actions ----------------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to drive dialogs without an event loop."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def new_loan(self) -> None:
        club_id = self.club_id()
        if club_id is None:
            return
        from dialogs.loan_dialog import LoanDialog  # dialogs load on first use

        dialog = LoanDialog(self.context, club_id, self, today=self.today())
        if self._run(dialog) and dialog.loan is not None:
            if not self.select_loan(dialog.loan.id):
                self._pending_select = dialog.loan.id
            dialog.offer_contract()

    def repay(self) -> None:
        row = self.selected_row()
        if row is None or row.status == "written_off":
            return
        from dialogs.repayment_dialog import RepaymentDialog

        self._run(RepaymentDialog(self.context, row.loan_id, self, today=self.today()))

    def close_loan(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from dialogs.loan_close_dialog import LoanCloseDialog

        self._run(LoanCloseDialog(self.context, row.loan_id, self, today=self.today()))

    def edit_rules(self) -> None:
        club_id = self.club_id()
        if club_id is None:
            return
        from dialogs.loan_rules_dialog import LoanRulesDialog

        self._run(LoanRulesDialog(self.context, club_id, self))

    def _club_code(self) -> str:
        text = self.club_combo.currentText()
        return text.split(" — ")[0] if " — " in text else "CLB"

    def print_register(self) -> QDialog | None:
        club_id = self.club_id()
        if club_id is None:
            return None
        from models.funds import fund_papers
        from ui.widgets.pdf_preview import PdfPreviewDialog

        on = self.today()
        dialog = PdfPreviewDialog.build(
            self, tr("Sổ cho vay {club} đến ngày {date}").format(club=self._club_code(),
                                                                 date=format_date(on)),
            fund_papers.loan_register_pdf, club_id, on,
            file_name=f"so-cho-vay-{self._club_code()}-{on:%Y%m%d}.pdf")
        self._show(dialog)
        return dialog

    def print_contract(self) -> QDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        return show_contract(self, row.loan_id, row.number, row.person_name)

    def _show(self, dialog: QDialog) -> None:
        """Open a preview without blocking; tests replace it."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export_excel(self, path: str | None = None) -> None:
        club_id = self.club_id()
        if club_id is None:
            return
        on = self.today()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Xuất sổ cho vay ra Excel"),
                str(Path.home() / f"so-cho-vay-{self._club_code()}-{on:%Y%m%d}.xlsx"),
                tr("Tệp Excel (*.xlsx)"))
            if not path:
                return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from models.funds import fund_papers

        self.excel_button.setEnabled(False)
        run_task(fund_papers.loan_register_xlsx, club_id, on, path, force=True,
                 on_done=lambda _r: self._exported(path),
                 on_error=lambda exc, _tb: self._export_failed(exc), parent=self)

    def _exported(self, path: str) -> None:
        self._update_buttons()
        self.count_label.setText(tr("Đã lưu sổ cho vay vào {path}").format(path=path))

    def _export_failed(self, error: Exception) -> None:
        self._update_buttons()
        QMessageBox.warning(self, tr("Chưa xuất được"), error_text(error))

