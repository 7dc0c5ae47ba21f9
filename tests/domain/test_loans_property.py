"""Random sequences of entries, reversals, loans, repayments, write-offs and closings
(hypothesis): a plain model predicts what must be accepted or refused, and the ledger and
loan invariants hold after every step."""

import datetime as dt
import itertools

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from models.clubs import clubs
from models.errors import ValidationError
from models.funds import funds
from models.loans import loans
from models.loans.loan_schedule import INTEREST_METHODS, REPAYMENT_PLANS, schedule_status
from models.members import members
from models.storage.integrity import fund_checks, loan_checks
from models.storage.schema import AuditLog, LedgerEntry, Loan, LoanInstallment, LoanRepayment
from tests.conftest import member_input

D = dt.date
START = D(2025, 1, 1)
DAYS = 540
LATER = D(2027, 1, 1)  # "today" of the runs: every generated month has ended
_codes = itertools.count(1)

day = st.integers(0, DAYS)
lend = st.tuples(st.just("lend"), day, st.integers(0, 2), st.integers(1, 12_000_000),
                 st.integers(1, 18), st.sampled_from(INTEREST_METHODS),
                 st.sampled_from(REPAYMENT_PLANS))
# principal as a share (%) of what is still owed: above 100 must be refused
repay = st.tuples(st.just("repay"), st.integers(0, 30), st.integers(0, 400),
                  st.sampled_from([0, 10, 25, 50, 100, 100, 101]), st.integers(0, 300_000))
ops = st.one_of(
    lend, repay, repay,
    st.tuples(st.just("receipt"), day, st.integers(1, 20_000_000)),
    st.tuples(st.just("payment"), day, st.integers(1, 5_000_000)),
    lend,
    st.tuples(st.just("reverse_repayment"), st.integers(0, 30), st.integers(0, 60)),
    st.tuples(st.just("reverse_entry"), st.integers(0, 60), st.integers(0, 60)),
    st.tuples(st.just("write_off"), st.integers(0, 30), st.integers(0, 400)),
    st.tuples(st.just("close"), st.integers(0, 17)),
)


def written():
    return (LedgerEntry.select().count(), Loan.select().count(),
            LoanInstallment.select().count(), LoanRepayment.select().count(),
            AuditLog.select().count(), [(x.id, x.status) for x in Loan.select()])


class Model:
    """Entries, loans and closed months as plain lists."""

    def __init__(self) -> None:
        self.entries: list[dict] = []
        self.closed: set[tuple[int, int]] = set()
        self.loans: list[dict] = []
        self.repayments: list[dict] = []

    def is_closed(self, on: dt.date) -> bool:
        return (on.year, on.month) in self.closed

    def covers(self, on: dt.date, amount: int) -> bool:
        """Would a payment of `amount` on `on` keep every running balance >= 0?"""
        rows = self.entries + [{"kind": "payment", "date": on, "amount": amount}]
        order = sorted(range(len(rows)), key=lambda i: (rows[i]["date"], i))
        total = 0
        for i in order:
            total += rows[i]["amount"] * (1 if rows[i]["kind"] == "receipt" else -1)
            if total < 0:
                return False
        return True

    def add(self, kind: str, on: dt.date, amount: int, **extra) -> dict:
        entry = {"kind": kind, "date": on, "amount": amount, **extra}
        self.entries.append(entry)
        return entry

    def balance(self, on: dt.date) -> int:
        return sum(e["amount"] * (1 if e["kind"] == "receipt" else -1)
                   for e in self.entries if e["date"] <= on)

    def paid(self, loan: dict) -> tuple[int, int]:
        rows = [r for r in self.repayments if r["loan"] is loan]
        return sum(r["principal"] for r in rows), sum(r["interest"] for r in rows)


def attempt(call, expected_ok: bool, what: str):
    """Run a write; it must succeed exactly when the model says so, else write nothing."""
    before = written()
    try:
        result = call()
    except ValidationError as err:
        assert not expected_ok, (what, err.problems)
        assert written() == before, what
        event(f"{what} refused")
        return None
    assert expected_ok, what
    event(f"{what} accepted")
    return result


