"""Funds and ledger as a whole: integrity findings after writes behind the services' back,
and random sequences of entries, reversals and closings (hypothesis) against a plain model."""

import datetime as dt
import itertools

import peewee as pw
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from models.errors import ValidationError
from models.funds import funds
from models.storage.integrity import domain_checks, fund_checks
from models.storage.schema import LedgerEntry
from tests.conftest import TODAY
from tests.domain.fund_helpers import (
    D,
    fund_findings,
    income_fund,
    post,
    written,
)


@pytest.fixture
def fund(club):
    return income_fund(club)


# --- Integrity ----------------------------------------------------------------------------


def test_check_finds_rows_changed_behind_the_services_back(fund, db):
    r = post(fund, "receipt", D(2025, 3, 1), 100_000)
    p = post(fund, "payment", D(2025, 3, 2), 100_000)
    rev = funds.reverse_entry(p.id, "Chi nhầm", D(2025, 3, 3), today=TODAY)
    assert fund_findings() == []
    # the database itself refuses a reused voucher number (r is receipt 1, rev receipt 2)
    with pytest.raises(pw.IntegrityError), db.atomic():
        LedgerEntry.update(number=r.number).where(LedgerEntry.id == rev.id).execute()
    LedgerEntry.update(amount=150_000).where(LedgerEntry.id == p.id).execute()
    LedgerEntry.update(year=2024).where(LedgerEntry.id == r.id).execute()
    found = {f.code for f in domain_checks()}
    assert found >= {"fund_negative", "reversal_not_netting", "voucher_year_mismatch"}


# --- Random sequences ---------------------------------------------------------------------

START = D(2025, 1, 1)
DAYS = 540  # about eighteen months, so closings, back-dating and year series all happen
LATER = D(2027, 1, 1)  # "today" for the random runs: every generated period has ended

ops = st.one_of(
    st.tuples(st.just("receipt"), st.integers(0, DAYS), st.integers(-2, 3_000_000)),
    st.tuples(st.just("payment"), st.integers(0, DAYS), st.integers(1, 3_000_000)),
    st.tuples(st.just("reverse"), st.integers(0, 1000), st.integers(0, 60)),
    st.tuples(st.just("close"), st.integers(0, 17), st.booleans()),
)
_codes = itertools.count(1)


class Model:
    """The ledger as a plain list: what the service must accept, refuse and report."""

    def __init__(self) -> None:
        self.entries: list[dict] = []  # in posting order
        self.closed: set[tuple[int, int | None]] = set()

    def closed_on(self, on: dt.date) -> bool:
        return (on.year, None) in self.closed or (on.year, on.month) in self.closed

    def running(self) -> list[tuple[dt.date, int]]:
        order = sorted(range(len(self.entries)), key=lambda i: (self.entries[i]["date"], i))
        total, out = 0, []
        for i in order:
            e = self.entries[i]
            total += e["amount"] if e["kind"] == "receipt" else -e["amount"]
            out.append((e["date"], total))
        return out

    def allows_payment(self, on: dt.date, amount: int) -> bool:
        self.entries.append({"kind": "payment", "date": on, "amount": amount})
        ok = all(value >= 0 for _, value in self.running())
        self.entries.pop()
        return ok

    def balance(self, on: dt.date) -> int:
        return sum((e["amount"] if e["kind"] == "receipt" else -e["amount"])
                   for e in self.entries if e["date"] <= on)


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(steps=st.lists(ops, min_size=1, max_size=30))
def test_random_sequences_keep_the_invariants(club, steps):
    # a fresh fund per example: the database (and the club) outlive one example
    fund = funds.open_fund(club.id, "other", f"Quỹ thử {next(_codes)}", START)
    model = Model()
    posted: list[LedgerEntry] = []
    for op, a, b in steps:
        before = written()
        if op in ("receipt", "payment"):
            on = START + dt.timedelta(days=a)
            ok = b > 0 and not model.closed_on(on) and (
                op == "receipt" or model.allows_payment(on, b))
            try:
                e = post(fund, op, on, b, category="other")
            except ValidationError:
                assert not ok, (op, on, b)
                assert written() == before
                event(f"{op} refused")
                continue
            assert ok, (op, on, b)
            posted.append(e)
            model.entries.append({"kind": op, "date": on, "amount": b, "id": e.id,
                                  "reverses": None})
        elif op == "reverse":
            if not model.entries:
                continue
            target = model.entries[a % len(model.entries)]
            on = target["date"] + dt.timedelta(days=b)
            kind = "payment" if target["kind"] == "receipt" else "receipt"
            ok = (target["reverses"] is None
                  and not any(e["reverses"] == target["id"] for e in model.entries)
                  and not model.closed_on(on)
                  and (kind == "receipt" or model.allows_payment(on, target["amount"])))
            try:
                e = funds.reverse_entry(target["id"], "Điều chỉnh", on, today=LATER)
            except ValidationError:
                assert not ok, (op, target, on)
                assert written() == before
                event("reversal refused")
                continue
            assert ok, (op, target, on)
            model.entries.append({"kind": kind, "date": on, "amount": target["amount"],
                                  "id": e.id, "reverses": target["id"]})
        else:
            year, month = START.year + a // 12, (None if b else a % 12 + 1)
            ok = (year, None) not in model.closed and (year, month) not in model.closed
            try:
                funds.close_period(year, month, fund_id=fund.id, today=LATER)
            except ValidationError:
                assert not ok, (year, month)
                assert written() == before
                event("closing refused")
                continue
            assert ok, (year, month)
            model.closed.add((year, month))
        # the invariants hold after every accepted write
        assert all(value >= 0 for _, value in model.running())
    assert fund_checks() == []
    for day in range(0, DAYS + 1, 45):
        on = START + dt.timedelta(days=day)
        assert funds.balance(fund.id, on) == model.balance(on)
    book = funds.ledger(fund.id, START, LATER)
    assert [ln.balance for ln in book.lines] == [v for _, v in model.running()]
    assert book.closing == funds.balance(fund.id, LATER) >= 0
    # movements by category add up to the same balances, reversals netted in
    for start, end in ((START, LATER), (D(2025, 7, 1), D(2025, 12, 31)), (D(2026, 2, 1), LATER)):
        m = funds.movements(fund.id, start, end)
        assert m.opening == model.balance(start - dt.timedelta(days=1))
        assert m.closing == model.balance(end)
    # voucher numbers run 1, 2, 3… per kind and year, in posting order, none skipped
    series: dict[tuple[str, int], list[int]] = {}
    for e in LedgerEntry.select().where(LedgerEntry.fund == fund.id).order_by(LedgerEntry.id):
        series.setdefault((e.kind, e.year), []).append(e.number)
    assert all(numbers == list(range(1, len(numbers) + 1)) for numbers in series.values())
