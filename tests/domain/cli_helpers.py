"""What the command-line tests share: running the program's main() as a user would, and a file
database made by `init` for the office of phường Đức Xuân (ward 1840)."""

from __future__ import annotations

import main

VILLAGES = ("Tổ 1", "Tổ 2", "Nà Cưởm")


def run(capsys, *args):
    """(exit code, stdout, stderr) of one command line."""
    code = main.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def office_db(tmp_path, capsys, monkeypatch, *, villages: bool = True) -> str:
    """A database file under tmp_path made by `init` (data folder under tmp_path too), with
    the ward's three villages unless `villages` is False; the path of the file."""
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    db = str(tmp_path / "cli.sqlite3")
    code, _, err = run(capsys, "--db", db, "init", "--ward", "1840", "--office",
                       "UBND phường Đức Xuân")
    assert code == 0, err
    if villages:
        from models.office.villages import add_village

        for name in VILLAGES:
            add_village(1840, name, "tổ dân phố")
    return db


def club_dx01(groups: tuple[str, ...] = (), villages: tuple[str, ...] = ()):
    """Club DX01 (planned) of the named villages of office_db, with the given groups."""
    from models.clubs.clubs import ClubInput, create_club, set_groups
    from models.storage.schema import Village

    ids = [Village.get((Village.ward == 1840) & (Village.name == name)).id for name in villages]
    club = create_club(ClubInput(code="DX01", name="CLB Liên thế hệ tự giúp nhau Tổ 1",
                                 ward_code=1840, village_ids=ids))
    if groups:
        set_groups(club.id, list(groups))
    return club
