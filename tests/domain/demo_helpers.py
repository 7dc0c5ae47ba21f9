"""What the demo tests share."""

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
