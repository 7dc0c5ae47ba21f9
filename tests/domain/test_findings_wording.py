"""Every finding the meeting, loan and supervision checks of `check` can give reads as a
sentence a clerk understands: the club, the date, the contract and the money, not a code."""

from __future__ import annotations

import datetime as dt
import inspect
import re

import pytest

from models.meetings import meetings
from models.meetings.tables import Meeting
from models.storage import integrity
from models.storage.schema import Loan
from models.supervision.checks import supervision_checks
from models.text.findings import INTEGRITY, finding_text
from tests.conftest import TODAY
from tests.domain.meetings_data import meeting_club

D = dt.date


@pytest.mark.parametrize("check", [integrity.meeting_checks, integrity.loan_checks,
                                   supervision_checks])
def test_every_code_of_the_check_has_wording(check):
    codes = set(re.findall(r'Finding\(\s*"(\w+)"', inspect.getsource(check)))
    assert codes and codes <= set(INTEGRITY), codes - set(INTEGRITY)


def test_meeting_and_loan_findings_read_as_sentences(club):
    book = meeting_club(club)
    meetings.record_meeting(meetings.MeetingInput(
        club_id=club.id, date=D(2026, 2, 15), fees={book["an"]: 5_000, book["hue"]: 5_000}),
        today=TODAY)
    assert integrity.meeting_checks() == [] and integrity.loan_checks() == []
    # changed behind the services' back
    Meeting.update(fee_total=15_000).execute()
    Loan.update(status="repaid").where(Loan.id == book["loan"].id).execute()
    meeting_text = [finding_text(f) for f in integrity.meeting_checks()]
    loan_text = [finding_text(f) for f in integrity.loan_checks()]
    assert meeting_text == [
        "Buổi sinh hoạt ngày 15/02/2026 của CLB DX01: phiếu thu hội phí (mã dòng "
        f"{Meeting.get().receipt_id}) không có trong sổ quỹ hoặc không khớp: phiếu ghi "
        "10.000 đồng, buổi sinh hoạt ghi 15.000 đồng"]
    assert loan_text == ["Khoản vay số 1 của CLB DX01 ghi là đã trả hết nhưng còn nợ "
                         "12.000.000 đồng tiền gốc"]


def test_supervision_findings_read_as_sentences(office):
    from models.supervision import templates, visits
    from models.supervision.tables import SupervisionVisit
    from tests.papers_data import founded_club

    club_id = founded_club(10)
    template = templates.default_template()
    answers = {i.id: visits.AnswerInput("met")
               for _, items in templates.groups_of(template.id) for i in items}
    visit = visits.record_visit(visits.VisitInput(
        club_id=club_id, date=D(2026, 6, 10), kind="sample", supervisors="Đặng Văn Nam",
        answers=answers), today=TODAY)
    assert supervision_checks() == []
    SupervisionVisit.update(score_tenths=905).where(SupervisionVisit.id == visit.id).execute()
    assert [finding_text(f) for f in supervision_checks()] == [
        "Lần giám sát CLB DX01 ngày 10/06/2026: điểm đã lưu (90,5) khác điểm tính lại từ các "
        "câu trả lời (100,0)"]
