"""Audit rows: who changed what, when, with the values before and after."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import peewee as pw

from models.accounts.session import current_actor
from models.storage.schema import AuditLog


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, pw.Model):
        return value.get_id()
    return value


def snapshot(instance: pw.Model) -> dict[str, Any]:
    """The stored columns of a row as JSON-safe values (foreign keys as ids)."""
    data = {}
    for name, fld in instance._meta.fields.items():
        if isinstance(fld, pw.ForeignKeyField):
            data[name] = instance.__data__.get(name)
        else:
            data[name] = _plain(getattr(instance, name))
    return data


def record(
    entity: str,
    entity_id: object,
    action: str,
    before: dict | None = None,
    after: dict | None = None,
) -> AuditLog:
    """Write one audit row; call inside the service's transaction."""
    changed_before, changed_after = before, after
    if before is not None and after is not None:
        keys = [k for k in after if before.get(k) != after.get(k)]
        changed_before = {k: before.get(k) for k in keys}
        changed_after = {k: after.get(k) for k in keys}
    return AuditLog.create(
        actor=current_actor(),
        entity=entity,
        entity_id=str(entity_id),
        action=action,
        before=json.dumps(changed_before, ensure_ascii=False) if changed_before is not None else None,
        after=json.dumps(changed_after, ensure_ascii=False) if changed_after is not None else None,
    )


AUDIT_COLUMNS = ("at", "actor", "entity", "entity_id", "action", "before", "after")


def append_rows(rows: list[dict[str, Any]]) -> int:
    """Append audit rows written elsewhere (a restore keeps the rows written since its
    backup), in the order given, after the rows already there; each gets a new id. The one
    way rows are copied in: anything that links rows to each other adapts here. Call inside
    the caller's transaction. Returns the number appended."""
    for row in rows:
        AuditLog.insert({AuditLog._meta.fields[k]: row[k] for k in AUDIT_COLUMNS}).execute()
    return len(rows)
