"""Demo money: each founded club's funds, ledger and loans from its founding up to `today`.

A club's money is first planned as a story: the plain inputs a clerk's dialogs would fill
(EntryInput, LoanInput, RepaymentInput, a write-off, an outcome), in date order. The plan is
simulated meeting by meeting, so no payment ever takes a fund below zero, a loan goes only to
a member active that day, and every amount is a whole number of thousands of đồng. The story
is then written by models/money_bulk.py (fast enough for a thousand clubs) or, in tests, by
the ordinary services, and both give the same rows.

Same random generator state, same club, same `today` → the same story.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from dataclasses import dataclass, field

from models.funds import EntryInput

FEES = (2000, 2000, 3000, 3000, 5000)  # đồng per member and month, as clubs set them
DONORS = (
    "Tổ chức HelpAge International tại Việt Nam", "Dự án Chăm sóc người cao tuổi dựa vào "
    "cộng đồng", "Quỹ Hỗ trợ phát triển cộng đồng tỉnh Thái Nguyên",
    "Hội Người cao tuổi Việt Nam",
)
GIVERS = (
    "Ông Hoàng Văn Sơn (con em xa quê)", "Bà Nông Thị Hạnh", "Doanh nghiệp tư nhân Minh Phát",
    "Cửa hàng vật liệu xây dựng Đức Thịnh", "Chi bộ tổ dân phố", "Gia đình ông Ma Văn Tùng",
    "Hợp tác xã Nông nghiệp Xuân Hòa",
)
SHOPS = ("Cửa hàng điện máy Xuân Hòa", "Nhà sách Đức Xuân", "Cửa hàng tạp hóa Minh Hương",
         "Nhà thuốc Bình An")


@dataclass
class MemberSpan:
    """A membership as the planner needs it: who, and from when to when."""

    person_id: int
    joined_on: dt.date
    left_on: dt.date | None = None
    leave_reason: str = ""

    def active(self, on: dt.date) -> bool:
        return self.joined_on <= on and (self.left_on is None or self.left_on > on)


@dataclass
class ClubMoney:
    """What the planner needs to know about one founded club."""

    club_id: int
    income_fund: int
    activity_fund: int
    opened_on: dt.date  # the funds' opening date (the founding decision)
    launch_date: dt.date
    meeting_day: int
    members: list[MemberSpan]
    office_name: str = "UBND phường"
    stop_on: dt.date | None = None  # suspended: no new fees or loans from then on


@dataclass
class Post:
    """A receipt or payment (funds.post_entry)."""

    inp: EntryInput


@dataclass
class Story:
    """One club's money in the order it is written; `loans` counts the Lend events."""

    events: list = field(default_factory=list)
    loans: int = 0


