"""Papers of a meeting: the minutes (reports/papers/meeting_minutes.py) and the collection
sheet (reports/collection_sheet.py, .xlsx in reports/collection_sheet_xlsx.py), read from
the database into their data classes. Nothing is numbered or stored: the minutes print as a
draft ("Số:      /BB-CLB") the club numbers in its own book."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from models.codes import ACTIVITY_AREAS
from models.meetings.meeting_reads import (
    attendance,
    collection_sheet,
    contents_of,
    meeting,
    meeting_on,
)
from models.papers.paper_facts import association_body, club_name_text, page_setup
from models.storage.schema import Club, Person
from models.text.labels import label
from reports import collection_sheet as sheet_layout
from reports import collection_sheet_xlsx
from reports.papers import meeting_minutes
from reports.papers.common import header_name


def _heads(club: Club) -> tuple[str, str]:
    body = association_body(club.ward)
    return header_name(club.name), (body.name if body is not None else "")


def _name(person_id: int | None) -> str:
    if person_id is None:
        return ""
    person = Person.get_or_none(Person.id == person_id)
    return person.full_name if person is not None else ""


def minutes_data(meeting_id: int) -> meeting_minutes.MeetingMinutesData:
    """The minutes of a recorded meeting."""
    row = meeting(meeting_id)
    club = row.club
    issuing, parent = _heads(club)
    contents = contents_of(row)
    absent = [f"{x.full_name} ({x.reason})" if x.reason else x.full_name
              for x in attendance(row.id) if not x.present]
    return meeting_minutes.MeetingMinutesData(
        club_name=club_name_text(club.name), issuing_body=issuing, parent_body=parent,
        date=row.date, start_time=row.start_time, end_time=row.end_time, place=row.place,
        member_count=row.member_count, present_count=row.present_count,
        absentees=tuple(absent), guests=row.guests, chair_name=_name(row.chair_id),
        secretary_name=_name(row.secretary_id),
        areas=tuple((label("activity_area", a), contents.get(a, "")) for a in ACTIVITY_AREAS),
        decisions=row.decisions, issues=row.issues, next_plan=row.next_plan,
        fees_total=row.fee_total if row.reversed_on is None else 0,
        repayment_total=row.repayment_total if row.reversed_on is None else 0)


def minutes_pdf(meeting_id: int) -> bytes:
    return meeting_minutes.build(minutes_data(meeting_id), page_setup())


def minutes_pdf_on(club_id: int, on: dt.date) -> bytes:
    """The minutes of the club's meeting of a day (NotFound if there was none)."""
    return minutes_pdf(meeting_on(club_id, on).id)


def collection_sheet_data(club_id: int, on: dt.date) -> sheet_layout.CollectionSheetData:
    sheet = collection_sheet(club_id, on)
    club = Club.get_by_id(club_id)
    issuing, parent = _heads(club)
    return sheet_layout.CollectionSheetData(
        club_name=club_name_text(club.name), issuing_body=issuing, parent_body=parent,
        date=on, lines=tuple(sheet_layout.CollectionLine(x.full_name, x.fee_due,
                                                         x.instalment_due, x.overdue)
                             for x in sheet.lines))


def collection_sheet_pdf(club_id: int, on: dt.date) -> bytes:
    setup = dataclasses.replace(page_setup(), landscape=True)
    return sheet_layout.build(collection_sheet_data(club_id, on), setup)


def collection_sheet_file(club_id: int, on: dt.date, path: str | Path, *,
                          force: bool = False) -> None:
    """The sheet as .xlsx, written through models.storage.output."""
    from models.storage.output import check_output, write_output

    check_output(path, force=force)
    data = collection_sheet_data(club_id, on)
    write_output(path, lambda tmp: collection_sheet_xlsx.write(data, tmp), force=force)
