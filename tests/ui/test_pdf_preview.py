"""PDF preview: busy state while building, pages once built, navigation, save, print."""

from __future__ import annotations

import io

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from models.errors import ValidationError
from tests.ui.conftest import save_screenshot
from ui.widgets.pdf_preview import PdfPreviewDialog


def sample_pdf(pages: int = 3, landscape: bool = False) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turn
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=turn(A4) if landscape else A4, invariant=1)
    for n in range(pages):
        c.setFont("Helvetica-Bold", 40)
        c.drawString(100, 400, f"Page {n + 1}")
        c.rect(50, 50, 300, 300)
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def preview(qtbot):
    def make(data: bytes | None = None, **kw) -> PdfPreviewDialog:
        dialog = PdfPreviewDialog("Xem trước", **kw)
        qtbot.addWidget(dialog)
        if data is not None:
            dialog.set_pdf(data)
        return dialog
    return make


def test_loads_pages_fits_width_and_navigates(preview, qapp):
    from ui.app import load_fonts

    load_fonts()
    dialog = preview(sample_pdf(3))
    dialog.show()
    qapp.processEvents()
    assert dialog.stack.currentIndex() == dialog.PAGES
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.page_count() == 3
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
    assert dialog.page_label.text() == "Trang 1/3"
    assert not dialog.prev_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_button.click()
    dialog.next_button.click()
    assert dialog.current_page() == 2 and dialog.page_label.text() == "Trang 3/3"
    assert not dialog.next_button.isEnabled()
    dialog.zoom_in_button.click()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.Custom
    dialog.fit_width_button.click()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth


def test_build_shows_busy_then_pages(preview, qtbot, monkeypatch):
    from ui import tasks

    monkeypatch.setattr(tasks, "_synchronous", False)
    built = []
    dialog = PdfPreviewDialog.build(None, "Danh sách", sample_pdf, 2,
                                    on_built=built.append)
    qtbot.addWidget(dialog)
    # Right after opening: the busy state, controls off, never an empty view.
    assert dialog.stack.currentIndex() == dialog.BUSY
    assert dialog.busy_label.text() == "Đang tạo văn bản…"
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.page_count() == 2, timeout=10000)
    assert dialog.stack.currentIndex() == dialog.PAGES
    assert built and built[0] == dialog.data
    assert dialog.print_button.isEnabled()


def test_a_failed_build_says_why(preview, monkeypatch):
    from ui import tasks

    monkeypatch.setattr(tasks, "_synchronous", True)

    def refuse():
        raise ValidationError("decision_number", "required")

    dialog = PdfPreviewDialog.build(None, "Giấy chứng nhận", refuse)
    assert dialog.stack.currentIndex() == dialog.FAILED
    assert "Số quyết định: chưa nhập" in dialog.error_label.text()
    assert not dialog.print_button.isEnabled()
    broken = preview(b"%PDF-1.4 this is not a pdf")
    assert broken.stack.currentIndex() == broken.FAILED
    assert broken.page_count() == 0


def test_save_writes_the_exact_bytes(preview, monkeypatch, tmp_path):
    data = sample_pdf(2)
    dialog = preview(data, file_name="giay-chung-nhan.pdf")
    asked = {}

    def fake_save(parent, caption, start, filters):
        asked.update(caption=caption, start=start, filters=filters)
        return str(tmp_path / "ban-sao"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    path = dialog.save_document()
    assert path == tmp_path / "ban-sao.pdf"
    assert path.read_bytes() == data
    assert asked["caption"] == "Lưu văn bản PDF" and asked["start"].endswith(
        "giay-chung-nhan.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: ("", "")))
    assert dialog.save_document() is None


def test_print_renders_every_page_in_the_documents_orientation(preview, tmp_path):
    import pdfplumber

    dialog = preview(sample_pdf(2, landscape=True))
    printer = dialog.make_printer()
    assert printer.pageLayout().orientation() == printer.pageLayout().Orientation.Landscape
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 2
        assert pdf.pages[0].width > pdf.pages[0].height
        assert pdf.pages[0].images  # each page drawn as a 300 dpi image
        image = pdf.pages[0].images[0]
        assert image["srcsize"][0] >= 3000


def test_screenshot_of_a_member_list_preview(preview, qtbot, context):
    from tests.papers_data import founded_club, setup_bodies

    setup_bodies()
    club_id = founded_club(30)
    from models.papers.papers_extra import member_list_data
    from reports.papers import member_list

    dialog = preview(member_list.build(member_list_data(club_id)))
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.wait(800)  # QPdfView renders pages on its own thread
    assert dialog.page_count() >= 2
    image = dialog.view.grab().toImage()
    # The page is drawn (dark text pixels), not an empty white sheet.
    dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y).lightness() < 80)
    assert dark > 50
    save_screenshot(dialog, "pdf_preview")


def test_a_damaged_stored_copy_is_explained_in_vietnamese(qtbot, monkeypatch):
    from models.papers.documents import DocumentDamaged
    from ui import tasks

    monkeypatch.setattr(tasks, "_synchronous", True)

    def damaged():
        raise DocumentDamaged(3)

    dialog = PdfPreviewDialog.build(None, "Quyết định", damaged)
    qtbot.addWidget(dialog)
    assert dialog.stack.currentIndex() == dialog.FAILED
    assert "không còn khớp mã kiểm tra SHA-256" in dialog.error_label.text()
