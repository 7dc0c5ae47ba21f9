"""Annual reports and their sign-off: states, approval only when every unit below is
approved, frozen figures equal to the records, a ward's figures the sum of its clubs'
snapshots, reopening into a new version with the old one readable, rights by office, the
difference between records and a signed snapshot, and the papers read back."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import openpyxl
import pytest

from models.accounts.access import AccessDenied
from models.accounts.session import set_user
from models.errors import ValidationError
from models.funds import funds
from models.papers import documents
from models.reporting import indicators
from models.reporting.figures import club_figures
from models.signoff import aggregate, diff, printing, reports, units
from models.storage.schema import Club, Fund
from tests.domain.signoff_helpers import (
    PROVINCE,
    RUNNING,
    TODAY,
    WARD,
    YEAR,
    approve_club,
    approve_ward,
    demo_office,
    user,
)
from tests.reports.pdf_probe import flat_text


@pytest.fixture
def demo(db):
    set_user(None)
    demo_office()
    yield
    set_user(None)


def codes(err):
    return {(p.field, p.code) for p in err.value.problems}


def year_figures(code):
    club = Club.get(Club.code == code)
    return club_figures([club.id], dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31),
                        today=dt.date(YEAR, 12, 31))[club.id]


def test_states_draft_submitted_returned_approved(demo):
    report = reports.open_report("club", "DX001", YEAR)
    assert (report.state, report.version) == ("draft", 1)
    reports.save_narrative("club", "DX001", YEAR, reports.Narrative(
        results="Câu lạc bộ duy trì sinh hoạt đều.", difficulties="Thiếu vốn.",
        proposals="Xin hỗ trợ thêm vốn."))
    with pytest.raises(ValidationError) as err:  # only a submitted report is approved
        reports.approve("club", "DX001", YEAR, "Nguyễn Văn Hùng", "Chủ tịch", today=TODAY)
    assert codes(err) == {("report", "report_state")}
    reports.submit("club", "DX001", YEAR)
    with pytest.raises(ValidationError) as err:  # a sent report is not edited
        reports.save_narrative("club", "DX001", YEAR, reports.Narrative(results="khác"))
    assert codes(err) == {("report", "report_state")}
    with pytest.raises(ValidationError) as err:
        reports.return_report("club", "DX001", YEAR, " ")
    assert codes(err) == {("reason", "required")}
    returned = reports.return_report("club", "DX001", YEAR, "Bổ sung phần khó khăn")
    assert (returned.state, returned.return_reason) == ("returned", "Bổ sung phần khó khăn")
    reports.save_narrative("club", "DX001", YEAR, reports.Narrative(
        results="Câu lạc bộ duy trì sinh hoạt đều.", difficulties="Thiếu vốn, thiếu sân.",
        proposals="Xin hỗ trợ thêm vốn."))
    reports.submit("club", "DX001", YEAR)
    with pytest.raises(ValidationError) as err:  # the year must be over
        reports.approve("club", "DX001", YEAR, "Nguyễn Văn Hùng", "", today=dt.date(YEAR, 12, 31))
    assert ("year", "year_not_ended") in codes(err)
    approved = reports.approve("club", "DX001", YEAR, "Nguyễn Văn Hùng",
                               "Chủ tịch Hội NCT phường", today=TODAY)
    assert approved.state == "approved" and approved.approved_by == "Nguyễn Văn Hùng"
    assert approved.approved_title == "Chủ tịch Hội NCT phường"
    assert approved.approved_at is not None


def test_a_planned_club_has_no_report_and_phone_numbers_stay_out(demo):
    with pytest.raises(ValidationError) as err:
        reports.open_report("club", "DX003", YEAR)
    assert codes(err) == {("club", "club_not_running")}
    with pytest.raises(ValidationError) as err:
        reports.save_narrative("club", "DX001", YEAR,
                               reports.Narrative(proposals="Gọi bà Hoa 0912345678"))
    assert codes(err) == {("proposals", "personal_data")}


def test_approval_freezes_the_records_figures_and_numbers_the_pdf(demo):
    approve_club("DX001")
    report = reports.current("club", "DX001", YEAR)
    snap = reports.snapshot_of(report.id)
    assert snap.figures == year_figures("DX001")
    assert snap.figures["members"] > 0 and snap.figures["clubs"] == 1
    assert report.snapshot_sha256 == hashlib.sha256(snap.canonical()).hexdigest()
    assert report.snapshot_json.encode("utf-8") == snap.canonical()
    pdf = reports.archived_pdf(report.id)
    assert hashlib.sha256(pdf).hexdigest() == snap.pdf_sha256 == report.document.sha256
    row = documents.document_row(report.document_id)
    assert row.kind == "annual_report" and row.number_text == "01/BC-HNCT"
    assert row.summary == f"Báo cáo kết quả hoạt động năm {YEAR} của {snap.unit_name}"
    # the printed copy of an approved report is the archived one, byte for byte
    assert printing.annual_report_pdf("club", "DX001", YEAR) == (pdf, True)


def test_pdf_reads_back_the_indicator_table(demo):
    approve_club("DX001")
    pdf, signed = printing.annual_report_pdf("club", "DX001", YEAR)
    text = flat_text(pdf)
    figures = year_figures("DX001")
    assert "BÁO CÁO" in text and f"Kết quả hoạt động năm {YEAR}" in text
    assert "01/BC-HNCT" in text and "Nguyễn Văn Hùng" in text
    for i, ind in enumerate(indicators.INDICATORS, start=1):
        value = f"{figures[ind.code]:,}".replace(",", ".")
        label = ind.label + (" (đồng)" if ind.unit == "money" else "")
        assert f"{i} {label} {value}" in text, (ind.code, value)


def test_ward_needs_every_club_and_adds_up_their_snapshots(demo):
    approve_club("DX001")
    reports.submit("ward", WARD, YEAR)
    with pytest.raises(ValidationError) as err:
        reports.approve("ward", WARD, YEAR, "Hoàng Thị Lan", "Chủ tịch", today=TODAY)
    problem = err.value.problems[0]
    assert (problem.field, problem.code, problem.params["count"]) == (
        "below", "units_not_approved", 1)
    assert Club.get(Club.code == "DX002").name in problem.params["names"]
    approve_club("DX002")
    ward = reports.approve("ward", WARD, YEAR, "Hoàng Thị Lan", "Chủ tịch", today=TODAY)
    snap = reports.snapshot_of(ward.id)
    clubs = [reports.snapshot_of(reports.current("club", c, YEAR).id) for c in RUNNING]
    assert snap.figures == indicators.add_up([c.figures for c in clubs])
    assert [c.unit_code for c in snap.children] == list(RUNNING)
    assert snap.figures["clubs"] == 2
    assert snap.figures["members"] == sum(year_figures(c)["members"] for c in RUNNING)
    # the per-club table of the ward's paper and its .xlsx carry the same figures
    book = openpyxl.load_workbook(io.BytesIO(printing.indicator_sheet("ward", WARD, YEAR)))
    sheet = book["Theo đơn vị"]
    rows = list(sheet.iter_rows(min_row=7, values_only=True))
    assert rows[-1][1] == "Tổng cộng"
    column = 2 + [c for c, _ in printing_columns()].index("members")
    assert [r[column] for r in rows] == [
        *(c.figures["members"] for c in clubs), snap.figures["members"]]
    assert book["Chỉ số"].page_setup.orientation == "portrait"


def printing_columns():
    return [(i.code, i.label) for i in indicators.INDICATORS]


def test_province_and_nation_add_up_their_wards(demo):
    approve_ward()
    reports.submit("province", PROVINCE, YEAR)
    province = reports.approve("province", PROVINCE, YEAR, "Lê Văn Nam", "Chủ tịch",
                               today=TODAY)
    ward = reports.snapshot_of(reports.current("ward", WARD, YEAR).id)
    assert reports.snapshot_of(province.id).figures == ward.figures
    assert [s.unit_code for s in aggregate.snapshots_below("nation", "VN", YEAR)] == [PROVINCE]
    reports.submit("nation", "VN", YEAR)
    nation = reports.approve("nation", "VN", YEAR, "Trần Văn Quốc", "Chủ tịch", today=TODAY)
    assert reports.snapshot_of(nation.id).figures == ward.figures


def test_reopen_makes_a_new_version_and_keeps_the_signed_one(demo):
    approve_ward()
    with pytest.raises(ValidationError) as err:  # the ward's approval stands on the club's
        reports.reopen("club", "DX001", YEAR, "Sai số thành viên")
    assert codes(err) == {("report", "parent_approved")}
    with pytest.raises(ValidationError) as err:
        reports.reopen("ward", WARD, YEAR, "")
    assert codes(err) == {("reason", "required")}
    reports.reopen("ward", WARD, YEAR, "Câu lạc bộ Tổ 13 báo sai số thành viên")
    first = reports.current("club", "DX001", YEAR)
    first_pdf = reports.archived_pdf(first.id)
    new = reports.reopen("club", "DX001", YEAR, "Sai số thành viên")
    assert (new.state, new.version, new.results) == ("draft", 2, first.results)
    old = reports.versions("club", "DX001", YEAR)
    assert [(r.version, r.state) for r in old] == [(1, "reopened"), (2, "draft")]
    assert old[0].reopen_reason == "Sai số thành viên"
    assert reports.archived_pdf(old[0].id) == first_pdf  # still readable, as signed
    assert reports.snapshot_of(old[0].id).version == 1
    # the ward cannot be approved again until the club's new version is
    reports.submit("ward", WARD, YEAR)
    with pytest.raises(ValidationError) as err:
        reports.approve("ward", WARD, YEAR, "Hoàng Thị Lan", "Chủ tịch", today=TODAY)
    assert ("below", "units_not_approved") in codes(err)
    approve_club("DX001")
    second = reports.current("club", "DX001", YEAR)
    assert second.version == 2 and reports.snapshot_of(second.id).version == 2
    assert reports.number_text(second) != reports.number_text(old[0])


def test_rights_follow_the_offices(demo):
    reports.open_report("club", "DX001", YEAR)
    user("clerk", ward=1840)
    reports.submit("club", "DX001", YEAR)
    with pytest.raises(AccessDenied):  # a clerk does not sign off
        reports.approve("club", "DX001", YEAR, "A", "", today=TODAY)
    user("approver", ward=1840)
    reports.approve("club", "DX001", YEAR, "Nguyễn Văn Hùng", "Chủ tịch", today=TODAY)
    approve_club("DX002")
    reports.submit("ward", WARD, YEAR)
    with pytest.raises(AccessDenied):  # the ward office does not approve its own report
        reports.approve("ward", WARD, YEAR, "A", "", today=TODAY)
    user("approver", ward=1843)
    with pytest.raises(AccessDenied):
        reports.submit("club", "DX002", YEAR)
    user("approver", province=19)
    with pytest.raises(AccessDenied):  # a club's report is the ward office's business
        reports.return_report("club", "DX001", YEAR, "x")
    reports.approve("ward", WARD, YEAR, "Hoàng Thị Lan", "Chủ tịch", today=TODAY)
    assert units.may_approve(units.unit("ward", WARD))
    user("approver", province=1)  # Hà Nội reads nothing of Thái Nguyên
    with pytest.raises(AccessDenied):
        reports.current("ward", WARD, YEAR)


def test_difference_from_the_signed_snapshot(demo):
    approve_club("DX001")
    assert diff.differences("club", "DX001", YEAR).same
    assert diff.differences("club", "DX002", YEAR) is None
    reports.reopen("club", "DX001", YEAR, "Thiếu một khoản ủng hộ")
    fund = Fund.get((Fund.club == Club.get(Club.code == "DX001").id) & (Fund.kind == "activity"))
    funds.post_entry(funds.EntryInput(fund_id=fund.id, kind="receipt", date=dt.date(YEAR, 12, 5),
                                      amount=250_000, category="donation",
                                      party="Công ty Bình An"), today=TODAY)
    found = diff.differences("club", "DX001", YEAR)
    by_code = {line.code: line for line in found.lines}
    assert set(by_code) == {"fund_activity_balance", "grants_sponsors"}
    assert by_code["grants_sponsors"].difference == 250_000
    assert by_code["fund_activity_balance"].recorded - by_code[
        "fund_activity_balance"].signed == 250_000


def test_check_finds_signed_figures_changed_behind_the_programs_back(demo):
    from models.signoff.checks import report_checks
    from models.signoff.tables import AnnualReport

    approve_club("DX001")
    assert report_checks() == []
    report = reports.current("club", "DX001", YEAR)
    altered = report.snapshot_json.replace('"members":', '"members":1', 1)
    AnnualReport.update(snapshot_json=altered).where(AnnualReport.id == report.id).execute()
    found = report_checks()
    assert [(f.code, f.row_id) for f in found] == [("report_snapshot_changed", report.id)]
    # a matching hash written beside it does not hide it: the approval's audit row keeps one
    AnnualReport.update(snapshot_sha256=hashlib.sha256(altered.encode()).hexdigest()).where(
        AnnualReport.id == report.id).execute()
    assert [f.code for f in report_checks()] == ["report_snapshot_changed"]
