"""Sample office, founded club and members for the document register and paper tests."""

from __future__ import annotations

import datetime as dt
import random

FAMILY = ("Nguyễn", "Trần", "Lê", "Hoàng", "Lý", "Nông", "Hà", "Đặng", "Ma", "Triệu", "Lương",
          "Đàm", "Bế", "Vi", "Ngô")
MIDDLE_F = ("Thị", "Thị Thu", "Thị Ngọc", "Thị Kim", "Thị Bích")
MIDDLE_M = ("Văn", "Đình", "Đức", "Xuân", "Quang")
GIVEN_F = ("Huệ", "Mai", "Lan", "Hồng", "Ánh", "Thoa", "Ất", "Ễnh", "Ước", "Nguyệt", "Hằng",
           "Xuyến", "Quỳnh", "Yến", "Đào", "Tuyết")
GIVEN_M = ("Thụ", "Đức", "Quý", "Bình", "Sơn", "Hải", "Khánh", "Tuấn", "Ước", "Lợi")
ETHNIC = ("Tày", "Tày", "Kinh", "Nùng", "Dao", "Kinh", "Mông", "Sán Chay")
HOUSEHOLD = ("poor", "near_poor", "hardship", "none", "poor", "none", "near_poor", "hardship")


def setup_bodies(signer: str = "Hoàng Văn Minh") -> list:
    """The ward's People's Committee and Elderly Association, with signer names."""
    from models.office import settings
    from models.office.office_setup import suggest_bodies
    from models.storage.schema import Ward

    bodies = suggest_bodies(Ward.get_by_id(1840))
    bodies[0].signer_name = signer
    bodies[1].signer_name = "Lương Thị Hạnh"
    return settings.save_issuing_bodies(bodies)


def member_inputs(n: int, seed: int = 3, joined: dt.date = dt.date(2025, 3, 5)) -> list:
    """n members: about two thirds women, 70 % aged 60+, most households poor or near-poor."""
    from models.members.members import MemberInput
    from models.storage.schema import Village

    rng = random.Random(seed)
    villages = [v.id for v in Village.select().order_by(Village.id)]
    rows = []
    for i in range(n):
        woman = rng.random() < 0.65
        name = " ".join((rng.choice(FAMILY), rng.choice(MIDDLE_F if woman else MIDDLE_M),
                         rng.choice(GIVEN_F if woman else GIVEN_M)))
        status = rng.choice(HOUSEHOLD)
        rows.append(MemberInput(
            full_name=name, gender="F" if woman else "M",
            birth_year=rng.randint(1940, 1965) if rng.random() < 0.7 else rng.randint(1966, 2005),
            ethnicity=rng.choice(ETHNIC), village_id=villages[i % len(villages)],
            household_status=status, household_status_year=None if status == "none" else 2025,
            home_care_volunteer=i % 9 == 0, economic_volunteer=i % 13 == 0,
            disability=i % 31 == 0, joined_on=joined,
            role="group_leader" if i % 12 == 5 else "member"))
    return rows


FOUNDING = ("05/QĐ-UBND", dt.date(2025, 3, 5))


def founded_club(n_members: int = 63, code: str = "DX01", seed: int = 3,
                 decision: tuple[str, dt.date] | None = FOUNDING) -> int:
    """A club of n members in Tổ 1 and Nà Cưởm with a five-person board; founded by the
    given decision (number, date) or left planned when decision is None. Another club than
    DX01 founded by the default decision gets its own number (DX02: 06/QĐ-UBND), as a number
    of the ward's series is held by one paper."""
    if decision == FOUNDING and code != "DX01" and code[-2:].isdigit():
        decision = (f"{4 + int(code[-2:]):02d}/QĐ-UBND", FOUNDING[1])
    from models.clubs import clubs
    from models.clubs.clubs import BoardSeat, ClubInput, FoundingInput
    from models.members import members
    from models.storage.schema import Village

    ids = [v.id for v in Village.select().where(Village.name.in_(["Tổ 1", "Nà Cưởm"]))
           .order_by(Village.id)]
    club = clubs.create_club(ClubInput(code=code, name="CLB Liên thế hệ tự giúp nhau Tổ 1",
                                       ward_code=1840, village_ids=ids,
                                       meeting_day="Ngày 15 hằng tháng"))
    made = members.add_members_bulk(club.id, member_inputs(n_members, seed))
    if decision is not None:
        roles = ("chair", "vice_chair", "secretary", "accountant", "treasurer")
        board = [BoardSeat(role, decision[1], person_id=m.person_id)
                 for role, m in zip(roles, made, strict=False)]
        clubs.found_club(club.id, FoundingInput(
            decision_number=decision[0], decision_date=decision[1],
            decision_issuer="ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN", launch_date=decision[1],
            board=board), today=dt.date(2026, 11, 20))
    return club.id
