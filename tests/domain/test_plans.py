"""Plans, their rights and checks, the dashboard's known answers against hand-made clubs, the
example plans, the command line and the migration from schema 6."""

import datetime as dt

import pytest

from models.accounts.access import AccessDenied
from models.accounts.audit import AuditLog
from models.accounts.session import SignedInUser, set_user
from models.errors import ValidationError
from models.plans import dashboard, display, examples
from models.plans import plans as plan_service
from models.plans.tables import Plan, PlanBudget, PlanTarget
from models.reporting import figures
from tests.conftest import TODAY
from tests.domain.test_meeting_figures import book  # noqa: F401  (fixture)

D = dt.date
T = plan_service.TargetInput


def plan_input(**over):
    values = dict(
        area="W1840", issuing_body="ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN", title="Kế hoạch thử",
        first_year=2025, last_year=2026, targets=[
            T(2026, "clubs", low=1),
            T(2026, "members", low=50, high=70, per_club=True),
            T(2026, "share_both_funds", low=100),
            T(2026, "share_borrowers", low=50),
            T(2026, "share_trained", low=100),
            T(2026, "clubs_founded", low=2, since_start=True, place="Tổ 1, Tổ 2"),
        ],
        budget=[plan_service.BudgetInput(2025, "province", 40_000_000),
                plan_service.BudgetInput(2026, "commune", 5_000_000)])
    values.update(over)
    return plan_service.PlanInput(**values)


@pytest.fixture
def signed_out():
    set_user(None)
    yield
    set_user(None)


def _user(role, ward=None, province=None):
    return SignedInUser(id=1, username="u", full_name="U", role=role, ward_code=ward,
                        province_code=province)


def test_club_figures_known_answers(book):  # noqa: F811
    cid = book["club"].id
    y2025 = figures.club_figures([cid], D(2025, 1, 1), D(2025, 12, 31), today=TODAY)[cid]
    y2026 = figures.club_figures([cid], D(2026, 1, 1), D(2026, 12, 31), today=TODAY)[cid]
    # founded 05/3/2025: new in 2025, kept (founded before the period) in 2026
    assert (y2025["clubs_founded"], y2025["clubs_kept"]) == (1, 0)
    assert (y2026["clubs_founded"], y2026["clubs_kept"]) == (0, 1)
    # five members, every one a poor woman born 1958: older, women, disadvantaged
    assert (y2026["members"], y2026["members_older"], y2026["members_women"],
            y2026["members_disadvantaged"]) == (5, 5, 5, 5)
    assert y2025["members_new_clubs"] == 5 and y2026["members_new_clubs"] == 0
    assert y2026["clubs_in_band"] == 0 and y2026["clubs_composition_met"] == 0
    # the province's grant of 50.000.000 đ posted to the income fund in 2025
    assert (y2025["grants_province"], y2026["grants_province"]) == (50_000_000, 0)
    assert y2026["clubs_both_funds"] == 1
    # one cash loan of 12.000.000 đ disbursed 15/01/2026
    assert (y2026["borrowers"], y2026["loans_disbursed"],
            y2026["loans_disbursed_amount"]) == (1, 1, 12_000_000)
    assert y2025["loans_disbursed"] == 0
    assert y2026["clubs_trained"] == 0 and y2026["clubs_supervised"] == 0


def test_save_plan_writes_targets_budget_and_one_audit_row(book):  # noqa: F811
    plan = plan_service.save_plan(plan_input())
    assert [t.code for t in plan_service.targets_of(plan, 2026)][:2] == ["clubs", "members"]
    assert [(b.year, b.source, b.amount) for b in plan_service.budget_of(plan)] == [
        (2025, "province", 40_000_000), (2026, "commune", 5_000_000)]
    assert AuditLog.select().where(AuditLog.entity == "plan").count() == 1
    again = plan_service.save_plan(plan_input(title="Kế hoạch đã sửa", targets=[]), plan.id)
    assert again.id == plan.id and PlanTarget.select().count() == 0
    assert AuditLog.select().where(AuditLog.entity == "plan").count() == 2
    plan_service.delete_plan(plan.id)
    assert Plan.select().count() == 0 and PlanBudget.select().count() == 0


def test_bad_plan_refused_naming_each_field_and_nothing_written(book):  # noqa: F811
    bad = plan_input(issuing_body=" ", targets=[
        T(2030, "clubs", low=1), T(2026, "nonsense", low=1), T(2026, "share_women", low=80,
                                                               high=60),
        T(2026, "clubs_trained", low=1, per_club=True), T(2026, "share_older", low=120),
        T(2026, "members"),
    ], budget=[plan_service.BudgetInput(2026, "bank", -5)])
    with pytest.raises(ValidationError) as err:
        plan_service.save_plan(bad)
    got = {(p.field, p.code) for p in err.value.problems}
    assert got >= {("issuing_body", "required"), ("targets[0].year", "outside_plan"),
                   ("targets[1].target_code", "unknown_indicator"),
                   ("targets[2].high", "low_above_high"),
                   ("targets[3].target_code", "not_per_club"),
                   ("targets[4].low", "share_over_100"), ("targets[5].low", "no_bound"),
                   ("budget[0].source", "invalid"), ("budget[0].amount", "negative")}
    assert Plan.select().count() == 0
    assert AuditLog.select().where(AuditLog.entity == "plan").count() == 0


