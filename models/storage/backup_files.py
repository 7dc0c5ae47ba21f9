"""The backup files of a database: where they live, their names and series, copying,
rotation and the backup settings.

Each database has its own series (models/storage/identity.py): names carry the series, so
rotation and listing touch only this database's copies.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sqlite3
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import peewee as pw

from models.accounts import audit
from models.accounts.access import require
from models.errors import Collector, ValidationError
from models.storage import db as dbmod
from models.storage import identity
from models.storage.paths import data_dir
from models.storage.schema import Setting
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


def live_path() -> Path:
    """The open SQLite file (BackupError for a server or an in-memory database)."""
    path = dbmod.sqlite_path()
    if path is None:
        raise BackupError("database", "backup_postgres_refused")
    return path


def backups_dir() -> Path:
    """The folder of automatic backups, inside the data folder."""
    path = data_dir() / "backups"
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


def current_series(live: Path | None = None, *, remember: bool = False) -> Series:
    """The backup series of the live database: its id, read from the file (or written now
    when an older file has none). A damaged or lost file is looked up in the folder's
    series.json, which every backup updates (`remember`: only a backup writes it, so that
    listing the backups changes no file)."""
    live = live or live_path()
    full = identity.read_database_id(live)
    if full is None and live_state(live, thorough=False) == "ok":
        with contextlib.suppress(pw.DatabaseError, sqlite3.Error):
            full = identity.database_id()
    if full is not None:
        short = identity.short_id(full)
        if remember:
            _remember_series(live, short)
    else:
        short = _series_map().get(str(live.resolve()))
    legacy = live.resolve() == dbmod.default_db_path().resolve()
    return Series(short, legacy)


def copy_database(src_path: Path, target: Path) -> None:
    """Copy a SQLite file with the online backup API (safe while others write under WAL)."""
    src = sqlite3.connect(str(src_path), timeout=10)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def free_name(path: Path) -> Path:
    """`path`, or path-2, path-3… when two backups fall in the same second."""
    n, candidate = 1, path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def backup_to(path: Path | str) -> Path:
    """Copy the live database to `path` with the online backup API (safe while in use)."""
    live = live_path()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    copy_database(live, tmp)
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


def needs_daily_backup(today: dt.date | None = None) -> bool:
    """True when the newest automatic backup is older than today."""
    newest = list_backups()
    if not newest:
        return True
    made = dt.date.fromtimestamp(newest[0].stat().st_mtime)
    return made < (today or dt.date.today())


def live_state(path: Path | None = None, *, thorough: bool = True) -> str:
    """"ok", "missing" or "damaged": whether the live file can be opened as ISHC data.

    `thorough` reads every page (PRAGMA quick_check); without it only the header and the
    table list are read, which is quick enough for every start of the program.
    """
    path = path or live_path()
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
