"""Fast path for a club's demo money story: entries, loans, repayments, write-offs, outcomes,
and the monthly meetings with the fees collected at them (meetings_bulk.MeetingRows).

Writes what money_story.write_with_services writes through funds.post_entry and the loan
services (models/loans/loans.py), row for row and audit row for audit row, in the services' order,
but checks each event against lookups held in memory (money_bulk.FundBook for the funds) and
inserts every table with multi-row INSERTs at the end. The loan rules are checked by the
loan services' own pure helpers (loan_checks.check_goods, check_principal, check_terms);
only the checks that read the database are answered here from the lookups. The club's
lending rules and monthly fee are saved by loans.save_loan_rules and meetings.set_monthly_fee
themselves (one call each per club). A test holds
the rows of both paths equal (tests/domain/test_bulk_writers.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import peewee as pw

from models.accounts import audit
from models.accounts.session import current_actor
from models.errors import Collector, NotFound, Problem, ValidationError
from models.funds import goods
from models.funds.funds import EntryInput
from models.funds.goods_tables import GoodsEntry, quantity_key
from models.funds.money_bulk import (
    ENTRY_DATES,
    FundBook,
    audit_row,
    insert,
    insert_dicts,
    snapshot,
)
from models.loans import loan_checks as checks
from models.loans import loans
from models.loans.loan_schedule import Installment, build_schedule, schedule_status
from models.loans.money_story import (
    Fee,
    Lend,
    Meet,
    Outcome,
    Post,
    Repay,
    Rules,
    Story,
    WriteOff,
)
from models.meetings import meetings
from models.meetings.meetings import MeetingInput
from models.meetings.meetings_bulk import MeetingRows
from models.office.money_settings import rounding_unit
from models.storage.db import database
from models.storage.schema import (
    LedgerEntry,
    Loan,
    LoanInstallment,
    LoanRepayment,
    now,
)
from models.text.vietnamese import nfc

# The columns of a loan its life changes after the loan is written (audit diffs of these).
_STATE = ("status", "closed_on", "income_improved", "write_off_decision", "close_note")


@dataclasses.dataclass
class _Loan:
    row: dict  # the Loan row in column order, as it ends up (see _Writer.change)
    schedule: list[Installment]
    initial: dict
    paid_p: int = 0
    paid_i: int = 0
    last_repayment: dt.date | None = None


class _Writer:
    """Walks a story, checking each event and collecting the rows it writes."""

    def __init__(self, story: Story, today: dt.date) -> None:
        self.today, self.actor, self.at = today, current_actor(), now()
        clubs = {e.inp.club_id for e in story.events if isinstance(e, Lend)}
        self.income = {c: checks.income_fund(c) for c in clubs}
        fund_ids = {e.inp.fund_id for e in story.events if isinstance(e, Post)}
        fund_ids |= {f.id for f in self.income.values() if f is not None}
        self.meetings = MeetingRows(today, self.actor, self.at)
        fund_ids |= self.meetings.fund_ids(
            {e.inp.club_id for e in story.events if isinstance(e, Meet)})
        self.book = FundBook(fund_ids)
        self.spans = self.book.spans
        self.numbers = dict.fromkeys(clubs, 0)
        self.numbers.update(Loan.select(Loan.club, pw.fn.MAX(Loan.number))
                            .where(Loan.club.in_(list(clubs))).group_by(Loan.club).tuples())
        self.rules: dict[int, checks.LoanRulesInput] = {}
        self.unit = rounding_unit()  # as loans.create_loan reads it, once for the walk
        self.entries: list[dict] = []
        self.loans: dict[int, _Loan] = {}
        self.repayments: list[dict] = []
        self.goods_entries: list[dict] = []
        self.signers: dict[tuple[int, dt.date], tuple[int, str] | None] = {}
        self.goods_numbers: dict[tuple[int, int], int] = {
            (f, y): n for f, y, n in GoodsEntry.select(
                GoodsEntry.fund, GoodsEntry.year, pw.fn.MAX(GoodsEntry.number))
            .where(GoodsEntry.fund.in_(list(fund_ids)))
            .group_by(GoodsEntry.fund, GoodsEntry.year).tuples()}
        self.goods_held: dict[int, int] = {
            f: goods.goods_held_unchecked(f, today) for f in fund_ids}
        self.audit: list[Callable[[], tuple]] = []

    def active(self, club_id: int, person_id: int | None, on: dt.date) -> bool:
        return any(j <= on and (left is None or left > on)
                   for j, left in self.spans.get((club_id, person_id), ()))

    def post(self, inp: EntryInput) -> dict:
        entry = self.book.entry(inp, self.actor, self.at)
        self.entries.append(entry)
        self.audit.append(lambda: audit_row("ledger_entry", entry["id"], "post", None,
                                            snapshot(entry, ENTRY_DATES), self.at, self.actor))
        return entry

    # -- events ----------------------------------------------------------------------------
    def entry(self, inp: EntryInput) -> Collector:
        p = self.book.check(inp, self.today)
        if not p:
            self.post(inp)
        return p

    def meet(self, inp: MeetingInput) -> Collector:
        """meetings.record_meeting: the meeting, and its fees on one receipt."""
        def post(receipt: EntryInput) -> tuple[Collector, dict | None]:
            p = self.book.check(receipt, self.today)
            return p, (None if p else self.post(receipt))

        found = self.meetings.add(inp, post)
        if not found:
            self.audit.append(self.meetings.audit_maker(len(self.meetings.rows) - 1))
        return found

    def lend(self, key: int, inp: checks.LoanInput) -> Collector:
        """loans.create_loan: the disbursement voucher, the loan, its schedule."""
        checks.normalize(inp)
        p, t = Collector(), checks.LoanTerms()
        rules = self.rules.get(inp.club_id) or checks.stored_rules(inp.club_id)
        fund = self.income.get(inp.club_id)
        if fund is None:
            p.add("fund", "no_income_fund")
        if inp.form not in checks.LOAN_FORMS:
            p.add("form", "invalid", value=inp.form)
        else:
            checks.check_goods(p, inp, t)
        checks.check_principal(p, inp, t, rules)
        if not inp.purpose:
            p.add("purpose", "required")
        elif inp.purpose not in checks.LOAN_PURPOSES:
            p.add("purpose", "invalid", value=inp.purpose)
        elif inp.purpose == "other" and not inp.purpose_note:
            p.add("purpose_note", "required")
        checks.check_terms(p, inp, t, rules)
        on = inp.disbursed_on
        if fund is not None:
            self.book.check_date(p, fund, on, self.today, name="disbursed_on")
        self.check_people(p, inp, on if isinstance(on, dt.date) else self.today, rules)
        if not p and fund is not None:
            if inp.form == "in_kind" and not inp.supplier:
                held = self.goods_held.get(fund.id, 0)
                if t.principal > held:
                    p.add("principal", "goods_not_held", date=on, balance=held,
                          amount=t.principal)
            else:
                self.book.check_cover(p, fund.id, on, t.principal, name="principal")
        if p:
            return p
        number = self.numbers[inp.club_id] = self.numbers[inp.club_id] + 1
        entry = None
        if inp.form == "cash":
            entry = self.post(EntryInput(
                fund_id=fund.id, kind="payment", date=on, amount=t.principal,
                category="loan_disbursement", person_id=inp.person_id,
                description=f"Cho vay theo hợp đồng số {number}"))
        row = {"id": None, "club": inp.club_id, "fund": fund.id, "person": inp.person_id,
               "number": number, "form": inp.form, "item": inp.item, "quantity": t.quantity,
               "unit": inp.unit, "unit_value": t.unit_value, "principal": t.principal,
               "purpose": inp.purpose, "purpose_note": inp.purpose_note, "disbursed_on": on,
               "term_months": t.term, "rate_bp": t.rate, "interest_method": t.method,
               "repayment_plan": inp.repayment_plan, "guarantor": inp.guarantor_person_id,
               "guarantor_name": inp.guarantor_name, "disbursement_entry": entry,
               "status": "current", "closed_on": None, "income_improved": None,
               "write_off_decision": "", "close_note": "", "note": inp.note,
               "created_by": self.actor, "created_at": self.at}
        lines = build_schedule(t.principal, t.term, t.rate, t.method, inp.repayment_plan, on,
                               unit=self.unit)
        loan = self.loans[key] = _Loan(row, lines, {k: row[k] for k in _STATE})
        goods_rows = []
        if inp.form == "in_kind":
            what = checks.goods_text(t.quantity, inp.unit, inp.item, t.unit_value)
            item = {"item": inp.item, "quantity": t.quantity, "unit": inp.unit,
                    "unit_value": t.unit_value}
            if inp.supplier:
                cash = self.post(EntryInput(
                    fund_id=fund.id, kind="payment", date=on, amount=t.principal,
                    category="goods_purchase", party=inp.supplier,
                    description=f"Mua {what} để cho vay theo hợp đồng số {number}"))
                goods_rows.append(self.goods(
                    fund.id, "in", "purchase", on, t.principal, loan=row, party=inp.supplier,
                    description=f"Mua {what} để cho vay", ledger_entry=cash, **item))
            goods_rows.append(self.goods(
                fund.id, "out", "loan_out", on, t.principal, loan=row, person=inp.person_id,
                description=f"Cho vay bằng hiện vật theo hợp đồng số {number}: {what}", **item))

        def created() -> tuple:
            after = snapshot(row) | snapshot(loan.initial)
            after["quantity"] = str(row["quantity"]) if row["quantity"] is not None else None
            after["schedule"] = [{"seq": x.seq, "due_on": x.due_on.isoformat(),
                                  "principal": x.principal, "interest": x.interest}
                                 for x in lines]
            return audit_row("loan", row["id"], "create", None, after, self.at, self.actor)

        self.audit.append(created)
        return p

    def goods(self, fund_id: int, direction: str, kind: str, on: dt.date, amount: int, *,
              loan: dict, repayment: dict | None = None, person: int | None = None,
              party: str = "", item: str = "", quantity: object = None, unit: str = "",
              unit_value: int | None = None, description: str = "",
              ledger_entry: dict | None = None) -> dict:
        """goods.post_goods_in_transaction: the row (ids filled in on writing) and its audit
        row, after the rows the service writes before it."""
        key = (fund_id, on.year)
        self.goods_numbers[key] = self.goods_numbers.get(key, 0) + 1
        self.goods_held[fund_id] = self.goods_held.get(fund_id, 0) + (
            amount if direction == "in" else -amount)
        entry = {"id": None, "fund": fund_id, "direction": direction, "kind": kind, "date": on,
                 "year": on.year, "number": self.goods_numbers[key], "loan": loan,
                 "repayment": repayment, "person": person, "party": party, "item": item,
                 "quantity": quantity, "unit": unit, "unit_value": unit_value, "amount": amount,
                 "description": description, "ledger_entry": ledger_entry, "reverses": None,
                 "reversal_reason": "", "posted_by": self.actor, "posted_at": self.at}
        self.goods_entries.append(entry)

        def posted() -> tuple:
            after = snapshot(entry, ("date", "posted_at"))
            after["quantity"] = quantity_key(quantity)
            return audit_row("goods_entry", entry["id"], "post", None, after, self.at,
                             self.actor)

        self.audit.append(posted)
        return entry

    def check_people(self, p: Collector, inp: checks.LoanInput, on: dt.date,
                     rules: checks.LoanRulesInput) -> None:
        """loans._check_people, with membership answered from the lookups."""
        if inp.person_id is None:
            p.add("person", "required")
        elif not self.active(inp.club_id, inp.person_id, on):
            p.add("person", "not_member_on", date=on)
        if inp.guarantor_person_id is not None and inp.guarantor_name:
            p.add("guarantor", "guarantor_both")
        elif inp.guarantor_person_id is not None:
            if inp.guarantor_person_id == inp.person_id:
                p.add("guarantor", "guarantor_is_borrower")
            elif not self.active(inp.club_id, inp.guarantor_person_id, on):
                p.add("guarantor", "not_member_on", date=on)
        elif inp.guarantor_name:
            if len(inp.guarantor_name) > 100:
                p.add("guarantor", "too_long", max=100)
        elif rules.guarantor_required:
            p.add("guarantor", "guarantor_required")
        if not any(x.field == "guarantor" for x in p.problems):
            checks.check_guarantor_signer(p, inp, self.signer(inp.club_id, on))

    def signer(self, club_id: int, on: dt.date) -> tuple[int, str] | None:
        """loan_checks.club_signer, asked once per club and date."""
        key = (club_id, on)
        if key not in self.signers:
            self.signers[key] = checks.club_signer(club_id, on)
        return self.signers[key]

    def repay(self, key: int, inp: loans.RepaymentInput) -> Collector:
        """loans.repay: receipts for principal and interest, the repayment, maybe settled."""
        loan = self.loans[key]
        row = loan.row
        note = nfc(inp.note or "").strip()
        p = Collector()
        if row["status"] in ("repaid", "written_off"):
            p.add("loan", "loan_closed", status=row["status"], date=row["closed_on"])
        self.check_loan_date(p, loan, inp.date)
        principal = checks.checked_money(p, "principal", inp.principal, required=False,
                                 zero_ok=True) or 0
        interest = checks.checked_money(p, "interest", inp.interest, required=False, zero_ok=True) or 0
        if not p and principal == 0 and interest == 0:
            p.add("amount", "nothing_to_repay")
        owed = row["principal"] - loan.paid_p
        if principal > owed:
            p.add("principal", "over_owed", amount=owed)
        if inp.form not in checks.LOAN_FORMS:
            p.add("form", "invalid", value=inp.form)
        elif inp.form == "in_kind" and row["form"] != "in_kind":
            p.add("form", "in_kind_for_cash_loan")
        if p:
            return p
        posted = {}
        for part, amount, category, text in (
                ("principal", principal, "loan_repayment", "Thu hồi vốn vay"),
                ("interest", interest, "loan_interest", "Thu lãi vay")):
            if amount and inp.form == "cash":
                posted[part] = self.post(EntryInput(
                    fund_id=row["fund"], kind="receipt", date=inp.date, amount=amount,
                    category=category, person_id=row["person"],
                    description=f"{text} hợp đồng số {row['number']}"))
        repayment = {"id": None, "loan": row, "date": inp.date, "principal": principal,
                     "interest": interest, "form": inp.form, "note": note,
                     "principal_entry": posted.get("principal"),
                     "interest_entry": posted.get("interest"), "reverses": None,
                     "reversal_reason": "", "recorded_by": self.actor, "recorded_at": self.at}
        self.repayments.append(repayment)
        self.audit.append(lambda: audit_row("loan_repayment", repayment["id"], "repay", None,
                                            snapshot(repayment, ("date", "recorded_at")),
                                            self.at, self.actor))
        if inp.form == "in_kind":
            for kind, amount, text in (("repaid", principal, "Nhận trả nợ gốc"),
                                       ("interest", interest, "Nhận trả lãi")):
                if amount:
                    self.goods(row["fund"], "in", kind, inp.date, amount, loan=row,
                               repayment=repayment, person=row["person"], item=row["item"],
                               unit=row["unit"], description=f"{text} bằng hiện vật hợp "
                               f"đồng số {row['number']}")
        loan.paid_p += principal
        loan.paid_i += interest
        loan.last_repayment = max(loan.last_repayment or inp.date, inp.date)
        if loan.paid_p < row["principal"]:  # cheap: most repayments leave principal owed
            return p
        state = schedule_status(loan.schedule, loan.paid_p, loan.paid_i, inp.date)
        if state.outstanding_principal == 0 and state.due_interest == 0:  # loans._settle
            self.change(loan, "repaid", status="repaid", closed_on=inp.date)
        return p

    def check_loan_date(self, p: Collector, loan: _Loan, on: object) -> None:
        self.book.check_date(p, self.book.funds[loan.row["fund"]], on, self.today)
        if isinstance(on, dt.date) and on < loan.row["disbursed_on"]:
            p.add("date", "before_disbursement", date=loan.row["disbursed_on"])

    def write_off(self, event: WriteOff) -> Collector:
        """loans.write_off: the loan closed by a decision; nothing is posted."""
        loan = self.loans[event.key]
        row = loan.row
        decision = nfc(event.decision or "").strip()
        note = nfc(event.note or "").strip()
        p = Collector()
        if row["status"] in ("repaid", "written_off"):
            p.add("loan", "loan_closed", status=row["status"], date=row["closed_on"])
        if not decision:
            p.add("decision_number", "required")
        elif len(decision) > 100:
            p.add("decision_number", "too_long", max=100)
        on = event.on
        if on is None:
            p.add("date", "required")
        elif not isinstance(on, dt.date):
            p.add("date", "bad_date", value=on)
        elif on > self.today:
            p.add("date", "in_future")
        elif on < row["disbursed_on"]:
            p.add("date", "before_disbursement", date=row["disbursed_on"])
        elif on < (last := loan.last_repayment or on):
            p.add("date", "before_last_repayment", date=last)
        if not p:
            self.change(loan, "write_off", status="written_off", closed_on=on,
                        write_off_decision=decision, close_note=note)
        return p

    def outcome(self, event: Outcome) -> Collector:
        """loans.record_outcome."""
        row = self.loans[event.key].row
        note = nfc(event.note or "").strip()
        p = Collector()
        if row["status"] not in ("repaid", "written_off"):
            p.add("loan", "loan_open")
        if not isinstance(event.improved, bool):
            p.add("income_improved", "invalid", value=event.improved)
        if not p:
            close_note = row["close_note"]
            if note:
                close_note = f"{close_note}\n{note}".strip() if close_note else note
            self.change(self.loans[event.key], "outcome", income_improved=event.improved,
                        close_note=close_note)
        return p

    def change(self, loan: _Loan, action: str, **values: object) -> None:
        """Change the loan's state columns; the audit row holds what changed, as
        audit.record computes it from the snapshots before and after."""
        before = snapshot({k: loan.row[k] for k in _STATE})
        loan.row.update(values)
        after = snapshot({k: loan.row[k] for k in _STATE})
        keys = [k for k in _STATE if before[k] != after[k]]
        row = loan.row
        self.audit.append(lambda: audit_row("loan", row["id"], action,
                                            {k: before[k] for k in keys},
                                            {k: after[k] for k in keys}, self.at, self.actor))

    # -- writing ---------------------------------------------------------------------------
    def write(self) -> None:
        insert_dicts(LedgerEntry, self.entries)
        rows = [loan.row for loan in self.loans.values()]
        for row in rows:
            if row["disbursement_entry"] is not None:
                row["disbursement_entry"] = row["disbursement_entry"]["id"]
        insert_dicts(Loan, rows)
        insert(LoanInstallment._meta.table_name,
               ("loan_id", "seq", "due_on", "principal", "interest"),
               [(loan.row["id"], x.seq, x.due_on, x.principal, x.interest)
                for loan in self.loans.values() for x in loan.schedule])
        for repayment in self.repayments:
            repayment["loan"] = repayment["loan"]["id"]
            for part in ("principal_entry", "interest_entry"):
                if repayment[part] is not None:
                    repayment[part] = repayment[part]["id"]
        insert_dicts(LoanRepayment, self.repayments)
        self.meetings.write()
        for entry in self.goods_entries:
            for name in ("loan", "repayment", "ledger_entry"):
                if entry[name] is not None:
                    entry[name] = entry[name]["id"]
        insert_dicts(GoodsEntry, self.goods_entries)
        audit.append_rows([make() for make in self.audit])


def write_story(story: Story, *, today: dt.date) -> None:
    """Write a money_story.Story as the services would, in one transaction.

    Raises ValidationError (Problem.row = the event's position, from 1) with nothing
    written if any event breaks a rule of its service."""
    with database.atomic():
        for event in story.events:  # the rules first: every loan is checked against them
            if isinstance(event, Rules):
                loans.save_loan_rules(event.club_id, event.inp)
            elif isinstance(event, Fee):
                meetings.set_monthly_fee(event.club_id, event.amount)
        writer = _Writer(story, today)
        problems: list[Problem] = []
        for n, event in enumerate(story.events, start=1):
            if isinstance(event, Rules):
                writer.rules[event.club_id] = checks.stored_rules(event.club_id)
                continue
            if isinstance(event, Fee):
                continue
            if isinstance(event, Meet):
                found = writer.meet(dataclasses.replace(event.inp))
            elif isinstance(event, Post):
                found = writer.entry(event.inp)
            elif isinstance(event, Lend):
                found = writer.lend(event.key, dataclasses.replace(event.inp))
            elif isinstance(event, Repay):
                if event.key not in writer.loans:
                    raise NotFound("loan", event.key)
                found = writer.repay(event.key, event.inp)
            elif isinstance(event, WriteOff):
                found = writer.write_off(event)
            elif isinstance(event, Outcome):
                found = writer.outcome(event)
            else:
                raise TypeError(f"unknown story event {event!r}")
            problems += [dataclasses.replace(p, row=n) for p in found.problems]
        if problems:
            raise ValidationError(problems=problems)
        writer.write()
