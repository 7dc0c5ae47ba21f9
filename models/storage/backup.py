"""Backups of the SQLite database: online copies, rotation, verification and restore.

PostgreSQL is refused on purpose: dumping a shared server (pg_dump) is the server admin's job.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import peewee as pw

from models.accounts import audit, users
from models.accounts.access import AccessDenied, can, require
from models.errors import Collector, ValidationError
from models.privacy import privacy
from models.storage import db as dbmod
from models.storage import identity
from models.storage.migrations import LATEST_VERSION, migrate
from models.storage.schema import TABLES, AuditLog, Person, Setting, UserAccount
from models.text.vietnamese import fold, nfc

PREFIX = "ishc-"
SUFFIX = ".sqlite3"
# ishc-<series>-YYYY-MM-DD-HHMMSS[-reason][-n].sqlite3; files made before backups had a series
# carry no series part (they belong to the database at the default place, see current_series).
_NAME = re.compile(r"^ishc-(?:(?P<series>[0-9a-f]{8})-)?(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})"
                   r"(?:-(?P<rest>.+))?$")
SERIES_FILE = "series.json"  # in the backups folder: database file -> series, for a lost file
# The copies saved before a restore are the way back from restoring the wrong file: rotation
# keeps them for a while, but not for ever.
BEFORE_RESTORE_DAYS = 30
BEFORE_RESTORE_KEEP = 5


class BackupError(ValidationError):
    """A backup or restore was refused; `code` says why (e.g. backup_not_sqlite)."""


@dataclass
class BackupSettings:
    """How the program backs itself up (kept as JSON in the Setting table, key "backup")."""

    keep: int = 10  # newest automatic backups kept in each folder
    second_folder: str = ""  # e.g. a USB stick; empty = none
    daily: bool = True  # a backup at the first start of each day
    on_exit: bool = True  # a backup each time the program closes


SETTINGS_KEY = "backup"
KEEP_RANGE = (1, 365)
FOLDER_MAX = 500


@dataclass(frozen=True)
class BackupEntry:
    """One backup file as listed (not verified: verifying reads the whole file)."""

    path: Path
    size: int
    modified: dt.datetime
    reason: str  # daily, exit, manual, before-restore… ('' when unknown)
    second_folder: bool


@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup file holds."""

    path: Path
    version: int
    clubs: int
    members: int
    size: int
    modified: dt.datetime
    accounts: int = 0  # user accounts in the backup (0: the data is open to anyone)
    office: OfficeIdentity | None = None  # the office in its settings (None: not set)
    last_audit: tuple[str, int] | None = None  # (time, id) of its newest audit row


@dataclass(frozen=True)
class OfficeIdentity:
    """Whose data a database is: the office's ward and name from its settings."""

    ward_code: int | None
    name: str

    def text(self) -> str:
        return f"{self.name} ({self.ward_code})" if self.ward_code is not None else self.name

    def differs(self, other: OfficeIdentity | None) -> bool:
        """Another office: the wards differ (or, without wards, the names)."""
        if other is None:
            return False
        if self.ward_code is not None and other.ward_code is not None:
            return self.ward_code != other.ward_code
        return bool(self.name and other.name) and fold(self.name) != fold(other.name)


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


