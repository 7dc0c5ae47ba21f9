"""Which unit this office is, and which units lie directly below it.

A ward office is its ward (the office settings); a province or national office, or a club
that keeps its own copy of the program, says so once (`set_office_unit`, kept as a setting).
Codes of wards and provinces are official numbers and compare as numbers ("06" is "6"); a
club's code compares as written, in capitals.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from models.accounts import access, audit
from models.errors import ValidationError
from models.office import settings
from models.reporting.snapshot import LEVELS, NATION_CODE
from models.storage.db import database
from models.storage.schema import Club, Province, Setting, Ward
from models.text.vietnamese import nfc

SETTING_KEY = "exchange_unit"


@dataclass(frozen=True)
class OfficeUnit:
    level: str  # one of snapshot.LEVELS; "" when the office is not set up yet
    code: str
    name: str


def level_below(level: str) -> str | None:
    """The level whose reports this level receives; None for a club (or no level)."""
    if level not in LEVELS or level == LEVELS[0]:
        return None
    return LEVELS[LEVELS.index(level) - 1]


def normal_code(level: str, code: str) -> str:
    """A unit code as stored and compared: official numbers without leading zeros."""
    text = nfc(str(code)).strip()
    if level in ("ward", "province") and text.isascii() and text.isdigit():
        return str(int(text))
    return text.upper()


def same_code(level: str, a: str, b: str) -> bool:
    return normal_code(level, a) == normal_code(level, b)


def _number(code: str) -> int | None:
    return int(code) if code.isascii() and code.isdigit() and len(code) < 10 else None


def office_unit() -> OfficeUnit:
    """This office's unit: the one set for the exchange, else the office's ward."""
    row = Setting.get_or_none(Setting.key == SETTING_KEY)
    if row is not None:
        stored = json.loads(row.value)
        level, code = stored["level"], stored["code"]
        return OfficeUnit(level, code, _name_of(level, code) or code)
    office = settings.load(settings.OfficeSettings)
    if office.ward_code is None:
        return OfficeUnit("", "", "")
    code = str(office.ward_code)
    return OfficeUnit("ward", code, _name_of("ward", code) or office.office_name)


def _name_of(level: str, code: str) -> str | None:
    """The name of a unit this database knows, None when it knows none by that code."""
    if level == "nation":
        return "Việt Nam" if code == NATION_CODE else None
    if level == "club":
        club = Club.get_or_none(Club.code == code)
        return club.name if club is not None else None
    number = _number(code)
    if number is None:
        return None
    table = Ward if level == "ward" else Province
    found = table.get_or_none(table.code == number)
    return found.name if found is not None else None


def set_office_unit(level: str, code: str) -> OfficeUnit:
    """Say which unit this office is (administrator): a province office its province, the
    national office "VN", a club keeping its own copy its club code."""
    access.require("admin")
    if level not in LEVELS:
        raise ValidationError("level", "unknown", {"value": level})
    code = NATION_CODE if level == "nation" else normal_code(level, code)
    if _name_of(level, code) is None:
        raise ValidationError("unit", "unknown", {"value": code})
    row = Setting.get_or_none(Setting.key == SETTING_KEY)
    before = json.loads(row.value) if row is not None else None
    value = {"level": level, "code": code}
    with database.atomic():
        Setting.insert(key=SETTING_KEY, value=json.dumps(value)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: json.dumps(value)}).execute()
        audit.record("setting", SETTING_KEY, "update" if before else "create", before, value)
    return office_unit()


def unit_name(level: str, code: str, here: OfficeUnit) -> str | None:
    """The name of unit `code` of `level` when it lies directly below `here`; None when it
    does not. A club this database does not hold gives "" (a ward office may receive a club
    office's reports without keeping the club's records)."""
    if level_below(here.level) != level:
        return None
    code = normal_code(level, code)
    if level == "club":
        club = Club.get_or_none(Club.code == code)
        if club is None:
            return ""
        return club.name if same_code("ward", str(club.ward_code), here.code) else None
    if level == "ward":
        number = _number(code)
        ward = Ward.get_or_none(Ward.code == number) if number is not None else None
        if ward is None or not same_code("province", str(ward.province_code), here.code):
            return None
        return ward.name
    return _name_of(level, code)  # a province below the nation
