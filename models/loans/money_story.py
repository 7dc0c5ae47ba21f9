"""A club's money as a story: the plain inputs a clerk's dialogs would fill, in date order.

The demo plans a story (models/demo/demo_money.py); two writers put it in the database and give
the same rows: `write_with_services` below, one ordinary service call per event (slow; the
reference), and models/loans/loans_bulk.write_story (fast, for a thousand clubs). Neither writer
knows where the story came from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from models.funds import funds
from models.funds.funds import EntryInput
from models.loans import loans
from models.loans.loans import LoanInput, LoanRulesInput, RepaymentInput
from models.meetings import meetings
from models.meetings.meetings import MeetingInput


@dataclass
class Post:
    """A receipt or payment (funds.post_entry)."""

    inp: EntryInput


@dataclass
class Rules:
    """The club's lending rules (loans.save_loan_rules), before its first loan."""

    club_id: int
    inp: LoanRulesInput


@dataclass
class Fee:
    """The fee a member owes at each monthly meeting (meetings.set_monthly_fee), before the
    club's first meeting."""

    club_id: int
    amount: int


@dataclass
class Meet:
    """A monthly meeting with its attendance and the fees collected at it
    (meetings.record_meeting, which posts the fees' receipt)."""

    inp: MeetingInput


@dataclass
class Lend:
    """A loan (loans.create_loan); `key` numbers the story's loans from 0."""

    key: int
    inp: LoanInput


@dataclass
class Repay:
    """A repayment of the story's loan `key` (loans.repay; inp.loan_id is filled in then)."""

    key: int
    inp: RepaymentInput


@dataclass
class WriteOff:
    """What is still owed on loan `key` written off by a decision (loans.write_off)."""

    key: int
    on: dt.date
    decision: str
    note: str = ""


@dataclass
class Outcome:
    """Did the member's income improve? (loans.record_outcome, once the loan is closed)"""

    key: int
    improved: bool
    note: str = ""


@dataclass
class Story:
    """One club's money in the order it is written; `loans` counts the Lend events."""

    events: list = field(default_factory=list)
    loans: int = 0
    monthly_fee: int = 0  # what each member pays a month (the receipts' fee): the club's fee


def write_with_services(story: Story, *, today: dt.date) -> None:
    """Write a story through the ordinary services, one call per event (slow; for tests)."""
    ids: dict[int, int] = {}
    for event in story.events:
        if isinstance(event, Post):
            funds.post_entry(event.inp, today=today)
        elif isinstance(event, Rules):
            loans.save_loan_rules(event.club_id, event.inp)
        elif isinstance(event, Fee):
            meetings.set_monthly_fee(event.club_id, event.amount)
        elif isinstance(event, Meet):
            meetings.record_meeting(dataclasses.replace(event.inp), today=today)
        elif isinstance(event, Lend):
            ids[event.key] = loans.create_loan(dataclasses.replace(event.inp), today=today).id
        elif isinstance(event, Repay):
            loans.repay(dataclasses.replace(event.inp, loan_id=ids[event.key]), today=today)
        elif isinstance(event, WriteOff):
            loans.write_off(ids[event.key], event.on, event.decision, event.note, today=today)
        elif isinstance(event, Outcome):
            loans.record_outcome(ids[event.key], event.improved, event.note)
        else:
            raise TypeError(f"unknown story event {event!r}")
