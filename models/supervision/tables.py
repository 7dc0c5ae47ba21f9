"""Tables of supervision (schema version 6): checklist templates with their groups and items,
visits with their answers and recommendations, and the yearly supervision plan.

A template belongs to a unit through `scope`: "" for the programme's default (every unit),
"P<code>" for a province, "W<code>" for a ward. Templates are versioned: a visit points at the
version it used, and that version's groups and items are never changed once a visit used it
(models/supervision/templates.py makes a new version instead).
"""

from __future__ import annotations

import peewee as pw

from models.storage.schema import BaseModel, Club, now


class ChecklistTemplate(BaseModel):
    scope = pw.CharField(max_length=20, default="")  # "", "P19", "W1840"
    province_code = pw.IntegerField(null=True)
    ward_code = pw.IntegerField(null=True)
    name = pw.CharField(max_length=200)
    version = pw.IntegerField(default=1)
    previous = pw.ForeignKeyField("self", null=True, backref="next_versions")
    created_by = pw.CharField(max_length=100, default="")
    created_at = pw.DateTimeField(default=now)
    retired = pw.BooleanField(default=False)

    class Meta:
        table_name = "checklist_template"
        indexes = ((("scope", "name", "version"), True),)


class ChecklistGroup(BaseModel):
    template = pw.ForeignKeyField(ChecklistTemplate, backref="groups", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    title = pw.CharField(max_length=300)

    class Meta:
        table_name = "checklist_group"


class ChecklistItem(BaseModel):
    template = pw.ForeignKeyField(ChecklistTemplate, backref="items", on_delete="CASCADE")
    group = pw.ForeignKeyField(ChecklistGroup, backref="items", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    text = pw.TextField()
    weight = pw.IntegerField(default=1)
    required = pw.BooleanField(default=False)
    hint = pw.CharField(max_length=30, default="")  # a key of models.supervision.facts.HINTS

    class Meta:
        table_name = "checklist_item"


class SupervisionVisit(BaseModel):
    club = pw.ForeignKeyField(Club, backref="supervision_visits")
    date = pw.DateField(index=True)
    kind = pw.CharField(max_length=20)  # routine, sample, spot
    supervisors = pw.TextField(default="")
    template = pw.ForeignKeyField(ChecklistTemplate, backref="visits")
    # The score 0-100 with one decimal, kept exactly as whole tenths of a point (955 = 95,5);
    # None when nothing scorable was answered.
    score_tenths = pw.IntegerField(null=True)
    rating = pw.CharField(max_length=20, default="")
    findings = pw.TextField(default="")
    created_by = pw.CharField(max_length=100, default="")
    created_at = pw.DateTimeField(default=now)

    @property
    def score(self) -> float | None:
        """The score as shown and printed: 95.5 for 955 tenths."""
        return None if self.score_tenths is None else self.score_tenths / 10

    class Meta:
        table_name = "supervision_visit"
        indexes = ((("club", "date"), True),)


class VisitAnswer(BaseModel):
    visit = pw.ForeignKeyField(SupervisionVisit, backref="answers", on_delete="CASCADE")
    item = pw.ForeignKeyField(ChecklistItem, backref="answers")
    answer = pw.CharField(max_length=20)  # met, partly, not_met, not_applicable
    note = pw.TextField(default="")

    class Meta:
        table_name = "visit_answer"
        indexes = ((("visit", "item"), True),)


class Recommendation(BaseModel):
    visit = pw.ForeignKeyField(SupervisionVisit, backref="recommendations",
                               on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    text = pw.TextField()
    owner = pw.CharField(max_length=200, default="")
    due_on = pw.DateField(null=True)
    status = pw.CharField(max_length=10, default="open")  # open, done
    done_at_visit = pw.ForeignKeyField(SupervisionVisit, null=True, backref="followed_up")

    class Meta:
        table_name = "recommendation"


class SupervisionPlan(BaseModel):
    year = pw.IntegerField()
    scope = pw.CharField(max_length=20, default="")
    province_code = pw.IntegerField(null=True)
    ward_code = pw.IntegerField(null=True)
    created_by = pw.CharField(max_length=100, default="")
    created_at = pw.DateTimeField(default=now)

    class Meta:
        table_name = "supervision_plan"
        indexes = ((("scope", "year"), True),)


class PlannedVisit(BaseModel):
    plan = pw.ForeignKeyField(SupervisionPlan, backref="visits", on_delete="CASCADE")
    club = pw.ForeignKeyField(Club, backref="planned_supervisions")
    month = pw.IntegerField(null=True)
    date = pw.DateField(null=True)
    by_whom = pw.CharField(max_length=200, default="")

    class Meta:
        table_name = "planned_visit"


TABLES: list[type[pw.Model]] = [
    ChecklistTemplate, ChecklistGroup, ChecklistItem, SupervisionVisit, VisitAnswer,
    Recommendation, SupervisionPlan, PlannedVisit,
]
