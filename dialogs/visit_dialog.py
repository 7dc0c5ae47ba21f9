"""Record a supervision visit: the club, date, kind and supervisors; the ward's checklist walked
group by group beside what the program already knows, with the running score and rating;
findings, new recommendations, and the club's earlier open recommendations found done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.clubs.clubs import all_clubs
from models.errors import Problem
from models.supervision import facts, rules, templates, visits
from ui.context import AppContext, Change
from ui.messages import label
from ui.supervision_models import (
    AnswerDelegate,
    ChecklistModel,
    CheckRow,
    FollowRow,
    FollowUpModel,
    RecommendationsModel,
    score_text,
)
from ui.table_model import row_view
from ui.widgets.dates import DateEdit
from ui.widgets.fields import with_error
from ui.widgets.form_dialog import FormDialog

RUNNING = ("founded", "active", "suspended")


def tr(text: str) -> str:
    return QCoreApplication.translate("VisitDialog", text)


def table(model, parent: QWidget) -> QTableView:
    return row_view(model, parent)


class VisitDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 club_id: int | None = None, today: dt.date | None = None) -> None:
        super().__init__(context, parent, title=tr("Ghi buổi giám sát"),
                         fields=("club", "date", "kind", "supervisors", "findings"),
                         width=1100)
        self.today = today or dt.date.today()
        self.template_id: int | None = None
        self.visit = None

        self.club_combo = QComboBox()
        self._clubs = {}
        for club in all_clubs():
            if club.status in RUNNING:
                self._clubs[club.id] = club
                self.club_combo.addItem(f"{club.code} — {club.name}", club.id)
        self.date_edit = DateEdit(self.today)
        self.kind_combo = QComboBox()
        for code in rules.KINDS:
            self.kind_combo.addItem(label("supervision_kind", code), code)
        self.supervisors_edit = QLineEdit()
        self.supervisors_edit.setPlaceholderText(tr("Họ tên, cách nhau bằng dấu phẩy"))
        self.template_label = QLabel()
        self.template_label.setStyleSheet("color: #555;")
        self.score_label = QLabel()
        self.score_label.setStyleSheet("font-size: 12pt; font-weight: bold;")

        self.checklist = ChecklistModel(self)
        self.check_view = table(self.checklist, self)
        self.check_view.setItemDelegateForColumn(ChecklistModel.ANSWER, AnswerDelegate(self))
        self.check_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.check_view.setWordWrap(True)
        header = self.check_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChecklistModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((ChecklistModel.WEIGHT, 70), (ChecklistModel.REQUIRED, 70),
                           (ChecklistModel.FACT, 260), (ChecklistModel.ANSWER, 140),
                           (ChecklistModel.NOTE, 180)):
            self.check_view.setColumnWidth(col, width)
        self.required_note = QLabel(tr("✱ bắt buộc trả lời. Dòng nền đỏ: mục bắt buộc chưa "
                                       "có đánh giá."))
        self.required_note.setStyleSheet("color: #555;")

        self.findings_edit = QPlainTextEdit()
        self.findings_edit.setPlaceholderText(tr("Nhận xét chung của đoàn giám sát"))
        self.recs = RecommendationsModel(self)
        self.rec_view = table(self.recs, self)
        self.rec_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rec_view.setColumnWidth(1, 200)
        self.rec_view.setColumnWidth(2, 130)
        self.add_rec = QPushButton(tr("Thêm kiến nghị"))
        self.remove_rec = QPushButton(tr("Bỏ kiến nghị đang chọn"))
        self.follow = FollowUpModel(self)
        self.follow_view = table(self.follow, self)
        self.follow_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.follow_view.setColumnWidth(0, 100)

        self._lay_out_all()
        self.club_combo.currentIndexChanged.connect(lambda _i: self._load_checklist())
        self.date_edit.editingFinished.connect(self._load_facts)
        self.checklist.dataChanged.connect(lambda *_a: self._update_score())
        self.add_rec.clicked.connect(self._add_recommendation)
        self.remove_rec.clicked.connect(
            lambda: self.recs.remove(self.rec_view.currentIndex().row()))
        if club_id is not None:
            self.club_combo.setCurrentIndex(max(0, self.club_combo.findData(club_id)))
        self._load_checklist()

    def _lay_out_all(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Câu lạc bộ:"), with_error(self.club_combo, self.errors["club"]))
        top = QHBoxLayout()
        top.addWidget(with_error(self.date_edit, self.errors["date"]))
        top.addWidget(QLabel(tr("Hình thức:")))
        top.addWidget(with_error(self.kind_combo, self.errors["kind"]))
        top.addStretch(1)
        box = QWidget()
        box.setLayout(top)
        top.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Ngày giám sát:"), box)
        form.addRow(tr("Người giám sát:"),
                    with_error(self.supervisors_edit, self.errors["supervisors"]))
        form.addRow(tr("Bảng kiểm:"), self.template_label)

        self.tabs = QTabWidget()
        check_tab = QWidget()
        check_layout = QVBoxLayout(check_tab)
        check_layout.addWidget(self.check_view, 1)
        check_layout.addWidget(self.required_note)
        self.tabs.addTab(check_tab, tr("Bảng kiểm"))
        notes_tab = QWidget()
        notes = QVBoxLayout(notes_tab)
        notes.addWidget(QLabel(tr("Nhận xét, đánh giá chung:")))
        notes.addWidget(with_error(self.findings_edit, self.errors["findings"]), 1)
        notes.addWidget(QLabel(tr("Kiến nghị của đoàn giám sát:")))
        notes.addWidget(self.rec_view, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_rec)
        buttons.addWidget(self.remove_rec)
        buttons.addStretch(1)
        notes.addLayout(buttons)
        self.tabs.addTab(notes_tab, tr("Nhận xét và kiến nghị"))
        follow_tab = QWidget()
        follow = QVBoxLayout(follow_tab)
        follow.addWidget(QLabel(tr("Kiến nghị của các lần giám sát trước chưa thực hiện; "
                                   "đánh dấu những kiến nghị CLB đã thực hiện:")))
        follow.addWidget(self.follow_view, 1)
        self.tabs.addTab(follow_tab, tr("Kiến nghị lần trước"))
        layout = self.lay_out(form, tr("Lưu buổi giám sát"), below=[self.score_label,
                                                                     self.tabs])
        layout.setStretchFactor(self.tabs, 1)

    # data -------------------------------------------------------------------------------

    def club(self):
        return self._clubs.get(self.club_combo.currentData())

    def _load_checklist(self) -> None:
        club = self.club()
        rows: list[CheckRow] = []
        self.template_id = None
        if club is not None:
            template = templates.template_for_ward(club.ward_code)
            self.template_id = template.id
            self.template_label.setText(tr("{name} (phiên bản {version})").format(
                name=template.name, version=template.version))
            for group, items in templates.groups_of(template.id):
                rows.append(CheckRow(group.title))
                rows.extend(CheckRow(i.text, i.id, i.weight, i.required, i.hint)
                            for i in items)
        self.checklist.set_rows(rows)
        self._hints = {r.item_id: r.fact for r in rows}  # the hint codes, facts filled next
        for row, r in enumerate(rows):
            if r.item_id is None:
                self.check_view.setSpan(row, 0, 1, len(ChecklistModel.HEADERS))
            else:
                self.check_view.openPersistentEditor(
                    self.checklist.index(row, ChecklistModel.ANSWER))
        self._load_facts()
        self._load_follow_up()
        self._update_score()

    def _load_facts(self) -> None:
        club = self.club()
        try:
            on = self.date_edit.date()
        except ValueError:
            on = None
        known = facts.facts_for_visit(club.id, on) if club is not None and on else None
        for r in self.checklist.items():
            hint = self._hints.get(r.item_id, "")
            r.fact = facts.fact_text(known, hint) if known is not None and hint else ""
        if self.checklist.rows:
            self.checklist.dataChanged.emit(
                self.checklist.index(0, ChecklistModel.FACT),
                self.checklist.index(len(self.checklist.rows) - 1, ChecklistModel.FACT))
        # two lines of text fit; the full fact is in the tooltip (the combos would make
        # resizeRowsToContents rows far too tall)
        for row, r in enumerate(self.checklist.rows):
            self.check_view.setRowHeight(row, 44 if r.item_id is not None else 26)

    def _load_follow_up(self) -> None:
        club = self.club()
        rows = [] if club is None else [
            FollowRow(r.id, r.text, r.owner, r.due_on, r.visit.date)
            for r in visits.open_recommendations(club.id)]
        self.follow.set_rows(rows)
        self.tabs.setTabText(2, tr("Kiến nghị lần trước ({n})").format(n=len(rows)))

    def _update_score(self) -> None:
        value = self.checklist.score()
        answered = sum(1 for r in self.checklist.items() if r.answer)
        total = len(self.checklist.items())
        if value is None:
            text = tr("Điểm: chưa có (đã đánh giá {a}/{n} mục)")
        else:
            text = tr("Điểm: {score}/100 — xếp loại {rating} (đã đánh giá {a}/{n} mục)")
        self.score_label.setText(text.format(
            score=score_text(value), rating=label("supervision_rating", rules.rating(value)),
            a=answered, n=total))

    def _add_recommendation(self) -> None:
        row = self.recs.add()
        self.tabs.setCurrentIndex(1)
        self.rec_view.setCurrentIndex(self.recs.index(row, 0))
        self.rec_view.edit(self.recs.index(row, 0))

    # saving -----------------------------------------------------------------------------

    def answer(self, item_id: int, code: str, note: str = "") -> None:
        """Answer an item (as choosing in its combo does)."""
        row = self.checklist.row_of_item(item_id)
        self.checklist.setData(self.checklist.index(row, ChecklistModel.ANSWER), code)
        if note:
            self.checklist.setData(self.checklist.index(row, ChecklistModel.NOTE), note)
        editor = self.check_view.indexWidget(self.checklist.index(row, ChecklistModel.ANSWER))
        if editor is not None:
            editor.blockSignals(True)
            editor.setCurrentIndex(max(0, editor.findData(code)))
            editor.blockSignals(False)

    def build_input(self) -> visits.VisitInput | None:
        if not self.date_is_valid(self.date_edit, "date"):
            return None
        recs = []
        for i, r in enumerate(self.recs.rows):
            if not (r.text.strip() or r.owner.strip() or r.due.strip()):
                continue
            try:
                due = r.due_on()
            except ValueError:
                self.tabs.setCurrentIndex(1)
                self.show_problems([Problem(f"recommendations[{i}].due_on", "bad_date",
                                            {"value": r.due})])
                return None
            recs.append(visits.RecommendationInput(r.text, r.owner, due))
        club = self.club()
        return visits.VisitInput(
            club_id=club.id if club is not None else 0, date=self.date_edit.date(),
            kind=self.kind_combo.currentData(), supervisors=self.supervisors_edit.text(),
            template_id=self.template_id,
            answers={r.item_id: visits.AnswerInput(r.answer, r.note)
                     for r in self.checklist.items() if r.answer},
            findings=self.findings_edit.toPlainText(), recommendations=recs,
            follow_up=self.follow.done_ids())

    def show_problems(self, problems: list[Problem]) -> None:
        super().show_problems(problems)
        if any(p.code == "required_unanswered" for p in problems):
            self.checklist.mark_missing()
            self.tabs.setCurrentIndex(0)
            first = next((i for i, r in enumerate(self.checklist.rows) if r.missing), None)
            if first is not None:
                self.check_view.scrollTo(self.checklist.index(first, 0))

    def accept(self) -> None:
        inp = self.build_input()
        if inp is None:
            return
        self.save(lambda: visits.record_visit(inp, today=self.today), Change.SUPERVISION)

    def saved(self, value) -> None:
        self.visit = value
