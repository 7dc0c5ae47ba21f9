"""Loans from a club's income-generation fund: rules, disbursement, repayments, closing.

Every write locks the club's income fund first and posts its ledger entries through
funds.post_in_transaction in the same transaction, so a loan, its schedule and its vouchers are
written together or not at all, with the same cover check and voucher numbering as any
other entry. Reads (register, history, schedule) live in models.loans.loan_reads and are
re-exported here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

import peewee as pw

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.errors import Collector, NotFound, ValidationError
from models.funds import funds, goods
from models.funds.goods_tables import GoodsEntry
from models.loans.loan_checks import (  # noqa: F401  (re-exported: callers import from here)
    LOAN_FORMS,
    LOAN_PURPOSES,
    MAX_RATE_BP,
    MAX_TERM_MONTHS,
    LoanInput,
    LoanRulesInput,
    check_input,
    checked_int,
    checked_money,
    goods_text,
    income_fund,
    quantity_text,
    rate_text,
    stored_rules,
)
from models.loans.loan_reads import (  # noqa: F401  (re-exported: callers import from here)
    LOAN_STATUSES,
    LoanRow,
    get_loan,
    loan_register,
    loan_repayments,
    loan_schedule,
    member_loans,
    paid_totals,
    schedule_of,
)
from models.loans.loan_schedule import INTEREST_METHODS, Installment, build_schedule
from models.loans.loan_schedule import schedule_status as _status
from models.office.money_settings import rounding_unit
from models.signoff import locks
from models.storage.db import database
from models.storage.schema import Club, LedgerEntry, Loan, LoanInstallment, LoanRepayment, LoanRules
from models.text.vietnamese import nfc


@dataclass
class RepaymentInput:
    """Money (or goods, for a loan in kind) paid back, split into principal and interest."""

    loan_id: int | None = None
    date: dt.date | None = None
    principal: object = 0
    interest: object = 0
    form: str = "cash"
    note: str = ""


def loan_rules(club_id: int) -> LoanRulesInput:
    """The club's stored rules, or the defaults when it has none yet."""
    access.require_club(club_id, "read")
    return stored_rules(club_id)


def save_loan_rules(club_id: int, inp: LoanRulesInput) -> LoanRules:
    """Store the club's lending rules (a new row or the club's existing one)."""
    access.require_club(club_id, "write")
    p = Collector()
    max_amount = checked_money(p, "max_amount", inp.max_amount)
    term = checked_int(p, "max_term_months", inp.max_term_months)
    if term is not None and not 1 <= term <= MAX_TERM_MONTHS:
        p.add("max_term_months", "out_of_range", low=1, high=MAX_TERM_MONTHS)
    rate = checked_int(p, "rate_bp", inp.rate_bp)
    if rate is not None and not 0 <= rate <= MAX_RATE_BP:
        p.add("rate_bp", "rate_out_of_range", high=rate_text(MAX_RATE_BP))
    if inp.interest_method not in INTEREST_METHODS:
        p.add("interest_method", "invalid", value=inp.interest_method)
    if not isinstance(inp.guarantor_required, bool):
        p.add("guarantor_required", "invalid", value=inp.guarantor_required)
    p.raise_if_any()
    with database.atomic():
        # lock the club row first, so two saves at once cannot both insert the club's rules
        Club.update(id=Club.id).where(Club.id == club_id).execute()
        row = LoanRules.get_or_none(LoanRules.club == club_id)
        before = audit.snapshot(row) if row is not None else None
        values = dict(max_amount=max_amount, max_term_months=term, rate_bp=rate,
                      interest_method=inp.interest_method,
                      guarantor_required=inp.guarantor_required,
                      updated_at=dt.datetime.now())
        if row is None:
            row = LoanRules.create(club=club_id, **values)
        else:
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        audit.record("loan_rules", row.id, "save", before, audit.snapshot(row))
    return row


# --- New loans -------------------------------------------------------------------------------


def check_loan(inp: LoanInput, *, today: dt.date | None = None) -> Collector:
    """Every rule of create_loan, without writing; the dialog shows these as the user types."""
    if isinstance(inp.club_id, int):
        access.require_club(inp.club_id, "read")
    return check_input(inp, today or dt.date.today())[0]


def preview_schedule(inp: LoanInput, *, today: dt.date | None = None) -> list[Installment]:
    """The schedule the loan would get; ValidationError if the input is refused."""
    if isinstance(inp.club_id, int):
        access.require_club(inp.club_id, "read")
    p, t = check_input(inp, today or dt.date.today())
    p.raise_if_any()
    return build_schedule(t.principal, t.term, t.rate, t.method, inp.repayment_plan,
                          inp.disbursed_on, unit=rounding_unit())


