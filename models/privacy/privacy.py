"""Personal data protection (Law 91/2025/QH15): a member's own record, erasure by
anonymisation, the retention setting, unmasked exports and the "aggregates only" rule.

Who may do what (models/accounts/access.py):
- see sensitive values (CCCD, household status, disability, assistance, policy, note):
  the "sensitive" right (clerk, approver); others see them masked (models/privacy/consent.py);
- export a member's own record (it holds every sensitive value): "sensitive" in the
  member's ward: the clerk who answers the member's request;
- export a register unmasked: "sensitive" (nobody exports what they may not see); audited
  as "export_unmasked", naming who, which register and how many rows;
- anonymise: "write" + "sensitive" in the member's ward (clerk, approver). Not the admin:
  erasure is a decision about the data of one person, taken by those who hold the data and
  can see what is erased; the admin sets the retention period it must respect;
- the retention period ("retention years after leaving", default 5): the office's
  administrator only (it applies to everyone: models/office/settings.py).

Anonymising keeps every figure: gender, birth year, ethnicity, household status and flags,
memberships, board seats, ledger entries and loans stay, so counts and compositions do not
change. It erases the name (→ "Thành viên đã ẩn danh N"), CCCD, phone, exact birth date,
note, village, consent text and leave notes, and the same values in earlier audit rows of the
person and their memberships. Issued documents (PDFs in the register) are official records
under archive rules and are left as issued.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from models.accounts import access, audit
from models.errors import Collector, NotFound, ValidationError
from models.privacy.consent import SENSITIVE_FIELDS

# The rule for packages sent upward lives in its own module; offered here too.
from models.privacy.upward import PersonalDataFound, assert_no_personal_data  # noqa: E402
from models.storage.db import database
from models.storage.schema import (
    AuditLog,
    BoardMember,
    Club,
    ClubGroup,
    Fund,
    LedgerEntry,
    Loan,
    LoanRepayment,
    Membership,
    Person,
    Setting,
    Village,
    Ward,
    now,
)
from models.text.vietnamese import clean_cccd, fold, name_sort_key, nfc

SETTING_KEY = "privacy"
ANONYMOUS_NAME = "Thành viên đã ẩn danh"
# Person values erased by anonymise(); the same keys are scrubbed from earlier audit rows.
ERASED_PERSON_FIELDS = ("full_name", "sort_key", "search_key", "id_number", "phone",
                        "birth_date", "note", "village", "consent_scope")
ERASED_MEMBERSHIP_FIELDS = ("leave_note",)
KEPT_PERSON_FIELDS = ("gender", "birth_year", "ethnicity", "household_status",
                      "household_status_year", "disability", "policy_beneficiary",
                      "social_assistance", "consent_date", "consent_method")


@dataclass
class PrivacySettings:
    """Office rules on personal data."""

    retention_years: int = 5  # years after leaving before a member may be anonymised


def load_settings() -> PrivacySettings:
    """The office's privacy rules (defaults for what was never set)."""
    row = Setting.get_or_none(Setting.key == SETTING_KEY)
    stored = json.loads(row.value) if row else {}
    known = {f.name for f in dataclasses.fields(PrivacySettings)}
    return PrivacySettings(**{k: v for k, v in stored.items() if k in known})


def save_settings(value: PrivacySettings) -> PrivacySettings:
    """Validate and store the privacy rules, with an audit row. They apply to every ward on
    this database: the office's administrator only (models/office/settings.py)."""
    from models.office.settings import require_office_admin

    require_office_admin()
    p = Collector()
    years = value.retention_years
    if isinstance(years, bool) or not isinstance(years, int) or not 0 <= years <= 100:
        p.add("retention_years", "out_of_range", low=0, high=100)
    p.raise_if_any()
    with database.atomic():
        row = Setting.get_or_none(Setting.key == SETTING_KEY)
        before = json.loads(row.value) if row else None
        text = json.dumps(asdict(value), ensure_ascii=False)
        Setting.insert(key=SETTING_KEY, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}).execute()
        audit.record("setting", SETTING_KEY, "update" if row else "create", before,
                     asdict(value))
    return value


