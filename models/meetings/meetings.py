"""The monthly meeting of a club: one service records it whole.

record_meeting writes, in one transaction under the lock of the club's activity and income
funds: the meeting, its absences and fee exceptions (models/meetings/tables.py), ONE receipt
voucher for all the fees (category member_fee, activity fund, through funds.post_in_transaction)
and each loan repayment made at the meeting (through loans.repay, so split, checked, numbered
and settled like any repayment), linked to the meeting. reverse_meeting_postings undoes the
receipt and the repayments together through funds.reverse_entry and loans.reverse_repayment.
Reads are in models/meetings/meeting_reads.py and offered here too.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.codes import ACTIVITY_AREAS
from models.errors import Collector, NotFound
from models.funds import funds
from models.loans import loans
from models.loans.loan_checks import checked_money
from models.meetings.meeting_reads import (  # noqa: F401  (re-exported: callers import here)
    DEFAULT_MONTHLY_FEE,
    Absentee,
    AttendanceLine,
    CollectionSheet,
    MeetingRow,
    SheetLine,
    absentees,
    active_members,
    attendance,
    collection_sheet,
    fee_key,
    loan_due,
    meeting,
    meeting_on,
    meetings_of,
    monthly_fee,
    monthly_fee_unchecked,
)
from models.meetings.tables import Meeting, MeetingAbsence, MeetingFee, MeetingRepayment
from models.signoff import locks
from models.storage.db import database
from models.storage.schema import Club, Fund, LedgerEntry, Loan, Person, Setting
from models.text.vietnamese import format_date, nfc

TEXT_MAX = 4000
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass
class LoanPayment:
    """Money paid on one loan at the meeting, split into principal and interest."""

    loan_id: int | None = None
    principal: object = 0
    interest: object = 0


@dataclass
class MeetingInput:
    """A meeting as the dialog (or the command line) fills it.

    `absences`: person id -> reason, only the absent members; `fees`: person id -> what each
    member paid (a member not named paid nothing); `confirm_over`: the clerk confirmed a fee
    or repayment larger than what is due."""

    club_id: int | None = None
    date: dt.date | None = None
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    chair_id: int | None = None
    secretary_id: int | None = None
    contents: dict[str, str] = field(default_factory=dict)  # activity area -> text
    decisions: str = ""
    issues: str = ""
    next_plan: str = ""
    guests: str = ""
    absences: dict[int, str] = field(default_factory=dict)
    fees: dict[int, object] = field(default_factory=dict)
    repayments: list[LoanPayment] = field(default_factory=list)
    confirm_over: bool = False


def set_monthly_fee(club_id: int, amount: object) -> int:
    """Store the fee a member owes at each monthly meeting of the club."""
    access.require_club(club_id, "write")
    p = Collector()
    fee = checked_money(p, "monthly_fee", amount, zero_ok=True)
    p.raise_if_any()
    key = fee_key(club_id)
    with database.atomic():
        row = Setting.get_or_none(Setting.key == key)
        before = {"value": json.loads(row.value)} if row is not None else None
        Setting.insert(key=key, value=json.dumps(fee)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: json.dumps(fee)}).execute()
        audit.record("setting", key, "update" if row else "create", before, {"value": fee})
    return fee


def open_fund(club_id: int, kind: str) -> Fund | None:
    """The club's open fund of `kind` ("activity" takes the fees, "income" the loans)."""
    return (Fund.select().where((Fund.club == club_id) & (Fund.kind == kind)
                                & Fund.closed_on.is_null())
            .order_by(Fund.opened_on, Fund.id).first())


def normalize(inp: MeetingInput) -> None:
    inp.start_time, inp.end_time = nfc(inp.start_time).strip(), nfc(inp.end_time).strip()
    inp.place = nfc(inp.place).strip()
    for name in ("decisions", "issues", "next_plan", "guests"):
        setattr(inp, name, nfc(getattr(inp, name) or "").strip())
    inp.contents = {k: nfc(v or "").strip() for k, v in (inp.contents or {}).items()}
    inp.absences = {k: nfc(v or "").strip() for k, v in (inp.absences or {}).items()}


