"""Command line: activities, trainings and activity-figures on a small database."""

from __future__ import annotations

import datetime as dt

import main
from tests.conftest import TODAY


def run(capsys, *args):
    code = main.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_activity_commands(tmp_path, capsys):
    db = str(tmp_path / "a.sqlite3")
    assert run(capsys, "--db", db, "init", "--ward", "1840", "--office", "UBND")[0] == 0
    from models.activities import activities, support
    from models.training import training
    from tests.domain.activity_helpers import found, member, new_club

    club = new_club("DX01")
    hue = member(club)
    found(club)
    activities.add_activity(club.id, activities.ActivityInput(
        area="rights", kind="dialogue", date=dt.date(2026, 5, 2),
        title="Đối thoại với UBND phường", others_count=3, person_ids=[hue]), today=TODAY)
    support.record_self_help(club.id, support.SelfHelpInput(
        hue, dt.date(2026, 6, 1), "Hỗ trợ sửa nhà", 1_500_000), today=TODAY)
    training.add_course(training.CourseInput(
        ward_code=1840, title="Tập huấn kỹ năng", date_from=dt.date(2026, 4, 1),
        date_to=dt.date(2026, 4, 2), attendees=[training.AttendeeInput(hue, club.id)]),
        today=TODAY)

    code, out, err = run(capsys, "--db", db, "activities", "--club", "dx01", "--year", "2026")
    assert code == 0, err
    assert out.splitlines() == ["02/05/2026\tQuyền và chế độ chính sách\tĐối thoại với chính quyền địa "
                                "phương\tĐối thoại với UBND phường\t1\t3"]
    code, out, err = run(capsys, "--db", db, "trainings", "--year", "2026")
    assert code == 0, err
    assert out.splitlines() == ["01/04/2026–02/04/2026\tLớp tập huấn\tTập huấn kỹ năng\t\t\t"
                                "1 người tham dự"]
    code, out, err = run(capsys, "--db", db, "activity-figures", "--year", "2026")
    assert code == 0, err
    assert "\tQuyền và chế độ chính sách: 1 hoạt động" in out.splitlines()
    assert "\tTrường hợp được giúp đỡ: 1, trị giá 1.500.000 đồng" in out.splitlines()
    code, out, err = run(capsys, "--db", db, "activity-figures", "--year", "2026",
                         "--club", "NOPE")
    assert code == 1 and "NOPE" in err