# --- Finding a person ---------------------------------------------------------------------


def get_person(person_id: int, *actions: str) -> Person:
    """A person the signed-in user may do every one of `actions` to ("read" when none is
    given). A person of another unit is NotFound, as a missing one: ids reveal nothing."""
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise NotFound("person", person_id)
    for action in actions or ("read",):
        access.require_record("person", person_id, person.ward_code, action)
    return person


def find_person(*, person_id: int | None = None, id_number: str | None = None,
                actions: tuple[str, ...] = ("sensitive",)) -> Person:
    """A person by id or by CCCD number (the member's request usually names the latter),
    once the user may do `actions` (default: see sensitive values) in the person's ward.
    The CCCD is looked up in the user's unit only."""
    if person_id is not None:
        return get_person(person_id, *actions)
    number = clean_cccd(nfc(id_number or ""))
    person = None
    if number:
        person = access.scoped(Person.select(), Person.ward).where(
            Person.id_number == number).first()
    if person is None:
        raise NotFound("person", id_number)
    return get_person(person.id, *actions)


# --- Loans --------------------------------------------------------------------------------


def loan_debts(person_id: int) -> list[tuple[int, int]]:
    """(loan number, principal still owed) of the person's loans not yet closed.

    Read from the tables directly: a repayment counts unless it was reversed; a reversing row
    itself carries no money of its own here. Repaid and written-off loans owe nothing.
    """
    debts = []
    for loan in Loan.select().where((Loan.person == person_id) & (Loan.status == "current")):
        repayments = list(LoanRepayment.select().where(LoanRepayment.loan == loan.id))
        reversed_ids = {r.reverses_id for r in repayments if r.reverses_id is not None}
        paid = sum(r.principal for r in repayments
                   if r.reverses_id is None and r.id not in reversed_ids)
        owed = max(loan.principal - paid, 0)
        if owed:
            debts.append((loan.number, owed))
    return debts


# --- Anonymising --------------------------------------------------------------------------


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def last_left_on(person_id: int) -> dt.date | None:
    """When the person last left a club (None while active or never a member)."""
    rows = list(Membership.select().where(Membership.person == person_id))
    if not rows or any(m.left_on is None for m in rows):
        return None
    return max(m.left_on for m in rows)


def check_anonymise(person: Person, today: dt.date | None = None) -> Collector:
    """Why a person may not be anonymised yet (empty when allowed)."""
    today = today or dt.date.today()
    p = Collector()
    if person.anonymised_at is not None:
        p.add("person", "already_anonymised", date=person.anonymised_at.date())
        return p
    active = (Membership.select().join(Club)
              .where((Membership.person == person.id) & Membership.left_on.is_null()).first())
    if active is not None:
        p.add("membership", "still_active", code=active.club.code)
    else:
        left = last_left_on(person.id)
        years = load_settings().retention_years
        if left is not None and add_years(left, years) > today:
            p.add("person", "retention_not_reached", left=left, years=years,
                  until=add_years(left, years))
    for number, owed in loan_debts(person.id):
        p.add("loan", "loan_outstanding", number=number, amount=owed)
    guaranteed = (Loan.select().where((Loan.guarantor == person.id)
                                      & (Loan.status == "current")).first())
    if guaranteed is not None:
        p.add("loan", "guarantor_of_current_loan", number=guaranteed.number)
    return p


def anonymise_check(person_id: int, today: dt.date | None = None) -> tuple[Person, Collector]:
    """The dry run of anonymise(): the same rights (write and sensitive in the person's
    ward) and the same checks, writing nothing. Returns the person and why not (empty when
    allowed)."""
    person = get_person(person_id, "write", "sensitive")
    return person, check_anonymise(person, today)


def _scrub_json(text: str | None, keys: tuple[str, ...]) -> str | None:
    if not text:
        return text
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if not isinstance(data, dict) or not any(k in data for k in keys):
        return text
    for key in keys:
        if key in data:
            data[key] = None
    return json.dumps(data, ensure_ascii=False)