def _check_date(p: Collector, club: Club, on: object, today: dt.date) -> bool:
    if on is None:
        p.add("date", "required")
    elif not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        p.add("date", "bad_date", value=on)
    elif on > today:
        p.add("date", "in_future")
    elif club.decision_date is None:
        p.add("date", "club_not_founded")
    elif on < club.decision_date:
        p.add("date", "before_founding", date=club.decision_date)
    elif Meeting.select().where((Meeting.club == club.id) & (Meeting.date == on)).exists():
        p.add("date", "meeting_exists", date=on)
    else:
        return True
    return False


def check_texts(p: Collector, inp: MeetingInput) -> None:
    for name in ("start_time", "end_time"):
        value = getattr(inp, name)
        if value and not TIME.match(value):
            p.add(name, "bad_time", value=value)
    if TIME.match(inp.start_time) and TIME.match(inp.end_time) \
            and inp.end_time < inp.start_time:
        p.add("end_time", "end_before_start")
    if len(inp.place) > 200:
        p.add("place", "too_long", max=200)
    for name in ("decisions", "issues", "next_plan", "guests"):
        if len(getattr(inp, name)) > TEXT_MAX:
            p.add(name, "too_long", max=TEXT_MAX)
    for area, text in inp.contents.items():
        if area not in ACTIVITY_AREAS:
            p.add("contents", "invalid", value=area)
        elif len(text) > TEXT_MAX:
            p.add("contents", "too_long", max=TEXT_MAX)


def _who(person_id: object) -> str:
    """A person's name for a message, or the id typed when there is no such person."""
    person = Person.get_or_none(Person.id == person_id) if isinstance(person_id, int) else None
    return person.full_name if person is not None else str(person_id)


def _check_people(p: Collector, inp: MeetingInput, names: dict[int, str],
                  on: dt.date) -> None:
    """Chair, secretary, absences and fees name members active on the day."""
    def check(name: str, person_id: object) -> bool:
        if person_id in names:
            return True
        p.add(name, "member_not_active", name=_who(person_id), date=on)
        return False

    for name in ("chair", "secretary"):
        person_id = getattr(inp, f"{name}_id")
        if person_id is not None:
            check(name, person_id)
    for person_id, reason in inp.absences.items():
        if check("absences", person_id) and len(reason) > 200:
            p.add("absences", "too_long", max=200)


def check_fees(p: Collector, inp: MeetingInput, names: Mapping[int, str],
               due: int) -> dict[int, int]:
    """What each member paid (only the amounts above zero); `names`: the members active."""
    paid: dict[int, int] = {}
    for person_id, value in inp.fees.items():
        if person_id not in names:
            p.add("fees", "member_not_active", name=_who(person_id), date=inp.date)
            continue
        amount = checked_money(p, "fees", value, zero_ok=True)
        if amount is None:
            continue
        if amount > due and not inp.confirm_over:
            p.add("fees", "fee_over_due", name=names[person_id], amount=amount, due=due)
        if amount:
            paid[person_id] = amount
    return paid


def _check_repayments(p: Collector, inp: MeetingInput, club_id: int
                      ) -> list[tuple[Loan, int, int]]:
    lines, seen = [], set()
    for line in inp.repayments:
        loan = Loan.get_or_none(Loan.id == line.loan_id) if isinstance(line.loan_id, int) \
            else None
        if loan is None or loan.club_id != club_id:
            p.add("repayments", "loan_not_in_club", value=line.loan_id)
            continue
        if loan.id in seen:
            p.add("repayments", "loan_twice", number=loan.number)
        seen.add(loan.id)
        principal = checked_money(p, "principal", line.principal, required=False,
                                  zero_ok=True) or 0
        interest = checked_money(p, "interest", line.interest, required=False,
                                 zero_ok=True) or 0
        due = loan_due(loan.id, inp.date)
        if principal + interest > due and not inp.confirm_over:
            p.add("repayments", "repayment_over_due", number=loan.number,
                  amount=principal + interest, due=due)
        if principal or interest:
            lines.append((loan, principal, interest))
    return lines


def check_meeting(inp: MeetingInput, *, today: dt.date | None = None) -> Collector:
    """Every rule of record_meeting without writing (the dialog shows these as one types)."""
    today = today or dt.date.today()
    normalize(inp)
    return _checked(inp, access.require_club(inp.club_id, "read"), today)[0]


