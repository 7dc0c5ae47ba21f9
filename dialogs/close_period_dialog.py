"""Close (khóa sổ) a month or a whole year, for every fund of the club or for one fund.

A closed period takes no new voucher and no reversal dated in it; there is no reopening, so
the dialog says so before the clerk confirms."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.funds import funds
from models.funds.fund_views import closed_periods_of
from ui.context import AppContext, Change
from ui.widgets.form_dialog import FormDialog

if TYPE_CHECKING:
    from models.storage.schema import ClosedPeriod

FIELDS = ("period", "year", "month")
SHOWN_CLOSINGS = 6


def tr(text: str) -> str:
    return QCoreApplication.translate("ClosePeriodDialog", text)


class ClosePeriodDialog(FormDialog):
    """`closing` holds the saved ClosedPeriod."""

    def __init__(self, context: AppContext, club_id: int, fund_id: int | None,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(context, parent, title=tr("Khóa sổ quỹ"), fields=FIELDS, width=540)
        self.today = today or dt.date.today()
        self.club_id = club_id
        self.fund = funds.get_fund(fund_id) if fund_id is not None else None
        self.closing: ClosedPeriod | None = None

        self.club_radio = QRadioButton(tr("Mọi quỹ của CLB"))
        self.fund_radio = QRadioButton(
            tr("Chỉ {fund}").format(fund=self.fund.name) if self.fund else tr("Chỉ quỹ đang chọn"))
        self.fund_radio.setEnabled(self.fund is not None)
        self.club_radio.setChecked(True)
        self.span_combo = QComboBox()
        self.span_combo.addItem(tr("Tháng"), "month")
        self.span_combo.addItem(tr("Cả năm"), "year")
        last_month = self.today.replace(day=1) - dt.timedelta(days=1)
        self.month_spin = QSpinBox()
        self.month_spin.setRange(1, 12)
        self.month_spin.setValue(last_month.month)
        self.month_spin.setFixedWidth(70)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(last_month.year)
        self.year_spin.setFixedWidth(90)

        scope = QVBoxLayout()
        scope.addWidget(self.club_radio)
        scope.addWidget(self.fund_radio)
        when = QHBoxLayout()
        when.addWidget(self.span_combo)
        when.addWidget(self.month_spin)
        when.addWidget(QLabel(tr("năm")))
        when.addWidget(self.year_spin)
        when.addStretch(1)
        warning = QLabel(tr("Sau khi khóa sổ, không ghi thêm phiếu và không đảo phiếu có ngày "
                            "trong kỳ đã khóa được nữa. Hãy đối chiếu sổ quỹ và kiểm kê tiền "
                            "mặt trước khi khóa."))
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #7a4b00;")
        self.done_label = QLabel(self._closings_text())
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet("color: #555;")

        form = QFormLayout()
        form.addRow(tr("Khóa sổ cho:"), scope)
        form.addRow(tr("Kỳ khóa sổ:"), when)
        for name in FIELDS:
            form.addRow("", self.errors[name])
        form.addRow(tr("Đã khóa:"), self.done_label)
        self.lay_out(form, tr("Khóa sổ"), below=(warning,))
        self.span_combo.currentIndexChanged.connect(lambda _i: self._span_changed())
        for widget in (self.month_spin, self.year_spin):
            widget.valueChanged.connect(lambda _v: self.errors["period"].hide())

    def _closings_text(self) -> str:
        rows = closed_periods_of(self.club_id)
        if not rows:
            return tr("chưa khóa kỳ nào")
        lines = []
        for r in rows[:SHOWN_CLOSINGS]:
            period = (tr("năm {year}").format(year=r.year) if r.month is None
                      else tr("tháng {month}/{year}").format(month=r.month, year=r.year))
            who = r.fund_name or tr("mọi quỹ")
            lines.append(tr("{period} ({who})").format(period=period, who=who))
        if len(rows) > SHOWN_CLOSINGS:
            lines.append(tr("… và {n} kỳ trước đó").format(n=len(rows) - SHOWN_CLOSINGS))
        return "; ".join(lines)

    def _span_changed(self) -> None:
        by_month = self.span_combo.currentData() == "month"
        self.month_spin.setVisible(by_month)
        self.errors["period"].hide()

    def set_period(self, year: int, month: int | None) -> None:
        self.span_combo.setCurrentIndex(1 if month is None else 0)
        self.year_spin.setValue(year)
        if month is not None:
            self.month_spin.setValue(month)

    def set_whole_club(self, whole: bool) -> None:
        (self.club_radio if whole or self.fund is None else self.fund_radio).setChecked(True)

    def accept(self) -> None:
        month = self.month_spin.value() if self.span_combo.currentData() == "month" else None
        whole = self.club_radio.isChecked() or self.fund is None
        self.save(lambda: funds.close_period(
            self.year_spin.value(), month, club_id=self.club_id if whole else None,
            fund_id=None if whole else self.fund.id, today=self.today), Change.FUND)

    def saved(self, value) -> None:
        self.closing = value