def _scrub_audit(entity: str, ids: list[int], keys: tuple[str, ...],
                 db: Any = None) -> int:
    """Blank `keys` in the before/after values of earlier audit rows; returns rows changed."""
    changed = 0
    names = [str(i) for i in ids]
    if not names:
        return 0
    db = db or database
    rows = (AuditLog.select(AuditLog.id, AuditLog.before, AuditLog.after)
            .where((AuditLog.entity == entity) & AuditLog.entity_id.in_(names)).bind(db))
    for row_id, old_before, old_after in list(rows.tuples()):
        before, after = _scrub_json(old_before, keys), _scrub_json(old_after, keys)
        if (before, after) != (old_before, old_after):
            # The erased row keeps its hash; a chained "redact" row vouches for the new text.
            audit.redact(row_id, before, after, db=db)
            changed += 1
    return changed


# Set by anonymise(): the backups made before it still hold what was erased, until
# models/storage/backup.scrub_backups has erased it from each copy too.
BACKUPS_HOLD_ERASED_KEY = "backups_hold_erased"


def erase_person(person_id: int, anonymised_at: dt.datetime, db: Any = None) -> int:
    """The erasures of anonymise(), on the bound database or on `db` (a backup copy, a
    restored file): no checks, no audit row. Returns the audit rows scrubbed. Call inside a
    transaction of that database."""
    db = db or database
    name = f"{ANONYMOUS_NAME} {person_id}"
    Person.update({
        Person.full_name: name, Person.sort_key: name_sort_key(name),
        Person.search_key: fold(name), Person.id_number: None, Person.phone: "",
        Person.birth_date: None, Person.note: "", Person.village: None,
        Person.consent_scope: "", Person.anonymised_at: anonymised_at,
        Person.updated_at: anonymised_at,
    }).where(Person.id == person_id).execute(db)
    membership_ids = [r[0] for r in Membership.select(Membership.id)
                      .where(Membership.person == person_id).bind(db).tuples()]
    Membership.update(leave_note="").where(Membership.person == person_id).execute(db)
    scrubbed = _scrub_audit("person", [person_id], ERASED_PERSON_FIELDS, db)
    scrubbed += _scrub_audit("membership", membership_ids, ERASED_MEMBERSHIP_FIELDS, db)
    return scrubbed


def anonymise(person_id: int, *, today: dt.date | None = None) -> Person:
    """Erase a former member's personal details, keeping what the figures need.

    Allowed when the person has no active membership, left at least the retention period
    ago and owes nothing on a loan (nor guarantees a current one). See the module docstring.
    """
    person = get_person(person_id, "write", "sensitive")
    check_anonymise(person, today).raise_if_any()
    with database.atomic():
        scrubbed = erase_person(person.id, now())
        # The backups made before now still hold what was just erased (scrub_backups).
        Setting.insert(key=BACKUPS_HOLD_ERASED_KEY, value="true").on_conflict(
            conflict_target=[Setting.key], update={Setting.value: "true"}).execute()
        # The action itself is audited by field names only, never the erased values.
        audit.record("person", person.id, "anonymise", None, {
            "erased": list(ERASED_PERSON_FIELDS + ERASED_MEMBERSHIP_FIELDS),
            "kept": list(KEPT_PERSON_FIELDS), "audit_rows_scrubbed": scrubbed})
    person = get_person(person.id)
    return person


# --- A member's own record ----------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _row(model: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {n: _plain(getattr(model, n)) for n in names}


def _audit_rows(entity: str, ids: list[int]) -> list[dict[str, Any]]:
    if not ids:
        return []
    query = (AuditLog.select().where((AuditLog.entity == entity)
                                     & AuditLog.entity_id.in_([str(i) for i in ids]))
             .order_by(AuditLog.at, AuditLog.id))
    return [{"at": _plain(a.at), "actor": a.actor, "entity": a.entity,
             "entity_id": a.entity_id, "action": a.action,
             "before": json.loads(a.before) if a.before else None,
             "after": json.loads(a.after) if a.after else None} for a in query]


