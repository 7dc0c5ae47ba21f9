"""Audit rows: who changed what, when, with the values before and after.

The rows form a hash chain. Each row stores the hash of the row before it (`prev_hash`, in id
order; the first row's is GENESIS) and its own hash (`row_hash`): the SHA-256 of

    json.dumps([at, actor, entity, entity_id, action, before, after, prev_hash],
               ensure_ascii=False, separators=(",", ":")).encode("utf-8")

where `at` is "YYYY-MM-DD HH:MM:SS" (with ".ffffff" only when it has microseconds), `before`
and `after` the stored JSON text (or null) exactly as stored, and the rest the stored text.
The one-row table audit_chain holds the last row's id and hash: every append locks that row
first, so writers in several processes extend the chain one after the other, and `check`
notices rows deleted from the end. Changing, deleting or inserting a row by hand breaks the
chain at that row.

The only rewrite the program makes is the erasure of personal data (privacy.anonymise): it
goes through `redact`, which keeps the row's hash and records, in a new chained row, the hash
the row has after the erasure.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

import peewee as pw

from models.accounts.session import current_actor
from models.storage.db import database
from models.storage.schema import AuditLog, now

GENESIS = "0" * 64
HEAD_ID = 1
# The columns of a chained row, in the order append_rows takes them and CHAIN_SQL reads them.
COLUMNS = ("at", "actor", "entity", "entity_id", "action", "before", "after")
CHAIN_SQL = ('SELECT "id", "at", "actor", "entity", "entity_id", "action", "before", "after", '
             '"prev_hash", "row_hash" FROM "audit_log" WHERE "id" > {p} ORDER BY "id" LIMIT '
             + "5000")
REDACTIONS_SQL = ('SELECT "entity_id", "after" FROM "audit_log" '
                  "WHERE \"entity\" = 'audit_log' AND \"action\" = 'redact' ORDER BY \"id\"")
HEAD_SQL = 'SELECT "last_id", "last_hash" FROM "audit_chain" WHERE "id" = 1'
_CHUNK = 1000  # rows per INSERT: 9 parameters each, far below SQLite's 32,766

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, pw.Model):
        return value.get_id()
    return value


def snapshot(instance: pw.Model) -> dict[str, Any]:
    """The stored columns of a row as JSON-safe values (foreign keys as ids)."""
    data = {}
    for name, fld in instance._meta.fields.items():
        if isinstance(fld, pw.ForeignKeyField):
            data[name] = instance.__data__.get(name)
        else:
            data[name] = _plain(getattr(instance, name))
    return data


# --- The chain ---------------------------------------------------------------------------------


def at_text(value: object) -> str:
    """The canonical text of an audit row's time: SQLite hands back text, PostgreSQL a
    datetime; both become "2026-11-20 08:30:00"."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return "" if value is None else str(value)


def row_hash(at: object, actor: str, entity: str, entity_id: str, action: str,
             before: str | None, after: str | None, prev_hash: str | None) -> str:
    """SHA-256 (hex) of one row's canonical serialisation (see the module docstring)."""
    text = _encode([at_text(at), actor, entity, str(entity_id), action, before, after,
                    prev_hash])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _take_head(db: pw.Database | None = None) -> str:
    """Lock the chain head (a write: SQLite takes its write lock, PostgreSQL locks the row
    until commit) and return the last hash, read after the lock is held."""
    database = db or _bound()
    head = database.execute_sql('UPDATE "audit_chain" SET "last_hash" = "last_hash" '
                                'WHERE "id" = 1 RETURNING "last_hash"').fetchone()
    if head is not None:
        return head[0]
    # A database made without create_schema: start the head now, from the last row.
    tail = database.execute_sql('SELECT "id", "row_hash" FROM "audit_log" '
                                'ORDER BY "id" DESC LIMIT 1').fetchone()
    database.execute_sql(
        'INSERT INTO "audit_chain" ("id", "last_id", "last_hash") VALUES '
        f"({database.param}, {database.param}, {database.param})",
        (HEAD_ID, tail[0] if tail else None, (tail[1] or GENESIS) if tail else GENESIS))
    return database.execute_sql(HEAD_SQL).fetchone()[1]


