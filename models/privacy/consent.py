"""Consent to the processing of personal data (Law 91/2025/QH15) and how sensitive values are
masked. No database access here: models/members/members.py, the exports and the windows all
import it. The consent form's data is read in models/privacy/consent_paper.py; its wording
(purposes, kinds of data, rights) is the paper's, in reports/papers/consent_form.py.

The consent scope stored on a member (`Person.consent_scope`) is the text the member agreed
to. When a clerk records a consent date without typing a scope, the default below is stored,
so every recorded consent says what it covers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

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

# Columns of a health check (models/activities/tables.HealthCheck), all sensitive: health data.
HEALTH_FIELDS: tuple[str, ...] = ("systolic", "diastolic", "weight_dkg", "sugar_dmmol", "note")

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


def masks() -> dict[str, Callable[[object], object]]:
    """For every sensitive field, what a user without the sensitive right sees in its place:
    the plain functions a masked export hands to its layout."""
    return {name: partial(masked_value, name) for name in SENSITIVE_FIELDS}