def member_record(person_id: int) -> dict[str, Any]:
    """Everything the program holds about one person, as plain JSON-ready values: the person,
    memberships, board seats, ledger entries naming them, loans (as borrower or guarantor)
    with repayments, and the audit rows about them. Needs the sensitive right."""
    person = get_person(person_id, "sensitive")
    ward = Ward.get_or_none(Ward.code == person.ward_code)
    village = Village.get_or_none(Village.id == person.village_id) if person.village_id else None
    data = _row(person, ("id", "full_name", "gender", "birth_date", "birth_year", "ethnicity",
                         "id_number", "phone", "household_status", "household_status_year",
                         "disability", "policy_beneficiary", "social_assistance",
                         "consent_date", "consent_method", "consent_scope", "note",
                         "created_at", "updated_at", "anonymised_at"))
    data["ward"] = ward.name if ward else ""
    data["village"] = village.name if village else ""
    memberships = []
    for m in (Membership.select(Membership, Club).join(Club)
              .where(Membership.person == person.id).order_by(Membership.joined_on)):
        group = ClubGroup.get_or_none(ClubGroup.id == m.group_id) if m.group_id else None
        memberships.append({**_row(m, ("id", "joined_on", "left_on", "leave_reason",
                                       "leave_note", "role", "home_care_volunteer",
                                       "economic_volunteer")),
                            "club_code": m.club.code, "club_name": m.club.name,
                            "group": group.name if group else ""})
    seats = [{**_row(b, ("id", "role", "term_start", "term_end")),
              "club_code": b.club.code, "club_name": b.club.name}
             for b in (BoardMember.select(BoardMember, Club).join(Club)
                       .where(BoardMember.person == person.id)
                       .order_by(BoardMember.term_start))]
    entries = [{**_row(e, ("id", "kind", "date", "number", "category", "description",
                           "amount", "reverses_id", "reversal_reason")),
                "fund": e.fund.name, "club_code": e.fund.club.code}
               for e in (LedgerEntry.select(LedgerEntry, Fund).join(Fund)
                         .where(LedgerEntry.person == person.id)
                         .order_by(LedgerEntry.date, LedgerEntry.id))]
    loans = []
    for loan in (Loan.select().where((Loan.person == person.id) | (Loan.guarantor == person.id))
                 .order_by(Loan.disbursed_on, Loan.id)):
        row = _row(loan, ("id", "number", "form", "item", "unit", "unit_value", "principal",
                          "purpose", "purpose_note", "disbursed_on", "term_months", "rate_bp",
                          "interest_method", "repayment_plan", "status", "closed_on",
                          "note"))
        row["quantity"] = str(loan.quantity) if loan.quantity is not None else None
        row["club_code"] = loan.club.code
        row["as"] = "borrower" if loan.person_id == person.id else "guarantor"
        row["repayments"] = [_row(r, ("id", "date", "principal", "interest", "form", "note",
                                      "reverses_id"))
                             for r in LoanRepayment.select().where(LoanRepayment.loan == loan.id)
                             .order_by(LoanRepayment.date, LoanRepayment.id)]
        loans.append(row)
    history = (_audit_rows("person", [person.id])
               + _audit_rows("membership", [m["id"] for m in memberships])
               + _audit_rows("loan", [x["id"] for x in loans if x["as"] == "borrower"]))
    history.sort(key=lambda a: (a["at"], a["entity"], a["entity_id"]))
    return {"person": data, "memberships": memberships, "board_seats": seats,
            "ledger_entries": entries, "loans": loans, "audit": history}


def write_audited(files: list[tuple[str, Callable[[str], None]]],
                  record: Callable[[], None], *, force: bool = False) -> None:
    """Write files that carry sensitive values, audited before they exist.

    The targets are checked first (models.storage.output: never the database or the backups
    folder; an existing file only with `force`). Then, in one transaction, `record()` checks
    the rights and inserts the audit row (if that fails, for instance while another writer
    holds the database, no file is written) and each `write(path)` writes its file under a
    temporary name beside the target. Once the transaction has committed the files take their
    names; on any failure the temporary files are removed. So a file exists only with its
    audit row.
    """
    from contextlib import contextmanager

    from models.storage.output import write_outputs

    @contextmanager
    def audited():
        with database.atomic():
            record()
            yield

    write_outputs([(target, lambda tmp, write=write: write(str(tmp)))
                   for target, write in files], force=force, within=audited)


