"""Club services: plan, found, change status, groups and the management board."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from models.accounts import access, audit
from models.codes import BOARD_ROLES, CLUB_STATUSES, CLUB_TRANSITIONS
from models.errors import Collector
from models.members import members
from models.papers import series
from models.signoff import locks
from models.storage.db import database
from models.storage.schema import (
    BoardMember,
    Club,
    ClubGroup,
    ClubStatusChange,
    ClubVillage,
    Membership,
    Person,
    Village,
    Ward,
)
from models.text.vietnamese import fold, nfc

CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9._-]{0,29}$")


@dataclass
class ClubInput:
    """The club's own data, as the clubs page or founding dialog fills it."""

    code: str = ""
    name: str = ""
    ward_code: int | None = None
    village_ids: list[int] = field(default_factory=list)
    plan_phase: str = ""
    meeting_day: str = ""
    meeting_place: str = ""
    note: str = ""


@dataclass
class BoardSeat:
    """A seat on the board: an existing person, or a new person who also becomes a member."""

    role: str
    term_start: dt.date | None
    term_end: dt.date | None = None
    person_id: int | None = None
    new_member: members.MemberInput | None = None


@dataclass
class FoundingInput:
    decision_number: str = ""
    decision_date: dt.date | None = None
    decision_issuer: str = ""
    launch_date: dt.date | None = None
    statute_adopted: bool = False
    statute_date: dt.date | None = None
    groups: list[str] = field(default_factory=list)
    board: list[BoardSeat] = field(default_factory=list)


def get_club(club_id: int, action: str = "read") -> Club:
    """A club by id, once the signed-in user may do `action` in its ward."""
    return access.require_club(club_id, action)


def _check_club(inp: ClubInput, club_id: int | None) -> Collector:
    inp.code = nfc(inp.code).upper()
    inp.name = nfc(inp.name)
    inp.plan_phase = nfc(inp.plan_phase)
    inp.meeting_day = nfc(inp.meeting_day)
    inp.meeting_place = nfc(inp.meeting_place)
    inp.note = nfc(inp.note)
    p = Collector()
    if not inp.code:
        p.add("code", "required")
    elif not CODE_PATTERN.match(inp.code):
        p.add("code", "bad_code", value=inp.code)
    else:
        other = Club.get_or_none(Club.code == inp.code)
        if other is not None and other.id != club_id:
            p.add("code", "duplicate", value=inp.code)
    if not inp.name:
        p.add("name", "required")
    elif len(inp.name) > 200:
        p.add("name", "too_long", max=200)
    if inp.ward_code is None or Ward.get_or_none(Ward.code == inp.ward_code) is None:
        p.add("ward_code", "required" if inp.ward_code is None else "unknown")
    else:
        villages = list(Village.select().where(Village.id.in_(inp.village_ids or [0])))
        if len(villages) != len(set(inp.village_ids)) or any(
            v.ward_code != inp.ward_code for v in villages
        ):
            p.add("villages", "not_in_ward")
    return p


def _set_villages(club: Club, village_ids: list[int]) -> None:
    ClubVillage.delete().where(ClubVillage.club == club).execute()
    for vid in dict.fromkeys(village_ids):
        ClubVillage.create(club=club, village=vid)


def create_club(inp: ClubInput) -> Club:
    """Register a planned club (not yet founded)."""
    access.require("write", inp.ward_code)
    _check_club(inp, None).raise_if_any()
    with database.atomic():
        club = Club.create(
            code=inp.code, name=inp.name, search_key=fold(inp.name), ward=inp.ward_code,
            plan_phase=inp.plan_phase, meeting_day=inp.meeting_day,
            meeting_place=inp.meeting_place, note=inp.note, status="planned",
        )
        _set_villages(club, inp.village_ids)
        audit.record("club", club.id, "create", None,
                     {**audit.snapshot(club), "village_ids": inp.village_ids})
    return club


def update_club(club_id: int, inp: ClubInput) -> Club:
    """Change the club's own data (code, name, villages, meeting day…)."""
    club = get_club(club_id, "write")
    access.require("write", inp.ward_code)  # moving it needs the new ward as well
    _check_club(inp, club.id).raise_if_any()
    with database.atomic():
        before = {**audit.snapshot(club), "village_ids": village_ids(club)}
        club.code, club.name, club.search_key = inp.code, inp.name, fold(inp.name)
        club.ward = inp.ward_code
        club.plan_phase, club.meeting_day = inp.plan_phase, inp.meeting_day
        club.meeting_place, club.note = inp.meeting_place, inp.note
        club.save()
        _set_villages(club, inp.village_ids)
        audit.record("club", club.id, "update", before,
                     {**audit.snapshot(club), "village_ids": inp.village_ids})
    return club


