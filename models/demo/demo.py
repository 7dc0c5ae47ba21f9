"""Demo data: a reproducible, realistic commune/ward built through the ordinary services.

Everything goes through the same services a clerk's dialogs call (settings, villages, clubs,
members), so demo data passes `check` and every write has its audit row. Each founded club's
funds, ledger and loans come from models/demo/demo_money.py. The same seed and the same `today`
give the same data, row for row.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from models.clubs import clubs as club_service
from models.codes import DEFAULT_PLAN_PHASES
from models.demo import demo_areas, demo_meetings, demo_money, demo_papers
from models.demo.demo_names import ETHNICITIES, FAMILY, GIVEN, MIDDLE, PHONES
from models.errors import Collector
from models.loans.money_story import Meet
from models.members import members as member_service
from models.members import members_bulk
from models.office import settings, villages
from models.office.admin_units import short_name
from models.storage.db import database
from models.storage.schema import Club, IssuingBody, Membership, Person, Village, Ward
from models.text.vietnamese import fold

MAX_CLUBS = 5000
DEMO_WARD = 1840  # phường Đức Xuân, tỉnh Thái Nguyên (the former Bắc Kạn city)
CLUB_NAME = "CLB Liên thế hệ tự giúp nhau"
NAMED_VILLAGES = ("Nà Cưởm", "Đon Tuấn", "Phặc Tràng", "Khuổi Cuồng")

# Weighted lists are "word:weight" separated by spaces; a weight of 1 may be left out.
ACTIVE_YEARS = "2016:3 2017:4 2018:5 2019:6 2020:5 2021:10 2022:12 2023:12 2024:12 2025:10 2026:4"
SUSPEND_REASONS = (
    "Chủ nhiệm CLB chuyển nơi ở, CLB tạm dừng để kiện toàn Ban chủ nhiệm",
    "Nhiều thành viên đi làm ăn xa, không đủ người sinh hoạt",
)
# Leave notes for (reason, older member?).
LEAVE_NOTES = {
    ("died", True): "", ("died", False): "",
    ("moved", True): "Chuyển đến ở với con", ("moved", False): "Chuyển nơi ở theo gia đình",
    ("withdrew", True): "Tuổi cao, sức yếu", ("withdrew", False): "Đi làm ăn xa",
}


@dataclass
class DemoSummary:
    """What fill_demo created."""

    clubs: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    villages: int = 0  # villages of the ward (created or already there)
    members: int = 0  # active memberships
    former_members: int = 0  # memberships closed (died, moved, withdrew)
    money_events: int = 0  # ledger entries, loans, repayments… (models/demo/demo_money.py)
    meetings: int = 0  # models/demo/demo_meetings.py
    areas: Counter = field(default_factory=Counter)  # activities, training… (demo_areas)
    papers: int = 0  # founding papers issued into the register (demo_papers)
    seconds: float = 0.0


def _weighted(spec: str) -> tuple[list[str], list[int]]:
    words, weights = [], []
    for item in spec.split():
        word, _, weight = item.partition(":")
        words.append(word.replace("_", " "))
        weights.append(int(weight or 1))
    return words, weights


class _Pick:
    """Weighted choices from the lists above, parsed once."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._cache: dict[str, tuple[list[str], list[int]]] = {}

    def __call__(self, spec: str) -> str:
        if spec not in self._cache:
            self._cache[spec] = _weighted(spec)
        words, weights = self._cache[spec]
        return self.rng.choices(words, weights)[0]


@dataclass
class _Plan:
    """One club to build: its identity, status and dates."""

    code: str
    name: str
    village_id: int
    village_label: str
    status: str
    decision_date: dt.date | None = None
    decision_number: str = ""
    launch_date: dt.date | None = None
    active_since: dt.date | None = None
    suspended_since: dt.date | None = None


