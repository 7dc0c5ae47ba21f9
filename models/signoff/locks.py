"""The lock an approved annual report puts on its club's records.

Once a club's report for a year is approved, the records it was computed from and that carry a
date in that year (members joining or leaving, ledger entries, loans and repayments, meetings,
activities and the facts of each area, supervision visits) take no more writes until the report
is reopened. Every write service of those areas calls `check_open` (collecting a problem with
the rest of its input) or `require_open` (raising at once): one query, whatever the caller (the
window, the command line, a shared server).

Only club reports lock: a ward's report is approved only when all its clubs' are, and a club's
report cannot be reopened while the ward's stands approved, so the club locks cover it.
"""

from __future__ import annotations

import datetime as dt

from models.errors import Collector, ValidationError
from models.signoff.tables import AnnualReport
from models.storage.db import database
from models.storage.schema import Club, Fund


def _lock_of(club_id: int | None, fund_id: int | None, years: list[int]
             ) -> tuple[int, str, dt.datetime] | None:
    # Plain SQL: this runs on every write of six areas (see models/accounts/access._scalar).
    if not years:
        return None
    param = database.obj.param
    report, club, fund = (AnnualReport._meta.table_name, Club._meta.table_name,
                          Fund._meta.table_name)
    if fund_id is not None:
        club_sql = f'(SELECT "club_id" FROM "{fund}" WHERE "id" = {param})'
        key = int(fund_id)
    else:
        club_sql = param
        key = int(club_id)
    sql = (f'SELECT r."year", r."unit_name", r."approved_at" FROM "{report}" r '
           f'JOIN "{club}" c ON c."code" = r."unit_code" '
           f'WHERE c."id" = {club_sql} AND r."level" = \'club\' AND r."state" = \'approved\' '
           f'AND r."year" IN ({", ".join([param] * len(years))}) ORDER BY r."year" LIMIT 1')
    cursor = database.execute_sql(sql, (key, *years))
    row = cursor.fetchone()
    cursor.close()
    if row is None:
        return None
    at = row[2]
    if isinstance(at, str):  # SQLite hands back text
        at = dt.datetime.fromisoformat(at)
    return int(row[0]), str(row[1]), at


def _years(dates: tuple[object, ...]) -> list[int]:
    return sorted({d.year for d in dates if isinstance(d, dt.date)})


def check_open(p: Collector, field: str, club_id: int | None, *dates: object,
               fund_id: int | None = None) -> bool:
    """Add a "report_approved" problem on `field` when an approved report of the club (or of
    the club of `fund_id`) covers one of `dates`; True when the dates are open."""
    if club_id is None and fund_id is None:
        return True
    lock = _lock_of(club_id, fund_id, _years(dates))
    if lock is None:
        return True
    year, name, at = lock
    p.add(field, "report_approved", year=year, unit=name,
          date=at.date() if isinstance(at, dt.datetime) else at)
    return False


def require_open(club_id: int | None, *dates: object, field: str = "date",
                 fund_id: int | None = None) -> None:
    """Raise ValidationError when an approved report covers one of `dates` (see check_open)."""
    p = Collector()
    if not check_open(p, field, club_id, *dates, fund_id=fund_id):
        raise ValidationError(problems=p.problems)
