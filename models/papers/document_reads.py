"""Reads of the document register for the windows, checked as issuing is."""

from __future__ import annotations

from models.accounts import access
from models.papers import documents
from models.storage.schema import IssuingBody
from models.text.vietnamese import nfc


def next_number_text(kind: str, body_code: str, year: int, club_id: int | None = None
                     ) -> str | None:
    """The number the next `kind` paper of `body_code` would get in `year` ('05/QĐ-UBND'),
    with the same access check as documents.issue(); None when the body is not on file."""
    if club_id is not None and documents.club_visible(club_id):
        access.require_club(club_id, "issue")
    else:
        access.require("issue")
    body = IssuingBody.get_or_none(IssuingBody.code == nfc(body_code).upper())
    if body is None:
        return None
    return documents.number_text(
        documents.next_number(body.id, year),
        documents.symbol_for(documents.type_code_for(kind), body.code))
