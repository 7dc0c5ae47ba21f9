"""A founded club with members and a year of activities, for the activities and training
page tests."""

from __future__ import annotations

import datetime as dt

from models.activities import activities, health, home_care, support
from models.clubs import clubs
from tests.ui import clubs_data, members_data

TODAY = dt.date(2026, 11, 20)
D = dt.date


def make_world() -> dict[str, int]:
    """DX01, founded 1/3/2025, with ten members, three named ones, a board of two and a year
    of records in several areas. Returns the club id and the named people's ids."""
    club_id = members_data.make_club()
    members_data.populate(club_id, 10)
    ids = {"club": club_id,
           "hue": clubs_data.add_one(club_id, "Nguyễn Thị Huệ", birth_year=1950),
           "lan": clubs_data.add_one(club_id, "Trần Thị Lan", birth_year=1948),
           "nam": clubs_data.add_one(club_id, "Lý Văn Nam", "M", birth_year=1990)}
    board = [clubs.BoardSeat("chair", D(2025, 3, 1), person_id=ids["hue"]),
             clubs.BoardSeat("vice_chair", D(2025, 3, 1), person_id=ids["nam"])]
    clubs.found_club(club_id, clubs_data.founding(board=board))
    for area, on, title, people, others in (
            ("health", D(2026, 2, 15), "Đo huyết áp cho thành viên", ["hue", "lan"], 0),
            ("health", D(2026, 6, 15), "Tập dưỡng sinh buổi sáng", ["hue"], 3),
            ("culture", D(2026, 5, 1), "Văn nghệ mừng 1/5", ["hue", "lan", "nam"], 12),
            ("income", D(2026, 3, 10), "Hướng dẫn nuôi gà thả vườn", ["nam"], 0),
            ("rights", D(2026, 9, 20), "Đối thoại với UBND phường", [], 5)):
        activities.add_activity(club_id, activities.ActivityInput(
            area=area, date=on, title=title, others_count=others,
            person_ids=[ids[p] for p in people]), today=TODAY)
    health.record_health_check(club_id, health.HealthCheckInput(
        person_id=ids["hue"], date=D(2026, 2, 15), systolic=135, diastolic=85, weight_dkg=525,
        sugar_dmmol=61, note="Huyết áp hơi cao"), today=TODAY)
    pair = home_care.add_pair(club_id, home_care.PairInput(
        volunteer_id=ids["nam"], older_id=ids["lan"], date_from=D(2026, 1, 5)), today=TODAY)
    home_care.record_visit(pair.id, D(2026, 2, 1), "Dọn nhà, đo huyết áp", today=TODAY)
    support.record_self_help(club_id, support.SelfHelpInput(
        person_id=ids["lan"], date=D(2026, 4, 2), what="Hỗ trợ sửa mái nhà",
        value=1_500_000), today=TODAY)
    support.record_claim(club_id, support.ClaimInput(
        person_id=ids["hue"], date=D(2026, 7, 1), entitlement="Thẻ bảo hiểm y tế",
        outcome="granted"), today=TODAY)
    return ids
