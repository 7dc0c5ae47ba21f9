"""Every table of the program, in one list: the core tables of models/storage/schema.py and
the tables each later area keeps beside its own rules (meetings, activities, supervision…).

A new area adds its module here; creating a database, moving it to a server and comparing two
databases all read this list, so no table is forgotten by one of them.
"""

from __future__ import annotations

import peewee as pw


def all_tables() -> list[type[pw.Model]]:
    """The program's tables, core first, then each area's in the order they were added."""
    from models.activities.tables import TABLES as ACTIVITY_TABLES
    from models.exchange.tables import TABLES as EXCHANGE_TABLES
    from models.funds.goods_tables import TABLES as GOODS_TABLES
    from models.meetings.tables import TABLES as MEETING_TABLES
    from models.papers.tables import TABLES as PAPER_TABLES
    from models.plans.tables import TABLES as PLAN_TABLES
    from models.signoff.tables import TABLES as SIGNOFF_TABLES
    from models.storage.schema import TABLES
    from models.supervision.tables import TABLES as SUPERVISION
    from models.training.tables import TABLES as TRAINING_TABLES

    tables = list(TABLES)
    tables += MEETING_TABLES  # schema version 4
    tables += ACTIVITY_TABLES  # schema version 5
    tables += TRAINING_TABLES  # schema version 5
    tables += SUPERVISION  # schema version 6
    tables += PAPER_TABLES  # schema version 9
    tables += GOODS_TABLES  # schema version 10
    tables += PLAN_TABLES  # schema version 7
    tables += SIGNOFF_TABLES  # schema version 8
    tables += EXCHANGE_TABLES  # schema version 12
    return tables
