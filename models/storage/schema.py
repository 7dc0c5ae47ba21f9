"""Tables. Every table binds to the database proxy in models.storage.db."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from models.storage.db import database


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = pw.IntegerField()
    applied_at = pw.DateTimeField(default=now)
    note = pw.TextField(default="")


class AuditLog(BaseModel):
    at = pw.DateTimeField(default=now, index=True)
    actor = pw.CharField(max_length=100)
    entity = pw.CharField(max_length=50)
    entity_id = pw.CharField(max_length=50)
    action = pw.CharField(max_length=50)
    before = pw.TextField(null=True)  # JSON
    after = pw.TextField(null=True)  # JSON
    # Schema version 3: the hash chain (models/accounts/audit.py). Each row carries the hash
    # of the row before it and the SHA-256 of its own content with that hash.
    prev_hash = pw.CharField(max_length=64, null=True)
    row_hash = pw.CharField(max_length=64, null=True)

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


class Setting(BaseModel):
    key = pw.CharField(primary_key=True, max_length=100)
    value = pw.TextField()  # JSON


class Province(BaseModel):
    """Province-level unit (official list in force since 01/7/2025)."""

    code = pw.IntegerField(primary_key=True)
    name = pw.CharField(max_length=100)
    division_type = pw.CharField(max_length=50)


class Ward(BaseModel):
    """Commune-level unit: xã, phường or đặc khu."""

    code = pw.IntegerField(primary_key=True)
    name = pw.CharField(max_length=100)
    division_type = pw.CharField(max_length=50)
    province = pw.ForeignKeyField(Province, backref="wards", column_name="province_code")
    search_key = pw.CharField(max_length=100, index=True)


class Village(BaseModel):
    """Thôn, bản, tổ dân phố: typed in by the office; old names stay on old records."""

    ward = pw.ForeignKeyField(Ward, backref="villages", column_name="ward_code")
    name = pw.CharField(max_length=100)
    kind = pw.CharField(max_length=30, default="thôn")
    search_key = pw.CharField(max_length=100, index=True)
    valid_from = pw.DateField(null=True)
    valid_to = pw.DateField(null=True)

    class Meta:
        indexes = ((("ward", "name"), True),)


class IssuingBody(BaseModel):
    """A body that issues documents (UBND phường, Hội NCT phường, a club)."""

    code = pw.CharField(max_length=20, unique=True)  # symbol part: UBND, HNCT
    name = pw.CharField(max_length=200)  # ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN
    parent_name = pw.CharField(max_length=200, default="")
    authority = pw.CharField(max_length=200, default="")  # TM. ỦY BAN NHÂN DÂN
    signer_title = pw.CharField(max_length=200, default="")  # KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
    signer_name = pw.CharField(max_length=100, default="")
    position = pw.IntegerField(default=0)


class Club(BaseModel):
    code = pw.CharField(max_length=30, unique=True)
    name = pw.CharField(max_length=200)
    search_key = pw.CharField(max_length=200, index=True)
    ward = pw.ForeignKeyField(Ward, backref="clubs", column_name="ward_code")
    status = pw.CharField(max_length=20, default="planned", index=True)
    status_since = pw.DateField(null=True)
    plan_phase = pw.CharField(max_length=50, default="")
    meeting_day = pw.CharField(max_length=100, default="")
    meeting_place = pw.CharField(max_length=200, default="")
    decision_number = pw.CharField(max_length=50, default="")
    decision_date = pw.DateField(null=True)
    decision_issuer = pw.CharField(max_length=200, default="")
    launch_date = pw.DateField(null=True)
    statute_adopted = pw.BooleanField(default=False)
    statute_date = pw.DateField(null=True)
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)


class ClubVillage(BaseModel):
    club = pw.ForeignKeyField(Club, backref="village_links", on_delete="CASCADE")
    village = pw.ForeignKeyField(Village, backref="club_links")

    class Meta:
        indexes = ((("club", "village"), True),)


class ClubStatusChange(BaseModel):
    club = pw.ForeignKeyField(Club, backref="status_changes", on_delete="CASCADE")
    status = pw.CharField(max_length=20)
    date = pw.DateField()
    reason = pw.TextField(default="")
    recorded_at = pw.DateTimeField(default=now)


class ClubGroup(BaseModel):
    """Tổ/nhóm inside a club."""

    club = pw.ForeignKeyField(Club, backref="groups", on_delete="CASCADE")
    name = pw.CharField(max_length=100)
    position = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("club", "name"), True),)


class Person(BaseModel):
    full_name = pw.CharField(max_length=100)
    sort_key = pw.CharField(max_length=400, index=True)
    search_key = pw.CharField(max_length=100, index=True)
    gender = pw.CharField(max_length=1)  # "F" / "M"
    birth_date = pw.DateField(null=True)
    birth_year = pw.IntegerField(index=True)
    ethnicity = pw.CharField(max_length=50, default="Kinh")
    id_number = pw.CharField(max_length=12, null=True, unique=True)
    phone = pw.CharField(max_length=20, default="")
    ward = pw.ForeignKeyField(Ward, backref="people", column_name="ward_code")
    village = pw.ForeignKeyField(Village, backref="people", null=True)
    household_status = pw.CharField(max_length=20, default="none")
    household_status_year = pw.IntegerField(null=True)
    disability = pw.BooleanField(default=False)
    policy_beneficiary = pw.BooleanField(default=False)  # người có công / gia đình chính sách
    social_assistance = pw.BooleanField(default=False)  # hưởng trợ cấp xã hội hằng tháng
    consent_date = pw.DateField(null=True)
    consent_method = pw.CharField(max_length=20, default="")
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)
    # Schema version 2 (migration 2 adds them to older files).
    consent_scope = pw.TextField(default="")  # what the member agreed to, as written
    anonymised_at = pw.DateTimeField(null=True)  # personal details erased; counts kept


class Membership(BaseModel):
    """A person's time in a club. Leaving closes it; rejoining opens a new one."""

    person = pw.ForeignKeyField(Person, backref="memberships")
    club = pw.ForeignKeyField(Club, backref="memberships")
    joined_on = pw.DateField()
    left_on = pw.DateField(null=True)
    leave_reason = pw.CharField(max_length=20, null=True)
    leave_note = pw.TextField(default="")
    role = pw.CharField(max_length=30, default="member")
    group = pw.ForeignKeyField(ClubGroup, backref="memberships", null=True, on_delete="SET NULL")
    home_care_volunteer = pw.BooleanField(default=False)
    economic_volunteer = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("club", "left_on"), False),)


