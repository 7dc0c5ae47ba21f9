"""Crash safety: a writer killed with SIGKILL at random moments, and two writers at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.storage import db as dbmod
from models.storage.integrity import run_checks
from models.storage.schema import AuditLog, Membership, Person
from tests.domain.demo_helpers import demo_office_file

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 30
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def crashdb(tmp_path, monkeypatch):
    yield from demo_office_file(tmp_path / "crash.sqlite3", monkeypatch)


def _start(path: Path, tag: str, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, str(WRITER), str(path), tag, *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env=env)


def _acked(out: str) -> list[tuple[int, int]]:
    return [(int(p[2]), int(p[3])) for p in (ln.split() for ln in out.splitlines())
            if len(p) == 4 and p[0] == "OK"]


def _assert_whole(path: Path, acked: list[tuple[int, int]]) -> None:
    database = dbmod.bind(dbmod.make_database(str(path)))
    database.connect()
    try:
        assert run_checks() == []
        ids = {m.id for m in Membership.select(Membership.id)}
        assert all(mid in ids for mid, _ in acked)
        audited = {(a.entity, a.entity_id) for a in AuditLog.select()}
        for p in Person.select():  # no person without membership and audit rows
            assert Membership.select().where(Membership.person == p.id).exists()
            assert ("person", str(p.id)) in audited
        for m in Membership.select():
            assert ("membership", str(m.id)) in audited
    finally:
        database.close()


def test_sigkill_at_random_moments_loses_no_acknowledged_write(crashdb, capsys):
    rng = random.Random(2026)
    acked: list[tuple[int, int]] = []
    kills = 0
    for _ in range(ROUNDS):
        proc = _start(crashdb, "k")
        # Wait for the start-up to end (it takes seconds on a loaded machine), then kill at
        # a random moment among the writes.
        ready = proc.stdout.readline()
        assert ready.strip() == "READY", proc.stderr.read()
        time.sleep(0.05 + rng.random() * 0.35)
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate()
        kills += proc.returncode == -signal.SIGKILL
        acked += _acked(out)
    _assert_whole(crashdb, acked)
    with capsys.disabled():
        print(f"\ncrash test: {ROUNDS} rounds, {kills} kills, {len(acked)} acknowledged writes")
    assert kills == ROUNDS and len(acked) > ROUNDS


def test_two_writers_at_once_lose_nothing(crashdb, capsys):
    n = 150
    procs = [_start(crashdb, tag, str(n)) for tag in ("a", "b")]
    results = [p.communicate(timeout=120) for p in procs]
    for p, (_out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
        assert "locked" not in err
    acked = [a for out, _ in results for a in _acked(out)]
    assert len(acked) == 2 * n
    _assert_whole(crashdb, acked)
    with capsys.disabled():
        print(f"\nconcurrency test: 2 writers x {n} members, {len(acked)} acknowledged")