def _set_head(last_id: int, last_hash: str, db: pw.Database | None = None) -> None:
    database = db or _bound()
    database.execute_sql(f'UPDATE "audit_chain" SET "last_id" = {database.param}, '
                         f'"last_hash" = {database.param} WHERE "id" = 1',
                         (last_id, last_hash))


def start_head(last_id: int | None, last_hash: str) -> None:
    """Write the head row of a new or freshly chained database."""
    database.execute_sql('DELETE FROM "audit_chain"')
    database.execute_sql('INSERT INTO "audit_chain" ("id", "last_id", "last_hash") VALUES '
                         f"({database.param}, {database.param}, {database.param})",
                         (HEAD_ID, last_id, last_hash))


def _bound() -> pw.Database:
    return database


def append_rows(rows: Sequence[tuple], *, db: pw.Database | None = None) -> list[int]:
    """Append audit rows given as tuples of COLUMNS, chained in order after the rows already
    there, with multi-row INSERTs: the bulk writers' path, and a restore keeping the rows
    written since its backup. `db` is another open database (a restored file, a backup
    copy); the bound one by default. Returns the new ids in order."""
    if not rows:
        return []
    database = db or _bound()
    with database.atomic():
        prev = _take_head(database)
        chained = []
        for at, actor, entity, entity_id, action, before, after in rows:
            digest = row_hash(at, actor, entity, entity_id, action, before, after, prev)
            chained.append((at, actor, entity, str(entity_id), action, before, after, prev,
                            digest))
            prev = digest
        columns = (*COLUMNS, "prev_hash", "row_hash")
        head = 'INSERT INTO "audit_log" (' + ", ".join(f'"{c}"' for c in columns) + ") VALUES "
        one = "(" + ", ".join([database.param] * len(columns)) + ")"
        ids: list[int] = []
        for start in range(0, len(chained), _CHUNK):
            part = chained[start:start + _CHUNK]
            cursor = database.execute_sql(head + ", ".join([one] * len(part))
                                          + ' RETURNING "id"', list(chain.from_iterable(part)))
            # Ids are handed out in VALUES order; RETURNING may list them otherwise.
            ids += sorted(pk for (pk,) in cursor.fetchall())
        _set_head(ids[-1], prev, database)
    return ids


def record(
    entity: str,
    entity_id: object,
    action: str,
    before: dict | None = None,
    after: dict | None = None,
    *,
    actor: str | None = None,
) -> AuditLog:
    """Write one audit row, chained; call inside the service's transaction. `actor` is the
    signed-in account unless given (a sign-in attempt names the account typed)."""
    changed_before, changed_after = before, after
    if before is not None and after is not None:
        keys = [k for k in after if before.get(k) != after.get(k)]
        changed_before = {k: before.get(k) for k in keys}
        changed_after = {k: after.get(k) for k in keys}
    values = {
        "at": now(),
        "actor": current_actor() if actor is None else actor,
        "entity": entity,
        "entity_id": str(entity_id),
        "action": action,
        "before": json.dumps(changed_before, ensure_ascii=False)
        if changed_before is not None else None,
        "after": json.dumps(changed_after, ensure_ascii=False)
        if changed_after is not None else None,
    }
    with database.atomic():
        prev = _take_head()
        digest = row_hash(*values.values(), prev)
        row = AuditLog.create(**values, prev_hash=prev, row_hash=digest)
        _set_head(row.id, digest)
    return row


