"""Benchmark fixtures: a demo commune of 1,000 clubs (~60,000 members), built once and cached.

The database is built with the real command (`main.py demo --clubs N --seed 1`) into
$ISHC_BENCH_DIR (default: <temp>/ishc-bench) under a name that carries a fingerprint of the code
that shapes the data, so a change to the demo or the schema builds a fresh one. Set
ISHC_BENCH_CLUBS to try a smaller commune while working on a benchmark.

Hook for UI-level benchmarks: `perf_context` gives an AppContext on that database (background
tasks synchronous); see test_perf_ui_register.py for the members page.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = 1
# The files that decide what the demo rows are (services only decide how they are written).
_FINGERPRINT_FILES = ("models/demo/demo.py", "models/storage/schema.py", "models/storage/migrations.py",
                      "models/demo/demo_money.py", "models/loans/loan_schedule.py",
                      "models/demo/demo_meetings.py", "models/demo/demo_areas.py",
                      "models/demo/demo_papers.py", "models/office/money_settings.py",
                      # the shape of the meetings' rows and audit rows (their room on disk)
                      "models/meetings/meetings.py", "models/meetings/meetings_bulk.py")


def bench_clubs() -> int:
    return int(os.environ.get("ISHC_BENCH_CLUBS", "1000"))


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in _FINGERPRINT_FILES:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:12]


def bench_dir() -> Path:
    path = Path(os.environ.get("ISHC_BENCH_DIR") or Path(tempfile.gettempdir()) / "ishc-bench")
    path.mkdir(parents=True, exist_ok=True)
    return path


def build_demo(path: Path, clubs: int) -> float:
    """Run the demo command into `path`; returns the wall time in seconds."""
    env = dict(os.environ, ISHC_DATA_DIR=str(path.parent / "data"))
    env.pop("ISHC_DB", None)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(path), "demo", "--clubs",
         str(clubs), "--seed", str(SEED)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    elapsed = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    print(f"\n[demo --clubs {clubs}] built in {elapsed:.1f} s (wall):\n{done.stdout}")
    return elapsed


@pytest.fixture(scope="session")
def demo_db_path() -> Path:
    """A SQLite file with the demo commune; built on first use, then reused."""
    clubs = bench_clubs()
    final = bench_dir() / f"demo-{clubs}-seed{SEED}-{_fingerprint()}.sqlite3"
    if final.exists():
        print(f"\n[demo --clubs {clubs}] reusing {final}")
        return final
    partial = final.with_suffix(".building")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    build_demo(partial, clubs)
    # Fold the WAL back into the file before renaming it, or the rename would lose rows.
    con = sqlite3.connect(partial)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    os.replace(partial, final)
    return final


@pytest.fixture
def perf_db(demo_db_path, tmp_path, monkeypatch):
    """The demo database opened and bound to the tables, as the program opens it."""
    from models.accounts.session import set_actor
    from models.storage import db as dbmod
    from models.storage.migrations import open_database

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("bench")
    database = open_database(str(demo_db_path))
    yield database
    dbmod.close()


@pytest.fixture
def perf_context(qapp, perf_db):
    """Hook for UI benchmarks: an AppContext on the demo database, tasks run synchronously."""
    from ui import tasks
    from ui.app import load_fonts
    from ui.context import AppContext

    load_fonts()
    tasks.set_synchronous(True)
    yield AppContext()
    tasks.set_synchronous(False)
