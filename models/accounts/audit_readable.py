"""The change log as a clerk reads it: kinds of record, columns and actions in the window's
language, amounts as money, dates as dates, rates as typed, people and records by name
("Nguyễn Thị Huệ", "PT-2026/015", "Hợp đồng số 3") instead of table names and ids.

The viewer reads a page of 200 rows at a time; the names a page needs are looked up in one
query per kind of record, not one per value.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from models.accounts.audit_view import AuditRow
from models.storage.schema import (
    Club,
    Fund,
    LedgerEntry,
    Loan,
    LoanRepayment,
    Person,
    UserAccount,
    Village,
)
from models.text.audit_words import ACTORS, CODES, COLUMNS, DIRECTIONS, ENTITIES, MONEY
from models.text.catalog import tr
from models.text.goods import quantity_text
from models.text.messages import FIELDS, field_label, label
from models.text.vietnamese import format_date, format_number
from reports.loan_register import rate_text

# Columns holding the id of a person, a fund, a club, a loan, a village, a cash voucher.
PEOPLE = frozenset({"person", "guarantor", "chair", "secretary", "volunteer"})
ENTRIES = frozenset({"disbursement_entry", "principal_entry", "interest_entry", "receipt"})
# Program-made keys no reader needs (search and sort keys).
HIDDEN = frozenset({"search_key", "sort_key", "id"})


@dataclass(frozen=True)
class ReadableRow:
    """One change as the viewer shows it; `lines` are (column, before, after, changed)."""

    row: AuditRow
    actor: str
    entity: str
    record: str
    action: str
    lines: tuple[tuple[str, str, str, bool], ...]


def entity_text(entity: str) -> str:
    """"ledger_entry" -> "Phiếu thu/chi", "person" -> "Người"."""
    if entity in ENTITIES:
        return tr(ENTITIES[entity])
    return field_label(entity) if entity in FIELDS else entity


def column_text(key: str) -> str:
    """"posted_by" -> "Người ghi"."""
    if key in COLUMNS:
        return tr(COLUMNS[key])
    return field_label(key) if key in FIELDS else key


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


class _Names:
    """The names one page of rows needs, looked up together."""

    def __init__(self, rows: list[AuditRow]) -> None:
        wanted: dict[str, set] = defaultdict(set)
        for r in rows:
            key = _int(r.entity_id)
            if key is not None and r.entity in ("person", "fund", "club", "loan",
                                                "ledger_entry", "loan_repayment"):
                wanted[r.entity].add(key)
            wanted["account"].add(r.actor)
            for values in (r.before or {}, r.after or {}):
                for k, v in values.items():
                    n = _int(v)
                    if k in ACTORS and isinstance(v, str):
                        wanted["account"].add(v)
                    elif n is None:
                        continue
                    elif k in PEOPLE:
                        wanted["person"].add(n)
                    elif k in ("fund", "club", "loan", "village"):
                        wanted[k].add(n)
                    elif k in ENTRIES or (k == "ledger_entry" and r.entity == "goods_entry") \
                            or (k == "reverses" and r.entity == "ledger_entry"):
                        wanted["ledger_entry"].add(n)
        self.people = self._pairs(Person, Person.full_name, wanted["person"])
        self.funds = self._pairs(Fund, Fund.name, wanted["fund"])
        self.clubs = self._pairs(Club, Club.name, wanted["club"])
        self.villages = self._pairs(Village, Village.name, wanted["village"])
        self.accounts = {u: n for u, n in UserAccount.select(
            UserAccount.username, UserAccount.full_name)
            .where(UserAccount.username.in_(list(wanted["account"]))).tuples() if n}
        repayments = {}
        if wanted["loan_repayment"]:
            repayments = dict(LoanRepayment.select(LoanRepayment.id, LoanRepayment.loan)
                              .where(LoanRepayment.id.in_(list(wanted["loan_repayment"])))
                              .tuples())
        self.repayment_loans = repayments
        loan_ids = wanted["loan"] | set(repayments.values())
        self.loans = {i: (n, name) for i, n, name in (
            Loan.select(Loan.id, Loan.number, Person.full_name).join(Person)
            .where(Loan.id.in_(list(loan_ids))).tuples())} if loan_ids else {}
        self.entries = {}
        if wanted["ledger_entry"]:
            from models.funds.fund_views import voucher_code

            self.entries = {i: voucher_code(k, y, n) for i, k, y, n in (
                LedgerEntry.select(LedgerEntry.id, LedgerEntry.kind, LedgerEntry.year,
                                   LedgerEntry.number)
                .where(LedgerEntry.id.in_(list(wanted["ledger_entry"]))).tuples())}

    @staticmethod
    def _pairs(model, name, ids: set) -> dict[int, str]:
        if not ids:
            return {}
        return dict(model.select(model.id, name).where(model.id.in_(list(ids))).tuples())

    def loan(self, loan_id: int | None) -> str:
        if loan_id not in self.loans:
            return tr("Khoản vay (đã xóa)") if loan_id is not None else ""
        number, name = self.loans[loan_id]
        return tr("Hợp đồng số {n} - {name}").format(n=f"{number:02d}", name=name)


def _missing(value: object) -> str:
    return tr("(không còn, mã {id})").format(id=value)


def value_text(entity: str, key: str, value: object, names: _Names) -> str:
    """One stored value as a reader sees it."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return tr("Có") if value else tr("Không")
    n = _int(value)
    if key in MONEY and n is not None:
        return f"{format_number(n)} đ"
    if key == "rate_bp" and n is not None:
        return f"{rate_text(n)} %/{tr('tháng')}"
    if key in ACTORS and isinstance(value, str):
        return names.accounts.get(value, value)
    if n is not None and key in PEOPLE:
        return names.people.get(n) or _missing(n)
    if n is not None and key == "fund":
        return names.funds.get(n) or _missing(n)
    if n is not None and key == "club":
        return names.clubs.get(n) or _missing(n)
    if n is not None and key == "village":
        return names.villages.get(n) or _missing(n)
    if n is not None and key == "loan":
        return names.loan(n)
    if n is not None and (key in ENTRIES or (key == "ledger_entry" and entity == "goods_entry")
                          or (key == "reverses" and entity == "ledger_entry")):
        return names.entries.get(n) or _missing(n)
    if (entity, key) in CODES and isinstance(value, str):
        return label(CODES[entity, key], value)
    if key == "direction" and value in DIRECTIONS:
        return tr(DIRECTIONS[value])
    if key == "quantity" and isinstance(value, str | int | float):
        try:
            return quantity_text(Decimal(str(value)))
        except InvalidOperation:
            return str(value)
    if key == "schedule" and isinstance(value, list):
        return tr("{n} kỳ trả").format(n=len(value))
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        return format_date(when) if len(value) == 10 else f"{format_date(when)} {when:%H:%M}"
    if isinstance(value, list | dict):
        import json

        return json.dumps(value, ensure_ascii=False)
    if n is not None and not isinstance(value, str):
        return format_number(n) if abs(n) >= 10_000 else str(n)
    return str(value)


