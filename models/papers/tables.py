"""Tables of the papers' background (schema version 9): the legal texts papers cite, with the
dates each was in force, and the former names of the office's units (before the 2025 merges).
"""

from __future__ import annotations

import peewee as pw

from models.storage.schema import BaseModel, now


class LegalText(BaseModel):
    """A legal text a paper cites (a "Căn cứ …" line), and when it was in force.

    `topic` groups the versions of one basis ("local_government": the 2015 Law, the same as
    amended in 2019, the 2025 Laws); a paper cites, per topic, the version in force on its
    date. `papers` lists the paper kinds that cite it ("decision"). Dates: issued (signed or
    passed), in force from, replaced on (the first day it no longer applies; NULL while it
    applies)."""

    topic = pw.CharField(max_length=50)
    kind = pw.CharField(max_length=50)  # Luật, Nghị định, Quyết định, Thông tư…
    number = pw.CharField(max_length=50, default="")  # 72/2025/QH15, 1648/QĐ-TTg
    issued_on = pw.DateField()
    in_force_on = pw.DateField()
    replaced_on = pw.DateField(null=True)
    citation = pw.TextField()  # the line as printed, without the ";"
    papers = pw.CharField(max_length=200, default="decision")  # comma-separated kinds
    position = pw.IntegerField(default=0)  # order of the lines on a paper
    updated_at = pw.DateTimeField(default=now)

    class Meta:
        table_name = "legal_text"
        indexes = ((("topic", "in_force_on"), False),)


class FormerUnitName(BaseModel):
    """What the office's ward was called, and where it belonged, up to a date: the 2025
    merges renamed wards and removed districts, and old papers keep the names of their date.
    Typed once by the office where the official list (which knows only today's units) lacks
    it."""

    ward_code = pw.IntegerField(index=True)
    valid_until = pw.DateField()  # the last day these names were used
    ward_name = pw.CharField(max_length=100)  # "Phường Sông Cầu"
    district_name = pw.CharField(max_length=100, default="")  # "Thành phố Bắc Kạn"
    province_name = pw.CharField(max_length=100)  # "Tỉnh Bắc Kạn"
    updated_at = pw.DateTimeField(default=now)

    class Meta:
        table_name = "former_unit_name"
        indexes = ((("ward_code", "valid_until"), True),)


TABLES: list[type[pw.Model]] = [LegalText, FormerUnitName]
