"""The in-kind register's table (schema version 10): sổ theo dõi cho vay bằng hiện vật.

Goods are not cash, so they never enter the cash book (LedgerEntry). Every movement of goods
a fund owns is one row here, at its agreed value in đồng: goods bought with the fund's cash
(the purchase's cash payment is the linked ledger entry), goods handed to a borrower as an
in-kind loan, goods handed back as repayment of principal or as interest. `direction` gives
the sign for the goods the fund holds: "in" adds, "out" takes away. Append-only like the
ledger: a mistaken row is undone by a row of the opposite direction pointing at it.
"""

from __future__ import annotations

from decimal import Decimal

import peewee as pw

from models.storage.schema import BaseModel, Fund, LedgerEntry, Loan, LoanRepayment, Person, now

GOODS_KINDS = ("purchase", "loan_out", "repaid", "interest")
_MILLI = Decimal("0.001")


def quantity_key(value: object) -> str | None:
    """A quantity as the audit row keeps it ("80.000"), whatever the engine hands back."""
    return None if value is None else str(Decimal(str(value)).quantize(_MILLI))


class GoodsEntry(BaseModel):
    """One movement of goods of a fund, at value; numbered per fund and year (the number of
    its hand-over record, biên bản giao nhận hiện vật)."""

    fund = pw.ForeignKeyField(Fund, backref="goods_entries")
    direction = pw.CharField(max_length=3)  # in, out
    kind = pw.CharField(max_length=20)  # purchase, loan_out, repaid, interest
    date = pw.DateField()
    year = pw.IntegerField()
    number = pw.IntegerField()
    loan = pw.ForeignKeyField(Loan, backref="goods_entries", null=True)
    repayment = pw.ForeignKeyField(LoanRepayment, backref="goods_entries", null=True)
    person = pw.ForeignKeyField(Person, backref="goods_entries", null=True)
    party = pw.CharField(max_length=200, default="")  # a supplier outside the club
    item = pw.CharField(max_length=200, default="")
    # goods counted or weighed (2,5 kg), never money: their value is unit_value, in đồng
    quantity = pw.DecimalField(max_digits=12, decimal_places=3, null=True, auto_round=True)
    unit = pw.CharField(max_length=30, default="")
    unit_value = pw.BigIntegerField(null=True)
    amount = pw.BigIntegerField()  # đồng, > 0; the direction gives the sign
    description = pw.TextField(default="")
    ledger_entry = pw.ForeignKeyField(LedgerEntry, backref="goods_bought", null=True)
    reverses = pw.ForeignKeyField("self", backref="reversed_by", null=True, unique=True)
    reversal_reason = pw.TextField(default="")
    posted_by = pw.CharField(max_length=100)
    posted_at = pw.DateTimeField(default=now)

    class Meta:
        table_name = "goods_entry"
        indexes = (
            (("fund", "year", "number"), True),
            (("fund", "date", "id"), False),
        )


TABLES = [GoodsEntry]
