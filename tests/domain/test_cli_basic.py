"""Command line: init, clubs, check, bad database files, exit codes."""

import main
from tests.domain.cli_helpers import run


def test_init_sets_the_office(tmp_path, capsys):
    db = str(tmp_path / "a.sqlite3")
    code, out, err = run(capsys, "--db", db, "init", "--ward", "1840", "--office",
                         "UBND phường Đức Xuân")
    assert code == 0, err
    assert "34 tỉnh/thành phố, 3321 xã/phường/đặc khu" in out
    assert "UBND phường Đức Xuân — Phường Đức Xuân" in out


def test_init_refuses_unknown_ward(tmp_path, capsys):
    code, out, err = run(capsys, "--db", str(tmp_path / "a.sqlite3"), "init", "--ward",
                         "99999999", "--office", "X")
    assert code == 1
    assert err.strip().startswith("Xã/phường:")


def test_env_variable_chooses_the_database(tmp_path, capsys, monkeypatch):
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("ISHC_DB", str(db))
    assert run(capsys, "init")[0] == 0
    assert db.exists()


def test_clubs_and_check_on_a_fresh_database(tmp_path, capsys):
    db = str(tmp_path / "b.sqlite3")
    assert run(capsys, "--db", db, "init", "--ward", "1840", "--office", "UBND")[0] == 0
    from models.clubs.clubs import ClubInput, create_club

    create_club(ClubInput(code="DX01", name="CLB Tổ 1", ward_code=1840))
    code, out, _ = run(capsys, "--db", db, "clubs")
    assert code == 0
    fields = out.strip().split("\t")
    assert fields[:3] == ["DX01", "CLB Tổ 1", "Dự kiến"] and fields[3] == "0"
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == 0 and "không phát hiện lỗi" in out


def test_check_reports_damage(tmp_path, capsys):
    db = str(tmp_path / "c.sqlite3")
    run(capsys, "--db", db, "init", "--ward", "1840", "--office", "UBND")
    from models.clubs.clubs import ClubInput, create_club
    from models.storage.schema import Club

    create_club(ClubInput(code="DX01", name="CLB Tổ 1", ward_code=1840))
    Club.update(search_key="sai").execute()  # behind the services' back
    code, _, err = run(capsys, "--db", db, "check")
    assert code == 1
    assert err.splitlines() == ["stale_name_keys\tclub\tDX01\t"]


def test_broken_file_is_explained(tmp_path, capsys):
    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"not a database at all" * 200)
    code, _, err = run(capsys, "--db", str(bad), "clubs")
    assert code == 1
    assert "bị hỏng hoặc không phải của chương trình" in err


def test_help_lists_commands(capsys):
    import pytest

    with pytest.raises(SystemExit) as exit_info:
        main.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for name in ("init", "clubs", "check"):
        assert name in out