def record_text(row: AuditRow, names: _Names) -> str:
    """Which record changed, by name: "PT-2026/015", "Nguyễn Thị Huệ", "Hợp đồng số 03"."""
    key = _int(row.entity_id)
    values = row.after or row.before or {}
    if key is None:
        return "" if row.entity_id in ("office", "None") else row.entity_id
    if row.entity == "person":
        return names.people.get(key) or _missing(key)
    if row.entity == "fund":
        return names.funds.get(key) or _missing(key)
    if row.entity == "club":
        return names.clubs.get(key) or _missing(key)
    if row.entity == "loan":
        return names.loan(key)
    if row.entity == "loan_repayment":
        return names.loan(names.repayment_loans.get(key))
    if row.entity == "ledger_entry":
        if key in names.entries:
            return names.entries[key]
        if {"kind", "year", "number"} <= values.keys():
            from models.funds.fund_views import voucher_code

            return voucher_code(values["kind"], values["year"], values["number"])
        return _missing(key)
    if row.entity == "goods_entry" and "number" in values and "year" in values:
        return tr("dòng số {n}/{year}").format(n=f"{values['number']:02d}",
                                                year=values["year"])
    return tr("mã {id}").format(id=key)


def labelled_choices() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The filter lists of the viewer as (value, text): who by name (an account's holder),
    kinds of record in words."""
    from models.accounts.audit_view import audit_choices

    actors, entities = audit_choices()
    names = dict(UserAccount.select(UserAccount.username, UserAccount.full_name)
                 .where(UserAccount.username.in_(actors)).tuples()) if actors else {}
    return ([(a, names.get(a) or a) for a in actors],
            [(e, entity_text(e)) for e in entities])


def readable(rows: list[AuditRow]) -> list[ReadableRow]:
    """A page of the change log, every value in words."""
    names = _Names(rows)
    out = []
    for r in rows:
        before, after = r.before or {}, r.after or {}
        lines = []
        for key in dict.fromkeys([*before, *after]):
            if key in HIDDEN:
                continue
            old, new = before.get(key), after.get(key)
            lines.append((column_text(key), value_text(r.entity, key, old, names),
                          value_text(r.entity, key, new, names),
                          key in before and key in after and old != new))
        out.append(ReadableRow(r, names.accounts.get(r.actor, r.actor), entity_text(r.entity),
                               record_text(r, names), label("audit_action", r.action),
                               tuple(lines)))
    return out
