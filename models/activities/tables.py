"""Tables of the activity log and of the facts kept per area (schema version 5).

Health checks hold health data, sensitive under Law 91/2025/QH15: every read goes through
models/activities/facts.py, which masks them for roles without the sensitive right.
Whole numbers only: weight in tenths of a kilogram, blood sugar in tenths of mmol/L,
blood pressure in mmHg, money in đồng.
"""

from __future__ import annotations

import peewee as pw

from models.storage.schema import BaseModel, Club, Person, now


class Activity(BaseModel):
    """One activity held by a club, in one of the eight areas (models.codes.ACTIVITY_AREAS).
    `kind` marks the events counted apart: dialogues with local authorities, community
    actions, study visits, communication events (models.codes.ACTIVITY_KINDS)."""

    club = pw.ForeignKeyField(Club, backref="activities")
    area = pw.CharField(max_length=20, index=True)
    kind = pw.CharField(max_length=30, default="regular")
    date = pw.DateField(index=True)
    title = pw.CharField(max_length=200)
    members_count = pw.IntegerField(default=0)
    others_count = pw.IntegerField(default=0)
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)


class ActivityPerson(BaseModel):
    """A member who took part in an activity."""

    activity = pw.ForeignKeyField(Activity, backref="people", on_delete="CASCADE")
    person = pw.ForeignKeyField(Person, backref="activity_links")

    class Meta:
        indexes = ((("activity", "person"), True),)


class HealthCheck(BaseModel):
    """A member's health check (sensitive data)."""

    club = pw.ForeignKeyField(Club, backref="health_checks")
    person = pw.ForeignKeyField(Person, backref="health_checks")
    date = pw.DateField(index=True)
    systolic = pw.IntegerField(null=True)  # mmHg
    diastolic = pw.IntegerField(null=True)  # mmHg
    weight_dkg = pw.IntegerField(null=True)  # tenths of a kilogram: 525 = 52,5 kg
    sugar_dmmol = pw.IntegerField(null=True)  # tenths of mmol/L: 56 = 5,6 mmol/L
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)


class HomeCarePair(BaseModel):
    """A home-care volunteer paired with an older person, from a date (to a date)."""

    club = pw.ForeignKeyField(Club, backref="home_care_pairs")
    volunteer = pw.ForeignKeyField(Person, backref="home_care_given")
    older = pw.ForeignKeyField(Person, backref="home_care_received")
    date_from = pw.DateField()
    date_to = pw.DateField(null=True)
    created_at = pw.DateTimeField(default=now)


class HomeCareVisit(BaseModel):
    """One visit of a pair, with the services given."""

    pair = pw.ForeignKeyField(HomeCarePair, backref="visits")
    date = pw.DateField(index=True)
    services = pw.TextField()
    created_at = pw.DateTimeField(default=now)


class SelfHelpCase(BaseModel):
    """Help given to a person by the club (self-help and community support), valued in đồng."""

    club = pw.ForeignKeyField(Club, backref="self_help_cases")
    person = pw.ForeignKeyField(Person, backref="self_help_received")
    date = pw.DateField(index=True)
    what = pw.CharField(max_length=200)
    value = pw.BigIntegerField(default=0)
    created_at = pw.DateTimeField(default=now)


class EntitlementClaim(BaseModel):
    """A person helped to claim an entitlement, and what came of it."""

    club = pw.ForeignKeyField(Club, backref="entitlement_claims")
    person = pw.ForeignKeyField(Person, backref="entitlement_claims")
    date = pw.DateField(index=True)
    entitlement = pw.CharField(max_length=200)
    outcome = pw.CharField(max_length=20, default="pending")
    created_at = pw.DateTimeField(default=now)


TABLES: list[type[BaseModel]] = [Activity, ActivityPerson, HealthCheck, HomeCarePair,
                                 HomeCareVisit, SelfHelpCase, EntitlementClaim]
