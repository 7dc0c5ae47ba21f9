"""Schema versions: create a new database, or back up and migrate an old one.

A fresh database gets every table from the current definitions and the latest version number.
An older one is copied aside first, then walked through MIGRATIONS in order. Never edit a
migration once it has been released; add a new one.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee as pw

from models.storage import db as dbmod
from models.storage import identity
from models.storage.schema import SchemaVersion
from models.storage.tables import all_tables

log = logging.getLogger(__name__)

# Indexes peewee cannot declare: one active membership per person (partial unique index).
EXTRA_SQL = [
    "CREATE UNIQUE INDEX IF NOT EXISTS membership_one_active "
    "ON membership (person_id) WHERE left_on IS NULL",
]


def _v2_loans_accounts_consent(database: pw.Database) -> None:
    """Loans and their schedules, user accounts, consent scope and anonymisation on Person."""
    from models.storage.schema import Loan, LoanInstallment, LoanRepayment, LoanRules, UserAccount

    # Plain ADD COLUMN: playhouse's SQLite migrator rebuilds the table for NOT NULL, which
    # foreign keys pointing at person forbid. Both engines accept this form.
    types = database._field_types
    database.execute_sql(
        f"ALTER TABLE person ADD COLUMN consent_scope {types['TEXT']} NOT NULL DEFAULT ''")
    database.execute_sql(f"ALTER TABLE person ADD COLUMN anonymised_at {types['DATETIME']}")
    database.create_tables([LoanRules, Loan, LoanInstallment, LoanRepayment, UserAccount])


def _v3_audit_chain(database: pw.Database) -> None:
    """The audit hash chain: two columns on audit_log, the chain head, and the chain computed
    over the rows already there, in id order (models/accounts/audit.py)."""
    from models.accounts import audit
    from models.storage.schema import AuditChain

    database.execute_sql("ALTER TABLE audit_log ADD COLUMN prev_hash VARCHAR(64)")
    database.execute_sql("ALTER TABLE audit_log ADD COLUMN row_hash VARCHAR(64)")
    database.create_tables([AuditChain])
    param = database.param
    select = ('SELECT "id", "at", "actor", "entity", "entity_id", "action", "before", "after" '
              f'FROM "audit_log" WHERE "id" > {param} ORDER BY "id" LIMIT 2000')
    prev, last_id = audit.GENESIS, None
    while rows := database.execute_sql(select, (last_id if last_id is not None else -2**62,)
                                       ).fetchall():
        values = []
        for rid, *content in rows:
            digest = audit.row_hash(*content, prev)
            values.append((rid, prev, digest))
            prev, last_id = digest, rid
        # One UPDATE … FROM (VALUES …) a page: both engines name the columns column1…
        database.execute_sql(
            'UPDATE "audit_log" SET "prev_hash" = v.column2, "row_hash" = v.column3 FROM '
            "(VALUES " + ", ".join([f"({param}, {param}, {param})"] * len(values))
            + ') AS v WHERE "audit_log"."id" = v.column1',
            [x for row in values for x in row])
    audit.start_head(last_id, prev)


def _v4_meetings(database: pw.Database) -> None:
    """Monthly meetings: the meeting, its absences, fee exceptions and repayment links."""
    from models.meetings.tables import TABLES as MEETING_TABLES

    database.create_tables(MEETING_TABLES)


def _v5_activities_training(database: pw.Database) -> None:
    """The activity log and the facts of each area, courses and their attendees."""
    from models.activities.tables import TABLES as ACTIVITY_TABLES
    from models.training.tables import TABLES as TRAINING_TABLES

    database.create_tables(ACTIVITY_TABLES + TRAINING_TABLES)


def _v6_supervision(database: pw.Database) -> None:
    """Supervision: checklist templates, visits, answers, recommendations, plans. The
    default checklist is written on first use (models/supervision/templates.py)."""
    from models.supervision.tables import TABLES as SUPERVISION

    database.create_tables(SUPERVISION)


def _v9_legal_texts_unit_names(database: pw.Database) -> None:
    """The legal texts papers cite, with their dates in force, and the former names of the
    office's units. The shipped texts are written on first use (models/papers/legal_texts)."""
    from models.papers.tables import TABLES as PAPER_TABLES

    database.create_tables(PAPER_TABLES)


def _v10_in_kind_register(database: pw.Database) -> None:
    """The in-kind register; in-kind loans and repayments leave the cash book
    (models/funds/goods_migration.py)."""
    from models.funds.goods_migration import migrate_in_kind

    migrate_in_kind(database)


def _v11_account_roles(database: pw.Database) -> None:
    """An account may hold several roles: user_account.role becomes the role set, stored
    comma-separated in the order of models.accounts.access.ROLES ("clerk,admin"). The
    column widens on PostgreSQL (SQLite does not enforce a length); every stored role is
    rewritten in that form (trimmed, lower case), so an account keeps exactly the rights it
    had. No right is added: an administrator alone in a ward gains the clerk's role only
    when the office gives it (Accounts page)."""
    order = ("clerk", "approver", "supervisor", "admin")  # access.ROLES, frozen here

    if isinstance(database, pw.PostgresqlDatabase):
        database.execute_sql('ALTER TABLE "user_account" ALTER COLUMN "role" TYPE VARCHAR(60)')
    param = database.param
    rows = database.execute_sql('SELECT "id", "role" FROM "user_account"').fetchall()
    for account_id, role in rows:
        named = {part.strip().lower() for part in (role or "").split(",")}
        stored = ",".join(r for r in order if r in named)
        if stored != role:
            database.execute_sql(f'UPDATE "user_account" SET "role" = {param} '
                                 f'WHERE "id" = {param}', (stored, account_id))