class BoardMember(BaseModel):
    """A seat on the club's management board (Ban chủ nhiệm) for a term."""

    club = pw.ForeignKeyField(Club, backref="board", on_delete="CASCADE")
    person = pw.ForeignKeyField(Person, backref="board_seats")
    role = pw.CharField(max_length=30)
    term_start = pw.DateField()
    term_end = pw.DateField(null=True)


TABLES: list[type[BaseModel]] = [
    SchemaVersion,
    AuditLog,
    Setting,
    Province,
    Ward,
    Village,
    IssuingBody,
    Club,
    ClubVillage,
    ClubStatusChange,
    ClubGroup,
    Person,
    Membership,
    BoardMember,
]


# --- Document register ----------------------------------------------------------------------
# The schema is still version 1 (nothing released yet), so these tables join TABLES without a
# migration. Once version 1 ships, a new table needs a numbered migration instead.


class IssuedDocument(BaseModel):
    """An official paper as issued: its number in the body's yearly series and the PDF itself.

    One series per issuing body and calendar year runs across every document type
    (05/QĐ-UBND, then 06/GCN-UBND), so (issuing_body, year, number) is unique. The PDF bytes
    live in the database so a backup carries them; `sha256` proves a reprint is the same file.
    """

    kind = pw.CharField(max_length=30, index=True)  # decision, certificate, launch_minutes…
    type_code = pw.CharField(max_length=10)  # QĐ, BB, QC, GCN
    issuing_body = pw.ForeignKeyField(IssuingBody, backref="documents")
    year = pw.IntegerField()
    number = pw.IntegerField()
    symbol = pw.CharField(max_length=40)  # "QĐ-UBND": the part after "05/"
    date = pw.DateField()
    summary = pw.TextField()  # trích yếu
    signer_name = pw.CharField(max_length=100)
    signer_title = pw.CharField(max_length=200)
    club = pw.ForeignKeyField(Club, backref="documents", null=True)
    pdf = pw.BlobField()
    sha256 = pw.CharField(max_length=64)
    data_json = pw.TextField(default="{}")  # the paper data the PDF was built from
    created_by = pw.CharField(max_length=100)
    created_at = pw.DateTimeField(default=now)

    class Meta:
        indexes = (
            (("issuing_body", "year", "number"), True),
            (("club", "kind"), False),
        )


class DocumentTemplate(BaseModel):
    """The office's wording of one paper (căn cứ lines, articles, recipients) as JSON.

    Only what the office changed is stored; missing keys take the built-in defaults.
    """

    key = pw.CharField(primary_key=True, max_length=50)
    text = pw.TextField()  # JSON object
    updated_at = pw.DateTimeField(default=now)


