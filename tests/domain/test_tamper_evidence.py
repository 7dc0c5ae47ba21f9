"""Tamper evidence: `check` finds what was changed behind the program's back (SQL typed into
the database), names the first wrong row, and a restore refuses a tampered backup unless the
administrator confirms it. The tampering goes through SQL, so both engines run it."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from models.accounts import audit
from models.accounts.session import set_actor
from models.demo.demo import fill_demo
from models.storage import backup, restore
from models.storage import db as dbmod
from models.storage.integrity import run_checks
from models.storage.migrations import LATEST_VERSION, current_version, migrate
from models.storage.schema import AuditLog, LedgerEntry, LoanRepayment

TODAY = dt.date(2026, 11, 20)
ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("crash_writer.py")
V1 = ROOT / "tests" / "data" / "schema_v1_demo.sqlite3.gz"
PG = os.environ.get("ISHC_TEST_PG")


@pytest.fixture
def demo(db):
    fill_demo(2, seed=3, today=TODAY)
    assert run_checks() == []
    return db


def sql(database, text: str, params: tuple = ()) -> None:
    database.execute_sql(text.replace("?", database.param), params)


def findings(code: str | None = None):
    found = run_checks()
    return [f for f in found if code is None or f.code == code]


def plain_entry(kind: str) -> LedgerEntry:
    """An entry of a clerk (no loan, not reversed, not a reversal), in the middle of its
    voucher series."""
    loan_categories = ("loan_disbursement", "loan_repayment", "loan_interest")
    reversed_ids = [e for (e,) in LedgerEntry.select(LedgerEntry.reverses)
                    .where(LedgerEntry.reverses.is_null(False)).tuples()]
    for entry in (LedgerEntry.select()
                  .where((LedgerEntry.kind == kind)
                         & LedgerEntry.category.not_in(loan_categories)
                         & LedgerEntry.reverses.is_null() & LedgerEntry.id.not_in(reversed_ids)
                         & (LedgerEntry.number > 1))
                  .order_by(LedgerEntry.id)):
        later = LedgerEntry.select().where((LedgerEntry.fund == entry.fund_id)
                                           & (LedgerEntry.kind == kind)
                                           & (LedgerEntry.year == entry.year)
                                           & (LedgerEntry.number > entry.number))
        if later.exists():
            return entry
    raise AssertionError(f"no {kind} of a clerk in the middle of a series")


def last_of_series() -> LedgerEntry:
    """The highest-numbered voucher of a series with at least two vouchers, not a loan's."""
    for entry in (LedgerEntry.select().where(LedgerEntry.number > 1)
                  .order_by(LedgerEntry.number.desc())):
        series = LedgerEntry.select().where((LedgerEntry.fund == entry.fund_id)
                                            & (LedgerEntry.kind == entry.kind)
                                            & (LedgerEntry.year == entry.year))
        if entry.number == max(e.number for e in series):
            return entry
    raise AssertionError("no series with two vouchers")


