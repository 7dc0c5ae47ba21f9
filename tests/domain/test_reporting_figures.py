"""The programme's indicators per club: known answers, and the same totals as each area's own
figures (one truth for the dashboard, the reports and the areas' pages)."""

import datetime as dt

from models.meetings import figures as meeting_figures
from models.reporting import figures, indicators
from tests.conftest import TODAY
from tests.domain.test_meeting_figures import END, START, book  # noqa: F401  (fixture)


def test_club_indicators_match_the_meeting_figures(book):  # noqa: F811
    club_id = book["club"].id
    got = figures.club_figures([club_id], START, END, today=TODAY)[club_id]
    m = meeting_figures.club_figures(club_id, START, END, today=TODAY)
    assert got["clubs"] == 1
    assert (got["meetings_held"], got["meeting_months"]) == (4, 6)
    assert (got["attendance_present"], got["attendance_places"]) == (16, 20)
    assert (got["fees_collected"], got["fees_due"]) == (m.fees_collected, m.fees_due)
    assert got["members"] == 5
    assert indicators.share(got, "share_attendance") == 80.0


def test_totals_add_up_and_shares_come_from_counts():
    a = dict(indicators.empty(), clubs=1, clubs_both_funds=1, members=60)
    b = dict(indicators.empty(), clubs=1, members=40)
    total = indicators.add_up([a, b])
    assert (total["clubs"], total["clubs_both_funds"], total["members"]) == (2, 1, 100)
    assert indicators.share(total, "share_both_funds") == 50.0
    assert indicators.share(indicators.empty(), "share_both_funds") is None
    # every share names two counts of the catalogue
    for s in indicators.SHARES:
        assert s.part in indicators.BY_CODE and s.whole in indicators.BY_CODE


def test_running_clubs_leave_out_planned_and_later_ones(book):  # noqa: F811
    assert book["club"].id in figures.running_clubs(dt.date(2026, 12, 31))
    assert book["club"].id not in figures.running_clubs(dt.date(2000, 1, 1))


def test_snapshot_json_round_trip_is_canonical():
    from models.reporting import snapshot

    figs = dict(indicators.empty(), clubs=2, members=120)
    child = snapshot.ChildRow("CLB-01", "CLB Liên thế hệ Tổ 1", dict(indicators.empty(), clubs=1))
    snap = snapshot.Snapshot("ward", "1840", "Phường Đức Xuân", "06", 2025, 1, figs, (child,),
                             approved_by="Nguyễn Thị Hoa", approved_title="Chủ tịch")
    again = snapshot.from_json(snap.canonical())
    assert again == snap and again.sha256() == snap.sha256()
    assert snapshot.level_above("ward") == "province" and snapshot.level_above("nation") is None
    for bad in (b'{"level": "x"}', b'{"level": "club"}', b"[]"):
        try:
            snapshot.from_json(bad)
        except ValueError:
            continue
        raise AssertionError(bad)
    total, rows = snapshot.aggregate("province", "06", "Tỉnh Bắc Kạn", "VN", 2025, [snap, snap])
    assert total["members"] == 240 and len(rows) == 2
