"""The dashboard of the whole demo commune (1,000 clubs, years of records) against its plan.

`dashboard.compute` (every indicator of every club through models/reporting/figures.py, the
targets, the misses and the budget) is timed beside one hand-written SQL aggregate of the
same figures run with raw sqlite3 on the same file in the same run: members and their
composition, fund balances, grants, loans disbursed, repayments and the schedule due,
meetings with attendance and fees, the activities of the areas, training and supervision
per club, and the grants of each year of the plan for its budget.
Budget: ≤ 1 s and ≤ 2× the raw aggregate. The ratio holds on any machine (both sides run
under the same load). The 1 s is wall time on a machine that is not busy; when the load
average is above the number of CPUs (engineers sharing two cores), wall time measures the
queue, so the process's CPU time of the same calls is held to the budget and the ratio
instead (the table prints both; the raw aggregate runs in this process too). The example plan is loaded inside a transaction that is rolled back, so
the cached demo file is left as it was.
"""

from __future__ import annotations

import os
import sqlite3
import time

from models.plans import dashboard, examples
from tests.perf.bench import Timing, print_table

YEAR = 2025
BUDGET_MS = 1000.0
RATIO = 2.0
REPEATS = 5
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
mt AS (SELECT club_id AS club, COUNT(*) AS held, SUM(member_count) AS places,
              SUM(present_count) AS present,
              SUM(CASE WHEN reversed_on IS NULL THEN fee_total ELSE 0 END) AS fees,
              SUM(fee_due * member_count) AS fees_due
       FROM meeting WHERE date BETWEEN :start AND :end GROUP BY club_id),
a AS (SELECT club_id AS club, COUNT(*) AS activities,
             SUM(CASE WHEN area = 'health' THEN 1 ELSE 0 END) AS health,
             SUM(CASE WHEN area = 'income' THEN 1 ELSE 0 END) AS income
      FROM activity WHERE date BETWEEN :start AND :end GROUP BY club_id),
hc AS (SELECT club_id AS club, COUNT(DISTINCT person_id) AS checked FROM health_check
       WHERE date BETWEEN :start AND :end GROUP BY club_id),
hv AS (SELECT p.club_id AS club, COUNT(*) AS visits, COUNT(DISTINCT p.older_id) AS cared
       FROM home_care_visit v JOIN home_care_pair p ON p.id = v.pair_id
       WHERE v.date BETWEEN :start AND :end GROUP BY p.club_id),
sh AS (SELECT club_id AS club, COUNT(*) AS cases, SUM(value) AS value FROM self_help_case
       WHERE date BETWEEN :start AND :end GROUP BY club_id),
ec AS (SELECT club_id AS club, COUNT(DISTINCT person_id) AS people FROM entitlement_claim
       WHERE date BETWEEN :start AND :end GROUP BY club_id),
g AS (SELECT e.year AS year, e.category AS category, SUM(e.amount) AS total
      FROM ledger_entry e JOIN fund fu ON fu.id = e.fund_id JOIN club c ON c.id = fu.club_id
      WHERE c.ward_code = :ward AND e.year BETWEEN :first AND :year
        AND e.category IN ('budget_province', 'budget_commune', 'donation')
      GROUP BY e.year, e.category),
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
       mt.places, mt.present, mt.fees, mt.fees_due, a.activities, a.health, a.income,
       hc.checked, hv.visits, hv.cared, sh.cases, sh.value, ec.people, s.visits,
       (SELECT group_concat(year || ':' || category || ':' || total) FROM g),
       c.id IN (SELECT club FROM t)
FROM club c LEFT JOIN m ON m.club = c.id LEFT JOIN l ON l.club = c.id
     LEFT JOIN r ON r.club = c.id LEFT JOIN i ON i.club = c.id
     LEFT JOIN mt ON mt.club = c.id LEFT JOIN s ON s.club = c.id
     LEFT JOIN a ON a.club = c.id LEFT JOIN hc ON hc.club = c.id
     LEFT JOIN hv ON hv.club = c.id LEFT JOIN sh ON sh.club = c.id
     LEFT JOIN ec ON ec.club = c.id
WHERE c.ward_code = :ward AND c.decision_date <= :end
"""


def test_dashboard_of_the_whole_commune(perf_db, demo_db_path):
    params = {"year": YEAR, "start": f"{YEAR}-01-01", "end": f"{YEAR}-12-31", "ward": 1840,
              "first": 2021}
    raw = sqlite3.connect(str(demo_db_path))

    def raw_aggregate():
        return raw.execute(RAW_SQL, params).fetchall()

    with perf_db.atomic() as txn:
        examples.load_demo_plan()
        board = dashboard.compute("W1840", YEAR)
        assert board.plan_id is not None and len(board.clubs) > 500
        raw_aggregate()
        # interleaved, so a change of load on the shared machine hits both sides alike
        wall = {"ours": [], "raw": []}
        cpu = {"ours": [], "raw": []}
        for _ in range(REPEATS):
            for side, call in (("ours", lambda: dashboard.compute("W1840", YEAR)),
                               ("raw", raw_aggregate)):
                began, began_cpu = time.perf_counter(), time.process_time()
                call()
                wall[side].append((time.perf_counter() - began) * 1000)
                cpu[side].append((time.process_time() - began_cpu) * 1000)
        txn.rollback()
    raw.close()
    ours, hand = Timing("dashboard.compute", wall["ours"]), Timing("raw", wall["raw"])
    ours_cpu, hand_cpu = Timing("", cpu["ours"]), Timing("", cpu["raw"])
    ratio, cpu_ratio = ours.median / hand.median, ours_cpu.median / hand_cpu.median
    print_table(f"Dashboard, {len(board.clubs)} clubs, {len(board.targets)} targets",
                ["what", "wall median ms", "wall worst ms", "CPU median ms"],
                [["dashboard.compute (1 year, whole commune)", ours.median, ours.worst,
                  ours_cpu.median],
                 ["one hand-written SQL aggregate (raw sqlite3)", hand.median, hand.worst,
                  hand_cpu.median],
                 ["ratio (dashboard / raw SQL)", ratio, "", cpu_ratio]])
    busy = hasattr(os, "getloadavg") and os.getloadavg()[0] > (os.cpu_count() or 1)
    spent = ours_cpu.median if busy else ours.median
    assert spent <= BUDGET_MS, f"{spent:.0f} ms > {BUDGET_MS:.0f} ms (busy machine: {busy})"
    compared = cpu_ratio if busy else ratio
    assert compared <= RATIO, f"{compared:.2f}× the hand-written aggregate (busy: {busy})"
