"""The composition of one club as of a date: five figures against the office's standards,
each with a clear pass or fail mark."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.clubs.club_reads import club_heading
from models.clubs.composition import Composition, Figure, club_composition
from models.text import numbers
from ui.clubs_model import standard_text
from ui.context import AppContext, Change
from ui.widgets import DateEdit, ErrorLabel

FIGURE_NAMES = {
    "members": QT_TRANSLATE_NOOP("CompositionPanel", "Số thành viên"),
    "older": QT_TRANSLATE_NOOP("CompositionPanel", "Người cao tuổi (≥ {age} tuổi)"),
    "women": QT_TRANSLATE_NOOP("CompositionPanel", "Nữ"),
    "disadvantaged": QT_TRANSLATE_NOOP("CompositionPanel", "Nghèo/cận nghèo/khó khăn"),
    "home_care": QT_TRANSLATE_NOOP("CompositionPanel", "TNV chăm sóc tại nhà"),
}
PASS_COLOUR = "#1e7b34"
FAIL_COLOUR = "#b00020"


def tr(text: str) -> str:
    return QCoreApplication.translate("CompositionPanel", text)


def percent_text(fig: Figure) -> str:
    """'69,8%' (the window's decimal mark: '69.8%' in English)."""
    return numbers.percent_text(fig.percent)


def value_text(fig: Figure) -> str:
    """'44 (69,8%)' for shares, '63' for counts."""
    if fig.is_share:
        return f"{fig.count} ({percent_text(fig)})"
    return str(fig.count)


def verdict_text(passed: bool) -> str:
    return tr("✔ Đạt") if passed else tr("✘ Chưa đạt")


class CompositionPanel(QWidget):
    """Shows `club_composition(club, date, context.standards)`; the date defaults to today."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.club_id: int | None = None
        self.composition: Composition | None = None

        box = QGroupBox(tr("Cơ cấu thành viên"))
        self.club_label = QLabel()
        self.club_label.setWordWrap(True)
        self.club_label.setStyleSheet("font-weight: bold;")
        self.date_edit = DateEdit(today or dt.date.today())
        self.date_error = ErrorLabel()
        self.hint = QLabel(tr("Chọn một CLB để xem cơ cấu thành viên."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(tr("Tính đến ngày:")))
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)

        self.figures = QWidget()
        grid = QGridLayout(self.figures)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.name_labels: dict[str, QLabel] = {}
        self.value_labels: dict[str, QLabel] = {}
        self.standard_labels: dict[str, QLabel] = {}
        self.verdict_labels: dict[str, QLabel] = {}
        for i, key in enumerate(FIGURE_NAMES):
            name, value = QLabel(), QLabel()
            name.setWordWrap(True)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            standard, verdict = QLabel(), QLabel()
            standard.setStyleSheet("color: #666; font-size: 9pt;")
            verdict.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, 2 * i, 0)
            grid.addWidget(value, 2 * i, 1)
            grid.addWidget(verdict, 2 * i, 2)
            grid.addWidget(standard, 2 * i + 1, 0, 1, 3)
            if i < len(FIGURE_NAMES) - 1:
                grid.setRowMinimumHeight(2 * i + 1, 26)
            self.name_labels[key], self.value_labels[key] = name, value
            self.standard_labels[key], self.verdict_labels[key] = standard, verdict
        grid.setColumnStretch(0, 1)

        inner = QVBoxLayout(box)
        inner.addWidget(self.club_label)
        inner.addLayout(date_row)
        inner.addWidget(self.date_error)
        inner.addWidget(self.hint)
        inner.addWidget(self.figures)
        inner.addWidget(self.summary)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)

        self.date_edit.dateChanged.connect(self.refresh)
        context.subscribe(self, self._context_changed, Change.MEMBER, Change.CLUB,
                          Change.SETTINGS)
        self.set_club(None)

    def as_of(self) -> dt.date | None:
        """The chosen date, or None while the typed text is not a date."""
        try:
            return self.date_edit.date()
        except ValueError:
            return None

    def set_club(self, club_id: int | None) -> None:
        self.club_id = club_id
        self.refresh()

    def _context_changed(self, _change: Change) -> None:
        self.refresh()

    def refresh(self) -> None:
        club = club_heading(self.club_id)
        on = self.as_of()
        self.date_error.setText(tr("Ngày không hợp lệ, gõ theo dạng dd/mm/yyyy")
                                if on is None and self.date_edit.text().strip() else "")
        self.date_error.setVisible(bool(self.date_error.text()))
        self.club_label.setText(f"{club.code} — {club.name}" if club else "")
        self.club_label.setVisible(club is not None)
        self.hint.setVisible(club is None)
        if club is None or on is None:
            self.composition = None
            self.figures.setVisible(False)
            self.summary.setText("")
            return
        self.composition = club_composition(club.id, on, self.context.standards)
        self._show(self.composition)

    def _show(self, comp: Composition) -> None:
        age = self.context.standards.older_age
        for fig in comp.figures:
            self.name_labels[fig.key].setText(tr(FIGURE_NAMES[fig.key]).format(age=age))
            self.value_labels[fig.key].setText(value_text(fig))
            self.standard_labels[fig.key].setText(
                tr("Chuẩn: {standard}").format(standard=standard_text(fig)))
            verdict = self.verdict_labels[fig.key]
            verdict.setText(verdict_text(fig.passed))
            verdict.setStyleSheet(
                f"color: {PASS_COLOUR if fig.passed else FAIL_COLOUR}; font-weight: bold;")
        self.figures.setVisible(True)
        if comp.figure("members").total == 0:
            text, colour = tr("CLB chưa có thành viên vào ngày này."), FAIL_COLOUR
        elif comp.passed:
            text, colour = tr("Đạt chuẩn cơ cấu thành viên."), PASS_COLOUR
        else:
            failing = sum(not f.passed for f in comp.figures)
            text = tr("Chưa đạt {n}/{total} chỉ tiêu cơ cấu.").format(
                n=failing, total=len(comp.figures))
            colour = FAIL_COLOUR
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {colour}; padding-top: 6px;")
