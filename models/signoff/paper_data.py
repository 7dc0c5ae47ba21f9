"""The annual report's paper: its data from a unit's figures (a Snapshot, signed or not) and
the office's issuing body; reports/annual_report.py lays it out."""

from __future__ import annotations

import datetime as dt

from models.codes import ACTIVITY_AREAS
from models.office.admin_units import short_name
from models.papers import documents
from models.papers.paper_facts import page_setup
from models.reporting import indicators
from models.reporting.snapshot import Snapshot
from models.signoff.units import Unit
from models.storage.schema import IssuingBody, Province, Ward
from models.text.vietnamese import format_date
from reports import annual_report
from reports.annual_report import AnnualReportData, ChildLine, IndicatorLine
from reports.decree30 import Signature

# The per-unit table of the PDF keeps the columns a reader compares across units; the .xlsx
# carries every indicator.
CHILD_COLUMNS: tuple[tuple[str, str], ...] = (
    ("members", "Thành viên"),
    ("members_older", "NCT"),
    ("members_women", "Nữ"),
    ("meetings_held", "Buổi SH"),
    ("borrowers", "Vay vốn"),
    ("loans_outstanding_amount", "Dư nợ (đ)"),
    ("clubs_both_funds", "Đủ 2 quỹ"),
)


ASSOCIATION = {"province": "Hội Người cao tuổi {name}",
               "nation": "Trung ương Hội Người cao tuổi Việt Nam"}


def summary(u: Unit, year: int) -> str:
    """The register's summary (trích yếu) of a unit's annual report."""
    return f"Báo cáo kết quả hoạt động năm {year} của {u.name}"


def lines() -> tuple[IndicatorLine, ...]:
    return tuple(IndicatorLine(i.code, i.label, i.unit == "money")
                 for i in indicators.INDICATORS)


def area_labels() -> tuple[tuple[str, str], ...]:
    return tuple((a, indicators.BY_CODE[f"activities_{a}"].label) for a in ACTIVITY_AREAS)


def _place(u: Unit) -> str:
    if u.ward_code is not None:
        ward = Ward.get_or_none(Ward.code == u.ward_code)
        if ward is not None:
            return f"{ward.division_type.capitalize()} {short_name(ward.name)}"
    if u.province_code is not None:
        prov = Province.get_or_none(Province.code == u.province_code)
        if prov is not None:
            return short_name(prov.name)
    return "Hà Nội"


def report_data(u: Unit, snap: Snapshot, body: IssuingBody | None, *,
                approved: bool, on: dt.date | None = None) -> AnnualReportData:
    """The paper of a unit's report from its figures; `approved` prints the approver's
    name and the approval date, otherwise the paper is a draft (blank number and date)."""
    symbol = documents.symbol_for(documents.type_code_for("annual_report"),
                                  body.code if body else "")
    when = on
    if approved and snap.approved_at:
        when = dt.datetime.fromisoformat(snap.approved_at).date()
    title = snap.approved_title if approved else (body.signer_title if body else "")
    issuing, parent = (body.name, body.parent_name) if body else (u.name.upper(), "")
    if u.level in ("province", "nation"):
        # the office's own bodies are a ward's; a province's or the nation's report is headed
        # by that level's association (numbered in the office's register all the same)
        issuing, parent = ASSOCIATION[u.level].format(name=u.name[:1].lower() + u.name[1:]).upper(), ""
    # the body's authority line speaks for the office that issues it: a club's report is
    # signed by the ward office; above, the approver signs with their own title
    authority = body.authority if body and u.level == "club" else ""
    return AnnualReportData(
        level=u.level, unit_name=u.name, year=snap.year,
        issuing_body=issuing, parent_body=parent,
        place=_place(u), date=when, symbol=symbol,
        figures=dict(snap.figures), lines=lines(), area_labels=area_labels(),
        children=tuple(ChildLine(c.unit_code, c.unit_name, dict(c.figures))
                       for c in snap.children),
        child_columns=CHILD_COLUMNS if u.level != "club" else (),
        results=snap.narrative.get("results", ""),
        difficulties=snap.narrative.get("difficulties", ""),
        proposals=snap.narrative.get("proposals", ""),
        signature=Signature(authority, title.upper(),
                            snap.approved_by if approved else (body.signer_name if body
                                                                else "")),
        recipients=("Cấp trên (để báo cáo)", "Các câu lạc bộ", "Lưu: VT"),
        version=snap.version, approved=approved,
        approval_line=(f"Báo cáo (phiên bản {snap.version}) đã được duyệt ngày "
                       f"{format_date(when)}: {snap.approved_by}"
                       + (f", {snap.approved_title}" if snap.approved_title else "") + "."
                       if approved and when else ""))


def build_pdf(data: AnnualReportData) -> bytes:
    """The report's PDF with the office's page setup."""
    return annual_report.build(data, page_setup())
