"""Monthly meetings: recording attendance, fees and repayments in one transaction, every
refusal writing nothing, reversal of the postings together, the collection sheet."""

import datetime as dt

import pytest

from models.errors import ValidationError
from models.funds import funds
from models.meetings import meetings
from models.meetings.tables import Meeting, MeetingAbsence, MeetingFee, MeetingRepayment
from models.members import members
from models.storage.db import database
from models.storage.integrity import meeting_checks
from models.storage.schema import AuditLog, LedgerEntry, LoanRepayment
from tests.conftest import TODAY
from tests.domain.meetings_data import FOUNDED, NAMES, ORDER, meeting_club

D = dt.date


@pytest.fixture
def book(club):
    return meeting_club(club)


def written():
    return (Meeting.select().count(), MeetingAbsence.select().count(),
            MeetingFee.select().count(), MeetingRepayment.select().count(),
            LedgerEntry.select().count(), LoanRepayment.select().count(),
            AuditLog.select().count())


def refused(inp, **kw):
    before = written()
    with pytest.raises(ValidationError) as err:
        meetings.record_meeting(inp, today=TODAY, **kw)
    assert written() == before, "a refused meeting changed the database"
    return {(p.field, p.code) for p in err.value.problems}


FEB = D(2026, 2, 15)


def full_input(book, on=FEB, **over):
    values = dict(
        club_id=book["club"].id, date=on, start_time="08:00", end_time="10:30",
        place="Nhà văn hóa Tổ 1", chair_id=book["lan"], secretary_id=book["binh"],
        contents={"health": "Đo huyết áp cho 20 thành viên", "income": "Bàn vốn nuôi gà"},
        decisions="Tháng tới thăm hỏi hai thành viên ốm", guests="Chủ tịch Hội NCT phường",
        absences={book["mai"]: "ốm"},
        fees={book["an"]: 3_000, book["binh"]: 5_000, book["hue"]: 5_000,
              book["lan"]: 5_000},
        repayments=[meetings.LoanPayment(book["loan"].id, 1_000_000, 60_000)])
    values.update(over)
    return meetings.MeetingInput(**values)


def test_record_meeting_posts_fees_and_repayment(book):
    row = meetings.record_meeting(full_input(book), today=TODAY)
    assert (row.member_count, row.present_count, row.fee_due) == (5, 4, 5_000)
    assert (row.fee_total, row.repayment_total) == (18_000, 1_060_000)
    # only the exceptions are stored: one absence, one fee that differs from the rule
    assert MeetingAbsence.select().count() == 1
    assert [(f.person_id, f.amount) for f in MeetingFee.select()] == [(book["an"], 3_000)]
    receipt = LedgerEntry.get_by_id(row.receipt_id)
    assert (receipt.fund_id, receipt.kind, receipt.category, receipt.amount, receipt.date) == (
        book["activity"].id, "receipt", "member_fee", 18_000, D(2026, 2, 15))
    # the payer on the voucher is the person who handed the fees in, not "the members"
    assert (receipt.person_id, receipt.party) == (book["binh"], "")  # the secretary
    assert funds.balance(book["activity"].id, TODAY) == 18_000
    link = MeetingRepayment.get()
    rep = LoanRepayment.get_by_id(link.repayment_id)
    assert (rep.principal, rep.interest, rep.loan_id) == (1_000_000, 60_000, book["loan"].id)
    assert LedgerEntry.get_by_id(rep.principal_entry_id).category == "loan_repayment"
    assert LedgerEntry.get_by_id(rep.interest_entry_id).category == "loan_interest"
    lines = meetings.attendance(row.id)
    assert [x.person_id for x in lines] == [book[k] for k in ORDER]
    by = {x.person_id: x for x in lines}
    assert (by[book["mai"]].present, by[book["mai"]].reason, by[book["mai"]].fee_paid) == (
        False, "ốm", 0)
    assert by[book["an"]].fee_paid == 3_000 and by[book["hue"]].fee_paid == 5_000
    assert by[book["hue"]].repayment == 1_060_000
    assert sum(x.fee_paid for x in lines) == LedgerEntry.get_by_id(row.receipt_id).amount
    assert AuditLog.select().where(AuditLog.entity == "meeting").count() == 1
    assert meeting_checks() == []
    assert [(m.date, m.present_count, m.fee_total) for m in
            meetings.meetings_of(book["club"].id, 2026)] == [(D(2026, 2, 15), 4, 18_000)]
    assert meetings.meetings_of(book["club"].id, 2025) == []


