"""Training: courses with their attendees, the share of clubs whose current board has a
trained member, who on a board was never trained, refusals, another ward's courses."""

from __future__ import annotations

import datetime as dt

import pytest

from models.accounts.session import set_user
from models.errors import NotFound, ValidationError
from models.storage.schema import AuditLog, UserAccount
from models.training import board_training as bt
from models.training import training
from models.training.tables import Course, CourseAttendee
from tests.conftest import TODAY
from tests.domain.activity_helpers import found, member, new_club
from tests.domain.privacy_helpers import as_user

ATT = training.AttendeeInput


def codes(exc: ValidationError) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in exc.problems}


def course(ward=1840, on=dt.date(2026, 4, 10), attendees=(), **kw):
    values = dict(ward_code=ward, title="Tập huấn quản lý CLB", date_from=on, date_to=on,
                  organiser="Hội NCT tỉnh", place="Hội trường phường",
                  attendees=list(attendees))
    values.update(kw)
    return training.add_course(training.CourseInput(**values), today=TODAY)


@pytest.fixture
def boards(club):
    """Three founded clubs of phường Đức Xuân: DX01 (chair, secretary), DX02 (chair),
    DX03 (chair, and a secretary whose term ended)."""
    a_chair, a_sec = member(club, "Nguyễn Thị Huệ"), member(club, "Lê Thị Mai")
    found(club, [("chair", a_chair, None), ("secretary", a_sec, None)])
    club2, club3 = new_club("DX02"), new_club("DX03")
    b_chair = member(club2, "Trần Văn An", 1955, gender="M")
    found(club2, [("chair", b_chair, None)])
    c_chair, c_old = member(club3, "Phạm Thị Cúc"), member(club3, "Vũ Thị Đào")
    found(club3, [("chair", c_chair, None), ("secretary", c_old, dt.date(2025, 12, 31))])
    yield {"clubs": (club, club2, club3), "a_chair": a_chair, "a_sec": a_sec,
           "b_chair": b_chair, "c_chair": c_chair, "c_old": c_old}
    set_user(None)


def test_share_of_boards_with_a_trained_member(boards):
    c1, _, c3 = boards["clubs"]
    course(attendees=[ATT(person_id=boards["a_sec"], club_id=c1.id),
                      ATT(person_id=boards["c_old"], club_id=c3.id),
                      ATT(name="Hoàng Văn Sơn", role="Cán bộ UBND phường")])
    course(on=dt.date(2026, 10, 1), attendees=[ATT(person_id=boards["c_chair"], club_id=c3.id)])
    early = bt.board_training(dt.date(2026, 6, 1))
    assert (early.clubs, early.clubs_trained, early.share_percent) == (3, 1, 33)
    assert [(s.club_code, s.role, s.full_name) for s in early.untrained] == [
        ("DX01", "chair", "Nguyễn Thị Huệ"), ("DX02", "chair", "Trần Văn An"),
        ("DX03", "chair", "Phạm Thị Cúc")]
    late = bt.board_training(dt.date(2026, 11, 1))
    assert (late.clubs_trained, late.share_percent) == (2, 67)
    assert [s.full_name for s in late.untrained] == ["Nguyễn Thị Huệ", "Trần Văn An"]


def test_courses_of_a_year_with_attendee_counts_and_audit(boards):
    c1 = boards["clubs"][0]
    made = course(attendees=[ATT(person_id=boards["a_chair"], club_id=c1.id),
                             ATT(name="Hoàng Văn Sơn", role="Cán bộ UBND")])
    course(title="Tham quan CLB Phú Lương", kind="study_visit", on=dt.date(2026, 8, 2))
    course(title="Năm trước", on=dt.date(2025, 8, 2))
    rows = training.courses(2026)
    assert [(r.title, r.kind, r.attendee_count) for r in rows] == [
        ("Tập huấn quản lý CLB", "course", 2), ("Tham quan CLB Phú Lương", "study_visit", 0)]
    row = AuditLog.get((AuditLog.entity == "course") & (AuditLog.entity_id == str(made.id)))
    assert '"attendees"' in row.after


def test_course_refusals_write_nothing(boards):
    c1, c2, _ = boards["clubs"]
    other_ward = new_club("BK01", 1843)
    before = (Course.select().count(), CourseAttendee.select().count(),
              AuditLog.select().count())
    with pytest.raises(ValidationError) as err:
        course(title="", kind="party", on=TODAY + dt.timedelta(days=1), attendees=[
            ATT(person_id=boards["a_chair"], club_id=c2.id),
            ATT(person_id=boards["a_chair"], club_id=c1.id, name="X"),
            ATT(person_id=boards["a_chair"]),
            ATT(),
            ATT(name="Y", club_id=other_ward.id)])
    assert codes(err.value) == {
        ("title", "required"), ("kind", "invalid"), ("date_from", "in_future"),
        ("date_to", "in_future"), ("attendees[1].person", "attendee_both"),
        ("attendees[2].club", "required"), ("attendees[3].name", "required"),
        ("attendees[4].club", "not_in_ward")}
    with pytest.raises(ValidationError) as err:
        course(date_to=dt.date(2026, 4, 1), attendees=[
            ATT(person_id=boards["a_chair"], club_id=c2.id)])
    assert codes(err.value) == {("date_to", "before_start")}
    with pytest.raises(ValidationError) as err:
        course(attendees=[ATT(person_id=boards["a_chair"], club_id=c2.id)])
    assert codes(err.value) == {("attendees[0].person", "not_member_on")}
    assert (Course.select().count(), CourseAttendee.select().count(),
            AuditLog.select().count()) == before


def test_another_wards_courses_look_missing(boards):
    mine = course()
    theirs = course(ward=1843, title="Lớp của phường khác")
    UserAccount.create(username="admin1", full_name="A", role="admin", ward=1840,
                       password_hash="x")
    set_user(as_user("clerk"))
    assert training.get_course(mine.id).id == mine.id
    with pytest.raises(NotFound) as err:
        training.get_course(theirs.id)
    assert (err.value.entity, err.value.key) == ("course", theirs.id)
    assert [r.title for r in training.courses(2026)] == ["Tập huấn quản lý CLB"]
    assert bt.board_training(TODAY).clubs == 3
    set_user(as_user("clerk", ward=1843))
    assert bt.board_training(TODAY).clubs == 0
    with pytest.raises(Exception) as refused:
        course(title="Lớp mới")  # a clerk of another ward writes no course of Đức Xuân
    assert type(refused.value).__name__ == "AccessDenied"
