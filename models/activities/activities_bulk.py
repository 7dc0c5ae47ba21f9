"""Fast path for many activities, health checks and home-care visits: the demo's years of
them.

activities.add_activity, health.record_health_check and home_care.record_visit write a row
(and the activity's people) and an audit row each, through the ORM: a few milliseconds a call,
too slow for a 1,000-club demo. `add_activities` and `record_health_checks` check each record
with the service's own `check`, then write the rows, the people and the audit rows with
multi-row INSERTs (models/funds/money_bulk.insert); `record_visits` keeps record_visit's rules
with the pairs fetched once. A test holds their rows equal to the services'.
"""

from __future__ import annotations

import datetime as dt

from models.accounts import audit
from models.accounts.session import current_actor
from models.activities import activities, checks, health, home_care
from models.activities.tables import (
    Activity,
    ActivityPerson,
    HealthCheck,
    HomeCarePair,
    HomeCareVisit,
)
from models.errors import Collector, Problem, ValidationError
from models.funds.money_bulk import audit_row, insert, insert_dicts, snapshot
from models.storage.db import database
from models.storage.schema import now

DATES = ("date", "created_at")


def add_activities(items: list[tuple[int, activities.ActivityInput]], *,
                   today: dt.date | None = None) -> list[int]:
    """Add many (club id, activity) as add_activity would one by one (same rows, same audit
    rows, in order). Raises ValidationError (Problem.row = the position, from 1) with nothing
    written. Returns the new ids."""
    today = today or dt.date.today()
    actor, at = current_actor(), now()
    rows, people, problems = [], [], []
    for n, (club_id, inp) in enumerate(items, start=1):
        found = activities.check(club_id, inp, today)
        if found:
            problems += [Problem(p.field, p.code, p.params, row=n) for p in found.problems]
            continue
        ids = list(dict.fromkeys(inp.person_ids or []))
        rows.append({"id": None, "club": club_id, "area": inp.area, "kind": inp.kind,
                     "date": inp.date, "title": inp.title,
                     "members_count": inp.members_count if inp.members_count is not None
                     else len(ids), "others_count": inp.others_count, "note": inp.note,
                     "created_at": at})
        people.append(ids)
    if problems:
        raise ValidationError(problems=problems)
    with database.atomic():
        insert_dicts(Activity, rows)
        insert(ActivityPerson._meta.table_name, ("activity_id", "person_id"),
               [(row["id"], pid) for row, ids in zip(rows, people, strict=True)
                for pid in ids])
        audit.append_rows([
            audit_row("activity", row["id"], "create", None,
                      {**snapshot(row, DATES), "person_ids": ids}, at, actor)
            for row, ids in zip(rows, people, strict=True)])
    return [r["id"] for r in rows]


def record_health_checks(items: list[tuple[int, health.HealthCheckInput]], *,
                         today: dt.date | None = None) -> list[int]:
    """Record many (club id, health check) as record_health_check would one by one (same
    rows, same audit rows, in order). Raises ValidationError (Problem.row = the position, from
    1) with nothing written. Returns the new ids."""
    today = today or dt.date.today()
    actor, at = current_actor(), now()
    rows, problems = [], []
    for n, (club_id, inp) in enumerate(items, start=1):
        found = health.check(club_id, inp, today)
        if found:
            problems += [Problem(p.field, p.code, p.params, row=n) for p in found.problems]
            continue
        rows.append({"id": None, "club": club_id, "person": inp.person_id, "date": inp.date,
                     "systolic": inp.systolic, "diastolic": inp.diastolic,
                     "weight_dkg": inp.weight_dkg, "sugar_dmmol": inp.sugar_dmmol,
                     "note": inp.note, "created_at": at})
    if problems:
        raise ValidationError(problems=problems)
    with database.atomic():
        insert_dicts(HealthCheck, rows)
        audit.append_rows([audit_row("health_check", row["id"], "create", None,
                                     snapshot(row, DATES), at, actor) for row in rows])
    return [r["id"] for r in rows]


def record_visits(items: list[tuple[int, dt.date, str]], *, today: dt.date | None = None
                  ) -> list[int]:
    """Record many (pair id, date, services) as record_visit would one by one."""
    today = today or dt.date.today()
    actor, at = current_actor(), now()
    pairs: dict[int, HomeCarePair] = {}
    rows, problems = [], []
    for n, (pair_id, on, services) in enumerate(items, start=1):
        if pair_id not in pairs:
            pairs[pair_id] = home_care.get_pair(pair_id, "write")
        pair = pairs[pair_id]
        services = checks.clean_text(services)
        p = Collector()
        if checks.check_date(p, "date", on, pair.club, today) and (
                on < pair.date_from or (pair.date_to is not None and on > pair.date_to)):
            p.add("date", "outside_pair", start=pair.date_from)
        checks.check_text(p, "services", services, 2000)
        if p:
            problems += [Problem(x.field, x.code, x.params, row=n) for x in p.problems]
            continue
        rows.append({"id": None, "pair": pair_id, "date": on, "services": services,
                     "created_at": at})
    if problems:
        raise ValidationError(problems=problems)
    with database.atomic():
        insert_dicts(HomeCareVisit, rows)
        audit.append_rows([audit_row("home_care_visit", row["id"], "create", None,
                                     snapshot(row, DATES), at, actor) for row in rows])
    return [r["id"] for r in rows]