def step(op, club, fund, people, m: Model) -> None:
    kind = op[0]
    if kind in ("receipt", "payment"):
        on, amount = START + dt.timedelta(days=op[1]), op[2]
        ok = not m.is_closed(on) and (kind == "receipt" or m.covers(on, amount))
        e = attempt(lambda: funds.post_entry(funds.EntryInput(
            fund_id=fund.id, kind=kind, date=on, amount=amount,
            category="donation" if kind == "receipt" else "other", party="Nhà hảo tâm"),
            today=LATER), ok, kind)
        if e is not None:
            m.add(kind, on, amount, id=e.id)
    elif kind == "lend":
        _, d, who, principal, term, method, plan = op
        on = START + dt.timedelta(days=d)
        ok = not m.is_closed(on) and m.covers(on, principal)
        loan = attempt(lambda: loans.create_loan(loans.LoanInput(
            club_id=club.id, person_id=people[who], principal=principal, purpose="trade",
            disbursed_on=on, term_months=term, rate_bp=None if method == "none" else 80,
            interest_method=method, repayment_plan=plan), today=LATER), ok, "loan")
        if loan is not None:
            m.add("payment", on, principal, id=loan.disbursement_entry_id, loan=True)
            m.loans.append({"id": loan.id, "principal": principal, "on": on,
                            "status": "current", "schedule": loans.loan_schedule(loan.id),
                            "last": on})
    elif kind == "repay" and m.loans:
        _, i, offset, share, interest = op
        loan = m.loans[i % len(m.loans)]
        on = loan["on"] + dt.timedelta(days=offset)
        paid_p, paid_i = m.paid(loan)
        owed = loan["principal"] - paid_p
        principal = owed + 1 if share > 100 else owed * share // 100
        ok = (loan["status"] == "current" and on <= LATER and not m.is_closed(on)
              and (principal or interest) and principal <= loan["principal"] - paid_p
              and interest <= sum(x.interest for x in loan["schedule"]) - paid_i)
        r = attempt(lambda: loans.repay(loans.RepaymentInput(
            loan_id=loan["id"], date=on, principal=principal, interest=interest),
            today=LATER), bool(ok), "repayment")
        if r is not None:
            row = {"id": r.id, "loan": loan, "date": on, "principal": principal,
                   "interest": interest, "reversed": False, "is_reversal": False}
            m.repayments.append(row)
            for amount in (principal, interest):
                if amount:
                    m.add("receipt", on, amount, loan=True)
            loan["last"] = max(loan["last"], on)
            state = schedule_status(loan["schedule"], paid_p + principal, paid_i + interest,
                                    on)
            if state.outstanding_principal == 0 and state.due_interest == 0:
                loan["status"] = "repaid"
    elif kind == "reverse_repayment" and m.repayments:
        _, i, offset = op
        r = m.repayments[i % len(m.repayments)]
        on = r["date"] + dt.timedelta(days=offset)
        total = r["principal"] + r["interest"]
        ok = (not r["reversed"] and not r["is_reversal"]
              and r["loan"]["status"] != "written_off" and on <= LATER
              and not m.is_closed(on) and m.covers(on, total))
        back = attempt(lambda: loans.reverse_repayment(r["id"], "Ghi nhầm", on, today=LATER),
                       bool(ok), "repayment reversal")
        if back is not None:
            r["reversed"] = True
            loan = r["loan"]
            m.repayments.append({"id": back.id, "loan": loan, "date": on,
                                 "principal": -r["principal"], "interest": -r["interest"],
                                 "reversed": False, "is_reversal": True})
            for amount in (r["principal"], r["interest"]):
                if amount:
                    m.add("payment", on, amount, loan=True)
            loan["last"] = max(loan["last"], on)
            paid_p, paid_i = m.paid(loan)
            state = schedule_status(loan["schedule"], paid_p, paid_i, on)
            done = state.outstanding_principal == 0 and state.due_interest == 0
            loan["status"] = "repaid" if done else "current"
    elif kind == "reverse_entry" and m.entries:
        _, i, offset = op
        e = m.entries[i % len(m.entries)]
        on = e["date"] + dt.timedelta(days=offset)
        ok = (not e.get("loan") and not e.get("reversed") and not e.get("is_reversal")
              and on <= LATER and not m.is_closed(on)
              and (e["kind"] == "payment" or m.covers(on, e["amount"])))
        if "id" not in e:
            return
        rev = attempt(lambda: funds.reverse_entry(e["id"], "Điều chỉnh", on, today=LATER),
                      bool(ok), "entry reversal")
        if rev is not None:
            e["reversed"] = True
            m.add("payment" if e["kind"] == "receipt" else "receipt", on, e["amount"],
                  id=rev.id, is_reversal=True)
    elif kind == "write_off" and m.loans:
        _, i, offset = op
        loan = m.loans[i % len(m.loans)]
        on = loan["on"] + dt.timedelta(days=offset)
        ok = (loan["status"] == "current" and on <= LATER and not m.is_closed(on)
              and on >= loan["last"])
        done = attempt(lambda: loans.write_off(loan["id"], on, "01/QĐ-CLB", today=LATER),
                       bool(ok), "write-off")
        if done is not None:
            loan["status"] = "written_off"
    elif kind == "close":
        year, month = START.year + op[1] // 12, op[1] % 12 + 1
        ok = (year, month) not in m.closed
        if attempt(lambda: funds.close_period(year, month, club_id=club.id, today=LATER),
                   ok, "closing") is not None:
            m.closed.add((year, month))


