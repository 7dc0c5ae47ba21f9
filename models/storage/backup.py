"""Backups of the SQLite database: the automatic and manual copies, and keeping erased
personal data out of older copies. The files, series and rotation are in backup_files,
the checks of a backup file in backup_verify, restoring in restore; their public names are
offered here too.

PostgreSQL is refused on purpose: dumping a shared server (pg_dump) is the server admin's job.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

import peewee as pw

from models.accounts import audit
from models.accounts.access import AccessDenied, can, require
from models.privacy import privacy
from models.storage import db as dbmod
from models.storage.backup_files import (
    BEFORE_RESTORE_DAYS,
    BEFORE_RESTORE_KEEP,
    KEEP_RANGE,
    PREFIX,
    SERIES_FILE,
    SUFFIX,
    BackupEntry,
    BackupError,
    BackupInfo,
    BackupSettings,
    OfficeIdentity,
    Series,
    backup_entries,
    backup_name,
    backup_to,
    backups_dir,
    check_settings,
    copy_database,
    current_series,
    free_name,
    list_backups,
    live_path,
    live_state,
    load_settings,
    needs_daily_backup,
    rotate,
    save_settings,
)
from models.storage.backup_verify import chain_break, verify_backup
from models.storage.schema import Person, Setting


def automatic_backup(reason: str = "auto", keep: int | None = None,
                     second_folder: str | None = None) -> Path:
    """Back up into <data>/backups (and a second folder if set), keeping the `keep` newest.

    `keep` and `second_folder` default to the stored BackupSettings.
    """
    if keep is None or second_folder is None:
        stored = load_settings()
        keep = stored.keep if keep is None else keep
        second_folder = stored.second_folder if second_folder is None else second_folder
    series = current_series(remember=True)
    target = backup_to(free_name(backups_dir() / backup_name(reason=reason, series=series.id)))
    rotate(backups_dir(), keep, series)
    if second_folder:
        folder = Path(second_folder)
        try:
            # Not parents=True: a USB stick that is not plugged in must not become a folder of
            # the same name on the computer's own disk.
            folder.mkdir(exist_ok=True)
            copy_database(target, folder / target.name)
            rotate(folder, keep, series)
        except (OSError, sqlite3.Error):
            pass  # a USB stick that is not plugged in must not stop the main backup
    scrub_backups()  # an anonymisation since the last backup: older copies follow
    return target


def _erased_in(db: pw.Database, erased: dict[int, dt.datetime]) -> list[int] | None:
    """Persons anonymised in the live data but not in `db`; None when `db` is too old to say
    (no anonymised_at column) while it holds one of them."""
    try:
        found = dict(Person.select(Person.id, Person.anonymised_at)
                     .where(Person.id.in_(list(erased))).bind(db).tuples())
    except pw.OperationalError:
        ids = {r[0] for r in Person.select(Person.id).where(Person.id.in_(list(erased)))
               .bind(db).tuples()}
        return None if ids else []
    return [pid for pid in erased if pid in found and found[pid] is None]


def _scrub_copy(path: Path, erased: dict[int, dt.datetime]) -> str | None:
    """Erase from one backup copy what was erased in the live data, then verify it again:
    "scrubbed", or "deleted" when it cannot be (damaged, too old), or None when the copy
    holds none of it. The file keeps its time, so it keeps its place in the series."""
    stat = path.stat()
    copy = pw.SqliteDatabase(str(path), pragmas={"journal_mode": "delete"}, timeout=10)
    try:
        copy.connect()
        todo = _erased_in(copy, erased)
        if todo == []:
            return None
        if todo is None:
            raise BackupError("file", "backup_not_ishc", {"path": str(path)})
        with copy.atomic():
            for pid in todo:
                privacy.erase_person(pid, erased[pid], copy)
        copy.execute_sql("VACUUM")  # rewrites every page: nothing erased stays in free space
        copy.close()
        verify_backup(path)
        os.utime(path, (stat.st_atime, stat.st_mtime))
        return "scrubbed"
    except (pw.DatabaseError, sqlite3.Error, BackupError, OSError):
        copy.close()
        path.unlink(missing_ok=True)
        return "deleted"
    finally:
        copy.close()


def scrub_backups(settings: BackupSettings | None = None) -> dict[str, list[Path]]:
    """After an anonymisation, the backups of this database's series (data folder and second
    folder) no longer keep what was erased: every person anonymised in the live data but not
    in a copy is erased there the same way (models.privacy.privacy.erase_person) and the copy
    verified again; a copy that cannot be scrubbed is deleted. The mark anonymise() sets is
    cleared, with an audit row, once every folder was reached (an unplugged USB stick is
    scrubbed next time). Returns the copies scrubbed and deleted."""
    done: dict[str, list[Path]] = {"scrubbed": [], "deleted": []}
    if dbmod.sqlite_path() is None:
        return done
    if Setting.get_or_none(Setting.key == privacy.BACKUPS_HOLD_ERASED_KEY) is None:
        return done
    settings = settings or load_settings()
    erased = dict(Person.select(Person.id, Person.anonymised_at)
                  .where(Person.anonymised_at.is_null(False)).tuples())
    series = current_series()
    folders = [backups_dir()]
    if settings.second_folder:
        folders.append(Path(settings.second_folder).expanduser())
    complete = True
    for folder in folders:
        try:
            files = list_backups(folder, series) if folder.is_dir() else None
        except OSError:
            files = None
        if files is None:
            complete = False
            continue
        for path in files:
            result = _scrub_copy(path, erased) if erased else None
            if result:
                done[result].append(path)
    if complete:
        with dbmod.database.atomic():
            Setting.delete().where(Setting.key == privacy.BACKUPS_HOLD_ERASED_KEY).execute()
            audit.record("database", "backups", "scrub", None,
                         {"scrubbed": [p.name for p in done["scrubbed"]],
                          "deleted": [p.name for p in done["deleted"]]})
    return done


def _wards_in_data() -> list[int]:
    cursor = dbmod.database.execute_sql(
        'SELECT ward_code FROM "person" UNION SELECT ward_code FROM "club"')
    return sorted(int(r[0]) for r in cursor.fetchall() if r[0] is not None)


def require_backup_to_file() -> None:
    """A copy to a file of one's choice leaves the program with every CCCD, household status
    and password hash of every ward in it: it needs the sensitive right, or the
    administrator, over every ward the data holds. Raises AccessDenied."""
    action = "admin" if can("admin") else "sensitive"
    require(action)
    for ward in _wards_in_data():
        require(action, ward)


def can_backup_to_file() -> bool:
    """The same rule as require_backup_to_file, for windows deciding what to offer."""
    try:
        require_backup_to_file()
    except AccessDenied:
        return False
    return True


def manual_backup(path: Path | str | None = None, *, force: bool = False) -> Path:
    """"Sao lưu ngay": into the backups folder (and the second folder); or to `path`, a file
    of one's choice, which require_backup_to_file allows and an audit row records (written
    in the same transaction that allows it, before the file exists). A `path` is checked as
    any file the clerk names (models.storage.output): never the database, the backups folder
    or a missing folder; an existing file only with `force`."""
    if path is None:
        require("read")
        return automatic_backup("manual")
    from models.storage.output import check_output

    live, target = live_path(), check_output(path, force=force)
    with dbmod.database.atomic():
        require_backup_to_file()
        audit.record("database", live.name, "backup_to_file", None,
                     {"path": str(target.expanduser().resolve())})
    return backup_to(target)


def backup_quietly(reason: str, *, only_if_due: bool = False) -> Path | None:
    """The automatic backup at start and exit: skipped for PostgreSQL and in-memory
    databases, and a failure is logged, never raised (it must not stop the program)."""
    if dbmod.sqlite_path() is None:
        return None
    try:
        stored = load_settings()
        wanted = stored.daily if only_if_due else stored.on_exit
        if not wanted or (only_if_due and not needs_daily_backup()):
            return None
        return automatic_backup(reason, stored.keep, stored.second_folder)
    except Exception:  # noqa: BLE001 - anything at all: the program must still start and close
        logging.getLogger(__name__).exception("automatic backup failed")
        return None


# The files, series and checks of backups are offered here too: one module for backups.
__all__ = [
    "KEEP_RANGE",
    "BEFORE_RESTORE_DAYS",
    "BEFORE_RESTORE_KEEP",
    "BackupEntry",
    "BackupError",
    "BackupInfo",
    "BackupSettings",
    "OfficeIdentity",
    "PREFIX",
    "SERIES_FILE",
    "SUFFIX",
    "Series",
    "automatic_backup",
    "backup_entries",
    "backup_name",
    "backup_quietly",
    "backup_to",
    "backups_dir",
    "can_backup_to_file",
    "chain_break",
    "check_settings",
    "current_series",
    "list_backups",
    "live_state",
    "load_settings",
    "manual_backup",
    "needs_daily_backup",
    "require_backup_to_file",
    "rotate",
    "save_settings",
    "scrub_backups",
    "verify_backup",
]
