"""Create a club's paper: choose the club, the paper and its date, adjust the draft's wording
(căn cứ lines, recipients…) from the office's template, then preview a draft or issue it.

Issuing takes the next number of the issuing body's series and stores the PDF: the clerk
confirms first, since an issued paper is never edited (a change is a new document). The wording
changes apply to this paper only unless the clerk saves them as the office's template.

The wording's fields show as Vietnamese chips («Tên CLB», «Người đề nghị»; the stored form is
{club_name}, reports/papers/fields.py), painted like buttons, with "Chèn trường" to add one
at the cursor, and under each box the line as it will print with the chosen club's data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.clubs.clubs import all_clubs
from models.errors import DomainError, ValidationError
from models.papers import documents, papers_extra
from models.papers.document_reads import next_number_text
from models.text.vietnamese import format_date
from reports.papers import fields as wording
from ui import service
from ui.context import AppContext, Change
from ui.widgets import DateEdit, ErrorLabel, show_error
from ui.widgets.pdf_preview import PdfPreviewDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("NewDocument", text)


PAPER_LABELS = {
    "decision": QT_TRANSLATE_NOOP("NewDocument", "Quyết định thành lập CLB"),
    "certificate": QT_TRANSLATE_NOOP("NewDocument", "Giấy chứng nhận thành lập CLB"),
    "launch_minutes": QT_TRANSLATE_NOOP("NewDocument", "Biên bản lễ ra mắt CLB"),
    "statute": QT_TRANSLATE_NOOP("NewDocument", "Quy chế hoạt động CLB"),
    "members": QT_TRANSLATE_NOOP("NewDocument", "Danh sách thành viên CLB"),
}

# The parts of each paper's wording a clerk usually adjusts; the rest keeps the template.
EDITABLE = {
    "decision": ("summary", "bases", "proposal", "recipients"),
    "certificate": ("title", "subtitle", "summary"),
    "launch_minutes": ("summary", "guests"),
    "statute": ("summary", "note"),
    "members": (),
}
WORDING_LABELS = {
    "summary": QT_TRANSLATE_NOOP("NewDocument", "Trích yếu"),
    "bases": QT_TRANSLATE_NOOP("NewDocument", "Căn cứ (mỗi dòng một căn cứ)"),
    "proposal": QT_TRANSLATE_NOOP("NewDocument", "Theo đề nghị của"),
    "recipients": QT_TRANSLATE_NOOP("NewDocument", "Nơi nhận (mỗi dòng một nơi)"),
    "title": QT_TRANSLATE_NOOP("NewDocument", "Tiêu đề"),
    "subtitle": QT_TRANSLATE_NOOP("NewDocument", "Dòng dưới tiêu đề"),
    "guests": QT_TRANSLATE_NOOP("NewDocument", "Đại biểu (mỗi dòng một thành phần)"),
    "note": QT_TRANSLATE_NOOP("NewDocument", "Dòng ghi chú dưới tên văn bản"),
}


def paper_label(kind: str) -> str:
    return tr(PAPER_LABELS[kind]) if kind in PAPER_LABELS else kind


class ChipHighlighter(QSyntaxHighlighter):
    """Paints the fields («Tên CLB») of a paper's wording as chips."""

    def __init__(self, document: QTextDocument, kind: str) -> None:
        super().__init__(document)
        self.kind = kind
        self.chip_format = QTextCharFormat()
        self.chip_format.setBackground(QColor("#dbe9f7"))
        self.chip_format.setForeground(QColor("#1f4e79"))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        for start, length in wording.chip_spans(text, self.kind):
            self.setFormat(start, length, self.chip_format)


def _issue_bytes(kind: str, club_id: int, on: dt.date | None, texts: dict) -> bytes:
    """Runs on the thread pool: issue, and give the stored copy to the preview."""
    return bytes(papers_extra.issue_paper(kind, club_id, on, texts).pdf)


class NewDocumentDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 club_id: int | None = None, kind: str | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Tạo văn bản"))
        self.resize(760, 640)
        self.preview: PdfPreviewDialog | None = None
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.previews: dict[str, QLabel] = {}
        self._highlighters: list[ChipHighlighter] = []
        self._last_editor: QLineEdit | QPlainTextEdit | None = None
        self._values: dict[str, str] = {}
        self._template: dict = {}

        self.club_combo = QComboBox()
        for club in all_clubs():
            self.club_combo.addItem(f"{club.code} — {club.name}", club.id)
        if club_id is not None:
            self.club_combo.setCurrentIndex(max(self.club_combo.findData(club_id), 0))
        self.paper_combo = QComboBox()
        for key in papers_extra.club_papers():
            self.paper_combo.addItem(paper_label(key), key)
        if kind is not None:
            self.paper_combo.setCurrentIndex(max(self.paper_combo.findData(kind), 0))
        self._today = today or dt.date.today()
        self.date_edit = DateEdit(self._today)
        self.date_error = ErrorLabel()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: #1f4e79;")

        form = QFormLayout()
        form.addRow(tr("Câu lạc bộ:"), self.club_combo)
        form.addRow(tr("Văn bản:"), self.paper_combo)
        form.addRow(tr("Ngày văn bản:"), self.date_edit)
        form.addRow("", self.date_error)

        self.wording = QWidget()
        self.wording_form = QFormLayout(self.wording)
        self.wording_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.wording)
        self.hint = QLabel(tr("Các ô tô màu như «Tên CLB», «Xã/phường» được chương trình tự "
                              "điền từ dữ liệu của CLB; dòng nghiêng dưới mỗi ô là chữ sẽ in. "
                              "Sửa ở đây chỉ áp dụng cho văn bản này, trừ khi bấm «Lưu làm "
                              "mẫu của cơ quan»."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.field_combo = QComboBox()
        self.field_combo.setObjectName("fieldCombo")
        self.insert_button = QPushButton(tr("Chèn vào chỗ con trỏ"))
        self.insert_button.setObjectName("insertField")
        insert_row = QHBoxLayout()
        insert_row.addWidget(QLabel(tr("Chèn trường:")))
        insert_row.addWidget(self.field_combo, 1)
        insert_row.addWidget(self.insert_button)

        self.save_template_button = QPushButton(tr("Lưu làm mẫu của cơ quan"))
        self.draft_button = QPushButton(tr("Xem bản nháp"))
        self.issue_button = QPushButton(tr("Ban hành…"))
        self.close_button = QPushButton(tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_template_button)
        buttons.addStretch(1)
        for b in (self.draft_button, self.issue_button, self.close_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(QLabel(tr("<b>Cách viết của văn bản</b>")))
        layout.addWidget(self.hint)
        layout.addLayout(insert_row)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.paper_combo.currentIndexChanged.connect(self._paper_changed)
        self.club_combo.currentIndexChanged.connect(self._update_status)
        self.date_edit.dateChanged.connect(self._update_status)
        self.club_combo.currentIndexChanged.connect(self._default_date)
        self.club_combo.currentIndexChanged.connect(self._load_values)
        self.date_edit.dateChanged.connect(self._load_values)
        self.insert_button.clicked.connect(self.insert_field)
        self.save_template_button.clicked.connect(self.save_template)
        self.draft_button.clicked.connect(self.show_draft)
        self.issue_button.clicked.connect(self.issue)
        self.close_button.clicked.connect(self.reject)
        self._paper_changed()

    # --- state ----------------------------------------------------------------------------

    def kind(self) -> str:
        return self.paper_combo.currentData()

    def club_id(self) -> int | None:
        return self.club_combo.currentData()

    def _paper_changed(self) -> None:
        while self.wording_form.rowCount():
            self.wording_form.removeRow(0)
        self.editors.clear()
        self.previews.clear()
        self._highlighters.clear()
        self._last_editor = None
        kind = self.kind()
        self._template = papers_extra.texts_for(kind)
        for key in EDITABLE.get(kind, ()):
            if key not in self._template:
                continue
            value = self._template[key]
            if isinstance(value, list):
                editor: QLineEdit | QPlainTextEdit = QPlainTextEdit(
                    "\n".join(wording.to_chips(line, kind) for line in value))
                editor.setMinimumHeight(22 * min(max(len(value), 3), 8))
                editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
                editor.setTabChangesFocus(True)
                self._highlighters.append(ChipHighlighter(editor.document(), kind))
                editor.textChanged.connect(lambda k=key: self._update_preview(k))
            else:
                editor = QLineEdit(wording.to_chips(str(value), kind))
                editor.textChanged.connect(lambda _t, k=key: self._update_preview(k))
            editor.setObjectName(f"wording_{key}")
            editor.installEventFilter(self)
            self.editors[key] = editor
            preview = QLabel()
            preview.setObjectName(f"preview_{key}")
            preview.setWordWrap(True)
            preview.setStyleSheet("color: #555; font-style: italic;")
            self.previews[key] = preview
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(2)
            box_layout.addWidget(editor)
            box_layout.addWidget(preview)
            self.wording_form.addRow(tr(WORDING_LABELS.get(key, key)), box)
        self.field_combo.clear()
        for name in wording.FIELD_NAMES.get(kind, {}).values():
            self.field_combo.addItem(name, name)
        self.field_combo.setEnabled(bool(self.editors))
        self.insert_button.setEnabled(bool(self.editors))
        if not self.editors:
            note = QLabel(tr("Văn bản này không có phần lời cần sửa."))
            note.setStyleSheet("color: #555;")
            self.wording_form.addRow(note)
        numbered = papers_extra.PAPERS[kind].numbered
        self.issue_button.setVisible(numbered)
        self.draft_button.setText(tr("Xem bản nháp") if numbered else tr("Tạo và xem"))
        self.save_template_button.setEnabled(bool(self.editors))
        self._default_date()
        self._update_status()
        self._load_values()

    def _default_date(self) -> None:
        """A founding paper is dated by the founding: the issued copy's date, else the
        founding decision's; only other papers (and a club not founded yet) start today."""
        club_id, kind = self.club_id(), self.kind()
        if club_id is None or kind not in papers_extra.FOUNDING:
            self.date_edit.set_date(self._today)
            return
        issued = documents.find_issued(kind, club_id)
        founded = papers_extra.founding_date(club_id) if kind != "launch_minutes" else None
        self.date_edit.set_date(issued.date if issued is not None else founded or self._today)

    # --- fields and the preview -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn and watched in self.editors.values():
            self._last_editor = watched  # where "Chèn vào chỗ con trỏ" puts the field
        return super().eventFilter(watched, event)

    def insert_field(self) -> None:
        name = self.field_combo.currentData()
        editor = self._last_editor or next(iter(self.editors.values()), None)
        if name is None or editor is None:
            return
        if isinstance(editor, QPlainTextEdit):
            editor.insertPlainText(wording.chip(name))
        else:
            editor.insert(wording.chip(name))
        editor.setFocus()

    def _load_values(self) -> None:
        """The chosen club's data for the preview lines (none before a club exists)."""
        club_id = self.club_id()
        self._values = {}
        if club_id is not None and self.editors:
            try:
                on = self.date_edit.date()
            except ValueError:
                on = None
            try:
                self._values = papers_extra.wording_values(self.kind(), club_id, on)
            except DomainError:  # a club of another unit, a refused read: no preview
                self._values = {}
        for key in self.editors:
            self._update_preview(key)

    def _update_preview(self, key: str) -> None:
        editor, label = self.editors.get(key), self.previews.get(key)
        if editor is None or label is None:
            return
        kind = self.kind()
        text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        # Only the lines with a field: the others print as typed.
        lines = [self._preview_line(key, line) for line in text.splitlines()
                 if wording.chip_spans(line, kind)]
        label.setVisible(bool(lines) and bool(self._values))
        label.setText("\n".join(tr("In ra: {text}").format(text=line) for line in lines))

    def _update_status(self) -> None:
        kind, club_id = self.kind(), self.club_id()
        self.issue_button.setEnabled(club_id is not None)
        self.draft_button.setEnabled(club_id is not None)
        if club_id is None:
            self.status_label.setText(tr("Chưa có CLB nào: hãy thêm CLB ở trang Câu lạc bộ."))
            return
        if not papers_extra.PAPERS[kind].numbered:
            self.status_label.setText(tr("Văn bản không đánh số, không ghi vào sổ văn bản."))
            return
        issued = documents.find_issued(kind, club_id)
        recorded = papers_extra.founding_decision_of(club_id) if kind == "decision" else None
        self.issue_button.setText(tr("Ban hành…"))
        if recorded is not None and recorded.document_id is None:
            # The ward's paper register already holds this club's decision: it is printed
            # with its own number and date, never issued again.
            self.issue_button.setText(tr("In quyết định đã có"))
            self.status_label.setText(
                tr("CLB này đã có quyết định thành lập số {number} ngày {date} (trong hồ sơ "
                   "CLB): in lại đúng số và ngày đó, không cấp số mới.").format(
                    number=recorded.number_text, date=format_date(recorded.date)))
        elif kind == "decision" and issued is not None:
            self.issue_button.setEnabled(False)
            self.status_label.setText(
                tr("CLB này đã có quyết định thành lập số {number} ngày {date}; không ban "
                   "hành quyết định thứ hai.").format(number=issued.number_text,
                                                       date=format_date(issued.date)))
        elif issued is not None:
            self.status_label.setText(
                tr("CLB này đã có văn bản số {number} ngày {date}. Ban hành nữa sẽ là một "
                   "văn bản mới, số mới.").format(number=issued.number_text,
                                                  date=format_date(issued.date)))
        else:
            self.status_label.setText(
                tr("Chưa ban hành văn bản này cho CLB; bấm «Ban hành…» để cấp số."))

    def _preview_line(self, key: str, line: str) -> str:
        kind = self.kind()
        stored = wording.from_chips(line, kind)
        names = re.findall(r"\{(\w+)\}", stored)
        if key == "bases" and names and all(not self._values.get(n) for n in names):
            # The paper leaves out a căn cứ whose fields are all empty (fill_lines).
            return tr("(dòng này không in: chưa có giá trị)")
        return wording.preview(line, kind, self._values)

    def texts(self) -> dict:
        """The template with the clerk's edits for this paper."""
        texts = dict(self._template)
        kind = self.kind()
        for key, editor in self.editors.items():
            if isinstance(editor, QPlainTextEdit):
                texts[key] = [wording.from_chips(ln.strip(), kind)
                              for ln in editor.toPlainText().splitlines() if ln.strip()]
            else:
                texts[key] = wording.from_chips(editor.text().strip(), kind)
        return texts

    def _date(self) -> tuple[bool, dt.date | None]:
        try:
            value = self.date_edit.date()
        except ValueError:
            self.date_error.show_problems([ValidationError(
                "date", "bad_date", {"value": self.date_edit.text()}).problems[0]])
            return False, None
        self.date_error.show_problems([])
        return True, value

    # --- actions --------------------------------------------------------------------------

    def _open_preview(self, title: str, fn: Callable[..., bytes], *args: Any,
                      on_built: Callable[[bytes], None] | None = None) -> PdfPreviewDialog:
        stem = papers_extra.PAPERS[self.kind()].file_stem
        club = self.club_combo.currentText().split(" — ")[0]
        self.preview = PdfPreviewDialog.build(self, title, fn, *args,
                                              file_name=f"{stem}-{club}.pdf", on_built=on_built)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()
        return self.preview

    def show_draft(self) -> PdfPreviewDialog | None:
        ok, on = self._date()
        if not ok or self.club_id() is None:
            return None
        kind = self.kind()
        title = tr("{paper} — bản nháp").format(paper=paper_label(kind))
        if not papers_extra.PAPERS[kind].numbered:
            title = paper_label(kind)
        return self._open_preview(title, papers_extra.build_draft, kind, self.club_id(), on,
                                  self.texts())

    def issue(self) -> PdfPreviewDialog | None:
        ok, on = self._date()
        club_id, kind = self.club_id(), self.kind()
        if not ok or club_id is None:
            return None
        recorded = papers_extra.founding_decision_of(club_id) if kind == "decision" else None
        if recorded is not None and recorded.document_id is None:
            return self._open_preview(tr("{paper} số {number}").format(
                paper=paper_label(kind), number=recorded.number_text),
                papers_extra.decision_on_record, club_id, self.texts())
        paper = papers_extra.PAPERS[kind]
        year = (on or dt.date.today()).year
        number = next_number_text(kind, paper.body_code, year, club_id)
        if number is None:
            show_error(self, ValidationError("body_code", "unknown", {"value": paper.body_code}),
                       tr("Chưa ban hành được"))
            return None
        question = tr("Văn bản sẽ mang số {number}. Văn bản đã ban hành thì không sửa được; "
                      "muốn thay đổi phải ban hành văn bản mới. Ban hành?").format(number=number)
        issued = documents.find_issued(kind, club_id)
        if issued is not None:
            question = tr("CLB này đã có văn bản số {old} ngày {date}: ban hành nữa là một văn "
                          "bản mới, bên cạnh văn bản đã có.").format(
                old=issued.number_text, date=format_date(issued.date)) + "\n\n" + question
        answer = QMessageBox.question(self, tr("Ban hành văn bản"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self._open_preview(tr("{paper} số {number}").format(
            paper=paper_label(kind), number=number), _issue_bytes, kind, club_id, on,
            self.texts(), on_built=self._issued)

    def _issued(self, _data: bytes) -> None:
        issued = documents.find_issued(self.kind(), self.club_id())
        if issued is not None and self.preview is not None:
            # Another office PC may have taken the number shown in the question meanwhile.
            self.preview.setWindowTitle(tr("{paper} số {number}").format(
                paper=paper_label(self.kind()), number=issued.number_text))
        self.context.announce(Change.DOCUMENT)
        self._update_status()

    def save_template(self) -> bool:
        """Keep the edited wording as the office's template of this paper."""
        kind = self.kind()
        edited = {k: v for k, v in self.texts().items() if k in self.editors}
        if not service.call(self, lambda: documents.save_template(kind, edited)):
            return False
        self._template = papers_extra.texts_for(kind)
        self.status_label.setText(tr("Đã lưu cách viết làm mẫu của cơ quan."))
        return True
