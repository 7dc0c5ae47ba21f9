"""Starting the window from the command line, in a fresh interpreter as a clerk would: the
options in any order never crash it, and a bad option is one sentence (exit 2)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.ui.conftest import ROOT

# Runs main.main(argv) with the event loop and the dialogs answered at once, so the start-up
# path (parsing, QApplication, fonts, translations, database, window) runs for real.
START = """
import sys
from PySide6.QtWidgets import QApplication, QDialog
shown = []
QApplication.exec = lambda *a: (shown.append([w.objectName() for w in
                                QApplication.topLevelWidgets() if w.isVisible()]), 0)[1]
QDialog.exec = lambda self, *a: 0
import main
code = main.main(sys.argv[1:])
print("SHOWN", shown)
sys.exit(code)
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("start")
    db = folder / "demo.sqlite3"
    env = dict(os.environ, ISHC_DATA_DIR=str(folder / "data"),
               XDG_CONFIG_HOME=str(folder / "config"), QT_QPA_PLATFORM="offscreen")
    env.pop("ISHC_LANG", None)
    done = subprocess.run([sys.executable, "main.py", "--db", str(db), "demo", "--clubs", "2"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return str(db), env


def start(env, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", START, *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("order", [
    ("--lang", "en", "--db", "{db}"), ("--db", "{db}", "--lang", "en"),
    ("--lang=en", "--db={db}"), ("--db={db}", "--lang", "vi"), ("--db", "{db}"),
])
def test_the_window_opens_whatever_the_order_of_options(demo, order):
    db, env = demo
    done = start(env, *(arg.format(db=db) for arg in order))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "mainWindow" in done.stdout, done.stdout
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(("argv", "words"), [
    (("--lang", "fr"), "--lang"), (("--bogus",), "--bogus"), (("--db",), "--db"),
    (("en",), "'en'"),
])
def test_a_bad_option_is_a_sentence(demo, argv, words):
    _db, env = demo
    done = start(env, *argv)
    assert done.returncode == 2
    assert words in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("ishc: ")