def audit_row_of(entity: str) -> AuditLog:
    """An audit row in the middle of the log about `entity` (a person: no money involved)."""
    rows = list(AuditLog.select().where(AuditLog.entity == entity).order_by(AuditLog.id))
    return rows[len(rows) // 2]


# --- A clean database -----------------------------------------------------------------------


def test_a_clean_demo_passes_check_and_its_chain_verifies(demo):
    assert audit.check_chain() is None
    rows = list(AuditLog.select().order_by(AuditLog.id))
    assert rows[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.row_hash for a, b in zip(rows, rows[1:], strict=False))
    head = demo.execute_sql(audit.HEAD_SQL).fetchone()
    assert (head[0], head[1]) == (rows[-1].id, rows[-1].row_hash)


def test_the_canonical_serialisation_is_what_the_row_hash_covers(demo):
    row = AuditLog.select().order_by(AuditLog.id.desc()).first()
    text = audit._encode([row.at.strftime("%Y-%m-%d %H:%M:%S"), row.actor, row.entity,
                          row.entity_id, row.action, row.before, row.after, row.prev_hash])
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == row.row_hash
    assert text.startswith(f'["{row.at:%Y-%m-%d %H:%M:%S}","{row.actor}",')


# --- Money changed behind the program's back ------------------------------------------------


def test_a_receipt_raised_by_1000_dong_is_found(demo):
    entry = plain_entry("receipt")
    sql(demo, "UPDATE ledger_entry SET amount = amount + 1000 WHERE id = ?", (entry.id,))
    found = findings()
    assert [(f.code, f.table, f.row_id) for f in found] == [
        ("audited_row_changed", "ledger_entry", entry.id)]
    assert found[0].params["fields"] == "amount"
    assert found[0].params["date"] == entry.date.isoformat()
    assert f"{entry.amount} → {entry.amount + 1000}" in found[0].detail


def test_a_deleted_voucher_is_found(demo):
    entry = plain_entry("payment")
    sql(demo, "DELETE FROM ledger_entry WHERE id = ?", (entry.id,))
    found = findings()
    assert ("audited_row_deleted", "ledger_entry", entry.id) in {
        (f.code, f.table, f.row_id) for f in found}
    gap = findings("voucher_number_gap")
    assert [(g.params["number"], g.params["kind"], g.params["year"]) for g in gap] == [
        (entry.number, "payment", entry.year)]


def test_a_gap_in_the_voucher_numbering_is_found(demo):
    entry = last_of_series()
    sql(demo, "UPDATE ledger_entry SET number = number + 5 WHERE id = ?", (entry.id,))
    gap = findings("voucher_number_gap")
    assert len(gap) == 1
    assert gap[0].row_id == entry.fund_id
    assert (gap[0].params["number"], gap[0].params["next"], gap[0].params["id"]) == (
        entry.number, entry.number + 5, entry.id)
    changed = findings("audited_row_changed")
    assert [(f.row_id, f.params["fields"]) for f in changed] == [(entry.id, "number")]


def test_a_voucher_number_used_twice_is_found(demo):
    entry = last_of_series()
    # The unique index refuses a double: whoever edits the file drops it first.
    sql(demo, "DROP INDEX ledger_entry_fund_id_kind_year_number")
    sql(demo, "UPDATE ledger_entry SET number = number - 1 WHERE id = ?", (entry.id,))
    codes = {(f.code, f.row_id) for f in findings()}
    assert ("voucher_number_reused", entry.fund_id) in codes
    assert ("audited_row_changed", entry.id) in codes
    assert not findings("voucher_number_gap")


def test_a_changed_payer_is_found(demo):
    entry = (LedgerEntry.select().where((LedgerEntry.kind == "receipt")
                                        & LedgerEntry.person.is_null(False))
             .order_by(LedgerEntry.id).first())
    other = (LedgerEntry.select(LedgerEntry.person)
             .where(LedgerEntry.person.is_null(False) & (LedgerEntry.person != entry.person_id))
             .first().person_id)
    sql(demo, "UPDATE ledger_entry SET person_id = ? WHERE id = ?", (other, entry.id))
    changed = findings("audited_row_changed")
    assert [(f.row_id, f.params["fields"]) for f in changed] == [(entry.id, "person")]
    sql(demo, "UPDATE ledger_entry SET person_id = NULL, party = ? WHERE id = ?",
        ("Bà Nguyễn Thị Khác", entry.id))
    changed = findings("audited_row_changed")
    assert [(f.row_id, f.params["fields"]) for f in changed] == [(entry.id, "party, person")]


def test_a_deleted_loan_repayment_is_found(demo):
    reversed_ids = [r for (r,) in LoanRepayment.select(LoanRepayment.reverses)
                    .where(LoanRepayment.reverses.is_null(False)).tuples()]
    repayment = (LoanRepayment.select()
                 .where(LoanRepayment.reverses.is_null() & LoanRepayment.id.not_in(reversed_ids))
                 .order_by(LoanRepayment.id).first())
    sql(demo, "DELETE FROM loan_repayment WHERE id = ?", (repayment.id,))
    deleted = findings("audited_row_deleted")
    assert [(f.table, f.row_id, f.params["date"]) for f in deleted] == [
        ("loan_repayment", repayment.id, repayment.date.isoformat())]


def test_a_changed_loan_repayment_is_found(demo):
    repayment = LoanRepayment.select().order_by(LoanRepayment.id).first()
    sql(demo, "UPDATE loan_repayment SET interest = interest + 1000 WHERE id = ?",
        (repayment.id,))
    changed = findings("audited_row_changed")
    assert [(f.table, f.row_id, f.params["fields"]) for f in changed] == [
        ("loan_repayment", repayment.id, "interest")]


def test_a_voucher_added_without_the_program_is_found(demo):
    entry = last_of_series()
    sql(demo, "INSERT INTO ledger_entry (fund_id, kind, date, year, number, party, category, "
        "description, amount, attachments, reversal_reason, posted_by, posted_at) "
        "SELECT fund_id, kind, date, year, number + 1, party, category, description, amount, "
        "attachments, reversal_reason, posted_by, posted_at FROM ledger_entry WHERE id = ?",
        (entry.id,))
    added = findings("row_without_audit")
    assert [(f.table, f.params["date"]) for f in added] == [
        ("ledger_entry", entry.date.isoformat())]


# --- Issued papers --------------------------------------------------------------------------


@pytest.fixture
def issued(office):
    from models.office import settings
    from models.office.office_setup import suggest_bodies
    from models.papers import documents
    from models.storage.schema import Ward

    settings.save_issuing_bodies(suggest_bodies(Ward.get_by_id(1840)))
    signer = documents.Signer(name="Hoàng Văn Minh", title="CHỦ TỊCH")

    def fake_pdf(number: str) -> bytes:
        return b"%PDF-1.4\n% so " + number.encode("utf-8") + b"\n%%EOF\n"

    return [documents.issue("decision", "UBND", dt.date(2026, 3, 5 + i), "Về việc thành lập",
                            signer, None, fake_pdf) for i in range(3)]


def test_a_replaced_pdf_of_an_issued_paper_is_found(issued, db):
    assert run_checks() == []
    forged = b"%PDF-1.4\n% so 99/QD-UBND\n%%EOF\n"
    doc = issued[1]
    sql(db, "UPDATE issued_document SET pdf = ? WHERE id = ?", (forged, doc.id))
    found = run_checks()
    assert [(f.code, f.row_id, f.params["date"]) for f in found] == [
        ("document_pdf_mismatch", doc.id, "2026-03-06")]
    # …and with its SHA-256 replaced too, the audit row of the issue still tells
    sql(db, "UPDATE issued_document SET sha256 = ? WHERE id = ?",
        (hashlib.sha256(forged).hexdigest(), doc.id))
    assert [(f.code, f.row_id) for f in run_checks()] == [("document_hash_changed", doc.id)]


# --- The audit log itself -------------------------------------------------------------------


def chain_finding():
    found = [f for f in run_checks() if f.table == "audit_log"]
    assert len(found) == 1, found
    return found[0]


def test_a_deleted_audit_row_is_found(demo):
    row = audit_row_of("person")
    after = AuditLog.select().where(AuditLog.id > row.id).order_by(AuditLog.id).first()
    sql(demo, "DELETE FROM audit_log WHERE id = ?", (row.id,))
    found = chain_finding()
    assert (found.code, found.row_id, found.params["what"]) == (
        "audit_chain_broken", after.id, "link")
    assert found.params["previous_id"] == row.id - 1
    assert found.params["entity"] == after.entity
    assert found.params["date"] == audit.at_text(after.at)


def test_an_edited_audit_row_is_found(demo):
    row = audit_row_of("person")
    sql(demo, "UPDATE audit_log SET after = ? WHERE id = ?",
        (row.after[:-1] + ', "note": "đã sửa"}', row.id))
    found = chain_finding()
    assert (found.code, found.row_id, found.params["what"], found.params["more"]) == (
        "audit_chain_broken", row.id, "content", 0)
    assert (found.params["entity"], found.params["entity_id"]) == ("person", row.entity_id)


def test_an_edited_money_audit_row_is_found_twice(demo):
    """Raising an amount in the audit row instead of the ledger: the chain breaks there,
    and the ledger no longer matches what the (edited) audit row says."""
    entry = plain_entry("receipt")
    row = AuditLog.get((AuditLog.entity == "ledger_entry")
                       & (AuditLog.entity_id == str(entry.id)))
    sql(demo, "UPDATE audit_log SET after = ? WHERE id = ?",
        (row.after.replace(f'"amount": {entry.amount}', f'"amount": {entry.amount + 1000}'),
         row.id))
    codes = {(f.code, f.row_id) for f in run_checks()}
    assert codes == {("audit_chain_broken", row.id), ("audited_row_changed", entry.id)}


def test_the_first_of_several_wrong_rows_is_named(demo):
    rows = list(AuditLog.select().where(AuditLog.entity == "person").order_by(AuditLog.id))
    for row in (rows[-2], rows[3], rows[10]):
        sql(demo, "UPDATE audit_log SET actor = ? WHERE id = ?", ("kẻ gian", row.id))
    found = chain_finding()
    assert (found.row_id, found.params["more"]) == (rows[3].id, 2)


def test_an_inserted_forged_audit_row_is_found(demo):
    row = audit_row_of("membership")
    sql(demo, "INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (dt.datetime(2026, 1, 5, 8, 0), "test", "membership", row.entity_id, "leave",
         None, '{"left_on": "2026-01-05"}'))
    found = chain_finding()
    forged = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert (found.code, found.row_id, found.params["what"], found.params["more"]) == (
        "audit_chain_broken", forged.id, "unhashed", 0)


