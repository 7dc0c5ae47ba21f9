"""migrate-to: a demo SQLite database moved to a fresh PostgreSQL database, every table
compared row by row; the program opens the copy; a second move into it is refused.

Needs a server: ISHC_TEST_PG (set by .ci/run for the PostgreSQL run of the domain tests)."""

from __future__ import annotations

import datetime as dt
import os
import uuid

import peewee as pw
import pytest

from models.accounts.session import set_actor
from models.demo.demo import fill_demo
from models.storage import db as dbmod
from models.storage import transfer
from models.storage.migrations import LATEST_VERSION, current_version, migrate

PG = os.environ.get("ISHC_TEST_PG")
pytestmark = pytest.mark.skipif(not PG, reason="ISHC_TEST_PG names no PostgreSQL server")
TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def pg_url():
    """A new, empty database on the test server; dropped afterwards."""
    import psycopg2

    name = f"ishc_mv_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(PG)
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    yield PG.rsplit("/", 1)[0] + "/" + name
    admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


@pytest.fixture
def demo_file(tmp_path, monkeypatch):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    database = dbmod.bind(dbmod.make_database(str(tmp_path / "office.sqlite3")))
    database.connect()
    migrate(database)
    fill_demo(3, seed=11, today=TODAY)
    yield database
    dbmod.bind(database)
    database.close()


def test_move_demo_database_and_compare_every_table(demo_file, pg_url):
    steps = []
    report = transfer.migrate_to(pg_url, progress=lambda done, total: steps.append((done, total)))
    assert report.rows["person"] > 100 and report.rows["ward"] > 3000
    assert steps and steps[-1][0] == steps[-1][1] == sum(report.rows.values())
    target = dbmod.make_database(pg_url)
    target.connect()
    try:
        result = transfer.compare(demo_file, target)
        # the comparison really looks at the rows: one changed letter is found, by its key
        person_id = target.execute_sql("SELECT MIN(id) FROM person").fetchone()[0]
        target.execute_sql("UPDATE person SET note = note || 'x' WHERE id = %s", (person_id,))
        changed = {c.table: c for c in transfer.compare(demo_file, target)}
        assert not changed["person"].equal and changed["person"].first_difference == person_id
        assert changed["club"].equal
        target.execute_sql("UPDATE person SET note = left(note, -1) WHERE id = %s",
                           (person_id,))
    finally:
        target.close()
    tables = {c.table for c in result}
    from models.storage.tables import all_tables

    assert tables == {m._meta.table_name for m in all_tables()}
    unequal = [c for c in result if not c.equal]
    assert not unequal, unequal
    by_table = {c.table: c for c in result}
    assert by_table["person"].source_rows == report.rows["person"]
    assert by_table["audit_log"].target_rows > 0  # the move itself is recorded on both sides

    # The program opens the copy: the schema is at the latest version, the checks are clean,
    # and a new row gets an id after the copied ones (sequences were moved on).
    from models.members.members import add_member
    from models.storage.integrity import run_checks
    from models.storage.schema import Club, Person
    from tests.conftest import member_input

    server = dbmod.bind(dbmod.make_database(pg_url))
    server.connect()
    try:
        assert current_version(server) == LATEST_VERSION
        assert migrate(server) == LATEST_VERSION
        assert run_checks() == []
        before = Person.select(pw.fn.MAX(Person.id)).scalar()
        club = Club.select().where(Club.status == "active").first()
        added = add_member(club.id, member_input(full_name="Hoàng Văn Thụ", gender="M",
                                                 joined_on=TODAY), today=TODAY)
        assert added.person_id == before + 1
    finally:
        server.close()


def test_a_second_move_into_the_same_database_is_refused(demo_file, pg_url):
    transfer.migrate_to(pg_url)
    dbmod.bind(demo_file)
    with pytest.raises(transfer.TransferError) as err:
        transfer.migrate_to(pg_url)
    assert err.value.code == "transfer_target_not_empty"
    assert err.value.params["count"] == len(transfer.ordered_tables())


def test_a_failed_copy_leaves_the_server_empty(demo_file, pg_url, monkeypatch):
    real = transfer._copy_table

    def broken(model, *args):
        if model._meta.table_name == "membership":
            raise pw.IntegrityError("simulated failure")
        return real(model, *args)

    monkeypatch.setattr(transfer, "_copy_table", broken)
    with pytest.raises(transfer.TransferError) as err:
        transfer.migrate_to(pg_url)
    assert err.value.code == "transfer_failed" and err.value.params["table"] == "membership"
    target = dbmod.make_database(pg_url)
    target.connect()
    try:
        assert target.get_tables() == []
    finally:
        target.close()


def test_refusals_name_the_reason(demo_file, pg_url):
    with pytest.raises(transfer.TransferError) as err:
        transfer.migrate_to("/tmp/other.sqlite3")
    assert err.value.code == "transfer_target_not_postgres"
    bad = pg_url.rsplit(":", 1)[0] + ":1/none"
    with pytest.raises(transfer.TransferError) as err:
        transfer.migrate_to(bad)
    assert err.value.code == "transfer_unreachable"
    assert transfer.safe_url("postgresql://u:secret@h:5432/d") == "postgresql://u:***@h:5432/d"


def test_the_move_carries_the_office_signing_key(demo_file, pg_url):
    from models.exchange import keys

    own = keys.own_key()
    transfer.migrate_to(pg_url)
    target = dbmod.bind(dbmod.make_database(pg_url))
    target.connect()
    try:
        assert keys.own_key().fingerprint == own.fingerprint  # the server signs as the office
        assert keys.sign(b"x")[0] == own.fingerprint
    finally:
        target.close()
