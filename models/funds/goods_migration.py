"""Schema version 10: in-kind loans leave the cash book for the in-kind register.

Before, an in-kind loan posted a cash payment to the borrower and goods handed back posted
cash receipts, so the cash book held money that never moved. For a database written then:

- the payment of an in-kind loan stays in the cash book, since the club paid that money for
  the goods, but it is marked as what it was: a purchase of goods for the loan (category
  goods_purchase); the in-kind register gets the goods bought and handed to the borrower;
- receipts for goods handed back (and their reversals) leave the cash book for the in-kind
  register: their rows are deleted, each with an audit row ("move_to_goods") naming the row it
  became, so `check` knows the voucher number left on purpose.

Every changed row gets an audit row with its new content (action "reclassify"), so the
check of audited rows still matches. The file was copied aside before (migrations.migrate).
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from models.accounts import audit
from models.funds.goods_tables import GoodsEntry, quantity_key
from models.storage.schema import LedgerEntry, Loan, LoanRepayment
from models.text.goods import goods_text

ACTOR = "Nâng cấp dữ liệu (phiên bản 10)"


def _snap(row: pw.Model) -> dict:
    after = audit.snapshot(row)
    if "quantity" in after:
        after["quantity"] = quantity_key(after["quantity"])
    return after


def migrate_in_kind(database: pw.Database) -> None:
    """Create the in-kind register and move the in-kind movements of the cash book into it."""
    database.create_tables([GoodsEntry])
    planned: list[tuple] = []  # (fund, date, order, values, after-write callback)
    for loan in Loan.select().where((Loan.form == "in_kind")
                                    & Loan.disbursement_entry.is_null(False)).order_by(Loan.id):
        entry = LedgerEntry.get_by_id(loan.disbursement_entry_id)
        what = goods_text(loan.quantity, loan.unit, loan.item, loan.unit_value)
        entry.category = "goods_purchase"
        entry.description = f"Mua {what} để cho vay theo hợp đồng số {loan.number}"
        entry.save()
        audit.record("ledger_entry", entry.id, "reclassify", None, _snap(entry), actor=ACTOR)
        item = dict(item=loan.item, quantity=loan.quantity, unit=loan.unit,
                    unit_value=loan.unit_value)
        planned.append((loan.fund_id, entry.date, entry.id, 0, dict(
            direction="in", kind="purchase", loan=loan.id, person=entry.person_id,
            party=entry.party, description=f"Mua {what} để cho vay",
            ledger_entry=entry.id, **item)))
        planned.append((loan.fund_id, entry.date, entry.id, 1, dict(
            direction="out", kind="loan_out", loan=loan.id, person=loan.person_id,
            description=f"Cho vay bằng hiện vật theo hợp đồng số {loan.number}: {what}",
            **item)))
        loan.disbursement_entry = None
        loan.save()
        audit.record("loan", loan.id, "reclassify", {"disbursement_entry": entry.id},
                     {"disbursement_entry": None}, actor=ACTOR)
    moved: list[LedgerEntry] = []
    for rep in (LoanRepayment.select().where(
            (LoanRepayment.form == "in_kind") & (LoanRepayment.principal_entry.is_null(False)
                                                 | LoanRepayment.interest_entry.is_null(False)))
                .order_by(LoanRepayment.id)):
        loan = Loan.get_by_id(rep.loan_id)
        for kind, link, text in (("repaid", "principal_entry", "Nhận trả nợ gốc"),
                                 ("interest", "interest_entry", "Nhận trả lãi")):
            entry_id = getattr(rep, f"{link}_id")
            if entry_id is None:
                continue
            entry = LedgerEntry.get_by_id(entry_id)
            moved.append(entry)
            planned.append((loan.fund_id, entry.date, entry.id, 0, dict(
                direction="in" if rep.reverses_id is None else "out", kind=kind,
                loan=loan.id, repayment=rep.id, person=loan.person_id, item=loan.item,
                unit=loan.unit, reverses_repayment=rep.reverses_id,
                reversal_reason=rep.reversal_reason,
                description=f"{text} bằng hiện vật hợp đồng số {loan.number}",
                moved_entry=entry)))
            setattr(rep, link, None)
        rep.save()
        audit.record("loan_repayment", rep.id, "reclassify", None, _snap(rep), actor=ACTOR)
    written: dict[tuple[int, str], GoodsEntry] = {}  # (repayment, kind) -> its goods row
    numbers: dict[tuple[int, int], int] = {}
    for fund_id, on, _, _, values in sorted(planned, key=lambda x: x[:4]):
        on = on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on)[:10])
        entry = values.pop("moved_entry", None)
        undone = values.pop("reverses_repayment", None)
        numbers[fund_id, on.year] = numbers.get((fund_id, on.year), 0) + 1
        reverses = written.get((undone, values["kind"])) if undone is not None else None
        row = GoodsEntry.create(
            fund=fund_id, date=on, year=on.year, number=numbers[fund_id, on.year],
            amount=(entry.amount if entry is not None
                    else Loan.get_by_id(values["loan"]).principal),
            reverses=reverses, posted_by=ACTOR, **values)
        if values.get("repayment") is not None:
            written[values["repayment"], values["kind"]] = row
        audit.record("goods_entry", row.id, "post" if reverses is None else "reverse", None,
                     _snap(row), actor=ACTOR)
        if entry is not None:
            audit.record("ledger_entry", entry.id, "move_to_goods", None,
                         {"fund": entry.fund_id, "kind": entry.kind, "year": entry.year,
                          "number": entry.number, "date": entry.date.isoformat(),
                          "amount": entry.amount, "goods_entry": row.id}, actor=ACTOR)
    # reversals first: a reversing entry points at the receipt it undid
    for entry in sorted(moved, key=lambda e: e.reverses_id is None):
        LedgerEntry.delete().where(LedgerEntry.id == entry.id).execute()
