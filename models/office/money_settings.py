"""The office's rounding unit for money the program computes: loan schedules and the
interest (the club's fee for the money) in them.

Clubs collect in round thousands, and a schedule of 416.666 đ × 11 + 416.674 đ cannot be paid
from a purse; the office chooses the unit once (1.000 đ unless it says otherwise) and every
new schedule is built to it (models/loans/loan_schedule.py: every instalment but the last a
multiple of the unit, the last absorbing the rest). A stored schedule never changes when the
unit does: the contract the borrower signed stays as signed.
"""

from __future__ import annotations

import json

from models.accounts import audit
from models.errors import Collector
from models.office.settings import require_office_admin
from models.storage.db import database
from models.storage.schema import Setting

KEY = "money_rounding"
DEFAULT_UNIT = 1_000
# The units an office may choose, in đồng: 1 keeps schedules to the đồng (as before).
UNITS = (1, 100, 500, 1_000, 5_000, 10_000)


def rounding_unit() -> int:
    """The office's rounding unit in đồng (DEFAULT_UNIT until the office sets one)."""
    row = Setting.get_or_none(Setting.key == KEY)
    if row is None:
        return DEFAULT_UNIT
    try:
        unit = int(json.loads(row.value))
    except (TypeError, ValueError):
        return DEFAULT_UNIT
    return unit if unit in UNITS else DEFAULT_UNIT


def save_rounding_unit(unit: object) -> int:
    """Set the office's rounding unit (the office's administrator); one of UNITS."""
    require_office_admin()
    problems = Collector()
    if isinstance(unit, bool) or not isinstance(unit, int) or unit not in UNITS:
        problems.add("rounding_unit", "invalid", value=unit)
    problems.raise_if_any()
    with database.atomic():
        row = Setting.get_or_none(Setting.key == KEY)
        before = {"value": json.loads(row.value)} if row is not None else None
        Setting.insert(key=KEY, value=json.dumps(unit)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: json.dumps(unit)}).execute()
        audit.record("setting", KEY, "update" if row is not None else "create", before,
                     {"value": unit})
    return int(unit)
