"""`check` for supervision visits: the stored score and rating are the answers' own, every
answer names an item of the template version the visit used, every required item is answered."""

from __future__ import annotations

from models.storage.findings import Finding
from models.storage.schema import Club


def supervision_checks() -> list[Finding]:
    """Every visit's stored score and rating are those its answers give (models/supervision/
    rules.py), its answers name items of the template version it used, and every required
    item of that version is answered."""
    from models.supervision import rules
    from models.supervision.tables import ChecklistItem, SupervisionVisit, VisitAnswer

    findings: list[Finding] = []
    items = {i: (t, w, text) for i, t, w, text in ChecklistItem.select(
        ChecklistItem.id, ChecklistItem.template, ChecklistItem.weight,
        ChecklistItem.text).tuples()}
    required: dict[int, list[int]] = {}
    for item_id, template in (ChecklistItem.select(ChecklistItem.id, ChecklistItem.template)
                              .where(ChecklistItem.required).order_by(ChecklistItem.position)
                              .tuples()):
        required.setdefault(template, []).append(item_id)
    answers: dict[int, list[tuple[int, str]]] = {}
    for visit_id, item_id, answer in VisitAnswer.select(
            VisitAnswer.visit, VisitAnswer.item, VisitAnswer.answer).tuples():
        answers.setdefault(visit_id, []).append((item_id, answer))
    for visit_id, day, template, stored, rating, club in (
            SupervisionVisit.select(SupervisionVisit.id, SupervisionVisit.date,
                                    SupervisionVisit.template, SupervisionVisit.score_tenths,
                                    SupervisionVisit.rating, Club.code)
            .join(Club).tuples()):
        named = {"club": club, "date": day}
        given = answers.get(visit_id, [])
        for item_id, _ in given:
            if items[item_id][0] != template:
                findings.append(Finding("visit_answer_other_template", "supervision_visit",
                                        visit_id, str(item_id),
                                        named | {"item": items[item_id][2]}))
        answered = {item_id for item_id, _ in given}
        for item_id in required.get(template, []):
            if item_id not in answered:
                findings.append(Finding("visit_required_unanswered", "supervision_visit",
                                        visit_id, str(item_id),
                                        named | {"item": items[item_id][2]}))
        computed = rules.score((items[i][1], a) for i, a in given
                               if a in rules.ANSWER_VALUES)
        if rules.tenths(computed) != stored or rules.rating(computed) != rating:
            findings.append(Finding(
                "visit_score_mismatch", "supervision_visit", visit_id, f"{stored} / {computed}",
                named | {"stored": stored, "computed": rules.tenths(computed)}))
    return findings
