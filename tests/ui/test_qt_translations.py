"""Qt's own widgets (standard buttons, wizard, text menus) speak Vietnamese via qt_vi.qm."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QWizard, QWizardPage

from ui import i18n


def test_qt_vi_file_is_compiled_next_to_its_source():
    ts = i18n.TRANSLATIONS / "qt_vi.ts"
    qm = i18n.TRANSLATIONS / "qt_vi.qm"
    assert ts.exists() and qm.exists()
    assert qm.stat().st_size > 1000


def test_standard_buttons_wizard_and_menus_are_vietnamese(qtbot, qapp):
    i18n.install("vi")
    SB = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Lưu thay đổi?", SB.Ok | SB.Cancel)
    qtbot.addWidget(box)
    assert box.button(SB.Ok).text() == "Đồng ý"
    assert box.button(SB.Cancel).text() == "Hủy"
    box = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Xóa?",
                      SB.Yes | SB.No | SB.Save | SB.Discard | SB.Close | SB.Apply)
    qtbot.addWidget(box)
    assert {b: box.button(b).text() for b in (SB.Yes, SB.No, SB.Save, SB.Close, SB.Apply)} == {
        SB.Yes: "&Có", SB.No: "&Không", SB.Save: "Lưu", SB.Close: "Đóng",
        SB.Apply: "Áp dụng"}
    bb = QDialogButtonBox(QDialogButtonBox.StandardButton.RestoreDefaults
                          | QDialogButtonBox.StandardButton.Help)
    qtbot.addWidget(bb)
    assert bb.button(QDialogButtonBox.StandardButton.RestoreDefaults).text() == \
        "Khôi phục mặc định"
    assert bb.button(QDialogButtonBox.StandardButton.Help).text() == "Trợ giúp"

    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    wizard.show()
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Tiếp >"
    assert wizard.button(QWizard.WizardButton.BackButton).text() == "< &Quay lại"
    # the Alt+letter mark aside (ui/widgets/mnemonics)
    assert wizard.button(QWizard.WizardButton.CancelButton).text().replace("&", "") == "Hủy"
    wizard.next()
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Hoàn tất"

    edit = QLineEdit("Nguyễn Thị Huệ")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Hoàn tác", "&Làm lại", "Cắ&t", "&Sao chép", "&Dán", "Xóa",
                     "Chọn tất cả"]
