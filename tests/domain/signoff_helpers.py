"""What the sign-off tests share: the demo office (three clubs, two of them running in 2025)
and the steps of approving its 2025 reports."""

from __future__ import annotations

import datetime as dt

from models.accounts.session import SignedInUser, set_user
from models.demo.demo import fill_demo
from models.signoff import reports

TODAY = dt.date(2026, 11, 20)
YEAR = 2025
WARD = "1840"
PROVINCE = "19"
RUNNING = ("DX001", "DX002")  # DX003 is still planned


def demo_office() -> None:
    fill_demo(3, seed=7, today=TODAY)


def approve_club(code: str) -> None:
    reports.submit("club", code, YEAR)
    reports.approve("club", code, YEAR, "Nguyễn Văn Hùng", "Chủ tịch Hội NCT phường",
                    today=TODAY)


def approve_ward() -> None:
    for code in RUNNING:
        approve_club(code)
    reports.submit("ward", WARD, YEAR)
    reports.approve("ward", WARD, YEAR, "Hoàng Thị Lan", "Chủ tịch Hội NCT tỉnh", today=TODAY)


def user(role: str, ward: int | None = None, province: int | None = None) -> SignedInUser:
    signed = SignedInUser(id=1, username=f"{role}{ward or province or ''}", full_name="U",
                          role=role, ward_code=ward, province_code=province)
    set_user(signed)
    return signed
