"""Small reads of one club for the windows: its heading and its groups, access checked."""

from __future__ import annotations

from dataclasses import dataclass

from models.accounts import access
from models.storage.schema import Club, ClubGroup


@dataclass(frozen=True)
class ClubHeading:
    """What a window prints above a club's data."""

    id: int
    code: str
    name: str
    ward_code: int
    status: str

    @property
    def title(self) -> str:
        """'DX01 — CLB Liên thế hệ tự giúp nhau tổ 1'."""
        return f"{self.code} — {self.name}"


def club_heading(club_id: int | None, action: str = "read") -> ClubHeading | None:
    """Code, name and ward of a club once the user may do `action` in its ward; None for
    None or a club that is not on file."""
    if club_id is None:
        return None
    club = Club.get_or_none(Club.id == int(club_id))
    if club is None or not access.in_unit(club.ward_code):
        return None  # another unit's club is answered as a missing one
    access.require(action, club.ward_code)
    return ClubHeading(club.id, club.code, club.name, club.ward_code, club.status)


def group_choices(club_id: int) -> list[tuple[int, str]]:
    """(id, name) of a club's groups (tổ/nhóm) in their order; needs `read` in its ward."""
    access.require_club_id(club_id, "read")
    query = (ClubGroup.select(ClubGroup.id, ClubGroup.name)
             .where(ClubGroup.club == int(club_id))
             .order_by(ClubGroup.position, ClubGroup.id))
    return [(gid, name) for gid, name in query.tuples()]
