"""The audit viewer: filters, before/after side by side, and a trail of 100,000 rows read a
page at a time."""

import datetime as dt
import time

import pytest

from models.accounts import users
from models.accounts.access import AccessDenied
from models.accounts.session import set_user
from models.clubs.clubs import ClubInput, create_club, update_club
from models.storage.schema import AuditLog
from tests.ui.conftest import admin_and_clerk, save_screenshot


@pytest.fixture
def admin(context):
    admin_and_clerk()
    yield
    set_user(None)


def _page(qtbot, context):
    from ui.pages.audit_page import AuditPage

    page = AuditPage(context)
    qtbot.addWidget(page)
    page.resize(1250, 560)
    page.show()
    return page


def _column(model, col):
    return [model.index(i, col).data() for i in range(model.rowCount())]


def test_filter_and_before_after(qtbot, context, admin):
    from ui.audit_model import AuditModel

    set_user(users.authenticate("canbo", "mat-khau-cb"))
    club = create_club(ClubInput(code="DX01", name="CLB Liên thế hệ Tổ 1", ward_code=1840,
                                 meeting_day="Ngày 5 hằng tháng"))
    update_club(club.id, ClubInput(code="DX01", name="CLB Liên thế hệ tự giúp nhau Tổ 1",
                                   ward_code=1840, meeting_day="Ngày 10 hằng tháng",
                                   meeting_place="Nhà văn hóa Tổ 1"))
    set_user(users.authenticate("quantri", "mat-khau-1"))
    page = _page(qtbot, context)
    assert page.model.rowCount() == AuditLog.select().count()
    assert page.count_label.text() == f"{AuditLog.select().count()} thay đổi, mới nhất ở trên."
    # Filter: the clerk's changes to clubs.
    page.actor.setCurrentIndex(page.actor.findData("canbo"))
    page.entity.setCurrentIndex(page.entity.findData("club"))
    assert page.entity.currentText() == "Câu lạc bộ"
    assert page.actor.currentText() == "Lê Thị Hoa"  # the account's holder, by name
    page.apply_button.click()
    assert _column(page.model, AuditModel.ACTION) == ["Sửa", "Tạo mới"]
    # the account's holder by name, the club by its name, not ids
    assert set(_column(page.model, AuditModel.ACTOR)) == {"Lê Thị Hoa"}
    assert set(_column(page.model, AuditModel.ENTITY_ID)) == {
        "CLB Liên thế hệ tự giúp nhau Tổ 1"}
    page.table.selectRow(0)
    lines = {line[0]: line[1:3] for line in page.changes.lines}
    assert lines["Tên"] == ("CLB Liên thế hệ Tổ 1", "CLB Liên thế hệ tự giúp nhau Tổ 1")
    assert lines["Ngày sinh hoạt"] == ("Ngày 5 hằng tháng", "Ngày 10 hằng tháng")
    assert lines["Địa điểm sinh hoạt"] == ("", "Nhà văn hóa Tổ 1")
    assert "search_key" not in lines and len(lines) == 3
    assert "Lê Thị Hoa: sửa câu lạc bộ CLB Liên thế hệ tự giúp nhau Tổ 1" in \
        page.detail_label.text()
    save_screenshot(page, "audit_page")
    # Dates: nothing today-or-later tomorrow; a bad date is named, not a crash.
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    page.start.set_date(tomorrow)
    page.apply_button.click()
    assert page.model.rowCount() == 0
    page.start.setText("31/02/2026")
    page.apply_button.click()
    assert page.error.isVisible() and "Từ ngày" in page.error.text()
    page.clear_button.click()
    assert not page.error.isVisible()
    assert page.model.rowCount() == AuditLog.select().count()
    # Sign-in events name the user; a password hash never shows.
    page.entity.setCurrentIndex(page.entity.findData("user_account"))
    page.apply_button.click()
    assert "Đăng nhập" in _column(page.model, AuditModel.ACTION)
    for i in range(page.model.rowCount()):
        page.table.selectRow(i)
        assert not any("argon2" in (b + a) for _, b, a, _ in page.changes.lines)


def test_a_long_trail_is_read_a_page_at_a_time(qtbot, context, admin):
    from models.storage.db import database
    from ui.audit_model import PAGE

    at = dt.datetime(2026, 1, 1, 8, 0)
    rows = [{"at": at + dt.timedelta(minutes=i), "actor": "canbo" if i % 2 else "quantri",
             "entity": "person", "entity_id": str(i), "action": "update",
             "before": '{"phone": "0912"}', "after": '{"phone": "0913"}'}
            for i in range(100_000)]
    with database.atomic():
        for i in range(0, len(rows), 5000):
            AuditLog.insert_many(rows[i:i + 5000]).execute()
    started = time.perf_counter()
    page = _page(qtbot, context)
    opened = time.perf_counter() - started
    total = AuditLog.select().count()
    assert page.model.rowCount() == PAGE and total > 100_000
    started = time.perf_counter()
    page.table.scrollToBottom()  # the view asks for more as it reaches the end
    page.model.fetchMore()
    more = time.perf_counter() - started
    assert page.model.rowCount() >= 2 * PAGE
    ids = [r.row.id for r in page.model.rows]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    page.actor.setCurrentIndex(page.actor.findData("canbo"))
    page.start.set_date(dt.date(2026, 1, 10))
    page.end.set_date(dt.date(2026, 1, 10))
    page.apply_button.click()
    assert page.count_label.text() == "720 thay đổi, mới nhất ở trên."
    print(f"\naudit page: opened on {total} rows in {opened * 1000:.0f} ms, "
          f"next page {more * 1000:.0f} ms")
    assert opened < 2.0 and more < 0.5


def test_only_an_administrator_reads_the_trail(qtbot, context, admin):
    set_user(users.authenticate("canbo", "mat-khau-cb"))
    page = _page(qtbot, context)
    assert page.model.rowCount() == 0
    assert page.count_label.text() == ("Không có quyền: vai trò «Cán bộ nhập liệu» không được "
                                       "quản trị tài khoản, cài đặt, mẫu văn bản.")
    with pytest.raises(AccessDenied):  # the service refuses, whatever the window does
        from models.accounts.audit_view import AuditFilter, audit_page

        audit_page(AuditFilter())
