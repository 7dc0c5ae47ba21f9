"""Money of a unit year by year, for the dashboard's charts and the plan's budget: each year's
grants by source (receipts posted to club funds under the budget and donation categories, less
their reversals) and, at each year's end, the balance of the funds and the loans disbursed in
the year.

Grouped queries whatever the number of years or clubs; the caller has checked that the user
may read the unit.
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from models.plans.tables import Plan, PlanBudget
from models.reporting.figures import GRANT_CATEGORIES
from models.storage.schema import Club, Fund, LedgerEntry, Loan

SOURCE_OF_GRANT = {"grants_province": "province", "grants_commune": "commune",
                   "grants_sponsors": "sponsors"}


@dataclass(frozen=True)
class YearMoney:
    year: int
    fund_income: int  # balance at the year's end, đồng
    fund_activity: int
    fund_other: int
    loans_disbursed: int  # number of loans disbursed in the year
    loans_disbursed_amount: int


def _ledger(wards: list[int], last_year: int) -> list[tuple]:
    signed = pw.Case(LedgerEntry.kind, (("receipt", LedgerEntry.amount),), LedgerEntry.amount * -1)
    return list(LedgerEntry.select(LedgerEntry.year, Fund.kind, LedgerEntry.category,
                                   pw.fn.SUM(signed))
                .join(Fund).join(Club)
                .where(Club.ward.in_(wards or [0]) & (LedgerEntry.year <= last_year))
                .group_by(LedgerEntry.year, Fund.kind, LedgerEntry.category).tuples())


def money_by_year(wards: list[int], first_year: int, last_year: int) -> list[YearMoney]:
    """Funds, loans and grants of the clubs of `wards`, for each year of the range."""
    balance = {"income": 0, "activity": 0, "other": 0}
    flows: dict[int, list[tuple]] = {}
    for year, kind, category, total in _ledger(wards, last_year):
        flows.setdefault(int(year), []).append((kind, category, int(total or 0)))
    loans = {int(y): (int(n), int(a or 0)) for y, n, a in (
        Loan.select(Loan.disbursed_on.year, pw.fn.COUNT(Loan.id), pw.fn.SUM(Loan.principal))
        .join(Club).where(Club.ward.in_(wards or [0])
                          & (Loan.disbursed_on.year.between(first_year, last_year)))
        .group_by(Loan.disbursed_on.year).tuples())}
    out = []
    for year in range(min([first_year, *flows]) if flows else first_year, last_year + 1):
        for kind, _category, total in flows.get(year, []):
            key = kind if kind in ("income", "activity") else "other"
            balance[key] += total
        if year >= first_year:
            n, amount = loans.get(year, (0, 0))
            out.append(YearMoney(year, balance["income"], balance["activity"],
                                 balance["other"], n, amount))
    return out


@dataclass(frozen=True)
class BudgetRow:
    year: int
    source: str  # province, commune, sponsors
    planned: int
    granted: int


def grants_by_year(wards: list[int], first_year: int, last_year: int
                   ) -> dict[int, dict[str, int]]:
    """Year -> source -> đồng granted to the clubs of `wards` (receipts under the grant
    categories less their reversals, as models/reporting/money_figures.py counts them)."""
    grant = pw.Case(None, (
        ((LedgerEntry.kind == "receipt") & LedgerEntry.reverses.is_null(), LedgerEntry.amount),
        ((LedgerEntry.kind == "payment") & LedgerEntry.reverses.is_null(False),
         LedgerEntry.amount * -1)), 0)
    found: dict[int, dict[str, int]] = {}
    for year, category, total in (
            LedgerEntry.select(LedgerEntry.year, LedgerEntry.category, pw.fn.SUM(grant))
            .join(Fund).join(Club)
            .where(Club.ward.in_(wards or [0])
                   & LedgerEntry.category.in_(list(GRANT_CATEGORIES))
                   & LedgerEntry.year.between(first_year, last_year))
            .group_by(LedgerEntry.year, LedgerEntry.category).tuples()):
        source = SOURCE_OF_GRANT[GRANT_CATEGORIES[category]]
        by_source = found.setdefault(int(year), dict.fromkeys(SOURCE_OF_GRANT.values(), 0))
        by_source[source] += int(total or 0)
    return found


def budget_rows(plan: Plan, wards: list[int]) -> list[BudgetRow]:
    """The plan's budget by year and source beside what the clubs of `wards` received."""
    granted = grants_by_year(wards, plan.first_year, plan.last_year)
    planned = {(b.year, b.source): b.amount for b in
               plan.budget.order_by(PlanBudget.year, PlanBudget.source)}
    rows = []
    for year in range(plan.first_year, plan.last_year + 1):
        for source in ("province", "commune", "sponsors"):
            got = granted.get(year, {}).get(source, 0)
            if (year, source) in planned or got:
                rows.append(BudgetRow(year, source, planned.get((year, source), 0), got))
    return rows
