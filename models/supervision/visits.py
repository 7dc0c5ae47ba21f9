"""Supervision visits: record one (answers, score, rating, findings, recommendations, and the
earlier recommendations found done), and read them back.

Writing a visit needs the "supervise" right in the club's ward: a province's supervisors, an
administrator; a clerk reads the results but may not write them. Every required item of the
template must be answered (not applicable counts as an answer); the score and rating follow
models.supervision.rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from peewee import fn

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.errors import Collector, NotFound
from models.signoff import locks
from models.storage.db import database
from models.storage.schema import Club
from models.supervision import rules, templates
from models.supervision.tables import (
    ChecklistItem,
    Recommendation,
    SupervisionVisit,
    VisitAnswer,
)
from models.text.vietnamese import nfc

RUNNING = ("founded", "active", "suspended")
ON_VISIT = Recommendation.visit == SupervisionVisit.id  # not done_at_visit


@dataclass
class AnswerInput:
    answer: str
    note: str = ""


@dataclass
class RecommendationInput:
    text: str
    owner: str = ""
    due_on: dt.date | None = None


@dataclass
class VisitInput:
    club_id: int
    date: dt.date | None
    kind: str = "routine"
    supervisors: str = ""
    template_id: int | None = None  # None: the template in use for the club's ward
    answers: dict[int, AnswerInput] = field(default_factory=dict)  # item id -> answer
    findings: str = ""
    recommendations: list[RecommendationInput] = field(default_factory=list)
    follow_up: list[int] = field(default_factory=list)  # earlier recommendations now done


def check_visit(inp: VisitInput, club: Club, items: list[ChecklistItem], today: dt.date, *,
                visit_exists: Callable[[dt.date], bool],
                open_recommendation: Callable[[int], bool]) -> Collector:
    """Every rule of a visit but its template's; the two lookups answer from the database
    (record_visit) or from what a bulk writer holds (visits_bulk): is there already a visit of
    the club that day, is a recommendation open and the club's."""
    p = Collector()
    inp.supervisors = nfc(inp.supervisors).strip()
    inp.findings = nfc(inp.findings).strip()
    if club.status not in RUNNING:
        p.add("club", "club_not_running")
    if inp.date is None:
        p.add("date", "required")
    elif inp.date > today:
        p.add("date", "in_future")
    elif visit_exists(inp.date):
        p.add("date", "visit_exists", date=inp.date)
    else:
        locks.check_open(p, "date", club.id, inp.date)
    if inp.kind not in rules.KINDS:
        p.add("kind", "invalid", value=inp.kind)
    if not inp.supervisors:
        p.add("supervisors", "required")
    by_id = {i.id: i for i in items}
    for item_id, answer in inp.answers.items():
        answer.note = nfc(answer.note).strip()
        if item_id not in by_id:
            p.add(f"answers[{item_id}]", "not_in_template")
        elif answer.answer not in rules.ANSWERS:
            p.add(f"answers[{item_id}]", "invalid", value=answer.answer)
    for item in items:
        if item.required and item.id not in inp.answers:
            p.add("answers", "required_unanswered", item=item.text)
    for i, rec in enumerate(inp.recommendations):
        rec.text, rec.owner = nfc(rec.text).strip(), nfc(rec.owner).strip()
        if not rec.text:
            p.add(f"recommendations[{i}].name", "required")
        if rec.due_on is not None and inp.date is not None and rec.due_on < inp.date:
            p.add(f"recommendations[{i}].due_on", "before_start")
    for rec_id in inp.follow_up:
        if not open_recommendation(rec_id):
            p.add("follow_up", "not_open")
    return p


def _visit_exists(club_id: int) -> Callable[[dt.date], bool]:
    return lambda on: SupervisionVisit.select().where(
        (SupervisionVisit.club == club_id) & (SupervisionVisit.date == on)).exists()


def _open_recommendation(club_id: int) -> Callable[[int], bool]:
    def is_open(rec_id: int) -> bool:
        rec = Recommendation.get_or_none(Recommendation.id == rec_id)
        return rec is not None and rec.status == "open" and rec.visit.club_id == club_id
    return is_open


def template_items(template_id: int) -> list[ChecklistItem]:
    """The items of a template version, in their order."""
    return list(ChecklistItem.select().where(ChecklistItem.template == template_id)
                .order_by(ChecklistItem.position))


def visit_template(inp: VisitInput, club: Club):
    """The template the visit names, else the one in use for the club's ward."""
    return (templates.get_template(inp.template_id) if inp.template_id is not None
            else templates.template_for_ward(club.ward_code))


def check_template(p: Collector, inp: VisitInput, template) -> None:
    """A retired template may not be named for a new visit."""
    if template.retired and inp.template_id is not None:
        p.add("template", "template_retired", name=template.name, version=template.version)


