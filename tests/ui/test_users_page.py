"""The accounts page: list, add, reset a password, lock, deactivate (administrator only)."""

import pytest
from PySide6.QtWidgets import QMessageBox

from models.accounts import users
from models.accounts.access import AccessDenied
from models.accounts.session import set_user
from models.storage.schema import UserAccount
from tests.ui.conftest import admin_and_clerk, save_screenshot, when_modal


@pytest.fixture
def admin(context):
    admin_and_clerk(("kyduyet", "Hoàng Văn Duyệt", "approver", "mat-khau-kd"))
    yield
    set_user(None)


def _when_modal(action):
    when_modal(action)


def _page(qtbot, context):
    from ui.pages.users_page import UsersPage

    page = UsersPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 420)
    page.show()
    return page


def _select(page, username):
    names = [r.username for r in page.model.rows]
    page.table.selectRow(names.index(username))


def _cells(page, col):
    return [page.model.index(i, col).data() for i in range(page.model.rowCount())]


def test_list_add_and_reset(qtbot, context, admin):
    from ui.pages.users_page import UsersModel

    page = _page(qtbot, context)
    assert _cells(page, UsersModel.USERNAME) == ["canbo", "kyduyet", "quantri"]
    assert _cells(page, UsersModel.ROLE) == ["Cán bộ nhập liệu", "Người ký duyệt", "Quản trị"]
    assert set(_cells(page, UsersModel.UNIT)) == {"Phường Đức Xuân (1840)"}

    def add(dialog):
        dialog.username.setText("giamsat01")
        dialog.full_name.setText("Trần Thị Sát")
        assert dialog.selected_roles() == ("clerk",)  # a new account enters data
        assert not dialog.role_boxes["supervisor"].isEnabled()  # a ward's, not a province's
        dialog.role_boxes["clerk"].setChecked(False)
        dialog.role_boxes["supervisor"].setChecked(True)
        assert not dialog.role_boxes["clerk"].isEnabled()
        # A ward administrator cannot give a province: the unit list says so by refusing.
        assert [dialog.unit.itemText(i) for i in range(dialog.unit.count())] == []
        dialog.role_boxes["supervisor"].setChecked(False)
        dialog.role_boxes["clerk"].setChecked(True)
        assert dialog.unit.currentText() == "Phường Đức Xuân (1840)"
        dialog.password.setText("GiamSat01")
        dialog.again.setText("GiamSat01")
        dialog.accept()
        assert dialog.errors["password"].text() == "không được trùng với tên đăng nhập"
        dialog.password.setText("mat-khau-gs")
        dialog.again.setText("mat-khau-gs")
        dialog.accept()

    _when_modal(add)
    page.add_button.click()
    assert "giamsat01" in _cells(page, UsersModel.USERNAME)
    assert users.authenticate("giamsat01", "mat-khau-gs").role == "clerk"

    _select(page, "canbo")

    def reset(dialog):
        dialog.new.setText("tam-thoi-99")
        dialog.again.setText("tam-thoi-99")
        dialog.accept()

    _when_modal(reset)
    page.reset_button.click()
    row = next(r for r in page.model.rows if r.username == "canbo")
    assert row.must_change_password
    assert page.model.index(page.model.rows.index(row), UsersModel.STATE).data() == \
        "Chờ đổi mật khẩu"


def test_lock_unlock_and_deactivate(qtbot, context, admin):
    from ui.pages.users_page import UsersModel

    page = _page(qtbot, context)
    _select(page, "quantri")  # oneself: neither locked nor deactivated from here
    assert not page.lock_button.isEnabled() and not page.active_button.isEnabled()
    _select(page, "canbo")
    assert page.lock_button.text() == "Khóa"
    page.lock_button.click()
    assert page.lock_button.text() == "Mở khóa"
    states = dict(zip(_cells(page, UsersModel.USERNAME), _cells(page, UsersModel.STATE),
                      strict=True))
    assert states["canbo"] == "Bị khóa"
    with pytest.raises(users.SignInRefused):
        users.authenticate("canbo", "mat-khau-cb")
    page.lock_button.click()
    assert users.authenticate("canbo", "mat-khau-cb").username == "canbo"

    _select(page, "kyduyet")
    _when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.active_button.click()
    assert not UserAccount.get(UserAccount.username == "kyduyet").active
    assert page.active_button.text() == "Cho dùng lại"
    _select(page, "canbo")
    save_screenshot(page, "users_page")


def test_a_clerk_cannot_open_the_accounts(qtbot, context, admin):
    set_user(users.authenticate("canbo", "mat-khau-cb"))
    with pytest.raises(AccessDenied):
        _page(qtbot, context)
