"""Pages of the main window, in navigation order.

A page's module is imported and the page built only when the clerk first opens it, so the
window appears quickly even on a commune with thousands of members.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    class_name: str
    title_source: str  # Vietnamese source text, translated in context "Navigation"
    needs: str = "read"  # the right (models.accounts.access) a user needs to see the page

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title_source)

    def create(self, context, parent: QWidget | None = None) -> QWidget:
        """Import the page's module and build the page."""
        page_class = getattr(importlib.import_module(self.module), self.class_name)
        return page_class(context, parent)


PAGES = [
    PageSpec("clubs", "ui.pages.clubs_page", "ClubsPage",
             QT_TRANSLATE_NOOP("Navigation", "Câu lạc bộ")),
    PageSpec("members", "ui.pages.members_page", "MembersPage",
             QT_TRANSLATE_NOOP("Navigation", "Thành viên")),
    PageSpec("funds", "ui.pages.funds_page", "FundsPage", QT_TRANSLATE_NOOP("Navigation", "Quỹ")),
    PageSpec("loans", "ui.pages.loans_page", "LoansPage", QT_TRANSLATE_NOOP("Navigation", "Cho vay")),
    PageSpec("backup", "ui.pages.backup_page", "BackupPage",
             QT_TRANSLATE_NOOP("Navigation", "Sao lưu")),
    PageSpec("documents", "ui.pages.documents_page", "DocumentsPage",
             QT_TRANSLATE_NOOP("Navigation", "Văn bản")),
    PageSpec("settings", "ui.pages.settings_page", "SettingsPage",
             QT_TRANSLATE_NOOP("Navigation", "Cài đặt"), "admin"),
    PageSpec("users", "ui.pages.users_page", "UsersPage",
             QT_TRANSLATE_NOOP("Navigation", "Tài khoản"), "admin"),
    PageSpec("audit", "ui.pages.audit_page", "AuditPage",
             QT_TRANSLATE_NOOP("Navigation", "Nhật ký thay đổi"), "admin"),
    PageSpec("meetings", "ui.pages.meetings_page", "MeetingsPage",
             QT_TRANSLATE_NOOP("Navigation", "Sinh hoạt CLB")),
    PageSpec("activities", "ui.pages.activities_page", "ActivitiesPage",
             QT_TRANSLATE_NOOP("Navigation", "Hoạt động")),
    PageSpec("training", "ui.pages.training_page", "TrainingPage",
             QT_TRANSLATE_NOOP("Navigation", "Tập huấn")),
    PageSpec("supervision", "ui.pages.supervision_page", "SupervisionPage",
             QT_TRANSLATE_NOOP("Navigation", "Giám sát")),
    PageSpec("dashboard", "ui.pages.dashboard_page", "DashboardPage",
             QT_TRANSLATE_NOOP("Navigation", "Chỉ tiêu kế hoạch")),
    PageSpec("reports", "ui.pages.reports_page", "ReportsPage",
             QT_TRANSLATE_NOOP("Navigation", "Báo cáo năm")),
    PageSpec("exchange", "ui.pages.exchange_page", "ExchangePage",
             QT_TRANSLATE_NOOP("Navigation", "Khóa và gói báo cáo")),
]
