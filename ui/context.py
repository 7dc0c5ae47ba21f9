"""What every page shares: the office, the standards, and typed notices when data changes.

A window that changed something announces what kind of thing it was (`Change`); pages
subscribe to the kinds they show and refresh:

    context.subscribe(self, self._changed, Change.CLUB, Change.MEMBER)
    context.announce(Change.MEMBER)
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from models.office import settings


class Change(StrEnum):
    """What a write changed. Pages refresh on the kinds they show."""

    CLUB = "club"            # a club, its status, board or founding papers
    MEMBER = "member"        # a person or a membership (joined, left, edited, anonymised)
    FUND = "fund"            # a fund, a voucher, a reversal, a closed period, a cash count
    LOAN = "loan"            # a loan, its rules, a repayment, a write-off
    DOCUMENT = "document"    # an issued document or an office's template of one
    SETTINGS = "settings"    # the office, issuing bodies, standards, document settings
    ACCOUNT = "account"      # a user account (created, locked, password reset)
    VILLAGE = "village"      # the office's villages and residential groups
    MEETING = "meeting"      # a club's monthly meeting recorded, or its postings reversed
    ACTIVITY = "activity"    # an activity, a health check, a home-care pair or visit, support
    TRAINING = "training"    # a training course or study visit and its attendees
    SUPERVISION = "supervision"  # a supervision visit, a checklist template or a plan
    PLAN = "plan"            # a plan of targets and budget (models/plans)
    REPORT = "report"        # an annual report: its words, sent, approved, returned, reopened
    EXCHANGE = "exchange"    # a trusted key, a revoked one, a report package received


class _Subscription(QObject):
    """Delivers the wanted kinds to one callback; dies with its owner, so a closed widget
    is never called."""

    def __init__(self, owner: QObject, slot: Callable[[Change], None],
                 changes: frozenset[Change]) -> None:
        super().__init__(owner)
        self._slot, self._changes = slot, changes

    def deliver(self, change: Change) -> None:
        if not self._changes or change in self._changes:
            self._slot(change)


class AppContext(QObject):
    """The office and standards of the open database, and the `changed(Change)` notices."""

    changed = Signal(object)  # a Change
    open_club = Signal(str, int)  # page key, club id: the window shows that club there

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reload()

    def reload(self) -> None:
        self.office = settings.load(settings.OfficeSettings)
        self.standards = settings.load(settings.Standards)

    def announce(self, *changes: Change) -> None:
        """Tell the subscribers what changed (settings are read again first)."""
        for change in changes:
            if not isinstance(change, Change):
                raise TypeError(f"not a Change: {change!r}")
            if change is Change.SETTINGS:
                self.reload()
            self.changed.emit(change)

    def subscribe(self, owner: QObject, slot: Callable[[Change], None],
                  *changes: Change) -> None:
        """Call `slot(change)` for each announced change of the given kinds (all kinds when
        none is given) while `owner` lives."""
        subscription = _Subscription(owner, slot, frozenset(changes))
        self.changed.connect(subscription.deliver)
