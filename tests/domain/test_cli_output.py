"""Files the command line writes: never the database, its -wal/-shm, the backups folder, a
folder or a missing folder; an existing file only with --force; a refused command leaves
every file as it was and no temporary file behind. And the database a command opens: a
folder, a device, a mistyped path or a server that is down is one sentence, never a traceback
and never a new empty database."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parents[2]

# Every command that writes a file the clerk names, with what it needs besides -o.
WRITERS = {
    "print-decision": ["print", "decision", "--club", "DX001"],
    "print-certificate": ["print", "certificate", "--club", "DX001"],
    "print-launch-minutes": ["print", "launch-minutes", "--club", "DX001"],
    "print-statute": ["print", "statute", "--club", "DX001"],
    "print-members": ["print", "members", "--club", "DX001"],
    "print-voucher": ["print", "voucher", "--club", "DX001", "--fund", "income",
                      "--number", "PT-2025/001"],
    "print-fund-book": ["print", "fund-book", "--club", "DX001", "--fund", "income",
                        "--year", "2025"],
    "print-loan-register": ["print", "loan-register", "--club", "DX001"],
    "print-loan-contract": ["print", "loan-contract", "--club", "DX001", "--loan", "1"],
    "export-members": ["export-members", "--club", "DX001"],
    "template-members": ["template-members"],
    "member-data": ["member-data", "--person", "1"],
    "consent-form": ["consent-form", "--person", "1"],
    "backup": ["backup"],
    "keys-show": ["keys", "show"],
}
SUFFIX = {"export-members": ".xlsx", "template-members": ".xlsx", "backup": ".sqlite3",
          "keys-show": ".key"}


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main.main(list(args))
    except SystemExit as stop:  # argparse's usage errors
        code = stop.code
    out = capsys.readouterr()
    return code, out.out, out.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_demo(folder: Path) -> Path:
    """A five-club demo database file (DX005 is only planned), in a separate process."""
    env = {**os.environ, "ISHC_DATA_DIR": str(folder / "data")}
    db = folder / "demo.sqlite3"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo",
                    "--clubs", "5"], check=True, env=env, capture_output=True, cwd=ROOT)
    return db


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo, built once and copied for each test."""
    return build_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def cli_db(demo_file, tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("ISHC_DB", raising=False)
    db = tmp_path / "ishc.sqlite3"
    shutil.copyfile(demo_file, db)
    return db


def snapshot(folder: Path, *, db: Path | None = None) -> dict[str, str]:
    """Every file's digest, except the database with its -wal/-shm (`check` judges it), the
    backups and the log."""
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and not (db and p.name.startswith(db.name))
            and p.parent.name != "backups" and p.name != "ishc.log"}


def parts(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".part")]


@pytest.mark.parametrize("side", ["", "-wal", "-shm"])
@pytest.mark.parametrize("command", list(WRITERS))
def test_output_path_is_the_database_refused(cli_db, capsys, command, side):
    before = digest(cli_db)
    target = str(cli_db) + side
    code, _, err = run(capsys, "--db", str(cli_db), *WRITERS[command], "-o", target, "--force")
    assert code == 1, err
    assert err.startswith("Tệp cần ghi: ") and "cơ sở dữ liệu đang mở" in err, err
    assert len(err.splitlines()) == 1
    assert digest(cli_db) == before
    code, _, err = run(capsys, "--db", str(cli_db), "check")
    assert code == 0, err


def test_output_through_a_symlink_to_the_database_refused(cli_db, tmp_path, capsys):
    link = tmp_path / "report.pdf"
    link.symlink_to(cli_db)
    code, _, err = run(capsys, "--db", str(cli_db), *WRITERS["print-members"], "-o", str(link),
                       "--force")
    assert code == 1 and "cơ sở dữ liệu đang mở" in err
    assert link.is_symlink() and digest(cli_db) == digest(link)


