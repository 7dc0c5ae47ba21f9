"""Member services: validate, add, edit, leave and rejoin. Every write is audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from models.accounts import access, audit
from models.codes import (
    CONSENT_METHODS,
    GENDERS,
    HOUSEHOLD_STATUSES,
    LEAVE_REASONS,
    MEMBER_ROLES,
)
from models.errors import Collector, NotFound, ValidationError
from models.members.member_lookups import ONE_AT_A_TIME, Lookups
from models.privacy.consent import DEFAULT_SCOPE, SCOPE_MAX, SENSITIVE_FIELDS
from models.signoff import locks
from models.storage.db import database
from models.storage.schema import Club, Membership, Person, now
from models.text.vietnamese import (
    clean_cccd,
    fold,
    name_sort_key,
    nfc,
    normalize_ethnicity,
    validate_cccd,
    validate_phone,
)

MIN_BIRTH_YEAR = 1900
PERSON_FIELDS = (
    "full_name", "gender", "birth_date", "birth_year", "ethnicity", "id_number", "phone",
    "village_id", "household_status", "household_status_year", "disability",
    "policy_beneficiary", "social_assistance", "consent_date", "consent_method", "note",
    "consent_scope",
)
MEMBERSHIP_FIELDS = (
    "joined_on", "role", "group_id", "home_care_volunteer", "economic_volunteer",
)


@dataclass
class MemberInput:
    """What a member dialog or an import row fills in; services validate it."""

    full_name: str = ""
    gender: str = ""
    birth_date: dt.date | None = None
    birth_year: int | None = None
    ethnicity: str = "Kinh"
    id_number: str = ""
    phone: str = ""
    village_id: int | None = None
    household_status: str = "none"
    household_status_year: int | None = None
    disability: bool = False
    policy_beneficiary: bool = False
    social_assistance: bool = False
    consent_date: dt.date | None = None
    consent_method: str = ""
    note: str = ""
    consent_scope: str = ""  # what the member agreed to; the default text when left empty
    joined_on: dt.date | None = None
    role: str = "member"
    group_id: int | None = None
    home_care_volunteer: bool = False
    economic_volunteer: bool = False

    @classmethod
    def from_membership(cls, m: Membership) -> MemberInput:
        p = m.person
        values = {name: getattr(p, name) for name in PERSON_FIELDS if name != "village_id"}
        values["village_id"] = p.village_id
        values["id_number"] = p.id_number or ""
        values.update(
            joined_on=m.joined_on, role=m.role, group_id=m.group_id,
            home_care_volunteer=m.home_care_volunteer, economic_volunteer=m.economic_volunteer,
        )
        return cls(**values)


@dataclass
class Duplicate:
    """A person already on record who may be the one being entered."""

    person_id: int
    full_name: str
    birth_year: int
    reason: str  # "id_number" or "name_birth_year"
    club_code: str | None = None  # their active club, if any


@dataclass
class CleanMember:
    """A validated MemberInput: normalised values ready to store."""

    values: dict = field(default_factory=dict)


def age_on(birth_date: dt.date | None, birth_year: int, on: dt.date) -> int:
    """Age in whole years on a date; with the year only, the age reached in that year."""
    if birth_date is None:
        return on.year - birth_year
    before_birthday = (on.month, on.day) < (birth_date.month, birth_date.day)
    return on.year - birth_date.year - int(before_birthday)


def normalize(inp: MemberInput) -> MemberInput:
    """NFC and trim every text; clean the ID number. Returns the same object."""
    inp.full_name = nfc(inp.full_name)
    inp.id_number = clean_cccd(nfc(inp.id_number)) if inp.id_number else ""
    inp.phone = nfc(inp.phone)
    inp.note = nfc(inp.note)
    inp.consent_scope = nfc(inp.consent_scope)
    inp.ethnicity = nfc(inp.ethnicity)
    if inp.birth_date is not None and inp.birth_year is None:
        inp.birth_year = inp.birth_date.year
    return inp




def check(
    inp: MemberInput,
    club: Club,
    *,
    person_id: int | None = None,
    today: dt.date | None = None,
    lookups: Lookups = ONE_AT_A_TIME,
) -> Collector:
    """Validate a member for a club; returns the problems found (empty when fine).

    Shared by the dialog (inline messages), the import (every row) and the services.
    """
    today = today or dt.date.today()
    normalize(inp)
    p = Collector()
    if not inp.full_name:
        p.add("full_name", "required")
    elif len(inp.full_name) > 100:
        p.add("full_name", "too_long", max=100)
    elif any(ch.isdigit() for ch in inp.full_name):
        p.add("full_name", "has_digits")
    if inp.gender not in GENDERS:
        p.add("gender", "required" if not inp.gender else "invalid", value=inp.gender)
    if inp.birth_date is None and inp.birth_year is None:
        p.add("birth", "required")
    else:
        year = inp.birth_year if inp.birth_year is not None else inp.birth_date.year
        if not MIN_BIRTH_YEAR <= year <= today.year:
            p.add("birth", "year_out_of_range", low=MIN_BIRTH_YEAR, high=today.year)
        elif inp.birth_date is not None and inp.birth_date > today:
            p.add("birth", "in_future")
        elif inp.birth_date is not None and inp.birth_date.year != year:
            p.add("birth", "year_mismatch")
    ethnicity = normalize_ethnicity(inp.ethnicity) if inp.ethnicity else None
    if ethnicity is None:
        p.add("ethnicity", "unknown", value=inp.ethnicity)
    else:
        inp.ethnicity = ethnicity
    if inp.id_number:
        problem = validate_cccd(inp.id_number)
        if problem:
            p.add("id_number", problem, value=inp.id_number)
        else:
            other = lookups.holder_of(inp.id_number)
            if other is not None and other[0] != person_id:
                other_id, other_ward, other_name = other
                if other_ward == club.ward_code or access.in_unit(other_ward):
                    p.add("id_number", "duplicate", value=inp.id_number, name=other_name)
                else:
                    # The number is unique in the database, so saving would fail: say only
                    # that, never whose it is or where (see member_import).
                    p.add("id_number", "duplicate_elsewhere", value=inp.id_number)
    if inp.phone and validate_phone(inp.phone):
        p.add("phone", "format", value=inp.phone)
    if inp.village_id is not None and lookups.village_ward(inp.village_id) != club.ward_code:
        p.add("village", "not_in_ward")
    if inp.household_status not in HOUSEHOLD_STATUSES:
        p.add("household_status", "invalid", value=inp.household_status)
    if inp.household_status_year is not None and not 2000 <= inp.household_status_year <= (
        today.year + 1
    ):
        p.add("household_status_year", "out_of_range", low=2000, high=today.year + 1)
    if inp.consent_method and inp.consent_method not in CONSENT_METHODS:
        p.add("consent_method", "invalid", value=inp.consent_method)
    if inp.consent_date is not None:
        if inp.consent_date > today:
            p.add("consent_date", "in_future")
        if not inp.consent_method:
            p.add("consent_method", "required")
        if not inp.consent_scope:
            inp.consent_scope = DEFAULT_SCOPE  # a recorded consent always says what it covers
    if len(inp.consent_scope) > SCOPE_MAX:
        p.add("consent_scope", "too_long", max=SCOPE_MAX)
    if inp.joined_on is None:
        p.add("joined_on", "required")
    elif inp.joined_on > today:
        p.add("joined_on", "in_future")
    elif inp.birth_year is not None and inp.joined_on.year < inp.birth_year:
        p.add("joined_on", "before_birth")
    elif club is not None:
        locks.check_open(p, "joined_on", club.id, inp.joined_on)
    if inp.role not in MEMBER_ROLES:
        p.add("role", "invalid", value=inp.role)
    if inp.group_id is not None and lookups.group_club(inp.group_id) != club.id:
        p.add("group", "not_in_club")
    if club.status == "dissolved":
        p.add("club", "dissolved", code=club.code)
    return p


def find_duplicates(inp: MemberInput, ward_code: int, *, exclude_person_id: int | None = None
                    ) -> list[Duplicate]:
    """People on record who may be this one: same ID number, or same folded name and birth
    year in the commune/ward."""
    access.require("read", ward_code)
    normalize(inp)
    found: dict[int, Duplicate] = {}
    if inp.id_number:  # in the ward only: check() says no more than "already registered"
        for person in Person.select().where((Person.id_number == inp.id_number)
                                            & (Person.ward == ward_code)):
            found[person.id] = Duplicate(person.id, person.full_name, person.birth_year,
                                         "id_number")
    if inp.full_name and inp.birth_year is not None:
        query = Person.select().where(
            (Person.search_key == fold(inp.full_name))
            & (Person.birth_year == inp.birth_year)
            & (Person.ward == ward_code)
        )
        for person in query:
            found.setdefault(person.id, Duplicate(person.id, person.full_name,
                                                  person.birth_year, "name_birth_year"))
    found.pop(exclude_person_id, None)
    for dup in found.values():
        active = active_membership(dup.person_id)
        dup.club_code = active.club.code if active else None
    return list(found.values())


def active_membership(person_id: int) -> Membership | None:
    return (
        Membership.select()
        .where((Membership.person == person_id) & Membership.left_on.is_null())
        .first()
    )


def person_values(inp: MemberInput) -> dict:
    """The Person columns of a checked member input, search and sort keys included (shared
    with the bulk writer, so both paths store the same row)."""
    values = {name: getattr(inp, name) for name in PERSON_FIELDS}
    values["village"] = values.pop("village_id")
    values["id_number"] = inp.id_number or None
    values["sort_key"] = name_sort_key(inp.full_name)
    values["search_key"] = fold(inp.full_name)
    return values


def membership_values(inp: MemberInput) -> dict:
    """The Membership columns of a checked member input (shared with the bulk writer)."""
    values = {name: getattr(inp, name) for name in MEMBERSHIP_FIELDS}
    values["group"] = values.pop("group_id")
    return values


def _club(club_id: int, action: str = "write") -> Club:
    return access.require_club(club_id, action)


def add_member(
    club_id: int,
    inp: MemberInput,
    *,
    existing_person_id: int | None = None,
    today: dt.date | None = None,
) -> Membership:
    """Register a member in a club. With existing_person_id, an already known person (found
    as a duplicate) joins, with their record updated; they must have no active club."""
    club = _club(club_id)
    problems = check(inp, club, person_id=existing_person_id, today=today)
    if existing_person_id is not None:
        known = Person.get_or_none(Person.id == existing_person_id)
        if known is None:
            raise NotFound("person", existing_person_id)
        # their record is updated too; another unit's person is answered as a missing one
        access.require_record("person", existing_person_id, known.ward_code, "write")
        active = active_membership(existing_person_id)
        if active is not None:
            problems.add("club", "already_active", code=active.club.code)
    problems.raise_if_any()
    with database.atomic():
        return write_new_member(club, inp, existing_person_id)


def write_new_member(club: Club, inp: MemberInput, existing_person_id: int | None
                     ) -> Membership:
    """Write a checked member (a new person, or `existing_person_id` updated) and their
    membership, with the audit rows. Only inside a transaction of a service that checked
    access and the input: add_member, add_members_bulk and the club board (a new member
    named to a seat) write members through here."""
    values = person_values(inp)
    if existing_person_id is None:
        person = Person.create(ward=club.ward_code, **values)
        audit.record("person", person.id, "create", None, audit.snapshot(person))
    else:
        person = Person.get_by_id(existing_person_id)
        before = audit.snapshot(person)
        for key, value in values.items():
            setattr(person, key, value)
        person.updated_at = now()
        person.save()
        audit.record("person", person.id, "update", before, audit.snapshot(person))
    membership = Membership.create(person=person, club=club, **membership_values(inp))
    audit.record("membership", membership.id, "create", None, audit.snapshot(membership))
    return membership


def add_members_bulk(club_id: int, rows: list[MemberInput]) -> list[Membership]:
    """Insert many already-validated members in one transaction (the import's commit)."""
    club = _club(club_id)
    locks.require_open(club.id, *(inp.joined_on for inp in rows), field="joined_on")
    with database.atomic():
        return [write_new_member(club, inp, None) for inp in rows]


def get_membership(membership_id: int, action: str = "read") -> Membership:
    """A membership, once the user may do `action` in its club's ward."""
    m = Membership.get_or_none(Membership.id == membership_id)
    if m is None:
        raise NotFound("membership", membership_id)
    access.require_club_id(m.club_id, action, missing=("membership", membership_id))
    return m


def update_member(membership_id: int, inp: MemberInput, *, today: dt.date | None = None
                  ) -> Membership:
    """Change a member's record and their membership details."""
    m = get_membership(membership_id, "write")
    keep_hidden_values(inp, m.person, m.club.ward_code)
    problems = check(inp, m.club, person_id=m.person_id, today=today)
    if inp.joined_on != m.joined_on:  # moving the joining date out of a signed year
        locks.check_open(problems, "joined_on", m.club_id, m.joined_on)
    problems.raise_if_any()
    with database.atomic():
        person = m.person
        before = audit.snapshot(person)
        for key, value in person_values(inp).items():
            setattr(person, key, value)
        person.updated_at = now()
        person.save()
        audit.record("person", person.id, "update", before, audit.snapshot(person))
        before = audit.snapshot(m)
        for key, value in membership_values(inp).items():
            setattr(m, key, value)
        m.save()
        audit.record("membership", m.id, "update", before, audit.snapshot(m))
    return m


def keep_hidden_values(inp: MemberInput, person: Person, ward_code: int) -> None:
    """A user who may not see sensitive values edits a form where they are masked: keep the
    stored values instead of what the masked form holds."""
    from models.accounts.access import can_see_sensitive

    if can_see_sensitive(ward_code):
        return
    for name in SENSITIVE_FIELDS:
        value = getattr(person, name)
        setattr(inp, name, value or "" if name == "id_number" else value)


def leave(membership_id: int, on: dt.date, reason: str, note: str = "",
          *, today: dt.date | None = None) -> Membership:
    """Record that a member left the club (died, moved, withdrew, other)."""
    today = today or dt.date.today()
    m = get_membership(membership_id, "write")
    p = Collector()
    if m.left_on is not None:
        p.add("membership", "already_left", date=m.left_on)
    if reason not in LEAVE_REASONS:
        p.add("leave_reason", "required" if not reason else "invalid", value=reason)
    if on is None:
        p.add("left_on", "required")
    elif on < m.joined_on:
        p.add("left_on", "before_join", joined=m.joined_on)
    elif on > today:
        p.add("left_on", "in_future")
    if isinstance(on, dt.date):
        locks.check_open(p, "left_on", m.club_id, on)
    p.raise_if_any()
    with database.atomic():
        before = audit.snapshot(m)
        m.left_on, m.leave_reason, m.leave_note = on, reason, nfc(note)
        m.save()
        audit.record("membership", m.id, "leave", before, audit.snapshot(m))
    return m


def rejoin(person_id: int, club_id: int, on: dt.date, *, today: dt.date | None = None
           ) -> Membership:
    """A former member joins again (the same or another club): a new membership."""
    today = today or dt.date.today()
    club = _club(club_id)
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise NotFound("person", person_id)
    access.require_record("person", person_id, person.ward_code, "write")
    p = Collector()
    active = active_membership(person_id)
    if active is not None:
        p.add("club", "already_active", code=active.club.code)
    if club.status == "dissolved":
        p.add("club", "dissolved", code=club.code)
    last = (Membership.select().where(Membership.person == person_id)
            .order_by(Membership.left_on.desc()).first())
    if last is not None and last.leave_reason == "died":
        p.add("person", "deceased")
    if on is None:
        p.add("joined_on", "required")
    elif on > today:
        p.add("joined_on", "in_future")
    elif last is not None and last.left_on is not None and on < last.left_on:
        p.add("joined_on", "before_last_leave", left=last.left_on)
    if isinstance(on, dt.date):
        locks.check_open(p, "joined_on", club.id, on)
    p.raise_if_any()
    with database.atomic():
        m = Membership.create(person=person, club=club, joined_on=on)
        audit.record("membership", m.id, "rejoin", None, audit.snapshot(m))
    return m


def club_by_code(code: str) -> Club:
    club = Club.get_or_none(Club.code == nfc(code).upper())
    if club is None:
        raise NotFound("club", code)
    access.require_record("club", code, club.ward_code, "read")
    return club


def fields_of_input() -> list[str]:
    return [f.name for f in fields(MemberInput)]


__all__ = [
    "Duplicate", "MemberInput", "ValidationError", "add_member", "add_members_bulk", "age_on",
    "check", "find_duplicates", "leave", "rejoin", "update_member",
]
