"""The founding papers of the demo's clubs in the document register, as the ward office
issued them: every club founded by decision has its decision on record (number and date,
demo._number_decisions) and gets its certificate (GCN-UBND), dated the day of the decision
and numbered in the People's Committee's series after the year's decisions; `check`
verifies the stored PDFs. The decision itself is printed from the club's record with its own
number, never issued a second time (models/papers/papers_extra.print_paper).
"""

from __future__ import annotations

from collections.abc import Callable

from models.papers import papers_extra
from models.storage.db import database
from models.storage.schema import Club

PAPERS = ("certificate",)  # the decision is on the club's record


def issue_founding_papers(progress: Callable[[int, int], None] | None = None) -> int:
    """Issue the papers of every club that has a founding decision; returns how many."""
    clubs = list(Club.select().where(Club.decision_date.is_null(False))
                 .order_by(Club.decision_date, Club.id))
    issued = 0
    for i, club in enumerate(clubs):
        with database.atomic():
            for kind in PAPERS:
                papers_extra.issue_paper(kind, club.id, club.decision_date)
                issued += 1
        if progress is not None:
            progress(i + 1, len(clubs))
    return issued
