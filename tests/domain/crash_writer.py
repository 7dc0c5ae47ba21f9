"""Child process for the crash tests: adds members through the service, forever.

Prints "OK <tag> <membership id>" only after the transaction committed.
Usage: python crash_writer.py DB_PATH TAG
"""

from __future__ import annotations

import datetime as dt
import sys

from models.accounts.session import set_actor
from models.members.members import MemberInput, add_member
from models.storage import db as dbmod
from models.storage.schema import Club

GIVEN = ["Huệ", "Lan", "Mai", "Đào", "Hùng", "Dũng", "Sơn", "Tâm", "Phúc", "Hằng", "Yến"]


def main() -> None:
    path, tag = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 10**9
    set_actor("crash-" + tag)
    database = dbmod.bind(dbmod.make_database(path))
    database.connect()
    clubs = [c.id for c in Club.select().where(Club.status != "planned")]
    print("READY", flush=True)  # start-up done: the parent's random stretch starts now
    for i in range(limit):
        inp = MemberInput(full_name=f"Nguyễn Văn {GIVEN[i % len(GIVEN)]}", gender="M",
                          birth_year=1940 + i % 60, ethnicity="Kinh",
                          household_status="poor", household_status_year=2025,
                          joined_on=dt.date(2025, 3, 5))
        m = add_member(clubs[i % len(clubs)], inp, today=dt.date(2026, 11, 20))
        print(f"OK {tag} {m.id} {m.person_id}", flush=True)


if __name__ == "__main__":
    main()
