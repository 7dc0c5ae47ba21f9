"""The database's own id: a random UUID stored in the Setting table (key "database_id").

It is written when a database is created or first opened by this version, and names the
database's backup series (models/storage/backup.py): backups belong to a database, not to the
data folder, so a scratch database opened with --db never rotates or lists the office's
backups. A restore keeps the id of the database it replaces. A copy of the file is the same
database and shares the id.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

from models.storage.db import database
from models.storage.schema import Setting

DATABASE_ID_KEY = "database_id"
SHORT = 8  # hex digits of the id in backup file names


def short_id(value: str) -> str:
    """The first hex digits of the id, as backup file names carry it."""
    return value.replace("-", "").lower()[:SHORT]


def _parse(text: str | None) -> str | None:
    if not text:
        return None
    try:
        value = json.loads(text)
        return str(uuid.UUID(str(value)))
    except (ValueError, TypeError):
        return None


def database_id() -> str:
    """The id of the bound database, written now when it has none yet (older files)."""
    row = Setting.get_or_none(Setting.key == DATABASE_ID_KEY)
    found = _parse(row.value) if row else None
    if found:
        return found
    return set_database_id(str(uuid.uuid4()))


def set_database_id(value: str) -> str:
    """Store `value` as the bound database's id (a restore keeps the replaced file's id)."""
    value = str(uuid.UUID(value))
    text = json.dumps(value)
    with database.atomic():
        Setting.insert(key=DATABASE_ID_KEY, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}).execute()
    return value


def read_database_id(path: Path | str) -> str | None:
    """The id stored in a SQLite file, read-only; None when absent or unreadable."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?",
                              (DATABASE_ID_KEY,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return _parse(row[0]) if row else None
