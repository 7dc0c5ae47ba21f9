"""Fast path for adding many new members to one club (demo data, very large lists).

`members.add_members_bulk` writes row by row through the ORM: fine for an import of a few
hundred rows, but about 10 ms a member on an office PC, too slow for tens of thousands.
`add_new_members` keeps the same rules and the same audit trail (one audit row per person and
one per membership, with the same snapshots as `members.add_member`) but validates against
lookups fetched once per batch and inserts with multi-row INSERT … RETURNING (SQLite 3.35 or
later, PostgreSQL).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import peewee as pw

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.errors import Collector, Problem, ValidationError
from models.members.members import MemberInput, check, membership_values, person_values
from models.storage.db import database
from models.storage.schema import Club, ClubGroup, Membership, Person, Village, now
from models.text.vietnamese import clean_cccd, nfc, validate_cccd

# Rows per INSERT: Person has 24 columns; SQLite allows 32,766 bound parameters.
CHUNK = 400


def check_new_members(rows: list[MemberInput], club: Club, *, today: dt.date | None = None
                      ) -> list[Problem]:
    """Every problem of every row (Problem.row = position in `rows`, from 1), with the rules
    of members.check() plus ID numbers repeated inside the list. Normalises rows in place.

    The three rules of check() that query the database (ID number already on file, village
    of the club's ward, group of the club) run here against lookups fetched once.
    """
    numbers = [clean_cccd(nfc(r.id_number)) for r in rows if r.id_number]
    on_file: dict[str, str] = {}
    for i in range(0, len(numbers), 900):
        query = (Person.select(Person.id_number, Person.full_name)
                 .where(Person.id_number.in_(numbers[i:i + 900])))
        on_file.update(query.tuples())
    ward_villages = {vid for (vid,) in Village.select(Village.id)
                     .where(Village.ward == club.ward_code).tuples()}
    club_groups = {gid for (gid,) in ClubGroup.select(ClubGroup.id)
                   .where(ClubGroup.club == club.id).tuples()}
    problems: list[Problem] = []
    first_row: dict[str, int] = {}
    for n, inp in enumerate(rows, start=1):
        # check() on a copy without the looked-up values asks the database nothing.
        bare = dataclasses.replace(inp, id_number="", village_id=None, group_id=None)
        found = check(bare, club, today=today)
        inp.id_number = clean_cccd(nfc(inp.id_number)) if inp.id_number else ""
        for name in ("full_name", "phone", "note", "ethnicity", "birth_year"):
            setattr(inp, name, getattr(bare, name))
        _check_lookups(inp, found, on_file, first_row, n, ward_villages, club_groups)
        problems += [dataclasses.replace(p, row=n) for p in found.problems]
    return problems


def _check_lookups(inp: MemberInput, found: Collector, on_file: dict[str, str],
                   first_row: dict[str, int], n: int, ward_villages: set[int],
                   club_groups: set[int]) -> None:
    if inp.id_number:
        problem = validate_cccd(inp.id_number)
        if problem:
            found.add("id_number", problem, value=inp.id_number)
        elif inp.id_number in on_file:
            found.add("id_number", "duplicate", value=inp.id_number,
                      name=on_file[inp.id_number])
        elif inp.id_number in first_row:
            found.add("id_number", "duplicate_in_list", value=inp.id_number,
                      other=first_row[inp.id_number])
        else:
            first_row[inp.id_number] = n
    if inp.village_id is not None and inp.village_id not in ward_villages:
        found.add("village", "not_in_ward")
    if inp.group_id is not None and inp.group_id not in club_groups:
        found.add("group", "not_in_club")


def _audit_rows(entity: str, instances: list, at: dt.datetime, actor: str) -> list[tuple]:
    """audit.record's rows, as tuples of audit.COLUMNS for audit.append_rows."""
    return [(at, actor, entity, str(obj.id), "create", None,
             json.dumps(audit.snapshot(obj), ensure_ascii=False))
            for obj in instances]


def _insert(model: type[pw.Model], rows: list[dict]) -> list[int]:
    """One multi-row INSERT … RETURNING id (SQLite 3.35+ and PostgreSQL); returns the new ids
    in row order. The statement is put together here: peewee's insert_many spends ~170 µs a
    row building it, more than everything else in this module. Values still go through each
    field's db_value, as peewee would send them."""
    fields = [f for f in model._meta.sorted_fields if f.name != "id"]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    one_row = "(" + ", ".join([database.param] * len(fields)) + ")"
    sql = (f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES '
           f'{", ".join([one_row] * len(rows))} RETURNING "id"')
    params = [f.db_value(row.get(f.name)) for row in rows for f in fields]
    # Ids are handed out in VALUES order on both engines; RETURNING may list them otherwise.
    return sorted(pk for (pk,) in database.execute_sql(sql, params).fetchall())


def _insert_instances(model: type[pw.Model], instances: list) -> None:
    ids = _insert(model, [obj.__data__ for obj in instances])
    for obj, pk in zip(instances, ids, strict=True):
        obj.id = pk


def add_new_members(club_id: int, rows: list[MemberInput], *, today: dt.date | None = None
                    ) -> list[int]:
    """Validate and register many new people as members of one club, in one transaction.

    Raises ValidationError listing every problem with its row (nothing written). Returns the
    new membership ids in the order of `rows`. Audit: one 'create' row per person and per
    membership, as add_member writes.
    """
    club = access.require_club(club_id, "write")
    problems = check_new_members(rows, club, today=today)
    if problems:
        raise ValidationError(problems=problems)
    return write_checked_members(club, rows)


def write_checked_members(club: Club, rows: list[MemberInput]) -> list[int]:
    """Write members already checked by the caller (the import checks the whole file first,
    with the same rules), in the caller's transaction or one of its own; the audit rows are
    those add_member writes. Returns the new membership ids in order."""
    actor, at = current_actor(), now()
    membership_ids: list[int] = []
    with database.atomic():
        for start in range(0, len(rows), CHUNK):
            part = rows[start:start + CHUNK]
            people = [Person(ward=club.ward_code, **person_values(inp)) for inp in part]
            _insert_instances(Person, people)
            links = [Membership(person=p.id, club=club.id, **membership_values(inp))
                     for p, inp in zip(people, part, strict=True)]
            _insert_instances(Membership, links)
            log = _audit_rows("person", people, at, actor) + _audit_rows("membership", links,
                                                                          at, actor)
            audit.append_rows(log)
            membership_ids += [m.id for m in links]
    return membership_ids
