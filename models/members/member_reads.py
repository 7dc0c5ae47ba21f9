"""Reads of one person for the member windows, checked as the action they lead to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.accounts import access
from models.errors import NotFound
from models.storage.schema import Club, Membership, Person


@dataclass(frozen=True)
class RejoinFacts:
    """Who is joining again and how their last membership ended (None: never a member)."""

    id: int  # the person's
    full_name: str
    birth_year: int
    last_club_id: int | None = None
    last_club_code: str | None = None
    last_left_on: dt.date | None = None
    last_leave_reason: str | None = None


def rejoin_facts(person_id: int) -> RejoinFacts:
    """The person and their latest membership, for the "join again" dialog; needs `write` in
    the person's ward, as members.rejoin() does."""
    person = Person.get_or_none(Person.id == int(person_id))
    if person is None:
        raise NotFound("person", person_id)
    access.require_record("person", person_id, person.ward_code, "write")
    last = (Membership.select(Membership, Club).join(Club)
            .where(Membership.person == person.id)
            .order_by(Membership.joined_on.desc(), Membership.id.desc()).first())
    if last is None:
        return RejoinFacts(person.id, person.full_name, person.birth_year)
    return RejoinFacts(person.id, person.full_name, person.birth_year, last.club.id,
                       last.club.code, last.left_on, last.leave_reason)
