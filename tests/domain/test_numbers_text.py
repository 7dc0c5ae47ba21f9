"""Decimals, sizes and durations in the reader's language: "5,6 giây" and "2,6 MB" in
Vietnamese, "5.6 seconds" and "2.6 MB" in English; and the demo command says so."""

import subprocess
import sys
from pathlib import Path

import pytest

from models.text import catalog, numbers

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english():
    catalog.set_language("en")
    yield
    catalog.set_language("vi")


def test_vietnamese_marks():
    catalog.set_language("vi")
    assert numbers.decimal_text(5.64) == "5,6"
    assert numbers.decimal_text(1234.5) == "1.234,5"
    assert numbers.percent_text(69.84) == "69,8%"
    assert numbers.size_text(int(2.6 * 1024 * 1024)) == "2,6 MB"
    assert numbers.size_text(650 * 1024) == "650 KB" and numbers.size_text(1) == "1 KB"
    assert numbers.seconds_text(5.6) == "5,6 giây"
    assert numbers.integer_text(1_234_567) == "1.234.567"


def test_english_marks(english):
    assert numbers.decimal_text(5.64) == "5.6"
    assert numbers.decimal_text(1234.5) == "1,234.5"
    assert numbers.size_text(int(2.6 * 1024 * 1024)) == "2.6 MB"
    assert numbers.seconds_text(5.6) == "5.6 seconds"
    assert numbers.integer_text(1_234_567) == "1,234,567"


def test_demo_prints_its_duration_in_the_language(tmp_path):
    db = tmp_path / "demo.sqlite3"
    env = {"ISHC_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "main.py", "--db", str(db), "demo", "--clubs", "1"],
                         cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    line = next(x for x in run.stdout.splitlines() if x.startswith("Đã tạo dữ liệu mẫu"))
    assert line.endswith(" giây.") and "," in line and "." not in line[:-1], line
