"""The review report of a plan (sơ kết in a year before the plan's last, tổng kết in its last):
the dashboard of each year from the plan's first to the report's, as the plan's targets beside
the recorded figures (models/plans/dashboard.py, the same figures the window shows), filled
into reports/review_report.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from models.errors import ValidationError
from models.office import settings
from models.papers import paper_facts
from models.plans import dashboard, display
from models.plans import plans as plan_service
from models.storage.output import write_output
from models.storage.schema import Ward
from models.text.labels import label
from models.text.vietnamese import decree_date, format_number
from reports import review_report, review_xlsx
from reports.decree30 import Signature
from reports.review_report import BudgetLine, IndicatorLine, ReviewReportData, ShareBar

VERDICT = {"met": "Đạt", "below": "Chưa đạt", "above": "Vượt mức tối đa",
           "no_data": "Chưa có số liệu"}


def boards(plan_id: int, year: int, today: dt.date | None = None
           ) -> list[dashboard.Dashboard]:
    """The dashboard of the plan's area for each year from its first to `year`."""
    plan = plan_service.get_plan(plan_id)
    if not plan.first_year <= year <= plan.last_year:
        raise ValidationError("year", "outside_plan", {"value": year})
    return [dashboard.compute(plan.scope, y, plan_id=plan.id, today=today)
            for y in range(plan.first_year, year + 1)]


def _header(plan_area: str) -> tuple[str, str, str, Signature]:
    """(parent body, issuing body, place, signature) of the office that reports."""
    office = settings.load(settings.OfficeSettings)
    body = paper_facts.default_body()
    ward = Ward.get_or_none(Ward.code == office.ward_code) if office.ward_code else None
    place = paper_facts.place_name(ward) if ward is not None else ""
    if plan_area.startswith("P") or body is None:
        name = plan_service.area_name(plan_area)
        # a province's paper is dated from the province ("Thái Nguyên, ngày …")
        seat = name.removeprefix("Tỉnh ").removeprefix("Thành phố ")
        return "", f"ỦY BAN NHÂN DÂN {name.upper()}", seat, Signature(
            "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "")
    return (body.parent_name, body.name, place,
            Signature(body.authority, body.signer_title, body.signer_name))


_BODIES = ("ỦY BAN NHÂN DÂN", "HỘI NGƯỜI CAO TUỔI")
_DIVISIONS = ("THÀNH PHỐ", "THỊ XÃ", "TỈNH", "HUYỆN", "QUẬN", "PHƯỜNG", "XÃ")


def body_in_text(name: str) -> str:
    """"ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN" -> "Ủy ban nhân dân thành phố Bắc Kạn" for running
    text; a name not in capitals is kept as typed."""
    if name != name.upper():
        return name
    out = name
    for body in _BODIES:
        if out.startswith(body):
            rest = out[len(body):].strip()
            for division in _DIVISIONS:
                if rest.startswith(division + " "):
                    rest = f"{division.lower()} {rest[len(division) + 1:].title()}"
                    break
            else:
                rest = rest.title()
            return f"{body.capitalize()} {rest}".strip()
    return out


def area_in_text(name: str) -> str:
    """"Phường Đức Xuân, Tỉnh Thái Nguyên" -> "phường Đức Xuân, tỉnh Thái Nguyên"."""
    parts = []
    for part in name.split(", "):
        for word in ("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu "):
            if part.startswith(word):
                part = word.lower() + part[len(word):]
                break
        parts.append(part)
    return ", ".join(parts)


def review_data(plan_id: int, year: int, on: dt.date | None = None,
                today: dt.date | None = None) -> ReviewReportData:
    """The review report of plan `plan_id` up to `year`, dated `on` (default today)."""
    plan = plan_service.get_plan(plan_id)
    years = boards(plan_id, year, today)
    lines = []
    for board in years:
        for row in board.targets:
            lines.append(IndicatorLine(display.label(row), board.end.year, display.bound(row),
                                       display.actual(row), display.gap(row),
                                       VERDICT[row.status]))
    last = years[-1]
    # a per-club standard is planned for every club: 100 % of the clubs
    bars = tuple(ShareBar(display.label(r), 100.0 if r.per_club else float(r.low or r.high or 0),
                          float(r.actual or 0))
                 for r in last.targets if r.kind == "share" or r.per_club)
    budget = tuple(BudgetLine(b.year, label("budget_source", b.source),
                              format_number(b.planned), format_number(b.granted))
                   for b in last.budget if b.year <= year)
    misses = []
    for club in last.clubs:
        missed = [m for m in last.misses if m.club_id == club.club_id]
        if missed:
            misses.append(f"{club.code} ({club.name}): "
                          + "; ".join(display.miss(m) for m in missed))
    totals = last.totals
    summary = (f"Đến hết năm {year}, trên địa bàn {area_in_text(last.area_name)} có {totals['clubs']} câu "
               f"lạc bộ liên thế hệ tự giúp nhau đang hoạt động với {format_number(totals['members'])}"
               f" thành viên, trong đó {format_number(totals['members_older'])} người cao tuổi, "
               f"{format_number(totals['members_women'])} nữ; {totals['borrowers']} thành viên "
               f"vay vốn, {totals['income_improved']} thành viên tăng thu nhập. Trong năm các "
               f"câu lạc bộ tổ chức {totals['meetings_held']} buổi sinh hoạt.",
               "Kết quả thực hiện từng chỉ tiêu của kế hoạch "
               + (f"năm {year}" if year == plan.first_year
                  else f"qua các năm {plan.first_year} - {year}") + " như sau:")
    parent, body, place, signature = _header(plan.scope)
    if plan.number:  # "thực hiện Kế hoạch số 65/KH-UBND ngày … của Ủy ban nhân dân …"
        dated = f" ngày {decree_date(plan.date)}" if plan.date else ""
        plan_line = (f"thực hiện Kế hoạch số {plan.number}{dated} của "
                     f"{body_in_text(plan.issuing_body)}")
    else:  # an unnumbered plan is named by its title: "kế hoạch thực hiện Đề án …"
        plan_line = plan.title[:1].lower() + plan.title[1:]
    return ReviewReportData(
        parent_body=parent, issuing_body=body, symbol="BC-UBND", place=place,
        date=on or dt.date.today(), final=year == plan.last_year,
        plan_line=plan_line,
        period=f"{plan.first_year} - {year}", area=area_in_text(last.area_name),
        summary=summary,
        lines=tuple(lines), bars=bars, budget=budget, misses=tuple(misses),
        signature=signature)


def review_pdf(plan_id: int, year: int, on: dt.date | None = None,
               today: dt.date | None = None) -> bytes:
    """The review report's PDF bytes."""
    return review_report.build(review_data(plan_id, year, on, today), paper_facts.page_setup())


def review_file(plan_id: int, year: int, path: str | Path, *, force: bool = False,
                on: dt.date | None = None, today: dt.date | None = None) -> Path:
    """Write the review report to `path`: .pdf, or the indicator table as .xlsx."""
    data = review_data(plan_id, year, on, today)
    if str(path).lower().endswith(".xlsx"):
        return write_output(path, lambda tmp: review_xlsx.write(data, tmp), force=force)
    return write_output(path, review_report.build(data, paper_facts.page_setup()),
                        force=force)
