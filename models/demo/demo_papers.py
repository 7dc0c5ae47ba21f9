"""The founding papers of the demo's clubs, issued into the document register as the ward
office issued them: for every club founded by decision, in the order of the decisions, the
founding decision (QĐ-UBND) and then its certificate (GCN-UBND), both dated the day of the
decision, with the People's Committee's yearly numbering (01 each January, one series for
both kinds). demo._number_decisions gives each club the number the register then allocates,
so the club's record, its papers and the register agree; `check` verifies the stored PDFs.
"""

from __future__ import annotations

from collections.abc import Callable

from models.papers import papers_extra
from models.storage.db import database
from models.storage.schema import Club

PAPERS = ("decision", "certificate")  # each takes one number of the UBND series


def issue_founding_papers(progress: Callable[[int, int], None] | None = None) -> int:
    """Issue the papers of every club that has a founding decision; returns how many."""
    clubs = list(Club.select().where(Club.decision_date.is_null(False))
                 .order_by(Club.decision_date, Club.id))
    issued = 0
    for i, club in enumerate(clubs):
        with database.atomic():
            for kind in PAPERS:
                doc = papers_extra.issue_paper(kind, club.id, club.decision_date)
                if kind == "decision" and f"{doc.number:02d}/{doc.symbol}" != club.decision_number:
                    # The demo numbered its decisions as the register numbers them; anything
                    # else is a bug in the demo, not data to keep.
                    raise RuntimeError(f"demo decision {club.decision_number} of {club.code} "
                                       f"issued as {doc.number:02d}/{doc.symbol}")
                issued += 1
        if progress is not None:
            progress(i + 1, len(clubs))
    return issued