def create_loan(inp: LoanInput, *, today: dt.date | None = None) -> Loan:
    """Disburse a loan: the loan, its schedule and the payment voucher, in one transaction."""
    today = today or dt.date.today()
    if isinstance(inp.club_id, int):
        access.require_club(inp.club_id, "write")
    # found before the transaction: its first statement must be the lock (see lock_funds)
    fund = income_fund(inp.club_id) if isinstance(inp.club_id, int) else None
    with database.atomic():
        if fund is not None:
            funds.lock_funds([fund.id])
        p, t = check_input(inp, today)
        p.raise_if_any()
        number = int(Loan.select(pw.fn.MAX(Loan.number))
                     .where(Loan.club == t.club.id).scalar() or 0) + 1
        # descriptions are data, written in the office's language like a paper book
        entry = None
        if inp.form == "cash":
            entry = funds.post_in_transaction(
                t.fund.id, "payment", inp.disbursed_on, t.principal, "loan_disbursement",
                person_id=inp.person_id, description=f"Cho vay theo hợp đồng số {number}")
        loan = Loan.create(
            club=t.club.id, fund=t.fund.id, person=inp.person_id, number=number,
            form=inp.form, item=inp.item, quantity=t.quantity, unit=inp.unit,
            unit_value=t.unit_value, principal=t.principal, purpose=inp.purpose,
            purpose_note=inp.purpose_note, disbursed_on=inp.disbursed_on,
            term_months=t.term, rate_bp=t.rate, interest_method=t.method,
            repayment_plan=inp.repayment_plan, guarantor=inp.guarantor_person_id,
            guarantor_name=inp.guarantor_name,
            disbursement_entry=entry.id if entry is not None else None, note=inp.note,
            created_by=current_actor())
        if inp.form == "in_kind":
            _hand_over(loan, inp.supplier)
        lines = build_schedule(t.principal, t.term, t.rate, t.method, inp.repayment_plan,
                               inp.disbursed_on, unit=rounding_unit())
        LoanInstallment.insert_many([
            {"loan": loan.id, "seq": x.seq, "due_on": x.due_on, "principal": x.principal,
             "interest": x.interest} for x in lines]).execute()
        after = audit.snapshot(loan)
        after["quantity"] = str(t.quantity) if t.quantity is not None else None  # a Decimal
        after["schedule"] = [asdict(x) | {"due_on": x.due_on.isoformat()} for x in lines]
        audit.record("loan", loan.id, "create", None, after)
    return loan


def _hand_over(loan: Loan, supplier: str) -> None:
    """An in-kind loan's goods leave the fund's goods, handed to the borrower; goods bought
    for it now are first paid in cash to the supplier and enter the goods."""
    what = goods_text(loan.quantity, loan.unit, loan.item, loan.unit_value)
    on, fund_id = loan.disbursed_on, loan.fund_id
    item = dict(item=loan.item, quantity=loan.quantity, unit=loan.unit,
                unit_value=loan.unit_value)
    if supplier:
        cash = funds.post_in_transaction(
            fund_id, "payment", on, loan.principal, "goods_purchase", party=supplier,
            description=f"Mua {what} để cho vay theo hợp đồng số {loan.number}")
        goods.post_goods_in_transaction(
            fund_id, "in", "purchase", on, loan.principal, loan_id=loan.id, party=supplier,
            description=f"Mua {what} để cho vay", ledger_entry_id=cash.id, **item)
    goods.post_goods_in_transaction(
        fund_id, "out", "loan_out", on, loan.principal, loan_id=loan.id,
        person_id=loan.person_id,
        description=f"Cho vay bằng hiện vật theo hợp đồng số {loan.number}: {what}", **item)


# --- Repayments and closing ------------------------------------------------------------------


def _loan_for_write(loan_id: object) -> Loan:
    loan = Loan.get_or_none(Loan.id == loan_id) if isinstance(loan_id, int) else None
    if loan is None:
        raise NotFound("loan", loan_id)
    access.require_club(loan.club_id, "write", missing=("loan", loan_id))
    return loan


def _check_loan_date(p: Collector, loan: Loan, on: object, today: dt.date,
                     name: str = "date") -> None:
    funds.check_entry_date(p, loan.fund, on, today, name=name)
    if isinstance(on, dt.date) and on < loan.disbursed_on:
        p.add(name, "before_disbursement", date=loan.disbursed_on)


