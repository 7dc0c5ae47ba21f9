"""A database file as version 6 left it (meetings, activities, training, supervision), made
from a new file by taking away what later versions added: the later migrations are tried on
it whatever their number."""

from __future__ import annotations

import sqlite3
from pathlib import Path

V6_NOTE = "supervision: checklists, visits, recommendations, plans"


def v6_tables() -> set[str]:
    from models.activities.tables import TABLES as ACTIVITY
    from models.meetings.tables import TABLES as MEETINGS
    from models.storage.schema import TABLES as CORE
    from models.supervision.tables import TABLES as SUPERVISION
    from models.training.tables import TABLES as TRAINING

    return {t._meta.table_name for t in CORE + MEETINGS + ACTIVITY + TRAINING + SUPERVISION}


def make_version_6_file(path: Path) -> None:
    """A new, migrated SQLite file at `path`, taken back to version 6 (closed afterwards)."""
    from models.storage import db as dbmod
    from models.storage import migrations
    from models.storage.tables import all_tables

    migrations.open_database(str(path)).close()
    dbmod.close()
    later = [t._meta.table_name for t in all_tables() if t._meta.table_name not in v6_tables()]
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        for table in reversed(later):
            con.execute(f'DROP TABLE IF EXISTS "{table}"')
        con.execute("DELETE FROM schema_version")  # a new file holds only its latest version
        con.execute("INSERT INTO schema_version (version, applied_at, note) "
                    "VALUES (6, '2026-06-01 08:00:00', ?)", (V6_NOTE,))
        con.commit()
    finally:
        con.close()