def check_invariants(club, fund, m: Model) -> None:
    # the fund: balance = receipts - payments, the same as the model's, never negative
    rows = list(LedgerEntry.select().where(LedgerEntry.fund == fund.id))
    receipts = sum(e.amount for e in rows if e.kind == "receipt")
    payments = sum(e.amount for e in rows if e.kind == "payment")
    assert funds.balance(fund.id, LATER) == receipts - payments == m.balance(LATER) >= 0
    assert len(rows) == len(m.entries)
    # reversals net to zero: each reversed entry and its reversal cancel
    by_id = {e.id: e for e in rows}
    for e in rows:
        if e.reverses_id is not None:
            original = by_id[e.reverses_id]
            assert (original.amount, original.kind != e.kind) == (e.amount, True)
    # loans: schedules add up, outstanding = principal - repaid principal >= 0
    register = {r.loan_id: r for r in loans.loan_register(club.id, LATER)}
    for loan in m.loans:
        row = register[loan["id"]]
        paid_p, paid_i = m.paid(loan)
        assert (row.paid_principal, row.paid_interest) == (paid_p, paid_i)
        assert row.outstanding == loan["principal"] - paid_p >= 0
        assert sum(x.principal for x in loans.loan_schedule(loan["id"])) == loan["principal"]
        assert Loan.get_by_id(loan["id"]).status == loan["status"]
        if loan["status"] != "current":
            assert row.status == loan["status"]
        else:
            assert row.status in ("current", "overdue")
            assert (row.status == "overdue") == (row.days_late > 0)


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(ops, min_size=8, max_size=20))
def test_random_loan_sequences_keep_the_invariants(office, steps):
    # a fresh club per example: the database outlives one example, loans use the club's fund
    n = next(_codes)
    club = clubs.create_club(clubs.ClubInput(code=f"P{n:04d}", name=f"CLB thử {n}",
                                             ward_code=1840))
    fund = {f.kind: f for f in funds.open_default_funds(club.id, START)}["income"]
    people = [members.add_member(club.id, member_input(
        full_name=name, joined_on=D(2024, 12, 1)), today=LATER).person_id
        for name in ("Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường")]
    loans.save_loan_rules(club.id, loans.LoanRulesInput(20_000_000, 18, 80, "flat", False))
    m = Model()
    seed = funds.post_entry(funds.EntryInput(
        fund_id=fund.id, kind="receipt", date=START, amount=30_000_000,
        category="budget_province", party="Sở Y tế"), today=LATER)
    m.add("receipt", START, 30_000_000, id=seed.id)
    for op in steps:
        step(op, club, fund, people, m)
        check_invariants(club, fund, m)
    assert fund_checks() == [] and loan_checks() == []
