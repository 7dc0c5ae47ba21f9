"""The Excel import dialog: check in the background, preview, then import all or nothing."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from tests.domain.test_member_import import GOOD, write_file
from tests.ui.conftest import save_screenshot


@pytest.fixture
def club(ui_db):
    from models.clubs.clubs import ClubInput, create_club, set_groups

    club = create_club(ClubInput(code="DX01", name="CLB Liên thế hệ tự giúp nhau Tổ 1",
                                 ward_code=1840))
    set_groups(club.id, ["Nhóm Hoa Mai", "Nhóm Hoa Đào"])
    return club


@pytest.fixture
def dialog(qtbot, context, club):
    from dialogs.import_dialog import ImportDialog

    dlg = ImportDialog(context, club.id)
    qtbot.addWidget(dlg)
    dlg.resize(980, 560)
    dlg.show()
    return dlg


def table_text(dlg) -> list[list[str]]:
    model = dlg.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def headers(dlg) -> list[str]:
    model = dlg.table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def people() -> int:
    from models.storage.schema import AuditLog, Person

    return Person.select().count() + AuditLog.select().count() * 1000


GOOD_ROWS = [
    {**GOOD, "index": 1, "village": "Nà Cưởm", "household_status": "Hộ nghèo",
     "group": "Nhóm Hoa Mai", "id_number": "008158001234"},
    {**GOOD, "index": 2, "full_name": "Hoàng Văn Đức", "gender": "Nam", "birth_year": 1950,
     "ethnicity": "Nùng", "village": "Tổ 2"},
    {**GOOD, "index": 3, "full_name": "Đặng Thị Ất", "birth_year": 1965, "ethnicity": "Dao",
     "household_status": "Hoàn cảnh khó khăn", "group": "Nhóm Hoa Đào"},
]


def test_good_file_is_previewed_then_imported(qtbot, dialog, context, tmp_path):
    from models.storage.schema import Person

    path = write_file(tmp_path / "ds.xlsx", GOOD_ROWS)
    dialog.set_file(path)
    assert dialog.file_edit.text() == path
    assert "Tệp hợp lệ: 3 thành viên sẵn sàng nhập vào CLB DX01" in dialog.status.text()
    assert headers(dialog)[:4] == ["Dòng", "Họ và tên", "Giới tính", "Năm sinh"]
    assert table_text(dialog) == [
        ["2", "Nguyễn Thị Huệ", "Nữ", "1958", "Tày", "Nà Cưởm", "Hộ nghèo", "Nhóm Hoa Mai",
         "008158001234"],
        ["3", "Hoàng Văn Đức", "Nam", "1950", "Nùng", "Tổ 2", "Không", "", ""],
        ["4", "Đặng Thị Ất", "Nữ", "1965", "Dao", "", "Hoàn cảnh khó khăn", "Nhóm Hoa Đào",
         ""],
    ]
    assert dialog.import_button.isEnabled() and not dialog.allow_check.isVisible()
    assert Person.select().count() == 0  # checking writes nothing
    save_screenshot(dialog, "import_dialog_ready")

    with qtbot.waitSignal(context.changed, check_params_cb=lambda e: e == "member"):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert Person.select().count() == 3
    assert dialog.imported == 3
    assert dialog.status.text() == "Đã nhập 3 thành viên vào CLB DX01."
    assert not dialog.import_button.isEnabled()  # no second import of the same rows
    save_screenshot(dialog, "import_dialog_done")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_bad_file_lists_every_problem_and_writes_nothing(qtbot, dialog, tmp_path):
    rows = [
        GOOD,
        {**GOOD, "full_name": "Lò Văn Pủa", "gender": "Nam", "id_number": "0123",
         "birth_date": "31/02/1950"},
        {**GOOD, "full_name": "", "village": "Thôn Mới", "disability": "có lẽ"},
    ]
    path = write_file(tmp_path / "loi.xlsx", rows)
    before = people()
    dialog.set_file(path)
    assert headers(dialog) == ["Dòng", "Cột", "Lý do"]
    assert table_text(dialog) == [
        ["3", "Ngày sinh", "không đúng ngày dd/mm/yyyy: «31/02/1950»"],
        ["3", "Số CCCD", "phải đủ 12 chữ số: «0123»"],
        ["4", "Họ và tên", "chưa nhập"],
        ["4", "Thôn/tổ dân phố", "không có trong danh mục: «Thôn Mới»"],
        ["4", "Khuyết tật", "chỉ nhận «x», «có» hoặc để trống: «có lẽ»"],
    ]
    assert dialog.status.text().startswith("Tệp có 5 lỗi nên chưa nhập dòng nào.")
    assert not dialog.import_button.isEnabled() and not dialog.allow_check.isVisible()
    dialog.do_import()  # even when called directly, nothing happens
    assert people() == before
    save_screenshot(dialog, "import_dialog_problems")

    # The clerk fixes the file in Excel and checks again.
    write_file(tmp_path / "loi.xlsx", GOOD_ROWS)
    qtbot.mouseClick(dialog.recheck_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    assert len(table_text(dialog)) == 3


def test_possible_duplicates_can_be_accepted(qtbot, dialog, club, tmp_path):
    from models.members import members
    from models.storage.schema import Person
    from tests.conftest import member_input

    members.add_member(club.id, member_input())  # Nguyễn Thị Huệ, born 1958
    path = write_file(tmp_path / "trung.xlsx", [GOOD, GOOD_ROWS[1]])
    dialog.set_file(path)
    assert table_text(dialog) == [
        ["2", "Họ và tên", "có thể trùng với Nguyễn Thị Huệ (1958) đã có"]]
    assert dialog.allow_check.isVisible() and not dialog.import_button.isEnabled()
    assert "có thể đã có trong dữ liệu" in dialog.status.text()
    save_screenshot(dialog, "import_dialog_duplicates")
    dialog.allow_check.setChecked(True)  # checks the file again, duplicates allowed
    assert dialog.import_button.isEnabled()
    assert "2 thành viên sẵn sàng" in dialog.status.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert Person.select().count() == 3


def test_choose_file_and_unreadable_file(qtbot, dialog, tmp_path, monkeypatch):
    junk = tmp_path / "hong.xlsx"
    junk.write_text("không phải Excel", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(junk), "")))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert table_text(dialog) == [["", "Tệp", "không đọc được tệp: hong.xlsx"]]
    assert dialog.status.text().startswith("Tệp có 1 lỗi")
    assert not dialog.import_button.isEnabled()


def test_save_template(qtbot, dialog, tmp_path, monkeypatch):
    target = tmp_path / "mau"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "mau.xlsx"
    assert saved.exists()
    assert dialog.status.text() == f"Đã lưu tệp mẫu: {saved}"
    wb = openpyxl.load_workbook(saved)
    values = {c.value for row in wb["Danh mục"].iter_rows() for c in row if c.value}
    assert {"Tổ 1", "Tổ 2", "Nà Cưởm", "Nhóm Hoa Mai", "Nhóm Hoa Đào"} <= values


def test_close_without_import_rejects(qtbot, dialog):
    assert dialog.recheck_button.isEnabled() is False
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_check_and_import_run_on_the_thread_pool(qtbot, dialog, tmp_path):
    from models.storage.schema import Person
    from ui import tasks

    path = write_file(tmp_path / "ds.xlsx", GOOD_ROWS)
    tasks.set_synchronous(False)
    try:
        dialog.set_file(path)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
        assert not dialog.progress.isVisible()
        assert "3 thành viên sẵn sàng" in dialog.status.text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert not dialog.choose_button.isEnabled()  # busy until the import is done
        dialog.reject()  # closing now is refused: the import cannot stop half-way
        assert dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.imported == 3, timeout=10000)
        assert tasks.wait_all(10000)
    finally:
        tasks.set_synchronous(True)
    assert Person.select().count() == 3


def test_a_file_typed_in_tcvn3_is_previewed_in_unicode(qtbot, dialog, tmp_path):
    from openpyxl.styles import Font

    from tests.domain.test_legacy_encodings import to_tcvn3

    path = write_file(tmp_path / "abc.xlsx", [
        {**row, "full_name": to_tcvn3(row["full_name"]), "village": to_tcvn3(row["village"])}
        for row in GOOD_ROWS[:2]])
    from reports.members_xlsx import MEMBER_COLUMNS

    typed = [i for i, c in enumerate(MEMBER_COLUMNS) if c.key in ("full_name", "village")]
    wb = openpyxl.load_workbook(path)
    for cells in wb.active.iter_rows(min_row=2):
        for i in typed:  # the name and village typed in .VnTime
            cells[i].font = Font(name=".VnTime")
    wb.save(path)
    dialog.set_file(path)
    assert "Tệp hợp lệ: 2 thành viên" in dialog.status.text()
    assert [r[1] for r in table_text(dialog)] == ["Nguyễn Thị Huệ", "Hoàng Văn Đức"]
    assert [r[5] for r in table_text(dialog)] == ["Nà Cưởm", "Tổ 2"]
    note = dialog.legacy_note
    assert note.isVisible() and "bảng mã cũ (TCVN3)" in note.text()
    assert "Dòng 2, cột «Họ và tên»: «NguyÔn ThÞ HuÖ» → «Nguyễn Thị Huệ»" in note.toolTip()
    save_screenshot(dialog, "import_dialog_tcvn3")
