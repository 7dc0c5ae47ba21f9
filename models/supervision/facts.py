"""What the program already knows about a club on a visit's date, to show beside the items
(each item's `hint` names one of these facts, models.supervision.rules.HINTS).

Meetings and trainings are kept by areas that may not be in this database yet: their tables
are looked up by name and a missing one gives None ("not known"), never an error.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.accounts import access
from models.clubs.composition import Composition, club_composition
from models.funds.fund_reads import balance_unchecked, funds_of_unchecked
from models.loans.loan_reads import loan_register
from models.office import settings
from models.storage.db import database
from models.storage.schema import BoardMember, CashCount, Fund
from models.text.catalog import tr
from models.text.labels import label
from models.text.vietnamese import format_date, format_number

# Tables of other areas, by the names they may have, with their club and date columns.
MEETING_TABLES = ("meeting", "club_meeting")
TRAINING_TABLES = ("training", "training_session", "training_course")
DATE_COLUMNS = ("date", "held_on", "start_date", "starts_on")


@dataclass(frozen=True)
class FundFact:
    kind: str
    name: str
    balance: int


@dataclass(frozen=True)
class VisitFacts:
    club_id: int
    on: dt.date
    composition: Composition
    board_count: int
    meetings_12m: int | None  # None: meetings are not kept in this database
    funds: tuple[FundFact, ...]
    last_cash_count: tuple[dt.date, int, int] | None  # date, counted, difference
    overdue_loans: int
    trainings_12m: int | None  # None: trainings are not kept in this database


def count_in_other_table(names: tuple[str, ...], club_id: int, start: dt.date,
                         end: dt.date) -> int | None:
    """Rows of the first table named that exists, of the club, dated start..end; None when
    no such table (or no club and date column) is there."""
    tables = set(database.get_tables())
    for name in names:
        if name not in tables:
            continue
        columns = {c.name for c in database.get_columns(name)}
        date_col = next((c for c in DATE_COLUMNS if c in columns), None)
        if "club_id" not in columns or date_col is None:
            return None
        p = database.param
        row = database.execute_sql(
            f'SELECT COUNT(*) FROM "{name}" WHERE "club_id" = {p} '
            f'AND "{date_col}" >= {p} AND "{date_col}" <= {p}',
            (club_id, start, end)).fetchone()
        return int(row[0])
    return None


def year_before(on: dt.date) -> dt.date:
    try:
        return on.replace(year=on.year - 1) + dt.timedelta(days=1)
    except ValueError:  # 29 February
        return on.replace(year=on.year - 1, day=28) + dt.timedelta(days=1)


def facts_for_visit(club_id: int, on: dt.date) -> VisitFacts:
    """The club's facts on a date (readers of the club: clerks and supervisors alike)."""
    access.require_club_id(club_id, "read")
    start = year_before(on)
    funds = tuple(FundFact(f.kind, f.name, balance_unchecked(f.id, on))
                  for f in funds_of_unchecked(club_id) if f.opened_on <= on)
    count = (CashCount.select().join(Fund)
             .where((Fund.club == club_id) & (CashCount.date <= on))
             .order_by(CashCount.date.desc(), CashCount.id.desc()).first())
    board = BoardMember.select().where(
        (BoardMember.club == club_id) & (BoardMember.term_start <= on)
        & (BoardMember.term_end.is_null() | (BoardMember.term_end >= on))).count()
    overdue = sum(1 for row in loan_register(club_id, on, include_closed=False)
                  if row.status == "overdue")
    return VisitFacts(
        club_id=club_id, on=on,
        composition=club_composition(club_id, on, settings.load(settings.Standards)),
        board_count=board,
        meetings_12m=count_in_other_table(MEETING_TABLES, club_id, start, on),
        funds=funds,
        last_cash_count=None if count is None else (count.date, count.counted,
                                                    count.difference),
        overdue_loans=overdue,
        trainings_12m=count_in_other_table(TRAINING_TABLES, club_id, start, on),
    )


def fact_text(facts: VisitFacts, hint: str) -> str:
    """One line of what the program knows for an item's hint ('' for no hint)."""
    unknown = tr("chưa có dữ liệu trong chương trình")
    comp = facts.composition
    if hint == "meetings":
        return unknown if facts.meetings_12m is None else tr(
            "{n} buổi sinh hoạt trong 12 tháng").format(n=facts.meetings_12m)
    if hint == "trainings":
        return unknown if facts.trainings_12m is None else tr(
            "{n} lớp tập huấn trong 12 tháng").format(n=facts.trainings_12m)
    if hint == "board":
        return tr("Ban chủ nhiệm: {n} người").format(n=facts.board_count)
    if hint == "composition":
        parts = [f"{label('composition', f.key) or f.key}: "
                 f"{f.count if not f.is_share else round(f.percent)}"
                 f"{'%' if f.is_share else ''}{'' if f.passed else ' (!)'}"
                 for f in comp.figures]
        return "; ".join(parts)
    if hint == "volunteers":
        return tr("{n} tình nguyện viên chăm sóc tại nhà").format(
            n=comp.figure("home_care").count)
    if hint == "funds":
        return "; ".join(f"{f.name}: {format_number(f.balance)} đ" for f in facts.funds) \
            or unknown
    if hint == "cash_count":
        if facts.last_cash_count is None:
            return tr("chưa kiểm kê quỹ")
        on, _counted, diff = facts.last_cash_count
        return tr("kiểm kê ngày {date}, chênh lệch {diff} đ").format(
            date=format_date(on), diff=format_number(diff))
    if hint == "loans_overdue":
        return tr("{n} khoản vay quá hạn").format(n=facts.overdue_loans)
    return ""
