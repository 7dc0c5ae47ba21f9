"""Benchmark: printing member lists. A 70-member club prints in ≤ 1 s and a 2,000-row register
in ≤ 5 s (data from the database + the whole paper), and the member table is laid out within
1.5× of bare reportlab laying out the same table in the same run.

"The same table" is measured like for like: both tables go alone into a bare SimpleDocTemplate
of the same landscape page, with the same rows (header, members, totals), bold header and totals
rows and a repeated header. The whole paper adds the Decree 30 header, title, composition line,
signatures and page numbers (a fixed cost, ~40 ms); that ratio is printed too, for information.

Run with: QT_QPA_PLATFORM=offscreen .venv/bin/pytest tests/perf/test_perf_member_list.py -s
"""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Callable

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from models.papers.papers_extra import member_list_data
from reports.fonts import document_fonts
from reports.papers import member_list
from reports.papers.member_list import MemberListData
from tests.papers_data import founded_club, setup_bodies

ON = dt.date(2026, 11, 20)
WIDTH = (297 - 30 - 15) * mm


def best_of(n: int, fn: Callable[[], object]) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(n):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def _doc(flowables: list) -> bytes:
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=30 * mm, rightMargin=15 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm, invariant=1).build(flowables)
    return buf.getvalue()


def bare_reportlab(data: MemberListData) -> bytes:
    """The same rows in a plain reportlab Table with a repeated header row."""
    fonts = document_fonts()
    rows = [[title for title, _, _ in member_list.COLUMNS]]
    rows += [[str(m.index), m.full_name, m.male_year, m.female_year, m.ethnicity, m.village,
              m.household, m.role, m.note] for m in data.rows]
    men = sum(1 for m in data.rows if m.male_year)
    rows.append(["", f"Cộng: {len(data.rows)} người", str(men), str(len(data.rows) - men),
                 "", "", "", "", ""])
    table = Table(rows, repeatRows=1, style=TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.regular, 12),
        ("FONT", (0, 0), (-1, 0), fonts.bold, 12),
        ("FONT", (0, -1), (-1, -1), fonts.bold, 12),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
    ]))
    return _doc([table])


def our_table(data: MemberListData) -> bytes:
    return _doc([member_list.member_table(data, document_fonts(), WIDTH)])


@pytest.fixture
def bodies(office):
    return setup_bodies()


@pytest.mark.parametrize(("members", "limit"), [(70, 1.0), (2000, 5.0)])
def test_member_list_speed(bodies, members, limit):
    club_id = founded_club(members, seed=11)
    document_fonts()  # registering the font is start-up cost, paid once per program run
    data_time, data = best_of(3, lambda: member_list_data(club_id, ON))
    assert len(data.rows) == members
    paper_time, pdf = best_of(3, lambda: member_list.build(data))
    table_time, _ = best_of(3, lambda: our_table(data))
    bare_time, _ = best_of(3, lambda: bare_reportlab(data))
    total = data_time + paper_time
    ratio = table_time / bare_time
    print(f"\n{members} members: data {data_time * 1000:.0f} ms + paper "
          f"{paper_time * 1000:.0f} ms = {total * 1000:.0f} ms (limit {limit * 1000:.0f} ms);"
          f" table {table_time * 1000:.0f} ms vs bare reportlab {bare_time * 1000:.0f} ms: "
          f"ratio {ratio:.2f} (limit 1.50); whole paper / bare table "
          f"{paper_time / bare_time:.2f}")
    assert pdf.startswith(b"%PDF-")
    assert total <= limit
    assert ratio <= 1.5
