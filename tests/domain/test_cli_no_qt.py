"""The command line loads no Qt: every command, its help and its refusals run in a fresh
interpreter without a single PySide6 or shiboken6 module, in Vietnamese and in English."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WRAPPER = (
    "import json, sys\n"
    "import main\n"
    "try:\n"
    "    code = main.main(sys.argv[1:])\n"
    "except SystemExit as exc:\n"
    "    code = exc.code\n"
    "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
    "print('\\n' + json.dumps({'code': code, 'qt': qt}))\n"
)


def run_fresh(*args: str) -> tuple[int, list[str], str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("ISHC_LANG", "ISHC_DB")}
    done = subprocess.run([sys.executable, "-c", WRAPPER, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    *out, last = done.stdout.rstrip("\n").split("\n")
    result = json.loads(last)
    return result["code"], result["qt"], "\n".join(out), done.stderr


def test_no_command_loads_qt(tmp_path):
    db = str(tmp_path / "cli.sqlite3")
    runs = [
        (("--help",), 0, "cách dùng: ishc"),
        (("--lang", "en", "--help"), 0, "usage: ishc"),
        (("print", "--help"), 0, "voucher"),
        (("--lang", "en", "import-members", "--help"), 0, "only check the file"),
        (("--db", db, "init", "--ward", "1840", "--office", "UBND phường Đức Xuân"), 0,
         "Cơ quan: UBND phường Đức Xuân"),
        (("--db", db, "clubs"), 0, ""),
        (("--db", db, "init", "--ward", "99999999"), 1, "Xã/phường:"),
        (("--db", db, "print", "decision", "--club", "KHONGCO", "-o",
          str(tmp_path / "x.pdf")), 1, "KHONGCO"),
        (("--db", db, "--lang", "en", "print", "voucher", "--club", "KHONGCO", "-o",
          str(tmp_path / "x.pdf")), 1, "KHONGCO"),
        (("--db", db, "clubs", "--bogus"), 2, "tham số không nhận ra: --bogus"),
    ]
    for args, expected, phrase in runs:
        code, qt, out, err = run_fresh(*args)
        assert qt == [], (args, qt)
        assert code == expected, (args, out, err)
        assert phrase in out + err, (args, out, err)


def test_every_command_module_and_its_help_load_no_qt():
    """Every registered command (today's and any added later) and its help text: no Qt."""
    code = (
        "import contextlib, io, sys\n"
        "import main\n"
        "from ui.cli import build_parser\n"
        "parser = build_parser()\n"
        "names = sorted(parser._subparsers._group_actions[0].choices)\n"
        "for name in names:\n"
        "    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "        main.main([name, '--help'])\n"
        "print(len(names), sorted(k for k in sys.modules if k.startswith(('PySide6', "
        "'shiboken6'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    count, loaded = done.stdout.strip().split(" ", 1)
    assert int(count) >= 15 and loaded == "[]", done.stdout


def test_each_command_is_built_from_the_modules_the_map_names():
    """A run builds only its own command's parser: the map must name every module that
    registers a command, and only those."""
    import importlib

    from ui.cli import COMMAND_MODULES, COMMANDS
    from ui.cli.common import Parser

    registered: dict[str, tuple[str, ...]] = {}
    for name in COMMAND_MODULES:
        parser = Parser(prog="x")
        sub = parser.add_subparsers(dest="command", parser_class=Parser)
        importlib.import_module(name).register(sub)
        for command in sub.choices:
            registered[command] = (*registered.get(command, ()), name)
    assert registered == COMMANDS


def test_the_command_word_is_found_past_the_options():
    from ui.cli import command_in

    assert command_in(["--db", "x.sqlite3", "--user", "lan", "clubs", "--bogus"]) == "clubs"
    assert command_in(["--lang=en", "print", "voucher"]) == "print"
    assert command_in(["--help"]) is None and command_in([]) is None
