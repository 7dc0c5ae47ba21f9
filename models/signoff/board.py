"""The state of every unit's report for a year, as the Reports page and `report show` list it:
missing, draft, submitted, approved, returned, or late (not yet sent after its due date), and
who is waiting for whom. Read in a fixed number of queries whatever the number of clubs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.accounts import access
from models.accounts.session import current_user
from models.office.admin_units import full_province_name
from models.reporting.figures import running_clubs
from models.reporting.snapshot import LEVELS, NATION_CODE
from models.signoff.tables import AnnualReport
from models.signoff.units import NATION_NAME, Unit, may_approve, may_author, ward_name
from models.storage.schema import Club, Province, Ward
from models.text.catalog import N_, tr

# When each level's report for a year is due, in the next year: (month, day). The office
# above needs the reports below before it writes its own.
DUE = {"club": (1, 15), "ward": (1, 31), "province": (2, 28), "nation": (3, 31)}
OPEN_STATES = ("missing", "draft", "returned")


def due_date(level: str, year: int) -> dt.date:
    month, day = DUE[level]
    return dt.date(year + 1, month, day)


@dataclass(frozen=True)
class BoardRow:
    """One unit's report for the year."""

    level: str
    code: str
    name: str
    parent_code: str
    parent_name: str
    state: str  # missing, draft, submitted, approved, returned
    late: bool
    version: int
    report_id: int | None
    approved_by: str
    approved_at: dt.datetime | None
    return_reason: str
    due: dt.date
    below_total: int
    below_approved: int
    may_author: bool
    may_approve: bool

    @property
    def shown_state(self) -> str:
        """The state as listed: "late" for a report not sent by its due date."""
        return "late" if self.late else self.state


def _units(year: int) -> list[Unit]:
    end = dt.date(year, 12, 31)
    ids = running_clubs(end)
    clubs = list(Club.select(Club.id, Club.code, Club.name, Club.ward)
                 .where(Club.id.in_(ids or [0])).tuples())
    wards = {w.code: w for w in Ward.select().where(
        Ward.code.in_({c[3] for c in clubs} or {0}))}
    provinces = {p.code: p for p in Province.select().where(
        Province.code.in_({w.province_code for w in wards.values()} or {0}))}
    out = [Unit("club", code, name, str(ward), ward, wards[ward].province_code, cid)
           for cid, code, name, ward in clubs]
    out += [Unit("ward", str(w.code), ward_name(w), str(w.province_code), w.code,
                 w.province_code) for w in wards.values()]
    user = current_user()
    if user is None or user.ward_code is None:
        out += [Unit("province", str(p.code), full_province_name(p.name, p.division_type),
                     NATION_CODE, None, p.code) for p in provinces.values()]
    if user is None or (user.ward_code is None and user.province_code is None):
        out.append(Unit("nation", NATION_CODE, NATION_NAME, ""))
    return out


def board(year: int, today: dt.date | None = None) -> list[BoardRow]:
    """Every unit the user's office deals with for `year`, from the nation down to clubs."""
    access.require("read")
    today = today or dt.date.today()
    units = _units(year)
    latest: dict[tuple[str, str], AnnualReport] = {}
    for r in AnnualReport.select().where(AnnualReport.year == year).order_by(
            AnnualReport.version):
        latest[(r.level, r.unit_code)] = r
    names = {(u.level, u.code): u.name for u in units}
    below: dict[tuple[str, str], list[bool]] = {}
    for u in units:
        if u.level != "nation":
            r = latest.get((u.level, u.code))
            above = LEVELS[LEVELS.index(u.level) + 1]
            below.setdefault((above, u.parent_code), []).append(
                r is not None and r.state == "approved")
    rows = []
    for u in sorted(units, key=lambda u: (-LEVELS.index(u.level), u.parent_code, u.code)):
        r = latest.get((u.level, u.code))
        state = r.state if r is not None else "missing"
        due = due_date(u.level, year)
        flags = below.get((u.level, u.code), [])
        above = LEVELS[LEVELS.index(u.level) + 1] if u.level != "nation" else ""
        rows.append(BoardRow(
            level=u.level, code=u.code, name=u.name, parent_code=u.parent_code,
            parent_name=names.get((above, u.parent_code), u.parent_code),
            state=state, late=state in OPEN_STATES and today > due,
            version=r.version if r is not None else 0,
            report_id=r.id if r is not None else None,
            approved_by=r.approved_by if r is not None else "",
            approved_at=r.approved_at if r is not None else None,
            return_reason=r.return_reason if r is not None and state == "returned" else "",
            due=due, below_total=len(flags), below_approved=sum(flags),
            may_author=may_author(u), may_approve=may_approve(u)))
    return rows


_WAITING = {
    "below": N_("Chờ cấp dưới: {done}/{total} đơn vị đã được duyệt"),
    "write": N_("Chờ {office} lập và gửi báo cáo"),
    "returned": N_("Bị trả lại, chờ {office} sửa và gửi lại"),
    "approve": N_("Chờ {office} duyệt"),
    "done": N_("Đã duyệt"),
}


def _office(row: BoardRow, approving: bool) -> str:
    """Who acts: a club's report is written and approved by its ward's office; a ward's is
    written by the ward, approved by the province; and so on up."""
    if row.level == "club":
        return row.parent_name
    if approving:
        return row.parent_name if row.level != "province" else tr("cấp trung ương")
    return row.name


def waiting_text(row: BoardRow) -> str:
    """Who is waiting for whom, in words."""
    if row.state == "approved":
        return tr(_WAITING["done"])
    if row.state == "submitted":
        return tr(_WAITING["approve"]).format(office=_office(row, True))
    if row.below_total and row.below_approved < row.below_total:
        return tr(_WAITING["below"]).format(done=row.below_approved, total=row.below_total)
    key = "returned" if row.state == "returned" else "write"
    return tr(_WAITING[key]).format(office=_office(row, False))
