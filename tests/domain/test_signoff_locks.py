"""An approved club report locks the club's records dated in its year: every write path of
members, ledger, loans, meetings, activities and supervision is refused with a message naming
the report, writes nothing, and takes writes again once the report is reopened. Another
year, and another club, stay open. Also: a version-6 database migrates to the reports'
tables."""

from __future__ import annotations

import datetime as dt

import pytest

from models.activities import activities, health, home_care, support
from models.activities.tables import HomeCarePair
from models.errors import ValidationError
from models.funds import funds
from models.loans import loans
from models.meetings import meetings
from models.members import members
from models.signoff import reports
from models.signoff.tables import AnnualReport
from models.storage.schema import AuditLog, Club, Fund, LedgerEntry, Loan, LoanRepayment, Membership
from models.supervision import visits
from models.text.messages import problem_text
from tests.conftest import member_input
from tests.domain.signoff_helpers import TODAY, YEAR, approve_club, demo_office

LOCKED = dt.date(YEAR, 12, 5)


@pytest.fixture
def locked(db):
    demo_office()
    approve_club("DX001")
    club = Club.get(Club.code == "DX001")
    people = [m.person_id for m in Membership.select().where(
        (Membership.club == club.id) & Membership.left_on.is_null()).order_by(Membership.id)]
    return {"club": club, "people": people}


def refused(field, fn, *args, **kwargs):
    before = AuditLog.select().count()
    with pytest.raises(ValidationError) as err:
        fn(*args, **kwargs)
    found = [p for p in err.value.problems if p.code == "report_approved"]
    assert found and found[0].field == field, err.value.problems
    assert AuditLog.select().count() == before, "a refused write left an audit row"
    return found[0]


def fund_of(club, kind):
    return Fund.get((Fund.club == club.id) & (Fund.kind == kind))


def test_the_refusal_names_the_report(locked):
    fund = fund_of(locked["club"], "activity")
    problem = refused("date", funds.post_entry, funds.EntryInput(
        fund_id=fund.id, kind="receipt", date=LOCKED, amount=10_000, category="donation",
        party="Bà Hoa"), today=TODAY)
    approved = reports.current("club", "DX001", YEAR).approved_at.date()
    assert problem_text(problem, with_field=False) == (
        f"Báo cáo năm {YEAR} của {locked['club'].name} đã được duyệt ngày "
        f"{approved:%d/%m/%Y}; mở lại báo cáo trước khi sửa")


def test_members_paths(locked):
    club, person = locked["club"], locked["people"][0]
    refused("joined_on", members.add_member, club.id,
            member_input(full_name="Lý Thị Mai", joined_on=LOCKED), today=TODAY)
    refused("joined_on", members.add_members_bulk, club.id,
            [member_input(full_name="Lý Thị Mai", joined_on=LOCKED)])
    m = members.active_membership(person)
    refused("left_on", members.leave, m.id, LOCKED, "moved", today=TODAY)
    inp = members.MemberInput.from_membership(m)
    inp.joined_on = LOCKED  # moved into the signed year
    refused("joined_on", members.update_member, m.id, inp, today=TODAY)
    members.leave(m.id, dt.date(YEAR + 1, 1, 10), "moved", today=TODAY)
    refused("joined_on", members.rejoin, person, club.id, LOCKED, today=TODAY)
    # the next year is open
    members.add_member(club.id, member_input(full_name="Lý Thị Mai",
                                             joined_on=dt.date(YEAR + 1, 2, 1)), today=TODAY)


def test_ledger_and_loan_paths(locked):
    club, person = locked["club"], locked["people"][1]
    income = fund_of(club, "income")
    refused("date", funds.post_entry, funds.EntryInput(
        fund_id=income.id, kind="receipt", date=LOCKED, amount=10_000, category="donation",
        party="Công ty Bình An"), today=TODAY)
    entry = LedgerEntry.select().where((LedgerEntry.fund == fund_of(club, "activity").id)
                                       & LedgerEntry.reverses.is_null()).first()
    refused("date", funds.reverse_entry, entry.id, "nhầm", LOCKED, today=TODAY)
    refused("disbursed_on", loans.create_loan, loans.LoanInput(
        club_id=club.id, person_id=person, principal=1_000_000, purpose="livestock",
        disbursed_on=LOCKED, term_months=12, rate_bp=0), today=TODAY)
    # a loan disbursed before the signed year and still owed in it
    open_loan = Loan.select().where((Loan.club == club.id) & (Loan.disbursed_on < LOCKED)
                                    & (Loan.closed_on.is_null() | (Loan.closed_on > LOCKED))
                                    ).order_by(Loan.disbursed_on.desc()).first()
    assert open_loan is not None
    repayment = (LoanRepayment.select().where((LoanRepayment.loan == open_loan.id)
                                              & LoanRepayment.reverses.is_null())
                 .order_by(LoanRepayment.date).first())
    assert repayment is not None
    refused("date", loans.reverse_repayment, repayment.id, "nhầm", LOCKED, today=TODAY)
    if open_loan.status == "active":
        refused("date", loans.repay, loans.RepaymentInput(
            loan_id=open_loan.id, date=LOCKED, principal=10_000), today=TODAY)
        refused("date", loans.write_off, open_loan.id, LOCKED, "01/QĐ-CLB", today=TODAY)
    closed = Loan.select().where((Loan.club == club.id) & Loan.closed_on.between(
        dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31))).first()
    assert closed is not None
    refused("income_improved", loans.record_outcome, closed.id, True)


