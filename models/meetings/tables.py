"""Tables of the monthly meetings (schema version 4).

Attendance and fees are stored as exceptions, so 60,000 meetings of 50 members stay small:

- `meeting_absence` holds only the absent members (with the reason); the present members are
  every member active on the meeting's date minus these.
- `meeting.fee_due` is the monthly fee of that meeting; `meeting_fee` holds a row only for a
  member whose payment differs from "present members paid `fee_due`, absent ones nothing"
  (a present member who paid less or more, an absent one who sent the fee).
- `meeting.member_count`, `present_count`, `fee_total` and `repayment_total` are written with
  the meeting, so the figures of a ward read one row a meeting.
"""

from __future__ import annotations

import peewee as pw

from models.storage.schema import BaseModel, Club, LedgerEntry, LoanRepayment, Person, now


class Meeting(BaseModel):
    """One monthly meeting of a club; at most one a club a day."""

    club = pw.ForeignKeyField(Club, backref="meetings")
    date = pw.DateField()
    start_time = pw.CharField(max_length=5, default="")  # "08:00"
    end_time = pw.CharField(max_length=5, default="")
    place = pw.CharField(max_length=200, default="")
    chair = pw.ForeignKeyField(Person, null=True, backref="meetings_chaired")
    secretary = pw.ForeignKeyField(Person, null=True, backref="meetings_written")
    contents = pw.TextField(default="{}")  # JSON: activity area code -> what was done/said
    decisions = pw.TextField(default="")
    issues = pw.TextField(default="")
    next_plan = pw.TextField(default="")
    guests = pw.TextField(default="")
    member_count = pw.IntegerField()  # members active on the date
    present_count = pw.IntegerField()
    fee_due = pw.IntegerField()  # the monthly fee each member owed at this meeting
    fee_total = pw.BigIntegerField(default=0)  # = the receipt's amount
    repayment_total = pw.BigIntegerField(default=0)  # principal + interest repaid here
    receipt = pw.ForeignKeyField(LedgerEntry, null=True, backref="meeting_receipts")
    reversed_on = pw.DateField(null=True)  # the day its postings were reversed together
    reversal_reason = pw.TextField(default="")
    recorded_by = pw.CharField(max_length=100)
    recorded_at = pw.DateTimeField(default=now)

    class Meta:
        table_name = "meeting"
        indexes = ((("club", "date"), True),)


class MeetingAbsence(BaseModel):
    """A member absent from a meeting, with the reason given."""

    meeting = pw.ForeignKeyField(Meeting, backref="absences")
    person = pw.ForeignKeyField(Person, backref="meeting_absences")
    reason = pw.CharField(max_length=200, default="")

    class Meta:
        table_name = "meeting_absence"
        indexes = ((("meeting", "person"), True),)


class MeetingFee(BaseModel):
    """A fee payment that differs from the meeting's rule (see the module's docstring)."""

    meeting = pw.ForeignKeyField(Meeting, backref="fees")
    person = pw.ForeignKeyField(Person, backref="meeting_fees")
    amount = pw.IntegerField()

    class Meta:
        table_name = "meeting_fee"
        indexes = ((("meeting", "person"), True),)


class MeetingRepayment(BaseModel):
    """A loan repayment recorded at a meeting (the repayment row holds the money)."""

    meeting = pw.ForeignKeyField(Meeting, backref="repayment_links")
    repayment = pw.ForeignKeyField(LoanRepayment, unique=True, backref="meeting_links")

    class Meta:
        table_name = "meeting_repayment"


TABLES = [Meeting, MeetingAbsence, MeetingFee, MeetingRepayment]
