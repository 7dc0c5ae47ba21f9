"""Member files for the office: the blank import template and the register export.

Both print well and carry the ward's villages (and the club's groups) as dropdowns. A masked
export hides the sensitive columns; a full one needs the sensitive right and is audited before
the file exists (models.privacy.privacy.write_audited). Every target is checked first
(models.storage.output): never the database or the backups folder, an existing file only with
`force`.
"""

from __future__ import annotations

import datetime as dt
import os

from models.accounts import access
from models.members.register import register
from models.office.admin_units import villages_of
from models.privacy.consent import masks
from models.storage.output import check_output, write_output
from models.storage.schema import Club, ClubGroup, Person, Ward
from models.text.vietnamese import format_date
from reports.members_xlsx import write_register, write_template


def _ward_line(ward_code: int | None) -> str:
    ward = Ward.get_or_none(Ward.code == ward_code) if ward_code is not None else None
    if ward is None:
        return ""
    province = ward.province.name  # "Tỉnh Thái Nguyên" reads "tỉnh Thái Nguyên" mid-line
    for prefix in ("Tỉnh ", "Thành phố "):
        if province.startswith(prefix):
            province = prefix.lower() + province[len(prefix):]
    return f"{ward.name}, {province}"


def _club_groups(club_id: int | None) -> list[str] | None:
    if club_id is None:
        return None
    return [g.name for g in ClubGroup.select().where(ClubGroup.club == club_id)
            .order_by(ClubGroup.position)]


def write_member_template(path: str, ward_code: int | None, club_id: int | None = None, *,
                          force: bool = False) -> None:
    """The blank template with the ward's villages (and the club's groups) as dropdowns.
    `force` replaces an existing file (models.storage.output checks the path first)."""
    access.require("read", ward_code)
    check_output(path, force=force)
    villages = [v.name for v in villages_of(ward_code)] if ward_code is not None else []
    title = ["DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU"]
    if club_id is not None:
        title.append(_club_of(club_id).name)
    title.append(_ward_line(ward_code))
    groups = _club_groups(club_id)
    write_output(path, lambda tmp: write_template(tmp, villages, groups, title), force=force)


def export_members(path: str, *, club_id: int | None = None, ward_code: int | None = None,
                   on: dt.date | None = None, unmasked: bool = False, force: bool = False
                   ) -> int:
    """Write the active members of a club (or of every club of a ward) to an Excel file that
    prints well; returns how many members were written. Sensitive columns are masked unless
    `unmasked` (the sensitive right, audited as export_unmasked); only a full export imports
    again. `force` replaces an existing file (models.storage.output checks the path first)."""
    from models.privacy import privacy

    on = on or dt.date.today()
    if unmasked:  # the right first: a refused export says so, whatever the path
        privacy.require_unmasked_export(club_id=club_id, ward_code=ward_code)
    check_output(path, force=force)
    if club_id is not None:
        club = _club_of(club_id)
        ward_code = club.ward_code
        title = ["DANH SÁCH THÀNH VIÊN", club.name]
    else:
        access.require("read", ward_code)
        title = ["DANH SÁCH THÀNH VIÊN CÁC CLB LIÊN THẾ HỆ TỰ GIÚP NHAU"]
    title += [_ward_line(ward_code), f"(Số liệu ngày {format_date(on)})"]
    rows = register(club_id=club_id, ward_code=None if club_id is not None else ward_code)
    notes: dict[int, str] = {}
    ids = [r.person_id for r in rows]
    for i in range(0, len(ids), 900):  # stay under SQLite's bound-parameter limit
        notes.update(Person.select(Person.id, Person.note)
                     .where(Person.id.in_(ids[i:i + 900])).tuples())
    villages = [v.name for v in villages_of(ward_code)] if ward_code is not None else []
    groups = _club_groups(club_id)
    if not unmasked:
        write_output(path, lambda tmp: write_register(tmp, rows, title, villages, groups, notes,
                                                      masks=masks()), force=force)
        return len(rows)
    # The audit row first, in the transaction that writes the file: no file without it.
    privacy.write_audited(
        [(path, lambda temp: write_register(temp, rows, title, villages, groups, notes,
                                            masks=None))],
        lambda: privacy.audit_unmasked_export("members_xlsx", club_id=club_id,
                                              ward_code=ward_code, rows=len(rows),
                                              file=os.path.basename(path)), force=force)
    return len(rows)




def _club_of(club_id: int, action: str = "read") -> Club:
    return access.require_club(club_id, action)
