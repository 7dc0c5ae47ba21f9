"""A club's funds with a realistic year of vouchers, for the funds page and dialog tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.funds import funds
from models.storage.schema import Membership, Person
from tests.domain.fund_helpers import post_by_hand_before_the_rule
from tests.ui import members_data

TODAY = dt.date(2026, 11, 20)
D = dt.date


@dataclass
class Book:
    club_id: int
    income: int  # fund ids
    activity: int
    people: dict[str, int]  # full name -> person id
    entries: dict[str, int]  # label -> entry id


def make_book(members: int = 12) -> Book:
    """DX01 with `members` members; the activity fund gets a year of fees, support and
    spending, the income fund a grant and two loans, and one receipt is reversed."""
    club_id = members_data.make_club()
    members_data.populate(club_id, members)
    by_kind = {f.kind: f.id for f in funds.open_default_funds(club_id, D(2025, 3, 5))}
    people = {name: pid for pid, name in
              Membership.select(Person.id, Person.full_name).join(Person)
              .where(Membership.club == club_id).tuples()}
    names = sorted(people)
    entries: dict[str, int] = {}

    def post(key, fund, kind, on, amount, category, description, person=None, party=""):
        inp = funds.EntryInput(fund_id=fund, kind=kind, date=on, amount=amount,
                               category=category, description=description,
                               person_id=people[person] if person else None, party=party)
        if category in funds.LOAN_ONLY_CATEGORIES:  # the page shows old data as it is
            entries[key] = post_by_hand_before_the_rule(inp).id
        else:
            entries[key] = funds.post_entry(inp, today=TODAY).id

    act, inc = by_kind["activity"], by_kind["income"]
    post("support_2025", act, "receipt", D(2025, 12, 15), 3_000_000, "budget_commune",
         "Hỗ trợ của UBND phường năm 2025", party="UBND phường Đức Xuân")
    post("grant", inc, "receipt", D(2026, 1, 8), 20_000_000, "budget_province",
         "Vốn hỗ trợ ban đầu cho quỹ quay vòng", party="Sở Y tế tỉnh Thái Nguyên")
    for month in range(1, 12):
        post(f"fee_{month}", act, "receipt", D(2026, month, 5), 240_000, "member_fee",
             f"Thu hội phí tháng {month}/2026", person=names[month % len(names)])
    post("visit", act, "payment", D(2026, 3, 12), 500_000, "activity_spending",
         "Chi mua quà thăm hỏi thành viên ốm", person=names[1])
    post("donation", act, "receipt", D(2026, 4, 2), 1_500_000, "donation",
         "Ủng hộ tổ chức ngày Quốc tế Người cao tuổi", party="Công ty TNHH Bình An")
    post("wrong", act, "receipt", D(2026, 6, 10), 2_000_000, "other_support",
         "Hỗ trợ của UBND phường", party="UBND phường Đức Xuân")
    entries["wrong_reversal"] = funds.reverse_entry(
        entries["wrong"], "Ghi nhầm quỹ: khoản này thuộc quỹ quay vòng", D(2026, 6, 11),
        today=TODAY).id
    post("trip", act, "payment", D(2026, 10, 1), 1_200_000, "activity_spending",
         "Chi tổ chức giao lưu văn nghệ ngày 1/10", party="Nhà văn hóa tổ 1")
    post("loan_1", inc, "payment", D(2026, 2, 20), 5_000_000, "loan_disbursement",
         "Cho vay vốn chăn nuôi lợn", person=names[2])
    post("repay_1", inc, "receipt", D(2026, 8, 20), 2_500_000, "loan_repayment",
         "Thu hồi vốn vay kỳ 1", person=names[2])
    return Book(club_id, inc, act, people, entries)


def activity_balance(on: dt.date = TODAY) -> int:
    """What the activity fund of make_book() holds at the end of `on` (by hand)."""
    total = 3_000_000
    plan = [(D(2026, m, 5), 240_000) for m in range(1, 12)] + [
        (D(2026, 3, 12), -500_000), (D(2026, 4, 2), 1_500_000), (D(2026, 6, 10), 2_000_000),
        (D(2026, 6, 11), -2_000_000), (D(2026, 10, 1), -1_200_000)]
    return total + sum(amount for day, amount in plan if day <= on)
