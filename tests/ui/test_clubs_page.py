"""The clubs page, the club dialog and the status dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from dialogs.club_dialog import ClubDialog
from dialogs.status_dialog import StatusDialog
from models.clubs import clubs
from models.clubs.clubs import status_targets
from models.storage.schema import AuditLog, Club, ClubStatusChange, ClubVillage
from tests.ui import clubs_data
from tests.ui.conftest import save_screenshot
from ui.clubs_model import BADGE_ROLE, FAIL_COLOURS, PASS_COLOURS, STATUS_COLOURS, ClubsTableModel
from ui.pages.clubs_page import ClubsPage

TODAY = dt.date(2026, 11, 20)


def texts(page: ClubsPage, column: int) -> dict[str, str]:
    """Column text by club code, as shown (through the filter)."""
    p = page.proxy
    return {p.index(r, ClubsTableModel.CODE).data(): p.index(r, column).data()
            for r in range(p.rowCount())}


def make_page(qtbot, context) -> ClubsPage:
    page = ClubsPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1160, 720)
    return page


def test_page_lists_clubs_with_status_decision_and_composition(qtbot, context):
    ids = clubs_data.six_clubs()
    page = make_page(qtbot, context)
    assert page.windowTitle() == "Câu lạc bộ"
    assert texts(page, ClubsTableModel.STATUS) == {
        "DX01": "Đang hoạt động", "DX02": "Đã thành lập", "DX03": "Dự kiến",
        "DX04": "Tạm dừng", "DX05": "Đã giải thể", "DX06": "Dự kiến"}
    comp = texts(page, ClubsTableModel.COMPOSITION)
    assert comp["DX01"] == "Đạt chuẩn"
    assert comp["DX02"] == "Chưa đạt: NCT, nữ"  # 30/55 older, 25/55 women
    assert comp["DX03"] == "Chưa có thành viên"
    assert comp["DX06"] == "Chưa đạt: số thành viên, hộ nghèo/khó khăn, TNV chăm sóc"
    assert comp["DX05"] == ""
    assert texts(page, ClubsTableModel.MEMBERS)["DX01"] == "60"
    assert texts(page, ClubsTableModel.DECISION)["DX02"] == "131/QĐ-UBND ngày 02/06/2025"
    assert texts(page, ClubsTableModel.DECISION)["DX03"] == ""
    assert texts(page, ClubsTableModel.VILLAGES)["DX04"] == "Tổ 1, Tổ 2"

    model = page.model
    row = {model.row_at(i).code: i for i in range(model.rowCount())}
    assert model.index(row["DX04"], ClubsTableModel.STATUS).data(BADGE_ROLE) == \
        STATUS_COLOURS["suspended"]
    assert model.index(row["DX01"], ClubsTableModel.COMPOSITION).data(BADGE_ROLE) == PASS_COLOURS
    assert model.index(row["DX02"], ClubsTableModel.COMPOSITION).data(BADGE_ROLE) == FAIL_COLOURS
    tip = model.index(row["DX02"], ClubsTableModel.COMPOSITION).data(Qt.ItemDataRole.ToolTipRole)
    assert "✗ Nữ: 25/55 (45,5%) — chuẩn 60–70%" in tip

    # accent-insensitive filter on code and name, and the status filter
    page.filter_edit.setText("na cuom")
    assert list(texts(page, ClubsTableModel.CODE)) == ["DX02"]
    page.filter_edit.setText("dx0")
    assert len(texts(page, ClubsTableModel.CODE)) == 6
    page.status_combo.setCurrentIndex(page.status_combo.findData("planned"))
    assert sorted(texts(page, ClubsTableModel.CODE)) == ["DX03", "DX06"]
    assert page.count_label.text() == "Hiện 2 trong 6 CLB"
    page.filter_edit.setText("DOI THAN")
    assert list(texts(page, ClubsTableModel.CODE)) == ["DX06"]

    page.filter_edit.clear()
    page.status_combo.setCurrentIndex(0)
    page.view.sortByColumn(ClubsTableModel.STATUS, Qt.SortOrder.AscendingOrder)
    order = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert order[:2] == ["DX03", "DX06"] and order[-1] == "DX05"  # planned … dissolved
    assert page.select_club(ids["DX05"]) and page.selected_club_id() == ids["DX05"]


def test_selected_club_shows_detail_board_and_buttons(qtbot, context):
    ids = clubs_data.six_clubs()
    page = make_page(qtbot, context)
    page.show()
    assert page.detail.stack.currentIndex() == 0  # the hint, nothing selected
    assert page.detail.hint.text() == "Chọn một CLB trong danh sách để xem chi tiết."
    assert not page.edit_button.isEnabled() and not page.found_button.isEnabled()

    assert page.select_club(ids["DX01"])
    detail = page.detail
    assert detail.title.text() == "CLB Liên thế hệ tự giúp nhau tổ 1"
    assert detail.fields["status"].text() == "Đang hoạt động (từ ngày 10/04/2025)"
    assert detail.fields["decision"].text() == "125/QĐ-UBND ngày 01/03/2025"
    assert detail.fields["statute"].text() == "Đã thông qua ngày 15/03/2025"
    assert detail.fields["meeting_day"].text() == "ngày 15 hằng tháng"
    assert detail.fields["ward"].text() == "Phường Đức Xuân"
    board = detail.board_model
    assert board.rowCount() == 5
    assert [board.index(r, 0).data() for r in range(5)] == [
        "Chủ nhiệm", "Phó Chủ nhiệm", "Thư ký", "Kế toán", "Thủ quỹ"]
    assert board.index(0, 3).data() == "01/03/2025 – nay"
    assert [detail.groups_model.index(r, 0).data() for r in range(2)] == ["Nhóm Tổ 1",
                                                                          "Nhóm Tổ 2"]
    history = detail.history_model
    assert [history.index(r, 1).data() for r in range(2)] == ["Đang hoạt động", "Đã thành lập"]
    assert detail.composition_model.index(1, 1).data() == "42/60 (70,0%)"
    assert page.edit_button.isEnabled() and page.status_button.isEnabled()
    assert not page.found_button.isEnabled()
    save_screenshot(page, "clubs_page")

    page.select_club(ids["DX03"])  # planned: can be founded
    assert page.found_button.isEnabled()
    assert detail.fields["decision"].text() == "—"
    assert detail.board_model.rowCount() == 0
    page.select_club(ids["DX05"])  # dissolved: nothing follows
    assert not page.status_button.isEnabled() and not page.found_button.isEnabled()


def test_club_dialog_refuses_bad_code_inline_and_writes_nothing(qtbot, context):
    page = make_page(qtbot, context)
    assert page.detail.hint.text().startswith("Chưa có CLB nào.")
    audits = AuditLog.select().count()
    dialog = ClubDialog(context, None, page)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Thêm CLB dự kiến"
    assert [dialog.village_model.item(r).text() for r in range(3)] == ["Nà Cưởm", "Tổ 1",
                                                                       "Tổ 2"]
    dialog.code_edit.setText("dx 01!")
    dialog.name_edit.setText("CLB Liên thế hệ tự giúp nhau tổ 1")
    dialog.set_villages([clubs_data.villages()["Tổ 1"]])
    dialog.phase_combo.setCurrentText("Kế hoạch nhân rộng 2021–2025")
    dialog.meeting_place_edit.setText("Nhà văn hóa tổ 1")
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["code"].isVisible()
    assert dialog.errors["code"].text().startswith("chỉ gồm chữ in hoa không dấu")
    assert "«DX 01!»" in dialog.errors["code"].text()
    assert not dialog.errors["name"].isVisible()
    assert Club.select().count() == 0 and AuditLog.select().count() == audits
    save_screenshot(dialog, "club_dialog")

    dialog.code_edit.setText("dx01")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    club = Club.get(Club.code == "DX01")
    assert club.status == "planned" and club.plan_phase == "Kế hoạch nhân rộng 2021–2025"
    assert [cv.village.name for cv in ClubVillage.select()] == ["Tổ 1"]
    assert texts(page, ClubsTableModel.STATUS) == {"DX01": "Dự kiến"}  # page refreshed


def test_add_button_plans_a_club_and_selects_it(qtbot, context):
    page = make_page(qtbot, context)

    def fill_and_save(dialog):
        dialog.code_edit.setText("DX07")
        dialog.name_edit.setText("CLB Liên thế hệ tự giúp nhau Nà Cưởm")
        dialog.set_villages([clubs_data.villages()["Nà Cưởm"]])
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    page._run = fill_and_save
    page.add_button.click()
    assert texts(page, ClubsTableModel.CODE) == {"DX07": "DX07"}
    assert page.selected_club_id() == Club.get(Club.code == "DX07").id
    assert page.found_button.isEnabled() and page.status_button.isEnabled()
    assert page.detail.fields["villages"].text() == "Nà Cưởm"


def test_club_dialog_edits_and_refuses_duplicate_code(qtbot, context):
    ids = {c: clubs_data.plan(c, f"CLB {c}", ("Tổ 2",)) for c in ("DX01", "DX02")}
    page = make_page(qtbot, context)
    page.select_club(ids["DX02"])
    seen = []
    page._run = lambda dialog: seen.append(dialog) or True
    page.edit_club()
    dialog = seen[0]
    assert dialog.windowTitle() == "Sửa thông tin CLB"
    assert dialog.code_edit.text() == "DX02" and dialog.checked_villages() == [
        clubs_data.villages()["Tổ 2"]]
    dialog.code_edit.setText("DX01")
    dialog.accept()
    assert dialog.errors["code"].text() == "đã có: «DX01»"
    dialog.code_edit.setText("DX02")
    dialog.name_edit.setText("CLB Liên thế hệ Tổ 2 mới")
    dialog.accept()
    assert clubs.get_club(ids["DX02"]).name == "CLB Liên thế hệ Tổ 2 mới"
    assert texts(page, ClubsTableModel.NAME)["DX02"] == "CLB Liên thế hệ Tổ 2 mới"
    assert page.selected_club_id() == ids["DX02"]  # selection kept through the refresh


def test_status_change_to_suspended_needs_reason(qtbot, context):
    club_id = clubs_data.plan("DX01", "CLB tổ 1", ("Tổ 1",))
    clubs.found_club(club_id, clubs_data.founding())
    page = make_page(qtbot, context)
    page.select_club(club_id)
    dialog = StatusDialog(context, club_id, page, today=TODAY)
    qtbot.addWidget(dialog)
    assert [dialog.status_combo.itemText(i) for i in range(dialog.status_combo.count())] == [
        "Đang hoạt động", "Tạm dừng", "Đã giải thể"]
    dialog.set_target("suspended")
    assert dialog.reason_label.text() == "Lý do (bắt buộc):"
    dialog.date_edit.setText("01/10/2026")
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["reason"].isVisible()
    assert dialog.errors["reason"].text() == "chưa nhập"
    assert clubs.get_club(club_id).status == "founded"
    assert ClubStatusChange.select().count() == 1

    dialog.date_edit.setText("31/02/2026")
    dialog.reason_edit.setPlainText("Chủ nhiệm ốm dài ngày")
    dialog.accept()
    assert dialog.errors["date"].text() == "không đúng ngày dd/mm/yyyy: «31/02/2026»"
    dialog.date_edit.setText("01/10/2026")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert clubs.get_club(club_id).status == "suspended"
    assert texts(page, ClubsTableModel.STATUS) == {"DX01": "Tạm dừng"}
    assert page.detail.fields["status"].text() == "Tạm dừng (từ ngày 01/10/2026)"


def test_status_targets_leave_founding_to_the_wizard():
    assert status_targets("planned") == ["dissolved"]
    assert status_targets("dissolved") == []
    assert status_targets("suspended") == ["active", "dissolved"]


def test_papers_button_opens_the_document_dialog_for_the_selected_club(qtbot, context):
    from dialogs.new_document_dialog import NewDocumentDialog

    page = ClubsPage(context)
    qtbot.addWidget(page)
    assert not page.papers_button.isEnabled()
    club = clubs.create_club(clubs.ClubInput(code="DX09", name="CLB Liên thế hệ tổ 9",
                                             ward_code=1840))
    page.refresh()
    page.select_club(club.id)
    assert page.papers_button.isEnabled()
    opened = []
    page._run = lambda dialog: opened.append(dialog) or False
    page.papers_button.click()
    assert len(opened) == 1 and isinstance(opened[0], NewDocumentDialog)
    assert opened[0].club_combo.currentData() == club.id