def test_a_forged_row_chained_by_hand_still_misses_the_head(demo):
    last = AuditLog.select().order_by(AuditLog.id.desc()).first()
    values = (dt.datetime(2026, 1, 5, 8, 0), "test", "ledger_entry", "1", "post", None, "{}")
    digest = audit.row_hash(*values, last.row_hash)
    sql(demo, "INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after, "
        "prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*values, last.row_hash, digest))
    found = chain_finding()
    forged = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert forged.id > last.id
    assert (found.code, found.row_id, found.params["previous_id"]) == (
        "audit_chain_head_mismatch", last.id, forged.id)


def test_audit_rows_deleted_from_the_end_are_found(demo):
    rows = list(AuditLog.select().order_by(AuditLog.id.desc()).limit(3))
    sql(demo, "DELETE FROM audit_log WHERE id >= ?", (rows[-1].id,))
    found = [f for f in run_checks() if f.code == "audit_chain_head_mismatch"]
    now_last = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert [(f.row_id, f.params["previous_id"]) for f in found] == [(rows[0].id, now_last.id)]


def test_writes_after_tampering_keep_the_break_visible(demo):
    from models.clubs.clubs import ClubInput, create_club

    row = audit_row_of("person")
    sql(demo, "UPDATE audit_log SET actor = ? WHERE id = ?", ("kẻ gian", row.id))
    create_club(ClubInput(code="MOI01", name="CLB Liên thế hệ mới", ward_code=1840))
    assert chain_finding().row_id == row.id


def test_erasing_personal_data_keeps_the_chain_and_a_later_edit_is_still_found(club, db):
    from models.members import members
    from models.privacy import privacy
    from tests.conftest import member_input

    m = members.add_member(club.id, member_input(
        id_number="001158012345", phone="0912345678", birth_date=dt.date(1958, 3, 5),
        consent_date=dt.date(2015, 1, 10), consent_method="paper",
        joined_on=dt.date(2015, 1, 10)), today=TODAY)
    members.leave(m.id, dt.date(2020, 6, 30), "withdrew", "Chuyển đi", today=TODAY)
    privacy.anonymise(m.person_id, today=TODAY)
    redacted = list(AuditLog.select().where((AuditLog.entity == "audit_log")
                                            & (AuditLog.action == "redact")))
    assert redacted and run_checks() == []
    target = AuditLog.get_by_id(int(redacted[0].entity_id))
    assert "0912345678" not in (target.before or "") + (target.after or "")
    sql(db, "UPDATE audit_log SET after = ? WHERE id = ?", (target.after + " ", target.id))
    assert (chain_finding().row_id, chain_finding().params["what"]) == (target.id, "content")


# --- Several writers at once ----------------------------------------------------------------


@pytest.fixture
def target(tmp_path, monkeypatch):
    """A database several processes can open: a file, or a database on the test server."""
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    admin = name = None
    if PG:
        import psycopg2

        name = f"ishc_chain_{uuid.uuid4().hex[:8]}"
        admin = psycopg2.connect(PG)
        admin.autocommit = True
        admin.cursor().execute(f'CREATE DATABASE "{name}"')
        url = PG.rsplit("/", 1)[0] + "/" + name
    else:
        url = str(tmp_path / "chain.sqlite3")
    database = dbmod.bind(dbmod.make_database(url))
    database.connect()
    migrate(database)
    fill_demo(3, seed=9, today=TODAY)
    database.close()
    yield url
    dbmod.bind(database)
    database.close()
    if admin is not None:
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_the_chain_verifies_after_two_writers_at_once(target):
    n = 40
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, str(WRITER), target, tag, str(n)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=ROOT, env=env) for tag in ("a", "b")]
    results = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
    acked = [ln for out, _ in results for ln in out.splitlines() if ln.startswith("OK ")]
    assert len(acked) == 2 * n
    database = dbmod.bind(dbmod.make_database(target))
    database.connect()
    try:
        assert audit.check_chain() is None
        assert run_checks() == []
        actors = {a for (a,) in AuditLog.select(AuditLog.actor).distinct().tuples()}
        assert {"crash-a", "crash-b"} <= actors
    finally:
        database.close()


