"""What the fund tests share: a club's income fund, entries, and the check that a refused
write leaves the database untouched."""

import datetime as dt

import pytest

from models.errors import ValidationError
from models.funds import funds
from models.storage.integrity import fund_checks
from models.storage.schema import AuditLog, CashCount, ClosedPeriod, Fund, LedgerEntry
from tests.conftest import TODAY

OPENED = dt.date(2025, 1, 1)
D = dt.date


def codes(exc):
    return {(p.field, p.code) for p in exc.problems}


def written():
    """Everything a refused write must leave untouched."""
    return (LedgerEntry.select().count(), AuditLog.select().count(),
            ClosedPeriod.select().count(), CashCount.select().count(), Fund.select().count())


def refused(fn, *args, **kwargs) -> ValidationError:
    before = written()
    with pytest.raises(ValidationError) as err:
        fn(*args, **kwargs)
    assert written() == before, "a refused write changed the database"
    return err.value


def income_fund(club):
    """The club's income fund, its two funds opened on OPENED (the tests' `fund` fixture)."""
    by_kind = {f.kind: f for f in funds.open_default_funds(club.id, OPENED)}
    return by_kind["income"]


def entry(fund, kind, on, amount, category=None, **over):
    values = dict(fund_id=fund.id, kind=kind, date=on, amount=amount,
                  category=category or ("donation" if kind == "receipt" else "activity_spending"),
                  party="Công ty Bình An")
    values.update(over)
    return funds.EntryInput(**values)


def post(fund, kind, on, amount, **over):
    return funds.post_entry(entry(fund, kind, on, amount, **over), today=TODAY)


def post_by_hand_before_the_rule(inp: funds.EntryInput):
    """A "Cho vay" payment typed by hand, as older versions allowed (post_entry refuses it
    now): written through the writer the services share, to stand for such old data."""
    from models.storage.db import database

    with database.atomic():
        funds.lock_funds([inp.fund_id])
        return funds.post_in_transaction(
            inp.fund_id, inp.kind, inp.date, inp.amount, inp.category,
            person_id=inp.person_id, party=inp.party, description=inp.description)


def fund_findings():
    return [f for f in fund_checks()]
