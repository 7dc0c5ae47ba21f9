"""A founded club with five members, funds and one loan, for the meeting tests."""

from __future__ import annotations

import datetime as dt

from tests.conftest import TODAY, member_input

D = dt.date
FOUNDED = D(2025, 3, 5)
NAMES = {"hue": "Nguyễn Thị Huệ", "lan": "Hoàng Văn Lân", "mai": "Đỗ Thị Mai",
         "an": "Trần Văn An", "binh": "Lê Thị Bình"}
# register order: given name first (An, Bình, Huệ, Lân, Mai)
ORDER = ["an", "binh", "hue", "lan", "mai"]


def meeting_club(club) -> dict:
    from models.clubs import clubs
    from models.funds import funds
    from models.loans import loans
    from models.members import members

    clubs.found_club(club.id, clubs.FoundingInput(
        decision_number="05/QĐ-UBND", decision_date=FOUNDED,
        decision_issuer="UBND phường Đức Xuân"), today=TODAY)
    book = {"club": club}
    for key, name in NAMES.items():
        m = members.add_member(club.id, member_input(full_name=name, joined_on=FOUNDED),
                               today=TODAY)
        book[key] = m.person_id
    fs = {f.kind: f for f in funds.funds_of(club.id)}
    book["income"], book["activity"] = fs["income"], fs["activity"]
    funds.post_entry(funds.EntryInput(fund_id=fs["income"].id, kind="receipt",
                                      date=D(2025, 4, 1), amount=50_000_000,
                                      category="budget_province", party="Sở Y tế"),
                     today=TODAY)
    loans.save_loan_rules(club.id, loans.LoanRulesInput(20_000_000, 12, 50, "declining"))
    book["loan"] = loans.create_loan(loans.LoanInput(
        club_id=club.id, person_id=book["hue"], form="cash", principal=12_000_000,
        purpose="livestock", disbursed_on=D(2026, 1, 15), term_months=12, rate_bp=50,
        interest_method="declining"), today=TODAY)
    return book
