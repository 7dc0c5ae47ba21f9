"""Document register: numbers, issued copies, reprints, and the office's template wording.

Numbering rule. Decree 30 numbers documents from 01 each calendar year per issuing body. Offices
keep ONE series per body and year for all document types (05/QĐ-UBND, 06/GCN-UBND,
07/QĐ-UBND…), which is also what the decree's register book (sổ đăng ký văn bản đi) does, so
that is the rule here: (issuing body, year, number) is unique and the type code is only part of
the symbol. A number is never reused: issued rows are never deleted or edited (changing a paper
means issuing a new one), and a unique index guards the series.

Transaction trade-off. `issue()` takes the series lock, allocates the number, builds the PDF
with that number, stores it and writes the audit row in ONE transaction. If the build (or
anything after it) fails, the whole transaction rolls back and the number is not consumed, so
the series has no holes from crashes or bad data. The price is that the write lock is held while
the PDF is built (a few hundred milliseconds for a founding paper); other writers wait for it
within the database busy timeout. Building first and numbering afterwards is impossible, since
the number is printed on the page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from models.accounts import access, audit
from models.accounts.session import current_actor
from models.errors import Collector, DomainError, NotFound, ValidationError
from models.office.settings import BODY_CODE, require_office_admin
from models.papers import series
from models.storage.db import database
from models.storage.schema import Club, DocumentTemplate, IssuedDocument, IssuingBody, now
from models.text.vietnamese import nfc
from reports.papers.common import DRAFT_BLANK

# Numbered papers and the type code each one carries by default. Decree 30 has no code for a
# certificate: the office chooses one (template key "certificate", value "type_code").
KINDS: dict[str, str] = {
    "decision": "QĐ",
    "certificate": "GCN",
    "launch_minutes": "BB",
    "statute": "QC",
    "annual_report": "BC",  # an approved annual report (models/signoff)
}


class DocumentDamaged(DomainError):
    """A stored copy no longer matches its SHA-256: the database was altered or damaged."""

    def __init__(self, doc_id: int) -> None:
        self.doc_id = doc_id
        super().__init__(f"issued document {doc_id}: stored PDF does not match its SHA-256")


@dataclass(frozen=True)
class Signer:
    """Who signs: the name, and the authority and title lines ("KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH")."""

    name: str
    title: str


@dataclass(frozen=True)
class DocumentRow:
    """One line of the register view (everything but the PDF bytes)."""

    id: int
    kind: str
    type_code: str
    body_code: str
    year: int
    number: int
    symbol: str
    date: dt.date
    summary: str
    signer_name: str
    signer_title: str
    club_id: int | None
    club_code: str
    sha256: str
    created_by: str
    created_at: dt.datetime

    @property
    def number_text(self) -> str:
        return number_text(self.number, self.symbol)


def number_text(number: int, symbol: str) -> str:
    """The number as printed: 5, "QĐ-UBND" -> "05/QĐ-UBND" (leading zero below 10)."""
    return f"{number:02d}/{symbol}"


def draft_number_text(symbol: str) -> str:
    """The number line of an unissued draft: blank room, then "/QĐ-UBND"."""
    return f"{DRAFT_BLANK}/{symbol}"


def symbol_for(type_code: str, body_code: str) -> str:
    """ "QĐ", "UBND" -> "QĐ-UBND"."""
    return f"{type_code}-{body_code}"


def type_code_for(kind: str) -> str:
    """The type code of a numbered paper, as the office chose it (certificate: "GCN")."""
    if kind not in KINDS:
        raise ValueError(f"not a numbered paper: {kind!r}")
    stored = _stored_template(kind).get("type_code")
    return stored if isinstance(stored, str) and stored else KINDS[kind]


def body_by_code(code: str) -> IssuingBody:
    body = IssuingBody.get_or_none(IssuingBody.code == nfc(code).upper())
    if body is None:
        raise NotFound("issuing_body", code)
    return body


def next_number(body_id: int, year: int) -> int:
    """The number the next document of this body and year would get: after the last number
    taken (issued, or held by a club's recorded decision), from where the office said the
    series continues (01 on 1 January otherwise)."""
    body = IssuingBody.get_by_id(body_id)
    return series.next_in_series(body_id, body.code, year)


def _lock_series(body_id: int) -> None:
    # A no-op write to the body's row: PostgreSQL locks that row until commit, SQLite takes
    # its write lock. Either way two clerks issuing at once get consecutive numbers instead of
    # the same one (the unique index would refuse the second otherwise).
    IssuingBody.update(position=IssuingBody.position).where(IssuingBody.id == body_id).execute()


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return None
    return str(value)


def _data_json(data: Any) -> str:
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        data = dataclasses.asdict(data)
    return json.dumps(data if data is not None else {}, ensure_ascii=False,
                      default=_json_default, sort_keys=True)


def _check_issue(kind: str, body_code: str, date: dt.date | None, summary: str,
                 signer: Signer, club_id: int | None) -> tuple[IssuingBody | None, Collector]:
    p = Collector()
    if kind not in KINDS:
        p.add("kind", "invalid", value=kind)
    body = IssuingBody.get_or_none(IssuingBody.code == nfc(body_code).upper())
    if body is None:
        p.add("body_code", "unknown", value=body_code)
    if date is None:
        p.add("date", "required")
    if not summary:
        p.add("summary", "required")
    elif len(summary) > 1000:
        p.add("summary", "too_long", max=1000)
    if not signer.name:
        p.add("signer_name", "required")
    elif len(signer.name) > 100:
        p.add("signer_name", "too_long", max=100)
    if len(signer.title) > 200:
        p.add("signer_title", "too_long", max=200)
    if club_id is not None and not club_visible(club_id):
        p.add("club", "unknown", value=club_id)
    return body, p


def club_visible(club_id: int) -> bool:
    """The club exists in the user's unit (another unit's club is answered as missing)."""
    club = Club.get_or_none(Club.id == club_id)
    return club is not None and access.in_unit(club.ward_code)


def issue(kind: str, body_code: str, date: dt.date, summary: str, signer: Signer,
          club_id: int | None, build: Callable[[str], bytes], *, data: Any = None
          ) -> IssuedDocument:
    """Issue a numbered paper: allocate the body's next number for the year, build the PDF
    with it (`build("05/QĐ-UBND")` returns the PDF bytes), store the copy and its SHA-256.

    Everything happens in one transaction; a failing build leaves no trace and consumes no
    number. `data` (a dataclass or dict) is kept as JSON: what the paper was built from.
    """
    if club_id is not None and club_visible(club_id):
        access.require_club(club_id, "issue")
    else:
        access.require("issue")
    summary = nfc(summary)
    signer = Signer(nfc(signer.name), "\n".join(nfc(x) for x in signer.title.splitlines()))
    body, problems = _check_issue(kind, body_code, date, summary, signer, club_id)
    problems.raise_if_any()
    type_code = type_code_for(kind)
    symbol = symbol_for(type_code, body.code)
    with database.atomic():
        _lock_series(body.id)
        last = series.last_issued(body.id, date.year)
        if last is not None and date < last.date:
            # Numbers follow dates: a back-dated paper would carry a higher number than
            # papers signed after it.
            raise ValidationError("date", "before_last_in_series", {
                "number": number_text(last.number, last.symbol), "date": last.date})
        number = next_number(body.id, date.year)
        pdf = build(number_text(number, symbol))
        if not isinstance(pdf, bytes | bytearray) or not bytes(pdf[:5]) == b"%PDF-":
            raise ValueError("the paper builder did not return PDF bytes")
        pdf = bytes(pdf)
        doc = IssuedDocument.create(
            kind=kind, type_code=type_code, issuing_body=body, year=date.year, number=number,
            symbol=symbol, date=date, summary=summary, signer_name=signer.name,
            signer_title=signer.title, club=club_id, pdf=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(), data_json=_data_json(data),
            created_by=current_actor(), created_at=now(),
        )
        after = audit.snapshot(doc)
        after.pop("pdf")
        after.pop("data_json")
        after["number_text"] = number_text(number, symbol)
        audit.record("issued_document", doc.id, "issue", None, after)
    return doc


def get_document(doc_id: int) -> IssuedDocument:
    doc = IssuedDocument.get_or_none(IssuedDocument.id == doc_id)
    if doc is None:
        raise NotFound("issued_document", doc_id)
    if doc.club_id is not None:
        access.require_club_id(doc.club_id, "read", missing=("issued_document", doc_id))
    else:
        access.require("read")
    return doc


def reprint(doc_id: int) -> bytes:
    """The stored copy, byte for byte; refuses a copy whose SHA-256 no longer matches."""
    doc = get_document(doc_id)
    pdf = bytes(doc.pdf)
    if hashlib.sha256(pdf).hexdigest() != doc.sha256:
        raise DocumentDamaged(doc_id)
    return pdf


def document_data(doc_id: int) -> dict:
    """The paper data a document was built from (as stored JSON)."""
    return json.loads(get_document(doc_id).data_json or "{}")


_ROW_FIELDS = (
    IssuedDocument.id, IssuedDocument.kind, IssuedDocument.type_code, IssuingBody.code,
    IssuedDocument.year, IssuedDocument.number, IssuedDocument.symbol, IssuedDocument.date,
    IssuedDocument.summary, IssuedDocument.signer_name, IssuedDocument.signer_title,
    IssuedDocument.club, Club.code, IssuedDocument.sha256, IssuedDocument.created_by,
    IssuedDocument.created_at,
)


def _rows(query) -> list[DocumentRow]:
    out = []
    for values in query.tuples():
        values = list(values)
        values[12] = values[12] or ""  # club code
        out.append(DocumentRow(*values))
    return out


def _row_query():
    # The PDF column stays out: a register of years of papers would otherwise load megabytes.
    query = (IssuedDocument.select(*_ROW_FIELDS)
             .join(IssuingBody)
             .switch(IssuedDocument)
             .join(Club, join_type=pw.JOIN.LEFT_OUTER))
    # A club's papers only for users of its unit. Papers of no club (none are issued so far)
    # carry no unit in the schema: every reader of the office sees them.
    scope = access.ward_scope(Club.ward)
    return query if scope is None else query.where(IssuedDocument.club.is_null() | scope)


def register(year: int | None = None, body: str | None = None) -> list[DocumentRow]:
    """The register of issued documents, newest first (by year, then number, per body)."""
    query = _row_query()
    if year is not None:
        query = query.where(IssuedDocument.year == year)
    if body is not None:
        query = query.where(IssuingBody.code == nfc(body).upper())
    query = query.order_by(IssuedDocument.year.desc(), IssuingBody.position, IssuingBody.code,
                           IssuedDocument.number.desc())
    return _rows(query)


def register_years() -> list[int]:
    """Years that have documents, newest first."""
    access.require("read")
    query = (IssuedDocument.select(IssuedDocument.year).distinct()
             .order_by(IssuedDocument.year.desc()))
    return [y for (y,) in query.tuples()]


def document_row(doc_id: int) -> DocumentRow:
    """One register line by id."""
    rows = _rows(_row_query().where(IssuedDocument.id == doc_id))
    if not rows:
        raise NotFound("issued_document", doc_id)
    return rows[0]


def find_issued(kind: str, club_id: int) -> DocumentRow | None:
    """The latest issued paper of this kind for a club, if any."""
    access.require_club_id(club_id, "read")
    query = (_row_query()
             .where((IssuedDocument.kind == kind) & (IssuedDocument.club == club_id))
             .order_by(IssuedDocument.date.desc(), IssuedDocument.id.desc())
             .limit(1))
    rows = _rows(query)
    return rows[0] if rows else None


# --- Template wording -------------------------------------------------------------------------

# Where the built-in wording of each paper lives: key -> (module, attribute). The layout code
# Each paper in reports/ owns its default texts; they are looked up by name when first asked
# for, so loading the register does not load every layout.
_DEFAULT_SOURCES: dict[str, tuple[str, str]] = {
    "decision": ("reports.papers.texts", "DECISION"),
    "launch_minutes": ("reports.papers.texts", "LAUNCH_MINUTES"),
    "statute": ("reports.papers.texts", "STATUTE"),
    "certificate": ("reports.papers.certificate", "DEFAULTS"),
}


def register_default_source(key: str, module: str, attribute: str) -> None:
    """Declare where the default wording of a template lives (a dict or a function)."""
    _DEFAULT_SOURCES[key] = (module, attribute)


def default_template(key: str) -> dict:
    """The built-in wording of a paper ({} when the paper has none)."""
    import importlib

    source = _DEFAULT_SOURCES.get(key)
    if source is None:
        return {}
    value = getattr(importlib.import_module(source[0]), source[1])
    value = value() if callable(value) else value
    return json.loads(json.dumps(value, ensure_ascii=False))  # a deep copy


def _stored_template(key: str) -> dict:
    row = DocumentTemplate.get_or_none(DocumentTemplate.key == key)
    return json.loads(row.text) if row else {}


def template(key: str) -> dict:
    """The office's wording of a paper: the defaults, overridden by what the office saved."""
    return {**default_template(key), **_stored_template(key)}


