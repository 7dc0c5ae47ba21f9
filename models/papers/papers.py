"""Data of the founding papers (decision, launch minutes, statute) read from the database.

The layouts in reports/papers/ take these plain dataclasses and never touch the database; this
module only gathers values. Names of places and bodies come from the helpers the certificate
and member list use (models.papers.paper_facts), so every paper words them alike.
"""

from __future__ import annotations

import datetime as dt

from models.clubs.clubs import get_club
from models.office import settings
from models.papers import documents, legal_texts
from models.papers.club_facts import ClubFacts, club_facts
from models.papers.paper_facts import (
    BOARD_ROLE_TEXT,
    association_body,
    club_name_text,
    default_body,
    place_name,
    province_text,
    running_name,
    villages_text,
    ward_text,
)
from models.papers.unit_names import body_name_on
from models.storage.schema import IssuingBody
from reports.decree30 import Signature
from reports.papers.common import BoardLine, header_name
from reports.papers.decision import DecisionData
from reports.papers.launch_minutes import LaunchMinutesData
from reports.papers.statute import StatuteData

# Titles as a founding decision lists them ("Ủy viên BCN" suits the narrow member-list column;
# the decision's table has room for the plain title).
ROLE_TITLES = {**BOARD_ROLE_TEXT, "board_member": "Ủy viên"}


def board_lines(facts: ClubFacts) -> tuple[BoardLine, ...]:
    """The board seats current on the facts' date, in role order."""
    return tuple(BoardLine(seat.full_name, seat.birth_year, ROLE_TITLES.get(seat.role, seat.role))
                 for seat in facts.board)


def _signature(body: IssuingBody | None) -> Signature:
    if body is None:
        return Signature()
    return Signature(body.authority, body.signer_title, body.signer_name)


def decision_data(club_id: int, on: dt.date | None = None, body_code: str = "UBND",
                  province_plan: str = "") -> DecisionData:
    """The founding decision of a club as of a date (a draft: no number yet)."""
    on = on or dt.date.today()
    facts = club_facts(club_id, on)
    club = facts.club
    ward = club.ward
    body = default_body(body_code)
    association = association_body(ward)
    proposer = running_name(association.name if association else "HỘI NGƯỜI CAO TUỔI", ward,
                            on)
    issuing = (body_name_on(body.name, ward, on) if body
               else f"ỦY BAN NHÂN DÂN {ward_text(ward, on).upper()}")
    return DecisionData(
        club_name=club_name_text(club.name),
        ward=ward_text(ward, on),
        province=province_text(ward, on),
        villages=villages_text(club),
        issuing_body=issuing,
        parent_body=body.parent_name if body else "",
        place=place_name(ward, on),
        signer=_signature(body),
        symbol=documents.symbol_for(documents.type_code_for("decision"),
                                    body.code if body else body_code),
        date=on,
        member_count=facts.member_count,
        board=board_lines(facts),
        proposer=f"Chủ tịch {proposer}",
        province_plan=province_plan,
        legal_bases=tuple(legal_texts.citations("decision", on)),
    )


def launch_minutes_data(club_id: int, on: dt.date | None = None, body_code: str = "HNCT", *,
                        start_time: str = "", end_time: str = "", venue: str = "",
                        present_count: int | None = None, agree_count: int | None = None
                        ) -> LaunchMinutesData:
    """Minutes of a club's launch ceremony, held on `on` (default: the recorded launch date).
    The Elderly Association keeps them: its chair presides, the club's secretary writes."""
    club = get_club(club_id)
    on = on or club.launch_date or dt.date.today()
    facts = club_facts(club_id, on)
    ward = club.ward
    body = default_body(body_code)
    chair_body = association_body(ward) or body
    secretary = next((s.full_name for s in facts.board if s.role == "secretary"), "")
    decision = facts.decision
    chair_title = ""
    if chair_body is not None:
        chair_title = f"Chủ tịch {running_name(chair_body.name, ward, on)}"
    return LaunchMinutesData(
        club_name=club_name_text(club.name),
        ward=ward_text(ward, on),
        province=province_text(ward, on),
        villages=villages_text(club),
        issuing_body=body_name_on(body.name, ward, on) if body else header_name(club.name),
        parent_body=body.parent_name if body else "",
        symbol=documents.symbol_for(documents.type_code_for("launch_minutes"),
                                    body.code if body else body_code),
        date=on,
        start_time=start_time,
        end_time=end_time,
        venue=venue or club.meeting_place,
        member_count=facts.member_count,
        present_count=present_count,
        agree_count=agree_count,
        chair_name=chair_body.signer_name if chair_body else "",
        chair_title=chair_title,
        secretary_name=secretary,
        secretary_title=f"Thư ký {club_name_text(club.name)}" if secretary else "",
        board=board_lines(facts),
        decision_number=decision.number_text if decision else "",
        decision_date=decision.date if decision else None,
    )


def statute_data(club_id: int, on: dt.date | None = None, *, board_term_years: int = 5
                 ) -> StatuteData:
    """The statute of a club, adopted on `on` (default: the recorded statute or launch date),
    with the club's own fee, fund names and loan rules (club_facts). The club issues it under
    the Elderly Association; the chair of its board signs."""
    club = get_club(club_id)
    on = on or club.statute_date or club.launch_date or dt.date.today()
    facts = club_facts(club_id, on)
    ward = club.ward
    std = settings.load(settings.Standards)
    association = association_body(ward)
    chair = next((s.full_name for s in facts.board if s.role == "chair"), "")
    rules = facts.loan_rules
    return StatuteData(
        club_name=club_name_text(club.name),
        ward=ward_text(ward, on),
        province=province_text(ward, on),
        villages=villages_text(club),
        issuing_body=header_name(club.name),
        parent_body=body_name_on(association.name, ward, on) if association else "",
        place=place_name(ward, on),
        signer=Signature("TM. BAN CHỦ NHIỆM", "CHỦ NHIỆM", chair),
        adopted_on=on,
        meeting_day=club.meeting_day,
        meeting_place=club.meeting_place,
        monthly_fee=facts.monthly_fee,
        loan_max=int(rules.max_amount),
        loan_term_months=int(rules.max_term_months),
        rate_bp=int(rules.rate_bp),
        interest_method=rules.interest_method,
        guarantor_required=bool(rules.guarantor_required),
        income_fund=facts.fund_name("income", "Quỹ phát triển sinh kế"),
        activity_fund=facts.fund_name("activity", "Quỹ hoạt động"),
        board_term_years=board_term_years,
        min_members=std.min_members,
        max_members=std.max_members,
        older_age=std.older_age,
        older_share=str(std.older_share_min),
        women_share=_share(std.women_share_min, std.women_share_max),
        poor_share=_share(std.poor_share_min, std.poor_share_max),
    )


def _share(low: int, high: int) -> str:
    return str(low) if low == high else f"{low} - {high}"
