"""Guard against the PySide6 6.12.0 + Python 3.11 fault: Qt calls returning nothing must not
drop references to None (the process aborts later with "deallocating None")."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Nguyễn Thị Huệ")
    assert sys.getrefcount(None) - before > -100
