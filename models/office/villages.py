"""Villages and residential groups (thôn, bản, tổ dân phố) that the office types in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from models.accounts import access, audit
from models.codes import VILLAGE_KINDS
from models.errors import Collector, NotFound
from models.storage.db import database
from models.storage.schema import Person, Village, Ward
from models.text.vietnamese import fold, nfc


def add_village(ward_code: int, name: str, kind: str = "thôn",
                valid_from: dt.date | None = None) -> Village:
    """Add a village to a commune/ward; names are unique within the ward."""
    access.require("write", ward_code)
    name, kind = nfc(name), nfc(kind)
    p = Collector()
    if Ward.get_or_none(Ward.code == ward_code) is None:
        p.add("ward_code", "unknown", value=ward_code)
    if not name:
        p.add("name", "required")
    elif Village.get_or_none((Village.ward == ward_code) & (Village.search_key == fold(name))):
        p.add("name", "duplicate", value=name)
    if kind not in VILLAGE_KINDS:
        p.add("kind", "invalid", value=kind)
    p.raise_if_any()
    with database.atomic():
        village = Village.create(ward=ward_code, name=name, kind=kind, search_key=fold(name),
                                 valid_from=valid_from)
        audit.record("village", village.id, "create", None, audit.snapshot(village))
    return village


def close_village(village_id: int, on: dt.date) -> Village:
    """Mark a village as no longer existing (merged, renamed); old records keep it."""
    village = Village.get_or_none(Village.id == village_id)
    if village is None:
        raise NotFound("village", village_id)
    access.require_record("village", village_id, village.ward_code, "write")
    with database.atomic():
        before = audit.snapshot(village)
        village.valid_to = on
        village.save()
        audit.record("village", village.id, "close", before, audit.snapshot(village))
    return village


def village_in_use(village_id: int) -> bool:
    return Person.select().where(Person.village == village_id).exists()


def find_village(ward_code: int, name: str) -> Village | None:
    """Match a typed village name to one of the ward's villages, ignoring marks and case;
    "Thôn Nà Cưởm" also matches the village "Nà Cưởm"."""
    return village_matcher(ward_code)(name)


def village_matcher(ward_code: int) -> Callable[[str], Village | None]:
    """find_village for many names: the ward's villages are read once (an import matches
    thousands of rows against a ward of hundreds of villages)."""
    access.require("read", ward_code)
    by_name: dict[str, Village] = {}
    by_kind_and_name: dict[str, Village] = {}
    for v in Village.select().where(Village.ward == ward_code).order_by(Village.id):
        by_name.setdefault(v.search_key, v)
        by_kind_and_name.setdefault(fold(f"{v.kind} {v.name}"), v)

    def match(name: str) -> Village | None:
        key = fold(name)
        return by_name.get(key) or by_kind_and_name.get(key)

    return match
