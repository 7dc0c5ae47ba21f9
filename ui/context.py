"""What every page shares: the office, the standards, and a signal when data changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from models.office import settings


class AppContext(QObject):
    """Pages listen to `changed(entity)` ("club", "member", "settings") to refresh."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reload()

    def reload(self) -> None:
        self.office = settings.load(settings.OfficeSettings)
        self.standards = settings.load(settings.Standards)

    def notify(self, entity: str) -> None:
        if entity == "settings":
            self.reload()
        self.changed.emit(entity)