def _checked(inp: MeetingInput, club: Club, today: dt.date
             ) -> tuple[Collector, dict[int, int], list[tuple[Loan, int, int]], int, int]:
    p = Collector()
    check_texts(p, inp)
    if not _check_date(p, club, inp.date, today):
        return p, {}, [], 0, 0
    members = active_members(club.id, inp.date)
    names = {m.person_id: m.full_name for m in members}
    _check_people(p, inp, names, inp.date)
    due = monthly_fee_unchecked(club.id)
    paid = check_fees(p, inp, names, due)
    lines = _check_repayments(p, inp, club.id)
    if paid:
        fund = open_fund(club.id, "activity")
        if fund is None:
            p.add("fees", "no_activity_fund")
        else:
            funds.check_entry_date(p, fund, inp.date, today)
    return p, paid, lines, len(members), due


def record_meeting(inp: MeetingInput, *, today: dt.date | None = None) -> Meeting:
    """Record a meeting with its attendance, fees and repayments; refused whole if any rule
    fails (nothing written)."""
    today = today or dt.date.today()
    if not isinstance(inp.club_id, int):
        raise NotFound("club", inp.club_id)
    club = access.require_club(inp.club_id, "write")
    normalize(inp)
    # found before the transaction: its first statement must be the lock (see lock_funds)
    fund_ids = [f.id for f in (open_fund(club.id, "activity"), open_fund(club.id, "income"))
                if f is not None]
    with database.atomic():
        funds.lock_funds(fund_ids)
        p, paid, lines, member_count, due = _checked(inp, club, today)
        locks.check_open(p, "date", club.id, inp.date)
        p.raise_if_any()
        row = Meeting.create(
            club=club.id, date=inp.date, start_time=inp.start_time, end_time=inp.end_time,
            place=inp.place, chair=inp.chair_id, secretary=inp.secretary_id,
            contents=json.dumps({a: inp.contents[a] for a in ACTIVITY_AREAS
                                 if inp.contents.get(a)}, ensure_ascii=False),
            decisions=inp.decisions, issues=inp.issues, next_plan=inp.next_plan,
            guests=inp.guests, member_count=member_count,
            present_count=member_count - len(inp.absences), fee_due=due,
            fee_total=sum(paid.values()), recorded_by=current_actor())
        if inp.absences:
            MeetingAbsence.insert_many([{"meeting": row.id, "person": pid, "reason": reason}
                                        for pid, reason in sorted(inp.absences.items())]
                                       ).execute()
        exceptions = fee_exceptions(paid, set(inp.absences), member_ids(club.id, inp.date),
                                     due)
        if exceptions:
            MeetingFee.insert_many([{"meeting": row.id, "person": pid, "amount": amount}
                                    for pid, amount in sorted(exceptions.items())]).execute()
        if paid:
            fund = open_fund(club.id, "activity")
            receipt = fee_receipt(fund.id, inp.date, paid, inp.secretary_id or inp.chair_id)
            row.receipt = funds.post_in_transaction(
                receipt.fund_id, receipt.kind, receipt.date, receipt.amount, receipt.category,
                person_id=receipt.person_id, party=receipt.party,
                description=receipt.description).id
        repayment_ids = []
        for loan, principal, interest in lines:
            repaid = loans.repay(loans.RepaymentInput(
                loan_id=loan.id, date=inp.date, principal=principal, interest=interest,
                note=f"Trả tại buổi sinh hoạt ngày {format_date(inp.date)}"), today=today)
            MeetingRepayment.create(meeting=row.id, repayment=repaid.id)
            repayment_ids.append(repaid.id)
            row.repayment_total += principal + interest
        row.save()
        audit.record("meeting", row.id, "record", None, meeting_audit(
            audit.snapshot(row), dict(sorted(inp.absences.items())), exceptions,
            repayment_ids))
    return row


# Left out of a meeting's audit row: its id, who recorded it and when (the audit row's own
# columns say so) and empty texts. Tens of thousands of meetings make the audit rows of the
# meetings the largest part of their room in the file.
AUDIT_SKIP = ("id", "recorded_by", "recorded_at")


