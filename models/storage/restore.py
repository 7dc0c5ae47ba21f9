"""Restoring a backup: verify it, check who may and what it would open, keep the current
data aside, replace, then carry over what must survive (this database's id, the audit rows
and anonymisations since the backup, the accounts when asked). Needs the admin right.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from models.accounts import audit, users
from models.accounts.access import require
from models.exchange.tables import OfficeKey
from models.privacy import privacy
from models.storage import db as dbmod
from models.storage import identity
from models.storage.backup_files import (
    BackupError,
    BackupInfo,
    OfficeIdentity,
    backup_name,
    backup_to,
    backups_dir,
    copy_database,
    current_series,
    free_name,
    live_path,
    live_state,
    load_settings,
    rotate,
)
from models.storage.backup_verify import (
    chain_break,
    check_schema,
    office_from,
    verify_backup,
)
from models.storage.migrations import LATEST_VERSION, migrate
from models.storage.schema import AuditLog, Person, Setting, UserAccount


@dataclass
class _Current:
    """What the restore carries over from the data it replaces (read before replacing)."""

    database_id: str | None = None
    accounts: list[dict] | None = None  # rows of user_account; None: unreadable
    office: OfficeIdentity | None = None
    audit_rows: list[dict] | None = None  # written since the backup's newest row
    anonymised: dict[int, dt.datetime] | None = None  # person id -> when
    office_key: dict | None = None  # the office's signing key (models/exchange/keys.py)


def _read_current(state: str) -> _Current:
    current = _Current()
    if state != "ok":
        return current  # a lost or damaged file: nothing can be read from it
    current.database_id = identity.read_database_id(live_path())
    with contextlib.suppress(pw.DatabaseError):  # an old file without the accounts table
        current.accounts = list(UserAccount.select().dicts())
    with contextlib.suppress(pw.DatabaseError):
        current.office = _office_of_live()
    with contextlib.suppress(pw.DatabaseError):  # a file older than the exchange tables
        current.office_key = OfficeKey.select().dicts().get_or_none()
    current.anonymised = dict(Person.select(Person.id, Person.anonymised_at)
                              .where(Person.anonymised_at.is_null(False)).tuples())
    return current


def _office_of_live() -> OfficeIdentity | None:
    row = Setting.get_or_none(Setting.key == "office")
    return office_from(row.value if row else None)


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
        copy_database(saved, live)


def _preflight(path: Path | str, state: str, current: _Current, *,
               accept_broken_chain: bool = False, **options
               ) -> tuple[BackupInfo, audit.ChainBreak | None]:
    if current.accounts:
        require("admin")  # before reading the backup at all
    info = verify_backup(path)
    check_restore(info, state=state, current_accounts=bool(current.accounts),
                  current_office=current.office, **options)
    broken = chain_break(path)
    if broken is not None and not accept_broken_chain:
        raise BackupError("file", "backup_chain_broken",
                          {"path": str(path), "id": broken.id, "date": broken.at,
                           "entity": broken.entity, "what": broken.what})
    return info, broken


def preflight(path: Path | str, *, other_office: bool = False, keep_accounts: bool = False,
              credentials: tuple[str, str] | None = None,
              accept_broken_chain: bool = False) -> BackupInfo:
    """Every check restore_from makes before it changes anything, without changing anything:
    for asking "replace the current data with this?" only about a restore that will run."""
    state = live_state()
    return _preflight(path, state, _read_current(state), other_office=other_office,
                      keep_accounts=keep_accounts, credentials=credentials,
                      accept_broken_chain=accept_broken_chain)[0]


def restore_from(path: Path | str, *, other_office: bool = False, keep_accounts: bool = False,
                 credentials: tuple[str, str] | None = None,
                 accept_broken_chain: bool = False) -> tuple[BackupInfo, Path | None]:
    """Verify `path`, save the current database aside, then replace it with the backup.

    Works on a lost or damaged live file too (it is then kept aside as it is, unread). The
    checks are verify_backup's (the file) then check_restore's (who, accounts, office). An
    older backup is migrated after the copy and checked again against the whole schema.
    The restored data keeps this database's id (its backup series), the audit rows written
    since the backup (appended after its own), and the anonymisations done since (done
    again by person id); with `keep_accounts`, the current accounts. Any failure after the
    copy puts the previous file back. A backup whose audit chain is broken (rows changed
    behind the program's back) is refused with backup_chain_broken unless the administrator
    confirms it (`accept_broken_chain`); the restore's audit row then names the break.
    Returns what was verified and where the previous database was saved (None if it was
    lost).
    """
    live = live_path()
    state = live_state(live)
    current = _read_current(state)
    info, broken = _preflight(path, state, current, other_office=other_office,
                              keep_accounts=keep_accounts, credentials=credentials,
                              accept_broken_chain=accept_broken_chain)
    if state == "ok":
        current.audit_rows = _audit_since(info.last_audit)
    series = current_series(live, remember=True)
    target = free_name(backups_dir() / backup_name(reason="before-restore", series=series.id))
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
            copy_database(Path(path), live)
        finally:
            database.connect(reuse_if_open=True)
        migrate(database)
        if info.version < LATEST_VERSION:
            con = sqlite3.connect(f"file:{live}?mode=ro", uri=True)
            try:
                check_schema(con, Path(path))
            finally:
                con.close()
        with database.atomic():
            kept = _carry_over(current, keep_accounts)
            audit.record("database", live.name, "restore", None,
                         {"from": str(path), "saved": str(saved) if saved else None,
                          "previous": state, **kept,
                          **({"broken_chain_accepted": {"id": broken.id, "what": broken.what}}
                             if broken is not None else {})})
    except BaseException:
        _put_back(live, saved, state)
        database.connect(reuse_if_open=True)
        raise
    rotate(backups_dir(), load_settings().keep, series)  # before-restore copies are bounded
    return info, saved


def _carry_over(current: _Current, keep_accounts: bool) -> dict:
    """Into the restored data (inside the restore's transaction): this database's id, the
    office's signing key, the accounts when asked, the anonymisations and the audit rows
    since the backup."""
    # The restored data continues this database (and its backup series), whatever file it
    # came from; a lost or damaged file takes the backup's id.
    if current.database_id:
        identity.set_database_id(current.database_id)
    else:
        identity.database_id()
    kept: dict = {}
    # The office above trusts the key this office signs with now; a backup made before the
    # key (or of another office) must not make it sign with another one.
    key = current.office_key
    if key is not None and OfficeKey.get_or_none(OfficeKey.fingerprint == key["fingerprint"]
                                                 ) is None:
        OfficeKey.delete().execute()
        OfficeKey.insert(**key).execute()
        kept["office_key_kept"] = key["fingerprint"]
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
    carried = audit.append_rows(
        [tuple(row[k] for k in audit.COLUMNS) for row in current.audit_rows or []])
    kept["audit_rows_kept"] = len(carried)
    if carried:  # the check knows these rows speak of data the restore replaced
        kept["carried_audit_ids"] = [carried[0], carried[-1]]
    return kept
