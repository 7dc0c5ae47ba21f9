"""Start-up of a command: `main.py --db FILE clubs` against a plain peewee script that prints
the same lines (tests/perf/clubs_plain.py), on a small demo commune (20 clubs).

Both run as fresh processes, alternately, so a burst of load from elsewhere falls on both
alike. The command may cost at most 1.5x the plain script: what it adds is the program's own
start-up (argument parsing, settings, access check), which must stay small; loading Qt for a
command that shows no window would not.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.perf.bench import print_table
from tests.perf.conftest import ROOT, SEED, _fingerprint, bench_dir, build_demo

HERE = Path(__file__).resolve().parent
CLUBS = 20
RUNS = 7
MAX_RATIO = 1.5


@pytest.fixture(scope="module")
def small_demo() -> Path:
    """A 20-club demo file, built once with the real command and reused."""
    final = bench_dir() / f"demo-{CLUBS}-seed{SEED}-{_fingerprint()}.sqlite3"
    if not final.exists():
        partial = final.with_suffix(".building")
        for leftover in partial.parent.glob(partial.name + "*"):
            leftover.unlink()
        build_demo(partial, CLUBS)
        import sqlite3

        con = sqlite3.connect(partial)
        con.execute("PRAGMA journal_mode=DELETE")  # fold the WAL in before the rename
        con.close()
        os.replace(partial, final)
    return final


def run_once(args: list[str], data_dir: Path) -> tuple[float, list[str]]:
    """Wall milliseconds of one fresh process, and the lines it printed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISHC_DATA_DIR=str(data_dir),
               ISHC_LANG="vi")
    env.pop("ISHC_DB", None)
    # As installed (and as the Windows package ships), modules load from compiled bytecode:
    # a machine set never to write it would time the compiler, not the program.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    elapsed = (time.perf_counter() - start) * 1000.0
    assert done.returncode == 0, (args, done.stderr)
    return elapsed, done.stdout.splitlines()


def test_clubs_command_starts_like_a_plain_script(small_demo, tmp_path):
    ours_args = [str(ROOT / "main.py"), "--db", str(small_demo), "clubs"]
    plain_args = [str(HERE / "clubs_plain.py"), str(small_demo)]
    _ms, ours_lines = run_once(ours_args, tmp_path)  # warms the file cache, writes bytecode
    _ms, plain_lines = run_once(plain_args, tmp_path)
    assert len(ours_lines) == CLUBS and ours_lines[0].startswith("DX")
    assert plain_lines == ours_lines  # the same work: the same lines
    ours, plain = [], []
    for _ in range(RUNS):
        plain.append(run_once(plain_args, tmp_path)[0])
        ours.append(run_once(ours_args, tmp_path)[0])
    plain_ms, ours_ms = statistics.median(plain), statistics.median(ours)
    ratio = ours_ms / plain_ms
    print_table(
        f"`clubs` on {CLUBS} clubs, fresh process, {RUNS} runs each (ms)",
        ["program", "median", "min", "max"],
        [["plain peewee script", plain_ms, min(plain), max(plain)],
         ["main.py clubs", ours_ms, min(ours), max(ours)]],
    )
    print(f"  ratio main.py clubs / plain = {ratio:.2f} (limit {MAX_RATIO})")
    print("  runs (ms): plain " + " ".join(f"{x:.0f}" for x in plain)
          + " | ours " + " ".join(f"{x:.0f}" for x in ours))
    assert ratio <= MAX_RATIO, f"`clubs` takes {ratio:.2f}x a plain script to start and answer"
