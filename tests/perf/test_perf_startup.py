"""Cold start to a usable window: ISHC Desk on the demo commune vs a bare PySide6 window.

Each run is a fresh process (QT_QPA_PLATFORM=offscreen). The child prints the milliseconds
from its launch (the parent's clock, passed in ISHC_SPAWNED_NS) to the moment its window is
shown and the event loop has run once. The two kinds of run alternate, so a burst of load from
elsewhere falls on both alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.perf.bench import print_table

HERE = Path(__file__).resolve().parent
RUNS = 5
MAX_RATIO = 2.0


def start_once(script: str, *args: str, data_dir: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISHC_DATA_DIR=str(data_dir),
               ISHC_SPAWNED_NS=str(time.time_ns()))
    env.pop("ISHC_DB", None)
    done = subprocess.run([sys.executable, str(HERE / script), *args], env=env,
                          capture_output=True, text=True, timeout=120)
    ready = [line for line in done.stdout.splitlines() if line.startswith("READY")]
    assert done.returncode == 0 and ready, (script, done.stdout, done.stderr)
    return float(ready[0].split()[1])


def test_cold_start_ratio(demo_db_path, tmp_path):
    start_once("startup_bare.py", data_dir=tmp_path)  # warm the OS file cache for both
    start_once("startup_app.py", str(demo_db_path), data_dir=tmp_path)
    bare, ours = [], []
    for _ in range(RUNS):
        bare.append(start_once("startup_bare.py", data_dir=tmp_path))
        ours.append(start_once("startup_app.py", str(demo_db_path), data_dir=tmp_path))
    bare_ms, ours_ms = statistics.median(bare), statistics.median(ours)
    ratio = ours_ms / bare_ms
    print_table(
        f"Cold start to a shown window, {RUNS} runs each (ms)",
        ["program", "median", "min", "max"],
        [["bare PySide6 QMainWindow", bare_ms, min(bare), max(bare)],
         [f"ISHC Desk on {demo_db_path.name}", ours_ms, min(ours), max(ours)]],
    )
    print(f"  ratio ISHC Desk / bare = {ratio:.2f} (limit {MAX_RATIO})")
    print("  runs (ms): bare " + " ".join(f"{x:.0f}" for x in bare)
          + " | ours " + " ".join(f"{x:.0f}" for x in ours))
    assert ratio <= MAX_RATIO, f"start-up takes {ratio:.2f}x a bare window"