def record_export(person_id: int, fmt: str) -> None:
    """Audit that a member's own record leaves the program (who, when, in what form)."""
    person = get_person(person_id, "sensitive")
    with database.atomic():
        audit.record("person", person.id, "export_record", None, {"format": fmt})


def export_member_record(person_id: int, pdf_path: str, *, on: dt.date | None = None,
                         force: bool = False) -> tuple[str, str]:
    """Write a member's own record as PDF (readable by the member) and JSON beside it (same
    name, .json); audited first (write_audited), both targets checked before anything is
    written (models.storage.output); `force` replaces existing files. Returns both paths."""
    from models.accounts.session import current_actor, current_user
    from models.papers import paper_facts
    from models.storage.output import check_output
    from reports.member_record import build_pdf, to_json

    on = on or dt.date.today()
    check_output(pdf_path, force=force)
    check_output(Path(pdf_path).with_suffix(".json"), force=force)
    record = member_record(person_id)
    person = get_person(person_id, "sensitive")
    body = paper_facts.default_body()
    office = body.name if body else f"ỦY BAN NHÂN DÂN {paper_facts.ward_text(person.ward)}"
    user = current_user()
    pdf = build_pdf(record, office=office.upper(), place=paper_facts.place_name(person.ward),
                    on=on, prepared_by=user.full_name if user else current_actor(),
                    setup=paper_facts.page_setup())
    target = Path(pdf_path)
    json_path = target.with_suffix(".json")
    text = to_json(record, on)
    write_audited([(str(target), lambda path: Path(path).write_bytes(pdf)),
                   (str(json_path), lambda path: Path(path).write_text(text, encoding="utf-8"))],
                  lambda: record_export(person_id, "pdf+json"), force=force)
    return str(target), str(json_path)


def consent_form_pdf(person_id: int, on: dt.date | None = None) -> bytes:
    """A member's consent form as PDF. It prints the full CCCD: the sensitive right in the
    member's ward, audited as "consent_form" (models/privacy/consent.py)."""
    from models.papers import papers_extra

    return papers_extra.member_paper("consent", person_id, on)


def write_consent_form(person_id: int, path: str, on: dt.date | None = None, *,
                       force: bool = False) -> str:
    """Write a member's consent form to a file, audited before the file exists; `force`
    replaces an existing file."""
    pdf: list[bytes] = []
    target = Path(path)

    def record() -> None:
        pdf.append(consent_form_pdf(person_id, on))  # checks and audits, in the transaction

    write_audited([(str(target), lambda temp: Path(temp).write_bytes(pdf[0]))], record,
                  force=force)
    return str(target)


# --- Exports ------------------------------------------------------------------------------


def require_unmasked_export(*, club_id: int | None = None, ward_code: int | None = None
                            ) -> int | None:
    """Raise AccessDenied unless the user may export full values of this register (the
    sensitive right there); returns the register's ward. Call before writing the file."""
    if club_id is not None:
        return access.require_club(club_id, "sensitive").ward_code
    access.require("sensitive", ward_code)
    return ward_code


def audit_unmasked_export(what: str, *, club_id: int | None = None,
                          ward_code: int | None = None, rows: int | None = None,
                          file: str = "") -> None:
    """Check again and write the "export_unmasked" audit row (who: the audit actor; what:
    the register, its scope, the row count, the file, the fields). Call it as the `record`
    of write_audited, so the row is written before the file exists."""
    ward_code = require_unmasked_export(club_id=club_id, ward_code=ward_code)
    with database.atomic():
        audit.record("export", what, "export_unmasked", None,
                     {"club_id": club_id, "ward_code": ward_code, "rows": rows,
                      "file": file, "fields": list(SENSITIVE_FIELDS)})


__all__ = [
    "ANONYMOUS_NAME", "PersonalDataFound", "PrivacySettings", "ValidationError", "anonymise",
    "anonymise_check", "assert_no_personal_data", "audit_unmasked_export", "check_anonymise",
    "consent_form_pdf", "find_person", "write_audited", "write_consent_form",
    "load_settings", "loan_debts", "member_record", "record_export", "require_unmasked_export",
    "save_settings",
]
