"""The wording the window shows for domain codes, re-exported from models.text.messages.

The catalogue itself is Qt-free (models/text/) so the command line shares it without loading
Qt; ui/i18n.py sets its language together with Qt's translators. This module keeps the names
the window's modules import and holds no wording of its own.
"""

from __future__ import annotations

from typing import Any

from models.text.catalog import N_, tr
from models.text.messages import (
    ACCESS,
    CODE_LISTS,
    ERRORS,
    FIELDS,
    error_lines,
    field_label,
    label,
    problem_text,
    roles_label,
)
from models.text.messages import access_text as _access_text

__all__ = [
    "ACCESS", "CODE_LISTS", "ERRORS", "FIELDS", "N_", "access_text", "error_lines",
    "field_label", "label", "problem_text", "roles_label", "tr",
]


def access_text(error: Any) -> str:
    """An AccessDenied as one sentence; a refused unit is named from the database."""
    from models.accounts.users import unit_text

    return _access_text(error, unit_text)
