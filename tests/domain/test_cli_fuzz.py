"""Every command with generated arguments and paths (all inside a temporary folder): the exit
code is 0, 1 or 2, stderr never holds a traceback, the database still passes `check`, and no
file but the output named by -o changed (a refused command changes none at all).

A fixed number of examples (derandomised, so CI runs the same ones each time); in-process
through main.main for speed. tests/domain/test_cli_output.py runs a few in separate processes.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import main
from tests.domain.test_cli_output import build_demo, digest

EXAMPLES = 60

CLUBS = st.sampled_from(["DX001", "dx002", "DX004", "DX005", "ZZ999", "", " DX001 ", "Đ"])
ODD_NUMBERS = ["0", "1", "2", "-1", "²", "٢٠٢٦", "١", "99999999999999999999", str(10**30),
               "1e3", "", " ", "PT-2025/001", "PC-2025/001", "PT-2025/999999999999",
               "2025", "0001", "9999", "x"]
NUMBERS = st.one_of(st.sampled_from(["1", "2", "5", "PT-2025/001", "2025"]),
                    st.sampled_from(ODD_NUMBERS), st.integers(-10, 3000).map(str),
                    st.text(alphabet="0123456789²٢١-/ PTC", max_size=8))
DATES = st.one_of(
    st.sampled_from(["01/01/0001", "31/12/9999", "31/02/2026", "29/02/2025", "01/01/2025",
                     "31/12/2025", "15/06/2026", "", "2026-01-01", "00/00/0000", "٠١/٠١/٢٠٢٦"]),
    st.dates().map(lambda d: d.strftime("%d/%m/%Y")))
FUNDS = st.sampled_from(["income", "activity", "home-care", "golden_heart", "other", "bogus",
                         ""])
PAPERS = st.sampled_from(["decision", "certificate", "launch-minutes", "statute", "members",
                          "voucher", "fund-book", "loan-register", "loan-contract"])
# Where -o points, relative to the example's folder; "{db}" is the database itself.
OUTPUTS = st.sampled_from([
    "out.pdf", "out.xlsx", "out.sqlite3", "existing.pdf", "existing.xlsx", "", ".",
    "nope/x.pdf", "{db}", "{db}-wal", "{db}-shm", "{db}-journal", "data/backups/x.pdf",
    "link-to-db.pdf", "sub", "sub/", "notes.txt", "ISHC.SQLITE3",
])


def _opt(name: str, values) -> st.SearchStrategy[list[str]]:
    return st.one_of(st.just([]), values.map(lambda v: [name, v]))


def _print() -> st.SearchStrategy[list[str]]:
    return st.tuples(
        PAPERS, CLUBS, st.one_of(st.just(["--fund", "income"]), _opt("--fund", FUNDS)),
        _opt("--number", NUMBERS),
        _opt("--kind", st.sampled_from(["receipt", "payment", "x"])),
        _opt("--year", NUMBERS), _opt("--from", DATES), _opt("--to", DATES),
        _opt("--date", DATES), _opt("--loan", NUMBERS),
        st.sampled_from([[], ["--draft"], ["--new"]]),
    ).map(lambda t: ["print", t[0], "--club", t[1], *[a for part in t[2:] for a in part]])


COMMANDS = st.one_of(
    _print(),
    st.tuples(CLUBS, st.booleans()).map(
        lambda t: ["export-members", "--club", t[0], *(["--unmasked"] if t[1] else [])]),
    st.just(["export-members", "--all"]),
    _opt("--club", CLUBS).map(lambda o: ["template-members", *o]),
    NUMBERS.map(lambda n: ["member-data", "--person", n]),
    NUMBERS.map(lambda n: ["consent-form", "--person", n]),
    st.just(["backup"]),
    st.tuples(NUMBERS, st.booleans()).map(
        lambda t: ["anonymise", "--person", t[0], *(["--dry-run"] if t[1] else [])]),
    _opt("--years", NUMBERS).map(lambda o: ["retention", *o]),
    _opt("--year", NUMBERS).map(lambda o: ["documents", *o]),
    _opt("--ward", NUMBERS).map(lambda o: ["init", *o]),
    NUMBERS.map(lambda n: ["demo", "--clubs", n]),
    st.sampled_from([["clubs"], ["check"], ["backups"]]),
)
WRITES = {"print", "export-members", "template-members", "member-data", "consent-form",
          "backup"}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("fuzz"))


def run(capsys, argv: list[str]) -> tuple[int, str]:
    try:
        code = main.main(argv)
    except SystemExit as stop:  # argparse's usage errors
        code = stop.code
    return code, capsys.readouterr().err


def snapshot(folder: Path, db: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.is_symlink() and not p.name.startswith(db.name)
            and p.parent.name != "backups" and p.name != "ishc.log"}


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow, HealthCheck.data_too_large])
@given(command=COMMANDS, output=OUTPUTS, force=st.booleans())
def test_any_command_line_ends_in_a_sentence_and_spares_other_files(
        demo_file, capsys, monkeypatch, command, output, force):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        monkeypatch.setenv("ISHC_DATA_DIR", str(folder / "data"))
        monkeypatch.delenv("ISHC_DB", raising=False)
        db = folder / "ishc.sqlite3"
        shutil.copyfile(demo_file, db)
        (folder / "existing.pdf").write_bytes(b"someone's letter")
        (folder / "existing.xlsx").write_bytes(b"someone's sheet")
        (folder / "notes.txt").write_text("ghi chú", encoding="utf-8")
        (folder / "sub").mkdir()
        (folder / "data" / "backups").mkdir(parents=True)
        (folder / "data" / "backups" / "keep.sqlite3").write_bytes(b"a backup")
        (folder / "link-to-db.pdf").symlink_to(db)

        argv = ["--db", str(db), *command]
        target = None
        if command[0] in WRITES and (command[0] != "backup" or output != "out.pdf"):
            target = output.replace("{db}", str(db))
            target = str(folder / target) if target and not target.startswith("/") else target
            argv += ["-o", target]
        if command[0] in WRITES and force:
            argv.append("--force")
        before = snapshot(folder, db)
        backups_before = sorted(p.name for p in (folder / "data" / "backups").iterdir())

        code, err = run(capsys, argv)

        assert code in (0, 1, 2), (argv, code, err)
        assert "Traceback" not in err, (argv, err)
        if code != 0:
            assert err.strip(), (argv, "a refusal says why")
        after = snapshot(folder, db)
        if code == 0 and target:  # the file named by -o (and member-data's .json) may change
            for name in (target, str(Path(target).with_suffix(".json"))):
                key = os.path.relpath(name, folder) if name else name
                before.pop(key, None)
                after.pop(key, None)
        assert after == before, (argv, err)
        assert (folder / "data" / "backups" / "keep.sqlite3").read_bytes() == b"a backup"
        if command[0] != "backup" or target:
            assert sorted(p.name for p in (folder / "data" / "backups").iterdir()) \
                == backups_before, argv
        assert [p.name for p in folder.rglob("*.part")] == [], argv
        code, err = run(capsys, ["--db", str(db), "check"])
        assert code == 0, (argv, err)
