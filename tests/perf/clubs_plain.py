"""The floor for `main.py --db FILE clubs`: a plain script that opens the same SQLite file with
peewee, runs the query the command runs and prints the same lines (code, name, status,
members, verdict; tab-separated). It imports nothing of the program, so what the command
costs beyond this is the program's own start-up.

Usage: python clubs_plain.py FILE
"""

from __future__ import annotations

import datetime as dt
import json
import sys

import peewee as pw

db = pw.SqliteDatabase(None)


class Base(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


class Setting(Base):
    key = pw.CharField(primary_key=True)
    value = pw.TextField()


class Club(Base):
    code = pw.CharField()
    name = pw.CharField()
    ward_code = pw.IntegerField()
    status = pw.CharField()


class Person(Base):
    gender = pw.CharField()
    birth_date = pw.DateField(null=True)
    birth_year = pw.IntegerField()
    household_status = pw.CharField()


class Membership(Base):
    person = pw.ForeignKeyField(Person)
    club = pw.ForeignKeyField(Club)
    joined_on = pw.DateField()
    left_on = pw.DateField(null=True)
    home_care_volunteer = pw.BooleanField()


STANDARDS = dict(min_members=50, max_members=70, older_age=55, older_share_min=70,
                 women_share_min=60, women_share_max=70, poor_share_min=60, poor_share_max=70,
                 home_care_min=5)
STATUS = {"planned": "Dự kiến", "founded": "Đã thành lập", "active": "Đang hoạt động",
          "suspended": "Tạm dừng", "dissolved": "Đã giải thể"}
DISADVANTAGED = ("poor", "near_poor", "hardship")


def age_on(birth_date: dt.date | None, birth_year: int, on: dt.date) -> int:
    if birth_date is None:
        return on.year - birth_year
    return on.year - birth_date.year - int((on.month, on.day) < (birth_date.month,
                                                                   birth_date.day))


def passes(count: int, total: int, low: float | None, high: float | None, share: bool) -> bool:
    if share and total == 0:
        return False
    value = 100.0 * count / total if share else float(count)
    return not ((low is not None and value < low) or (high is not None and value > high))


def main(path: str) -> int:
    db.init(path, pragmas={"foreign_keys": 1, "busy_timeout": 10000})
    db.connect()
    row = Setting.get_or_none(Setting.key == "standards")
    std = dict(STANDARDS, **(json.loads(row.value) if row else {}))
    on = dt.date.today()
    rows: dict[int, list[tuple]] = {}
    query = (Membership.select(Membership.club, Person.gender, Person.birth_date,
                               Person.birth_year, Person.household_status,
                               Membership.home_care_volunteer)
             .join(Person)
             .where((Membership.joined_on <= on)
                    & (Membership.left_on.is_null() | (Membership.left_on > on))))
    for club_id, *rest in query.tuples():
        rows.setdefault(club_id, []).append(rest)
    out = []
    for club in Club.select().order_by(Club.code):
        members = rows.get(club.id, [])
        total = len(members)
        older = sum(age_on(b, y, on) >= std["older_age"] for _g, b, y, _h, _v in members)
        women = sum(g == "F" for g, *_ in members)
        poor = sum(h in DISADVANTAGED for *_x, h, _v in members)
        care = sum(bool(v) for *_x, v in members)
        ok = (passes(total, total, std["min_members"], std["max_members"], False)
              and passes(older, total, std["older_share_min"], None, True)
              and passes(women, total, std["women_share_min"], std["women_share_max"], True)
              and passes(poor, total, std["poor_share_min"], std["poor_share_max"], True)
              and passes(care, total, std["home_care_min"], None, False))
        out.append("\t".join([club.code, club.name, STATUS.get(club.status, club.status),
                              str(total), "đạt" if ok else "chưa đạt"]))
    print("\n".join(out))
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
