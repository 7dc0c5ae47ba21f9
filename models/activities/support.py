"""Self-help and rights: help given to a person (valued in đồng) and people helped to claim
an entitlement (health insurance card, social allowance…), with what came of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.accounts import access, audit
from models.activities import checks
from models.activities.tables import EntitlementClaim, SelfHelpCase
from models.codes import CLAIM_OUTCOMES
from models.errors import Collector
from models.storage.db import database
from models.storage.schema import Person

VALUE_MAX = 10**12  # đồng: a typing slip long before a real gift


@dataclass
class SelfHelpInput:
    person_id: int | None = None
    date: dt.date | None = None
    what: str = ""
    value: int = 0  # đồng


@dataclass
class ClaimInput:
    person_id: int | None = None
    date: dt.date | None = None
    entitlement: str = ""
    outcome: str = "pending"


@dataclass(frozen=True)
class SupportRow:
    """A self-help case (`what`, `value`) or a claim (`what` the entitlement, `outcome`)."""

    id: int
    person_id: int
    full_name: str
    date: dt.date
    what: str
    value: int | None
    outcome: str | None


def record_self_help(club_id: int, inp: SelfHelpInput, *, today: dt.date | None = None
                     ) -> SelfHelpCase:
    """Record help the club gave a member, and its value in đồng."""
    today = today or dt.date.today()
    club = access.require_club(club_id, "write")
    inp.what = checks.clean_text(inp.what)
    p = Collector()
    date_ok = checks.check_date(p, "date", inp.date, club, today)
    checks.check_member(p, "person", inp.person_id, club.id, inp.date if date_ok else None)
    checks.check_text(p, "what", inp.what, 200)
    checks.check_whole(p, "value", inp.value, required=True, high=VALUE_MAX)
    p.raise_if_any()
    with database.atomic():
        row = SelfHelpCase.create(club=club, person=inp.person_id, date=inp.date,
                                  what=inp.what, value=inp.value)
        audit.record("self_help_case", row.id, "create", None, audit.snapshot(row))
    return row


def record_claim(club_id: int, inp: ClaimInput, *, today: dt.date | None = None
                 ) -> EntitlementClaim:
    """Record a member helped to claim an entitlement."""
    today = today or dt.date.today()
    club = access.require_club(club_id, "write")
    inp.entitlement = checks.clean_text(inp.entitlement)
    p = Collector()
    date_ok = checks.check_date(p, "date", inp.date, club, today)
    checks.check_member(p, "person", inp.person_id, club.id, inp.date if date_ok else None)
    checks.check_text(p, "entitlement", inp.entitlement, 200)
    if inp.outcome not in CLAIM_OUTCOMES:
        p.add("outcome", "invalid", value=inp.outcome)
    p.raise_if_any()
    with database.atomic():
        row = EntitlementClaim.create(club=club, person=inp.person_id, date=inp.date,
                                      entitlement=inp.entitlement, outcome=inp.outcome)
        audit.record("entitlement_claim", row.id, "create", None, audit.snapshot(row))
    return row


def self_help_of(club_id: int, year: int) -> list[SupportRow]:
    """A club's self-help cases of a year, by date."""
    access.require_club_id(club_id, "read")
    start, end = checks.year_bounds(year)
    query = (SelfHelpCase.select(SelfHelpCase, Person.full_name).join(Person)
             .where((SelfHelpCase.club == club_id) & SelfHelpCase.date.between(start, end))
             .order_by(SelfHelpCase.date, SelfHelpCase.id))
    return [SupportRow(r.id, r.person_id, r.person.full_name, r.date, r.what, r.value, None)
            for r in query]


def claims_of(club_id: int, year: int) -> list[SupportRow]:
    """A club's entitlement claims of a year, by date."""
    access.require_club_id(club_id, "read")
    start, end = checks.year_bounds(year)
    query = (EntitlementClaim.select(EntitlementClaim, Person.full_name).join(Person)
             .where((EntitlementClaim.club == club_id)
                    & EntitlementClaim.date.between(start, end))
             .order_by(EntitlementClaim.date, EntitlementClaim.id))
    return [SupportRow(r.id, r.person_id, r.person.full_name, r.date, r.entitlement, None,
                       r.outcome) for r in query]
