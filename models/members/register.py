"""Member registers: which memberships, in what order, and their row values.

The register view loads the small index (ids and search text, in order) at once and the full
rows page by page, so a commune of 60,000 members opens and filters quickly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from models.accounts import access
from models.members.members import age_on
from models.storage.schema import Club, ClubGroup, Membership, Person, Village


@dataclass(frozen=True)
class RegisterRow:
    membership_id: int
    person_id: int
    club_code: str
    full_name: str
    gender: str
    birth_date: dt.date | None
    birth_year: int
    ethnicity: str
    id_number: str
    phone: str
    village: str
    household_status: str
    household_status_year: int | None
    disability: bool
    policy_beneficiary: bool
    social_assistance: bool
    joined_on: dt.date
    left_on: dt.date | None
    leave_reason: str | None
    role: str
    group: str
    home_care_volunteer: bool
    economic_volunteer: bool
    consent_date: dt.date | None
    consent_method: str

    def age(self, on: dt.date | None = None) -> int:
        return age_on(self.birth_date, self.birth_year, on or dt.date.today())


@dataclass(frozen=True)
class IndexEntry:
    membership_id: int
    search_text: str  # folded name, ID number and phone, for filter-as-you-type


def _scope(query, club_id: int | None, ward_code: int | None, include_left: bool):
    # Checked once for the whole list, then limited in SQL to the user's unit.
    if club_id is not None:
        access.require_club_id(club_id, "read")
        query = query.where(Membership.club == club_id)
    if ward_code is not None:
        access.require("read", ward_code)
        query = query.where(Club.ward == ward_code)
    query = access.scoped(query, Club.ward)
    if not include_left:
        query = query.where(Membership.left_on.is_null())
    return query


def register_index(club_id: int | None = None, ward_code: int | None = None,
                   include_left: bool = False) -> list[IndexEntry]:
    """Memberships of a club (or every club of a ward, or all) in register order:
    given name, then family and middle names (Vietnamese order), then birth year."""
    query = (
        Membership.select(Membership.id, Person.search_key, Person.id_number, Person.phone)
        .join(Person)
        .switch(Membership)
        .join(Club)
    )
    query = _scope(query, club_id, ward_code, include_left).order_by(
        Person.sort_key, Person.birth_year, Membership.id
    )
    return [
        IndexEntry(mid, f"{key} {idn or ''} {phone}".rstrip())
        for mid, key, idn, phone in query.tuples()
    ]


def register_rows(membership_ids: list[int]) -> dict[int, RegisterRow]:
    """Full rows for some memberships (one page of the view), keyed by membership id."""
    if not membership_ids:
        return {}
    query = (
        Membership.select(
            Membership.id, Person.id, Club.code, Person.full_name, Person.gender,
            Person.birth_date, Person.birth_year, Person.ethnicity, Person.id_number,
            Person.phone, Village.name, Person.household_status, Person.household_status_year,
            Person.disability, Person.policy_beneficiary, Person.social_assistance,
            Membership.joined_on, Membership.left_on, Membership.leave_reason, Membership.role,
            ClubGroup.name, Membership.home_care_volunteer, Membership.economic_volunteer,
            Person.consent_date, Person.consent_method,
        )
        .join(Person)
        .join(Village, on=(Person.village == Village.id), join_type=pw.JOIN.LEFT_OUTER)
        .switch(Membership)
        .join(Club)
        .switch(Membership)
        .join(ClubGroup, join_type=pw.JOIN.LEFT_OUTER)
        .where(Membership.id.in_(membership_ids))
    )
    query = access.scoped(query, Club.ward)
    rows = {}
    for t in query.tuples():
        values = list(t)
        values[8] = values[8] or ""  # id_number
        values[10] = values[10] or ""  # village
        values[20] = values[20] or ""  # group
        rows[t[0]] = RegisterRow(*values)
    return rows


def register(club_id: int | None = None, ward_code: int | None = None,
             include_left: bool = False) -> list[RegisterRow]:
    """A whole register in order (for export and printing)."""
    ids = [e.membership_id for e in register_index(club_id, ward_code, include_left)]
    rows: dict[int, RegisterRow] = {}
    for i in range(0, len(ids), 900):  # stay under SQLite's bound-parameter limit
        rows.update(register_rows(ids[i : i + 900]))
    return [rows[i] for i in ids]


def filter_index(index: list[IndexEntry], text: str) -> list[int]:
    """Positions of entries whose search text contains every word of the folded query."""
    from models.text.vietnamese import fold

    words = fold(text).split()
    if not words:
        return list(range(len(index)))
    # Narrow word by word: each pass is one tight comprehension over fewer entries.
    first, *rest = words
    hits = [i for i, e in enumerate(index) if first in e.search_text]
    for w in rest:
        hits = [i for i in hits if w in index[i].search_text]
    return hits
