"""A choice of one of a club's active members (activities, care, support)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from models.clubs.club_views import active_members


class MemberCombo(QComboBox):
    """The club's active members by name (birth year), valued by person id; none chosen
    until the clerk picks one."""

    def __init__(self, club_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(28)
        self.addItem(QCoreApplication.translate("Widgets", "— Chọn thành viên —"), None)
        for pid, name, year in active_members(club_id):
            self.addItem(f"{name} ({year})", pid)

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, person_id: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(person_id)))


def member_combo(club_id: int, parent: QWidget | None = None) -> MemberCombo:
    return MemberCombo(club_id, parent)
