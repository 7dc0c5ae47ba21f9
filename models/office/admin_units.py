"""Administrative units: the official list in force since 01/7/2025, and villages."""

from __future__ import annotations

import json

from models.storage.schema import Province, Village, Ward
from models.text.vietnamese import fold


def load_official_units() -> tuple[int, int]:
    """Fill the province and ward tables from the bundled list; returns (provinces, wards).

    Idempotent: existing codes are left as they are (an office may have renamed nothing, but
    old records must keep pointing at the codes they were written with).
    """
    import vietnam_provinces  # only needed when the table is first filled

    with open(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH, encoding="utf-8") as fh:
        nested = json.load(fh)
    have_p = {p for (p,) in Province.select(Province.code).tuples()}
    have_w = {w for (w,) in Ward.select(Ward.code).tuples()}
    provinces, wards = [], []
    for p in nested:
        if p["code"] not in have_p:
            provinces.append(
                {"code": p["code"], "name": full_province_name(p["name"], p["division_type"]),
                 "division_type": p["division_type"]}
            )
        for w in p["wards"]:
            if w["code"] not in have_w:
                wards.append(
                    {
                        "code": w["code"],
                        "name": w["name"],
                        "division_type": w["division_type"],
                        "province": p["code"],
                        "search_key": fold(w["name"]),
                    }
                )
    for i in range(0, len(provinces), 500):
        Province.insert_many(provinces[i : i + 500]).execute()
    for i in range(0, len(wards), 500):
        Ward.insert_many(wards[i : i + 500]).execute()
    return Province.select().count(), Ward.select().count()


def full_province_name(name: str, division_type: str) -> str:
    """The package writes 'Thành phố Hà Nội' but 'Thái Nguyên' alone; papers need 'Tỉnh …'."""
    if division_type == "tỉnh" and not name.startswith("Tỉnh "):
        return f"Tỉnh {name}"
    return name


def provinces() -> list[Province]:
    """All provinces in Vietnamese alphabetical order of their names."""
    from models.text.vietnamese import vietnamese_key

    return sorted(Province.select(), key=lambda p: vietnamese_key(short_name(p.name)))


def wards_of(province_code: int) -> list[Ward]:
    """Communes and wards of a province, alphabetically."""
    from models.text.vietnamese import vietnamese_key

    return sorted(
        Ward.select().where(Ward.province == province_code),
        key=lambda w: vietnamese_key(short_name(w.name)),
    )


def short_name(name: str) -> str:
    """'Phường Đức Xuân' -> 'Đức Xuân'; 'Thành phố Hà Nội' -> 'Hà Nội'."""
    for prefix in ("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def villages_of(ward_code: int, *, include_closed: bool = False) -> list[Village]:
    """Villages of a ward, in Vietnamese order; closed ones only when asked."""
    from models.text.vietnamese import vietnamese_key

    query = Village.select().where(Village.ward == ward_code)
    if not include_closed:
        query = query.where(Village.valid_to.is_null())
    return sorted(query, key=lambda v: vietnamese_key(v.name))