def village_ids(club: Club) -> list[int]:
    return [cv.village_id for cv in club.village_links.order_by(ClubVillage.id)]


def _check_board(club: Club, seats: list[BoardSeat], today: dt.date) -> Collector:
    p = Collector()
    chairs = 0
    for i, seat in enumerate(seats):
        prefix = f"board[{i}]"
        if seat.role not in BOARD_ROLES:
            p.add(f"{prefix}.role", "invalid", value=seat.role)
        chairs += seat.role == "chair"
        if seat.term_start is None:
            p.add(f"{prefix}.term_start", "required")
        elif seat.term_end is not None and seat.term_end < seat.term_start:
            p.add(f"{prefix}.term_end", "before_start")
        if seat.person_id is None and seat.new_member is None:
            p.add(f"{prefix}.person", "required")
        elif seat.person_id is not None:
            active = members.active_membership(seat.person_id)
            if active is None or active.club_id != club.id:
                p.add(f"{prefix}.person", "not_member")
        else:
            sub = members.check(seat.new_member, club, today=today)
            for problem in sub.problems:
                p.add(f"{prefix}.{problem.field}", problem.code, **problem.params)
    if chairs > 1:
        p.add("board", "several_chairs")
    return p


def _write_board(club: Club, seats: list[BoardSeat]) -> None:
    before = [audit.snapshot(b) for b in club.board]
    BoardMember.delete().where(BoardMember.club == club).execute()
    for seat in seats:
        person_id = seat.person_id
        if person_id is None:
            m = members.write_new_member(club, seat.new_member, None)
            person_id = m.person_id
        BoardMember.create(club=club, person=person_id, role=seat.role,
                           term_start=seat.term_start, term_end=seat.term_end)
    audit.record("club_board", club.id, "replace", {"seats": before},
                 {"seats": [audit.snapshot(b) for b in club.board]})


def set_board(club_id: int, seats: list[BoardSeat], *, today: dt.date | None = None
              ) -> list[BoardMember]:
    """Replace the management board of a club."""
    today = today or dt.date.today()
    club = get_club(club_id, "write")
    _check_board(club, seats, today).raise_if_any()
    with database.atomic():
        _write_board(club, seats)
    return list(club.board)


def _check_groups(names: list[str]) -> tuple[list[str], Collector]:
    p = Collector()
    clean = [nfc(n) for n in names]
    seen: set[str] = set()
    for i, name in enumerate(clean):
        if not name:
            p.add(f"groups[{i}]", "required")
        elif fold(name) in seen:
            p.add(f"groups[{i}]", "duplicate", value=name)
        seen.add(fold(name))
    return clean, p


def set_groups(club_id: int, names: list[str]) -> list[ClubGroup]:
    """Set the groups (tổ/nhóm) of a club. Groups not named any more are removed; their
    members stay in the club without a group."""
    club = get_club(club_id, "write")
    clean, p = _check_groups(names)
    p.raise_if_any()
    with database.atomic():
        _write_groups(club, clean)
    return list(club.groups.order_by(ClubGroup.position))


def _write_groups(club: Club, names: list[str]) -> None:
    existing = {g.name: g for g in club.groups}
    before = sorted(existing)
    for pos, name in enumerate(names):
        group = existing.pop(name, None) or ClubGroup(club=club, name=name)
        group.position = pos
        group.save()
    for gone in existing.values():
        gone.delete_instance()
    audit.record("club_groups", club.id, "replace", {"groups": before}, {"groups": names})


def check_founding(club_id: int, inp: FoundingInput, *, today: dt.date | None = None
                   ) -> Collector:
    """Every rule of found_club without writing: the wizard checks each step with these
    before "Tiếp" and clears a mark once the clerk has put it right."""
    return _check_founding(get_club(club_id), inp, today or dt.date.today())[1]