def test_who_may_write_plans(book, signed_out):  # noqa: F811
    from models.accounts import users

    users.create_demo_accounts(1840)  # accounts exist: every call needs a user
    set_user(_user("clerk", ward=1840))
    with pytest.raises(AccessDenied) as err:
        plan_service.save_plan(plan_input())
    assert err.value.code == "role"
    set_user(_user("admin", ward=1843))  # another ward's administrator
    with pytest.raises(AccessDenied) as err:
        plan_service.save_plan(plan_input())
    assert err.value.code == "unit"
    set_user(_user("admin", ward=1840))
    plan = plan_service.save_plan(plan_input())
    set_user(_user("supervisor", province=19))
    province_plan = plan_service.save_plan(plan_input(area="P19"))
    set_user(_user("clerk", ward=1840))  # clerks read the ward's and the province's plans
    assert {p.id for p in plan_service.plans()} == {plan.id, province_plan.id}
    set_user(_user("clerk", ward=1843))
    assert [p.id for p in plan_service.plans()] == [province_plan.id]


def test_dashboard_known_answers(book):  # noqa: F811
    plan = plan_service.save_plan(plan_input())
    board = dashboard.compute("W1840", 2026, today=TODAY)
    assert board.plan_id == plan.id and len(board.clubs) == 1
    rows = {(r.code, r.per_club): r for r in board.targets}
    clubs = rows["clubs", False]
    assert (clubs.actual, clubs.gap, clubs.status) == (1, 0, "met")
    size = rows["members", True]
    assert (size.clubs_met, size.clubs_total, size.gap, size.status) == (0, 1, -1, "below")
    assert rows["share_both_funds", False].status == "met"
    borrowers = rows["share_borrowers", False]  # 1 of 5 members
    assert (borrowers.actual, borrowers.gap, borrowers.status) == (20.0, -30.0, "below")
    trained = rows["share_trained", False]
    assert (trained.actual, trained.gap) == (0.0, -100.0)
    founded = rows["clubs_founded", False]  # counted from 01/01/2025, the plan's start
    assert (founded.actual, founded.gap, founded.place) == (1, -1, "Tổ 1, Tổ 2")
    assert board.since_start["clubs_founded"] == 1 and board.totals["clubs_founded"] == 0
    missed = {(m.club_code, m.code) for m in board.misses}
    assert missed == {("DX01", "members"), ("DX01", "clubs_trained")}
    assert [(b.year, b.source, b.planned, b.granted) for b in board.budget] == [
        (2025, "province", 40_000_000, 50_000_000), (2026, "commune", 5_000_000, 0)]
    assert display.gap(borrowers) == "-30 điểm %" and display.bound(size) == "50–70"
    assert display.actual(size) == "0/1 CLB đạt" and display.gap(founded) == "-1"


def test_dashboard_without_a_plan_holds_clubs_to_the_office_standards(book):  # noqa: F811
    board = dashboard.compute("W1840", 2026, today=TODAY)
    assert board.plan_id is None and board.targets == []
    missed = {m.code for m in board.misses}
    # 5 members, 100 % women and poor; no training, no supervision; both funds open
    assert missed == {"members", "share_women", "share_disadvantaged", "clubs_trained",
                      "clubs_supervised"}


def test_examples_load_for_a_ward_and_a_province(office):
    plan = examples.load_example("bac-kan-2021-2025", "W1840")
    t2025 = {(t.code, t.per_club): t for t in plan_service.targets_of(plan, 2025)}
    assert t2025["clubs_founded", False].low == 5
    assert t2025["members_new_clubs", False].low == 251
    assert t2025["members_older_new_clubs", False].low == 176
    assert (t2025["members", True].low, t2025["members", True].high) == (50, 70)
    assert t2025["share_older", True].low == 70
    assert t2025["share_members_improved", False].low == 50
    assert t2025["clubs_kept", False].low == 2
    with pytest.raises(ValidationError) as err:
        examples.load_example("bac-kan-2021-2025", "W1840")
    assert err.value.code == "example_loaded"
    province = examples.load_example("province-1648-2035", "P19")
    assert province.last_year == 2035 and "Thái Nguyên" in province.title
    with pytest.raises(ValidationError):
        examples.load_example("../secret", "W1840")


def test_demo_plan_keeps_the_clubs_the_ward_already_runs(book):  # noqa: F811
    inp = examples.example_input("bac-kan-2021-2025", "W1840")
    examples.fit_to_records(inp, kept=3)
    by = {(t.year, t.code): t.low for t in inp.targets if not t.per_club}
    assert by[2021, "clubs_kept"] == 3 and by[2025, "clubs"] == 8 and by[2023, "clubs"] == 6


@pytest.mark.sqlite_only  # a version-6 SQLite file, migrated with its copy aside
def test_a_version_6_file_gains_the_plan_tables_keeping_its_rows(tmp_path, monkeypatch):
    import sqlite3

    from models.storage import db as dbmod
    from models.storage import migrations
    from tests.domain.migration_helpers import make_version_6_file

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "v6.sqlite3"
    make_version_6_file(path)  # no plan tables yet
    con = sqlite3.connect(path)
    wards = con.execute("SELECT COUNT(*) FROM ward").fetchone()[0]
    con.close()
    database = migrations.open_database(str(path))
    try:
        latest = migrations.LATEST_VERSION
        assert migrations.current_version(database) == latest
        assert database.table_exists("plan") and database.table_exists("plan_target")
        assert database.execute_sql("SELECT COUNT(*) FROM ward").fetchone()[0] == wards > 0
        assert list(tmp_path.glob(f"v6.before-v{latest}-*.sqlite3"))  # copied aside first
    finally:
        dbmod.close()
