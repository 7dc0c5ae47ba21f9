"""Database connection: SQLite by default, PostgreSQL by URL, one proxy for all tables."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlparse

import peewee

from models.storage import connection
from models.storage.paths import data_dir as data_dir  # callers read the folder from here too
from models.storage.paths import default_db_path

DB_ENV = "ISHC_DB"

database = peewee.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # Another process (a backup, a second window) may hold the write lock for a moment.
    "busy_timeout": 10000,
    # FULL: in WAL mode each commit is synced, so an acknowledged write survives a power cut
    # (NORMAL may lose the last commits). Bulk demo writers commit once: the cost is small.
    "synchronous": "full",
    "cache_size": -32000,
    # Erased values (anonymising a member) are overwritten, not left in free space where a
    # backup, which copies every page, would carry them on.
    "secure_delete": 1,
}

# How every SQLite transaction begins (see make_database).
SQLITE_LOCK_TYPE = "IMMEDIATE"


def resolve_target(option: str | None) -> str:
    """Pick the database: the --db option, else $ISHC_DB, else the shared server saved by the
    connection dialog (models/storage/connection.py), else the default file."""
    if option or os.environ.get(DB_ENV):
        return option or os.environ[DB_ENV]
    return connection.saved_url() or str(default_db_path())


def is_postgres(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def make_database(target: str) -> peewee.Database:
    """Build (not connect) a peewee database for a path, ':memory:' or a postgresql:// URL."""
    if is_postgres(target):
        url = urlparse(target)
        return peewee.PostgresqlDatabase(
            url.path.lstrip("/") or "ishc",
            user=unquote(url.username) if url.username else None,
            password=unquote(url.password) if url.password else None,
            host=url.hostname or "localhost",
            port=url.port or 5432,
            # sslmode, connect_timeout… from the URL's query go to libpq as they are
            **dict(parse_qsl(url.query)),
        )
    if target != ":memory:":
        Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
    # Every transaction (atomic(), transaction()) begins IMMEDIATE: it takes the write lock
    # at BEGIN, where busy_timeout lets it wait its turn. A deferred BEGIN that reads and then
    # writes cannot wait: its late lock upgrade fails at once with "database is locked".
    return peewee.SqliteDatabase(target, pragmas=SQLITE_PRAGMAS, timeout=10,
                                 lock_type=SQLITE_LOCK_TYPE)


def sqlite_path(db: peewee.Database | None = None) -> Path | None:
    """The file behind a SQLite database, or None for PostgreSQL and in-memory databases."""
    db = db or database.obj
    if isinstance(db, peewee.SqliteDatabase) and db.database not in (":memory:", ""):
        return Path(db.database)
    return None


def bind(db: peewee.Database) -> peewee.Database:
    """Point every table at this database."""
    database.initialize(db)
    return db


def close() -> None:
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()


def close_thread_connection() -> None:
    """Give back this thread's connection (peewee keeps one per thread); no-op when closed."""
    close()


def reopen() -> None:
    """Close this thread's connection and open a fresh one (after the file was replaced)."""
    close()
    database.connect(reuse_if_open=True)
