"""A realistic club register for the members page and member dialog tests."""

from __future__ import annotations

import datetime as dt

from models.clubs import clubs
from models.members import members
from models.members.members import MemberInput
from models.storage.schema import Village

FAMILY = ("Nguyễn", "Trần", "Lê", "Hoàng", "Nông", "Hà", "Đặng", "Ma", "Triệu", "Lý")
WOMEN = ("Thị Huệ", "Thị Mai", "Thị Lan", "Thị Hồng", "Thị Ánh", "Thị Thoa", "Thị Hương",
         "Thị Huế", "Thị Yến", "Thị Nga")
MEN = ("Văn Đức", "Văn Dũng", "Đức Anh", "Văn Bình", "Văn Quý", "Văn Ước", "Minh Tuấn")
ETHNIC = ("Tày", "Kinh", "Nùng", "Dao", "Tày", "Kinh", "Sán Chay")


def villages() -> list[int]:
    return [v.id for v in Village.select().order_by(Village.id)]


def make_club(code: str = "DX01", name: str = "CLB Liên thế hệ tự giúp nhau tổ 1") -> int:
    club = clubs.create_club(clubs.ClubInput(code=code, name=name, ward_code=1840,
                                             village_ids=villages()[:1]))
    clubs.set_groups(club.id, ["Nhóm Tổ 1", "Nhóm Nà Cưởm"])
    return club.id


def register_inputs(club_id: int, total: int = 80) -> list[MemberInput]:
    """`total` members: two thirds women, most born before 1966, half poor or near-poor."""
    groups = [g.id for g in clubs.get_club(club_id).groups]
    vill = villages()
    rows = []
    for i in range(total):
        woman = i % 3 != 2
        given = WOMEN[(i // 3 + i) % len(WOMEN)] if woman else MEN[(i // 3) % len(MEN)]
        family = FAMILY[(i + i // 10) % len(FAMILY)]
        year = 1940 + (i * 3) % 30 if i % 5 else 1975 + i % 20
        rows.append(MemberInput(
            full_name=f"{family} {given}", gender="F" if woman else "M",
            birth_year=year, birth_date=dt.date(year, 1 + i % 12, 1 + i % 28) if i % 4 else None,
            ethnicity=ETHNIC[i % len(ETHNIC)],
            id_number=f"019{150 + i % 80:03d}{i:06d}" if i % 3 else "",
            phone=f"09{i:08d}" if i % 2 else "",
            village_id=vill[i % len(vill)],
            household_status=("poor", "near_poor", "hardship", "none")[i % 4],
            household_status_year=2025 if i % 4 != 3 else None,
            disability=i % 11 == 0, policy_beneficiary=i % 9 == 0,
            role="group_leader" if i in (3, 40) else "member",
            group_id=groups[i % 2],
            home_care_volunteer=i % 8 == 0, economic_volunteer=i % 10 == 0,
            consent_date=dt.date(2025, 3, 5) if i % 6 else None,
            consent_method="paper" if i % 6 else "",
            joined_on=dt.date(2025, 3, 5)))
    return rows


def populate(club_id: int, total: int = 80) -> None:
    members.add_members_bulk(club_id, register_inputs(club_id, total))
