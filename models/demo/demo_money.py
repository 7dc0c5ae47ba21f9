"""Demo money: each founded club's funds, ledger and loans from its founding up to `today`.

A club's money is first planned as a story: the plain inputs a clerk's dialogs would fill
(EntryInput, LoanInput, RepaymentInput, a write-off, an outcome), in date order. The plan is
simulated meeting by meeting, so no payment ever takes a fund below zero, a loan goes only to
a member active that day, and every amount is a whole number of thousands of đồng. The story
is then written by models/loans/loans_bulk.py (fast enough for a thousand clubs) or, in tests, by
the ordinary services, and both give the same rows.

Same random generator state, same club, same `today` → the same story.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from dataclasses import dataclass, field

from models.funds.funds import EntryInput
from models.loans import loans_bulk
from models.loans.loan_schedule import Installment, build_schedule, schedule_status
from models.loans.loans import LoanInput, LoanRulesInput, RepaymentInput
from models.loans.money_story import (
    Fee,
    Lend,
    Meet,
    Outcome,
    Post,
    Repay,
    Rules,
    Story,
    WriteOff,
    write_with_services,
)
from models.meetings.meetings import MeetingInput
from models.office import settings
from models.office.money_settings import rounding_unit
from models.papers.paper_facts import province_text
from models.storage.schema import BoardMember, Club, Fund, Membership

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
# (item, unit, quantities, unit values, purpose): every loan value a multiple of 200.000 đ,
# so monthly interest at 0,5 % or 1 % stays a whole number of thousands.
GOODS = (
    ("Bò cái giống", "con", (1,), range(7_000_000, 10_000_001, 200_000), "livestock"),
    ("Lợn nái giống", "con", (1, 2, 3), range(2_400_000, 3_200_001, 200_000), "livestock"),
    ("Dê cái giống", "con", (2, 3, 4), range(1_400_000, 2_000_001, 200_000), "livestock"),
    ("Gà giống", "con", (50, 80, 100, 120, 150), range(40_000, 60_001, 20_000), "livestock"),
    ("Cây giống quế", "cây", range(1000, 3001, 500), (2000,), "crops"),
    ("Cây giống keo", "cây", range(2000, 5001, 200), (1000,), "crops"),
)
# Who sells the club the goods of an in-kind loan (the payee of the purchase's cash voucher);
# the borrower signs a hand-over record for the goods, not a cash voucher.
SUPPLIERS = {
    "Bò cái giống": "Trại bò giống Phú Bình", "Lợn nái giống": "Trại lợn giống Đồng Hỷ",
    "Dê cái giống": "Hợp tác xã chăn nuôi dê Võ Nhai", "Gà giống": "Trại gà giống Ba Hàng",
    "Cây giống quế": "Vườn ươm cây giống Định Hóa",
    "Cây giống keo": "Trung tâm giống cây lâm nghiệp Thái Nguyên",
}
CASH_PURPOSES = (
    ("livestock", "Chăn nuôi lợn thịt"), ("livestock", "Nuôi gà thả vườn"),
    ("crops", "Trồng rau, ngô vụ đông"), ("crops", "Mua phân bón, giống lúa"),
    ("trade", "Buôn bán tạp hóa nhỏ"), ("trade", "Bán hàng ăn sáng"),
    ("handicraft", "Đan lát mây tre"), ("services", "Sửa chữa xe máy"),
    ("services", "May vá quần áo"), ("other", "Sửa chữa chuồng trại, bếp"),
)
WRITE_OFF_NOTES = (
    "Vật nuôi bị dịch bệnh chết, hộ nghèo không còn khả năng trả nợ",
    "Gia đình gặp thiên tai, mất trắng vụ mùa, không còn khả năng trả nợ",
    "Hội viên ốm nặng kéo dài, gia đình không còn khả năng trả nợ",
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
    # the meetings planned (models/demo/demo_meetings.py), by date: the fees of those months
    # are collected at the meeting, on its one receipt
    meetings: dict[dt.date, MeetingInput] = field(default_factory=dict)
    # who pays in and receives money for the club (a voucher names a person or a body)
    board: dict[str, int] = field(default_factory=dict)  # role -> person, first holder
    chairs: frozenset[int] = frozenset()  # they sign loan contracts: never guarantors
    province_body: str = "Hội Người cao tuổi tỉnh"


@dataclass(slots=True)
class _Loan:
    """A loan as the planner follows it."""

    key: int
    person_id: int
    form: str
    schedule: list[Installment]
    paid_p: int = 0
    paid_i: int = 0
    closed: bool = False
    principal: int = 0
    interest: int = 0

    def __post_init__(self) -> None:
        self.principal = sum(x.principal for x in self.schedule)
        self.interest = sum(x.interest for x in self.schedule)


class _Planner:
    """Walks a club's life meeting by meeting and decides what money moves."""

    def __init__(self, rng: random.Random, club: ClubMoney, today: dt.date) -> None:
        self.rng, self.club, self.today = rng, club, today
        self.story = Story()
        self.balance = {club.income_fund: 0, club.activity_fund: 0}
        self._queue: list[tuple[dt.date, int, object]] = []
        self._seq = 0
        self.fee = rng.choice(FEES)
        self.story.monthly_fee = self.fee
        self.rate, self.method = rng.choice(((0, "none"), (50, "declining"), (50, "declining"),
                                            (50, "flat"), (100, "declining")))
        self.loans: list[_Loan] = []
        self.running: dict[int, int] = {}  # person → key of the loan they are repaying
        self.borrowed: set[int] = set()
        self.blocked: set[int] = set()  # written off: the club lends them no more
        self.target_share = rng.uniform(0.45, 0.65)
        self.decisions = 0
        self.unit = rounding_unit()  # the schedules the loan service will store

    # -- the queue: dated actions, handled in date order (ties in the order they were put)
    def at(self, on: dt.date, action: object) -> None:
        if on <= self.today:
            self._seq += 1
            heapq.heappush(self._queue, (on, self._seq, action))

    def run(self) -> Story:
        club = self.club
        self.story.events.append(Rules(club.club_id, LoanRulesInput(
            max_amount=10_000_000, max_term_months=24, rate_bp=self.rate,
            interest_method=self.method, guarantor_required=self.rng.random() < 0.3)))
        self.guarantor = self.story.events[-1].inp.guarantor_required
        self.story.events.append(Fee(club.club_id, self.fee))
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
                    party=club.office_name))
            if rng.random() < 0.2 and on > club.launch_date + dt.timedelta(days=365):
                later = on + dt.timedelta(days=rng.randint(10, 60))
                self.at(later, lambda on: self.post(
                    club.income_fund, "receipt", on, rng.randint(10, 20) * 1_000_000,
                    "budget_province", "Bổ sung vốn quay vòng tạo thu nhập",
                    party=club.province_body))

    def board_person(self, role: str, fallback: str) -> dict:
        """The payer or payee for the club's own money: the board member who hands it in
        or takes it out (the chair when the seat is empty), else a named group."""
        who = self.club.board.get(role) or self.club.board.get("chair")
        return {"person_id": who} if who is not None else {"party": fallback}

    # -- the monthly meeting: fees, spending, donations
    def meeting(self, on: dt.date) -> None:
        rng, club = self.rng, self.club
        active = self.active_members(on)
        planned = club.meetings.get(on)
        if planned is not None:
            self.meet(planned, active)
        elif active and rng.random() < 0.92:  # a few months the fees are not collected
            paying = max(1, round(len(active) * rng.uniform(0.8, 1.0)))
            self.post(club.activity_fund, "receipt", on, paying * self.fee, "member_fee",
                      f"Thu quỹ hội viên tháng {on.month}/{on.year} ({paying} thành viên)",
                      **self.board_person("accountant", "Thành viên CLB"))
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
                      **self.board_person("chair", "Ban chủ nhiệm CLB"))
        if on.month == 10 and rng.random() < 0.8:
            self.post(club.activity_fund, "payment", on, self.thousands(500_000, 1_500_000),
                      "activity_spending",
                      "Sinh hoạt văn nghệ mừng ngày Quốc tế Người cao tuổi 1/10",
                      **self.board_person("vice_chair", "Ban văn nghệ CLB"))
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
        self.lend(on)

    def meet(self, inp: MeetingInput, active: list[MemberSpan]) -> None:
        """The meeting takes the month's fees: nearly every member present pays, now and
        then an absent one sends the fee with a neighbour; a few months none are taken."""
        rng = self.rng
        if active and rng.random() < 0.97:
            inp.fees = {m.person_id: self.fee for m in active
                        if (rng.random() < 0.1 if m.person_id in inp.absences
                            else rng.random() < 0.97)}
        self.balance[self.club.activity_fund] += sum(inp.fees.values())
        self.story.events.append(Meet(inp))

    # -- loans: new ones at meetings, repayments on their schedule, a few never repaid
    def lend(self, on: dt.date) -> None:
        rng = self.rng
        wanted = rng.choice((0, 1, 1, 2, 2, 3))
        if not wanted:
            return
        active = self.active_members(on)
        # members who will leave are not lent to: a demo loan must not outlive its borrower
        able = [m for m in active if m.left_on is None and (on - m.joined_on).days >= 30
                and m.person_id not in self.running and m.person_id not in self.blocked]
        fresh = [m for m in able if m.person_id not in self.borrowed]
        again = [m for m in able if m.person_id in self.borrowed]
        for _ in range(wanted):
            if fresh and len(self.borrowed) < self.target_share * len(active):
                pool = fresh
            else:
                pool = again if rng.random() < 0.5 else []
            if not pool:
                return
            member = pool.pop(rng.randrange(len(pool)))
            inp, schedule = self.terms(member.person_id, on, active)
            if sum(x.principal for x in schedule) > self.balance[self.club.income_fund]:
                return
            self.disburse(inp, schedule, on)

    def terms(self, person_id: int, on: dt.date, active: list[MemberSpan]
              ) -> tuple[LoanInput, list[Installment]]:
        rng = self.rng
        inp = LoanInput(club_id=self.club.club_id, person_id=person_id, disbursed_on=on)
        if rng.random() < 0.2:
            item, unit, quantities, values, purpose = rng.choice(GOODS)
            inp.form, inp.item, inp.unit, inp.purpose = "in_kind", item, unit, purpose
            inp.supplier = SUPPLIERS[item]
            inp.term_months = rng.choice((12, 18, 24))
            # without interest: all at the end of the term (the animal sold or calved after a
            # season); with interest: quarterly, for goods worth whole monthly shares
            step = {0: 1000, 50: 200_000, 100: 100_000}[self.rate] * inp.term_months
            fits = [(q, v) for q in quantities for v in values if q * v % step == 0]
            inp.repayment_plan = "end_of_term"
            if fits and self.method != "none":
                inp.repayment_plan = "quarterly"
                inp.quantity, inp.unit_value = rng.choice(fits)
            else:
                inp.quantity, inp.unit_value = rng.choice(quantities), rng.choice(values)
            principal = inp.quantity * inp.unit_value
        else:
            inp.purpose, inp.purpose_note = rng.choice(CASH_PURPOSES)
            if inp.purpose != "other" and rng.random() < 0.5:
                inp.purpose_note = ""
            inp.term_months = rng.choice((6, 10, 12, 12, 12, 18, 20, 24))
            inp.repayment_plan = "monthly" if rng.random() < 0.15 else "quarterly"
            # equal monthly shares whose interest is whole thousands (see GOODS), rounded up
            step = {0: 1000, 50: 200_000, 100: 100_000}[self.rate]
            per_month = -(-rng.randint(1, 10) * 1_000_000 // (inp.term_months * step))
            per_month = min(per_month, 10_000_000 // inp.term_months // step) * step
            principal = inp.principal = per_month * inp.term_months
        if self.guarantor:
            others = [m.person_id for m in active if m.person_id != person_id
                      and m.person_id not in self.club.chairs]
            if others:
                inp.guarantor_person_id = rng.choice(others)
            else:
                inp.guarantor_name = "Nông Văn Bình"
        return inp, build_schedule(principal, inp.term_months, self.rate, self.method,
                                   inp.repayment_plan, on, unit=self.unit)

    def disburse(self, inp: LoanInput, schedule: list[Installment], on: dt.date) -> None:
        rng = self.rng
        key = len(self.loans)
        loan = _Loan(key, inp.person_id, inp.form, schedule)
        self.loans.append(loan)
        self.story.events.append(Lend(key, inp))
        self.story.loans += 1
        self.balance[self.club.income_fund] -= loan.principal
        self.running[inp.person_id] = key
        self.borrowed.add(inp.person_id)
        kind = rng.choices(("good", "slow", "bad"), (84, 8, 8))[0]
        stop = rng.randrange(len(schedule)) if kind == "bad" else len(schedule)
        delay = rng.randint(5, 25) if kind == "slow" else 0
        for line in schedule[:stop]:
            self.at(line.due_on + dt.timedelta(days=delay),
                    lambda on, line=line: self.repay(on, key, line.principal, line.interest))
        if kind == "bad":
            if rng.random() < 0.5:  # pays everything back, months late
                self.at(schedule[-1].due_on + dt.timedelta(days=rng.randint(30, 200)),
                        lambda on: self.repay(on, key, loan.principal - loan.paid_p,
                                              loan.interest - loan.paid_i,
                                              "Trả nợ quá hạn"))
            else:
                self.at(schedule[stop].due_on + dt.timedelta(days=rng.randint(270, 420)),
                        lambda on: self.write_off(on, key))

    def repay(self, on: dt.date, key: int, principal: int, interest: int,
              note: str = "") -> None:
        loan = self.loans[key]
        if loan.closed or principal + interest <= 0:
            return
        last = principal == loan.principal - loan.paid_p
        form = "in_kind" if loan.form == "in_kind" and last and self.rng.random() < 0.3 \
            else "cash"
        self.story.events.append(Repay(key, RepaymentInput(
            date=on, principal=principal, interest=interest, form=form,
            note="Trả bằng hiện vật" if form == "in_kind" else note)))
        loan.paid_p += principal
        loan.paid_i += interest
        if form == "cash":  # goods handed back are not cash the club can lend again
            self.balance[self.club.income_fund] += principal + interest
        if loan.paid_p < loan.principal:
            return
        state = schedule_status(loan.schedule, loan.paid_p, loan.paid_i, on)
        if state.outstanding_principal == 0 and state.due_interest == 0:  # as loans._settle
            self.close(key)
            self.story.events.append(Outcome(key, self.rng.random() < 0.82))

    def write_off(self, on: dt.date, key: int) -> None:
        loan = self.loans[key]
        if loan.closed:
            return
        self.decisions += 1
        self.story.events.append(WriteOff(key, on, f"{self.decisions:02d}/QĐ-CLB",
                                          self.rng.choice(WRITE_OFF_NOTES)))
        self.close(key)
        self.blocked.add(loan.person_id)
        if self.rng.random() < 0.5:
            self.story.events.append(Outcome(key, False))

    def close(self, key: int) -> None:
        loan = self.loans[key]
        loan.closed = True
        if self.running.get(loan.person_id) == key:
            del self.running[loan.person_id]


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
    club = Club.get_by_id(club_id)
    if club.status == "planned" or club.launch_date is None:
        return None
    by_kind = {k: i for i, k in Fund.select(Fund.id, Fund.kind).where(Fund.club == club_id)
               .order_by(Fund.id.desc()).tuples()}
    digits = "".join(ch for ch in club.meeting_day if ch.isdigit())
    seats = list(BoardMember.select(BoardMember.role, BoardMember.person)
                 .where(BoardMember.club == club_id)
                 .order_by(BoardMember.term_start, BoardMember.id).tuples())
    board: dict[str, int] = {}
    for role, person in seats:
        board.setdefault(role, person)
    members = [MemberSpan(p, j, left, reason) for p, j, left, reason in (
        Membership.select(Membership.person, Membership.joined_on, Membership.left_on,
                          Membership.leave_reason)
        .where(Membership.club == club_id).order_by(Membership.id).tuples())]
    return ClubMoney(
        club_id=club_id, income_fund=by_kind["income"], activity_fund=by_kind["activity"],
        opened_on=club.decision_date, launch_date=club.launch_date,
        meeting_day=min(28, int(digits or 15)), members=members,
        office_name=settings.load(settings.OfficeSettings).office_name or "UBND phường",
        stop_on=club.status_since if club.status in ("suspended", "dissolved") else None,
        board=board, chairs=frozenset(p for r, p in seats if r == "chair"),
        province_body=f"Hội Người cao tuổi {province_text(club.ward)}".strip())


def add_club_money(club_id: int, rng: random.Random, today: dt.date, *,
                   meetings: list[MeetingInput] = (), services: bool = False) -> Story:
    """Plan and write one club's money with its `meetings` (bulk path unless `services`);
    returns the story."""
    club = club_money(club_id, today)
    if club is None:
        return Story()
    club.meetings = {inp.date: inp for inp in meetings}
    story = plan_club_money(rng, club, today)
    if services:
        write_with_services(story, today=today)
    else:
        loans_bulk.write_story(story, today=today)
    return story
