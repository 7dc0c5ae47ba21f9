"""Move an office's SQLite data to a shared PostgreSQL server (`migrate-to`), and compare two
databases table by table.

The target must be an empty PostgreSQL database. Every table of models.storage.tables.all_tables() is created
at the latest schema and filled from the open SQLite database in dependency order, in batches,
all inside ONE transaction: a failure leaves the server as empty as it was. The sequences are
then moved past the copied ids so new rows do not collide with old ones.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlparse, urlunparse

import peewee as pw

from models.accounts import audit
from models.accounts.access import require
from models.errors import ValidationError
from models.storage import db as dbmod
from models.storage.migrations import EXTRA_SQL, LATEST_VERSION, current_version
from models.storage.tables import all_tables

BATCH = 1000


class TransferError(ValidationError):
    """migrate-to refused or failed (nothing written on the server); `code` says why."""


@dataclass
class TransferReport:
    """What was copied: rows per table, in copy order, and how long it took."""

    target: str  # the URL without its password
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass(frozen=True)
class TableComparison:
    """One table in two databases: row counts, checksums over every row, the first row that
    differs (its primary key) when they do not match."""

    table: str
    source_rows: int
    target_rows: int
    source_checksum: str
    target_checksum: str
    first_difference: object = None

    @property
    def equal(self) -> bool:
        return (self.source_rows == self.target_rows
                and self.source_checksum == self.target_checksum)


def safe_url(url: str) -> str:
    """`url` with the password replaced by ***, for messages, logs and audit rows."""
    parts = urlparse(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return urlunparse(parts._replace(netloc=netloc))


def ordered_tables() -> list[type[pw.Model]]:
    """Every table, parents before children (foreign keys are checked row by row)."""
    return list(pw.sort_models(all_tables()))


def _canonical(value: object) -> str:
    # One text per value whatever the engine returned: PostgreSQL gives memoryview for
    # bytea and SQLite bytes; dates come back as date objects from both through the fields.
    if isinstance(value, memoryview | bytearray):
        value = bytes(value)
    if isinstance(value, bytes):
        return "b:" + hashlib.sha256(value).hexdigest()
    if isinstance(value, dt.datetime | dt.date):
        return "d:" + value.isoformat()
    if isinstance(value, bool):
        return "t:1" if value else "t:0"
    if isinstance(value, decimal.Decimal):
        # SQLite gives Decimal('2'), PostgreSQL's numeric(12,3) Decimal('2.000'): same value
        return "n:" + format(value.normalize(), "f")
    if value is None:
        return "0:"
    return f"{type(value).__name__[0]}:{value}"


def _rows(model: type[pw.Model], database: pw.Database):
    fields = model._meta.sorted_fields
    query = (model.select(*fields).order_by(model._meta.primary_key).tuples()
             .bind(database))
    return query.iterator()


def table_checksums(model: type[pw.Model], database: pw.Database
                    ) -> tuple[int, str, list[tuple[object, str]]]:
    """(row count, checksum of the table, [(primary key, row checksum)…]) in key order."""
    whole = hashlib.sha256()
    per_row = []
    pk_index = model._meta.sorted_fields.index(model._meta.primary_key)
    for row in _rows(model, database):
        digest = hashlib.sha256("\x1f".join(_canonical(v) for v in row).encode()).hexdigest()
        whole.update(digest.encode())
        per_row.append((row[pk_index], digest))
    return len(per_row), whole.hexdigest(), per_row


def compare(source: pw.Database, target: pw.Database) -> list[TableComparison]:
    """Compare every table of the program in two databases, row by row."""
    result = []
    for model in ordered_tables():
        n1, sum1, rows1 = table_checksums(model, source)
        n2, sum2, rows2 = table_checksums(model, target)
        first = None
        if sum1 != sum2 or n1 != n2:
            first = next((a[0] for a, b in zip(rows1, rows2, strict=False) if a != b), None)
            if first is None:  # one side has extra rows at the end
                longer = rows1 if n1 > n2 else rows2
                first = longer[min(n1, n2)][0]
        result.append(TableComparison(model._meta.table_name, n1, n2, sum1, sum2, first))
    return result


def _existing_tables(target: pw.Database) -> list[str]:
    names = {m._meta.table_name for m in all_tables()}
    return sorted(names & set(target.get_tables()))


def _create_schema(target: pw.Database) -> None:
    """The tables and extra indexes of the latest schema, without rows (they are copied)."""
    tables = all_tables()
    with target.bind_ctx(tables, bind_refs=False, bind_backrefs=False):
        target.create_tables(tables, safe=False)
    for sql in EXTRA_SQL:
        target.execute_sql(sql)


def _reset_sequences(target: pw.Database) -> None:
    for model in all_tables():
        pk = model._meta.primary_key
        if not isinstance(pk, pw.AutoField):
            continue
        table, column = model._meta.table_name, pk.column_name
        target.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
            f"COALESCE(MAX(\"{column}\"), 1), MAX(\"{column}\") IS NOT NULL) FROM \"{table}\"")


def _copy_table(model: type[pw.Model], source: pw.Database, target: pw.Database,
                done: int, total: int, progress: Callable[[int, int], None] | None) -> int:
    fields = model._meta.sorted_fields
    batch: list[tuple] = []
    copied = 0

    def flush() -> None:
        nonlocal copied
        if batch:
            model.insert_many(batch, fields=fields).as_rowcount(True).bind(target).execute()
            copied += len(batch)
            batch.clear()
            if progress is not None:
                progress(done + copied, total)

    for row in _rows(model, source):
        batch.append(row)
        if len(batch) >= BATCH:
            flush()
    flush()
    return copied


def migrate_to(url: str, *, progress: Callable[[int, int], None] | None = None
               ) -> TransferReport:
    """Copy the open SQLite database into the EMPTY PostgreSQL database at `url`.

    Needs the admin right. Refused (TransferError, nothing written) when the open database is
    not SQLite, the URL is not PostgreSQL, the server cannot be reached or already holds
    ISHC tables. A copy that fails half-way is rolled back on the server.
    """
    require("admin")
    source = dbmod.database.obj
    if not isinstance(source, pw.SqliteDatabase):
        raise TransferError("database", "transfer_source_not_sqlite")
    if not dbmod.is_postgres(url):
        raise TransferError("target", "transfer_target_not_postgres", {"value": safe_url(url)})
    if current_version(source) != LATEST_VERSION:
        raise TransferError("database", "transfer_source_old",
                            {"found": current_version(source), "supported": LATEST_VERSION})
    target = dbmod.make_database(url)
    try:
        target.connect()
    except pw.OperationalError as exc:
        raise TransferError("target", "transfer_unreachable",
                            {"value": safe_url(url), "detail": _first_line(exc)}) from exc
    report = TransferReport(safe_url(url))
    started = time.perf_counter()
    try:
        existing = _existing_tables(target)
        if existing:
            raise TransferError("target", "transfer_target_not_empty",
                                {"value": safe_url(url), "count": len(existing)})
        with source.atomic():
            # The move is recorded in the SQLite file first, so both sides carry the record.
            audit.record("database", "migrate_to", "migrate_to", None,
                         {"target": report.target})
        counts = {m: m.select().bind(source).count() for m in ordered_tables()}
        total, done = sum(counts.values()), 0
        # One read snapshot of the file (nobody changes it during the copy), one transaction
        # on the server.
        with source.atomic(), target.atomic():
            _create_schema(target)
            for model in ordered_tables():
                try:
                    n = _copy_table(model, source, target, done, total, progress)
                except pw.DatabaseError as exc:
                    raise TransferError("target", "transfer_failed", {
                        "table": model._meta.table_name, "detail": _first_line(exc)}
                    ) from exc
                report.rows[model._meta.table_name] = n
                done += n
            _reset_sequences(target)
    finally:
        target.close()
    report.seconds = time.perf_counter() - started
    return report


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def compare_with(url: str) -> list[TableComparison]:
    """Compare the open database with the one at `url` (after migrate_to), row by row."""
    target = dbmod.make_database(url)
    target.connect()
    try:
        return compare(dbmod.database.obj, target)
    finally:
        target.close()
