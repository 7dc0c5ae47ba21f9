"""Tables of plans (schema version 7): a plan of a ward or a province, its targets by year and
its budget by year and source.

A target names an indicator of models/reporting/indicators.py (a count, đồng, or a share code
in percent) with a lower and/or upper bound. `per_club` targets are standards each club must
meet (50–70 members, 70 % older…); the others are the unit's totals. `since_start` targets
count from the plan's first year ("5 new clubs by 2025"), the others the year alone.
"""

from __future__ import annotations

import peewee as pw

from models.storage.schema import BaseModel, now


class Plan(BaseModel):
    scope = pw.CharField(max_length=20, index=True)  # "W1840" (a ward), "P19" (a province)
    province_code = pw.IntegerField(null=True)
    ward_code = pw.IntegerField(null=True)
    issuing_body = pw.CharField(max_length=200)
    number = pw.CharField(max_length=50, default="")  # "65/KH-UBND"; "" before it is issued
    date = pw.DateField(null=True)
    title = pw.CharField(max_length=500)
    basis = pw.TextField(default="")  # the decision it carries out ("1648/QĐ-TTg")
    first_year = pw.IntegerField()
    last_year = pw.IntegerField()
    note = pw.TextField(default="")
    example = pw.CharField(max_length=50, default="")  # key of the shipped example it came from
    created_by = pw.CharField(max_length=100, default="")
    created_at = pw.DateTimeField(default=now)

    class Meta:
        table_name = "plan"


class PlanTarget(BaseModel):
    plan = pw.ForeignKeyField(Plan, backref="targets", on_delete="CASCADE")
    year = pw.IntegerField()
    code = pw.CharField(max_length=50)  # an indicator code or a share code
    low = pw.BigIntegerField(null=True)  # at least (count, đồng, or whole percent)
    high = pw.BigIntegerField(null=True)  # at most
    per_club = pw.BooleanField(default=False)
    since_start = pw.BooleanField(default=False)
    place = pw.TextField(default="")  # where (wards, villages) for new clubs
    position = pw.IntegerField(default=0)

    class Meta:
        table_name = "plan_target"
        indexes = ((("plan", "year", "code", "per_club"), True),)


class PlanBudget(BaseModel):
    plan = pw.ForeignKeyField(Plan, backref="budget", on_delete="CASCADE")
    year = pw.IntegerField()
    source = pw.CharField(max_length=20)  # province, commune, sponsors
    amount = pw.BigIntegerField()  # planned, đồng

    class Meta:
        table_name = "plan_budget"
        indexes = ((("plan", "year", "source"), True),)


TABLES: list[type[pw.Model]] = [Plan, PlanTarget, PlanBudget]
