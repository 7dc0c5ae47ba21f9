"""Load test of the shared server: 20 processes (20 PCs of a province office) enter members
and receipts/payments for their own clubs through the services at the same time. Afterwards
every acknowledged write is there, counts and voucher series match, `check` is clean, and no
deadlock or serialization error reached a client.

Needs a server: ISHC_TEST_PG (set by .ci/run for the PostgreSQL run of the domain tests)."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
import random
import time
import traceback
import uuid

import pytest

PG = os.environ.get("ISHC_TEST_PG")
pytestmark = pytest.mark.skipif(not PG, reason="ISHC_TEST_PG names no PostgreSQL server")
CLIENTS = 20
SECONDS = 6.0
TODAY = dt.date(2026, 11, 20)
FAMILY = ["Nguyễn", "Hoàng", "Lò", "Đặng", "Nông", "Triệu", "Ma", "Lương"]
MIDDLE = ["Thị", "Văn", "Ngọc", "Đức", "Thu"]
GIVEN = ["Huệ", "Lan", "Thụ", "Ất", "Ễnh", "Đức", "Hằng", "Mai", "Sơn", "Thủy"]


@pytest.fixture
def server():
    """A fresh database on the test server with one office and CLIENTS clubs."""
    import psycopg2

    from models.accounts.session import set_actor
    from models.clubs.clubs import ClubInput, create_club
    from models.funds.funds import open_default_funds
    from models.office import settings
    from models.storage import db as dbmod
    from models.storage.migrations import migrate

    name = f"ishc_load_{uuid.uuid4().hex[:8]}"
    admin = psycopg2.connect(PG)
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    url = PG.rsplit("/", 1)[0] + "/" + name
    set_actor("setup")
    database = dbmod.bind(dbmod.make_database(url))
    database.connect()
    migrate(database)
    settings.save_office(settings.OfficeSettings(ward_code=1840, office_name="UBND phường"))
    clubs = []
    for i in range(CLIENTS):
        club = create_club(ClubInput(code=f"T{i:02d}", name=f"CLB Liên thế hệ Tổ {i + 1}",
                                     ward_code=1840))
        open_default_funds(club.id, on=dt.date(2026, 1, 1))
        clubs.append(club.id)
    database.close()  # the children open their own connections
    yield url, clubs
    dbmod.bind(database)
    database.close()
    admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def client(url: str, club_id: int, start, seed: int, results) -> None:
    """One PC: members and vouchers for its club until time is up; reports what the services
    acknowledged and any error that was not a validation refusal."""
    from models.accounts.session import set_actor
    from models.errors import ValidationError
    from models.funds.funds import EntryInput, funds_of, post_entry
    from models.members.members import MemberInput, add_member
    from models.storage import db as dbmod

    rng = random.Random(seed)
    out = {"club": club_id, "members": [], "entries": [], "refused": 0, "errors": []}
    try:
        set_actor(f"pc{seed:02d}")
        database = dbmod.bind(dbmod.make_database(url))
        database.connect()
        funds = [f.id for f in funds_of(club_id)]
        start.wait()
        deadline = time.monotonic() + SECONDS
        n = 0
        while time.monotonic() < deadline:
            n += 1
            try:
                if n % 3:
                    m = add_member(club_id, MemberInput(
                        full_name=" ".join(rng.choice(part) for part in (FAMILY, MIDDLE, GIVEN)),
                        gender=rng.choice("FM"), birth_year=rng.randint(1940, 1990),
                        ethnicity="Kinh", household_status="none",
                        joined_on=dt.date(2026, 3, 1)), today=TODAY)
                    out["members"].append(m.person_id)
                else:
                    kind = "receipt" if n % 2 or not out["entries"] else "payment"
                    amount = rng.randint(1, 50) * 1000
                    entry = post_entry(EntryInput(
                        fund_id=rng.choice(funds), kind=kind,
                        date=dt.date(2026, rng.randint(1, 11), rng.randint(1, 28)),
                        amount=amount, party="Hội viên đóng góp",
                        category="member_fee" if kind == "receipt" else "activity_spending",
                        description=f"lần {n}"), today=TODAY)
                    out["entries"].append((entry.id, entry.fund_id, kind, amount))
            except ValidationError:
                out["refused"] += 1  # a payment the fund could not cover: refused, as it must
        database.close()
    except Exception:  # a deadlock or serialization failure would land here
        out["errors"].append(traceback.format_exc())
    results.put(out)


def test_twenty_clients_lose_nothing(server, capsys):
    import peewee as pw

    from models.storage import db as dbmod
    from models.storage.integrity import run_checks
    from models.storage.schema import AuditLog, LedgerEntry, Membership

    url, clubs = server
    ctx = mp.get_context("fork")  # like 20 PCs: own processes, own connections
    start, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=client, args=(url, club, start, i, results))
             for i, club in enumerate(clubs)]
    for p in procs:
        p.start()
    time.sleep(1.0)  # let every client connect before the clock starts
    began = time.perf_counter()
    start.set()
    outs = [results.get(timeout=120) for _ in procs]
    elapsed = time.perf_counter() - began
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0

    errors = [e for o in outs for e in o["errors"]]
    assert not errors, errors[0]
    database = dbmod.bind(dbmod.make_database(url))
    database.connect()
    try:
        members = sum(len(o["members"]) for o in outs)
        entries = sum(len(o["entries"]) for o in outs)
        for o in outs:
            stored = {pid for (pid,) in Membership.select(Membership.person)
                      .where(Membership.club == o["club"]).tuples()}
            assert stored == set(o["members"]), o["club"]
            for entry_id, fund_id, kind, amount in o["entries"]:
                row = LedgerEntry.get_by_id(entry_id)
                assert (row.fund_id, row.kind, row.amount) == (fund_id, kind, amount)
        assert Membership.select().count() == members
        assert LedgerEntry.select().count() == entries
        # Voucher numbers run 1..n per fund, kind and year: none lost, none given twice.
        series = (LedgerEntry.select(LedgerEntry.fund, LedgerEntry.kind, LedgerEntry.year,
                                     pw.fn.COUNT(LedgerEntry.id), pw.fn.MAX(LedgerEntry.number))
                  .group_by(LedgerEntry.fund, LedgerEntry.kind, LedgerEntry.year).tuples())
        assert all(count == top for *_k, count, top in series)
        audited = AuditLog.select().where(AuditLog.entity == "person",
                                          AuditLog.action == "create").count()
        assert audited == members
        assert run_checks() == []
    finally:
        database.close()
    refused = sum(o["refused"] for o in outs)
    assert members > CLIENTS * 5 and entries > CLIENTS
    with capsys.disabled():
        print(f"\nload test: {CLIENTS} clients x {SECONDS:.0f} s: {members} members, "
              f"{entries} vouchers acknowledged, {refused} payments refused (fund too low); "
              f"{(members + entries) / elapsed:.0f} writes/s; 0 lost, 0 lock errors")