# --- Migration 3 ----------------------------------------------------------------------------


def test_migration_3_chains_the_rows_already_there(demo):
    """A version-2 database (the chain's columns and head removed) gets, from migration 3,
    the very chain the program writes as it goes."""
    written = [(r.id, r.prev_hash, r.row_hash) for r in AuditLog.select().order_by(AuditLog.id)]
    sql(demo, "DROP TABLE audit_chain")
    sql(demo, "ALTER TABLE audit_log DROP COLUMN prev_hash")
    sql(demo, "ALTER TABLE audit_log DROP COLUMN row_hash")
    sql(demo, "UPDATE schema_version SET version = 2")  # created at 3: say 2
    assert current_version(demo) == 2
    assert migrate(demo) == 2 and current_version(demo) == LATEST_VERSION
    assert [(r.id, r.prev_hash, r.row_hash)
            for r in AuditLog.select().order_by(AuditLog.id)] == written
    assert audit.check_chain() is None and run_checks() == []


@pytest.mark.sqlite_only
def test_the_released_version_1_file_migrates_to_a_verifying_chain(tmp_path, monkeypatch):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    path = tmp_path / "v1.sqlite3"
    with gzip.open(V1, "rb") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    database = dbmod.bind(dbmod.make_database(str(path)))
    database.connect()
    try:
        assert migrate(database) == 1 and current_version(database) == LATEST_VERSION
        rows = AuditLog.select().count()
        assert rows > 0 and audit.check_chain() is None
        assert run_checks() == []
        from models.clubs.clubs import ClubInput, create_club

        create_club(ClubInput(code="SAU01", name="CLB sau nâng cấp", ward_code=1840))
        assert AuditLog.select().count() == rows + 1 and audit.check_chain() is None
    finally:
        database.close()


