"""Demo activities, training and supervision, written through the areas' services.

Per founded club: a few activities a year across the eight areas, a few health checks, home
care pairs with a visit a month over the last year, some self-help and entitlement claims
(`add_club_areas`). Per ward, once every club is there (`add_ward_areas`): a course a year
with board members of several clubs, and for the last three years a supervision plan and a
visit to most of the clubs it names (answers drawn at random, a recommendation or two).

The activities, health checks and home-care visits, the most numerous, go through
models/activities/activities_bulk.py and the supervision visits through
models/supervision/visits_bulk.py (each held equal to its service by a test); the rest, a
few rows a club and year, through the ordinary, audited services. The meetings are written
with the club's money (demo_meetings, demo_money).
Same random generator state, same data, same `today` → the same rows.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from models.activities import activities, activities_bulk, health, home_care, support
from models.codes import ACTIVITY_AREAS
from models.storage.schema import BoardMember, Club, Membership, Person
from models.supervision import plans, rules, templates, visits, visits_bulk
from models.training import training

ACTIVITIES = {
    "health": ("Khám sức khỏe định kỳ cho hội viên", "Tập dưỡng sinh buổi sáng"),
    "income": ("Tập huấn kỹ thuật chăn nuôi gà thả vườn", "Tham quan mô hình trồng rau sạch"),
    "culture": ("Giao lưu văn nghệ với CLB bạn", "Hội diễn văn nghệ mừng ngày 1/10"),
    "self_help": ("Giúp hội viên sửa nhà sau mưa bão", "Gặt lúa giúp hộ neo đơn"),
    "learning": ("Nói chuyện chuyên đề phòng chống đột quỵ", "Lớp học sử dụng điện thoại"),
    "home_care": ("Tập huấn tình nguyện viên chăm sóc tại nhà",),
    "resources": ("Vận động ủng hộ quỹ CLB dịp Tết",),
    "rights": ("Đối thoại chính sách với UBND phường", "Tuyên truyền Luật Người cao tuổi"),
}
KINDS = ("regular", "regular", "regular", "dialogue", "community_action", "communication")
CARE = ("Thăm hỏi, trò chuyện; nhắc uống thuốc", "Dọn dẹp nhà cửa, giặt giũ",
        "Đo huyết áp, đưa đi khám bệnh", "Nấu ăn, hỗ trợ vệ sinh cá nhân")
HELP = (("Giúp công dọn dẹp, sửa nhà", 500_000), ("Tặng gạo, nhu yếu phẩm", 300_000),
        ("Góp công gặt lúa", 400_000), ("Hỗ trợ tiền khi ốm đau nằm viện", 1_000_000))
CLAIMS = ("Thẻ bảo hiểm y tế", "Trợ cấp xã hội hằng tháng", "Chúc thọ, mừng thọ",
          "Miễn giảm viện phí")
RECOMMENDATIONS = ("Ghi biên bản sinh hoạt đầy đủ hơn, có chữ ký chủ trì",
                   "Đôn đốc các khoản vay quá hạn", "Kiểm kê quỹ hằng quý",
                   "Cập nhật danh sách thành viên, bổ sung tình nguyện viên",
                   "Tăng cường hoạt động chăm sóc tại nhà")
ROLES = {"chair": "Chủ nhiệm CLB", "vice_chair": "Phó chủ nhiệm CLB",
         "secretary": "Thư ký CLB", "accountant": "Kế toán CLB"}


def _date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(max(1, (end - start).days + 1)))


def _spans(club_id: int) -> list[tuple[int, dt.date, dt.date | None, bool, int]]:
    """(person, joined, left, home care volunteer, birth year) of the club's memberships."""
    return list(Membership.select(Membership.person, Membership.joined_on, Membership.left_on,
                                  Membership.home_care_volunteer, Person.birth_year)
                .join(Person).where(Membership.club == club_id).order_by(Membership.id)
                .tuples())


def _active(spans: list, on: dt.date) -> list[int]:
    return [s[0] for s in spans if s[1] <= on and (s[2] is None or s[2] > on)]


