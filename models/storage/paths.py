"""Where the program keeps its files: the per-user data folder and the default database file.

A leaf of the storage package: the database module and the saved server settings
(models/storage/connection.py) both need the data folder, and neither imports the other for it.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "ISHC Desk"
APP_AUTHOR = "ISHC"


def data_dir() -> Path:
    """The per-user data folder (database, logs, backups); created on demand."""
    override = os.environ.get("ISHC_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """Where the built-in SQLite database lives when nothing else is chosen."""
    return data_dir() / "ishc.sqlite3"