# --- Restore of a tampered backup -----------------------------------------------------------


@pytest.fixture
def filedb(tmp_path, monkeypatch):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    database = dbmod.bind(dbmod.make_database(str(tmp_path / "live.sqlite3")))
    database.connect()
    migrate(database)
    fill_demo(2, seed=5, today=TODAY)
    yield database
    database.close()


@pytest.mark.sqlite_only
def test_restore_refuses_a_tampered_backup_unless_the_administrator_accepts(filedb, tmp_path):
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    con = sqlite3.connect(str(copy))
    row_id = con.execute("SELECT id FROM audit_log WHERE entity = 'ledger_entry' "
                         "ORDER BY id LIMIT 1 OFFSET 5").fetchone()[0]
    con.execute("UPDATE audit_log SET actor = 'kẻ gian' WHERE id = ?", (row_id,))
    con.commit()
    con.close()
    assert backup.chain_break(copy).id == row_id
    with pytest.raises(backup.BackupError) as err:
        restore.restore_from(copy)
    problem = err.value.problems[0]
    assert (problem.code, problem.params["id"]) == ("backup_chain_broken", row_id)
    assert audit.check_chain() is None  # the live database was not touched

    restore.restore_from(copy, accept_broken_chain=True)
    restored = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert restored.action == "restore" and '"broken_chain_accepted"' in restored.after
    assert chain_finding().row_id == row_id  # check still says where


