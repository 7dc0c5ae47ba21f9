"""Integrity check: the engine's own checks plus the domain invariants."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import unicodedata

import peewee as pw

from models.accounts import access, audit
from models.storage.db import database
from models.storage.findings import Finding
from models.storage.schema import BoardMember, Club, Membership, Person
from models.text.vietnamese import fold, name_sort_key


def engine_checks() -> list[Finding]:
    """SQLite integrity_check and foreign_key_check (PostgreSQL enforces both itself)."""
    db = database.obj
    if not isinstance(db, pw.SqliteDatabase):
        return []
    findings = []
    for (result,) in db.execute_sql("PRAGMA integrity_check").fetchall():
        if result != "ok":
            findings.append(Finding("sqlite_integrity", "", "", result))
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        findings.append(Finding("foreign_key", table, rowid, parent))
    return findings


def domain_checks() -> list[Finding]:
    """Rules the services keep; a finding here means data was changed behind their back."""
    access.require("read")
    findings = []
    active = (Membership.select(Membership.person, pw.fn.COUNT(Membership.id))
              .where(Membership.left_on.is_null()).group_by(Membership.person)
              .having(pw.fn.COUNT(Membership.id) > 1))
    for person_id, count in active.tuples():
        findings.append(Finding("several_active_clubs", "person", person_id, str(count)))
    for m in Membership.select().where(Membership.left_on.is_null(False)):
        if m.left_on < m.joined_on:
            findings.append(Finding("left_before_joined", "membership", m.id))
        if not m.leave_reason:
            findings.append(Finding("leave_without_reason", "membership", m.id))
    for p in Person.select(Person.id, Person.full_name, Person.sort_key, Person.search_key):
        if unicodedata.normalize("NFC", p.full_name) != p.full_name:
            findings.append(Finding("name_not_nfc", "person", p.id))
        if p.sort_key != name_sort_key(p.full_name) or p.search_key != fold(p.full_name):
            findings.append(Finding("stale_name_keys", "person", p.id))
    for club in Club.select():
        if club.status != "planned" and not club.decision_number:
            findings.append(Finding("founded_without_decision", "club", club.code))
        if club.search_key != fold(club.name):
            findings.append(Finding("stale_name_keys", "club", club.code))
    dissolved_with_members = (
        Membership.select(Club.code).join(Club)
        .where((Club.status == "dissolved") & Membership.left_on.is_null()).distinct()
    )
    for (code,) in dissolved_with_members.tuples():
        findings.append(Finding("dissolved_with_members", "club", code))
    chairs = (BoardMember.select(BoardMember.club, pw.fn.COUNT(BoardMember.id))
              .where(BoardMember.role == "chair").group_by(BoardMember.club)
              .having(pw.fn.COUNT(BoardMember.id) > 1))
    for club_id, count in chairs.tuples():
        findings.append(Finding("several_chairs", "club", club_id, str(count)))
    from models.funds.fund_statement import value_checks
    from models.supervision.checks import supervision_checks

    findings += [Finding(*found) for found in value_checks()]
    return (findings + fund_checks() + loan_checks() + meeting_checks()
            + supervision_checks())


def run_checks() -> list[Finding]:
    """Everything `check` reports; an empty list means the database is sound."""
    access.require("read")
    return engine_checks() + domain_checks() + tamper_checks()


# --- Funds and ledger -----------------------------------------------------------------------


def fund_checks() -> list[Finding]:
    """Ledger invariants: balance = receipts − payments (two ways), never negative in
    (date, id) order, every reversal nets to zero, voucher numbers unique per series."""
    from models.storage.schema import LedgerEntry

    findings: list[Finding] = []
    signed = pw.Case(None, [(LedgerEntry.kind == "receipt", LedgerEntry.amount)],
                     LedgerEntry.amount * -1)
    by_sql = dict(LedgerEntry.select(LedgerEntry.fund, pw.fn.SUM(signed))
                  .group_by(LedgerEntry.fund).tuples())
    by_kind: dict[int, int] = {}
    for fund_id, kind, total in (LedgerEntry.select(LedgerEntry.fund, LedgerEntry.kind,
                                                    pw.fn.SUM(LedgerEntry.amount))
                                 .group_by(LedgerEntry.fund, LedgerEntry.kind).tuples()):
        by_kind[fund_id] = by_kind.get(fund_id, 0) + (total if kind == "receipt" else -total)
    running: dict[int, int] = {}
    negative: set[int] = set()
    rows = (LedgerEntry.select(LedgerEntry.id, LedgerEntry.fund, LedgerEntry.kind,
                               LedgerEntry.amount, LedgerEntry.date, LedgerEntry.year)
            .order_by(LedgerEntry.fund, LedgerEntry.date, LedgerEntry.id).tuples())
    for entry_id, fund_id, kind, amount, date, year in rows:
        if amount <= 0:
            findings.append(Finding("amount_not_positive", "ledger_entry", entry_id))
        if year != date.year:
            findings.append(Finding("voucher_year_mismatch", "ledger_entry", entry_id))
        value = running.get(fund_id, 0) + (amount if kind == "receipt" else -amount)
        running[fund_id] = value
        if value < 0 and fund_id not in negative:
            negative.add(fund_id)
            findings.append(Finding("fund_negative", "fund", fund_id,
                                    f"{date.isoformat()}: {value}"))
    for fund_id, total in running.items():
        if int(by_sql.get(fund_id) or 0) != total or by_kind.get(fund_id, 0) != total:
            findings.append(Finding("fund_balance_mismatch", "fund", fund_id,
                                    f"{by_sql.get(fund_id)} / {by_kind.get(fund_id)} / {total}"))
    original = LedgerEntry.alias()
    pairs = (LedgerEntry.select(LedgerEntry.id, LedgerEntry.fund, LedgerEntry.kind,
                                LedgerEntry.amount, LedgerEntry.date,
                                LedgerEntry.reversal_reason, original.fund,
                                original.kind, original.amount, original.date,
                                original.reverses)
             .join(original, on=(LedgerEntry.reverses == original.id)).tuples())
    for rid, fund, kind, amount, date, reason, ofund, okind, oamount, odate, oreverses in pairs:
        if not reason:
            findings.append(Finding("reversal_without_reason", "ledger_entry", rid))
        if fund != ofund or kind == okind or amount != oamount:
            findings.append(Finding("reversal_not_netting", "ledger_entry", rid))
        if date < odate:
            findings.append(Finding("reversal_before_original", "ledger_entry", rid))
        if oreverses is not None:
            findings.append(Finding("reversal_of_reversal", "ledger_entry", rid))
    dupes = (LedgerEntry.select(LedgerEntry.fund, LedgerEntry.kind, LedgerEntry.year,
                                LedgerEntry.number)
             .group_by(LedgerEntry.fund, LedgerEntry.kind, LedgerEntry.year, LedgerEntry.number)
             .having(pw.fn.COUNT(LedgerEntry.id) > 1).tuples())
    for fund_id, kind, year, number in dupes:
        findings.append(Finding("voucher_number_reused", "fund", fund_id,
                                f"{kind} {year} #{number}"))
    return findings


# --- Loans -----------------------------------------------------------------------------------


def loan_checks() -> list[Finding]:
    """Loan invariants: every schedule adds up to its principal, every loan has its
    disbursement voucher for the same amount (not reversed in the ledger), repayment rows
    match their vouchers, no loan is repaid beyond its principal, a repaid loan owes nothing."""
    from models.storage.schema import Fund, LedgerEntry, Loan, LoanInstallment, LoanRepayment

    findings: list[Finding] = []
    scheduled = dict(LoanInstallment.select(LoanInstallment.loan,
                                            pw.fn.SUM(LoanInstallment.principal))
                     .group_by(LoanInstallment.loan).tuples())
    negative = {loan_id for (loan_id,) in LoanInstallment.select(LoanInstallment.loan)
                .where((LoanInstallment.principal < 0) | (LoanInstallment.interest < 0))
                .distinct().tuples()}
    repaid = dict(LoanRepayment.select(LoanRepayment.loan, pw.fn.SUM(LoanRepayment.principal))
                  .group_by(LoanRepayment.loan).tuples())
    in_kind = {loan_id for (loan_id,) in Loan.select(Loan.id).where(Loan.form == "in_kind")
               .tuples()}
    reversed_entries = {entry_id for (entry_id,) in LedgerEntry.select(LedgerEntry.reverses)
                        .where(LedgerEntry.reverses.is_null(False)).tuples()}
    entry = LedgerEntry.alias()
    rows = (Loan.select(Loan.id, Loan.principal, Loan.status, Loan.fund, Loan.disbursed_on,
                        Loan.disbursement_entry, entry.fund, entry.kind, entry.category,
                        entry.amount, entry.date, Club.code, Loan.number)
            .join(entry, pw.JOIN.LEFT_OUTER, on=(Loan.disbursement_entry == entry.id))
            .switch(Loan).join(Club).tuples())
    for (loan_id, principal, status, fund, disbursed_on, entry_id, efund, ekind, ecategory,
         eamount, edate, club, number) in rows:
        # what the wording names (models/text/findings.py): the club, the contract, the money
        named = {"club": club, "number": number, "date": disbursed_on, "principal": principal}
        if int(scheduled.get(loan_id) or 0) != principal or loan_id in negative:
            findings.append(Finding("loan_schedule_mismatch", "loan", loan_id,
                                    f"{scheduled.get(loan_id)} / {principal}",
                                    named | {"amount": int(scheduled.get(loan_id) or 0)}))
        if entry_id is None and loan_id in in_kind:
            pass  # handed over from the in-kind register: value_checks holds its rows
        elif entry_id is None:
            findings.append(Finding("loan_without_disbursement", "loan", loan_id, "", named))
        elif (efund, ekind, ecategory, eamount, edate) != (
                fund, "payment", "loan_disbursement", principal, disbursed_on):
            findings.append(Finding("loan_disbursement_mismatch", "loan", loan_id,
                                    f"{eamount} / {principal}",
                                    named | {"amount": eamount, "id": entry_id}))
        elif entry_id in reversed_entries:
            findings.append(Finding("loan_disbursement_reversed", "loan", loan_id, "",
                                    named | {"id": entry_id}))
        paid = int(repaid.get(loan_id) or 0)
        if paid > principal or paid < 0:
            findings.append(Finding("loan_overpaid", "loan", loan_id, f"{paid} / {principal}",
                                    named | {"amount": paid}))
        if status == "repaid" and paid != principal:
            findings.append(Finding("repaid_loan_owes", "loan", loan_id,
                                    f"{principal - paid}", named | {"amount": principal - paid}))
    lent = {e for (e,) in Loan.select(Loan.disbursement_entry)
            .where(Loan.disbursement_entry.is_null(False)).tuples()}
    for entry_id, on, amount, year, number, club in (
            LedgerEntry.select(LedgerEntry.id, LedgerEntry.date, LedgerEntry.amount,
                               LedgerEntry.year, LedgerEntry.number, Club.code)
            .join(Fund, on=(LedgerEntry.fund == Fund.id)).join(Club, on=(Fund.club == Club.id))
            .where((LedgerEntry.category == "loan_disbursement")
                   & (LedgerEntry.kind == "payment") & LedgerEntry.reverses.is_null())
            .tuples()):
        # a "Cho vay" payment with no loan behind it (typed by hand before the rule)
        if entry_id not in lent and entry_id not in reversed_entries:
            findings.append(Finding("disbursement_without_loan", "ledger_entry", entry_id, "",
                                    {"club": club, "date": on, "amount": amount,
                                     "voucher": f"PC-{year}/{number:03d}"}))
    for part in ("principal", "interest"):
        amount = getattr(LoanRepayment, part)
        link = getattr(LoanRepayment, f"{part}_entry")
        pairs = (LoanRepayment.select(LoanRepayment.id, amount, LoanRepayment.reverses,
                                      entry.amount, entry.category, entry.kind,
                                      LoanRepayment.date, Loan.number, Club.code,
                                      LoanRepayment.form)
                 .join(entry, pw.JOIN.LEFT_OUTER, on=(link == entry.id))
                 .switch(LoanRepayment).join(Loan).join(Club).tuples())
        category = "loan_repayment" if part == "principal" else "loan_interest"
        for rid, value, reverses, eamount, ecategory, ekind, on, number, club, form in pairs:
            kind = "receipt" if reverses is None else "payment"
            # goods handed back are in the in-kind register (value_checks), never in cash
            expected = (None, None, None) if value == 0 or form == "in_kind" \
                else (abs(value), category, kind)
            if (eamount, ecategory if eamount is not None else None,
                    ekind if eamount is not None else None) != expected:
                findings.append(Finding(
                    "repayment_entry_mismatch", "loan_repayment", rid,
                    f"{part}: {eamount} / {value}",
                    {"club": club, "number": number, "date": on, "part": part,
                     "amount": abs(value), "entry_amount": eamount or 0}))
    return findings


def meeting_checks() -> list[Finding]:
    """Every meeting's fee receipt exists, is a member_fee receipt of the meeting's total on
    its day and is not reversed, or the receipt and every repayment of the meeting are
    reversed together (and the meeting says so); a meeting without fees has no receipt."""
    from models.meetings.tables import Meeting, MeetingRepayment
    from models.storage.schema import LedgerEntry, LoanRepayment

    findings: list[Finding] = []
    entry = LedgerEntry.alias()
    reversed_entries = {e for (e,) in LedgerEntry.select(LedgerEntry.reverses)
                        .where(LedgerEntry.reverses.is_null(False)).tuples()}
    reversed_repayments = {r for (r,) in LoanRepayment.select(LoanRepayment.reverses)
                           .where(LoanRepayment.reverses.is_null(False)).tuples()}
    links: dict[int, list[int]] = {}
    for meeting_id, repayment_id in MeetingRepayment.select(
            MeetingRepayment.meeting, MeetingRepayment.repayment).tuples():
        links.setdefault(meeting_id, []).append(repayment_id)
    rows = (Meeting.select(Meeting.id, Meeting.date, Meeting.fee_total, Meeting.receipt,
                           Meeting.reversed_on, entry.id, entry.kind, entry.category,
                           entry.amount, entry.date, Club.code)
            .join(entry, pw.JOIN.LEFT_OUTER, on=(Meeting.receipt == entry.id))
            .switch(Meeting).join(Club).tuples())
    for mid, day, total, receipt, reversed_on, eid, kind, category, amount, edate, club in rows:
        named = {"club": club, "date": day, "total": total}
        if receipt is None and total:
            findings.append(Finding("meeting_without_receipt", "meeting", mid, str(total),
                                    named))
        elif receipt is not None and (eid is None or (kind, category, amount, edate) != (
                "receipt", "member_fee", total, day)):
            findings.append(Finding("meeting_receipt_mismatch", "meeting", mid,
                                    f"{amount} / {total}",
                                    named | {"id": receipt, "amount": amount or 0}))
        states = [r in reversed_repayments for r in links.get(mid, [])]
        if receipt is not None:
            states.append(receipt in reversed_entries)
        if any(states) and not all(states):
            findings.append(Finding("meeting_partly_reversed", "meeting", mid, "", named))
        elif states and all(states) != (reversed_on is not None):
            findings.append(Finding("meeting_reversal_mismatch", "meeting", mid, "", named))
    return findings


# --- Tamper evidence: the audit chain and what it vouches for -------------------------------

# The rows the chain vouches for in full: the audit row written with each holds the whole row
# as written (audit.snapshot), and the program never changes nor deletes such a row.
VOUCHED = (
    ("ledger_entry", ("post", "reverse", "reclassify")),
    ("loan_repayment", ("repay", "reverse", "reclassify")),
    ("goods_entry", ("post", "reverse")),
)


def tamper_checks() -> list[Finding]:
    """Edits made behind the program's back: a broken audit chain (the first row that does
    not match), voucher series with gaps, stored PDFs that are not the issued ones, ledger
    entries and loan repayments that differ from what their audit rows say was written."""
    from models.exchange.checks import received_checks
    from models.signoff.checks import report_checks

    return (chain_checks() + numbering_checks() + document_checks() + report_checks()
            + received_checks() + vouched_row_checks())


def chain_checks() -> list[Finding]:
    """Recompute the audit hash chain; one finding naming the first row that breaks it."""
    found = audit.check_chain()
    if found is None:
        return []
    params = {"id": found.id, "date": found.at, "entity": found.entity,
              "entity_id": found.entity_id, "action": found.action, "what": found.what,
              "previous_id": found.previous_id, "more": found.more}
    if found.what == "head":
        return [Finding("audit_chain_head_mismatch", "audit_log", found.id,
                        f"head {found.id} / last row {found.previous_id}", params)]
    detail = (f"{found.at} {found.entity} {found.entity_id} {found.action}: {found.what}"
              f" (previous row {found.previous_id}; {found.more} more)")
    return [Finding("audit_chain_broken", "audit_log", found.id, detail, params)]


def numbering_checks() -> list[Finding]:
    """Each voucher series (fund, kind, year) runs 1, 2, 3… without a gap; the first gap of
    a series is named with the entry after it. (Doubles: voucher_number_reused above.)"""
    from models.storage.schema import LedgerEntry

    findings: list[Finding] = []
    moved = moved_vouchers()
    rows = (LedgerEntry.select(LedgerEntry.fund, LedgerEntry.kind, LedgerEntry.year,
                               LedgerEntry.number, LedgerEntry.id, LedgerEntry.date)
            .order_by(LedgerEntry.fund, LedgerEntry.kind, LedgerEntry.year,
                      LedgerEntry.number, LedgerEntry.id).tuples())
    series, expected, reported = None, 1, False
    for fund_id, kind, year, number, entry_id, date in rows.iterator():
        if (fund_id, kind, year) != series:
            series, expected, reported = (fund_id, kind, year), 1, False
        if number == expected - 1:
            continue  # a double: reported as voucher_number_reused
        while (fund_id, kind, year, expected) in moved and expected < number:
            expected += 1  # moved to the in-kind register (schema version 10)
        if number != expected and not reported:
            reported = True
            findings.append(Finding(
                "voucher_number_gap", "fund", fund_id, f"{kind} {year} #{expected}: next #{number}",
                {"fund": fund_id, "kind": kind, "year": year, "number": expected,
                 "next": number, "id": entry_id, "date": date.isoformat()}))
        expected = number + 1
    return findings


def moved_vouchers() -> set[tuple[int, str, int, int]]:
    """(fund, kind, year, number) of the cash vouchers that were goods handed back and left
    the cash book for the in-kind register (models/funds/goods_migration.py)."""
    from models.storage.schema import AuditLog

    found = set()
    for (text,) in (AuditLog.select(AuditLog.after)
                    .where((AuditLog.entity == "ledger_entry")
                           & (AuditLog.action == "move_to_goods")).tuples()):
        after = json.loads(text or "{}")
        found.add((after["fund"], after["kind"], after["year"], after["number"]))
    return found


def document_checks() -> list[Finding]:
    """Every issued paper's stored PDF still has the SHA-256 stored with it, and that hash is
    the one its audit row recorded when it was issued."""
    from models.storage.schema import AuditLog, IssuedDocument

    issued = {}
    for entity_id, after in (AuditLog.select(AuditLog.entity_id, AuditLog.after)
                             .where((AuditLog.entity == "issued_document")
                                    & (AuditLog.action == "issue")).tuples()):
        issued[entity_id] = json.loads(after or "{}").get("sha256")
    findings: list[Finding] = []
    for doc_id, pdf, sha, date in (IssuedDocument.select(IssuedDocument.id, IssuedDocument.pdf,
                                                         IssuedDocument.sha256,
                                                         IssuedDocument.date)
                                   .order_by(IssuedDocument.id).tuples().iterator()):
        actual = hashlib.sha256(bytes(pdf)).hexdigest()
        params = {"id": doc_id, "date": date.isoformat()}
        if actual != sha:
            findings.append(Finding("document_pdf_mismatch", "issued_document", doc_id,
                                    f"{actual} / {sha}", params))
        elif str(doc_id) in issued and issued[str(doc_id)] != sha:
            findings.append(Finding("document_hash_changed", "issued_document", doc_id,
                                    f"{sha} / {issued[str(doc_id)]}", params))
    return findings


def _iso(value: object) -> object:
    """A date or time column as audit.snapshot writes it (ISO text); SQLite hands text."""
    if value is None:
        return None
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value).isoformat() if len(value) > 10 else value
    return value.isoformat()


def _as_snapshot(fld: pw.Field):
    if isinstance(fld, pw.DecimalField):
        from models.funds.goods_tables import quantity_key

        return quantity_key
    return _iso if isinstance(fld, pw.DateField | pw.DateTimeField) else (lambda v: v)


def _digest(text: str | None) -> bytes:
    return hashlib.blake2b((text or "").encode("utf-8"), digest_size=16).digest()


def vouched_row_checks() -> list[Finding]:
    """Each ledger entry and loan repayment is the row its audit row says was written: no row
    changed, none deleted while its audit row remains, none without an audit row.

    The audit row's JSON is the live row's snapshot as text (same columns, same order), so a
    row is compared by a digest of that text and only a row whose text differs is parsed:
    a commune's hundreds of thousands of entries are not all held in memory as dicts."""
    from models.funds.goods_tables import GoodsEntry
    from models.storage.schema import AuditLog, LedgerEntry, LoanRepayment

    models = {"ledger_entry": LedgerEntry, "loan_repayment": LoanRepayment,
              "goods_entry": GoodsEntry}
    encode = json.JSONEncoder(ensure_ascii=False).encode  # audit.record's json.dumps
    findings: list[Finding] = []
    # A restore carries the audit rows written since its backup into the restored data: they
    # speak of rows the restore replaced, so they vouch for nothing that must still exist.
    carried: list[tuple[int, int]] = []
    for (text,) in (AuditLog.select(AuditLog.after)
                    .where((AuditLog.entity == "database") & (AuditLog.action == "restore"))
                    .tuples()):
        with contextlib.suppress(ValueError, TypeError, KeyError, IndexError):
            span = json.loads(text or "{}").get("carried_audit_ids")
            if span:
                carried.append((int(span[0]), int(span[1])))
    for entity, actions in VOUCHED:
        model = models[entity]
        written: dict[int, tuple[int, bytes]] = {}
        for audit_id, entity_id, after in (
                AuditLog.select(AuditLog.id, AuditLog.entity_id, AuditLog.after)
                .where((AuditLog.entity == entity) & AuditLog.action.in_(actions))
                .order_by(AuditLog.id).tuples().iterator()):
            if any(low <= audit_id <= high for low, high in carried):
                continue
            written[int(entity_id)] = (audit_id, _digest(after))
        for (entity_id,) in (AuditLog.select(AuditLog.entity_id)
                             .where((AuditLog.entity == entity)
                                    & (AuditLog.action == "move_to_goods")).tuples()):
            written.pop(int(entity_id), None)  # left the cash book on purpose
        fields = model._meta.sorted_fields
        names = [f.name for f in fields]
        convert = [_as_snapshot(f) for f in fields]
        cursor = database.execute_sql(
            "SELECT " + ", ".join(f'"{f.column_name}"' for f in fields)
            + f' FROM "{model._meta.table_name}" ORDER BY "id"')
        for row in iter(cursor.fetchone, None):  # raw values: peewee's conversions cost more
            live = {n: c(v) for n, c, v in zip(names, convert, row, strict=True)}
            rid = live["id"]
            date = live.get("date")
            if rid not in written:
                findings.append(Finding("row_without_audit", entity, rid, f"{date}",
                                        {"id": rid, "date": date}))
                continue
            audit_id, digest = written.pop(rid)
            if _digest(encode(live)) == digest:
                continue
            after = json.loads(AuditLog.get_by_id(audit_id).after or "{}")
            changed = sorted(k for k in live.keys() | after.keys()
                             if live.get(k) != after.get(k))
            if changed:
                detail = "; ".join(f"{k}: {after.get(k)!r} → {live.get(k)!r}" for k in changed)
                findings.append(Finding("audited_row_changed", entity, rid, detail,
                                        {"id": rid, "date": date, "audit_id": audit_id,
                                         "fields": ", ".join(changed),
                                         "changes": detail}))
        for rid, (audit_id, _) in sorted(written.items()):
            after = json.loads(AuditLog.get_by_id(audit_id).after or "{}")
            findings.append(Finding("audited_row_deleted", entity, rid,
                                    f"{after.get('date')}: {after.get('amount', '')}",
                                    {"id": rid, "date": after.get("date"),
                                     "audit_id": audit_id}))
    return findings
