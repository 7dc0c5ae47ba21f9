"""The Biên bản giám sát of a visit: its data read from the database
(reports/papers/supervision_record.py lays it out)."""

from __future__ import annotations

from models.papers.paper_facts import page_setup, province_text, ward_text
from models.storage.schema import BoardMember, Person
from models.supervision import templates, visits
from models.supervision.tables import Recommendation, SupervisionVisit
from models.text.labels import label
from reports.papers.supervision_record import (
    ChecklistRow,
    RecommendationLine,
    SupervisionRecordData,
    build,
)


def chair_name(club_id: int, visit: SupervisionVisit) -> str:
    seat = (BoardMember.select(BoardMember, Person).join(Person)
            .where((BoardMember.club == club_id) & (BoardMember.role == "chair")
                   & (BoardMember.term_start <= visit.date)
                   & (BoardMember.term_end.is_null() | (BoardMember.term_end >= visit.date)))
            .first())
    return seat.person.full_name if seat is not None else ""


def supervision_record_data(visit_id: int, issuing_body: str = "",
                            supervisor_name: str = "") -> SupervisionRecordData:
    """The record of a visit. `issuing_body` defaults to the province's Elderly Association;
    `supervisor_name` to the first name of the visit's supervisors."""
    visit = visits.get_visit(visit_id)
    club = visit.club
    ward = club.ward
    template = visit.template
    answers = visits.answers_of(visit.id)
    rows = []
    for group, items in templates.groups_of(template.id):
        for item in items:
            a = answers.get(item.id)
            rows.append(ChecklistRow(group.title, item.text,
                                     label("supervision_answer", a.answer) if a else "",
                                     a.note if a else ""))
    recs = tuple(RecommendationLine(r.text, r.owner, r.due_on)
                 for r in visits.recommendations_of(visit.id))
    followed = tuple(r.text for r in Recommendation.select()
                     .where(Recommendation.done_at_visit == visit.id)
                     .order_by(Recommendation.id))
    first = visit.supervisors.replace(";", ",").split(",")[0].strip()
    return SupervisionRecordData(
        issuing_body=issuing_body or f"HỘI NGƯỜI CAO TUỔI {province_text(ward).upper()}",
        club_name=club.name, ward=f"{ward_text(ward)}, {province_text(ward)}",
        date=visit.date, kind=label("supervision_kind", visit.kind),
        supervisors=visit.supervisors,
        template=f"{template.name} (phiên bản {template.version})",
        rows=tuple(rows), score=visit.score, rating=label("supervision_rating", visit.rating),
        findings=visit.findings, recommendations=recs, followed_up=followed,
        venue=club.meeting_place, supervisor_name=supervisor_name or first,
        chair_name=chair_name(club.id, visit),
    )


def supervision_pdf(visit_id: int, issuing_body: str = "") -> bytes:
    """The record's PDF, in the office's page setup."""
    return build(supervision_record_data(visit_id, issuing_body), page_setup())
