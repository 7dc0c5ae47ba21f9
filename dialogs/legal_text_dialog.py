"""Add or correct a legal text the papers cite: its kind, number, the dates it was issued, in
force and replaced, and the "Căn cứ …" line printed. A paper cites, per topic, the version in
force on its own date (models/papers/legal_texts.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from models.papers import legal_texts
from models.papers.legal_texts import LegalTextInput, LegalTextRow
from ui.context import AppContext, Change
from ui.widgets import DateEdit, with_error
from ui.widgets.form_dialog import FormDialog

FIELDS = ("topic", "legal_kind", "number", "issued_on", "in_force_on", "replaced_on",
          "citation", "papers", "position")
# The topics the shipped texts use, with what they mean to a clerk.
TOPICS = {
    "local_government": QT_TRANSLATE_NOOP("LegalTextDialog",
                                          "Luật Tổ chức chính quyền địa phương"),
    "elderly": QT_TRANSLATE_NOOP("LegalTextDialog", "Luật Người cao tuổi"),
    "programme": QT_TRANSLATE_NOOP("LegalTextDialog",
                                   "Đề án nhân rộng CLB liên thế hệ tự giúp nhau"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("LegalTextDialog", text)


class LegalTextDialog(FormDialog):
    """`saved_row` holds the text as saved."""

    def __init__(self, context: AppContext, row: LegalTextRow | None = None,
                 parent: QWidget | None = None, *, topics: tuple[str, ...] = ()) -> None:
        super().__init__(context, parent, title=tr("Sửa căn cứ pháp lý") if row
                         else tr("Thêm căn cứ pháp lý"), fields=FIELDS, width=620)
        self.row = row
        self.saved_row: LegalTextRow | None = None
        self.topic_combo = QComboBox()
        self.topic_combo.setEditable(True)
        for topic in dict.fromkeys((*TOPICS, *topics)):
            self.topic_combo.addItem(tr(TOPICS[topic]) if topic in TOPICS else topic, topic)
        self.kind_edit = QLineEdit()
        self.kind_edit.setPlaceholderText(tr("Luật, Nghị định, Quyết định…"))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(tr("VD: 72/2025/QH15"))
        self.issued_edit = DateEdit()
        self.force_edit = DateEdit()
        self.replaced_edit = DateEdit()
        self.citation_edit = QPlainTextEdit()
        self.citation_edit.setFixedHeight(90)
        self.position_spin = QSpinBox()
        self.position_spin.setRange(0, 999)
        self.position_spin.setValue(90)
        if row is not None:
            index = self.topic_combo.findData(row.topic)
            if index < 0:
                self.topic_combo.addItem(row.topic, row.topic)
                index = self.topic_combo.count() - 1
            self.topic_combo.setCurrentIndex(index)
            self.kind_edit.setText(row.kind)
            self.number_edit.setText(row.number)
            self.issued_edit.set_date(row.issued_on)
            self.force_edit.set_date(row.in_force_on)
            self.replaced_edit.set_date(row.replaced_on)
            self.citation_edit.setPlainText(row.citation)
            self.position_spin.setValue(row.position)
        note = QLabel(tr("Mỗi giấy tờ chỉ dẫn, trong từng nhóm, văn bản còn hiệu lực vào ngày "
                         "của giấy tờ. Để trống «Hết hiệu lực» khi văn bản còn áp dụng."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        e = self.errors
        form = QFormLayout()
        form.addRow(tr("Nhóm căn cứ:"), with_error(self.topic_combo, e["topic"]))
        form.addRow(tr("Loại văn bản:"), with_error(self.kind_edit, e["legal_kind"]))
        form.addRow(tr("Số, ký hiệu:"), with_error(self.number_edit, e["number"]))
        form.addRow(tr("Ngày ban hành:"), with_error(self.issued_edit, e["issued_on"]))
        form.addRow(tr("Có hiệu lực từ:"), with_error(self.force_edit, e["in_force_on"]))
        form.addRow(tr("Hết hiệu lực từ:"), with_error(self.replaced_edit, e["replaced_on"]))
        form.addRow(tr("Dòng in trên giấy tờ:"), with_error(self.citation_edit, e["citation"]))
        form.addRow(tr("Thứ tự in:"), with_error(self.position_spin, e["position"]))
        form.addRow("", e["papers"])
        self.lay_out(form, tr("Lưu"), note)

    def value(self) -> LegalTextInput:
        topic = self.topic_combo.currentData()
        typed = self.topic_combo.currentText().strip()
        if topic is None or self.topic_combo.itemText(self.topic_combo.currentIndex()) != typed:
            topic = typed
        return LegalTextInput(
            topic=topic, kind=self.kind_edit.text(), number=self.number_edit.text(),
            issued_on=self.issued_edit.date() if self.issued_edit.is_valid() else None,
            in_force_on=self.force_edit.date() if self.force_edit.is_valid() else None,
            replaced_on=self.replaced_edit.date() if self.replaced_edit.is_valid() else None,
            citation=self.citation_edit.toPlainText(),
            papers=self.row.papers if self.row else ("decision",),
            position=self.position_spin.value())

    def accept(self) -> None:
        for edit, field in ((self.issued_edit, "issued_on"), (self.force_edit, "in_force_on"),
                            (self.replaced_edit, "replaced_on")):
            if not self.date_is_valid(edit, field):
                return
        inp = self.value()
        text_id = self.row.id if self.row else None
        self.save(lambda: legal_texts.save_legal_text(text_id, inp), Change.SETTINGS)

    def saved(self, value: LegalTextRow) -> None:
        self.saved_row = value
