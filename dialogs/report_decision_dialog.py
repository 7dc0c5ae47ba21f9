"""Approve, return or reopen a unit's annual report.

Approving asks for the approver's name and title (printed on the signed copy) and runs off
the GUI thread: it adds up the figures, builds and numbers the PDF and locks the records.
Returning and reopening ask for the reason. The service checks the right and every rule."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from models.signoff import reports
from ui import service
from ui.context import AppContext, Change
from ui.widgets.form_dialog import FormDialog

MODES = ("approve", "return", "reopen")


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportDecisionDialog", text)


class ReportDecisionDialog(FormDialog):
    """`report` holds the AnnualReport the service returned."""

    def __init__(self, context: AppContext, parent: QWidget | None, *, mode: str, level: str,
                 code: str, year: int, unit_name: str, today: dt.date | None = None,
                 approver: str = "") -> None:
        if mode not in MODES:
            raise ValueError(mode)
        titles = {"approve": tr("Duyệt báo cáo năm {year}"),
                  "return": tr("Trả lại báo cáo năm {year}"),
                  "reopen": tr("Mở lại báo cáo năm {year}")}
        super().__init__(context, parent, title=titles[mode].format(year=year),
                         fields=("approver_name", "approver_title", "reason", "year", "below",
                                 "body_code", "report"), width=560)
        self.mode, self.level, self.code, self.year = mode, level, code, year
        self.today = today
        self.report: Any = None
        self.task = None
        self.name_edit = QLineEdit(approver)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("ví dụ: Chủ tịch Hội Người cao tuổi phường"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setFixedHeight(90)
        intro = QLabel({
            "approve": tr("Duyệt báo cáo của {unit}: số liệu được chốt, báo cáo được cấp số "
                          "và lưu bản PDF; từ đó không sửa được số liệu trong năm của đơn vị "
                          "cho đến khi mở lại báo cáo."),
            "return": tr("Trả báo cáo của {unit} về để sửa; lý do được ghi lại và hiện cho "
                         "đơn vị lập báo cáo."),
            "reopen": tr("Mở lại báo cáo đã duyệt của {unit}: bản đã duyệt vẫn được lưu, một "
                         "phiên bản mới được lập để sửa và duyệt lại."),
        }[mode].format(unit=unit_name))
        intro.setWordWrap(True)
        form = QFormLayout()
        if mode == "approve":
            form.addRow(tr("Họ tên người duyệt:"), self.name_edit)
            form.addRow("", self.errors["approver_name"])
            form.addRow(tr("Chức vụ:"), self.title_edit)
            form.addRow("", self.errors["approver_title"])
        else:
            form.addRow(tr("Lý do:"), self.reason_edit)
            form.addRow("", self.errors["reason"])
        for name in ("year", "below", "body_code", "report"):
            form.addRow("", self.errors[name])
        self.lay_out(form, {"approve": tr("Duyệt"), "return": tr("Trả lại"),
                            "reopen": tr("Mở lại")}[mode], intro)

    def accept(self) -> None:  # noqa: D102
        self.general_error.hide()
        if self.mode == "approve":
            # adding up, the PDF and its number take a moment: off the GUI thread
            self.setEnabled(False)
            self.task = service.call_slow(
                self, reports.approve, self.level, self.code, self.year,
                self.name_edit.text(), self.title_edit.text(), today=self.today,
                on_done=self._done, on_failed=lambda _e: self.setEnabled(True),
                context=self.context, changes=Change.REPORT, problems=self.show_problems,
                general=self.general_error)
            return
        reason = self.reason_edit.toPlainText()
        action = reports.return_report if self.mode == "return" else reports.reopen
        self.save(lambda: action(self.level, self.code, self.year, reason), Change.REPORT)

    def _done(self, report: Any) -> None:
        self.setEnabled(True)
        self.saved(report)
        QDialog.accept(self)

    def saved(self, value: Any) -> None:
        self.report = value