def _settle(loan: Loan, on: dt.date) -> None:
    """Mark the loan repaid once its principal and the interest due by `on` are paid."""
    paid_p, paid_i = paid_totals(loan.id)
    state = _status(schedule_of(loan.id), paid_p, paid_i, on)
    if state.outstanding_principal == 0 and state.due_interest == 0:
        before = audit.snapshot(loan)
        loan.status, loan.closed_on = "repaid", on
        loan.save()
        audit.record("loan", loan.id, "repaid", before, audit.snapshot(loan))


def repay(inp: RepaymentInput, *, today: dt.date | None = None) -> LoanRepayment:
    """Record a repayment: receipts for principal (loan_repayment) and interest
    (loan_interest), zero parts not posted; the loan is repaid when nothing is owed."""
    today = today or dt.date.today()
    inp.note = nfc(inp.note or "").strip()
    if inp.loan_id is None:
        raise ValidationError("loan", "required")
    loan = _loan_for_write(inp.loan_id)
    with database.atomic():
        funds.lock_funds([loan.fund_id])
        loan = Loan.get_by_id(loan.id)  # the status as of the lock
        p = Collector()
        if loan.status in ("repaid", "written_off"):
            p.add("loan", "loan_closed", status=loan.status, date=loan.closed_on)
        _check_loan_date(p, loan, inp.date, today)
        principal = checked_money(p, "principal", inp.principal, required=False, zero_ok=True) or 0
        interest = checked_money(p, "interest", inp.interest, required=False, zero_ok=True) or 0
        if not p and principal == 0 and interest == 0:
            p.add("amount", "nothing_to_repay")
        paid_p, paid_i = paid_totals(loan.id)
        if principal > loan.principal - paid_p:
            p.add("principal", "over_owed", amount=loan.principal - paid_p)
        # the schedule holds all the interest the contract asks for: more is a typing slip
        interest_left = max(0, sum(x.interest for x in schedule_of(loan.id)) - paid_i)
        if interest > interest_left:
            p.add("interest", "over_interest_owed", amount=interest_left)
        if inp.form not in LOAN_FORMS:
            p.add("form", "invalid", value=inp.form)
        elif inp.form == "in_kind" and loan.form != "in_kind":
            p.add("form", "in_kind_for_cash_loan")
        p.raise_if_any()
        # Cash comes into the cash book; goods handed back come into the in-kind register at
        # their value, never as cash the fund does not have.
        entries = {}
        if inp.form == "cash":
            for part, amount, category, text in (
                    ("principal", principal, "loan_repayment", "Thu hồi vốn vay"),
                    ("interest", interest, "loan_interest", "Thu lãi vay")):
                if amount:
                    entries[part] = funds.post_in_transaction(
                        loan.fund_id, "receipt", inp.date, amount, category,
                        person_id=loan.person_id,
                        description=f"{text} hợp đồng số {loan.number}")
        row = LoanRepayment.create(
            loan=loan.id, date=inp.date, principal=principal, interest=interest,
            form=inp.form, note=inp.note, principal_entry=entries.get("principal"),
            interest_entry=entries.get("interest"), recorded_by=current_actor())
        audit.record("loan_repayment", row.id, "repay", None, audit.snapshot(row))
        if inp.form == "in_kind":
            for kind, amount, text in (("repaid", principal, "Nhận trả nợ gốc"),
                                       ("interest", interest, "Nhận trả lãi")):
                if amount:
                    goods.post_goods_in_transaction(
                        loan.fund_id, "in", kind, inp.date, amount, loan_id=loan.id,
                        repayment_id=row.id, person_id=loan.person_id, item=loan.item,
                        unit=loan.unit,
                        description=f"{text} bằng hiện vật hợp đồng số {loan.number}")
        _settle(loan, inp.date)
    return row