TABLES += [IssuedDocument, DocumentTemplate]


# --- Funds and ledger -----------------------------------------------------------------------
# Still schema version 1 until this work ships, like the document register above; after that a
# new table or column needs a numbered migration.


class Fund(BaseModel):
    """A self-managed fund of a club: income generation (revolving loans), activity, others."""

    club = pw.ForeignKeyField(Club, backref="funds")
    kind = pw.CharField(max_length=20)  # income, activity, home_care, golden_heart, other
    name = pw.CharField(max_length=200)
    opened_on = pw.DateField()
    closed_on = pw.DateField(null=True)
    created_at = pw.DateTimeField(default=now)

    class Meta:
        indexes = ((("club", "kind"), False),)


class LedgerEntry(BaseModel):
    """One receipt or payment. Append-only: corrections are reversing entries.

    Voucher numbers run per fund, kind and year and are never reused. `amount` is integer
    đồng, always > 0; the kind gives the sign. A reversal points at its original through
    `reverses`, which is unique so an entry can be reversed at most once.
    """

    fund = pw.ForeignKeyField(Fund, backref="entries")
    kind = pw.CharField(max_length=10)  # receipt, payment
    date = pw.DateField()
    year = pw.IntegerField()
    number = pw.IntegerField()
    person = pw.ForeignKeyField(Person, backref="ledger_entries", null=True)
    party = pw.CharField(max_length=200, default="")  # an outside payer or payee
    category = pw.CharField(max_length=30)
    description = pw.TextField(default="")
    amount = pw.BigIntegerField()
    attachments = pw.IntegerField(default=0)
    reverses = pw.ForeignKeyField("self", backref="reversed_by", null=True, unique=True)
    reversal_reason = pw.TextField(default="")
    posted_by = pw.CharField(max_length=100)
    posted_at = pw.DateTimeField(default=now)

    class Meta:
        indexes = (
            (("fund", "kind", "year", "number"), True),
            (("fund", "date", "id"), False),
        )


class ClosedPeriod(BaseModel):
    """A closed month (or whole year, month NULL) of one fund or of every fund of a club."""

    club = pw.ForeignKeyField(Club, backref="closed_periods", null=True)
    fund = pw.ForeignKeyField(Fund, backref="closed_periods", null=True)
    year = pw.IntegerField()
    month = pw.IntegerField(null=True)
    closed_by = pw.CharField(max_length=100)
    closed_at = pw.DateTimeField(default=now)


class CashCount(BaseModel):
    """Cash counted against the book; the difference is kept, never booked away silently."""

    fund = pw.ForeignKeyField(Fund, backref="cash_counts")
    date = pw.DateField()
    counted = pw.BigIntegerField()
    book_balance = pw.BigIntegerField()
    difference = pw.BigIntegerField()  # counted - book_balance
    note = pw.TextField(default="")
    counted_by = pw.CharField(max_length=100)
    recorded_at = pw.DateTimeField(default=now)


TABLES += [Fund, LedgerEntry, ClosedPeriod, CashCount]


# --- Schema version 2: loans, accounts and personal data --------------------------------------
# Added by migration 2 in models/storage/migrations.py; a fresh database gets them from TABLES.


class LoanRules(BaseModel):
    """A club's lending rules as its statute sets them; loans outside them are refused."""

    club = pw.ForeignKeyField(Club, backref="loan_rules", unique=True)
    max_amount = pw.BigIntegerField()  # đồng
    max_term_months = pw.IntegerField()
    # Hundredths of a percent per month: 50 means 0,5 %/tháng. Integer, so no float drift.
    rate_bp = pw.IntegerField(default=0)
    interest_method = pw.CharField(max_length=20, default="declining")  # flat, declining, none
    guarantor_required = pw.BooleanField(default=False)
    updated_at = pw.DateTimeField(default=now)