def add_club_areas(club_id: int, rng: random.Random, today: dt.date) -> Counter:
    """Activities, health checks, home care, self-help and claims of a founded club."""
    club = Club.get_by_id(club_id)
    start = club.launch_date
    stop = club.status_since if club.status in ("suspended", "dissolved") else None
    end = min(today, stop - dt.timedelta(days=1)) if stop else today
    made: Counter = Counter()
    if start is None or club.status == "planned" or end < start:
        return made
    spans = _spans(club_id)
    acts: list[tuple[int, activities.ActivityInput]] = []
    checked: list[tuple[int, health.HealthCheckInput]] = []
    for year in range(start.year, end.year + 1):
        first, last = max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))
        for _ in range(rng.randint(3, 5)):
            on, area = _date(rng, first, last), rng.choice(ACTIVITY_AREAS)
            active = _active(spans, on)
            if not active:
                continue
            came = rng.sample(active, rng.randint(max(1, len(active) // 3), max(1, len(active) * 3 // 4)))
            acts.append((club_id, activities.ActivityInput(
                area=area, date=on, title=rng.choice(ACTIVITIES[area]), kind=rng.choice(KINDS),
                members_count=len(came), others_count=rng.randint(0, 15),
                person_ids=sorted(came))))
        for _ in range(rng.randint(1, 3)):
            on = _date(rng, first, last)
            if active := _active(spans, on):
                checked.append((club_id, health.HealthCheckInput(
                    person_id=rng.choice(active), date=on, systolic=rng.randint(110, 165),
                    diastolic=rng.randint(65, 100), weight_dkg=rng.randint(420, 700))))
        if rng.random() < 0.6 and (active := _active(spans, on := _date(rng, first, last))):
            what, value = rng.choice(HELP)
            support.record_self_help(club_id, support.SelfHelpInput(
                person_id=rng.choice(active), date=on, what=what, value=value), today=today)
            made["self_help"] += 1
        if rng.random() < 0.5 and (active := _active(spans, on := _date(rng, first, last))):
            outcome = "pending" if (today - on).days < 60 else rng.choice(
                ("granted", "granted", "granted", "refused"))
            support.record_claim(club_id, support.ClaimInput(
                person_id=rng.choice(active), date=on, entitlement=rng.choice(CLAIMS),
                outcome=outcome), today=today)
            made["claims"] += 1
    made["activities"] = len(activities_bulk.add_activities(acts, today=today))
    made["health_checks"] = len(activities_bulk.record_health_checks(checked, today=today))
    made += _home_care(club, spans, rng, start, end, today)
    return made


def _home_care(club: Club, spans: list, rng: random.Random, start: dt.date, end: dt.date,
               today: dt.date) -> Counter:
    """Two or three pairs of members who stay, with a visit a month over the last year."""
    made: Counter = Counter()
    on = min(end, start + dt.timedelta(days=rng.randint(30, 120)))
    age = home_care.older_age()
    staying = [s for s in spans if s[2] is None and s[1] <= on]
    helpers = [s[0] for s in staying if s[3]]
    olders = [s[0] for s in staying if not s[3] and on.year - s[4] > age]
    rng.shuffle(olders)
    planned: list[tuple[int, dt.date, str]] = []
    for volunteer, older in zip(rng.sample(helpers, min(len(helpers), rng.randint(2, 3))),
                                olders, strict=False):
        pair = home_care.add_pair(club.id, home_care.PairInput(
            volunteer_id=volunteer, older_id=older, date_from=on), today=today)
        made["pairs"] += 1
        visit_on = max(on, end - dt.timedelta(days=365)) + dt.timedelta(days=rng.randint(1, 20))
        while visit_on <= end:
            planned.append((pair.id, visit_on, rng.choice(CARE)))
            visit_on += dt.timedelta(days=rng.randint(26, 34))
    made["home_visits"] = len(activities_bulk.record_visits(planned, today=today))
    return made


def add_ward_areas(ward_code: int, rng: random.Random, today: dt.date) -> Counter:
    """A course a year for the board members of several clubs; supervision plans and visits."""
    made: Counter = Counter()
    clubs = list(Club.select().where((Club.ward == ward_code) & Club.launch_date.is_null(False)
                                     & (Club.status != "planned")).order_by(Club.id))
    if not clubs:
        return made
    spans = {c.id: _spans(c.id) for c in clubs}
    seats = list(BoardMember.select().where(BoardMember.role.in_(list(ROLES)))
                 .order_by(BoardMember.id))
    for year in range(min(c.launch_date for c in clubs).year, today.year + 1):
        on = _date(rng, dt.date(year, 3, 1), min(today, dt.date(year, 11, 30)))
        if on > today:
            continue
        ready = [c for c in clubs if c.launch_date <= on]
        chosen = {c.id for c in rng.sample(ready, min(len(ready), rng.randint(3, 6)))}
        attendees = [training.AttendeeInput(person_id=s.person_id, club_id=s.club_id,
                                            role=ROLES[s.role]) for s in seats
                     if s.club_id in chosen and s.term_start <= on
                     and s.person_id in _active(spans[s.club_id], on)]
        if attendees:
            training.add_course(training.CourseInput(
                ward_code=ward_code, title=f"Tập huấn quản lý CLB Liên thế hệ năm {year}",
                date_from=on, date_to=min(today, on + dt.timedelta(days=1)), organiser="Hội NCT phường",
                place="Hội trường UBND phường", attendees=attendees), today=today)
            made["courses"] += 1
    made += _supervision(ward_code, clubs, rng, today)
    return made


def _supervision(ward_code: int, clubs: list[Club], rng: random.Random, today: dt.date
                 ) -> Counter:
    made: Counter = Counter()
    template = templates.template_for_ward(ward_code)
    items = [i for _, group in templates.groups_of(template.id) for i in group]
    for year in range(today.year - 2, today.year + 1):
        due = [c for c in clubs if c.launch_date < dt.date(year, 6, 1) and rng.random() < 0.85]
        if not due:
            continue
        planned = [plans.PlannedVisitInput(club_id=c.id, month=rng.randint(6, 11),
                                           by_whom="Hội NCT phường") for c in due]
        plans.save_plan(plans.PlanInput(year=year, visits=planned, ward_code=ward_code))
        made["plans"] += 1
        batch = []  # one visit a club a year: a year's follow-ups name earlier years' only
        for visit in planned:
            on = _date(rng, dt.date(year, visit.month, 1), dt.date(year, visit.month, 28))
            if on > today:
                continue
            answers = {i.id: visits.AnswerInput(rng.choices(
                rules.ANSWERS, (60, 25, 10, 0 if i.required else 5))[0]) for i in items}
            recs = [visits.RecommendationInput(text=t, owner="Ban chủ nhiệm CLB",
                                               due_on=on + dt.timedelta(days=90))
                    for t in rng.sample(RECOMMENDATIONS, rng.randint(1, 2))]
            done = [r.id for r in visits.open_recommendations(visit.club_id)
                    if rng.random() < 0.7]
            batch.append(visits.VisitInput(
                club_id=visit.club_id, date=on, supervisors="Hội NCT phường; cán bộ UBND",
                template_id=template.id,
                answers=answers, findings="CLB duy trì sinh hoạt đều đặn.",
                recommendations=recs, follow_up=done))
        made["supervision_visits"] += len(visits_bulk.record_visits(batch, today=today))
    return made