def redact(row_id: int, before: str | None, after: str | None, *,
           db: pw.Database | None = None) -> None:
    """Replace an earlier row's before/after (erasure of personal data): the row keeps its
    hash, and a new chained row ("audit_log", id, "redact") records the hash of the erased
    content, so the chain still verifies and a later edit of that row is still noticed.
    `db` is another open database (a backup copy being scrubbed); the bound one by default."""
    database = db or _bound()
    p = database.param
    at, actor, entity, entity_id, action, prev_hash, kept = database.execute_sql(
        'SELECT "at", "actor", "entity", "entity_id", "action", "prev_hash", "row_hash" '
        f'FROM "audit_log" WHERE "id" = {p}', (row_id,)).fetchone()
    content = row_hash(at, actor, entity, entity_id, action, before, after, prev_hash)
    database.execute_sql(f'UPDATE "audit_log" SET "before" = {p}, "after" = {p} '
                         f'WHERE "id" = {p}', (before, after, row_id))
    note = json.dumps({"row_hash": kept, "content_hash": content}, ensure_ascii=False)
    append_rows([(now(), current_actor(), "audit_log", str(row_id), "redact", None, note)],
                db=database)


# --- Verification ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainBreak:
    """The first audit row the chain does not vouch for, and how many more there are.

    `what`: "content" (the row's values are not what was hashed), "link" (the row was chained
    to another row than the one before it now: a row was deleted or inserted before it),
    "unhashed" (a row without hash: inserted by hand), "head" (the last row is not the one the
    chain head names: rows deleted or added at the end)."""

    id: int | None
    at: str
    entity: str
    entity_id: str
    action: str
    what: str
    previous_id: int | None = None
    more: int = 0


def redactions(pairs: Iterable[tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Row id → (hash kept, hash of the erased content), from the redact rows."""
    found: dict[int, tuple[str, str]] = {}
    for entity_id, after in pairs:
        try:
            data = json.loads(after or "{}")
            found[int(entity_id)] = (data["row_hash"], data["content_hash"])
        except (ValueError, KeyError, TypeError):
            continue  # a forged or damaged redact row vouches for nothing
    return found


def verify_chain(rows: Iterable[tuple], redacted: dict[int, tuple[str, str]],
                 head: tuple[int | None, str] | None) -> ChainBreak | None:
    """Walk the rows of CHAIN_SQL in id order; the first break (with the count of further
    breaks) or None when every row and the head agree."""
    prev, previous_id = GENESIS, None
    first: ChainBreak | None = None
    more = 0
    for (rid, at, actor, entity, entity_id, action, before, after, prev_hash,
         digest) in rows:
        what = None
        if digest is None:
            what = "unhashed"
        elif prev_hash != prev:
            what = "link"
        else:
            content = row_hash(at, actor, entity, entity_id, action, before, after, prev_hash)
            if content != digest and redacted.get(rid) != (digest, content):
                what = "content"
        if what is not None:
            if first is None:
                first = ChainBreak(rid, at_text(at), entity, entity_id, action, what,
                                   previous_id)
            else:
                more += 1
        if digest is not None:
            prev, previous_id = digest, rid
    head_id, head_hash = head if head is not None else (None, GENESIS)
    if (head_id, head_hash) != (previous_id, prev):
        if first is None:
            first = ChainBreak(head_id, "", "audit_chain", str(head_id), "", "head",
                               previous_id)
        else:
            more += 1
    if first is not None and more:
        first = ChainBreak(**{**first.__dict__, "more": more})
    return first


def check_chain(connection: Any | None = None) -> ChainBreak | None:
    """Verify the chain of the bound database, or of a DB-API `connection` (a backup file
    opened with sqlite3); None when it holds."""
    def run(sql: str, params: tuple = ()) -> list[tuple]:
        if connection is not None:
            return connection.execute(sql.format(p="?"), params).fetchall()
        return database.execute_sql(sql.format(p=database.param), params).fetchall()

    heads = run(HEAD_SQL)
    head = heads[0] if heads else None
    redacted = redactions(run(REDACTIONS_SQL))

    def rows():  # a page at a time: a commune's log has hundreds of thousands of rows
        last = -(2**63) + 1  # every id, even one forged below 1
        while batch := run(CHAIN_SQL, (last,)):
            yield from batch
            last = batch[-1][0]

    return verify_chain(rows(), redacted, (head[0], head[1]) if head is not None else None)