def reverse_repayment(repayment_id: int, reason: str, on: dt.date | None,
                      *, today: dt.date | None = None) -> LoanRepayment:
    """Undo a mistaken repayment and its vouchers, dated `on`; a repaid loan reopens."""
    today = today or dt.date.today()
    reason = nfc(reason or "").strip()
    original = LoanRepayment.get_or_none(LoanRepayment.id == repayment_id)
    if original is None:
        raise NotFound("loan_repayment", repayment_id)
    access.require_club(original.loan.club_id, "write",
                        missing=("loan_repayment", repayment_id))
    loan = _loan_for_write(original.loan_id)
    with database.atomic():
        funds.lock_funds([loan.fund_id])
        loan = Loan.get_by_id(loan.id)
        p = Collector()
        if not reason:
            p.add("reason", "required")
        if original.reverses_id is not None:
            p.add("repayment", "is_reversal")
        else:
            done = LoanRepayment.get_or_none(LoanRepayment.reverses == original.id)
            if done is not None:
                p.add("repayment", "repayment_reversed", date=done.date)
        if loan.status == "written_off":
            p.add("loan", "loan_closed", status=loan.status, date=loan.closed_on)
        _check_loan_date(p, loan, on, today)
        if isinstance(on, dt.date) and on < original.date:
            p.add("date", "before_original", date=original.date)
        if not p and original.form == "in_kind":
            goods.check_goods_cover(p, loan.fund_id, on,
                                    original.principal + original.interest, name="amount")
        elif not p:
            funds.check_payment_cover(p, loan.fund_id, on,
                                       original.principal + original.interest)
        p.raise_if_any()
        links = {}
        for part, entry_id in (("principal", original.principal_entry_id),
                               ("interest", original.interest_entry_id)):
            if entry_id is not None:
                links[part] = funds.reverse_in_transaction(LedgerEntry.get_by_id(entry_id), reason, on)
        row = LoanRepayment.create(
            loan=loan.id, date=on, principal=-original.principal, interest=-original.interest,
            form=original.form, note=original.note, principal_entry=links.get("principal"),
            interest_entry=links.get("interest"), reverses=original.id,
            reversal_reason=reason, recorded_by=current_actor())
        audit.record("loan_repayment", row.id, "reverse", None, audit.snapshot(row))
        for moved in GoodsEntry.select().where(GoodsEntry.repayment == original.id) \
                .order_by(GoodsEntry.id):
            goods.reverse_goods_in_transaction(moved, reason, on, repayment_id=row.id)
        if loan.status == "repaid":
            before = audit.snapshot(loan)
            loan.status, loan.closed_on, loan.income_improved = "current", None, None
            loan.save()
            audit.record("loan", loan.id, "reopen", before, audit.snapshot(loan))
            _settle(loan, on)
    return row


def write_off(loan_id: int, on: dt.date, decision: str, note: str = "",
              *, today: dt.date | None = None) -> Loan:
    """Write off what is still owed, by a decision (its number is required)."""
    today = today or dt.date.today()
    decision, note = nfc(decision or "").strip(), nfc(note or "").strip()
    loan = _loan_for_write(loan_id)
    with database.atomic():
        # under the fund's lock, so a repayment being recorded cannot slip in between
        funds.lock_funds([loan.fund_id])
        loan = Loan.get_by_id(loan.id)
        p = Collector()
        if loan.status in ("repaid", "written_off"):
            p.add("loan", "loan_closed", status=loan.status, date=loan.closed_on)
        if not decision:
            p.add("decision_number", "required")
        elif len(decision) > 100:
            p.add("decision_number", "too_long", max=100)
        # a closed month is frozen: its loan register may not change behind the books
        _check_loan_date(p, loan, on, today)
        last = _last_repayment(loan.id)
        if isinstance(on, dt.date) and last is not None and on < last:
            p.add("date", "before_last_repayment", date=last)
        p.raise_if_any()
        before = audit.snapshot(loan)
        loan.status, loan.closed_on = "written_off", on
        loan.write_off_decision, loan.close_note = decision, note
        loan.save()
        audit.record("loan", loan.id, "write_off", before, audit.snapshot(loan))
    return loan


def _last_repayment(loan_id: int) -> dt.date | None:
    last = (LoanRepayment.select(LoanRepayment.date).where(LoanRepayment.loan == loan_id)
            .order_by(LoanRepayment.date.desc()).first())
    return last.date if last is not None else None


def record_outcome(loan_id: int, income_improved: bool, note: str = "") -> Loan:
    """The programme's indicator for a closed loan: did the member's income improve?"""
    note = nfc(note or "").strip()
    loan = _loan_for_write(loan_id)
    p = Collector()
    if loan.status not in ("repaid", "written_off"):
        p.add("loan", "loan_open")
    if not isinstance(income_improved, bool):
        p.add("income_improved", "invalid", value=income_improved)
    locks.check_open(p, "income_improved", loan.club_id, loan.closed_on)
    p.raise_if_any()
    with database.atomic():
        before = audit.snapshot(loan)
        loan.income_improved = income_improved
        if note:
            loan.close_note = f"{loan.close_note}\n{note}".strip() if loan.close_note else note
        loan.save()
        audit.record("loan", loan.id, "outcome", before, audit.snapshot(loan))
    return loan