def test_meeting_without_money_posts_nothing(book):
    before = LedgerEntry.select().count()
    row = meetings.record_meeting(full_input(book, fees={}, repayments=[]), today=TODAY)
    assert row.receipt_id is None and row.fee_total == 0
    assert LedgerEntry.select().count() == before
    # present members who paid nothing are the exceptions now
    assert MeetingFee.select().count() == 4
    assert meeting_checks() == []


def test_refusals_name_the_field_and_write_nothing(book):
    club_id = book["club"].id
    assert ("date", "in_future") in refused(full_input(book, on=TODAY + dt.timedelta(days=1)))
    assert ("date", "before_founding") in refused(full_input(book, on=FOUNDED - dt.timedelta(1)))
    assert ("date", "required") in refused(full_input(book, on=None))
    meetings.record_meeting(full_input(book, repayments=[]), today=TODAY)
    assert ("date", "meeting_exists") in refused(full_input(book))
    on = D(2026, 3, 15)
    # a member who left before the day cannot be absent, pay, chair or write
    members.leave(members.active_membership(book["lan"]).id, D(2026, 3, 1), "moved",
                       today=TODAY)
    assert ("absences", "member_not_active") in refused(
        full_input(book, on=on, absences={book["lan"]: "x"}, fees={}, repayments=[]))
    assert ("fees", "member_not_active") in refused(
        full_input(book, on=on, absences={}, fees={book["lan"]: 5_000}, repayments=[],
                   chair_id=None))
    assert ("chair", "member_not_active") in refused(
        full_input(book, on=on, fees={}, repayments=[]))
    good = {"chair_id": book["an"], "repayments": []}
    assert ("fees", "fee_over_due") in refused(
        full_input(book, on=on, fees={book["an"]: 6_000}, **good))
    assert ("fees", "not_a_number") in refused(
        full_input(book, on=on, fees={book["an"]: "5000"}, **good))
    assert ("start_time", "bad_time") in refused(full_input(book, on=on, start_time="8h", **good))
    assert ("end_time", "end_before_start") in refused(
        full_input(book, on=on, start_time="10:00", end_time="09:00", **good))
    assert ("contents", "invalid") in refused(
        full_input(book, on=on, contents={"sport": "x"}, **good))
    assert ("repayments", "loan_not_in_club") in refused(full_input(
        book, on=on, chair_id=book["an"], repayments=[meetings.LoanPayment(9999, 1, 0)]))
    # due by 15/03: two instalments, 1,000,000 + 60,000 and 1,000,000 + 55,000
    over = [meetings.LoanPayment(book["loan"].id, 2_100_000, 115_000)]
    assert ("repayments", "repayment_over_due") in refused(
        full_input(book, on=on, chair_id=book["an"], fees={}, repayments=over))
    assert club_id


def test_confirm_over_accepts_more_than_due(book):
    on = D(2026, 2, 15)
    inp = full_input(book, on=on, fees={book["an"]: 10_000},
                     repayments=[meetings.LoanPayment(book["loan"].id, 2_000_000, 60_000)])
    assert ("fees", "fee_over_due") in refused(inp)
    inp.confirm_over = True
    row = meetings.record_meeting(inp, today=TODAY)
    assert (row.fee_total, row.repayment_total) == (10_000, 2_060_000)
    # more than the loan owes is still refused by the loan service, whole
    big = full_input(book, on=D(2026, 3, 15), fees={}, confirm_over=True,
                     repayments=[meetings.LoanPayment(book["loan"].id, 20_000_000, 0)])
    assert ("principal", "over_owed") in refused(big)


def test_reverse_postings_together(book):
    row = meetings.record_meeting(full_input(book), today=TODAY)
    before = written()
    with pytest.raises(ValidationError) as err:
        meetings.reverse_meeting_postings(row.id, "", today=TODAY)
    assert err.value.problems[0].field == "reason" and written() == before
    meetings.reverse_meeting_postings(row.id, "Nhập nhầm buổi", D(2026, 2, 20), today=TODAY)
    assert funds.balance(book["activity"].id, TODAY) == 0
    assert LedgerEntry.select().where(LedgerEntry.reverses == row.receipt_id).count() == 1
    link = MeetingRepayment.get()
    assert LoanRepayment.select().where(LoanRepayment.reverses == link.repayment_id).count() == 1
    assert Meeting.get_by_id(row.id).reversed_on == D(2026, 2, 20)
    assert meeting_checks() == []
    before = written()
    with pytest.raises(ValidationError) as err:
        meetings.reverse_meeting_postings(row.id, "lần nữa", today=TODAY)
    assert err.value.problems[0].code == "postings_reversed" and written() == before


