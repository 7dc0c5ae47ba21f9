"""Checking a new loan against the club's rules, for models.loans.loans (which re-exports the
input classes and constants). Codes and parameters only; the texts live in ui/messages.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from models.errors import Collector
from models.funds import funds, goods
from models.loans.loan_schedule import INTEREST_METHODS, REPAYMENT_PLANS
from models.storage.schema import BoardMember, Club, Fund, LoanRules, Membership, Person
from models.text.goods import goods_text, quantity_text  # noqa: F401  (re-exported)
from models.text.vietnamese import fold, format_number, nfc

LOAN_FORMS = ("cash", "in_kind")
LOAN_PURPOSES = ("livestock", "crops", "trade", "handicraft", "services", "other")
# Sanity bounds of a club's rules: ten years, 10 %/month. A statute never goes near them.
MAX_TERM_MONTHS = 120
MAX_RATE_BP = 1000
MAX_QUANTITY = Decimal("1000000")
# A method that charges no more than the rule's is allowed: declining and none are cheaper
# than flat on the same rate, none cheaper than declining.
_CHEAPER = {"flat": ("flat", "declining", "none"), "declining": ("declining", "none"),
            "none": ("none",)}


@dataclass
class LoanRulesInput:
    """A club's lending rules as its statute sets them."""

    max_amount: object = 5_000_000
    max_term_months: object = 12
    rate_bp: object = 50
    interest_method: str = "declining"
    guarantor_required: bool = False
    # False for the built-in defaults of a club that has not set its own rules yet, so the
    # window can say so instead of passing the defaults off as the club's statute.
    stored: bool = field(default=False, compare=False)


@dataclass
class LoanInput:
    """A new loan as the dialog fills it; None/"" for rate and method take the club's rule."""

    club_id: int | None = None
    person_id: int | None = None
    form: str = "cash"
    item: str = ""
    quantity: object = None
    unit: str = ""
    unit_value: object = None
    principal: object = None  # in kind: None = quantity × unit value
    purpose: str = ""
    purpose_note: str = ""
    disbursed_on: dt.date | None = None
    term_months: object = None
    rate_bp: object = None
    interest_method: str = ""
    repayment_plan: str = "monthly"
    guarantor_person_id: int | None = None
    guarantor_name: str = ""
    note: str = ""
    # In kind: who sells the goods the club buys for this loan with the fund's cash (the
    # payee of the cash voucher); empty when the goods come from what the fund holds.
    supplier: str = ""


def checked_int(p: Collector, name: str, value: object, *, required: bool = True) -> int | None:
    """An integer from a form field; text is refused as not_a_number, never parsed here."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            p.add(name, "required")
        return None
    if isinstance(value, str):
        p.add(name, "not_a_number", value=value)
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        p.add(name, "not_integer", value=value)
        return None
    return value


def checked_money(p: Collector, name: str, value: object, *, required: bool = True,
                  zero_ok: bool = False) -> int | None:
    """An amount of đồng from a form field: a positive integer (or zero when `zero_ok`)
    not above funds.MAX_AMOUNT; None (with the problem in `p`) otherwise."""
    amount = checked_int(p, name, value, required=required)
    if amount is None:
        return None
    if amount < 0 or (amount == 0 and not zero_ok):
        p.add(name, "amount_not_positive" if not zero_ok else "not_non_negative_int")
    elif amount > funds.MAX_AMOUNT:
        p.add(name, "amount_too_large", amount=funds.MAX_AMOUNT)
    else:
        return amount
    return None


def rate_text(rate_bp: int) -> str:
    """50 -> "0,5": the rate per month as the statute writes it."""
    whole, frac = divmod(rate_bp, 100)
    return f"{whole},{frac:02d}".rstrip("0").rstrip(",") if frac else str(whole)


# --- Rules -----------------------------------------------------------------------------------


def stored_rules(club_id: int) -> LoanRulesInput:
    """The club's saved lending rules, or the defaults when it saved none (no access check)."""
    row = LoanRules.get_or_none(LoanRules.club == club_id)
    if row is None:
        return LoanRulesInput()
    return LoanRulesInput(row.max_amount, row.max_term_months, row.rate_bp,
                          row.interest_method, row.guarantor_required, stored=True)




@dataclass
class LoanTerms:
    """The loan as it will be written, once the input is checked."""

    club: Club | None = None
    fund: Fund | None = None
    principal: int | None = None
    quantity: Decimal | None = None
    unit_value: int | None = None
    term: int | None = None
    rate: int | None = None
    method: str = ""