class _People:
    """Makes plausible people: names by ethnicity, ages, ID card numbers, phones."""

    def __init__(self, rng: random.Random, today: dt.date, taken_ids: set[str]) -> None:
        self.rng, self.pick, self.today = rng, _Pick(rng), today
        self.taken_ids = taken_ids

    def name(self, gender: str, ethnicity: str) -> str:
        family = self.pick(FAMILY[ethnicity])
        middle = self.pick(MIDDLE.get(f"{gender}-{ethnicity}", MIDDLE[gender]))
        given_list = GIVEN.get(f"{gender}-{ethnicity}")
        if given_list is None or (ethnicity == "Dao" and self.rng.random() < 0.5):
            given_list = GIVEN[gender]
        given = self.pick(given_list)
        if given == middle.split()[-1]:
            middle = "Văn" if gender == "M" else "Thị"
        return f"{family} {middle} {given}"

    def id_number(self, gender: str, birth_year: int) -> str:
        century = 0 if birth_year < 2000 else 2
        sex = century + (1 if gender == "F" else 0)
        prefix = "006" if self.rng.random() < 0.75 else "019"  # Bắc Kạn, Thái Nguyên
        while True:
            number = f"{prefix}{sex}{birth_year % 100:02d}{self.rng.randrange(10**6):06d}"
            if number not in self.taken_ids:
                self.taken_ids.add(number)
                return number

    def phone(self) -> str:
        return self.pick(PHONES) + f"{self.rng.randrange(10**7):07d}"

    def member(self, *, female: bool, older: bool, poor: bool, joined_on: dt.date,
               group_id: int | None, village_id: int) -> member_service.MemberInput:
        rng = self.rng
        gender = "F" if female else "M"
        ethnicity = self.pick(ETHNICITIES)
        if older:
            age = rng.choice((rng.randint(56, 66), rng.randint(56, 75), rng.randint(60, 90)))
        else:
            age = rng.randint(22, 53)
        birth_year = self.today.year - age
        birth_date = None
        if rng.random() < 0.4:
            birth_date = dt.date(birth_year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        # A young member joins once grown up, even in a club founded years ago.
        joined_on = max(joined_on, dt.date(birth_year + 18, 6, 1))
        household, status_year = "none", None
        if poor:
            household = rng.choices(("poor", "near_poor", "hardship"), (45, 35, 20))[0]
            if household != "hardship":
                status_year = rng.choice((self.today.year - 1, self.today.year))
        consent_date, consent_method = None, ""
        if rng.random() < 0.9:
            start = max(joined_on, dt.date(2025, 8, 1))
            if start <= self.today:
                consent_date = start + dt.timedelta(days=rng.randrange((self.today - start).days
                                                                       + 1))
            else:
                consent_date = joined_on
            consent_method = "paper" if rng.random() < 0.85 else "verbal"
        return member_service.MemberInput(
            full_name=self.name(gender, ethnicity), gender=gender, birth_date=birth_date,
            birth_year=birth_year, ethnicity=ethnicity,
            id_number=self.id_number(gender, birth_year) if rng.random() < 0.94 else "",
            phone=self.phone() if rng.random() < (0.35 if older else 0.8) else "",
            village_id=village_id, household_status=household,
            household_status_year=status_year,
            disability=rng.random() < 0.05, policy_beneficiary=rng.random() < 0.06,
            social_assistance=age >= 80 or (poor and rng.random() < 0.1),
            consent_date=consent_date, consent_method=consent_method,
            joined_on=joined_on, group_id=group_id,
        )


def _weekday(d: dt.date) -> dt.date:
    """Decisions are signed on working days: a weekend date moves back to Friday."""
    return d - dt.timedelta(days=max(0, d.weekday() - 4))


def _plan_phase(decision_date: dt.date | None) -> str:
    if decision_date is None or decision_date.year >= 2026:
        return DEFAULT_PLAN_PHASES[2]
    return DEFAULT_PLAN_PHASES[0] if decision_date.year < 2021 else DEFAULT_PLAN_PHASES[1]


def _status_counts(n: int) -> dict[str, int]:
    planned = max(1, round(n * 0.04)) if n >= 3 else 0
    founded = max(1, round(n * 0.07)) if n >= 4 else 0
    suspended = max(1, round(n * 0.01)) if n >= 6 else 0
    return {"planned": planned, "founded": founded, "suspended": suspended,
            "active": n - planned - founded - suspended}


def _random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(max(1, (end - start).days + 1)))


def _decision_dates(rng: random.Random, counts: dict[str, int], today: dt.date
                    ) -> list[tuple[dt.date, str]]:
    """(decision date, status) of every founded club, oldest first. Clubs founded in the last
    months are not yet active; one of the older ones is suspended."""
    pick = _Pick(rng)
    latest_active = today - dt.timedelta(days=180)
    dates: list[tuple[dt.date, str]] = []
    for _ in range(counts["active"] + counts["suspended"]):
        year = min(int(pick(ACTIVE_YEARS)), latest_active.year)
        start = max(dt.date(year, 1, 1), dt.date(2016, 3, 1))
        dates.append((_weekday(_random_date(rng, start, min(dt.date(year, 12, 31),
                                                               latest_active))), "active"))
    dates.sort()
    # Suspended clubs come from the middle years: old enough to have run for a while.
    for k in range(counts["suspended"]):
        i = (k + 1) * len(dates) // (counts["suspended"] + 1)
        dates[i] = (dates[i][0], "suspended")
    for _ in range(counts["founded"]):
        recent = today - dt.timedelta(days=rng.randint(40, 150))
        dates.append((_weekday(recent), "founded"))
    dates.sort()
    return dates


