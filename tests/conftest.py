"""Shared fixtures: a fresh database per test (SQLite in memory, or PostgreSQL when
ISHC_TEST_PG names a server), and a configured office with villages."""

from __future__ import annotations

import datetime as dt
import os
import uuid

import peewee as pw
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # Qt's offscreen screen is 800×600 unless told otherwise: the UI tests run on an office
    # PC's 1920×1080 (taskbar taken); the small laptops and the scale factors have their own
    # tests, each in a process of its own (tests/ui/test_screen_sizes.py).
    import json
    import tempfile

    _screen = os.path.join(tempfile.gettempdir(), f"ishc-test-screen-{os.getuid()}.json")
    with open(_screen, "w", encoding="utf-8") as _file:
        json.dump({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1920,
                                "height": 1040, "logicalDpi": 96, "dpr": 1}]}, _file)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

TODAY = dt.date(2026, 11, 20)


def _postgres_db(base_url: str):
    """A throwaway database on the test server, dropped after the test."""
    import psycopg2

    from models.storage import db as dbmod

    name = f"ishc_t_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(base_url)
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    url = base_url.rsplit("/", 1)[0] + "/" + name
    return dbmod.make_database(url), (admin, name)


@pytest.fixture
def db(tmp_path, monkeypatch):
    """An empty, migrated database bound to every table."""
    from models.accounts.session import set_actor
    from models.storage import db as dbmod
    from models.storage.migrations import migrate

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    pg = os.environ.get("ISHC_TEST_PG")
    cleanup = None
    if pg:
        database, cleanup = _postgres_db(pg)
    else:
        database = pw.SqliteDatabase(":memory:", pragmas={"foreign_keys": 1})
    dbmod.bind(database)
    database.connect()
    migrate(database)
    yield database
    database.close()
    if cleanup:
        admin, name = cleanup
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture
def office(db):
    """Phường Đức Xuân (Thái Nguyên) with three villages and the two usual issuing bodies."""
    from models.office import settings
    from models.office.villages import add_village

    settings.save_office(settings.OfficeSettings(
        ward_code=1840, office_name="UBND phường Đức Xuân", address="Phường Đức Xuân"))
    villages = [add_village(1840, name, "tổ dân phố") for name in
                ("Tổ 1", "Tổ 2", "Nà Cưởm")]
    return {"ward_code": 1840, "villages": villages}


@pytest.fixture
def club(office):
    from models.clubs.clubs import ClubInput, create_club

    return create_club(ClubInput(code="DX01", name="CLB Liên thế hệ tự giúp nhau Tổ 1",
                                 ward_code=1840,
                                 village_ids=[office["villages"][0].id]))


def member_input(**overrides):
    from models.members.members import MemberInput

    values = dict(full_name="Nguyễn Thị Huệ", gender="F", birth_year=1958, ethnicity="Tày",
                  household_status="poor", household_status_year=2025,
                  joined_on=dt.date(2025, 3, 5))
    values.update(overrides)
    return MemberInput(**values)