def income_fund(club_id: int) -> Fund | None:
    """The club's income-generation fund that loans come from (the oldest open one)."""
    return (Fund.select().where((Fund.club == club_id) & (Fund.kind == "income")
                                & Fund.closed_on.is_null())
            .order_by(Fund.opened_on, Fund.id).first())


def club_signer(club_id: int, on: dt.date) -> tuple[int, str] | None:
    """Who signs a loan contract for the club on a date: the chair then in office (person
    id and name), as the contract prints; None when the club had no chair that day."""
    seat = (BoardMember.select(BoardMember.person, Person.full_name).join(Person)
            .where((BoardMember.club == club_id) & (BoardMember.role == "chair")
                   & (BoardMember.term_start <= on)
                   & (BoardMember.term_end.is_null() | (BoardMember.term_end >= on)))
            .order_by(BoardMember.term_start, BoardMember.id).tuples().first())
    return (seat[0], seat[1]) if seat else None


def check_guarantor_signer(p: Collector, inp: LoanInput,
                           signer: tuple[int, str] | None) -> None:
    """The guarantor answers for the borrower to the club: the club's own signer cannot."""
    if signer is None:
        return
    same_person = inp.guarantor_person_id is not None and inp.guarantor_person_id == signer[0]
    same_name = bool(inp.guarantor_name) and fold(inp.guarantor_name) == fold(signer[1])
    if same_person or same_name:
        p.add("guarantor", "guarantor_is_signer", name=signer[1])


def _active_member(person_id: int, club_id: int, on: dt.date) -> bool:
    return Membership.select().where(
        (Membership.person == person_id) & (Membership.club == club_id)
        & (Membership.joined_on <= on)
        & (Membership.left_on.is_null() | (Membership.left_on > on))).exists()


def normalize(inp: LoanInput) -> None:
    """NFC and trim the free-text fields of a loan input, in place."""
    for name in ("item", "unit", "purpose_note", "guarantor_name", "note", "supplier"):
        setattr(inp, name, nfc(getattr(inp, name) or "").strip())


