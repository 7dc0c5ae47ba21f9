"""Packages sent upward (annual reports, exports to the province) carry aggregates only:
assert_no_personal_data refuses names, CCCD or phone numbers, person ids and rows. Every
builder of such a package calls it on the whole package before writing it."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from models.errors import DomainError
from models.storage.schema import Membership, Person


class PersonalDataFound(DomainError):
    """A package meant for the upper level carries data about one person."""

    def __init__(self, path: str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"personal data at {path}: {reason}")


# Keys that name or identify one person; a package of aggregates has none of them.
PERSONAL_KEYS = frozenset({
    "full_name", "name_of_member", "person", "person_id", "id_number", "cccd", "phone",
    "birth_date", "note", "address", "village_of_member", "sort_key", "search_key",
    "consent_scope", "guarantor", "guarantor_name",
})
_ID_NUMBER = re.compile(r"(?<!\d)\d{12}(?!\d)")
_PHONE = re.compile(r"(?<![\d+])(?:\+84|0)\d{9}(?!\d)")


def assert_no_personal_data(obj: Any, path: str = "$") -> None:
    """Raise PersonalDataFound if `obj` (dicts, lists, tuples, dataclasses, strings, numbers)
    holds a person: a personal key, a CCCD-like or phone-like number, a Person row.

    The builder of any package sent upward (annual reports, exports to the province) must
    call it on the whole package before writing it.
    """
    if isinstance(obj, Person | Membership):
        raise PersonalDataFound(path, "record")
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        obj = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        for key, value in obj.items():
            if str(key).casefold() in PERSONAL_KEYS:
                raise PersonalDataFound(f"{path}.{key}", "key")
            assert_no_personal_data(value, f"{path}.{key}")
    elif isinstance(obj, list | tuple | set | frozenset):
        for i, value in enumerate(obj):
            assert_no_personal_data(value, f"{path}[{i}]")
    elif isinstance(obj, str):
        if _ID_NUMBER.search(obj):
            raise PersonalDataFound(path, "id_number")
        if _PHONE.search(obj.replace(" ", "").replace(".", "")):
            raise PersonalDataFound(path, "phone")
