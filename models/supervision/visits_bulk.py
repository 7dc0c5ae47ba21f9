"""Fast path for many supervision visits: the demo's three years of them.

visits.record_visit writes the visit, one row per answer (twenty-odd), its recommendations and
an audit row through the ORM, and looks up the club's visit days and each followed-up
recommendation: too slow for the thousands of visits of a 1,000-club demo. `record_visits`
checks each visit with the service's own rules (visits.check_visit, check_template), answering
its two lookups from what it fetched once, and writes every table with multi-row INSERTs
(models/funds/money_bulk.insert). A test holds its rows equal to record_visit's
(tests/domain/test_bulk_writers.py).
"""

from __future__ import annotations

import datetime as dt

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.errors import Problem, ValidationError
from models.funds.money_bulk import audit_row, insert, insert_dicts, snapshot
from models.storage.db import database
from models.storage.schema import now
from models.supervision import rules, visits
from models.supervision.tables import Recommendation, SupervisionVisit, VisitAnswer

DATES = ("date", "created_at")


class _Clubs:
    """The clubs' visit days and open recommendations, as the batch moves them."""

    def __init__(self, club_ids: set[int]) -> None:
        self.clubs = {c: access.require_club(c, "supervise") for c in club_ids}
        self.days = {(c, d) for c, d in SupervisionVisit.select(
            SupervisionVisit.club, SupervisionVisit.date)
            .where(SupervisionVisit.club.in_(list(club_ids))).tuples()}
        self.open = {r: c for r, c in Recommendation.select(
            Recommendation.id, SupervisionVisit.club)
            .join(SupervisionVisit, on=visits.ON_VISIT)
            .where(SupervisionVisit.club.in_(list(club_ids))
                   & (Recommendation.status == "open")).tuples()}


def record_visits(inputs: list[visits.VisitInput], *, today: dt.date | None = None
                  ) -> list[int]:
    """Record many visits as record_visit would one by one (same rows, same audit rows, in
    order); a recommendation followed up must exist before the batch. Raises ValidationError
    (Problem.row = the visit's position, from 1) with nothing written. Returns the ids."""
    today = today or dt.date.today()
    actor, at = current_actor(), now()
    book = _Clubs({inp.club_id for inp in inputs})
    items: dict[int, list] = {}
    rows, kept, problems = [], [], []
    for n, inp in enumerate(inputs, start=1):
        club = book.clubs[inp.club_id]
        template = visits.visit_template(inp, club)
        if template.id not in items:
            items[template.id] = visits.template_items(template.id)
        p = visits.check_visit(
            inp, club, items[template.id], today,
            visit_exists=lambda on, c=club.id: (c, on) in book.days,
            open_recommendation=lambda r, c=club.id: book.open.get(r) == c)
        visits.check_template(p, inp, template)
        if p:
            problems += [Problem(x.field, x.code, x.params, row=n) for x in p.problems]
            continue
        by_id = {i.id: i for i in items[template.id]}
        value = rules.score((by_id[k].weight, a.answer) for k, a in inp.answers.items())
        book.days.add((club.id, inp.date))
        done = [r for r in dict.fromkeys(inp.follow_up) if book.open.pop(r, None) is not None]
        rows.append({"id": None, "club": club.id, "date": inp.date, "kind": inp.kind,
                     "supervisors": inp.supervisors, "template": template.id,
                     "score_tenths": rules.tenths(value), "rating": rules.rating(value),
                     "findings": inp.findings, "created_by": actor, "created_at": at})
        kept.append((inp, [i for i in items[template.id] if i.id in inp.answers], done))
    if problems:
        raise ValidationError(problems=problems)
    with database.atomic():
        insert_dicts(SupervisionVisit, rows)
        insert(VisitAnswer._meta.table_name, ("visit_id", "item_id", "answer", "note"),
               [(row["id"], i.id, inp.answers[i.id].answer, inp.answers[i.id].note)
                for row, (inp, answered, _) in zip(rows, kept, strict=True) for i in answered])
        insert(Recommendation._meta.table_name,
               ("visit_id", "position", "text", "owner", "due_on", "status"),
               [(row["id"], pos, r.text, r.owner, r.due_on, "open")
                for row, (inp, _, _) in zip(rows, kept, strict=True)
                for pos, r in enumerate(inp.recommendations)])
        for row, (_, _, done) in zip(rows, kept, strict=True):
            if done:
                (Recommendation.update(status="done", done_at_visit=row["id"])
                 .where(Recommendation.id.in_(done)).execute())
        audit.append_rows([
            audit_row("supervision_visit", row["id"], "create", None,
                      visits.visit_audit(snapshot(row, DATES), inp, len(done)), at, actor)
            for row, (inp, _, done) in zip(rows, kept, strict=True)])
    return [r["id"] for r in rows]