def _number_decisions(rng: random.Random, dates: list[dt.date]) -> list[str]:
    """The founding decisions' numbers in the People's Committee's series: from 01 each
    calendar year, in date order. They are recorded with the clubs (the decision of a founded
    club is on its record, never issued again); the certificates the demo issues
    (demo_papers.py) continue the series after them."""
    del rng  # the numbers follow from the dates alone
    numbers, year, current = [], None, 0
    for d in dates:
        if d.year != year:
            year, current = d.year, 0
        current += 1
        numbers.append(f"{current:02d}/QĐ-UBND")
    return numbers


def _ensure_office() -> Ward:
    office = settings.load(settings.OfficeSettings)
    if not office.configured:
        settings.save_office(settings.OfficeSettings(
            ward_code=DEMO_WARD, office_name="UBND phường Đức Xuân",
            address="Phường Đức Xuân, tỉnh Thái Nguyên"))
        office = settings.load(settings.OfficeSettings)
    if not IssuingBody.select().exists():
        settings.save_issuing_bodies([
            settings.IssuingBodyInput(
                code="UBND", name="ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN",
                authority="TM. ỦY BAN NHÂN DÂN", signer_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                signer_name="Hoàng Văn Thắng"),
            settings.IssuingBodyInput(
                code="HNCT", name="HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN",
                parent_name="HỘI NCT TỈNH THÁI NGUYÊN", authority="TM. BAN CHẤP HÀNH",
                signer_title="CHỦ TỊCH", signer_name="Nông Thị Hạnh"),
        ])
    return Ward.get_by_id(office.ward_code)


def _village_word(ward: Ward) -> tuple[str, str]:
    """(word before a village number, village kind): wards have tổ dân phố, communes thôn."""
    return ("Tổ", "tổ dân phố") if ward.division_type == "phường" else ("Thôn", "thôn")


def _ensure_villages(ward: Ward, count: int) -> list[Village]:
    """Tổ 1…Tổ 20, a few named tổ, then more numbered ones if the commune needs them
    (thôn instead of tổ in a commune). Villages already on file are reused."""
    word, kind = _village_word(ward)
    names = [f"{word} {i}" for i in range(1, 21)] + list(NAMED_VILLAGES)
    names += [f"{word} {i}" for i in range(21, 21 + max(0, count - len(names)))]
    existing = {v.search_key: v for v in Village.select().where(Village.ward == ward.code)}
    return [existing.get(fold(name)) or villages.add_village(ward.code, name, kind)
            for name in names]


def _club_code_prefix(ward: Ward) -> str:
    """'Đức Xuân' -> 'DX'."""
    letters = "".join(word[0] for word in fold(short_name(ward.name)).split())
    return letters.upper() or "CLB"


def _plans(rng: random.Random, n: int, ward: Ward, village_rows: list[Village],
           today: dt.date) -> list[_Plan]:
    """Codes in founding order (planned clubs last), villages, statuses and dates."""
    counts = _status_counts(n)
    dated = _decision_dates(rng, counts, today)
    numbers = _number_decisions(rng, [d for d, _ in dated])
    order = list(range(len(village_rows)))
    rng.shuffle(order)
    prefix, width = _club_code_prefix(ward), max(3, len(str(n)))
    word = _village_word(ward)[0]
    clubs_in_village: dict[int, int] = {}
    plans = []
    for j in range(n):
        village = village_rows[order[j % len(order)]]
        rank = clubs_in_village[village.id] = clubs_in_village.get(village.id, 0) + 1
        label = f"{word.lower()} {village.name.removeprefix(word + ' ')}"
        number = f" số {rank}" if rank > 1 else ""
        plan = _Plan(code=f"{prefix}{j + 1:0{width}d}", name=f"{CLUB_NAME}{number} {label}",
                     village_id=village.id, village_label=label, status="planned")
        if j < len(dated):
            plan.decision_date, plan.status = dated[j]
            plan.decision_number = numbers[j]
            plan.launch_date = min(today, plan.decision_date
                                   + dt.timedelta(days=rng.randint(7, 25)))
            if plan.status != "founded":
                plan.active_since = min(today, plan.launch_date
                                        + dt.timedelta(days=rng.randint(20, 60)))
            if plan.status == "suspended":
                earliest = min(plan.active_since + dt.timedelta(days=365),
                               today - dt.timedelta(days=30))
                plan.suspended_since = _random_date(rng, max(earliest, plan.active_since),
                                                    today - dt.timedelta(days=30))
        plans.append(plan)
    return plans


