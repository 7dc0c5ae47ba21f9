"""Reading the audit trail for the audit viewer (administrators only).

The trail of a busy commune holds 100,000+ rows, so it is read a page at a time, newest
first, by keyset (rows older than the last one shown) rather than by OFFSET, which would
re-read every skipped row.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from models.accounts import access
from models.storage.schema import AuditLog


@dataclass(frozen=True)
class AuditFilter:
    """What the viewer shows: one user, one kind of record, a date range (inclusive)."""

    actor: str | None = None
    entity: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    entity: str
    entity_id: str
    action: str
    before: dict | None
    after: dict | None


def _loads(text: str | None) -> dict | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"?": text}
    return value if isinstance(value, dict) else {"?": value}


def _masked(entity: str, values: dict | None, hide: bool) -> dict | None:
    """A person's sensitive values (and a health check's values) as a user without the
    sensitive right sees them."""
    if not hide or values is None or entity not in ("person", "health_check"):
        return values
    from models.privacy.consent import HEALTH_FIELDS, SENSITIVE_FIELDS, masked_value

    hidden = SENSITIVE_FIELDS if entity == "person" else HEALTH_FIELDS
    return {k: masked_value(k, v) if k in hidden and v not in (None, "", False)
            else v for k, v in values.items()}


def _where(query, flt: AuditFilter):
    if flt.actor:
        query = query.where(AuditLog.actor == flt.actor)
    if flt.entity:
        query = query.where(AuditLog.entity == flt.entity)
    if flt.start is not None:
        query = query.where(AuditLog.at >= dt.datetime.combine(flt.start, dt.time()))
    if flt.end is not None:
        query = query.where(AuditLog.at < dt.datetime.combine(flt.end + dt.timedelta(days=1),
                                                              dt.time()))
    return query


def audit_page(flt: AuditFilter, before_id: int | None = None, limit: int = 200
               ) -> list[AuditRow]:
    """Up to `limit` rows matching the filter, newest first, older than `before_id`."""
    access.require("admin")
    query = _where(AuditLog.select(), flt)
    if before_id is not None:
        query = query.where(AuditLog.id < before_id)
    query = query.order_by(AuditLog.id.desc()).limit(limit)
    # An administrator reads the trail but has no right to the members' sensitive values.
    hide = not access.can_see_sensitive()
    return [AuditRow(r.id, r.at, r.actor, r.entity, r.entity_id, r.action,
                     _masked(r.entity, _loads(r.before), hide),
                     _masked(r.entity, _loads(r.after), hide)) for r in query]


def audit_count(flt: AuditFilter) -> int:
    """How many rows match the filter."""
    access.require("admin")
    return _where(AuditLog.select(), flt).count()


def audit_choices() -> tuple[list[str], list[str]]:
    """The users and the kinds of record that appear in the trail, for the filter lists."""
    access.require("admin")
    actors = [a for (a,) in AuditLog.select(AuditLog.actor).distinct()
              .order_by(AuditLog.actor).tuples()]
    entities = [e for (e,) in AuditLog.select(AuditLog.entity).distinct()
                .order_by(AuditLog.entity).tuples()]
    return actors, entities
