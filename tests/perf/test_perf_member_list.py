"""Benchmark: printing member lists. A 70-member club in ≤ 1 s, a 2,000-row register in ≤ 5 s,
and within 1.5× of bare reportlab laying out the same table in the same run.

Run with: QT_QPA_PLATFORM=offscreen .venv/bin/pytest tests/perf/test_perf_member_list.py -s
"""

from __future__ import annotations

import datetime as dt
import io
import time

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from models.papers_extra import MemberListData, member_list_data
from reports.fonts import document_fonts
from reports.papers import member_list
from tests.papers_data import founded_club, setup_bodies

ON = dt.date(2026, 11, 20)


def best_of(n: int, fn) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(n):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def bare_reportlab(data: MemberListData) -> bytes:
    """The same rows in a plain SimpleDocTemplate + Table with a repeated header row."""
    fonts = document_fonts()
    rows = [["STT", "Họ và tên", "Nam", "Nữ", "Dân tộc", "Thôn/tổ", "Hoàn cảnh hộ", "Vai trò",
             "Ghi chú"]]
    rows += [[str(m.index), m.full_name, m.male_year, m.female_year, m.ethnicity, m.village,
              m.household, m.role, m.note] for m in data.rows]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=30 * mm,
                            rightMargin=15 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    table = Table(rows, repeatRows=1, style=TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.regular, 12),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
    ]))
    doc.build([table])
    return buf.getvalue()


@pytest.fixture
def bodies(office):
    return setup_bodies()


@pytest.mark.parametrize(("members", "limit"), [(70, 1.0), (2000, 5.0)])
def test_member_list_speed(bodies, members, limit):
    club_id = founded_club(members, seed=11)
    document_fonts()  # registering the font once is start-up cost, not printing
    data_time, data = best_of(3, lambda: member_list_data(club_id, ON))
    assert len(data.rows) == members
    build_time, pdf = best_of(3, lambda: member_list.build(data))
    bare_time, bare = best_of(3, lambda: bare_reportlab(data))
    total = data_time + build_time
    ratio = build_time / bare_time
    print(f"\n{members} members: data {data_time * 1000:.0f} ms, layout {build_time * 1000:.0f}"
          f" ms, total {total * 1000:.0f} ms (limit {limit * 1000:.0f} ms); bare reportlab "
          f"{bare_time * 1000:.0f} ms; ratio {ratio:.2f} (limit 1.50); "
          f"{len(pdf) // 1024} KiB vs {len(bare) // 1024} KiB")
    assert pdf.startswith(b"%PDF-")
    assert total <= limit
    assert ratio <= 1.5
