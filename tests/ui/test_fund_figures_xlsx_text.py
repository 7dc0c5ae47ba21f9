"""The fund figures export: a caption that looks like a formula is written as text."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl

from ui.fund_figures_view import FigureRow, FigureTable, write_xlsx


def test_exported_caption_starting_with_equals_is_text(tmp_path):
    link = '=HYPERLINK("http://evil.example","CLB")'
    table = FigureTable(link, dt.date(2026, 1, 1), dt.date(2026, 11, 20), ["income"],
                        [FigureRow("@SUM(A1:A3)", [1000]), FigureRow("-1+2", [5], "total")])
    path = tmp_path / "so-lieu.xlsx"
    write_xlsx(table, str(path))
    with zipfile.ZipFile(path) as z:
        assert not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in z.namelist())
    ws = openpyxl.load_workbook(path).active
    cells = {c.value: c.data_type for row in ws.iter_rows() for c in row if c.value}
    assert cells[link] == cells["@SUM(A1:A3)"] == cells["-1+2"] == "s"
    assert 1000 in cells
