"""Command line: backup, backups, restore (confirmation, refusals, a damaged file), migrate-to."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from pathlib import Path

import pytest

from models.accounts.session import SignedInUser
from models.storage.migrations import LATEST_VERSION
from tests.domain.cli_helpers import run

TODAY = dt.date(2026, 11, 20)
PG = os.environ.get("ISHC_TEST_PG")


def dump(path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        con.close()


@pytest.fixture
def live(tmp_path, capsys, monkeypatch):
    """A small office database in a file: three clubs with members, made through the command
    line and the services (not the demo, which other work keeps extending)."""
    from models.clubs.clubs import ClubInput, create_club
    from models.members.members import add_member
    from tests.conftest import member_input

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "office.sqlite3"
    code, _, err = run(capsys, "--db", str(path), "init", "--ward", "1840", "--office",
                       "UBND phường Đức Xuân")
    assert code == 0, err
    names = ["Nguyễn Thị Huệ", "Hoàng Văn Thụ", "Lò Thị Ất", "Đặng Ngọc Ễnh"]
    for i, code in enumerate(("DX01", "DX02", "DX03")):
        club = create_club(ClubInput(code=code, name=f"CLB Liên thế hệ tự giúp nhau Tổ {i + 1}",
                                     ward_code=1840))
        for j, name in enumerate(names):
            add_member(club.id, member_input(full_name=name, birth_year=1950 + i * 4 + j),
                       today=TODAY)
    return path


@pytest.mark.sqlite_only
def test_backup_then_restore_round_trip(live, tmp_path, capsys):
    copy = tmp_path / "copy.sqlite3"
    code, out, err = run(capsys, "--db", str(live), "backup", "-o", str(copy))
    assert code == 0, err
    assert out.startswith(f"Đã sao lưu vào {copy} (") and out.strip().endswith(("KB).", "MB)."))
    before = dump(live)
    sqlite3.connect(str(live)).execute("DELETE FROM membership WHERE id > 10").connection \
        .commit()
    code, out, err = run(capsys, "--db", str(live), "restore", str(copy), "--yes")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"Bản sao lưu {copy}: ngày ")
    assert f"dữ liệu phiên bản {LATEST_VERSION}, 3 CLB," in lines[0]
    assert lines[1] == f"Đã khôi phục {live}."
    assert lines[2].startswith("Dữ liệu trước khi khôi phục được lưu ở ")
    after = dump(live)
    restore_rows = [r for r in after["audit_log"] if r[5] == "restore"]
    assert len(restore_rows) == 1
    after["audit_log"].remove(restore_rows[0])
    # the audit chain's head moved on to the restore's audit row
    assert after.pop("audit_chain") == [(1, restore_rows[0][0], restore_rows[0][-1])]
    before.pop("audit_chain")
    assert after == before  # every table, row by row
    code, out, _ = run(capsys, "--db", str(live), "check")
    assert code == 0 and "không phát hiện lỗi" in out


@pytest.mark.sqlite_only
def test_backups_lists_newest_first_with_date_and_size(live, capsys):
    assert run(capsys, "--db", str(live), "backups")[1].startswith("Chưa có bản sao lưu nào")
    for _ in range(2):
        assert run(capsys, "--db", str(live), "backup")[0] == 0
    code, out, _ = run(capsys, "--db", str(live), "backups")
    rows = [line.split("\t") for line in out.splitlines()]
    assert code == 0 and len(rows) == 2
    today = dt.date.today().strftime("%d/%m/%Y")
    assert all(r[0].startswith(today) and r[1].endswith(("KB", "MB")) and r[2] == "sao lưu ngay"
               for r in rows)
    assert os.stat(rows[0][3]).st_mtime_ns >= os.stat(rows[1][3]).st_mtime_ns  # newest first


@pytest.mark.sqlite_only
def test_restore_asks_on_a_terminal_and_needs_yes_elsewhere(live, tmp_path, capsys,
                                                           monkeypatch):
    copy = tmp_path / "copy.sqlite3"
    run(capsys, "--db", str(live), "backup", "-o", str(copy))
    before = dump(live)
    code, out, err = run(capsys, "--db", str(live), "restore", str(copy))
    assert code == 2 and "thêm --yes" in err and dump(live) == before

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "không")
    code, out, _ = run(capsys, "--db", str(live), "restore", str(copy))
    assert code == 1 and "Đã hủy" in out and dump(live) == before
    assert "Gõ «co» để đồng ý" in asked[0]
    monkeypatch.setattr("builtins.input", lambda prompt: "co")
    code, out, _ = run(capsys, "--db", str(live), "restore", str(copy))
    assert code == 0 and "Đã khôi phục" in out


@pytest.mark.sqlite_only
def test_restore_refuses_a_bad_file_with_the_reason(live, tmp_path, capsys):
    before = dump(live)
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("không phải cơ sở dữ liệu " * 300, encoding="utf-8")
    code, out, err = run(capsys, "--db", str(live), "restore", str(notes), "--yes")
    assert code == 1 and out == ""
    assert err.strip() == f"Tệp: {notes} không phải tệp dữ liệu"
    code, _, err = run(capsys, "--db", str(live), "restore", str(tmp_path / "none"), "--yes")
    assert code == 1 and "không tìm thấy tệp sao lưu" in err
    assert dump(live) == before
    code, _, err = run(capsys, "--db", "postgresql://u@127.0.0.1:1/x", "restore",
                       str(notes), "--yes")
    assert code == 1 and "pg_dump" in err


@pytest.mark.sqlite_only
def test_a_damaged_database_shows_the_way_back_and_restore_repairs_it(live, tmp_path,
                                                                       capsys):
    assert run(capsys, "--db", str(live), "backup")[0] == 0
    clubs_before = run(capsys, "--db", str(live), "clubs")[1]
    live.write_bytes(b"\x00garbage" * 5000)
    for suffix in ("-wal", "-shm"):
        live.with_name(live.name + suffix).unlink(missing_ok=True)
    code, out, err = run(capsys, "--db", str(live), "clubs")
    assert code == 1 and "Traceback" not in err
    assert "bị hỏng" in err and "«restore TỆP»" in err
    code, out, _ = run(capsys, "--db", str(live), "backups")
    newest = out.splitlines()[0].split("\t")[3]
    code, out, err = run(capsys, "--db", str(live), "restore", newest, "--yes")
    assert code == 0, err
    assert "Dữ liệu hiện tại bị hỏng" in out
    saved = out.strip().splitlines()[-1].rsplit(" ", 1)[1]
    assert saved.endswith("-damaged.sqlite3")
    assert Path(saved).read_bytes()[:8] == b"\x00garbage"  # the damaged file kept as it was
    assert run(capsys, "--db", str(live), "clubs")[1] == clubs_before
    assert run(capsys, "--db", str(live), "check")[0] == 0


@pytest.mark.skipif(not PG, reason="ISHC_TEST_PG names no PostgreSQL server")
def test_migrate_to_prints_counts_and_comparison(live, capsys):
    import psycopg2

    name = f"ishc_cli_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(PG)
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    url = PG.rsplit("/", 1)[0] + "/" + name
    try:
        code, out, err = run(capsys, "--db", str(live), "migrate-to", url)
        assert code == 0, err
        lines = out.splitlines()
        assert lines[0].startswith("Đã chuyển dữ liệu sang ")
        assert lines[1] == "Bảng\tSố dòng (SQLite)\tSố dòng (PostgreSQL)\tSo sánh"
        rows = {r[0]: r for r in (line.split("\t") for line in lines[2:-1])}
        assert rows["ward"][1] == rows["ward"][2] == "3.321" and rows["ward"][3] == "khớp"
        assert all(r[3] == "khớp" for r in rows.values())
        assert lines[-1].startswith("Mọi bảng đều khớp từng dòng")
        code, out, err = run(capsys, "--db", str(live), "migrate-to", url)
        assert code == 1 and "chỉ chuyển vào cơ sở dữ liệu mới, trống" in err
        code, out, _ = run(capsys, "--db", url, "clubs")
        assert code == 0 and len(out.splitlines()) == 3
    finally:
        from models.storage import db as dbmod

        dbmod.close()
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.mark.sqlite_only
def test_restore_signs_in_and_needs_an_administrator(live, tmp_path, capsys, monkeypatch):
    from models.accounts.session import set_user
    from models.accounts.users import UserInput, create_user

    copy = tmp_path / "copy.sqlite3"
    assert run(capsys, "--db", str(live), "backup", "-o", str(copy))[0] == 0
    secret = "Khó-đoán-lắm-2026"
    create_user(UserInput("quantri", "Nguyễn Văn Quản", "admin", 1840, None, secret))
    set_user(SignedInUser(1, "quantri", "Nguyễn Văn Quản", "admin", 1840, None))
    create_user(UserInput("canbo", "Lò Thị Ất", "clerk", 1840, None, secret))
    set_user(None)
    before = dump(live)
    monkeypatch.setenv("ISHC_PASSWORD", secret)
    code, _, err = run(capsys, "--db", str(live), "restore", str(copy), "--yes")
    assert code == 1 and "--user" in err
    code, _, err = run(capsys, "--db", str(live), "--user", "canbo", "restore", str(copy),
                       "--yes")
    assert code == 1 and err.strip() and "Traceback" not in err
    after = dump(live)  # sign-ins touch the account and the audit log; the data did not move
    assert all(after[t] == before[t] for t in before if t not in ("audit_log", "audit_chain", "user_account"))
    assert not list((tmp_path / "data" / "backups").glob("*before-restore*"))
    # the copy was made before the accounts: restoring it alone would open the data to all
    code, out, err = run(capsys, "--db", str(live), "--user", "quantri", "restore",
                         str(copy), "--yes")
    assert code == 1 and "--keep-accounts" in err
    code, out, err = run(capsys, "--db", str(live), "--user", "quantri", "restore",
                         str(copy), "--yes", "--keep-accounts")
    assert code == 0, err
    assert "Đã khôi phục" in out
    assert run(capsys, "--db", str(live), "--user", "canbo", "clubs")[0] == 0


@pytest.mark.sqlite_only
def test_restore_onto_a_new_pc_says_there_was_no_data_yet(live, tmp_path, capsys):
    copy = tmp_path / "mang-sang-may-moi.sqlite3"
    assert run(capsys, "--db", str(live), "backup", "-o", str(copy))[0] == 0
    clubs_before = run(capsys, "--db", str(live), "clubs")[1]
    fresh = tmp_path / "may-moi" / "ishc.sqlite3"
    fresh.parent.mkdir()
    code, out, err = run(capsys, "--db", str(fresh), "restore", str(copy), "--yes")
    assert code == 0, err
    assert "Máy này chưa có dữ liệu" in out and "bị hỏng" not in out
    assert run(capsys, "--db", str(fresh), "clubs")[1] == clubs_before
