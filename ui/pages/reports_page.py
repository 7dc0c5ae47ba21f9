"""The Reports page: every unit's annual report for a year (missing, draft, submitted, late,
approved, returned) and who is waiting for whom; for the selected report its words (results,
difficulties, proposals) to edit, its versions, the actions the account's right allows (send,
approve, return, reopen), the PDF through the preview, the indicator tables as .xlsx, and
where the records now differ from the signed figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.accounts.session import current_user
from models.signoff import board, diff, printing, reports
from models.text.vietnamese import format_date
from ui import service
from ui.context import AppContext, Change
from ui.messages import label
from ui.report_models import BoardModel, DiffModel
from ui.table_model import row_view
from ui.widgets.pdf_preview import PdfPreviewDialog

YEARS_SHOWN = 6
SECTIONS = (("results", QT_TRANSLATE_NOOP("ReportsPage", "Kết quả đạt được")),
            ("difficulties", QT_TRANSLATE_NOOP("ReportsPage", "Khó khăn, tồn tại")),
            ("proposals", QT_TRANSLATE_NOOP("ReportsPage", "Đề xuất, kiến nghị")))


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportsPage", text)


def table(model) -> QTableView:  # type: ignore[no-untyped-def]
    view = row_view(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class ReportsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self.diff_task = None
        self.setWindowTitle(tr("Báo cáo năm"))
        self.year_combo = QComboBox()
        last = self.today().year - 1  # the year most recently ended comes first
        for year in range(last + 1, last - YEARS_SHOWN, -1):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(1)
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet("color: #444;")

        self.model = BoardModel(self)
        self.view = table(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)

        self.unit_label = QLabel()
        self.unit_label.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.unit_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.edits = {key: QPlainTextEdit() for key, _ in SECTIONS}
        for edit in self.edits.values():
            edit.setMinimumHeight(60)
            edit.setMaximumHeight(110)
        self.save_button = QPushButton(tr("Lưu phần lời"))
        self.submit_button = QPushButton(tr("Gửi duyệt"))
        self.approve_button = QPushButton(tr("Duyệt…"))
        self.return_button = QPushButton(tr("Trả lại…"))
        self.reopen_button = QPushButton(tr("Mở lại…"))
        self.pdf_button = QPushButton(tr("Xem báo cáo (PDF)…"))
        self.xlsx_button = QPushButton(tr("Xuất bảng chỉ số (.xlsx)…"))
        self.versions_label = QLabel()
        self.versions_label.setWordWrap(True)
        self.versions_label.setStyleSheet("color: #555;")
        self.diff_model = DiffModel(self)
        self.diff_view = table(self.diff_model)
        self.diff_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.diff_label = QLabel()
        self.diff_label.setWordWrap(True)

        self._layout()
        self.year_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.show_selected())
        self.save_button.clicked.connect(self.save_words)
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(lambda: self.decide("approve"))
        self.return_button.clicked.connect(lambda: self.decide("return"))
        self.reopen_button.clicked.connect(lambda: self.decide("reopen"))
        self.pdf_button.clicked.connect(self.preview)
        self.xlsx_button.clicked.connect(self.export_sheet)
        context.subscribe(self, lambda _c: self.refresh(), Change.REPORT, Change.CLUB)
        self.refresh()

    def _layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(QLabel(tr("Năm báo cáo:")))
        tools.addWidget(self.year_combo)
        tools.addWidget(self.summary_label, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.view, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.unit_label)
        right_layout.addWidget(self.state_label)
        form = QFormLayout()
        for key, title in SECTIONS:
            form.addRow(tr(title) + ":", self.edits[key])
        right_layout.addLayout(form, 2)
        actions = QHBoxLayout()
        for button in (self.save_button, self.submit_button, self.approve_button,
                       self.return_button, self.reopen_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right_layout.addLayout(actions)
        papers = QHBoxLayout()
        papers.addWidget(self.pdf_button)
        papers.addWidget(self.xlsx_button)
        papers.addStretch(1)
        right_layout.addLayout(papers)
        right_layout.addWidget(self.versions_label)
        right_layout.addWidget(self.diff_label)
        right_layout.addWidget(self.diff_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([880, 486])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Báo cáo năm và ký duyệt"))
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)

    # data -----------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def year(self) -> int:
        return self.year_combo.currentData()

    def selected(self) -> board.BoardRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def refresh(self) -> None:
        chosen = self.selected()
        rows = board.board(self.year(), self.today())
        self.model.set_rows(rows)
        counts: dict[str, int] = {}
        for r in rows:
            counts[r.shown_state] = counts.get(r.shown_state, 0) + 1
        self.summary_label.setText("  ·  ".join(
            f"{label('report_state', s)}: {counts[s]}"
            for s in ("approved", "submitted", "returned", "draft", "late", "missing")
            if counts.get(s)))
        if chosen is not None:
            again = next((i for i, r in enumerate(rows)
                          if (r.level, r.code) == (chosen.level, chosen.code)), None)
            if again is not None:
                self.view.selectRow(again)
                return
        self.show_selected()

    def show_selected(self) -> None:
        row = self.selected()
        self.diff_model.set_rows([])
        self.diff_label.clear()
        if row is None:
            self.unit_label.setText(tr("Chọn một đơn vị trong bảng."))
            self.state_label.clear()
            self.versions_label.clear()
            for edit in self.edits.values():
                edit.clear()
                edit.setReadOnly(True)
            for button in self._buttons():
                button.setEnabled(False)
            return
        self.unit_label.setText(tr("{level}: {name}").format(
            level=label("report_level", row.level), name=row.name))
        text = board.waiting_text(row)
        if row.return_reason:
            text += " — " + tr("lý do trả lại: {reason}").format(reason=row.return_reason)
        self.state_label.setText(f"{label('report_state', row.shown_state)}. {text}")
        current = reports.current(row.level, row.code, self.year()) if row.report_id else None
        editable = row.may_author and row.state in ("missing", "draft", "returned")
        for key, edit in self.edits.items():
            edit.setPlainText(getattr(current, key) if current is not None else "")
            edit.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        self.submit_button.setEnabled(editable)
        self.approve_button.setEnabled(row.may_approve and row.state == "submitted")
        self.return_button.setEnabled(row.may_approve and row.state == "submitted")
        self.reopen_button.setEnabled(row.may_approve and row.state == "approved")
        self.pdf_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)
        self._versions(row)
        if row.report_id is not None and any(
                v.snapshot_json for v in reports.versions(row.level, row.code, self.year())):
            self.diff_label.setText(tr("Đang so số liệu hiện tại với bản đã duyệt…"))
            self.diff_task = service.call_slow(
                self, diff.differences, row.level, row.code, self.year(),
                on_done=lambda found, key=(row.level, row.code): self._show_diff(key, found))

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.save_button, self.submit_button, self.approve_button, self.return_button,
                self.reopen_button, self.pdf_button, self.xlsx_button)

    def _versions(self, row: board.BoardRow) -> None:
        if row.report_id is None:
            self.versions_label.setText(tr("Chưa lập báo cáo."))
            return
        lines = []
        for v in reports.versions(row.level, row.code, self.year()):
            line = tr("Phiên bản {v}: {state}").format(v=v.version,
                                                       state=label("report_state", v.state))
            if v.approved_at:
                line += tr(", duyệt ngày {date} ({name}), số {number}").format(
                    date=format_date(v.approved_at.date()), name=v.approved_by,
                    number=reports.number_text(v))
            if v.reopen_reason:
                line += tr("; mở lại: {reason}").format(reason=v.reopen_reason)
            lines.append(line)
        self.versions_label.setText("\n".join(lines))

    def _show_diff(self, key: tuple[str, str], found: diff.Difference | None) -> None:
        row = self.selected()
        if row is None or (row.level, row.code) != key or found is None:
            return
        if found.same:
            self.diff_label.setText(tr("Số liệu hiện tại khớp với bản đã duyệt (phiên bản "
                                       "{v}).").format(v=found.snapshot.version))
            self.diff_model.set_rows([])
        else:
            self.diff_label.setText(tr("Số liệu hiện tại khác bản đã duyệt (phiên bản {v}) ở "
                                       "{n} chỉ số:").format(v=found.snapshot.version,
                                                            n=len(found.lines)))
            self.diff_model.set_rows(list(found.lines))

    # actions --------------------------------------------------------------------------------

    def save_words(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        words = reports.Narrative(**{k: e.toPlainText() for k, e in self.edits.items()})
        return bool(service.call(
            self, lambda: reports.save_narrative(row.level, row.code, self.year(), words),
            context=self.context, changes=Change.REPORT, box=True))

    def submit(self) -> None:
        row = self.selected()
        if row is None or not self.save_words():
            return
        service.call(self, lambda: reports.submit(row.level, row.code, self.year()),
                     context=self.context, changes=Change.REPORT, box=True)

    def decide(self, mode: str) -> QWidget | None:
        row = self.selected()
        if row is None:
            return None
        from dialogs.report_decision_dialog import ReportDecisionDialog

        user = current_user()
        dialog = ReportDecisionDialog(
            self.context, self, mode=mode, level=row.level, code=row.code, year=self.year(),
            unit_name=row.name, today=self._today,
            approver=user.full_name if user is not None else "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def preview(self) -> QWidget | None:
        row = self.selected()
        if row is None:
            return None
        dialog = PdfPreviewDialog.build(
            self, tr("Báo cáo năm {year} — {unit}").format(year=self.year(), unit=row.name),
            printing.report_pdf, row.level, row.code, self.year(),
            file_name=f"bao-cao-{self.year()}-{row.code}.pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _save_path(self, name: str) -> str:
        """Ask where to save; tests replace this."""
        path, _ = QFileDialog.getSaveFileName(self, tr("Xuất bảng chỉ số"),
                                              str(Path.home() / name), tr("Tệp Excel (*.xlsx)"))
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return path

    def export_sheet(self) -> None:
        row = self.selected()
        if row is None:
            return
        path = self._save_path(f"chi-so-{self.year()}-{row.code}.xlsx")
        if not path:
            return
        service.call_slow(self, printing.export_indicator_sheet, row.level, row.code,
                          self.year(), path, force=True, box=True,
                          on_done=lambda p: QMessageBox.information(
                              self, tr("Xuất bảng chỉ số"),
                              tr("Đã lưu: {path}").format(path=p)))
