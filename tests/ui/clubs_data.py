"""Clubs and members for the clubs page and founding wizard tests."""

from __future__ import annotations

import datetime as dt
import itertools

from models.clubs import clubs
from models.members import members
from models.members.members import MemberInput
from models.storage.schema import Village

FAMILY = ("Nguyễn", "Trần", "Lê", "Hoàng", "Lý", "Nông", "Hà", "Đặng", "Ma", "Triệu")
WOMEN = ("Thị Huệ", "Thị Mai", "Thị Lan", "Thị Hồng", "Thị Ánh", "Thị Thoa", "Thị Ất")
MEN = ("Văn Thụ", "Văn Đức", "Văn Quý", "Đình Ước", "Văn Ễnh", "Văn Bình")


def villages() -> dict[str, int]:
    return {v.name: v.id for v in Village.select()}


def plan(code: str, name: str, village_names: tuple[str, ...] = (), **extra) -> int:
    ids = [villages()[n] for n in village_names]
    return clubs.create_club(clubs.ClubInput(code=code, name=name, ward_code=1840,
                                             village_ids=ids, **extra)).id


def populate(club_id: int, total: int, *, women: int, older: int, poor: int,
             volunteers: int, joined: dt.date = dt.date(2025, 3, 1)) -> None:
    """Add `total` members; the first `women` are women, the first `older` born 1950, …"""
    rows = []
    names = itertools.cycle(FAMILY)
    for i in range(total):
        gender = "F" if i < women else "M"
        given = (WOMEN if gender == "F" else MEN)[i % 6]
        rows.append(MemberInput(
            full_name=f"{next(names)} {given}", gender=gender,
            birth_year=1950 if i < older else 1985, ethnicity="Tày" if i % 3 else "Kinh",
            household_status="poor" if i < poor else "none",
            household_status_year=2025 if i < poor else None,
            home_care_volunteer=i < volunteers, joined_on=joined))
    members.add_members_bulk(club_id, rows)


def add_one(club_id: int, full_name: str, gender: str = "F", birth_year: int = 1958) -> int:
    """One member; returns the person id."""
    m = members.add_member(club_id, MemberInput(
        full_name=full_name, gender=gender, birth_year=birth_year, ethnicity="Tày",
        joined_on=dt.date(2025, 2, 1)))
    return m.person_id


def founding(**over) -> clubs.FoundingInput:
    values = dict(decision_number="125/QĐ-UBND", decision_date=dt.date(2025, 3, 1),
                  decision_issuer="UBND phường Đức Xuân", launch_date=dt.date(2025, 3, 15),
                  statute_adopted=True, statute_date=dt.date(2025, 3, 15),
                  groups=["Nhóm Tổ 1", "Nhóm Tổ 2"])
    values.update(over)
    return clubs.FoundingInput(**values)


def six_clubs() -> dict[str, int]:
    """Six clubs of phường Đức Xuân in every status, two of them with full registers."""
    ids = {}
    ids["DX01"] = plan("DX01", "CLB Liên thế hệ tự giúp nhau tổ 1", ("Tổ 1",),
                       plan_phase="Kế hoạch nhân rộng 2021–2025",
                       meeting_day="ngày 15 hằng tháng", meeting_place="Nhà văn hóa tổ 1")
    populate(ids["DX01"], 60, women=40, older=42, poor=40, volunteers=6)
    board = [clubs.BoardSeat(role, dt.date(2025, 3, 1), person_id=pid) for role, pid in zip(
        ("chair", "vice_chair", "secretary", "accountant", "treasurer"),
        [m.person_id for m in clubs.get_club(ids["DX01"]).memberships][:5], strict=True)]
    clubs.found_club(ids["DX01"], founding(board=board))
    clubs.change_status(ids["DX01"], "active", dt.date(2025, 4, 10), "Sinh hoạt định kỳ")

    ids["DX02"] = plan("DX02", "CLB Liên thế hệ tự giúp nhau Nà Cưởm", ("Nà Cưởm",))
    populate(ids["DX02"], 55, women=25, older=30, poor=36, volunteers=5)
    clubs.found_club(ids["DX02"], founding(decision_number="131/QĐ-UBND",
                                           decision_date=dt.date(2025, 6, 2),
                                           launch_date=dt.date(2025, 6, 20), groups=[]))

    ids["DX03"] = plan("DX03", "CLB Liên thế hệ tự giúp nhau tổ 2", ("Tổ 2",),
                       plan_phase="Kế hoạch 2026–2035 (QĐ 1648/QĐ-TTg)")
    ids["DX04"] = plan("DX04", "CLB Liên thế hệ Đức Xuân", ("Tổ 1", "Tổ 2"))
    clubs.found_club(ids["DX04"], founding(decision_number="08/QĐ-UBND",
                                           decision_date=dt.date(2024, 1, 8), groups=[],
                                           launch_date=None, statute_adopted=False,
                                           statute_date=None))
    clubs.change_status(ids["DX04"], "suspended", dt.date(2025, 9, 1), "Chủ nhiệm chuyển đi")
    ids["DX05"] = plan("DX05", "CLB Liên thế hệ Phùng Chí Kiên", ())
    clubs.change_status(ids["DX05"], "dissolved", dt.date(2025, 5, 5), "Sáp nhập vào CLB DX01")
    ids["DX06"] = plan("DX06", "CLB Liên thế hệ tổ dân phố Đội Thân", ("Nà Cưởm",))
    for name in ("Đặng Thị Ất", "Nông Văn Ễnh", "Hà Thị Ánh"):
        add_one(ids["DX06"], name, "M" if "Văn" in name else "F")
    return ids
