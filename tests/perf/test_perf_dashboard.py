"""The dashboard of the whole demo commune (1,000 clubs, years of records) against its plan.

`dashboard.compute` (every indicator of every club through models/reporting/figures.py, the
targets, the misses and the budget) is timed beside one hand-written SQL aggregate of the
same figures run with raw sqlite3 on the same file in the same run: members and their
composition, fund balances, grants, loans disbursed, repayments and the schedule due,
meetings, training and supervision per club.
Budget: ≤ 1 s and ≤ 2× the raw aggregate. The example plan is loaded inside a transaction
that is rolled back, so the cached demo file is left as it was.
"""

from __future__ import annotations

import sqlite3

from models.plans import dashboard, examples
from tests.perf.bench import print_table, repeat_ms

YEAR = 2025
BUDGET_MS = 1000.0
RATIO = 2.0
RAW_SQL = """
WITH m AS (
  SELECT ms.club_id AS club, COUNT(*) AS members,
         SUM(CASE WHEN :year - p.birth_year >= 55 THEN 1 ELSE 0 END) AS older,
         SUM(CASE WHEN p.gender = 'F' THEN 1 ELSE 0 END) AS women,
         SUM(CASE WHEN p.household_status IN ('poor', 'near_poor', 'hardship')
             THEN 1 ELSE 0 END) AS poor
  FROM membership ms JOIN person p ON p.id = ms.person_id
  WHERE ms.joined_on <= :end AND (ms.left_on IS NULL OR ms.left_on > :end)
  GROUP BY ms.club_id),
f AS (
  SELECT fu.club_id AS club, fu.kind AS kind,
         SUM(CASE WHEN e.kind = 'receipt' THEN e.amount ELSE -e.amount END) AS balance,
         SUM(CASE WHEN e.category IN ('budget_province', 'budget_commune', 'donation')
                  AND e.date >= :start THEN e.amount ELSE 0 END) AS grants
  FROM ledger_entry e JOIN fund fu ON fu.id = e.fund_id WHERE e.date <= :end
  GROUP BY fu.club_id, fu.kind),
l AS (
  SELECT club_id AS club, COUNT(DISTINCT person_id) AS borrowers, COUNT(*) AS loans,
         SUM(principal) AS amount, SUM(CASE WHEN income_improved THEN 1 ELSE 0 END) AS improved
  FROM loan WHERE disbursed_on BETWEEN :start AND :end GROUP BY club_id),
r AS (
  SELECT l.club_id AS club,
         SUM(CASE WHEN r.date < :start THEN r.principal + r.interest ELSE 0 END) AS before,
         SUM(CASE WHEN r.date >= :start THEN r.principal + r.interest ELSE 0 END) AS within
  FROM loan_repayment r JOIN loan l ON l.id = r.loan_id WHERE r.date <= :end
  GROUP BY l.club_id),
i AS (
  SELECT l.club_id AS club, SUM(i.principal + i.interest) AS due
  FROM loan_installment i JOIN loan l ON l.id = i.loan_id
  WHERE i.due_on <= :end AND l.disbursed_on <= :end GROUP BY l.club_id),
mt AS (SELECT club_id AS club, COUNT(*) AS held FROM meeting
       WHERE date BETWEEN :start AND :end GROUP BY club_id),
s AS (SELECT club_id AS club, COUNT(*) AS visits FROM supervision_visit
      WHERE date BETWEEN :start AND :end GROUP BY club_id),
t AS (SELECT DISTINCT b.club_id AS club FROM board_member b
      JOIN course_attendee a ON a.person_id = b.person_id
      JOIN course c ON c.id = a.course_id
      WHERE c.date_from <= :end AND b.term_start <= :end
        AND (b.term_end IS NULL OR b.term_end > :end))
SELECT c.id, m.members, m.older, m.women, m.poor,
       (SELECT SUM(balance) FROM f WHERE f.club = c.id AND f.kind = 'income'),
       (SELECT SUM(balance) FROM f WHERE f.club = c.id AND f.kind = 'activity'),
       (SELECT SUM(grants) FROM f WHERE f.club = c.id),
       l.borrowers, l.loans, l.amount, l.improved, r.before, r.within, i.due, mt.held,
       s.visits,
       c.id IN (SELECT club FROM t)
FROM club c LEFT JOIN m ON m.club = c.id LEFT JOIN l ON l.club = c.id
     LEFT JOIN r ON r.club = c.id LEFT JOIN i ON i.club = c.id
     LEFT JOIN mt ON mt.club = c.id LEFT JOIN s ON s.club = c.id
WHERE c.ward_code = :ward AND c.decision_date <= :end
"""


def test_dashboard_of_the_whole_commune(perf_db, demo_db_path):
    params = {"year": YEAR, "start": f"{YEAR}-01-01", "end": f"{YEAR}-12-31", "ward": 1840}
    raw = sqlite3.connect(str(demo_db_path))

    def raw_aggregate():
        return raw.execute(RAW_SQL, params).fetchall()

    with perf_db.atomic() as txn:
        examples.load_demo_plan()
        board = dashboard.compute("W1840", YEAR)
        assert board.plan_id is not None and len(board.clubs) > 500
        ours = repeat_ms("dashboard.compute (1 year, whole commune)",
                         lambda: dashboard.compute("W1840", YEAR), repeats=3)
        hand = repeat_ms("one hand-written SQL aggregate (raw sqlite3)", raw_aggregate,
                         repeats=3)
        txn.rollback()
    raw.close()
    ratio = ours.median / hand.median
    print_table(f"Dashboard, {len(board.clubs)} clubs, {len(board.targets)} targets",
                ["what", "median ms", "worst ms"],
                [[ours.label, ours.median, ours.worst], [hand.label, hand.median, hand.worst],
                 ["ratio (dashboard / raw SQL)", ratio, ""]])
    assert ours.median <= BUDGET_MS, f"{ours.median:.0f} ms > {BUDGET_MS:.0f} ms"
    assert ratio <= RATIO, f"{ratio:.2f}× the hand-written aggregate"