def test_refused_paper_leaves_existing_file_untouched(cli_db, tmp_path, capsys):
    thesis = tmp_path / "thesis.docx"
    thesis.write_bytes(b"four years of work")
    # DX005 is only planned: no certificate; even with --force the file stays as it was
    code, _, err = run(capsys, "--db", str(cli_db), "print", "certificate", "--club", "DX005",
                       "-o", str(thesis), "--force")
    assert code == 1 and "Traceback" not in err
    assert thesis.read_bytes() == b"four years of work"
    assert parts(tmp_path) == []


@pytest.mark.parametrize("command", list(WRITERS))
def test_existing_file_needs_force(cli_db, tmp_path, capsys, command):
    target = tmp_path / f"out{SUFFIX.get(command, '.pdf')}"
    target.write_bytes(b"old")
    code, _, err = run(capsys, "--db", str(cli_db), *WRITERS[command], "-o", str(target))
    assert code == 1
    assert err == f"Tệp cần ghi: đã có tệp {target}; muốn ghi đè thì dùng --force\n"
    assert target.read_bytes() == b"old"
    code, _, err = run(capsys, "--db", str(cli_db), *WRITERS[command], "-o", str(target),
                       "--force")
    assert code == 0, err
    assert target.read_bytes() != b"old" and target.stat().st_size > 100
    assert parts(tmp_path) == []


def test_member_data_json_beside_needs_force_too(cli_db, tmp_path, capsys):
    (tmp_path / "hue.json").write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(cli_db), "member-data", "--person", "1", "-o",
                       str(tmp_path / "hue.pdf"))
    assert code == 1 and "hue.json" in err
    assert not (tmp_path / "hue.pdf").exists()
    assert (tmp_path / "hue.json").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("command", ["print-decision", "export-members", "backup"])
def test_output_into_backups_folder_refused(cli_db, tmp_path, capsys, command):
    code, _, err = run(capsys, "--db", str(cli_db), "backup")  # makes the folder
    assert code == 0, err
    folder = tmp_path / "data" / "backups"
    before = snapshot(folder.parent)
    code, _, err = run(capsys, "--db", str(cli_db), *WRITERS[command], "-o",
                       str(folder / "x.pdf"))
    assert code == 1 and "thư mục sao lưu" in err, err
    assert not (folder / "x.pdf").exists() and snapshot(folder.parent) == before


@pytest.mark.parametrize(("target", "words"), [
    ("", "chưa có tên tệp"),
    (".", "là một thư mục"),
    ("no-such-folder/x.pdf", "không có (chương trình không tự tạo thư mục)"),
    ("/dev/null", "không phải tệp thông thường"),
])
def test_odd_output_paths_are_one_line(cli_db, tmp_path, capsys, monkeypatch, target, words):
    monkeypatch.chdir(tmp_path)
    for command in ("print-voucher", "consent-form", "template-members"):
        code, _, err = run(capsys, "--db", str(cli_db), *WRITERS[command], "-o", target,
                           "--force")
        assert code == 1 and words in err and len(err.splitlines()) == 1, (command, err)
    assert not (tmp_path / "no-such-folder").exists()


def test_failed_build_leaves_no_temporary_file(tmp_path, db):
    from models.errors import ValidationError
    from models.storage.output import write_output, write_outputs

    target = tmp_path / "so-quy.xlsx"
    target.write_bytes(b"last month")

    def half_then_fail(tmp: Path) -> None:
        tmp.write_bytes(b"half a book")
        raise RuntimeError("the layout broke")

    with pytest.raises(RuntimeError):
        write_output(target, half_then_fail, force=True)
    assert target.read_bytes() == b"last month" and parts(tmp_path) == []

    def disk_full(tmp: Path) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(ValidationError) as refused:
        write_output(target, disk_full, force=True)
    assert (refused.value.field, refused.value.code) == ("output", "output_write_failed")
    assert target.read_bytes() == b"last month" and parts(tmp_path) == []

    # two files: the second refused, so the first is not written either
    (tmp_path / "b.json").write_text("kept", encoding="utf-8")
    with pytest.raises(ValidationError):
        write_outputs([(tmp_path / "a.pdf", b"pdf"), (tmp_path / "b.json", b"{}")])
    assert not (tmp_path / "a.pdf").exists() and parts(tmp_path) == []
    write_output(tmp_path / "c.pdf", b"%PDF")
    assert (tmp_path / "c.pdf").read_bytes() == b"%PDF"


