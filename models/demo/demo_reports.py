"""The demo's annual reports: every ended year's reports written, sent and approved through the
services, from the clubs up to the nation, as offices would have done year after year.

Each approval builds and numbers a PDF (a few tenths of a second), so a large demo commune
(more than MAX_CLUBS clubs) gets none: its benchmarks approve what they measure themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from models.reporting.figures import running_clubs
from models.reporting.snapshot import NATION_CODE
from models.signoff import reports, units
from models.signoff.aggregate import year_bounds
from models.storage.schema import Club

MAX_CLUBS = 30
APPROVERS = {
    "club": ("Hoàng Văn Thụ", "Chủ tịch Hội Người cao tuổi phường"),
    "ward": ("Nông Thị Lan", "Chủ tịch Hội Người cao tuổi tỉnh"),
    "province": ("Trần Văn Quốc", "Chủ tịch Trung ương Hội Người cao tuổi Việt Nam"),
    "nation": ("Trần Văn Quốc", "Chủ tịch Trung ương Hội Người cao tuổi Việt Nam"),
}
WORDS = {
    "club": reports.Narrative(
        results="Câu lạc bộ duy trì sinh hoạt hằng tháng, các thành viên tích cực tham gia "
                "tám nội dung hoạt động; quỹ quay vòng được quản lý công khai, minh bạch.",
        difficulties="Nguồn vốn quay vòng còn ít so với nhu cầu vay của thành viên; một số "
                     "thành viên cao tuổi đi lại khó khăn.",
        proposals="Đề nghị Ủy ban nhân dân phường tiếp tục hỗ trợ vốn và tập huấn cho Ban "
                  "chủ nhiệm."),
    "ward": reports.Narrative(
        results="Các câu lạc bộ trên địa bàn hoạt động ổn định, đạt chuẩn về số lượng và cơ "
                "cấu thành viên; hoạt động chăm sóc sức khỏe và tạo thu nhập có hiệu quả.",
        difficulties="Kinh phí hỗ trợ từ ngân sách còn hạn chế.",
        proposals="Đề nghị tỉnh bố trí kinh phí nhân rộng mô hình."),
    "province": reports.Narrative(
        results="Mô hình câu lạc bộ được duy trì và nhân rộng theo kế hoạch.",
        difficulties="", proposals=""),
    "nation": reports.Narrative(results="Tổng hợp kết quả của các tỉnh, thành phố.",
                                difficulties="", proposals=""),
}


@dataclass
class ReportsSummary:
    years: tuple[int, ...] = ()
    approved: int = 0
    skipped: bool = False  # the commune is too large for the demo's reports


def _approve(level: str, code: str, year: int, today: dt.date) -> None:
    reports.save_narrative(level, code, year, WORDS[level])
    reports.submit(level, code, year)
    name, title = APPROVERS[level]
    reports.approve(level, code, year, name, title, today=today)


def approve_past_years(today: dt.date,
                       progress: Callable[[int, int], None] | None = None) -> ReportsSummary:
    """Write, send and approve every ended year's report of every running club, its ward, its
    province and the nation (years from the first club's founding to last year)."""
    first = Club.select(Club.decision_date).where(Club.decision_date.is_null(False)) \
        .order_by(Club.decision_date).first()
    if first is None or Club.select().count() > MAX_CLUBS:
        return ReportsSummary(skipped=first is not None)
    years = tuple(range(first.decision_date.year, today.year))
    summary = ReportsSummary(years=years)
    for n, year in enumerate(years, 1):
        ids = running_clubs(year_bounds(year)[1])
        clubs = list(Club.select(Club.code, Club.ward).where(Club.id.in_(ids or [0])).tuples())
        for code, _ward in clubs:
            _approve("club", code, year, today)
        wards = sorted({ward for _c, ward in clubs})
        provinces = sorted({units.unit("ward", str(w)).province_code for w in wards})
        for ward in wards:
            _approve("ward", str(ward), year, today)
        for province in provinces:
            _approve("province", str(province), year, today)
        if provinces:
            _approve("nation", NATION_CODE, year, today)
        summary.approved += len(clubs) + len(wards) + len(provinces) + bool(provinces)
        if progress is not None:
            progress(n, len(years))
    return summary
