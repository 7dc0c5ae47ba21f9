"""Tables of training (schema version 5): courses and study visits of a unit, and who
attended (a member, or an official named with their role)."""

from __future__ import annotations

import peewee as pw

from models.storage.schema import BaseModel, Club, Person, Ward, now


class Course(BaseModel):
    """A training course or study visit organised for a ward's clubs."""

    ward = pw.ForeignKeyField(Ward, backref="courses", column_name="ward_code")
    kind = pw.CharField(max_length=20, default="course")  # models.codes.COURSE_KINDS
    title = pw.CharField(max_length=200)
    date_from = pw.DateField(index=True)
    date_to = pw.DateField()
    organiser = pw.CharField(max_length=200, default="")
    place = pw.CharField(max_length=200, default="")
    materials = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)


class CourseAttendee(BaseModel):
    """One attendee: a person of the register (with their club), or an official by name."""

    course = pw.ForeignKeyField(Course, backref="attendees", on_delete="CASCADE")
    person = pw.ForeignKeyField(Person, backref="courses_attended", null=True)
    name = pw.CharField(max_length=100, default="")
    role = pw.CharField(max_length=100, default="")
    club = pw.ForeignKeyField(Club, backref="course_attendees", null=True)


TABLES: list[type[BaseModel]] = [Course, CourseAttendee]