def _quota(rng: random.Random, n: int, low: float, high: float) -> int:
    """A count whose share of n lies inside [low, high] (the programme's standard)."""
    return min(max(round(n * rng.uniform(low + 0.01, high - 0.01)), math.ceil(n * low)),
               math.floor(n * high))


def _flags(rng: random.Random, n: int, count: int) -> list[bool]:
    flags = [True] * count + [False] * (n - count)
    rng.shuffle(flags)
    return flags


def _pick_board(rng: random.Random, rows: list[member_service.MemberInput],
                group_ids: list[int], decision_date: dt.date) -> list[tuple[str, int]]:
    """(board role, index in rows): founding members old enough to have run the club then."""
    used: set[int] = set()
    eligible = [i for i, r in enumerate(rows) if decision_date.year - r.birth_year >= 25]

    def take(test: Callable[[member_service.MemberInput], bool]) -> int:
        choices = [i for i in eligible if i not in used and test(rows[i])]
        i = rng.choice(choices or [i for i in eligible if i not in used])
        used.add(i)
        return i

    def older(r: member_service.MemberInput) -> bool:
        return decision_date.year - r.birth_year >= 55

    seats = [("chair", take(older)), ("vice_chair", take(older)),
             ("secretary", take(lambda r: r.gender == "F" and not older(r))),
             ("accountant", take(lambda r: r.gender == "F")), ("treasurer", take(lambda r: True))]
    leaders_on_board = rng.randint(0, min(len(group_ids), 4))
    for g, gid in enumerate(group_ids):
        leader = take(lambda r, gid=gid: r.group_id == gid)
        rows[leader].role = "group_leader"
        if g < leaders_on_board:
            seats.append(("group_leader", leader))
    return seats


def _build_club(plan: _Plan, ward: Ward, people: _People, issuer: str, today: dt.date
                ) -> tuple[int, int]:
    """Create, found and fill one club; returns (active members, former members)."""
    rng = people.rng
    club = club_service.create_club(club_service.ClubInput(
        code=plan.code, name=plan.name, ward_code=ward.code, village_ids=[plan.village_id],
        plan_phase=_plan_phase(plan.decision_date),
        meeting_day="" if plan.status == "planned" else
        f"Ngày {rng.choice((5, 10, 15, 15, 20, 25))} hằng tháng",
        meeting_place=f"Nhà văn hóa {plan.village_label}",
        note="Dự kiến thành lập theo kế hoạch của phường" if plan.status == "planned" else "",
    ))
    if plan.status == "planned":
        return 0, 0
    names = [f"Nhóm {i}" for i in range(1, rng.randint(2, 5) + 1)]
    group_ids = [g.id for g in club_service.set_groups(club.id, names)]
    n = rng.randint(38, 48) if plan.status == "suspended" else rng.randint(52, 68)
    female = _flags(rng, n, _quota(rng, n, 0.60, 0.70))
    poor = _flags(rng, n, _quota(rng, n, 0.60, 0.70))
    older = _flags(rng, n, _quota(rng, n, 0.70, 0.88))
    late_from = plan.launch_date + dt.timedelta(days=30)
    rows = []
    for i in range(n):
        joined = plan.launch_date
        if late_from < today and rng.random() < 0.25:
            joined = _random_date(rng, late_from, today)
        rows.append(people.member(female=female[i], older=older[i], poor=poor[i],
                                  joined_on=joined, group_id=group_ids[i % len(group_ids)],
                                  village_id=plan.village_id))
    for i in rng.sample(range(n), rng.randint(6, 10)):
        rows[i].home_care_volunteer = True
    for i in rng.sample([i for i in range(n) if not rows[i].home_care_volunteer],
                        rng.randint(2, 5)):
        rows[i].economic_volunteer = True
    seats = _pick_board(rng, rows, group_ids, plan.decision_date)
    for gid in group_ids:
        if rng.random() < 0.5:
            candidates = [i for i, r in enumerate(rows) if r.group_id == gid and r.role == "member"]
            rows[rng.choice(candidates)].role = "deputy_group_leader"
    for _, i in seats:
        rows[i].joined_on = plan.decision_date  # founding members, named in the decision
    leavers, reasons = [], []
    if (today - plan.launch_date).days > 60:
        for _ in range(rng.choices((0, 1, 2, 3), (40, 30, 20, 10))[0]):
            died = rng.random() < 0.4
            leavers.append(people.member(female=rng.random() < 0.65, older=died or rng.random()
                                         < 0.7, poor=rng.random() < 0.6,
                                         joined_on=plan.launch_date,
                                         group_id=rng.choice(group_ids),
                                         village_id=plan.village_id))
            reasons.append("died" if died else rng.choice(("moved", "withdrew")))
    # The list of members is drawn up before the decision that founds the club and names its
    # board, so everyone is registered first and the board seats point at them.
    ids = members_bulk.add_new_members(club.id, rows + leavers, today=today)
    person_of = dict(Membership.select(Membership.id, Membership.person)
                     .where(Membership.id.in_(ids)).tuples())
    board = [club_service.BoardSeat(role=role, term_start=plan.decision_date,
                                    person_id=person_of[ids[i]]) for role, i in seats]
    club_service.found_club(club.id, club_service.FoundingInput(
        decision_number=plan.decision_number, decision_date=plan.decision_date,
        decision_issuer=issuer, launch_date=plan.launch_date, statute_adopted=True,
        statute_date=plan.launch_date, groups=names, board=board), today=today)
    if plan.active_since is not None:
        club_service.change_status(club.id, "active", plan.active_since, today=today)
    if plan.suspended_since is not None:
        club_service.change_status(club.id, "suspended", plan.suspended_since,
                                   rng.choice(SUSPEND_REASONS), today=today)
    for reason, inp, mid in zip(reasons, leavers, ids[n:], strict=True):
        on = _random_date(rng, inp.joined_on + dt.timedelta(days=30),
                          today - dt.timedelta(days=1))
        note = LEAVE_NOTES[reason, today.year - inp.birth_year >= 60]
        member_service.leave(mid, on, reason, note, today=today)
    return n, len(leavers)


