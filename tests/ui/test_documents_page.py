"""Documents page: the register, reprint of the stored copy, drafting and issuing a paper."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest
from PySide6.QtWidgets import QMessageBox

from models.papers import documents
from tests.ui.conftest import save_screenshot


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() for p in pdf.pages).replace("\u00a0", " ")


@pytest.fixture
def club_id(context):
    from tests.papers_data import founded_club, setup_bodies

    setup_bodies()
    return founded_club(30)


@pytest.fixture
def page(context, club_id, qtbot):
    from ui.pages.documents_page import DocumentsPage

    page = DocumentsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    return page


@pytest.fixture
def yes(monkeypatch):
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    return asked


def test_page_is_in_the_navigation_before_settings():
    from ui.pages import PAGES

    keys = [spec.key for spec in PAGES]
    assert keys.index("documents") == keys.index("settings") - 1


def test_draft_issue_and_reprint(page, club_id, qtbot, yes):
    assert page.windowTitle() == "Văn bản"
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "Chưa có văn bản nào được ban hành."
    assert not page.view_button.isEnabled()

    dialog = page.new_document(club_id, "decision")
    qtbot.addWidget(dialog)
    assert dialog.club_id() == club_id and dialog.kind() == "decision"
    assert set(dialog.editors) == {"summary", "bases", "proposal", "recipients"}
    assert dialog.issue_button.isVisible() or not dialog.isVisible()
    bases = dialog.editors["bases"].toPlainText().splitlines()
    dialog.editors["bases"].setPlainText("\n".join(
        [*bases[:2], "Căn cứ Kế hoạch số 12/KH-UBND ngày 02 tháng 01 năm 2026 của Ủy ban nhân "
                     "dân phường Đức Xuân"]))
    dialog.date_edit.setText("10/03/2026")

    draft = dialog.show_draft()
    qtbot.addWidget(draft)
    assert draft.page_count() >= 2  # the board list is an annex on its own page
    text = pdf_text(draft.data)
    assert "Kế hoạch số 12/KH-UBND" in text
    assert "Căn cứ Luật Người cao tuổi" in text and "1336/QĐ-TTg" not in text
    assert documents.register() == []  # a draft writes nothing

    assert "DỰ THẢO" in text  # a draft says so on every page

    # The club's founding decision is on its record (05/QĐ-UBND of 05/03/2025): the dialog
    # prints that one, with its own number and date, and issues nothing.
    assert "05/QĐ-UBND" in dialog.status_label.text()
    assert dialog.issue_button.text() == "In quyết định đã có"
    recorded = dialog.issue()
    qtbot.addWidget(recorded)
    assert not yes
    assert recorded.windowTitle() == "Quyết định thành lập CLB số 05/QĐ-UBND"
    assert "Số: 05/QĐ-UBND" in pdf_text(recorded.data)
    assert documents.register() == []

    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("certificate"))
    assert dialog.issue_button.text() == "Ban hành…"
    preview = dialog.issue()
    qtbot.addWidget(preview)
    # the series continues after the numbers already taken that year (decision 05 on record)
    assert yes and "06/GCN-UBND" in yes[0]
    assert preview.windowTitle() == "Giấy chứng nhận thành lập CLB số 06/GCN-UBND"
    rows = documents.register()
    assert [r.number_text for r in rows] == ["06/GCN-UBND"]
    assert preview.data == documents.reprint(rows[0].id)
    assert "Quyết định số 05/QĐ-UBND" in pdf_text(preview.data)
    # a founding paper is dated by the club's decision, whatever date the draft was given
    assert "đã có văn bản số 06/GCN-UBND ngày 05/03/2025" in dialog.status_label.text()

    # The page heard about it and lists the document; "Xem/In lại" opens the stored copy.
    assert page.model.rowCount() == 1
    index = page.model.index(0, page.model.NUMBER)
    assert index.data() == "06/GCN-UBND"
    assert page.model.index(0, page.model.DATE).data() == "05/03/2025"
    assert page.year_combo.findData(2025) > 0
    page.view.selectRow(0)
    assert page.view_button.isEnabled()
    again = page.show_selected()
    qtbot.addWidget(again)
    assert again.data == preview.data
    assert again.file_name == "06-GCN-UBND.pdf"
    save_screenshot(page, "documents_page")


def test_a_refused_issue_explains_and_consumes_no_number(context, qtbot, yes):
    from dialogs.new_document_dialog import NewDocumentDialog
    from tests.papers_data import founded_club, setup_bodies

    setup_bodies()
    club_id = founded_club(8, decision=None)  # planned: no founding decision yet
    dialog = NewDocumentDialog(context, club_id=club_id, kind="certificate",
                               today=dt.date(2026, 3, 10))
    qtbot.addWidget(dialog)
    preview = dialog.issue()
    qtbot.addWidget(preview)
    assert preview.stack.currentIndex() == preview.FAILED
    assert "CLB chưa có quyết định thành lập" in preview.error_label.text()
    assert "Ban chủ nhiệm: không có ai vào ngày 10/03/2026" in preview.error_label.text()
    assert documents.register() == []
    dialog.date_edit.setText("31/02/2026")
    assert dialog.show_draft() is None
    assert "không đúng ngày" in dialog.date_error.text()


def test_wording_saved_as_the_offices_template(context, club_id, qtbot):
    from dialogs.new_document_dialog import NewDocumentDialog
    from models.storage.schema import AuditLog

    dialog = NewDocumentDialog(context, club_id=club_id, kind="decision")
    qtbot.addWidget(dialog)
    recipients = dialog.editors["recipients"]
    recipients.setPlainText(recipients.toPlainText() + "\nBan Thường trực Ủy ban MTTQ phường")
    assert dialog.save_template()
    saved = documents.template("decision")["recipients"]
    assert saved[-1] == "Ban Thường trực Ủy ban MTTQ phường"
    assert AuditLog.select().where(AuditLog.entity == "document_template").count() == 1
    # A new dialog starts from the office's wording.
    other = NewDocumentDialog(context, club_id=club_id, kind="decision")
    qtbot.addWidget(other)
    assert other.editors["recipients"].toPlainText().endswith("Ủy ban MTTQ phường")
    other.paper_combo.setCurrentIndex(other.paper_combo.findData("members"))
    assert other.editors == {} and other.issue_button.isHidden()
    assert other.draft_button.text() == "Tạo và xem"
    other.paper_combo.setCurrentIndex(other.paper_combo.findData("certificate"))
    assert set(other.editors) == {"title", "subtitle", "summary"}
    other.resize(760, 560)
    save_screenshot(other, "new_document_dialog")


def test_member_list_from_the_dialog(context, club_id, qtbot):
    from dialogs.new_document_dialog import NewDocumentDialog

    dialog = NewDocumentDialog(context, club_id=club_id, kind="members",
                               today=dt.date(2026, 11, 20))
    qtbot.addWidget(dialog)
    preview = dialog.show_draft()
    qtbot.addWidget(preview)
    assert preview.windowTitle() == "Danh sách thành viên CLB"
    assert "Tổng số: 30 thành viên" in pdf_text(preview.data)
    assert preview.file_name == "danh-sach-thanh-vien-DX01.pdf"
    assert documents.register() == []


def test_fields_show_as_vietnamese_chips_with_the_clubs_data(context, club_id, qtbot):
    """No {club_name} for the clerk: the fields read «Tên CLB», «Người đề nghị»…, painted
    as chips; under each box the line as it prints for the chosen club; saved back in the
    stored form."""
    from dialogs.new_document_dialog import NewDocumentDialog
    from models.papers import papers_extra

    dialog = NewDocumentDialog(context, club_id=club_id, kind="decision",
                               today=dt.date(2026, 3, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    values = papers_extra.wording_values("decision", club_id, dt.date(2026, 3, 10))
    summary, proposal = dialog.editors["summary"], dialog.editors["proposal"]
    assert summary.text() == "Về việc thành lập «Tên CLB»"
    assert proposal.text() == "Theo đề nghị của «Người đề nghị»"
    for editor in dialog.editors.values():
        shown = editor.toPlainText() if hasattr(editor, "toPlainText") else editor.text()
        assert "{" not in shown and "}" not in shown, shown
    assert dialog.previews["summary"].text() == \
        f"In ra: Về việc thành lập {values['club_name']}"
    assert values["proposer"] in dialog.previews["proposal"].text()
    recipients = dialog.previews["recipients"].text().splitlines()
    assert any(values["ward"] in line for line in recipients)
    assert not any("«" in line or "{" in line for line in recipients)
    names = [dialog.field_combo.itemText(i) for i in range(dialog.field_combo.count())]
    assert {"Tên CLB", "Người đề nghị", "Xã/phường", "Tỉnh"} <= set(names)

    # A field is put where the cursor is; the preview follows as the clerk types.
    summary.setFocus()
    qtbot.waitUntil(lambda: summary.hasFocus())
    summary.end(False)
    summary.insert(", ")
    dialog.field_combo.setCurrentIndex(dialog.field_combo.findData("Xã/phường"))
    dialog.insert_button.click()
    assert summary.text() == "Về việc thành lập «Tên CLB», «Xã/phường»"
    assert dialog.previews["summary"].text() == \
        f"In ra: Về việc thành lập {values['club_name']}, {values['ward']}"
    assert dialog.texts()["summary"] == "Về việc thành lập {club_name}, {ward}"
    assert dialog.texts()["proposal"] == "Theo đề nghị của {proposer}"
    # Quotation marks that name no field are the clerk's own text.
    summary.setText("Về việc thành lập «Câu lạc bộ» mới")
    assert dialog.texts()["summary"] == "Về việc thành lập «Câu lạc bộ» mới"
    dialog.resize(760, 640)
    save_screenshot(dialog, "new_document_dialog_fields")


def test_a_club_founded_years_ago_is_not_offered_a_founding_paper_dated_today(
        context, club_id, qtbot, yes):
    """The founding papers of a club founded years ago are dated by its decision (the decision
    itself is on the club's record, the certificate is issued); once issued, the dialog shows
    the issued copy's number and date, and issuing again says so first."""
    from dialogs.new_document_dialog import NewDocumentDialog
    from models.clubs.clubs import get_club

    founded_on = get_club(club_id).decision_date
    dialog = NewDocumentDialog(context, club_id=club_id, kind="certificate",
                               today=dt.date(2026, 11, 20))
    qtbot.addWidget(dialog)
    assert founded_on is not None and founded_on < dt.date(2026, 11, 20)
    assert dialog.date_edit.date() == founded_on
    preview = dialog.issue()
    qtbot.addWidget(preview)
    issued = documents.find_issued("certificate", club_id)
    assert issued.date == founded_on
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("members"))
    assert dialog.date_edit.date() == dt.date(2026, 11, 20)  # a working list: today
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("certificate"))
    assert dialog.date_edit.date() == founded_on
    assert f"đã có văn bản số {issued.number_text}" in dialog.status_label.text()
    yes.clear()
    again = dialog.issue()
    qtbot.addWidget(again)
    assert yes and yes[0].startswith(f"CLB này đã có văn bản số {issued.number_text}")
