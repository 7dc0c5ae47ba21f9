"""Small helpers for the benchmarks: time a call, summarise, print a table."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Timing:
    label: str
    samples_ms: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def worst(self) -> float:
        return max(self.samples_ms)


def time_ms(fn: Callable[[], object]) -> tuple[float, object]:
    """Wall time of one call in milliseconds, and its result."""
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000.0, result


def repeat_ms(label: str, fn: Callable[[], object], repeats: int = 5) -> Timing:
    return Timing(label, [time_ms(fn)[0] for _ in range(repeats)])


def machine_line() -> str:
    """CPU count and load, printed with every table: figures mean little without them."""
    try:
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except (AttributeError, OSError):  # Windows has no load average
        load = "n/a"
    return f"CPUs: {os.cpu_count()}, load average (1/5/15 min): {load}"


def print_table(title: str, header: list[str], rows: list[list[object]]) -> None:
    cells = [header] + [[f"{c:.1f}" if isinstance(c, float) else str(c) for c in r]
                        for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    print(f"\n== {title} ==  ({machine_line()})")
    for n, r in enumerate(cells):
        print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in
                        enumerate(zip(r, widths, strict=True))))
        if n == 0:
            print("  ".join("-" * w for w in widths))
