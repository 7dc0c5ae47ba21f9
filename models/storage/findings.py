"""One broken rule found by `check` (models/storage/integrity.py and the areas' own checks)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finding:
    """One broken rule: a code, the table and row it concerns, and a detail for the log."""

    code: str
    table: str
    row_id: object
    detail: str = ""
    # The values the wording of the code names (models/text/messages.py INTEGRITY), for the checks
    # that have wording; not part of a finding's identity.
    params: dict = field(default_factory=dict, compare=False, hash=False)