def test_the_ledger_guard_holds_for_every_path(locked, db):
    """post_in_transaction, the one door to the ledger, refuses on its own too."""
    fund = fund_of(locked["club"], "activity")
    before = LedgerEntry.select().count()
    with pytest.raises(ValidationError) as err, db.atomic():
        funds.post_in_transaction(fund.id, "receipt", LOCKED, 5_000, "donation")
    assert err.value.code == "report_approved"
    assert LedgerEntry.select().count() == before


def test_meeting_activity_and_supervision_paths(locked):
    club, people = locked["club"], locked["people"]
    refused("date", meetings.record_meeting, meetings.MeetingInput(
        club_id=club.id, date=dt.date(YEAR, 12, 28), place="Nhà văn hóa"), today=TODAY)
    refused("date", activities.add_activity, club.id, activities.ActivityInput(
        area="health", date=LOCKED, title="Đo huyết áp", person_ids=people[:2]), today=TODAY)
    refused("date", health.record_health_check, club.id, health.HealthCheckInput(
        person_id=people[0], date=LOCKED, systolic=130, diastolic=80), today=TODAY)
    refused("date_from", home_care.add_pair, club.id, home_care.PairInput(
        volunteer_id=people[0], older_id=people[1], date_from=LOCKED), today=TODAY)
    pair = HomeCarePair.select().where((HomeCarePair.club == club.id)
                                       & HomeCarePair.date_to.is_null()).first()
    refused("date", home_care.record_visit, pair.id, LOCKED, "Thăm hỏi", today=TODAY)
    refused("date_to", home_care.end_pair, pair.id, LOCKED, today=TODAY)
    refused("date", support.record_self_help, club.id, support.SelfHelpInput(
        person_id=people[0], date=LOCKED, what="Giúp ngày công", value=200_000), today=TODAY)
    refused("date", support.record_claim, club.id, support.ClaimInput(
        person_id=people[0], date=LOCKED, entitlement="Trợ cấp xã hội"), today=TODAY)
    refused("date", visits.record_visit, visits.VisitInput(
        club_id=club.id, date=dt.date(YEAR, 12, 29), supervisors="Hội NCT tỉnh"), today=TODAY)


def test_reopening_unlocks_and_other_years_and_clubs_stay_open(locked):
    club, people = locked["club"], locked["people"]
    other = Club.get(Club.code == "DX002")
    activities.add_activity(other.id, activities.ActivityInput(
        area="culture", date=LOCKED, title="Văn nghệ", members_count=20), today=TODAY)
    activities.add_activity(club.id, activities.ActivityInput(
        area="culture", date=dt.date(YEAR + 1, 3, 1), title="Văn nghệ", members_count=20),
        today=TODAY)
    reports.reopen("club", "DX001", YEAR, "Bổ sung hoạt động tháng 12")
    activities.add_activity(club.id, activities.ActivityInput(
        area="health", date=LOCKED, title="Đo huyết áp", person_ids=people[:2]), today=TODAY)
    funds.post_entry(funds.EntryInput(
        fund_id=fund_of(club, "activity").id, kind="receipt", date=LOCKED, amount=10_000,
        category="donation", party="Bà Hoa"), today=TODAY)


@pytest.mark.sqlite_only
def test_a_version_6_database_migrates_to_the_reports_tables(tmp_path):
    from models.storage import db as dbmod
    from models.storage import migrations

    path = tmp_path / "v6.sqlite3"
    database = dbmod.bind(dbmod.make_database(str(path)))
    database.connect()
    migrations.migrate(database)
    database.drop_tables([AnnualReport])
    database.execute_sql("UPDATE schema_version SET version = 6")
    assert migrations.current_version(database) == 6
    migrations.migrate(database)
    assert migrations.current_version(database) == migrations.LATEST_VERSION
    assert database.table_exists("annual_report")
    assert isinstance(AnnualReport.select().count(), int)
    database.close()


def test_a_status_change_dated_in_the_signed_year(locked):
    from models.clubs import clubs

    refused("date", clubs.change_status, locked["club"].id, "suspended", LOCKED,
            "Tạm dừng sinh hoạt", today=TODAY)
