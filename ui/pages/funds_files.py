"""Printing and files of the funds page: voucher and book through the PDF preview, the book
in Excel. A mixin of FundsPage, kept apart so neither file grows past a screenful of ideas."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from models.errors import ValidationError
from models.funds import fund_views
from models.text.vietnamese import format_date
from ui.messages import error_lines, label
from ui.tasks import run_task


def tr(text: str) -> str:
    return QCoreApplication.translate("FundsPage", text)


class FundFilesMixin:
    """Needs from the page: fund(), period(), selected_line(), club_combo, club_id(), _run,
    _wards, select_fund()."""

    def print_voucher(self, entry_id: int | None = None):
        """Preview the voucher (the selected line's unless an entry is named)."""
        from models.funds.fund_papers import voucher_pdf
        from ui.widgets.pdf_preview import PdfPreviewDialog

        if not isinstance(entry_id, int):
            line = self.selected_line()
            if line is None:
                return None
            entry_id = line.entry_id
        detail = fund_views.entry_detail(entry_id)
        title = tr("{kind} {code}").format(kind=label("entry_kind", detail.kind),
                                           code=detail.code)
        self.preview = PdfPreviewDialog.build(self, title, voucher_pdf, entry_id,
                                              file_name=f"{detail.code.replace('/', '-')}.pdf")
        self._show_preview(self.preview)
        return self.preview

    def print_book(self):
        from models.funds.fund_papers import fund_book_pdf
        from ui.widgets.pdf_preview import PdfPreviewDialog

        fund, period = self.fund(), self.period()
        if fund is None or period is None:
            return None
        start, end = period
        title = tr("Sổ quỹ — {fund}, {start} – {end}").format(
            fund=fund.name, start=format_date(start), end=format_date(end))
        name = tr("Sổ quỹ {start} - {end}.pdf").format(start=start.isoformat(),
                                                       end=end.isoformat())
        self.preview = PdfPreviewDialog.build(self, title, fund_book_pdf, fund.fund_id, start,
                                              end, file_name=name)
        self._show_preview(self.preview)
        return self.preview

    def open_fund(self):
        """Open another fund for the chosen club (home care, Sổ Tấm lòng vàng, …)."""
        from dialogs.open_fund_dialog import OpenFundDialog

        club = self.club_id()
        if club is None:
            return None
        dialog = OpenFundDialog(self.context, club, self, today=self._today)
        if self._run(dialog) and dialog.fund is not None:
            self.select_fund(dialog.fund.id)
        return dialog

    def show_figures(self):
        """The fund figures of the chosen club, or of the whole commune."""
        from ui.fund_figures_view import FundFiguresDialog

        clubs = [(self.club_combo.itemText(i), self.club_combo.itemData(i),
                  self._wards.get(self.club_combo.itemData(i)))
                 for i in range(self.club_combo.count())]
        self.figures = FundFiguresDialog(self.context, clubs, self.club_id(), self,
                                         today=self._today)
        self._show_preview(self.figures)
        return self.figures

    def _show_preview(self, dialog: QDialog) -> None:
        """Show the preview window; tests replace this."""
        dialog.show()

    def _save_path(self, title: str, name: str) -> str:
        """Ask where to save; tests replace this."""
        start = str(Path.home() / name)
        path, _ = QFileDialog.getSaveFileName(self, title, start, tr("Tệp Excel (*.xlsx)"))
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return path

    def _inform(self, title: str, text: str, *, warning: bool = False) -> None:
        """Tell the clerk how a job ended; tests replace this."""
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self).exec()

    def export_book(self) -> None:
        from models.funds.fund_papers import fund_book_xlsx

        fund, period = self.fund(), self.period()
        if fund is None or period is None:
            return
        start, end = period
        code = self.club_combo.currentText().split(" — ")[0]
        path = self._save_path(tr("Xuất sổ quỹ ra Excel"), tr(
            "Sổ quỹ {code} {fund} {year}.xlsx").format(code=code, fund=fund.name,
                                                      year=start.year))
        if not path:
            return
        run_task(fund_book_xlsx, fund.fund_id, start, end, path, force=True,
                 on_done=lambda _r: self._inform(tr("Đã xuất Excel"), tr(
                     "Đã xuất sổ quỹ ra tệp:\n{path}").format(path=path)),
                 on_error=lambda exc, _tb: self._export_failed(exc, path), parent=self)

    def _export_failed(self, exc: Exception, path: str) -> None:
        reason = str(exc)
        if isinstance(exc, ValidationError):
            reason = "; ".join(error_lines(exc))
        elif isinstance(exc, PermissionError):
            reason = tr("không có quyền ghi, hoặc tệp đang mở trong Excel")
        self._inform(tr("Chưa lưu được tệp"), tr("Không ghi được tệp:\n{path}\n\nLý do: {reason}")
                     .format(path=path, reason=reason), warning=True)