def _v7_plans(database: pw.Database) -> None:
    """Plans of a ward or a province: targets by year, budget by year and source."""
    from models.plans.tables import TABLES as PLAN_TABLES

    database.create_tables(PLAN_TABLES)


def _v8_annual_reports(database: pw.Database) -> None:
    """Annual reports: versions, states, frozen figures and the numbered PDF of each sign-off."""
    from models.signoff.tables import TABLES as SIGNOFF_TABLES

    database.create_tables(SIGNOFF_TABLES)


def _v12_exchange(database: pw.Database) -> None:
    """Exchange between offices: this office's key pair, the trusted keys of the offices
    below and the reports received from them in signed packages."""
    from models.exchange.tables import TABLES as EXCHANGE

    database.create_tables(EXCHANGE)


# (version, description, function). Version 1 is the first released schema.
MIGRATIONS: list[tuple[int, str, Callable[[pw.Database], None]]] = [
    (2, "loans, user accounts, consent scope", _v2_loans_accounts_consent),
    (3, "audit hash chain", _v3_audit_chain),
    (4, "monthly meetings", _v4_meetings),
    (5, "activities in the eight areas, training", _v5_activities_training),
    (6, "supervision: checklists, visits, recommendations, plans", _v6_supervision),
    (7, "plans: targets by year, budget by year and source", _v7_plans),
    (8, "annual reports and their sign-off", _v8_annual_reports),
    (9, "legal texts in force, former names of units", _v9_legal_texts_unit_names),
    (10, "in-kind register: in-kind loans leave the cash book", _v10_in_kind_register),
    (11, "several roles per account", _v11_account_roles),
    (12, "exchange: office key, trusted keys, received report packages", _v12_exchange),
]

LATEST_VERSION = max([1, *(v for v, _, _ in MIGRATIONS)])


class DatabaseTooNew(Exception):
    """The file was written by a newer ISHC Desk than this one."""

    def __init__(self, found: int, supported: int) -> None:
        self.found, self.supported = found, supported
        super().__init__(f"schema version {found} > supported {supported}")


class NotAnIshcDatabase(Exception):
    """The file is not a SQLite database, or is damaged beyond opening."""


def current_version(database: pw.Database) -> int | None:
    """The schema version stored in the database, None if it has no tables yet."""
    if not database.table_exists("schema_version"):
        return None
    row = SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar()
    return int(row) if row is not None else None


def backup_sqlite_file(path: Path, label: str) -> Path:
    """Copy a live SQLite file aside with the online backup API (safe under WAL)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(part))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    part.replace(target)  # a copy cut short (power, kill) never carries the copy's name
    return target


def create_schema(database: pw.Database) -> None:
    """Create every table of the current version in an empty database."""
    from models.accounts import audit
    from models.office.admin_units import load_official_units

    with database.atomic():
        database.create_tables(all_tables())
        for sql in EXTRA_SQL:
            database.execute_sql(sql)
        audit.start_head(None, audit.GENESIS)
        SchemaVersion.create(version=LATEST_VERSION, note="created")
        identity.database_id()  # a new database starts its own backup series
        load_official_units()


def migrate(database: pw.Database) -> int:
    """Bring the schema to LATEST_VERSION; returns the version found before."""
    found = current_version(database)
    if found is None:
        create_schema(database)
        return 0
    if found > LATEST_VERSION:
        raise DatabaseTooNew(found, LATEST_VERSION)
    if found == LATEST_VERSION:
        return found
    path = dbmod.sqlite_path(database)
    if path is not None:
        copy = backup_sqlite_file(path, f"before-v{LATEST_VERSION}")
        log.info("database copied to %s before migrating", copy)
    # One transaction for the whole walk: a file is at the version it had or at the latest,
    # never half-way, whatever stops the program.
    with database.atomic():
        for version, description, step in MIGRATIONS:
            if version <= found:
                continue
            step(database)
            SchemaVersion.create(version=version, note=description)
    return found


def open_database(target: str | None = None) -> pw.Database:
    """Open (and create or migrate) the database named by --db, $ISHC_DB or the default."""
    target = dbmod.resolve_target(target)
    database = dbmod.make_database(target)
    dbmod.bind(database)
    try:
        database.connect(reuse_if_open=True)
        migrate(database)
        identity.database_id()  # older files get their id (and backup series) now
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        if not dbmod.is_postgres(target) and "file is not a database" in str(exc):
            raise NotAnIshcDatabase(str(exc)) from exc
        raise
    return database


def current_version_of_open() -> int | None:
    """The schema version of the bound database, None when it cannot be read."""
    try:
        return current_version(dbmod.database)
    except (pw.DatabaseError, sqlite3.DatabaseError):
        return None
