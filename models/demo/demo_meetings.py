"""Demo meetings: each founded club's monthly meetings, with attendance, for the last five
years at most (models/meetings/meetings_bulk.py writes them; a test holds it equal to
meetings.record_meeting).

The money: the meetings planned here are handed to the club's money story (demo_money), which
sets the club's monthly fee, decides who paid it at each meeting and writes each meeting in
its place among the club's other vouchers (models/loans/money_story.Meet): the meeting posts
its fees on one receipt, as meetings.record_meeting does. Months before the five years keep
the treasurer's monthly fee receipt. Loan repayments are made on their schedule, outside the
meetings.

Same random generator state, same club, same `today` → the same meetings.
"""

from __future__ import annotations

import datetime as dt
import random

from models.codes import ACTIVITY_AREAS
from models.meetings import meetings
from models.storage.schema import BoardMember, Club, Membership

YEARS_BACK = 5
REASONS = ("Ốm", "Ốm, nằm viện", "Đi làm xa", "Bận việc gia đình", "Đi thăm con cháu",
           "Có việc riêng, đã xin phép", "Đi khám bệnh", "Bận thu hoạch mùa vụ")
CONTENTS = {
    "health": ("Tập dưỡng sinh 30 phút; đo huyết áp cho hội viên",
               "Nói chuyện phòng chống tăng huyết áp, tiểu đường"),
    "income": ("Bình xét cho vay vốn quay vòng; trao đổi kinh nghiệm chăn nuôi",
               "Đôn đốc trả nợ gốc, lãi đúng hạn"),
    "culture": ("Sinh hoạt văn nghệ, tập hát dân ca", "Tập múa chuẩn bị hội diễn"),
    "self_help": ("Bàn việc giúp đỡ hội viên khó khăn trong tháng",),
    "learning": ("Phổ biến kiến thức chăm sóc sức khỏe người cao tuổi",
                 "Đọc báo, trao đổi thông tin thời sự"),
    "home_care": ("Tình nguyện viên báo cáo kết quả chăm sóc tại nhà",),
    "resources": ("Vận động đóng góp quỹ CLB",),
    "rights": ("Phổ biến chính sách trợ cấp xã hội, bảo hiểm y tế cho người cao tuổi",),
}


def _next_month(d: dt.date) -> dt.date:
    return dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)


def _spans(club_id: int) -> list[tuple[int, dt.date, dt.date | None]]:
    return list(Membership.select(Membership.person, Membership.joined_on, Membership.left_on)
                .where(Membership.club == club_id).order_by(Membership.id).tuples())


def _board(club_id: int, role: str) -> int | None:
    seat = (BoardMember.select(BoardMember.person).where(
        (BoardMember.club == club_id) & (BoardMember.role == role)).first())
    return seat.person_id if seat is not None else None


def plan_meetings(club: Club, rng: random.Random, today: dt.date
                  ) -> list[meetings.MeetingInput]:
    """One meeting a month on the club's meeting day, from its launch (five years back at
    most) to `today`, stopping when the club is suspended; 85–95 % of members present."""
    if club.launch_date is None or club.status == "planned":
        return []
    digits = "".join(ch for ch in club.meeting_day if ch.isdigit())
    day = min(28, int(digits or 15))
    start = max(club.launch_date, dt.date(today.year - YEARS_BACK, today.month, min(today.day, 28)))
    stop = club.status_since if club.status in ("suspended", "dissolved") else None
    spans = _spans(club.id)
    chair, secretary = _board(club.id, "chair"), _board(club.id, "secretary")
    out = []
    month = dt.date(start.year, start.month, 1)
    while (on := month.replace(day=day)) <= today:
        month = _next_month(month)
        if on < start or (stop is not None and on >= stop):
            continue
        active = [p for p, joined, left in spans if joined <= on and (left is None or left > on)]
        if not active:
            continue
        share = rng.uniform(0.05, 0.15)
        absent = {p: rng.choice(REASONS) for p in active if rng.random() < share}
        areas = rng.sample(ACTIVITY_AREAS, rng.randint(1, 3))
        out.append(meetings.MeetingInput(
            club_id=club.id, date=on, start_time="08:00", end_time=rng.choice(
                ("10:00", "10:30", "11:00")), place=club.meeting_place,
            chair_id=chair if chair in active and chair not in absent else None,
            secretary_id=secretary if secretary in active and secretary not in absent
            else None,
            contents={a: rng.choice(CONTENTS[a]) for a in areas},
            decisions="Thống nhất kế hoạch hoạt động tháng tới" if rng.random() < 0.5 else "",
            next_plan=f"Sinh hoạt ngày {day} tháng sau", absences=absent))
    return out


def club_meetings(club_id: int, rng: random.Random, today: dt.date
                  ) -> list[meetings.MeetingInput]:
    """A founded club's meetings as planned, without money (the money story adds the fees)."""
    return plan_meetings(Club.get_by_id(club_id), rng, today)
