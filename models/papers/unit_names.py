"""The names of the office's ward as they were on a date.

The official list the program carries knows only the units in force since 01/7/2025: 34
provinces and the communes and wards without districts. A paper of 2024 must name the ward,
district and province of 2024 ("phường Sông Cầu, thành phố Bắc Kạn, tỉnh Bắc Kạn"), so the
office types the former names once (the last day they were used, and the names); papers dated
up to that day print them, later papers today's names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.accounts import access, audit
from models.errors import Collector, NotFound
from models.office.settings import require_office_admin
from models.papers.tables import FormerUnitName
from models.storage.db import database
from models.storage.schema import Ward, now
from models.text.vietnamese import nfc

_PREFIXES = ("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Thị trấn ", "Đặc khu ", "Quận ",
             "Huyện ", "Thị xã ")


@dataclass(frozen=True)
class UnitNames:
    """How a paper of a date names its ward: "Phường Sông Cầu" (a date line), "phường Sông
    Cầu" (running text), the district ("thành phố Bắc Kạn", "" after 2025) and province."""

    place: str
    ward: str
    district: str
    province: str

    @property
    def province_text(self) -> str:
        """What follows the ward in running text: district (if any) and province."""
        return ", ".join(x for x in (self.district, self.province) if x)


def _split(name: str) -> tuple[str, str]:
    """ "Phường Sông Cầu" -> ("phường", "Sông Cầu")."""
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            return prefix.strip().lower(), name[len(prefix):]
    return "", name


def _running(name: str) -> str:
    kind, rest = _split(name)
    return f"{kind} {rest}".strip()


def former_on(ward_code: int, on: dt.date | None) -> FormerUnitName | None:
    """The former names in use on `on` (the row with the earliest last day not before it)."""
    if on is None:
        return None
    return (FormerUnitName.select()
            .where((FormerUnitName.ward_code == ward_code) & (FormerUnitName.valid_until >= on))
            .order_by(FormerUnitName.valid_until).first())


def names_on(ward: Ward, on: dt.date | None) -> UnitNames:
    """The ward's names on a date: the former ones the office typed, else today's."""
    former = former_on(ward.code, on)
    if former is not None:
        return UnitNames(former.ward_name, _running(former.ward_name),
                         _running(former.district_name), _running(former.province_name))
    from models.office.admin_units import short_name

    province = ward.province
    kind = "tỉnh" if province.division_type == "tỉnh" else "thành phố"
    return UnitNames(f"{ward.division_type.capitalize()} {short_name(ward.name)}",
                     f"{ward.division_type} {short_name(ward.name)}", "",
                     f"{kind} {short_name(province.name)}")


def body_name_on(name: str, ward: Ward, on: dt.date | None) -> str:
    """A body's header name on a date: "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN" becomes "ỦY BAN NHÂN
    DÂN PHƯỜNG SÔNG CẦU" for a date the ward still had its former name."""
    former = former_on(ward.code, on)
    if former is None or not name:
        return name
    today = names_on(ward, None).ward.upper()
    return name.replace(today, _running(former.ward_name).upper())


@dataclass
class FormerNameInput:
    """Former names as the office types them."""

    ward_code: int | None = None
    valid_until: dt.date | None = None
    ward_name: str = ""
    district_name: str = ""
    province_name: str = ""


@dataclass(frozen=True)
class FormerNameRow:
    id: int
    ward_code: int
    valid_until: dt.date
    ward_name: str
    district_name: str
    province_name: str


def _row(r: FormerUnitName) -> FormerNameRow:
    return FormerNameRow(r.id, r.ward_code, r.valid_until, r.ward_name, r.district_name,
                         r.province_name)


def former_names(ward_code: int) -> list[FormerNameRow]:
    """A ward's former names, oldest first."""
    access.require("read", ward_code)
    return [_row(r) for r in FormerUnitName.select()
            .where(FormerUnitName.ward_code == ward_code).order_by(FormerUnitName.valid_until)]


def save_former_name(inp: FormerNameInput) -> FormerNameRow:
    """Record (or correct) the names a ward had up to a day."""
    require_office_admin()
    p = Collector()
    for name in ("ward_name", "district_name", "province_name"):
        setattr(inp, name, " ".join(nfc(getattr(inp, name) or "").split()))
    if inp.ward_code is None or Ward.get_or_none(Ward.code == inp.ward_code) is None:
        p.add("ward_code", "unknown", value=inp.ward_code)
    if inp.valid_until is None:
        p.add("valid_until", "required")
    elif inp.valid_until >= dt.date(2025, 7, 1):
        p.add("valid_until", "not_before_merge")
    for name in ("ward_name", "province_name"):
        if not getattr(inp, name):
            p.add(name, "required")
    for name in ("ward_name", "district_name", "province_name"):
        if len(getattr(inp, name)) > 100:
            p.add(name, "too_long", max=100)
    p.raise_if_any()
    with database.atomic():
        row = FormerUnitName.get_or_none((FormerUnitName.ward_code == inp.ward_code)
                                         & (FormerUnitName.valid_until == inp.valid_until))
        before = audit.snapshot(row) if row is not None else None
        values = dict(ward_name=inp.ward_name, district_name=inp.district_name,
                      province_name=inp.province_name, updated_at=now())
        if row is None:
            row = FormerUnitName.create(ward_code=inp.ward_code, valid_until=inp.valid_until,
                                        **values)
        else:
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        audit.record("former_unit_name", row.id, "update" if before else "create", before,
                     audit.snapshot(row))
    return _row(row)


def delete_former_name(row_id: int) -> None:
    """Forget a former name typed by mistake."""
    require_office_admin()
    with database.atomic():
        row = FormerUnitName.get_or_none(FormerUnitName.id == row_id)
        if row is None:
            raise NotFound("former_unit_name", row_id)
        audit.record("former_unit_name", row.id, "delete", audit.snapshot(row), None)
        row.delete_instance()