def test_output_refusals_are_typed(tmp_path, db):
    from models.errors import ValidationError
    from models.storage.output import check_output

    def code_of(path, **kw) -> str:
        with pytest.raises(ValidationError) as refused:
            check_output(path, **kw)
        assert refused.value.field == "output"
        return refused.value.code

    (tmp_path / "x.pdf").write_bytes(b"x")
    assert code_of("") == "output_empty"
    assert code_of("   ") == "output_empty"
    assert code_of(tmp_path) == "output_is_folder"
    assert code_of(tmp_path / "nope" / "x.pdf") == "output_no_folder"
    assert code_of(tmp_path / "x.pdf") == "output_exists"
    assert check_output(tmp_path / "x.pdf", force=True) == tmp_path / "x.pdf"
    assert code_of(tmp_path / "data" / "backups" / "a" / "x.pdf") == "output_in_backups"


def test_window_save_refuses_the_database_too(cli_db, tmp_path):
    from models.errors import ValidationError
    from models.storage.migrations import open_database
    from models.storage.output import write_output

    open_database(str(cli_db))
    before = digest(cli_db)
    with pytest.raises(ValidationError) as refused:
        write_output(cli_db, b"%PDF", force=True)
    assert refused.value.code == "output_is_database" and digest(cli_db) == before


# --- the database a command opens ---------------------------------------------------------


def test_db_path_that_is_a_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    code, _, err = run(capsys, "--db", str(tmp_path), "clubs")
    assert code == 1
    assert err == f"Cơ sở dữ liệu: {tmp_path} là một thư mục, không phải tệp dữ liệu\n"
    code, _, err = run(capsys, "--db", "/dev/null", "clubs")
    assert code == 1 and err == ("Cơ sở dữ liệu: /dev/null không phải tệp dữ liệu thông "
                                 "thường\n")
    code, _, err = run(capsys, "--lang", "en", "--db", str(tmp_path), "clubs")
    assert code == 1 and err == f"Database: {tmp_path} is a folder, not a data file\n"


def test_mistyped_db_creates_nothing(cli_db, tmp_path, capsys):
    typo = tmp_path / "ishc.sqlite"
    code, _, err = run(capsys, "--db", str(typo), "clubs")
    assert code == 1 and "không có tệp" in err and "init" in err
    assert not typo.exists()
    deep = tmp_path / "nhầm" / "ishc.sqlite3"
    for command in (["clubs"], ["init"], ["demo", "--clubs", "1"], ["backups"]):
        code, _, err = run(capsys, "--db", str(deep), *command)
        assert code == 1 and "thư mục" in err and "không có" in err, (command, err)
    assert not deep.parent.exists()
    # init (and demo) create the file named, in a folder that exists
    code, _, err = run(capsys, "--db", str(typo), "init")
    assert code == 0, err
    assert typo.exists()