def test_receipt_not_reversed_alone(book):
    row = meetings.record_meeting(full_input(book), today=TODAY)
    before = written()
    with pytest.raises(ValidationError) as err:
        funds.reverse_entry(row.receipt_id, "tách riêng", D(2026, 2, 20), today=TODAY)
    assert (err.value.field, err.value.code) == ("entry", "meeting_entry")
    assert written() == before
    # a receipt reversed behind the service's back is found by the check
    receipt = LedgerEntry.get_by_id(row.receipt_id)
    with database.atomic():
        funds.lock_funds([receipt.fund_id])
        funds.reverse_in_transaction(receipt, "tách riêng", D(2026, 2, 20))
    assert [f.code for f in meeting_checks()] == ["meeting_partly_reversed"]


def test_collection_sheet(book):
    meetings.set_monthly_fee(book["club"].id, 3_000)
    sheet = meetings.collection_sheet(book["club"].id, D(2026, 3, 15))
    assert [x.person_id for x in sheet.lines] == [book[k] for k in ORDER]
    assert [x.full_name for x in sheet.lines] == [NAMES[k] for k in ORDER]
    assert {x.fee_due for x in sheet.lines} == {3_000} and sheet.total_fees == 15_000
    hue = next(x for x in sheet.lines if x.person_id == book["hue"])
    # 15/02: 1,000,000 + 60,000 (overdue on 15/03); 15/03: 1,000,000 + 55,000
    assert (hue.instalment_due, hue.overdue) == (2_115_000, 1_060_000)
    assert sheet.total_instalments == 2_115_000
    with pytest.raises(ValidationError):
        meetings.set_monthly_fee(book["club"].id, -1)


def test_reversal_refusals_write_nothing(book):
    row = meetings.record_meeting(full_input(book), today=TODAY)
    quiet = meetings.record_meeting(full_input(book, on=D(2026, 3, 15), fees={}, repayments=[]),
                                    today=TODAY)
    for meeting_id, reason, on, expected in (
            (row.id, "nhầm", D(2026, 2, 1), ("date", "before_original")),
            (row.id, "nhầm", TODAY + dt.timedelta(days=1), ("date", "in_future")),
            (quiet.id, "nhầm", D(2026, 3, 20), ("meeting", "nothing_posted"))):
        before = written()
        with pytest.raises(ValidationError) as err:
            meetings.reverse_meeting_postings(meeting_id, reason, on, today=TODAY)
        assert expected in {(p.field, p.code) for p in err.value.problems}
        assert written() == before


def test_access_another_ward_sees_nothing_a_supervisor_writes_nothing(book):
    from models.accounts import users
    from models.accounts.access import AccessDenied
    from models.accounts.session import SignedInUser, set_user
    from models.errors import NotFound

    row = meetings.record_meeting(full_input(book), today=TODAY)
    users.create_user(users.UserInput("quantri", "Quản trị", "admin", 1840, None, "mat-khau-1"))
    try:
        set_user(SignedInUser(id=98, username="canbo-b", full_name="B", role="clerk",
                              ward_code=1843, province_code=None))
        before = written()
        for call in (lambda: meetings.record_meeting(full_input(book, on=D(2026, 3, 15)),
                                                     today=TODAY),
                     lambda: meetings.attendance(row.id),
                     lambda: meetings.reverse_meeting_postings(row.id, "x", today=TODAY),
                     lambda: meetings.collection_sheet(book["club"].id, TODAY)):
            with pytest.raises(NotFound):
                call()
        set_user(SignedInUser(id=97, username="giamsat", full_name="G", role="supervisor",
                              ward_code=None, province_code=19))
        assert len(meetings.attendance(row.id)) == 5
        with pytest.raises(AccessDenied):
            meetings.record_meeting(full_input(book, on=D(2026, 3, 15)), today=TODAY)
        assert written() == before
    finally:
        set_user(None)
