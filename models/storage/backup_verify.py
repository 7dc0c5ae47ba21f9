"""Checking a backup file before it replaces anything: the whole schema, the accounts, the
office it belongs to and its audit hash chain; and the state of the live file.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from models.accounts import audit
from models.storage.backup_files import BackupError, BackupInfo, OfficeIdentity
from models.storage.migrations import LATEST_VERSION
from models.storage.schema import UserAccount
from models.storage.tables import all_tables
from models.text.vietnamese import nfc

ACCOUNTS_SINCE = 2  # the schema version that brought the accounts table

def check_schema(con: sqlite3.Connection, path: Path) -> None:
    """Every table the program defines, with every column (the latest schema)."""
    for model in all_tables():
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
    return office_from(row[0] if row else None)


def office_from(text: str | None) -> OfficeIdentity | None:
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
            check_schema(con, path)
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


def chain_break(path: Path | str) -> audit.ChainBreak | None:
    """The first break of the backup's audit hash chain, None when it holds (or when the
    backup is older than the chain: migration 3 computes it after the restore)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        columns = {r[1] for r in con.execute("PRAGMA table_info(audit_log)")}
        if "row_hash" not in columns:
            return None
        return audit.check_chain(con)
    finally:
        con.close()


