"""Founding a planned club, step by step: the decision, the groups, the board, a summary.
Finish calls models.clubs.clubs.found_club once; nothing is written before."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from models.clubs import clubs
from models.errors import Problem
from models.office import settings
from models.papers import series
from models.text.vietnamese import format_date
from ui import service
from ui.context import AppContext, Change
from ui.messages import label, problem_text
from ui.widgets import DateEdit, ErrorLabel
from ui.widgets.board_editor import BoardEditor


def tr(text: str) -> str:
    return QCoreApplication.translate("FoundingWizard", text)


def parse_dates(edits: dict[str, DateEdit]) -> tuple[dict[str, dt.date | None], list[Problem]]:
    """Dates of some DateEdits by field name, and a problem for each unreadable one."""
    values, problems = {}, []
    for name, edit in edits.items():
        try:
            values[name] = edit.date()
        except ValueError:
            values[name] = None
            problems.append(Problem(name, "bad_date", {"value": edit.text()}))
    return values, problems


class DecisionPage(QWizardPage):
    FIELDS = ("decision_number", "decision_date", "decision_issuer", "launch_date",
              "statute_date", "status")

    def __init__(self, issuers: list[str]) -> None:
        super().__init__()
        self.setTitle(tr("Bước 1. Quyết định thành lập"))
        self.setSubTitle(tr("Quyết định của UBND xã/phường, lễ ra mắt và quy chế của CLB."))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(tr("VD: 125/QĐ-UBND"))
        self.date_edit = DateEdit()
        self.issuer_combo = QComboBox()
        self.issuer_combo.setEditable(True)
        self.issuer_combo.addItems(issuers)
        self.launch_edit = DateEdit()
        self.statute_check = QCheckBox(tr("Quy chế hoạt động đã được thông qua"))
        self.statute_edit = DateEdit()
        self.statute_check.toggled.connect(self._statute_toggled)
        self.statute_edit.setEnabled(False)
        self.errors = {name: ErrorLabel() for name in self.FIELDS}

        # Where the ward's register stands, so the number typed continues it (a number
        # already taken is refused by the service, naming the paper that holds it).
        self.next_hint = QLabel()
        self.next_hint.setStyleSheet("color: #555;")
        self.next_hint.hide()

        form = QFormLayout(self)
        form.addRow(tr("Số quyết định:"), self.number_edit)
        form.addRow("", self.next_hint)
        form.addRow("", self.errors["decision_number"])
        form.addRow(tr("Ngày quyết định:"), self.date_edit)
        form.addRow("", self.errors["decision_date"])
        form.addRow(tr("Cơ quan ra quyết định:"), self.issuer_combo)
        form.addRow("", self.errors["decision_issuer"])
        form.addRow(tr("Ngày lễ ra mắt:"), self.launch_edit)
        form.addRow("", self.errors["launch_date"])
        form.addRow(tr("Quy chế:"), self.statute_check)
        form.addRow(tr("Ngày thông qua quy chế:"), self.statute_edit)
        form.addRow("", self.errors["statute_date"])
        form.addRow("", self.errors["status"])
        self.registerField("decision_number", self.number_edit)
        self.registerField("decision_date", self.date_edit)
        self.registerField("decision_issuer", self.issuer_combo, "currentText",
                           self.issuer_combo.currentTextChanged)
        self.registerField("launch_date", self.launch_edit)
        self.registerField("statute_adopted", self.statute_check)
        self.registerField("statute_date", self.statute_edit)
        # a mark goes (or changes) as soon as the clerk puts its field right
        for signal in (self.number_edit.textChanged, self.date_edit.textChanged,
                       self.issuer_combo.currentTextChanged, self.launch_edit.textChanged,
                       self.statute_check.toggled, self.statute_edit.textChanged):
            signal.connect(self._recheck_marks)

    def _statute_toggled(self, on: bool) -> None:
        self.statute_edit.setEnabled(on)
        if on and not self.statute_edit.text():
            self.statute_edit.setText(self.launch_edit.text())  # usually adopted at the launch

    def dates(self) -> tuple[dict[str, dt.date | None], list[Problem]]:
        return parse_dates({"decision_date": self.date_edit, "launch_date": self.launch_edit,
                            "statute_date": self.statute_edit})

    def show_problems(self, problems: list[Problem]) -> None:
        for name, error in self.errors.items():
            error.show_problems([p for p in problems if p.field == name])

    def marked(self) -> bool:
        return any(not error.isHidden() for error in self.errors.values())

    def _recheck_marks(self, *_args) -> None:
        """Once marks are shown, they follow the typing: a corrected field loses its mark."""
        if self.marked() and self.wizard() is not None:
            self.show_problems(self.wizard().step_problems(FoundingWizard.DECISION))

    def validatePage(self) -> bool:
        problems = self.wizard().step_problems(FoundingWizard.DECISION)
        self.show_problems(problems)
        return not problems


class GroupsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Bước 2. Tổ/nhóm"))
        self.setSubTitle(tr("Các tổ/nhóm của CLB. Có thể thêm, xóa, đổi tên (bấm đúp) và đổi "
                            "thứ tự; để trống nếu CLB chưa chia tổ/nhóm."))
        self.model = QStringListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.error = ErrorLabel()
        buttons = QVBoxLayout()
        for text, slot in ((tr("Thêm tổ/nhóm"), self.add_group), (tr("Xóa"), self.remove),
                           (tr("Lên"), lambda: self.move(-1)), (tr("Xuống"), lambda: self.move(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.error)

    def groups(self) -> list[str]:
        return self.model.stringList()

    def validatePage(self) -> bool:
        problems = self.wizard().step_problems(FoundingWizard.GROUPS)
        self.show_problems(problems)
        return not problems

    def set_groups(self, names: list[str]) -> None:
        self.model.setStringList(names)

    def add_group(self) -> None:
        names = self.groups()
        self.model.setStringList([*names, tr("Nhóm {n}").format(n=len(names) + 1)])
        index = self.model.index(len(names))
        self.view.setCurrentIndex(index)
        if self.isVisible():
            self.view.edit(index)

    def remove(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.removeRow(row)

    def move(self, step: int) -> None:
        row = self.view.currentIndex().row()
        names = self.groups()
        if 0 <= row < len(names) and 0 <= row + step < len(names):
            names[row], names[row + step] = names[row + step], names[row]
            self.model.setStringList(names)
            self.view.setCurrentIndex(self.model.index(row + step))

    def show_problems(self, problems: list[Problem]) -> None:
        self.error.setText("\n".join(problem_text(p) for p in problems))
        self.error.setVisible(bool(problems))
        if problems:
            index = problems[0].field.partition("[")[2].rstrip("]")
            if index.isdigit():
                self.view.setCurrentIndex(self.model.index(int(index)))


class BoardPage(QWizardPage):
    def __init__(self, editor: BoardEditor) -> None:
        super().__init__()
        self.setTitle(tr("Bước 3. Ban chủ nhiệm"))
        self.setSubTitle(tr("Mỗi dòng một người: chọn thành viên đang sinh hoạt của CLB hoặc "
                            "nhập người mới (người mới được ghi vào danh sách thành viên)."))
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor)

    def initializePage(self) -> None:
        wizard = self.wizard()
        try:
            start = wizard.decision_page.date_edit.date()
        except ValueError:
            start = None
        self.editor.set_default_start(start)

    def validatePage(self) -> bool:
        problems = self.editor.date_problems() or self.wizard().step_problems(
            FoundingWizard.BOARD)
        self.editor.show_problems(problems)
        return not problems


class SummaryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Bước 4. Xác nhận"))
        self.setSubTitle(tr("Kiểm tra lại rồi bấm «Thành lập» để ghi vào dữ liệu."))
        self.browser = QTextBrowser()
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)

    def initializePage(self) -> None:
        self.browser.setHtml(self.wizard().summary_html())


class FoundingWizard(QWizard):
    """Found a planned club. On success `self.club` is the founded club."""

    DECISION, GROUPS, BOARD, SUMMARY = range(4)

    def __init__(self, context: AppContext, club_id: int, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.club = clubs.get_club(club_id)
        self.setWindowTitle(tr("Thành lập CLB {code}").format(code=self.club.code))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for button, text in ((QWizard.WizardButton.BackButton, tr("< Quay lại")),
                             (QWizard.WizardButton.NextButton, tr("Tiếp >")),
                             (QWizard.WizardButton.FinishButton, tr("Thành lập")),
                             (QWizard.WizardButton.CancelButton, tr("Hủy"))):
            self.setButtonText(button, text)
        self.resize(960, 680)

        issuers = [b.name for b in settings.issuing_bodies()]
        if context.office.office_name and context.office.office_name not in issuers:
            issuers.append(context.office.office_name)
        self.decision_page = DecisionPage(issuers)
        year = dt.date.today().year
        row = next((r for r in series.series_list(year) if r.body_code == "UBND"), None)
        if row is not None:
            self.decision_page.next_hint.setText(
                tr("Số tiếp theo trong sổ văn bản của UBND năm {year}: {number}").format(
                    year=year, number=f"{row.next_number:02d}/QĐ-UBND"))
            self.decision_page.next_hint.show()
        self.groups_page = GroupsPage()
        self.board_editor = BoardEditor(self.club)
        self.board_page = BoardPage(self.board_editor)
        self.summary_page = SummaryPage()
        for page_id, page in enumerate((self.decision_page, self.groups_page, self.board_page,
                                        self.summary_page)):
            self.setPage(page_id, page)

    def founding_input(self) -> tuple[clubs.FoundingInput, list[Problem]]:
        """The input for found_club, and problems found before asking the service (dates
        that cannot be read)."""
        dates, problems = self.decision_page.dates()
        decision_date = dates["decision_date"]
        seats, seat_problems = self.board_editor.seats(decision_date or dt.date.today())
        inp = clubs.FoundingInput(
            decision_number=self.field("decision_number"),
            decision_date=decision_date,
            decision_issuer=self.field("decision_issuer"),
            launch_date=dates["launch_date"],
            statute_adopted=bool(self.field("statute_adopted")),
            statute_date=dates["statute_date"] if self.field("statute_adopted") else None,
            groups=self.groups_page.groups(),
            board=seats,
        )
        return inp, problems + seat_problems

    def step_problems(self, page_id: int) -> list[Problem]:
        """What would stop the founding on one step: unreadable dates and the service's
        rules (clubs.check_founding), so "Tiếp" never lets a missing field through."""
        inp, problems = self.founding_input()
        mine = [p for p in problems if self.page_of(p) == page_id]
        if not mine:
            mine = [p for p in clubs.check_founding(self.club.id, inp, today=self.today).problems
                    if self.page_of(p) == page_id]
        return mine

    @staticmethod
    def page_of(problem: Problem) -> int:
        if problem.field.startswith("groups"):
            return FoundingWizard.GROUPS
        if problem.field.startswith("board"):
            return FoundingWizard.BOARD
        return FoundingWizard.DECISION

    def show_problems(self, problems: list[Problem]) -> None:
        """Messages on each page; then go back to the page of the first problem."""
        by_page: dict[int, list[Problem]] = {}
        for p in problems:
            by_page.setdefault(self.page_of(p), []).append(p)
        self.decision_page.show_problems(by_page.get(self.DECISION, []))
        self.groups_page.show_problems(by_page.get(self.GROUPS, []))
        self.board_editor.show_problems(by_page.get(self.BOARD, []))
        if problems:
            target = self.page_of(problems[0])
            while self.currentId() > target:
                self.back()

    def accept(self) -> None:
        inp, problems = self.founding_input()
        if problems:
            self.show_problems(problems)
            return
        done = service.call(self, lambda: clubs.found_club(self.club.id, inp, today=self.today),
                            context=self.context, changes=Change.CLUB,
                            problems=self.show_problems)
        if not done:
            return
        self.club = done.value
        self.show_problems([])
        super().accept()

    @staticmethod
    def _statute_text(inp: clubs.FoundingInput) -> str:
        if not inp.statute_adopted:
            return tr("Chưa thông qua")
        if inp.statute_date is None:
            return tr("Đã thông qua (chưa ghi ngày)")
        return tr("Đã thông qua ngày {date}").format(date=format_date(inp.statute_date))

    def summary_html(self) -> str:
        inp, _problems = self.founding_input()
        e = html.escape
        dash = "—"
        rows = [
            (tr("Số quyết định"), inp.decision_number or dash),
            (tr("Ngày quyết định"), format_date(inp.decision_date) or dash),
            (tr("Cơ quan ra quyết định"), inp.decision_issuer or dash),
            (tr("Ngày lễ ra mắt"), format_date(inp.launch_date) or dash),
            (tr("Quy chế"), self._statute_text(inp)),
        ]
        parts = [f"<h3>{e(tr('Câu lạc bộ'))}: {e(self.club.code)} — {e(self.club.name)}</h3>",
                 "<table cellspacing='0' cellpadding='3'>"]
        parts += [f"<tr><td>{e(k)}:</td><td><b>{e(v)}</b></td></tr>" for k, v in rows]
        parts.append("</table>")
        parts.append(f"<h3>{e(tr('Tổ/nhóm ({n})').format(n=len(inp.groups)))}</h3>")
        if inp.groups:
            parts.append("<ol>" + "".join(f"<li>{e(g)}</li>" for g in inp.groups) + "</ol>")
        else:
            parts.append(f"<p>{e(tr('Chưa chia tổ/nhóm.'))}</p>")
        parts.append(f"<h3>{e(tr('Ban chủ nhiệm ({n} người)').format(n=len(inp.board)))}</h3>")
        parts.append("<table border='1' cellspacing='0' cellpadding='4'><tr>" + "".join(
            f"<th>{e(h)}</th>" for h in (tr("Chức danh"), tr("Họ và tên"), tr("Năm sinh"),
                                         tr("Ghi chú"), tr("Nhiệm kỳ"))) + "</tr>")
        for row in self.board_editor.summary_rows():
            parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
        parts.append("</table>")
        parts.append("<p>" + e(tr("Khi bấm «Thành lập», CLB chuyển sang trạng thái «{status}» "
                                  "từ ngày quyết định; người mới trong Ban chủ nhiệm được ghi "
                                  "vào danh sách thành viên.").format(
            status=label("club_status", "founded"))) + "</p>")
        return "".join(parts)


def open_founding_wizard(context: AppContext, club_id: int, parent: QWidget | None = None
                         ) -> bool:
    """Run the wizard modally; True when the club was founded."""
    wizard = FoundingWizard(context, club_id, parent)
    return wizard.exec() == QWizard.DialogCode.Accepted