def fill_demo(clubs: int, seed: int, today: dt.date | None = None,
              progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Build a demo commune with `clubs` clubs through the services (audited like any write).

    Configures phường Đức Xuân first if no office is set. Refuses a database that already has
    clubs, so demo rows never mix with real ones. Same seed and `today` → same data.
    """
    today = today or dt.date.today()
    problems = Collector()
    if not 1 <= clubs <= MAX_CLUBS:
        problems.add("club_count", "out_of_range", low=1, high=MAX_CLUBS)
    existing = Club.select().count()
    if existing:
        problems.add("database", "demo_needs_empty", count=existing)
    problems.raise_if_any()
    started = time.perf_counter()
    rng = random.Random(seed)
    ward = _ensure_office()
    village_rows = _ensure_villages(ward, max(24, math.ceil(clubs / 3)))
    plans = _plans(rng, clubs, ward, village_rows, today)
    taken = {n for (n,) in Person.select(Person.id_number)
             .where(Person.id_number.is_null(False)).tuples()}
    people = _People(rng, today, taken)
    body = IssuingBody.get_or_none(IssuingBody.code == "UBND")
    issuer = body.name if body else settings.load(settings.OfficeSettings).office_name.upper()
    summary = DemoSummary(clubs=clubs, villages=len(village_rows))
    for i, plan in enumerate(plans):
        with database.atomic():  # one club at a time: a failure leaves whole clubs only
            active, former = _build_club(plan, ward, people, issuer, today)
            club_id = Club.get(Club.code == plan.code).id
            planned = demo_meetings.club_meetings(
                club_id, random.Random(f"{seed}:{plan.code}:meetings"), today)
            money = demo_money.add_club_money(club_id, random.Random(f"{seed}:{plan.code}"),
                                              today, meetings=planned)
            summary.meetings += sum(isinstance(e, Meet) for e in money.events)
            summary.areas += demo_areas.add_club_areas(
                club_id, random.Random(f"{seed}:{plan.code}:areas"), today)
        summary.money_events += len(money.events)
        summary.members += active
        summary.former_members += former
        summary.by_status[plan.status] = summary.by_status.get(plan.status, 0) + 1
        if progress is not None:
            progress(i + 1, len(plans))
    with database.atomic():
        summary.areas += demo_areas.add_ward_areas(ward.code, random.Random(f"{seed}:ward"),
                                                   today)
    summary.papers = demo_papers.issue_founding_papers()
    summary.seconds = time.perf_counter() - started
    return summary

