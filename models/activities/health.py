"""Health checks of members: blood pressure, weight, blood sugar and a note.

Health data is sensitive personal data (Law 91/2025/QH15). Every read here masks the
measurements and the note for roles without the sensitive right, as the member register
masks CCCD and household status (models/privacy/consent.py); the audit trail masks them too
(models/accounts/audit_view.py, through consent.HEALTH_FIELDS).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.accounts import access, audit
from models.activities import checks
from models.activities.tables import HealthCheck
from models.errors import Collector
from models.privacy.consent import HEALTH_FIELDS, MASK
from models.storage.db import database
from models.storage.schema import Person

# Plausible ranges, refusing typing slips (5200 for 52,0 kg) rather than judging health.
RANGES = {"systolic": 300, "diastolic": 200, "weight_dkg": 3000, "sugar_dmmol": 500}


@dataclass
class HealthCheckInput:
    """One check: weight in tenths of a kilogram (525 = 52,5 kg), blood sugar in tenths of
    mmol/L (56 = 5,6), blood pressure in mmHg. Any measurement may be left empty."""

    person_id: int | None = None
    date: dt.date | None = None
    systolic: int | None = None
    diastolic: int | None = None
    weight_dkg: int | None = None
    sugar_dmmol: int | None = None
    note: str = ""


@dataclass(frozen=True)
class HealthCheckRow:
    """A check as a reader sees it: the measurements and the note are "(ẩn)" for a role
    without the sensitive right (`masked` True)."""

    id: int
    person_id: int
    full_name: str
    date: dt.date
    systolic: int | str | None
    diastolic: int | str | None
    weight_dkg: int | str | None
    sugar_dmmol: int | str | None
    note: str
    masked: bool


def check(club_id: int, inp: HealthCheckInput, today: dt.date) -> Collector:
    club = access.require_club(club_id, "write")
    access.require("sensitive", club.ward_code)  # writing health data is handling it
    inp.note = checks.clean_text(inp.note)
    p = Collector()
    date_ok = checks.check_date(p, "date", inp.date, club, today)
    checks.check_member(p, "person", inp.person_id, club.id, inp.date if date_ok else None)
    for name, high in RANGES.items():
        checks.check_whole(p, name, getattr(inp, name), high=high)
    checks.check_text(p, "note", inp.note, 2000, required=False)
    if all(getattr(inp, n) is None for n in RANGES) and not inp.note:
        p.add("systolic", "no_measurement")
    return p


def record_health_check(club_id: int, inp: HealthCheckInput, *,
                        today: dt.date | None = None) -> HealthCheck:
    """Record a member's health check."""
    today = today or dt.date.today()
    check(club_id, inp, today).raise_if_any()
    with database.atomic():
        row = HealthCheck.create(club=club_id, person=inp.person_id, date=inp.date,
                                 systolic=inp.systolic, diastolic=inp.diastolic,
                                 weight_dkg=inp.weight_dkg, sugar_dmmol=inp.sugar_dmmol,
                                 note=inp.note)
        audit.record("health_check", row.id, "create", None, audit.snapshot(row))
    return row


def hide(value: object) -> object:
    """What a reader without the sensitive right sees of one health value."""
    return MASK if value not in (None, "") else value


def health_checks(club_id: int, year: int) -> list[HealthCheckRow]:
    """A club's health checks of a year, by date then name; masked for roles without the
    sensitive right."""
    ward = access.require_club_id(club_id, "read")
    masked = not access.can_see_sensitive(ward)
    start, end = checks.year_bounds(year)
    query = (HealthCheck.select(HealthCheck, Person.full_name).join(Person)
             .where((HealthCheck.club == club_id) & HealthCheck.date.between(start, end))
             .order_by(HealthCheck.date, Person.sort_key, HealthCheck.id))
    rows = []
    for h in query:
        values = {name: getattr(h, name) for name in HEALTH_FIELDS}
        if masked:
            values = {name: hide(v) for name, v in values.items()}
        rows.append(HealthCheckRow(h.id, h.person_id, h.person.full_name, h.date,
                                   masked=masked, **values))
    return rows