def visit_audit(visit: dict, inp: VisitInput, done: int) -> dict:
    """The audit row's "after" of a visit: its columns and what came with it."""
    return {**visit,
            "answers": {str(k): [a.answer, a.note] for k, a in inp.answers.items()},
            "recommendations": [[r.text, r.owner, r.due_on.isoformat() if r.due_on else None]
                                for r in inp.recommendations],
            "follow_up": list(inp.follow_up), "followed_up": done}


def record_visit(inp: VisitInput, *, today: dt.date | None = None) -> SupervisionVisit:
    """Write a visit with its answers and recommendations, in one transaction."""
    today = today or dt.date.today()
    club = access.require_club(inp.club_id, "supervise")
    template = visit_template(inp, club)
    items = template_items(template.id)
    p = check_visit(inp, club, items, today, visit_exists=_visit_exists(club.id),
                    open_recommendation=_open_recommendation(club.id))
    check_template(p, inp, template)
    p.raise_if_any()
    by_id = {i.id: i for i in items}
    value = rules.score((by_id[k].weight, a.answer) for k, a in inp.answers.items())
    with database.atomic():
        visit = SupervisionVisit.create(
            club=club, date=inp.date, kind=inp.kind, supervisors=inp.supervisors,
            template=template, score_tenths=rules.tenths(value), rating=rules.rating(value),
            findings=inp.findings, created_by=current_actor())
        for item in items:
            if item.id in inp.answers:
                a = inp.answers[item.id]
                VisitAnswer.create(visit=visit, item=item, answer=a.answer, note=a.note)
        for pos, rec in enumerate(inp.recommendations):
            Recommendation.create(visit=visit, position=pos, text=rec.text, owner=rec.owner,
                                  due_on=rec.due_on)
        done = (Recommendation.update(status="done", done_at_visit=visit)
                .where(Recommendation.id.in_(inp.follow_up or [0])).execute())
        audit.record("supervision_visit", visit.id, "create", None,
                     visit_audit(audit.snapshot(visit), inp, done))
    return visit


def get_visit(visit_id: int) -> SupervisionVisit:
    """A visit, once the user may read its club (another unit's is NotFound)."""
    visit = SupervisionVisit.get_or_none(SupervisionVisit.id == visit_id)
    if visit is None:
        raise NotFound("visit", visit_id)
    access.require_club(visit.club_id, "read", missing=("visit", visit_id))
    return visit


def visit_on(club_id: int, on: dt.date) -> SupervisionVisit:
    """The club's visit on that date."""
    access.require_club(club_id, "read")
    visit = SupervisionVisit.get_or_none((SupervisionVisit.club == club_id)
                                         & (SupervisionVisit.date == on))
    if visit is None:
        raise NotFound("visit", on.strftime("%d/%m/%Y"))
    return visit


def visits(start: dt.date, end: dt.date, club_id: int | None = None
           ) -> list[SupervisionVisit]:
    """Visits of the clubs the user may read, between two dates, by date and club code."""
    query = (SupervisionVisit.select(SupervisionVisit, Club).join(Club)
             .where((SupervisionVisit.date >= start) & (SupervisionVisit.date <= end)))
    if club_id is not None:
        access.require_club_id(club_id, "read")
        query = query.where(SupervisionVisit.club == club_id)
    return list(access.scoped(query, Club.ward)
                .order_by(SupervisionVisit.date, Club.code))


def answers_of(visit_id: int) -> dict[int, VisitAnswer]:
    """Item id -> the visit's answer."""
    return {a.item_id: a for a in VisitAnswer.select().where(VisitAnswer.visit == visit_id)}


def recommendations_of(visit_id: int) -> list[Recommendation]:
    return list(Recommendation.select().where(Recommendation.visit == visit_id)
                .order_by(Recommendation.position))


def open_recommendations(club_id: int) -> list[Recommendation]:
    """The club's recommendations not yet done, oldest first (a visit's follow-up list)."""
    access.require_club_id(club_id, "read")
    return list(Recommendation.select().join(SupervisionVisit, on=ON_VISIT)
                .where((SupervisionVisit.club == club_id) & (Recommendation.status == "open"))
                .order_by(SupervisionVisit.date, Recommendation.position))


def open_count(visit_ids: list[int]) -> dict[int, int]:
    """Visit id -> how many of its recommendations are still open."""
    query = (Recommendation.select(Recommendation.visit, fn.COUNT(Recommendation.id))
             .where(Recommendation.visit.in_(visit_ids or [0])
                    & (Recommendation.status == "open"))
             .group_by(Recommendation.visit))
    return {visit_id: count for visit_id, count in query.tuples()}
