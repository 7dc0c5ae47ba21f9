"""One set of facts per club and date: what every paper about a club on a date prints.

The founding decision, the certificate, the launch minutes, the statute and the member list
of one club and one date all read `club_facts(club_id, on)`, so they cannot disagree: the
members are the memberships running that day (joined on or before it and not left by it,
the rule of the composition badge, meetings and loans), the board the seats whose term
covers the day, and the funds, loan rules and fee those the club's books use.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from models.clubs.clubs import board_of, get_club
from models.errors import Collector
from models.funds.fund_reads import funds_of_unchecked
from models.loans.loan_checks import LoanRulesInput, stored_rules
from models.meetings.meeting_reads import monthly_fee_unchecked
from models.members.register import RegisterRow, register
from models.papers import documents
from models.storage.schema import Club, ClubGroup


@dataclass(frozen=True)
class Seat:
    """A board seat current on the date."""

    person_id: int
    full_name: str
    birth_year: int | None
    role: str  # code of the board_role list: chair, vice_chair, …


@dataclass(frozen=True)
class FoundingDecision:
    """The club's founding decision: the issued one of the register, else the one recorded
    with the club (a decision of the ward's paper register, before this program)."""

    number_text: str  # "07/QĐ-UBND"
    date: dt.date
    issuer: str  # the body as recorded ("UBND phường …"); "" for an issued document
    body_code: str  # the issuing body's code in the symbol ("UBND")
    document_id: int | None  # the register's row, None for a decision only on record


@dataclass(frozen=True)
class ClubFacts:
    """The club as of one date (see the module's docstring)."""

    club: Club
    on: dt.date
    members: tuple[RegisterRow, ...]  # in register order
    board: tuple[Seat, ...]  # in role order
    groups: tuple[str, ...]
    funds: dict[str, str]  # kind -> the name the club's books use
    loan_rules: LoanRulesInput
    monthly_fee: int
    decision: FoundingDecision | None

    @property
    def member_count(self) -> int:
        return len(self.members)

    def fund_name(self, kind: str, default: str) -> str:
        """The name of the club's fund of a kind, else `default` (a club without books)."""
        return self.funds.get(kind) or default


def active_on(joined_on: dt.date, left_on: dt.date | None, on: dt.date) -> bool:
    """A membership runs on a date: joined on or before it, not left on or before it."""
    return joined_on <= on and (left_on is None or left_on > on)


_NUMBER = re.compile(r"\s*0*(\d{1,6})\s*/\s*(\S+?)\s*")


def parse_number(text: str) -> tuple[int, str] | None:
    """ "07/QĐ-UBND" -> (7, "QĐ-UBND"); None when the text is no document number."""
    m = _NUMBER.fullmatch(text or "")
    return (int(m.group(1)), m.group(2)) if m else None


def body_of_symbol(symbol: str) -> str:
    """ "QĐ-UBND" -> "UBND" (the issuing body's code follows the type code)."""
    return symbol.split("-", 1)[1].upper() if "-" in symbol else ""


def founding_decision(club: Club) -> FoundingDecision | None:
    """The club's founding decision: the one on its record (typed in when it was founded,
    from the ward's register) is the club's decision; else the one the register issued.
    A database where the program once issued a second "founding decision" to a club that
    already had one keeps that paper in the register, but papers cite the recorded one."""
    if club.decision_number and club.decision_date is not None:
        parsed = parse_number(club.decision_number)
        code = body_of_symbol(parsed[1]) if parsed else ""
        return FoundingDecision(club.decision_number, club.decision_date,
                                club.decision_issuer, code, None)
    issued = documents.find_issued("decision", club.id)
    if issued is not None:
        return FoundingDecision(issued.number_text, issued.date, "", issued.body_code,
                                issued.id)
    return None


def club_facts(club_id: int, on: dt.date) -> ClubFacts:
    """The club as of `on` (access checked: the user must be able to read the club)."""
    club = get_club(club_id)
    members = tuple(r for r in register(club_id, include_left=True)
                    if active_on(r.joined_on, r.left_on, on))
    board = tuple(
        Seat(person.id, person.full_name, person.birth_year, seat.role)
        for seat, person in board_of(club_id)
        if seat.term_start <= on and (seat.term_end is None or seat.term_end >= on))
    groups = tuple(g for (g,) in ClubGroup.select(ClubGroup.name)
                   .where(ClubGroup.club == club_id)
                   .order_by(ClubGroup.position, ClubGroup.name).tuples())
    funds: dict[str, str] = {}
    for fund in funds_of_unchecked(club_id):
        opened = fund.opened_on <= on and (fund.closed_on is None or fund.closed_on > on)
        if opened or fund.kind not in funds:  # the fund open that day, else the first one
            funds[fund.kind] = fund.name
    return ClubFacts(club, on, members, board, groups, funds, stored_rules(club_id),
                     monthly_fee_unchecked(club_id), founding_decision(club))


def check_complete(facts: ClubFacts, *, needs_decision: bool) -> Collector:
    """What a numbered paper of the club cannot go without (a draft may lack it): members and
    a board on its date, and for the papers resting on it, the founding decision."""
    p = Collector()
    if not facts.members:
        p.add("members", "none_on_date", date=facts.on)
    if not facts.board:
        p.add("board", "none_on_date", date=facts.on)
    if needs_decision:
        if facts.decision is None:
            p.add("decision_date", "no_founding_decision")
        elif facts.on < facts.decision.date:
            p.add("date", "before_decision_on", date=facts.decision.date)
    return p
