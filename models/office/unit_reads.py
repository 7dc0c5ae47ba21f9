"""Reads of the official administrative units for the windows.

The list of provinces and communes/wards is public (it comes from the official list, not from
any office), so these reads need no access check; they never return a unit's own records.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.office.office_setup import province_label, ward_label
from models.storage.schema import Province, Ward


@dataclass(frozen=True)
class WardPlace:
    """A commune/ward as the windows show it."""

    code: int
    name: str  # 'Phường Đức Xuân'
    label: str  # 'phường Đức Xuân' (for running text)
    province_code: int
    province_name: str  # 'Tỉnh Thái Nguyên' (as on the official list)
    province_label: str  # 'tỉnh Thái Nguyên'


def unit_counts() -> tuple[int, int]:
    """How many provinces and communes/wards the official list holds."""
    return Province.select().count(), Ward.select().count()


def ward_by_code(ward_code: int | None) -> Ward | None:
    """The official ward row with its province loaded (None for None or an unknown code)."""
    if ward_code is None:
        return None
    return (Ward.select(Ward, Province).join(Province)
            .where(Ward.code == int(ward_code)).first())


def ward_place(ward_code: int | None) -> WardPlace | None:
    """Name, running-text label and province of a ward (None for None or an unknown code)."""
    ward = ward_by_code(ward_code)
    if ward is None:
        return None
    return WardPlace(ward.code, ward.name, ward_label(ward), ward.province.code,
                     ward.province.name, province_label(ward.province))
