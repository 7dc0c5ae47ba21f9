"""What the demo tests share."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import peewee as pw


def fresh_database():
    """Bind the tables to a new, migrated in-memory database (the caller closes it)."""
    from models.storage import db as dbmod
    from models.storage.migrations import migrate

    other = pw.SqliteDatabase(":memory:", pragmas={"foreign_keys": 1})
    dbmod.bind(other)
    other.connect()
    migrate(other)
    return other


def demo_office_file(path: Path, monkeypatch) -> Iterator[Path]:
    """For a fixture (yield from): the demo office (3 clubs, seed 7, on 20/11/2026) in the
    SQLite file `path`, closed so that writer processes open their own connections; closes
    the database bound at the end."""
    from models.accounts.session import set_actor
    from models.demo.demo import fill_demo
    from models.storage import db as dbmod
    from models.storage.migrations import migrate

    monkeypatch.setenv("ISHC_DATA_DIR", str(path.parent / "data"))
    set_actor("test")
    database = dbmod.bind(dbmod.make_database(str(path)))
    database.connect()
    migrate(database)
    fill_demo(3, seed=7, today=dt.date(2026, 11, 20))
    database.close()  # the children open their own connections
    yield path
    dbmod.bind(database)
    database.close()