def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return [line for line in (nfc(v) for v in value) if line]
    raise TypeError(type(value).__name__)


def save_template(key: str, values: dict) -> dict:
    """Store the office's wording of a paper; keys equal to the default are not stored, so a
    later improvement of the default still reaches them. Returns the merged wording."""
    require_office_admin()  # the office's wording applies to every ward
    defaults = default_template(key)
    p = Collector()
    clean: dict[str, Any] = {}
    for name, value in values.items():
        if defaults and name not in defaults and name != "type_code":
            p.add(name, "invalid", value=name)
            continue
        try:
            clean[name] = _clean_value(value)
        except TypeError:
            p.add(name, "invalid", value=str(value)[:40])
            continue
        if name == "type_code" and not BODY_CODE.fullmatch(clean[name].upper()):
            p.add("type_code", "bad_symbol", value=clean[name])
        elif name == "type_code":
            clean[name] = clean[name].upper()
    p.raise_if_any()
    stored = {**_stored_template(key), **clean}
    stored = {k: v for k, v in stored.items() if defaults.get(k) != v}
    with database.atomic():
        row = DocumentTemplate.get_or_none(DocumentTemplate.key == key)
        before = json.loads(row.text) if row else None
        text = json.dumps(stored, ensure_ascii=False, sort_keys=True)
        if row is None:
            DocumentTemplate.create(key=key, text=text, updated_at=now())
        else:
            row.text, row.updated_at = text, now()
            row.save()
        audit.record("document_template", key, "update" if row else "create", before, stored)
    return template(key)


def reset_template(key: str) -> dict:
    """Forget the office's wording of a paper: back to the built-in defaults."""
    require_office_admin()  # the office's wording applies to every ward
    with database.atomic():
        row = DocumentTemplate.get_or_none(DocumentTemplate.key == key)
        if row is not None:
            audit.record("document_template", key, "reset", json.loads(row.text), None)
            row.delete_instance()
    return template(key)