class Loan(BaseModel):
    """A loan from the income-generation fund to a member, in cash or in kind.

    `status` is stored for the states a person decides (current, repaid, written_off);
    "overdue" is read from the schedule against the repayments on a given date.
    """

    club = pw.ForeignKeyField(Club, backref="loans")
    fund = pw.ForeignKeyField(Fund, backref="loans")
    person = pw.ForeignKeyField(Person, backref="loans")
    number = pw.IntegerField()  # per club: the loan contract number
    form = pw.CharField(max_length=10)  # cash, in_kind
    item = pw.CharField(max_length=200, default="")  # in kind: "Bò cái giống"
    quantity = pw.DecimalField(max_digits=12, decimal_places=3, null=True, auto_round=True)
    unit = pw.CharField(max_length=30, default="")  # con, cây, kg
    unit_value = pw.BigIntegerField(null=True)  # đồng per unit
    principal = pw.BigIntegerField()  # đồng; in kind: the agreed value
    purpose = pw.CharField(max_length=20)  # livestock, crops, trade, handicraft, services, other
    purpose_note = pw.TextField(default="")
    disbursed_on = pw.DateField()
    term_months = pw.IntegerField()
    rate_bp = pw.IntegerField(default=0)
    interest_method = pw.CharField(max_length=20)  # flat, declining, none
    # monthly or quarterly instalments, or the whole principal at the end of the term with
    # interest monthly (usual for livestock: the cow is sold or calves after a season)
    repayment_plan = pw.CharField(max_length=20, default="monthly")
    guarantor = pw.ForeignKeyField(Person, backref="guaranteed_loans", null=True)
    guarantor_name = pw.CharField(max_length=100, default="")  # a guarantor outside the club
    disbursement_entry = pw.ForeignKeyField(LedgerEntry, backref="loan_disbursed", null=True,
                                            unique=True)
    status = pw.CharField(max_length=20, default="current", index=True)
    closed_on = pw.DateField(null=True)
    income_improved = pw.BooleanField(null=True)  # the programme's indicator, set at close
    write_off_decision = pw.CharField(max_length=100, default="")
    close_note = pw.TextField(default="")
    note = pw.TextField(default="")
    created_by = pw.CharField(max_length=100)
    created_at = pw.DateTimeField(default=now)

    class Meta:
        indexes = ((("club", "number"), True),)


class LoanInstallment(BaseModel):
    """One line of a loan's repayment schedule, in whole đồng."""

    loan = pw.ForeignKeyField(Loan, backref="installments", on_delete="CASCADE")
    seq = pw.IntegerField()
    due_on = pw.DateField()
    principal = pw.BigIntegerField()
    interest = pw.BigIntegerField()

    class Meta:
        indexes = ((("loan", "seq"), True),)


class LoanRepayment(BaseModel):
    """Money (or goods) paid back on a loan; posts receipts to the fund's ledger.

    Append-only like the ledger: a mistaken repayment is reversed (with its ledger entries)
    by a row pointing at it through `reverses`.
    """

    loan = pw.ForeignKeyField(Loan, backref="repayments")
    date = pw.DateField()
    principal = pw.BigIntegerField(default=0)
    interest = pw.BigIntegerField(default=0)
    form = pw.CharField(max_length=10, default="cash")  # cash, in_kind
    note = pw.TextField(default="")
    principal_entry = pw.ForeignKeyField(LedgerEntry, backref="repayment_principal", null=True)
    interest_entry = pw.ForeignKeyField(LedgerEntry, backref="repayment_interest", null=True)
    reverses = pw.ForeignKeyField("self", backref="reversed_by", null=True, unique=True)
    reversal_reason = pw.TextField(default="")
    recorded_by = pw.CharField(max_length=100)
    recorded_at = pw.DateTimeField(default=now)


class UserAccount(BaseModel):
    """A person who signs in, with one or more roles. Tied to one unit: a ward (clerk,
    approver, admin of a ward office) or a province (supervisor, admin of the province
    office)."""

    username = pw.CharField(max_length=50, unique=True)
    full_name = pw.CharField(max_length=100)
    # The role set, comma-separated in access.ROLES order: "clerk", "clerk,admin"…
    # (clerk, approver, supervisor, admin; schema version 11 widened it).
    role = pw.CharField(max_length=60)
    ward = pw.ForeignKeyField(Ward, null=True, column_name="ward_code")
    province = pw.ForeignKeyField(Province, null=True, column_name="province_code")
    password_hash = pw.CharField(max_length=255)
    active = pw.BooleanField(default=True)
    failed_attempts = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    must_change_password = pw.BooleanField(default=False)
    created_at = pw.DateTimeField(default=now)
    password_changed_at = pw.DateTimeField(default=now)
    last_login_at = pw.DateTimeField(null=True)


TABLES += [LoanRules, Loan, LoanInstallment, LoanRepayment, UserAccount]


# --- Schema version 3: tamper evidence ------------------------------------------------------
# Added by migration 3 (with AuditLog.prev_hash and row_hash); a fresh database gets it here.


class AuditChain(BaseModel):
    """The head of the audit hash chain: one row (id 1) naming the last audit row and its
    hash. Every append locks it first, so concurrent writers extend the chain one at a time,
    and `check` notices audit rows deleted from the end."""

    id = pw.IntegerField(primary_key=True)
    last_id = pw.BigIntegerField(null=True)
    last_hash = pw.CharField(max_length=64)


TABLES += [AuditChain]