class _Planner:
    """Walks a club's life meeting by meeting and decides what money moves."""

    def __init__(self, rng: random.Random, club: ClubMoney, today: dt.date) -> None:
        self.rng, self.club, self.today = rng, club, today
        self.story = Story()
        self.balance = {club.income_fund: 0, club.activity_fund: 0}
        self._queue: list[tuple[dt.date, int, object]] = []
        self._seq = 0
        self.fee = rng.choice(FEES)

    # -- the queue: dated actions, handled in date order (ties in the order they were put)
    def at(self, on: dt.date, action: object) -> None:
        if on <= self.today:
            self._seq += 1
            heapq.heappush(self._queue, (on, self._seq, action))

    def run(self) -> Story:
        club = self.club
        first = dt.date(club.launch_date.year, club.launch_date.month, 1)
        month = first
        while True:
            meeting = month.replace(day=club.meeting_day)
            if meeting > self.today:
                break
            if meeting >= club.launch_date and (club.stop_on is None or meeting < club.stop_on):
                self.at(meeting, self.meeting)
            month = _next_month(month)
        self.supports()
        while self._queue:
            on, _, action = heapq.heappop(self._queue)
            action(on)
        return self.story

    def post(self, fund: int, kind: str, on: dt.date, amount: int, category: str,
             description: str, *, person_id: int | None = None, party: str = "") -> bool:
        """Add an entry to the story; a payment the fund cannot cover is left out."""
        if amount <= 0 or (kind == "payment" and amount > self.balance[fund]):
            return False
        self.balance[fund] += amount if kind == "receipt" else -amount
        self.story.events.append(Post(EntryInput(
            fund_id=fund, kind=kind, date=on, amount=amount, category=category,
            person_id=person_id, party=party, description=description,
            attachments=1 if amount >= 1_000_000 else 0)))
        return True

    def thousands(self, low: int, high: int) -> int:
        """A whole number of thousands of đồng in [low, high]."""
        return self.rng.randint(low // 1000, high // 1000) * 1000

    def active_members(self, on: dt.date) -> list[MemberSpan]:
        return [m for m in self.club.members if m.active(on)]

    # -- receipts and payments that do not depend on the meeting
    def supports(self) -> None:
        rng, club = self.rng, self.club
        seed_on = club.launch_date + dt.timedelta(days=rng.randint(0, 20))
        donor = rng.choice(DONORS)
        self.at(seed_on, lambda on: self.post(
            club.income_fund, "receipt", on, rng.randint(20, 60) * 1_000_000,
            "other_support", "Hỗ trợ vốn ban đầu cho quỹ quay vòng tạo thu nhập",
            party=donor))
        for year in range(club.launch_date.year, self.today.year + 1):
            on = _in_year(rng, year)
            if on > club.launch_date and (club.stop_on is None or on < club.stop_on):
                self.at(on, lambda on, y=year: self.post(
                    club.activity_fund, "receipt", on, self.thousands(1_000_000, 3_000_000),
                    "budget_commune", f"Hỗ trợ kinh phí hoạt động CLB năm {y}",
                    party=f"Hỗ trợ của {club.office_name}"))
            if rng.random() < 0.2 and on > club.launch_date + dt.timedelta(days=365):
                later = on + dt.timedelta(days=rng.randint(10, 60))
                self.at(later, lambda on: self.post(
                    club.income_fund, "receipt", on, rng.randint(10, 20) * 1_000_000,
                    "budget_province", "Bổ sung vốn quay vòng tạo thu nhập",
                    party="Hội NCT tỉnh hỗ trợ"))

    # -- the monthly meeting: fees, spending, donations
    def meeting(self, on: dt.date) -> None:
        rng, club = self.rng, self.club
        active = self.active_members(on)
        if active and rng.random() < 0.92:  # a few months the fees are not collected
            paying = max(1, round(len(active) * rng.uniform(0.8, 1.0)))
            self.post(club.activity_fund, "receipt", on, paying * self.fee, "member_fee",
                      f"Thu quỹ hội viên tháng {on.month}/{on.year} ({paying} thành viên)",
                      party="Thành viên CLB")
        if rng.random() < 0.05:
            self.post(club.activity_fund, "receipt", on, self.thousands(500_000, 3_000_000),
                      "donation", "Ủng hộ Sổ Tấm lòng vàng", party=rng.choice(GIVERS))
        if active and rng.random() < 0.5:
            who = rng.choice(active).person_id
            self.post(club.activity_fund, "payment", on, self.thousands(200_000, 500_000),
                      "home_care_spending", "Thăm hỏi hội viên ốm đau", person_id=who)
        if on.month == 1 and active:
            self.post(club.activity_fund, "payment", on, len(active) // 4 * 50_000,
                      "support_payment", "Thăm hỏi, tặng quà hội viên khó khăn dịp Tết",
                      party="Ban chủ nhiệm CLB")
        if on.month == 10 and rng.random() < 0.8:
            self.post(club.activity_fund, "payment", on, self.thousands(500_000, 1_500_000),
                      "activity_spending",
                      "Sinh hoạt văn nghệ mừng ngày Quốc tế Người cao tuổi 1/10",
                      party="Ban văn nghệ CLB")
        elif rng.random() < 0.12:
            item, low, high = rng.choice((
                ("Mua loa kéo phục vụ sinh hoạt văn nghệ", 1_500_000, 3_500_000),
                ("Mua máy đo huyết áp cho CLB", 600_000, 1_000_000),
                ("Mua nước uống, hoa quả buổi sinh hoạt", 100_000, 300_000),
                ("Mua sổ sách, văn phòng phẩm", 100_000, 300_000)))
            self.post(club.activity_fund, "payment", on, self.thousands(low, high),
                      "activity_spending", item, party=rng.choice(SHOPS))
        for m in club.members:
            if m.leave_reason == "died" and m.left_on and _same_month(m.left_on, on):
                self.post(club.activity_fund, "payment", on, self.thousands(300_000, 500_000),
                          "support_payment", "Phúng viếng hội viên qua đời",
                          party="Gia đình hội viên")


def _next_month(d: dt.date) -> dt.date:
    return dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)


def _same_month(a: dt.date, b: dt.date) -> bool:
    return (a.year, a.month) == (b.year, b.month)


def _in_year(rng: random.Random, year: int) -> dt.date:
    return dt.date(year, rng.randint(1, 12), rng.randint(1, 28))


def plan_club_money(rng: random.Random, club: ClubMoney, today: dt.date) -> Story:
    """The money story of one founded club, from its launch to `today`, in date order."""
    return _Planner(rng, club, today).run()


# --- Loading a club and writing its story -------------------------------------------------


def club_money(club_id: int, today: dt.date) -> ClubMoney | None:
    """What the planner needs, read from a founded club; None for a club not yet founded."""
    from models import settings
    from models.schema import Club, Fund, Membership

    club = Club.get_by_id(club_id)
    if club.status == "planned" or club.launch_date is None:
        return None
    by_kind = {k: i for i, k in Fund.select(Fund.id, Fund.kind).where(Fund.club == club_id)
               .order_by(Fund.id.desc()).tuples()}
    digits = "".join(ch for ch in club.meeting_day if ch.isdigit())
    members = [MemberSpan(p, j, left, reason) for p, j, left, reason in (
        Membership.select(Membership.person, Membership.joined_on, Membership.left_on,
                          Membership.leave_reason)
        .where(Membership.club == club_id).order_by(Membership.id).tuples())]
    return ClubMoney(
        club_id=club_id, income_fund=by_kind["income"], activity_fund=by_kind["activity"],
        opened_on=club.decision_date, launch_date=club.launch_date,
        meeting_day=min(28, int(digits or 15)), members=members,
        office_name=settings.load(settings.OfficeSettings).office_name or "UBND phường",
        stop_on=club.status_since if club.status in ("suspended", "dissolved") else None)


def write_with_services(story: Story, *, today: dt.date) -> None:
    """Write a story through the ordinary services, one call per event (slow; for tests)."""
    from models import funds

    for event in story.events:
        if isinstance(event, Post):
            funds.post_entry(event.inp, today=today)
        else:
            raise TypeError(f"unknown story event {event!r}")


def add_club_money(club_id: int, rng: random.Random, today: dt.date, *,
                   services: bool = False) -> Story:
    """Plan and write one club's money (bulk path unless `services`); returns the story."""
    from models import money_bulk

    club = club_money(club_id, today)
    if club is None:
        return Story()
    story = plan_club_money(rng, club, today)
    if services:
        write_with_services(story, today=today)
    else:
        money_bulk.write_story(story, today=today)
    return story