def backup_name(when: dt.datetime | None = None, reason: str = "", series: str | None = None
                ) -> str:
    """A file name like ishc-1a2b3c4d-2026-11-29-093000-daily.sqlite3: the database's series
    (when given), the time, the reason (when given)."""
    stamp = (when or dt.datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    return f"{PREFIX}{series + '-' if series else ''}{stamp}{'-' + reason if reason else ''}{SUFFIX}"


@dataclass(frozen=True)
class Series:
    """Which backups belong to a database: those named with its short id (`id`), plus the
    backups named before series existed when it is the database at the default place
    (`legacy`). `id` None means the database could not be identified (a lost file on a new
    computer): every backup in the folder is offered."""

    id: str | None
    legacy: bool = False

    def holds(self, path: Path) -> bool:
        parsed = _NAME.match(path.stem) if path.suffix == SUFFIX else None
        if parsed is None:
            return False
        if self.id is None:
            return True
        found = parsed.group("series")
        return found == self.id or (found is None and self.legacy)


def _series_map() -> dict[str, str]:
    try:
        data = json.loads((backups_dir() / SERIES_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _remember_series(live: Path, short: str) -> None:
    known = _series_map()
    key = str(live.resolve())
    if known.get(key) == short:
        return
    known[key] = short
    with contextlib.suppress(OSError):
        (backups_dir() / SERIES_FILE).write_text(json.dumps(known, indent=1), "utf-8")


def current_series(live: Path | None = None) -> Series:
    """The backup series of the live database: its id, read from the file (or written now
    when an older file has none). A damaged or lost file is looked up in the folder's
    series.json, which every backup updates."""
    live = live or _live_path()
    full = identity.read_database_id(live)
    if full is None and live_state(live, thorough=False) == "ok":
        with contextlib.suppress(pw.DatabaseError, sqlite3.Error):
            full = identity.database_id()
    if full is not None:
        short = identity.short_id(full)
        _remember_series(live, short)
    else:
        short = _series_map().get(str(live.resolve()))
    legacy = live.resolve() == dbmod.default_db_path().resolve()
    return Series(short, legacy)


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


def load_settings() -> BackupSettings:
    """The backup settings; missing or unreadable values take their defaults."""
    row = Setting.get_or_none(Setting.key == SETTINGS_KEY)
    try:
        stored = json.loads(row.value) if row else {}
    except ValueError:
        stored = {}
    known = {f.name for f in fields(BackupSettings)}
    return BackupSettings(**{k: v for k, v in stored.items() if k in known})


def check_settings(value: BackupSettings) -> Collector:
    """Normalise `value` in place and collect its problems (writes nothing)."""
    value.second_folder = nfc((value.second_folder or "").strip())
    problems = Collector()
    low, high = KEEP_RANGE
    if isinstance(value.keep, bool) or not isinstance(value.keep, int) \
            or not low <= value.keep <= high:
        problems.add("keep", "out_of_range", low=low, high=high)
    if not isinstance(value.daily, bool):
        problems.add("daily", "invalid", value=value.daily)
    if not isinstance(value.on_exit, bool):
        problems.add("on_exit", "invalid", value=value.on_exit)
    folder = value.second_folder
    if folder:
        path = Path(folder).expanduser()
        if len(folder) > FOLDER_MAX:
            problems.add("second_folder", "too_long", max=FOLDER_MAX)
        elif not path.is_absolute():
            problems.add("second_folder", "folder_not_absolute", value=folder)
        elif path.exists() and not path.is_dir():
            problems.add("second_folder", "not_a_folder", value=folder)
        elif path.resolve() == backups_dir().resolve():
            problems.add("second_folder", "folder_is_main", value=folder)
    return problems


def save_settings(value: BackupSettings) -> BackupSettings:
    """Validate and store the backup settings (admin right), with an audit row."""
    require("admin")
    check_settings(value).raise_if_any()
    database = dbmod.database
    with database.atomic():
        row = Setting.get_or_none(Setting.key == SETTINGS_KEY)
        before = json.loads(row.value) if row else None
        text = json.dumps(asdict(value), ensure_ascii=False)
        Setting.insert(key=SETTINGS_KEY, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}).execute()
        audit.record("setting", SETTINGS_KEY, "update" if row else "create", before,
                     asdict(value))
    return value


def list_backups(folder: Path | None = None, series: Series | None = None) -> list[Path]:
    """The backups of one database's series in a folder (default: the live database's),
    newest first."""
    folder = folder or backups_dir()
    series = series or current_series()
    files = [p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if p.is_file() and series.holds(p)]
    return sorted(files, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def _reason(path: Path) -> str:
    # ishc-[series-]YYYY-MM-DD-HHMMSS[-reason][-n].sqlite3
    parsed = _NAME.match(path.stem)
    if parsed is None or not parsed.group("rest"):
        return ""
    return "-".join(p for p in parsed.group("rest").split("-") if not p.isdigit())


def backup_entries(settings: BackupSettings | None = None) -> list[BackupEntry]:
    """Backups in the data folder and in the second folder (if reachable), newest first."""
    if settings is None:
        try:
            settings = load_settings()
        except pw.DatabaseError:  # a damaged live file: its backups are what is needed now
            settings = BackupSettings()
    series = current_series()
    folders = [(backups_dir(), False)]
    if settings.second_folder:
        folders.append((Path(settings.second_folder).expanduser(), True))
    entries = []
    for folder, second in folders:
        try:
            files = list_backups(folder, series) if folder.is_dir() else []
            for p in files:
                st = p.stat()
                entries.append(BackupEntry(p, st.st_size, dt.datetime.fromtimestamp(st.st_mtime),
                                           _reason(p), second))
        except OSError:
            continue  # an unplugged USB stick: list what the data folder has
    return sorted(entries, key=lambda e: (e.modified, e.path.name), reverse=True)


def rotate(folder: Path, keep: int, series: Series | None = None,
           now: dt.datetime | None = None) -> list[Path]:
    """Delete all but the `keep` newest backups of the series; returns the deleted files.

    Only the live database's series is touched. The copies saved before a restore are the
    way back from restoring the wrong file: they are counted apart and kept for
    BEFORE_RESTORE_DAYS days, at most the BEFORE_RESTORE_KEEP newest.
    """
    files = list_backups(folder, series)
    rotating = [p for p in files if not _reason(p).startswith("before-restore")]
    saved = [p for p in files if _reason(p).startswith("before-restore")]
    cutoff = ((now or dt.datetime.now()) - dt.timedelta(days=BEFORE_RESTORE_DAYS)).timestamp()
    recent = [p for p in saved if p.stat().st_mtime >= cutoff][:BEFORE_RESTORE_KEEP]
    old = rotating[max(keep, 1):] + [p for p in saved if p not in recent]
    for p in old:
        p.unlink(missing_ok=True)
    return old


def automatic_backup(reason: str = "auto", keep: int | None = None,
                     second_folder: str | None = None) -> Path:
    """Back up into <data>/backups (and a second folder if set), keeping the `keep` newest.

    `keep` and `second_folder` default to the stored BackupSettings.
    """
    if keep is None or second_folder is None:
        stored = load_settings()
        keep = stored.keep if keep is None else keep
        second_folder = stored.second_folder if second_folder is None else second_folder
    series = current_series()
    target = backup_to(_free(backups_dir() / backup_name(reason=reason, series=series.id)))
    rotate(backups_dir(), keep, series)
    if second_folder:
        folder = Path(second_folder)
        try:
            # Not parents=True: a USB stick that is not plugged in must not become a folder of
            # the same name on the computer's own disk.
            folder.mkdir(exist_ok=True)
            _copy(target, folder / target.name)
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


def needs_daily_backup(today: dt.date | None = None) -> bool:
    """True when the newest automatic backup is older than today."""
    newest = list_backups()
    if not newest:
        return True
    made = dt.date.fromtimestamp(newest[0].stat().st_mtime)
    return made < (today or dt.date.today())


ACCOUNTS_SINCE = 2  # the schema version that brought the accounts table


def _check_schema(con: sqlite3.Connection, path: Path) -> None:
    """Every table the program defines, with every column (the latest schema)."""
    for model in TABLES:
        table = model._meta.table_name
        columns = {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}
        if not columns and model is UserAccount:
            raise BackupError("file", "backup_no_accounts_table", {"path": str(path)})
        if not columns:
            raise BackupError("file", "backup_schema_incomplete",
                              {"path": str(path), "table": table})
        for field in model._meta.sorted_fields:
            if field.column_name not in columns:
                raise BackupError("file", "backup_schema_incomplete",
                                  {"path": str(path), "table": f"{table}.{field.column_name}"})


def _office_of(con: sqlite3.Connection) -> OfficeIdentity | None:
    row = con.execute("SELECT value FROM setting WHERE key = 'office'").fetchone()
    return _office_from(row[0] if row else None)


def _office_from(text: str | None) -> OfficeIdentity | None:
    """The office's ward and name from the JSON of the "office" setting."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        data = {}
    ward = data.get("ward_code") if isinstance(data, dict) else None
    name = nfc(str(data.get("office_name") or "")).strip() if isinstance(data, dict) else ""
    if ward is None and not name:
        return None
    return OfficeIdentity(int(ward) if isinstance(ward, int) else None, name)


def verify_backup(path: Path | str) -> BackupInfo:
    """Open a backup read-only and check it; raises BackupError with a code on failure.

    Checks: a SQLite file without damage (integrity, foreign keys); ISHC data of a version
    this program reads; at the latest version, every table the program defines with every
    column (an older backup is checked the same way after its migration, see restore_from);
    from the version that brought accounts on, an accounts table. Reads what the restore
    checks: the accounts, the office, the newest audit row."""
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
        if version == LATEST_VERSION:
            _check_schema(con, path)
        elif version >= ACCOUNTS_SINCE and UserAccount._meta.table_name not in tables:
            raise BackupError("file", "backup_no_accounts_table", {"path": str(path)})
        clubs = con.execute("SELECT COUNT(*) FROM club").fetchone()[0]
        members = con.execute("SELECT COUNT(*) FROM person").fetchone()[0]
        accounts = (con.execute("SELECT COUNT(*) FROM user_account").fetchone()[0]
                    if "user_account" in tables else 0)
        office = _office_of(con) if "setting" in tables else None
        last = (con.execute("SELECT at, id FROM audit_log ORDER BY at DESC, id DESC LIMIT 1")
                .fetchone() if "audit_log" in tables else None)
    except sqlite3.DatabaseError as exc:  # a table of the right name with the wrong shape
        raise BackupError("file", "backup_not_ishc", {"path": str(path)}) from exc
    finally:
        con.close()
    stat = path.stat()
    return BackupInfo(path, int(version), clubs, members, stat.st_size,
                      dt.datetime.fromtimestamp(stat.st_mtime), accounts, office,
                      (str(last[0]), int(last[1])) if last else None)


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


def manual_backup(path: Path | str | None = None) -> Path:
    """"Sao lưu ngay": into the backups folder (and the second folder); or to `path`, a file
    of one's choice, which require_backup_to_file allows and an audit row records (written
    in the same transaction that allows it, before the file exists)."""
    if path is None:
        require("read")
        return automatic_backup("manual")
    live, target = _live_path(), Path(path)
    with dbmod.database.atomic():
        require_backup_to_file()
        audit.record("database", live.name, "backup_to_file", None,
                     {"path": str(target.expanduser().resolve())})
    return backup_to(target)


def live_state(path: Path | None = None, *, thorough: bool = True) -> str:
    """"ok", "missing" or "damaged": whether the live file can be opened as ISHC data.

    `thorough` reads every page (PRAGMA quick_check); without it only the header and the
    table list are read, which is quick enough for every start of the program.
    """
    path = path or _live_path()
    if not path.exists():
        return "missing"
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = not thorough or con.execute("PRAGMA quick_check").fetchone() == ("ok",)
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.Error:
        return "damaged"
    return "ok" if ok and "schema_version" in tables else "damaged"


@dataclass
class _Current:
    """What the restore carries over from the data it replaces (read before replacing)."""

    database_id: str | None = None
    accounts: list[dict] | None = None  # rows of user_account; None: unreadable
    office: OfficeIdentity | None = None
    audit_rows: list[dict] | None = None  # written since the backup's newest row
    anonymised: dict[int, dt.datetime] | None = None  # person id -> when


def _read_current(state: str) -> _Current:
    current = _Current()
    if state != "ok":
        return current  # a lost or damaged file: nothing can be read from it
    current.database_id = identity.read_database_id(_live_path())
    with contextlib.suppress(pw.DatabaseError):  # an old file without the accounts table
        current.accounts = list(UserAccount.select().dicts())
    with contextlib.suppress(pw.DatabaseError):
        current.office = _office_of_live()
    current.anonymised = dict(Person.select(Person.id, Person.anonymised_at)
                              .where(Person.anonymised_at.is_null(False)).tuples())
    return current


def _office_of_live() -> OfficeIdentity | None:
    row = Setting.get_or_none(Setting.key == "office")
    return _office_from(row.value if row else None)


def _audit_since(last: tuple[str, int] | None) -> list[dict]:
    """The live audit rows newer than a backup's newest (time, then id), oldest first."""
    query = AuditLog.select().order_by(AuditLog.at, AuditLog.id)
    if last is not None:
        at = dt.datetime.fromisoformat(last[0])
        query = query.where((AuditLog.at > at) | ((AuditLog.at == at) & (AuditLog.id > last[1])))
    return list(query.dicts())


def _check_backup_admin(info: BackupInfo, credentials: tuple[str, str] | None) -> None:
    """An administrator of the backup's own accounts: name and password checked against
    the argon2 hash stored in the backup (the live data cannot say who is one)."""
    if credentials is None:
        raise BackupError("user", "restore_needs_admin")
    name, password = credentials
    con = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT password_hash, role, active FROM user_account "
                          "WHERE username = ?", (users.normalize_username(name),)).fetchone()
    finally:
        con.close()
    if row is None or not users.verify_password(row[0], password or "") \
            or row[1] != "admin" or not row[2]:
        raise BackupError("user", "restore_bad_admin")


def check_restore(info: BackupInfo, *, state: str, current_accounts: bool,
                  current_office: OfficeIdentity | None, other_office: bool = False,
                  keep_accounts: bool = False,
                  credentials: tuple[str, str] | None = None) -> None:
    """The rules a verified backup must pass before it replaces the live data:

    - who: an administrator whenever accounts exist in the current or the restored data.
      With current accounts, the signed-in user must be one; otherwise (no accounts now, or
      a damaged or lost file) `credentials` must name an administrator of the backup;
    - accounts: a backup without accounts over data that has them would open the data to
      anyone: refused, unless `keep_accounts` (the current accounts are then carried into
      the restored data);
    - office: another office's data is refused unless `other_office` (the error names both).

    More checks of the file itself belong in verify_backup; this is about the replacement.
    """
    if current_accounts:
        require("admin")
    elif info.accounts:
        _check_backup_admin(info, credentials)
    if current_accounts and not info.accounts and not keep_accounts:
        raise BackupError("file", "backup_no_accounts")
    if info.office is not None and info.office.differs(current_office) and not other_office:
        raise BackupError("file", "backup_other_office", {
            "backup_office": info.office.text(), "current_office": current_office.text()})


def _put_back(live: Path, saved: Path | None, state: str) -> None:
    """A restore that failed after the copy: the live file as it was before."""
    database = dbmod.database.obj
    database.close()
    for extra in (live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm")):
        extra.unlink(missing_ok=True)
    if saved is None:
        live.unlink(missing_ok=True)
    elif state == "damaged":
        shutil.copy2(saved, live)
    else:
        live.unlink(missing_ok=True)
        _copy(saved, live)


def _preflight(path: Path | str, state: str, current: _Current, **options) -> BackupInfo:
    if current.accounts:
        require("admin")  # before reading the backup at all
    info = verify_backup(path)
    check_restore(info, state=state, current_accounts=bool(current.accounts),
                  current_office=current.office, **options)
    return info


def preflight(path: Path | str, *, other_office: bool = False, keep_accounts: bool = False,
              credentials: tuple[str, str] | None = None) -> BackupInfo:
    """Every check restore_from makes before it changes anything, without changing anything:
    for asking "replace the current data with this?" only about a restore that will run."""
    state = live_state()
    return _preflight(path, state, _read_current(state), other_office=other_office,
                      keep_accounts=keep_accounts, credentials=credentials)


def restore_from(path: Path | str, *, other_office: bool = False, keep_accounts: bool = False,
                 credentials: tuple[str, str] | None = None
                 ) -> tuple[BackupInfo, Path | None]:
    """Verify `path`, save the current database aside, then replace it with the backup.

    Works on a lost or damaged live file too (it is then kept aside as it is, unread). The
    checks are verify_backup's (the file) then check_restore's (who, accounts, office). An
    older backup is migrated after the copy and checked again against the whole schema.
    The restored data keeps this database's id (its backup series), the audit rows written
    since the backup (appended after its own), and the anonymisations done since (done
    again by person id); with `keep_accounts`, the current accounts. Any failure after the
    copy puts the previous file back. Returns what was verified and where the previous
    database was saved (None if it was lost).
    """
    live = _live_path()
    state = live_state(live)
    current = _read_current(state)
    info = _preflight(path, state, current, other_office=other_office,
                      keep_accounts=keep_accounts, credentials=credentials)
    if state == "ok":
        current.audit_rows = _audit_since(info.last_audit)
    series = current_series(live)
    target = _free(backups_dir() / backup_name(reason="before-restore", series=series.id))
    database = dbmod.database.obj
    saved: Path | None = None
    if state == "ok":
        saved = backup_to(target)
    database.close()
    if state == "damaged":
        # Keep the damaged file and its journal as they are, for whoever wants to look.
        saved = target.with_name(target.stem + "-damaged" + target.suffix)
        shutil.copy2(live, saved)
    if state != "ok":
        for extra in (live, live.with_name(live.name + "-wal"),
                      live.with_name(live.name + "-shm")):
            extra.unlink(missing_ok=True)
    try:
        try:
            _copy(Path(path), live)
        finally:
            database.connect(reuse_if_open=True)
        migrate(database)
        if info.version < LATEST_VERSION:
            con = sqlite3.connect(f"file:{live}?mode=ro", uri=True)
            try:
                _check_schema(con, Path(path))
            finally:
                con.close()
        with database.atomic():
            kept = _carry_over(current, keep_accounts)
            audit.record("database", live.name, "restore", None,
                         {"from": str(path), "saved": str(saved) if saved else None,
                          "previous": state, **kept})
    except BaseException:
        _put_back(live, saved, state)
        database.connect(reuse_if_open=True)
        raise
    rotate(backups_dir(), load_settings().keep, series)  # before-restore copies are bounded
    return info, saved


def _carry_over(current: _Current, keep_accounts: bool) -> dict:
    """Into the restored data (inside the restore's transaction): this database's id, the
    accounts when asked, the anonymisations and the audit rows since the backup."""
    # The restored data continues this database (and its backup series), whatever file it
    # came from; a lost or damaged file takes the backup's id.
    if current.database_id:
        identity.set_database_id(current.database_id)
    else:
        identity.database_id()
    kept: dict = {}
    if keep_accounts and current.accounts and not UserAccount.select().exists():
        UserAccount.insert_many(current.accounts).execute()
        kept["accounts_kept"] = len(current.accounts)
    again = []
    for person_id, when in sorted((current.anonymised or {}).items()):
        row = Person.get_or_none(Person.id == person_id)
        if row is not None and row.anonymised_at is None:
            privacy.erase_person(person_id, when)
            again.append(person_id)
    if again:
        kept["anonymised_again"] = again
    kept["audit_rows_kept"] = audit.append_rows(current.audit_rows or [])
    return kept


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
