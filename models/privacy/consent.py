"""Consent to the processing of personal data (Law 91/2025/QH15) and how sensitive values are
masked. No database access at import time: models/members/members.py, reports/ and the
windows all import it.

The consent scope stored on a member (`Person.consent_scope`) is the text the member agreed
to. When a clerk records a consent date without typing a scope, the default below is stored,
so every recorded consent says what it covers.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from models.text.vietnamese import format_date

# What the club uses a member's data for (printed on the consent form, one line each).
PURPOSES: tuple[str, ...] = (
    "Quản lý danh sách thành viên và hoạt động sinh hoạt của Câu lạc bộ",
    "Quản lý các quỹ của Câu lạc bộ: đóng góp, cho vay vốn quay vòng và thu hồi vốn",
    "Lập báo cáo gửi Hội Người cao tuổi và Ủy ban nhân dân xã/phường; báo cáo gửi cấp trên "
    "chỉ gồm số liệu tổng hợp, không có thông tin riêng của từng người",
    "Liên lạc với thành viên về hoạt động của Câu lạc bộ",
)

BASIC_DATA: tuple[str, ...] = (
    "Họ và tên, giới tính, ngày sinh hoặc năm sinh, dân tộc",
    "Số điện thoại, thôn/tổ dân phố nơi ở",
    "Ngày vào Câu lạc bộ, vai trò, tổ/nhóm sinh hoạt",
    "Các khoản đóng góp, vay và trả vốn với Câu lạc bộ",
)

SENSITIVE_DATA: tuple[str, ...] = (
    "Số căn cước công dân (CCCD)",
    "Hoàn cảnh hộ gia đình: hộ nghèo, hộ cận nghèo, hoàn cảnh khó khăn",
    "Tình trạng khuyết tật",
    "Hưởng trợ cấp xã hội; người có công, gia đình chính sách",
    "Ghi chú về sức khỏe, hoàn cảnh (nếu có)",
)

DEFAULT_SCOPE = (
    "Quản lý thành viên, quỹ và vốn vay của CLB; báo cáo Hội Người cao tuổi và UBND "
    "xã/phường (cấp trên chỉ nhận số liệu tổng hợp); liên lạc với thành viên. Gồm dữ liệu "
    "cơ bản và dữ liệu nhạy cảm: số CCCD, hoàn cảnh hộ, khuyết tật, trợ cấp xã hội, chính "
    "sách, ghi chú sức khỏe."
)
SCOPE_MAX = 2000

# Person fields shown only to roles with the "sensitive" right (models/accounts/access.py). Health has
# no field of its own yet: remarks about it end up in the free-text note, hence the note.
SENSITIVE_FIELDS: tuple[str, ...] = (
    "id_number", "household_status", "household_status_year", "disability",
    "social_assistance", "policy_beneficiary", "note",
)

MASK = "(ẩn)"
_MASKED_ID = re.compile(r"\*{4,}\d{0,4}")


def mask_id_number(value: str | None) -> str:
    """"008158001234" -> "********1234"; nothing stays nothing."""
    value = (value or "").strip()
    if not value:
        return ""
    return "*" * max(len(value) - 4, 4) + value[-4:]


def masked_value(field: str, value: object) -> object:
    """What a user without the sensitive right sees in place of `value`."""
    if field == "id_number":
        return mask_id_number(str(value or ""))
    return MASK


def looks_masked(value: object) -> bool:
    """True for a cell written by a masked export ("(ẩn)", "********1234")."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return text == MASK or bool(_MASKED_ID.fullmatch(text))


def consent_form_data(person_id: int, on: dt.date | None = None) -> Any:
    """The consent form of one member (reports.papers.consent_form.ConsentFormData), from
    their current membership, else the last one. Prints every value (the full CCCD): it
    needs the sensitive right in the member's ward and is audited as "consent_form" (a
    person of another unit is NotFound, as a missing one). `on` overrides the recorded
    consent date."""
    # Imported here: models.members.members imports this module for the consent defaults.
    from models.accounts import access, audit
    from models.errors import NotFound
    from models.papers import papers, papers_extra
    from models.storage.db import database
    from models.storage.schema import Membership, Person, Village
    from models.text.labels import label
    from reports.papers.consent_form import ConsentFormData

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
    association = papers._association(ward)
    village = Village.get_or_none(Village.id == person.village_id) if person.village_id else None
    chair = ""
    if club is not None:
        chair = next((p.full_name for s, p in papers_extra.board_of(club.id)
                      if s.role == "chair" and s.term_end is None), "")
    settings_office = papers_extra.settings.load(papers_extra.settings.OfficeSettings)
    body = papers_extra.default_body()
    office = papers_extra.running_name(body.name if body else "", ward)
    if settings_office.address:
        office += f" ({settings_office.address})"
    where = [village.name if village else "", papers_extra.ward_text(ward),
             papers_extra.province_text(ward)]
    club_name = papers.club_name_text(club.name) if club else ""
    return ConsentFormData(
        parent_body=association.name if association else "",
        club_header=papers.header_name(club.name) if club else "",
        club_name=club_name,
        ward=papers_extra.ward_text(ward),
        province=papers_extra.province_text(ward),
        place=papers_extra.place_name(ward),
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
