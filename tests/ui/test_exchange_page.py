"""The page "Khóa và gói báo cáo": the office's fingerprint, trusting a lower office's key
from its file, importing packages (the verdict in a sentence, a refusal naming what failed)
and the list of received reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.exchange import inbox, keys, units
from tests.domain.exchange_helpers import LooseKey, snapshot
from tests.ui.conftest import save_screenshot, when_modal
from ui.pages.exchange_page import ExchangePage


def cell(model, row, column):
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def real_pdf(text: str) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, text.encode("ascii", "replace").decode())
    page.save()
    return out.getvalue()


def test_trust_a_key_import_packages_and_list_them(qtbot, context, tmp_path):
    page = ExchangePage(context)
    qtbot.addWidget(page)
    assert "Phường Đức Xuân" in page.own_unit.text()  # a ward office is its ward
    page.level_combo.setCurrentIndex(page.level_combo.findData("province"))
    page.code_edit.setText("19")
    assert page.set_unit()
    assert units.office_unit().level == "province"
    own = keys.own_key()
    assert page.own_fingerprint.text() == own.grouped
    assert "Tỉnh Thái Nguyên" in page.own_unit.text()
    page.save_key_file(str(tmp_path / "tinh.key"))
    assert keys.read_key_file((tmp_path / "tinh.key").read_bytes()).fingerprint == own.fingerprint

    ward = LooseKey("ward", "1840", "Phường Đức Xuân")
    (tmp_path / "ducxuan.key").write_bytes(ward.key_file())
    assert page.trust_from_file(str(tmp_path / "ducxuan.key"), confirm=False)
    assert page.keys_model.rowCount() == 1
    assert cell(page.keys_model, 0, 0) == ward.info.grouped
    assert cell(page.keys_model, 0, 3) == "Phường Đức Xuân"

    other = LooseKey("ward", "1843", "Phường Bắc Kạn")
    (tmp_path / "backan.key").write_bytes(other.key_file())
    asked = []

    def compare(box):  # the clerk reads the fingerprint in the question, then says yes
        asked.append(box.text())
        save_screenshot(box, "exchange_trust_question")
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(compare, QMessageBox)
    assert page.trust_from_file(str(tmp_path / "backan.key"))
    assert other.info.grouped in asked[0] and "Phường Bắc Kạn" in asked[0]
    when_modal(lambda box: (asked.append(box.text()), box.accept()), QMessageBox)
    assert not page.trust_from_file(str(tmp_path / "backan.key"))
    assert "đã được tin cậy cho đơn vị 1843" in asked[-1]  # refused before any question
    v1 = tmp_path / "ducxuan-2026-v1.ishcpkg"
    v1.write_bytes(ward.package(snapshot("ward", "1840", "19", name="Phường Đức Xuân")))
    page.import_from_file(str(v1))
    assert page.verdict.text().startswith("Đã nhận báo cáo năm 2026 của Xã/phường 1840")
    v2 = tmp_path / "ducxuan-2026-v2.ishcpkg"
    v2.write_bytes(ward.package(snapshot("ward", "1840", "19", version=2,
                                         name="Phường Đức Xuân")))
    page.import_from_file(str(v2))
    assert "thay phiên bản 1" in page.verdict.text()
    page.import_from_file(str(v1))
    assert page.verdict.text().startswith("Không nhận gói này.")
    assert "đã được nhận trước đó" in page.verdict.text()
    data = bytearray(v2.read_bytes())
    data[-40] ^= 1  # one byte of the signature's neighbourhood
    (tmp_path / "altered.ishcpkg").write_bytes(bytes(data))
    page.import_from_file(str(tmp_path / "altered.ishcpkg"))
    assert page.verdict.text().startswith("Không nhận gói này.")
    bk = tmp_path / "backan-2026.ishcpkg"
    bk.write_bytes(other.package(snapshot("ward", "1843", "19", name="Phường Bắc Kạn"),
                                 real_pdf("Báo cáo năm 2026 phường Bắc Kạn")))
    page.import_from_file(str(bk))
    assert page.received_model.rowCount() == 3
    assert [(cell(page.received_model, r, 2), cell(page.received_model, r, 4),
             cell(page.received_model, r, 5)) for r in range(3)] == [
        ("1840", 2, "Đang dùng"), ("1840", 1, "Đã có bản mới hơn"), ("1843", 1, "Đang dùng")]
    assert len(inbox.received_snapshots("ward", "19", 2026)) == 2

    page.received_view.selectRow(2)
    preview = page.show_selected()
    qtbot.waitUntil(lambda: preview.data != b"", timeout=5000)
    assert preview.data.startswith(b"%PDF") and preview.document.pageCount() == 1
    preview.close()
    page.keys_view.selectRow(0)
    assert page.revoke_button.isEnabled()
    assert page.revoke_selected(confirm=False)
    assert cell(page.keys_model, 0, 5).startswith("Thu hồi")
    page.resize(1366, 768)
    page.show()
    qtbot.wait(50)
    save_screenshot(page, "exchange_page")