def meeting_audit(row: dict, absences: dict[int, str], exceptions: dict[int, int],
                  repayments: list[int]) -> dict:
    """The audit row's "after" of a recorded meeting: its columns (contents as an object,
    not as text in text), the absences, the fee exceptions and the repayments made at it."""
    after = {k: v for k, v in row.items() if k not in AUDIT_SKIP and v not in ("", None)}
    after["contents"] = json.loads(row["contents"])
    if absences:
        after["absences"] = {str(k): v for k, v in absences.items()}
    if exceptions:
        after["fee_exceptions"] = {str(k): v for k, v in sorted(exceptions.items())}
    if repayments:
        after["repayments"] = repayments
    return after


def fee_receipt(fund_id: int, on: dt.date, paid: dict[int, int],
                collector: int | None = None) -> funds.EntryInput:
    """The one receipt voucher of a meeting's fees (`paid`: person id -> amount). Its payer
    is a person: the secretary who collected the fees at the meeting, else its chair
    (`collector`); a meeting with neither names the members as a body."""
    return funds.EntryInput(
        fund_id=fund_id, kind="receipt", date=on, amount=sum(paid.values()),
        category="member_fee", person_id=collector,
        party="" if collector else "Thành viên CLB",
        description=f"Thu hội phí buổi sinh hoạt ngày {format_date(on)} "
                    f"({len(paid)} thành viên)")


def member_ids(club_id: int, on: dt.date) -> list[int]:
    return [m.person_id for m in active_members(club_id, on)]


def fee_exceptions(paid: dict[int, int], absent: set[int], members: list[int],
                    due: int) -> dict[int, int]:
    """The payments that differ from "present members paid `due`, absent ones nothing"."""
    out = {}
    for pid in members:
        rule = 0 if pid in absent else due
        if paid.get(pid, 0) != rule:
            out[pid] = paid.get(pid, 0)
    return out


def reverse_meeting_postings(meeting_id: int, reason: str, on: dt.date | None = None,
                             *, today: dt.date | None = None) -> Meeting:
    """Cancel the meeting's fee receipt and every repayment made at it, together, dated `on`
    (default today), through the usual reversal services. The attendance stays."""
    today = today or dt.date.today()
    on = on or today
    reason = nfc(reason or "").strip()
    row = Meeting.get_or_none(Meeting.id == meeting_id) if isinstance(meeting_id, int) else None
    if row is None:
        raise NotFound("meeting", meeting_id)
    access.require_club(row.club_id, "write", missing=("meeting", meeting_id))
    fund_ids = [f.id for f in (open_fund(row.club_id, "activity"),
                               open_fund(row.club_id, "income")) if f is not None]
    with database.atomic():
        funds.lock_funds(fund_ids)
        row = Meeting.get_by_id(row.id)
        links = [x.repayment_id for x in
                 MeetingRepayment.select().where(MeetingRepayment.meeting == row.id)
                 .order_by(MeetingRepayment.id)]
        p = Collector()
        if not reason:
            p.add("reason", "required")
        if row.reversed_on is not None:
            p.add("meeting", "postings_reversed", date=row.reversed_on)
        elif row.receipt_id is None and not links:
            p.add("meeting", "nothing_posted")
        receipt = LedgerEntry.get_by_id(row.receipt_id) if row.receipt_id else None
        if receipt is not None and not p:
            # the ledger refuses to reverse a meeting's receipt alone (funds.reverse_entry):
            # the same rules here, then the same in-transaction reversal
            funds.check_entry_date(p, receipt.fund, on, today)
            if isinstance(on, dt.date) and on < row.date:
                p.add("date", "before_original", date=row.date)
            if not p:
                funds.check_payment_cover(p, receipt.fund_id, on, receipt.amount)
        p.raise_if_any()
        before = audit.snapshot(row)
        if receipt is not None:
            funds.reverse_in_transaction(receipt, reason, on)
        for repayment_id in links:
            loans.reverse_repayment(repayment_id, reason, on, today=today)
        row.reversed_on, row.reversal_reason = on, reason
        row.save()
        audit.record("meeting", row.id, "reverse_postings", before, audit.snapshot(row))
    return row