@pytest.mark.sqlite_only
def test_restore_takes_an_untouched_backup_without_asking(filedb, tmp_path):
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    assert backup.chain_break(copy) is None
    restore.restore_from(copy)
    assert run_checks() == []


@pytest.mark.sqlite_only
def test_cli_restore_needs_accept_broken_chain_for_a_tampered_backup(filedb, tmp_path,
                                                                     capsys):
    import main

    live = dbmod.sqlite_path()
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    con = sqlite3.connect(str(copy))
    con.execute("DELETE FROM audit_log WHERE id = 7")
    con.commit()
    con.close()
    filedb.close()
    code = main.main(["--db", str(live), "restore", "--yes", str(copy)])
    err = capsys.readouterr().err
    assert code != 0 and "dòng số 8" in err and "--accept-broken-chain" in err
    code = main.main(["--db", str(live), "restore", "--yes", "--accept-broken-chain",
                      str(copy)])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main.main(["--db", str(live), "check"]) != 0
    assert "audit_chain_broken\taudit_log\t8\t" in capsys.readouterr().err


def test_findings_have_vietnamese_wording():
    from models.storage.integrity import Finding
    from models.text import findings as messages

    text = messages.finding_text(Finding(
        "audited_row_changed", "ledger_entry", 12, "amount: 50000 → 51000",
        {"id": 12, "date": "2026-03-05", "audit_id": 40, "fields": "amount",
         "changes": "amount: 50000 → 51000"}))
    assert text == ("Phiếu thu/chi mã 12 (ngày 05/03/2026) khác với nội dung nhật ký đã ghi "
                    "(dòng nhật ký số 40): amount: 50000 → 51000")
    text = messages.finding_text(Finding(
        "audit_chain_broken", "audit_log", 8, "",
        {"id": 8, "date": "2026-11-20 08:30:00", "entity": "person", "entity_id": "3",
         "action": "create", "what": "link", "previous_id": 6, "more": 0}))
    assert text.startswith("Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số 8 "
                           "(20/11/2026 08:30:00, person 3, create): dòng ngay trước")
    gap = messages.finding_text(Finding(
        "voucher_number_gap", "fund", 3, "", {"fund": 3, "kind": "payment", "year": 2026,
                                              "number": 4, "next": 6, "id": 90,
                                              "date": "2026-05-01"}))
    assert gap == ("Quỹ mã 3: Phiếu chi năm 2026 bị mất số 4 (phiếu kế tiếp là số 6, "
                   "ngày 01/05/2026, mã dòng 90)")
    assert messages.finding_text(Finding("fund_negative", "fund", 1, "x")) == "fund_negative: x"