def _check_founding(club: Club, inp: FoundingInput, today: dt.date
                    ) -> tuple[list[str], Collector]:
    inp.decision_number = nfc(inp.decision_number)
    inp.decision_issuer = nfc(inp.decision_issuer)
    p = Collector()
    if club.status != "planned":
        p.add("status", "not_planned", status=club.status)
    if not inp.decision_number:
        p.add("decision_number", "required")
    if inp.decision_date is None:
        p.add("decision_date", "required")
    elif inp.decision_date > today:
        p.add("decision_date", "in_future")
    if not inp.decision_issuer:
        p.add("decision_issuer", "required")
    series.check_recorded_number(p, "decision_number", inp.decision_number, inp.decision_date,
                                 club.id)
    if inp.launch_date is not None and inp.decision_date is not None and (
        inp.launch_date < inp.decision_date
    ):
        p.add("launch_date", "before_decision")
    if inp.statute_adopted and inp.statute_date is None:
        p.add("statute_date", "required")
    groups, gp = _check_groups(inp.groups)
    p.problems += gp.problems
    p.problems += _check_board(club, inp.board, today).problems
    return groups, p


def found_club(club_id: int, inp: FoundingInput, *, today: dt.date | None = None) -> Club:
    """Record the founding decision, groups and board; the club becomes 'founded'."""
    today = today or dt.date.today()
    club = get_club(club_id, "write")
    groups, p = _check_founding(club, inp, today)
    p.raise_if_any()
    with database.atomic():
        before = audit.snapshot(club)
        club.decision_number, club.decision_date = inp.decision_number, inp.decision_date
        club.decision_issuer, club.launch_date = inp.decision_issuer, inp.launch_date
        club.statute_adopted, club.statute_date = inp.statute_adopted, inp.statute_date
        club.status, club.status_since = "founded", inp.decision_date
        club.save()
        ClubStatusChange.create(club=club, status="founded", date=inp.decision_date,
                                reason=f"QĐ {inp.decision_number}")
        audit.record("club", club.id, "found", before, audit.snapshot(club))
        from models.funds import funds  # loaded by the one service that opens funds

        funds.open_default_funds(club.id, inp.decision_date)
        _write_groups(club, groups)
        _write_board(club, inp.board)
    return club


def status_targets(status: str) -> list[str]:
    """Statuses change_status can move a club to from this one (founding has its own
    service, found_club)."""
    return [s for s in CLUB_TRANSITIONS.get(status, ()) if s != "founded"]


def change_status(club_id: int, status: str, on: dt.date, reason: str = "",
                  *, today: dt.date | None = None) -> Club:
    """Move a club along planned → founded → active → suspended → dissolved."""
    today = today or dt.date.today()
    club = get_club(club_id, "write")
    reason = nfc(reason)
    p = Collector()
    if status not in CLUB_STATUSES:
        p.add("status", "invalid", value=status)
    elif status not in CLUB_TRANSITIONS[club.status]:
        p.add("status", "transition", current=club.status, target=status)
    elif status == "founded":
        p.add("status", "use_founding")
    if on is None:
        p.add("date", "required")
    elif on > today:
        p.add("date", "in_future")
    elif club.status_since is not None and on < club.status_since:
        p.add("date", "before_current", since=club.status_since)
    else:  # a dissolution dated in a signed year would take the club out of its figures
        locks.check_open(p, "date", club.id, on)
    if status in ("suspended", "dissolved") and not reason:
        p.add("reason", "required")
    if status == "dissolved" and not p:
        active = Membership.select().where(
            (Membership.club == club) & Membership.left_on.is_null()).count()
        if active:
            p.add("status", "has_active_members", count=active)
    p.raise_if_any()
    with database.atomic():
        before = audit.snapshot(club)
        club.status, club.status_since = status, on
        club.save()
        ClubStatusChange.create(club=club, status=status, date=on, reason=reason)
        audit.record("club", club.id, "status", before, audit.snapshot(club))
    return club


def board_of(club_id: int) -> list[tuple[BoardMember, Person]]:
    """The current board with each seat's person, in role order."""
    access.require_club_id(club_id, "read")
    order = {role: i for i, role in enumerate(BOARD_ROLES)}
    seats = list(BoardMember.select(BoardMember, Person).join(Person)
                 .where(BoardMember.club == club_id))
    seats.sort(key=lambda b: (order.get(b.role, 99), b.person.sort_key))
    return [(b, b.person) for b in seats]


def all_clubs() -> list[Club]:
    """Every club the signed-in user may see (their ward, or their province), by code."""
    return list(access.scoped(Club.select(), Club.ward).order_by(Club.code))
