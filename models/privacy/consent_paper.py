"""The consent form's data (Giấy đồng ý xử lý dữ liệu cá nhân, Law 91/2025/QH15) of one
member, read from the database. The layout is reports/papers/consent_form.py; the paper
catalogue (models/papers/papers_extra.member_paper) prints it.
"""

from __future__ import annotations

import datetime as dt

from models.accounts import access, audit
from models.clubs.clubs import board_of
from models.errors import NotFound
from models.office import settings
from models.papers.paper_facts import (
    association_body,
    club_name_text,
    default_body,
    place_name,
    province_text,
    running_name,
    ward_text,
)
from models.privacy.consent import DEFAULT_SCOPE
from models.storage.db import database
from models.storage.schema import Membership, Person, Village
from models.text.labels import label
from models.text.vietnamese import format_date
from reports.papers.common import header_name
from reports.papers.consent_form import ConsentFormData


def consent_form_data(person_id: int, on: dt.date | None = None) -> ConsentFormData:
    """The consent form of one member (reports.papers.consent_form.ConsentFormData), from
    their current membership, else the last one. Prints every value (the full CCCD): it
    needs the sensitive right in the member's ward and is audited as "consent_form" (a
    person of another unit is NotFound, as a missing one). `on` overrides the recorded
    consent date."""
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise NotFound("person", person_id)
    access.require_record("person", person_id, person.ward_code, "sensitive")
    with database.atomic():
        audit.record("person", person.id, "consent_form", None,
                     {"date": (on or person.consent_date or dt.date.today()).isoformat()})
    membership = (Membership.select().where(Membership.person == person.id)
                  .order_by(Membership.left_on.is_null(True).desc(),
                            Membership.joined_on.desc()).first())
    club = membership.club if membership else None
    ward = person.ward
    association = association_body(ward)
    village = Village.get_or_none(Village.id == person.village_id) if person.village_id else None
    chair = ""
    if club is not None:
        chair = next((p.full_name for s, p in board_of(club.id)
                      if s.role == "chair" and s.term_end is None), "")
    settings_office = settings.load(settings.OfficeSettings)
    body = default_body()
    office = running_name(body.name if body else "", ward)
    if settings_office.address:
        office += f" ({settings_office.address})"
    where = [village.name if village else "", ward_text(ward),
             province_text(ward)]
    club_name = club_name_text(club.name) if club else ""
    return ConsentFormData(
        parent_body=association.name if association else "",
        club_header=header_name(club.name) if club else "",
        club_name=club_name,
        ward=ward_text(ward),
        province=province_text(ward),
        place=place_name(ward),
        date=on or person.consent_date,
        full_name=person.full_name,
        gender=label("gender", person.gender),
        birth=format_date(person.birth_date) if person.birth_date else str(person.birth_year),
        ethnicity=person.ethnicity,
        id_number=person.id_number or "",
        phone=person.phone,
        address=", ".join(w for w in where if w),
        joined_on=membership.joined_on if membership else None,
        scope=person.consent_scope or DEFAULT_SCOPE,
        chair_name=chair,
        office=office,
    )
