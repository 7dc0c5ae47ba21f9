"""Backups of the SQLite database: online copies, rotation, verification and restore.

PostgreSQL is refused on purpose: dumping a shared server (pg_dump) is the server admin's job.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from models import audit
from models import db as dbmod
from models.errors import ValidationError
from models.migrations import LATEST_VERSION

PREFIX = "ishc-"
SUFFIX = ".sqlite3"


class BackupError(ValidationError):
    """A backup or restore was refused; `code` says why (e.g. backup_not_sqlite)."""


@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup file holds."""

    path: Path
    version: int
    clubs: int
    members: int
    size: int
    modified: dt.datetime


def _live_path() -> Path:
    path = dbmod.sqlite_path()
    if path is None:
        raise BackupError("database", "backup_postgres_refused")
    return path


def backups_dir() -> Path:
    """The folder of automatic backups, inside the data folder."""
    path = dbmod.data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_name(when: dt.datetime | None = None, reason: str = "") -> str:
    """A file name like ishc-2026-11-29-0930.sqlite3 (reason appended when given)."""
    stamp = (when or dt.datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    return f"{PREFIX}{stamp}{'-' + reason if reason else ''}{SUFFIX}"


def _copy(src_path: Path, target: Path) -> None:
    src = sqlite3.connect(str(src_path), timeout=10)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _free(path: Path) -> Path:
    """`path`, or path-2, path-3… when two backups fall in the same second."""
    n, candidate = 1, path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def backup_to(path: Path | str) -> Path:
    """Copy the live database to `path` with the online backup API (safe while in use)."""
    live = _live_path()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    _copy(live, tmp)
    tmp.replace(target)  # a half-written copy never carries the final name
    return target


def list_backups(folder: Path | None = None) -> list[Path]:
    """Backup files in a folder, newest first."""
    folder = folder or backups_dir()
    files = [p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if p.is_file()]
    return sorted(files, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the `keep` newest backups; returns the deleted files."""
    old = list_backups(folder)[max(keep, 1):]
    for p in old:
        p.unlink(missing_ok=True)
    return old


def automatic_backup(reason: str = "auto", keep: int = 10, second_folder: str = "") -> Path:
    """Back up into <data>/backups (and a second folder if set), keeping the `keep` newest."""
    target = backup_to(_free(backups_dir() / backup_name(reason=reason)))
    rotate(backups_dir(), keep)
    if second_folder:
        folder = Path(second_folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _copy(target, folder / target.name)
            rotate(folder, keep)
        except OSError:
            pass  # a USB stick that is not plugged in must not stop the main backup
    return target


def needs_daily_backup(today: dt.date | None = None) -> bool:
    """True when the newest automatic backup is older than today."""
    newest = list_backups()
    if not newest:
        return True
    made = dt.date.fromtimestamp(newest[0].stat().st_mtime)
    return made < (today or dt.date.today())


def verify_backup(path: Path | str) -> BackupInfo:
    """Open a backup read-only and check it; raises BackupError with a code on failure."""
    path = Path(path)
    if not path.is_file():
        raise BackupError("file", "backup_missing", {"path": str(path)})
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError("file", "backup_not_sqlite", {"path": str(path)}) from exc
    try:
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise BackupError("file", "backup_not_sqlite", {"path": str(path)}) from exc
        if rows != [("ok",)]:
            raise BackupError("file", "backup_damaged",
                              {"path": str(path), "detail": str(rows[0][0])})
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"schema_version", "club", "person"} <= tables:
            raise BackupError("file", "backup_not_ishc", {"path": str(path)})
        if con.execute("PRAGMA foreign_key_check").fetchall():
            raise BackupError("file", "backup_damaged", {"path": str(path), "detail": "fk"})
        version = con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        if version > LATEST_VERSION:
            raise BackupError("file", "backup_too_new",
                              {"found": version, "supported": LATEST_VERSION})
        clubs = con.execute("SELECT COUNT(*) FROM club").fetchone()[0]
        members = con.execute("SELECT COUNT(*) FROM person").fetchone()[0]
    finally:
        con.close()
    stat = path.stat()
    return BackupInfo(path, int(version), clubs, members, stat.st_size,
                      dt.datetime.fromtimestamp(stat.st_mtime))


def restore_from(path: Path | str) -> tuple[BackupInfo, Path]:
    """Verify `path`, save the current database aside, then replace it with the backup.

    Returns what was verified and where the previous database was saved.
    """
    live = _live_path()
    info = verify_backup(path)
    saved = backup_to(_free(backups_dir() / backup_name(reason="before-restore")))
    database = dbmod.database.obj
    database.close()
    try:
        _copy(Path(path), live)
    finally:
        database.connect(reuse_if_open=True)
    with database.atomic():
        audit.record("database", live.name, "restore", None,
                     {"from": str(path), "saved": str(saved)})
    return info, saved


def backup_quietly(reason: str, *, only_if_due: bool = False) -> Path | None:
    """The automatic backup at start and exit: skipped for PostgreSQL and in-memory
    databases, and a failure is logged, never raised (it must not stop the program)."""
    if dbmod.sqlite_path() is None or (only_if_due and not needs_daily_backup()):
        return None
    try:
        return automatic_backup(reason)
    except (OSError, sqlite3.Error, BackupError):
        logging.getLogger(__name__).exception("automatic backup failed")
        return None
