"""Opening the database a command names, with every refusal as a sentence-ready code.

A mistyped `--db` must not become a new empty database in a new folder, a folder or a device
is not a database, and a server that is down is named in one line. Refused, as
ValidationError("database", code, params):
- db_is_folder, db_not_file (a device such as /dev/null, a pipe), db_no_folder (its folder
  does not exist: folders are never created here);
- db_missing: the file does not exist and the command does not create one (only init, demo
  and restore do);
- db_unopenable: SQLite could not open the file ({reason});
- server_unreachable: the PostgreSQL server did not answer or refused ({server}, {reason}).
"""

from __future__ import annotations

import stat
from pathlib import Path
from urllib.parse import urlparse

import peewee as pw

from models.errors import ValidationError
from models.storage import db as dbmod

FIELD = "database"


def server_name(url: str) -> str:
    """host:port/database of a postgresql:// URL, never its password."""
    parts = urlparse(url)
    host = parts.hostname or "localhost"
    return f"{host}:{parts.port or 5432}/{parts.path.lstrip('/') or 'ishc'}"


def _reason(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def check_target(target: str, *, may_be_missing: bool) -> None:
    """Refuse a SQLite path that cannot be the database (see the module's codes)."""
    if dbmod.is_postgres(target) or target == ":memory:":
        return
    path = Path(target).expanduser()
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise ValidationError(FIELD, "db_unopenable", {"path": target,
                                                       "reason": _reason(exc)}) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise ValidationError(FIELD, "db_is_folder", {"path": target})
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError(FIELD, "db_not_file", {"path": target})
        return
    if not path.parent.is_dir():
        raise ValidationError(FIELD, "db_no_folder", {"path": target,
                                                      "folder": str(path.parent)})
    if not may_be_missing:
        raise ValidationError(FIELD, "db_missing", {"path": target})


def open_checked(option: str | None, *, may_be_missing: bool = False) -> pw.Database:
    """Check the target named by --db ($ISHC_DB, the saved server, the default file), then
    open it as models.storage.migrations.open_database does."""
    from models.storage.migrations import open_database

    target = dbmod.resolve_target(option)
    check_target(target, may_be_missing=may_be_missing)
    try:
        return open_database(target)
    except pw.OperationalError as exc:
        dbmod.close()
        if dbmod.is_postgres(target):
            raise ValidationError(FIELD, "server_unreachable", {
                "server": server_name(target), "reason": _reason(exc)}) from None
        raise ValidationError(FIELD, "db_unopenable", {"path": target,
                                                       "reason": _reason(exc)}) from None


def accounts_readable() -> bool:
    """Whether the bound database can say if accounts exist (an old file without the
    accounts table cannot: restore and backups then run without signing in)."""
    from models.accounts.access import accounts_exist

    try:
        accounts_exist()
    except pw.DatabaseError:
        return False
    return True


def open_database_label() -> str:
    """The open database as a person reads it: the SQLite file's path, or the server's
    host:port/database (never a password); "" when nothing is open."""
    obj = dbmod.database.obj
    if obj is None:
        return ""
    path = dbmod.sqlite_path(obj)
    if path is not None:
        return str(path)
    if isinstance(obj, pw.PostgresqlDatabase):
        params = obj.connect_params
        return f"{params.get('host') or 'localhost'}:{params.get('port') or 5432}/{obj.database}"
    return str(obj.database)
