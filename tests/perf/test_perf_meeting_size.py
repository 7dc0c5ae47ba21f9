"""Size of the meeting tables: 60,000 meetings of 50 members (1,000 clubs, five years), with
five absences and two fees that differ from the rule a meeting, must grow a SQLite file by
at most 60 MB. The rows are the shapes record_meeting writes (models/meetings/tables.py);
the receipts and audit rows of the money are the ledger's, not counted here."""

from __future__ import annotations

import datetime as dt
import json
import os
import random

import peewee as pw

LIMIT_MB = 60


def test_meeting_tables_stay_small(tmp_path, monkeypatch):
    from models.accounts.session import set_actor
    from models.meetings.tables import Meeting, MeetingAbsence, MeetingFee
    from models.storage import db as dbmod
    from models.storage.migrations import migrate

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "size.sqlite3"
    database = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 0})
    dbmod.bind(database)
    database.connect()
    set_actor("bench")
    migrate(database)
    database.execute_sql("VACUUM")
    before = os.path.getsize(path)
    rnd = random.Random(1)
    contents = json.dumps({"health": "Đo huyết áp, tư vấn sức khỏe",
                           "income": "Bàn kế hoạch vay vốn"}, ensure_ascii=False)
    meeting_id = 0
    with database.atomic():
        for club in range(1, 1001):
            rows, absences, fees = [], [], []
            for k in range(60):
                meeting_id += 1
                rows.append(dict(
                    id=meeting_id, club=club, date=dt.date(2021, 1, 15) + dt.timedelta(30 * k),
                    start_time="08:00", end_time="10:00", place="Nhà văn hóa tổ dân phố",
                    chair=club * 50, secretary=club * 50 + 1, contents=contents,
                    decisions="Thống nhất kế hoạch tháng tới", member_count=50,
                    present_count=45, fee_due=5000, fee_total=225_000,
                    repayment_total=1_500_000, receipt=meeting_id, recorded_by="clerk"))
                absences += [dict(meeting=meeting_id, person=club * 50 + p, reason="ốm")
                             for p in rnd.sample(range(50), 5)]
                fees += [dict(meeting=meeting_id, person=club * 50 + p, amount=3000)
                         for p in rnd.sample(range(50), 2)]
            Meeting.insert_many(rows).execute()
            MeetingAbsence.insert_many(absences).execute()
            MeetingFee.insert_many(fees).execute()
    database.close()
    grown = (os.path.getsize(path) - before) / 1e6
    print(f"\n60,000 meetings × 50 members: the file grew {grown:.1f} MB (limit {LIMIT_MB})")
    assert grown <= LIMIT_MB