def _quantity(p: Collector, value: object) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        p.add("quantity", "required")
        return None
    if isinstance(value, str):
        p.add("quantity", "not_a_number", value=value)
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        p.add("quantity", "not_a_number", value=value)
        return None
    try:
        number = Decimal(str(value)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        p.add("quantity", "not_a_number", value=value)
        return None
    if not number.is_finite() or number <= 0:
        p.add("quantity", "not_positive")
    elif number > MAX_QUANTITY:
        p.add("quantity", "out_of_range", low=0, high=format_number(int(MAX_QUANTITY)))
    else:
        return number
    return None


def check_goods(p: Collector, inp: LoanInput, t: LoanTerms) -> None:
    """The goods of an in-kind loan (item, unit, quantity, unit value) into `t`; problems into `p`."""
    if inp.form == "in_kind":
        if not inp.item:
            p.add("item", "required")
        elif len(inp.item) > 200:
            p.add("item", "too_long", max=200)
        if not inp.unit:
            p.add("unit", "required")
        elif len(inp.unit) > 30:
            p.add("unit", "too_long", max=30)
        t.quantity = _quantity(p, inp.quantity)
        t.unit_value = checked_money(p, "unit_value", inp.unit_value)
        if len(inp.supplier) > 200:
            p.add("supplier", "too_long", max=200)
    elif inp.item or inp.unit or inp.quantity not in (None, "") \
            or inp.unit_value not in (None, "") or inp.supplier:
        p.add("item", "cash_with_item")


def check_principal(p: Collector, inp: LoanInput, t: LoanTerms, rules: LoanRulesInput) -> None:
    """The principal into `t`, within the club's rules (and equal to the goods' value)."""
    expected = None
    if inp.form == "in_kind" and t.quantity is not None and t.unit_value is not None:
        expected = int((t.quantity * t.unit_value).quantize(Decimal(1), ROUND_HALF_UP))
    if inp.principal in (None, "") and expected is not None:
        t.principal = expected
    else:
        t.principal = checked_money(p, "principal", inp.principal)
    if t.principal is None:
        return
    if expected is not None and t.principal != expected:
        p.add("principal", "principal_mismatch", amount=expected)
        t.principal = None
    elif t.principal > rules.max_amount:
        p.add("principal", "over_max_amount", amount=rules.max_amount)
        t.principal = None


def check_terms(p: Collector, inp: LoanInput, t: LoanTerms, rules: LoanRulesInput) -> None:
    """Term, rate and interest method into `t`, within the club's rules."""
    t.term = checked_int(p, "term_months", inp.term_months)
    if t.term is not None and t.term < 1:
        p.add("term_months", "not_positive")
        t.term = None
    elif t.term is not None and t.term > rules.max_term_months:
        p.add("term_months", "over_max_term", max=rules.max_term_months)
        t.term = None
    t.method = inp.interest_method or rules.interest_method
    if t.method not in INTEREST_METHODS:
        p.add("interest_method", "invalid", value=t.method)
    elif t.method not in _CHEAPER.get(rules.interest_method, INTEREST_METHODS):
        p.add("interest_method", "method_over_rule", value=t.method,
              rule=rules.interest_method)
    if inp.rate_bp in (None, ""):
        t.rate = 0 if t.method == "none" else rules.rate_bp
    else:
        t.rate = checked_int(p, "rate_bp", inp.rate_bp)
        if t.rate is not None and t.rate < 0:
            p.add("rate_bp", "not_non_negative_int")
            t.rate = None
        elif t.rate is not None and t.rate > rules.rate_bp and t.method != "none":
            p.add("rate_bp", "over_rule_rate", rate=rate_text(rules.rate_bp))
            t.rate = None
        elif t.rate and t.method == "none":
            p.add("rate_bp", "rate_without_interest")
            t.rate = None
    if inp.repayment_plan not in REPAYMENT_PLANS:
        p.add("repayment_plan", "invalid", value=inp.repayment_plan)


def _check_people(p: Collector, inp: LoanInput, club_id: int, on: dt.date,
                  rules: LoanRulesInput) -> None:
    if inp.person_id is None:
        p.add("person", "required")
    elif not _active_member(inp.person_id, club_id, on):
        p.add("person", "not_member_on", date=on)
    if inp.guarantor_person_id is not None and inp.guarantor_name:
        p.add("guarantor", "guarantor_both")
    elif inp.guarantor_person_id is not None:
        if inp.guarantor_person_id == inp.person_id:
            p.add("guarantor", "guarantor_is_borrower")
        elif not _active_member(inp.guarantor_person_id, club_id, on):
            p.add("guarantor", "not_member_on", date=on)
    elif inp.guarantor_name:
        if len(inp.guarantor_name) > 100:
            p.add("guarantor", "too_long", max=100)
    elif rules.guarantor_required:
        p.add("guarantor", "guarantor_required")
    if not any(x.field == "guarantor" for x in p.problems):
        check_guarantor_signer(p, inp, club_signer(club_id, on))


def check_input(inp: LoanInput, today: dt.date) -> tuple[Collector, LoanTerms]:
    """Every rule of a new loan (database reads included): the problems and the checked terms."""
    normalize(inp)
    p = Collector()
    t = LoanTerms()
    if inp.club_id is None:
        p.add("club", "required")
        return p, t
    t.club = Club.get_or_none(Club.id == inp.club_id)
    if t.club is None:
        p.add("club", "unknown", value=inp.club_id)
        return p, t
    rules = stored_rules(t.club.id)
    t.fund = income_fund(t.club.id)
    if t.fund is None:
        p.add("fund", "no_income_fund")
    if inp.form not in LOAN_FORMS:
        p.add("form", "invalid", value=inp.form)
    else:
        check_goods(p, inp, t)
    check_principal(p, inp, t, rules)
    if not inp.purpose:
        p.add("purpose", "required")
    elif inp.purpose not in LOAN_PURPOSES:
        p.add("purpose", "invalid", value=inp.purpose)
    elif inp.purpose == "other" and not inp.purpose_note:
        p.add("purpose_note", "required")
    check_terms(p, inp, t, rules)
    on = inp.disbursed_on
    if t.fund is not None:
        funds.check_entry_date(p, t.fund, on, today, name="disbursed_on")
    elif on is None:
        p.add("disbursed_on", "required")
    elif not isinstance(on, dt.date):
        p.add("disbursed_on", "bad_date", value=on)
    elif on > today:
        p.add("disbursed_on", "in_future")
    dated = isinstance(on, dt.date)
    _check_people(p, inp, t.club.id, on if dated else today, rules)
    if not p and t.fund is not None:
        # the fund must cover the loan on its date and at every later balance: in cash, or
        # for goods it does not buy now, in the goods it holds
        if inp.form == "in_kind" and not inp.supplier:
            goods.check_goods_cover(p, t.fund.id, on, t.principal)
        else:
            funds.check_payment_cover(p, t.fund.id, on, t.principal, name="principal")
    return p, t
