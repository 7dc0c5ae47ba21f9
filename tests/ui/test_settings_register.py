"""The settings tab of legal texts, number series and former names: it lists the shipped
texts, a text is added through its dialog, a series is set, a former name is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from models.papers import legal_texts, series, unit_names
from tests.papers_data import setup_bodies
from tests.ui.conftest import save_screenshot
from ui.pages.settings_register import LegalTextsModel, RegisterTab

D = dt.date


def make_tab(qtbot, context) -> RegisterTab:
    setup_bodies()
    tab = RegisterTab(context, today=D(2026, 12, 7))
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    return tab


def test_the_tab_lists_the_texts_and_adds_one(qtbot, context):
    tab = make_tab(qtbot, context)
    model = tab.texts_model
    assert model.rowCount() == len(legal_texts.SHIPPED)
    numbers = [model.index(i, 1).data() for i in range(model.rowCount())]
    assert "72/2025/QH15" in numbers and "1533/QĐ-TTg" in numbers
    replaced = numbers.index("77/2015/QH13")
    assert model.index(replaced, 4).data() == "01/07/2020"
    assert model.index(numbers.index("72/2025/QH15"), 4).data() == "còn hiệu lực"
    assert model.header_text(LegalTextsModel.CITATION) == "Dòng in trên giấy tờ"
    qtbot.wait(20)
    save_screenshot(tab, "settings_register")

    dialog = tab.edit_text(new=True)
    dialog.topic_combo.setEditText("associations")
    dialog.kind_edit.setText("Nghị định")
    dialog.number_edit.setText("126/2024/NĐ-CP")
    dialog.issued_edit.setText("08/10/2024")
    dialog.force_edit.setText("01/10/2024")  # before its issue: refused under the field
    dialog.citation_edit.setPlainText("Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 "
                                      "năm 2024 của Chính phủ quy định về tổ chức, hoạt động "
                                      "và quản lý hội")
    dialog.accept()
    assert dialog.isVisible()
    assert "không được trước ngày ban hành" in dialog.errors["in_force_on"].text()
    dialog.force_edit.setText("26/11/2024")
    save_screenshot(dialog, "legal_text_dialog")
    dialog.accept()
    assert model.rowCount() == len(legal_texts.SHIPPED) + 1
    added = next(r for r in legal_texts.legal_texts() if r.number == "126/2024/NĐ-CP")
    assert (added.topic, added.in_force_on) == ("associations", D(2024, 11, 26))


def test_the_tab_deletes_a_text(qtbot, context, monkeypatch):
    tab = make_tab(qtbot, context)
    tab.texts_view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    tab.delete_text()
    assert tab.texts_model.rowCount() == len(legal_texts.SHIPPED) - 1


def test_the_tab_sets_a_series_and_a_former_name(qtbot, context):
    tab = make_tab(qtbot, context)
    tab.body_combo.setCurrentIndex(tab.body_combo.findData("UBND"))
    tab.year_spin.setValue(2026)
    tab.next_spin.setValue(22)
    tab.set_series()
    assert series.start_of("UBND", 2026) == 22
    shown = [(tab.series_model.index(i, 0).data(), tab.series_model.index(i, 3).data())
             for i in range(tab.series_model.rowCount())]
    assert ("UBND", "22") in shown
    tab.ward_edit.setText("Phường Sông Cầu")
    tab.district_edit.setText("Thành phố Bắc Kạn")
    tab.province_edit.setText("Tỉnh Bắc Kạn")
    tab.save_former()
    assert [r.ward_name for r in unit_names.former_names(1840)] == ["Phường Sông Cầu"]
    assert "Phường Sông Cầu, Thành phố Bắc Kạn, Tỉnh Bắc Kạn" in tab.former_label.text()
    tab.until_edit.setText("02/07/2025")
    tab.save_former()
    assert tab.error.isVisible() and "01/7/2025" in tab.error.text()