def test_server_down_is_a_sentence(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, _, err = run(capsys, "--db", f"postgresql://ishc:secret@127.0.0.1:{port}/ishc",
                       "clubs")
    assert code == 1, err
    assert err.startswith(f"Cơ sở dữ liệu: không kết nối được máy chủ PostgreSQL "
                          f"127.0.0.1:{port}/ishc: ")
    assert len(err.splitlines()) == 1 and "secret" not in err


@pytest.mark.parametrize(("args", "code", "words"), [
    (["demo", "--clubs", str(10**30)], 2, "không quá lớn"),
    (["print", "voucher", "--club", "DX001", "--fund", "income", "--kind", "receipt",
      "--number", "99999999999999999999", "--year", "2025"], 1, "Số phiếu không hợp lệ"),
    (["print", "loan-contract", "--club", "DX001", "--loan", "²"], 1, "«²»"),
    (["print", "voucher", "--club", "DX001", "--fund", "income", "--kind", "receipt",
      "--number", "1", "--year", "٢٠٢٦"], 1, "Năm của số phiếu không hợp lệ"),
    (["print", "fund-book", "--club", "DX001", "--fund", "income", "--year", "٢٠٢٦"], 2,
     "Năm không hợp lệ"),
    (["member-data", "--person", "99999999999999999999"], 2, "không quá lớn"),
    (["anonymise", "--person", "١"], 2, "chữ số 0-9"),
    (["init", "--ward", "99999999999999999999"], 2, "không quá lớn"),
    (["print", "fund-book", "--club", "DX001", "--fund", "income", "--from", "01/01/0001"], 1,
     "Từ ngày: phải từ 01/01/1900 đến 31/12/2200"),
    (["print", "loan-register", "--club", "DX001", "--date", "31/12/9999"], 1,
     "Ngày: phải từ 01/01/1900 đến 31/12/2200"),
    (["print", "decision", "--club", "DX001", "--date", "31/02/2026"], 1,
     "không đúng ngày dd/mm/yyyy"),
    (["print", "fund-book", "--club", "DX001", "--fund", "income", "--from", "01/06/2026",
      "--to", "01/01/2026"], 1, "Đến ngày: trước ngày bắt đầu"),
    (["retention", "--years", "-3"], 1, "phải từ 0 đến 100"),
])
def test_odd_numbers_and_dates_are_sentences(cli_db, tmp_path, capsys, args, code, words):
    before = snapshot(tmp_path, db=cli_db)
    out = ["-o", str(tmp_path / "x.pdf")] if args[0] in ("print", "member-data") else []
    got, _, err = run(capsys, "--db", str(cli_db), *args, *out)
    assert got == code and words in err, err
    assert "Traceback" not in err and err.splitlines()[-1].strip()
    assert snapshot(tmp_path, db=cli_db) == before


def test_odd_command_lines_never_end_in_a_traceback(cli_db, tmp_path):
    """The same, as a person runs them: a separate process, stderr as printed."""
    env = {**os.environ, "ISHC_DATA_DIR": str(tmp_path / "data")}
    env.pop("ISHC_DB", None)
    lines = [
        ["--db", str(tmp_path), "clubs"],
        ["--db", "/dev/null", "clubs"],
        ["--db", str(cli_db), "print", "loan-contract", "--club", "DX001", "--loan", "²",
         "-o", str(tmp_path / "a.pdf")],
        ["--db", str(cli_db), "print", "decision", "--club", "DX001", "-o", ""],
        ["--lang", "en", "--db", str(cli_db), "export-members", "--club", "DX001", "-o",
         str(cli_db)],
    ]
    for argv in lines:
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), *argv], env=env,
                              capture_output=True, text=True, cwd=tmp_path, timeout=60)
        assert done.returncode in (1, 2), (argv, done.stderr)
        assert "Traceback" not in done.stderr and done.stderr.strip(), (argv, done.stderr)
    assert "is the open database" in done.stderr


def test_unexpected_error_is_one_line_and_logged(cli_db, tmp_path, capsys, monkeypatch):
    from models.storage import integrity

    def broken():
        raise KeyError("something nobody foresaw")

    monkeypatch.setattr(integrity, "run_checks", broken)
    code, _, err = run(capsys, "--db", str(cli_db), "check")
    assert code == 1
    assert err.startswith("Lỗi không mong đợi: KeyError: 'something nobody foresaw'\n")
    assert "Traceback" not in err
    assert "something nobody foresaw" in (tmp_path / "data" / "ishc.log").read_text("utf-8")
