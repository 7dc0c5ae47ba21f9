"""Annual reports and their sign-off: draft → submitted → approved, or returned with a reason;
an approved report reopened becomes a new version and the old one stays readable.

Approval freezes the figures (a models.reporting.snapshot.Snapshot, stored as its canonical
JSON with its SHA-256), issues the report as a numbered paper of the approving office (its PDF
archived in the document register, models/papers/documents.py), and from then on the club's
records dated in the year refuse writes (models/signoff/locks.py) until it is reopened.
Who may do what is in models/signoff/units.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace

from models.accounts import audit
from models.accounts.session import current_actor
from models.errors import Collector, NotFound, ValidationError
from models.papers import documents
from models.papers.paper_facts import association_body, default_body
from models.privacy.upward import PersonalDataFound, assert_no_personal_data
from models.reporting.figures import running_clubs
from models.reporting.snapshot import Snapshot, from_json
from models.signoff import aggregate, paper_data, units
from models.signoff.tables import AnnualReport
from models.signoff.units import Unit
from models.storage.db import database
from models.storage.schema import IssuingBody, Ward, now
from models.text.vietnamese import nfc

SECTIONS = ("results", "difficulties", "proposals")
TEXT_MAX = 20000
EDITABLE = ("draft", "returned")


@dataclass
class Narrative:
    """The editable sections of a report."""

    results: str = ""
    difficulties: str = ""
    proposals: str = ""


def _current_row(u: Unit, year: int) -> AnnualReport | None:
    return (AnnualReport.select()
            .where((AnnualReport.level == u.level) & (AnnualReport.unit_code == u.code)
                   & (AnnualReport.year == year))
            .order_by(AnnualReport.version.desc()).first())


def _check_year(year: object) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
        raise ValidationError("year", "invalid", {"value": year})
    return year


def current(level: str, code: str, year: int) -> AnnualReport | None:
    """The latest version of a unit's report for a year (None when none was begun)."""
    u = units.unit(level, code)
    units.require_reader(u)
    return _current_row(u, _check_year(year))


def _lock_chain(u: Unit, year: int) -> None:
    """Lock the unit's reports of the year, those of the units directly below and the one
    above (a no-op UPDATE: PostgreSQL locks the rows, SQLite takes its write lock), so an
    approval and a reopening one level apart cannot pass their checks at the same time."""
    same = (AnnualReport.level == u.level) & (AnnualReport.unit_code == u.code)
    below = AnnualReport.parent_code == u.code
    above = AnnualReport.unit_code == u.parent_code
    (AnnualReport.update(state=AnnualReport.state)
     .where((AnnualReport.year == year) & (same | below | above)).execute())


def _missing_problem(u: Unit, year: int, p: Collector) -> None:
    missing = aggregate.missing_below(u, year)
    if missing:
        p.add("below", "units_not_approved", count=len(missing),
              names=", ".join(m.name for m in missing[:10]) + (" …" if len(missing) > 10 else ""))


def _state_problem(report: AnnualReport | None, allowed: tuple[str, ...]) -> None:
    state = report.state if report is not None else "missing"
    if state not in allowed:
        raise ValidationError("report", "report_state", {"state": state})


def _snapshot_row(report: AnnualReport) -> dict:
    after = audit.snapshot(report)
    after.pop("snapshot_json", None)
    for name in SECTIONS:  # long texts: their hash only, the row keeps the words
        after[name] = hashlib.sha256(after.get(name, "").encode()).hexdigest()[:16]
    return after


def open_report(level: str, code: str, year: int) -> AnnualReport:
    """The unit's current report for the year, begun as a draft (version 1) if there is none."""
    u = units.unit(level, code)
    units.require_author(u)
    year = _check_year(year)
    if u.level == "club" and u.club_id not in running_clubs(dt.date(year, 12, 31), [u.ward_code]):
        raise ValidationError("club", "club_not_running")
    with database.atomic():
        report = _current_row(u, year)
        if report is None:
            report = AnnualReport.create(
                level=u.level, unit_code=u.code, unit_name=u.name, parent_code=u.parent_code,
                ward_code=u.ward_code, province_code=u.province_code, year=year,
                created_by=current_actor(), created_at=now())
            audit.record("annual_report", report.id, "create", None, _snapshot_row(report))
    return report


def _check_narrative(inp: Narrative) -> Collector:
    p = Collector()
    for name in SECTIONS:
        value = nfc(getattr(inp, name) or "").strip()
        setattr(inp, name, value)
        if len(value) > TEXT_MAX:
            p.add(name, "too_long", max=TEXT_MAX)
        try:
            assert_no_personal_data(value)
        except PersonalDataFound:
            p.add(name, "personal_data")
    return p


def save_narrative(level: str, code: str, year: int, inp: Narrative) -> AnnualReport:
    """Write the results, difficulties and proposals of a draft or returned report."""
    u = units.unit(level, code)
    units.require_author(u)
    year = _check_year(year)
    _check_narrative(inp).raise_if_any()
    report = _current_row(u, year) or open_report(level, code, year)
    _state_problem(report, EDITABLE)
    with database.atomic():
        before = _snapshot_row(report)
        report.results, report.difficulties, report.proposals = (
            inp.results, inp.difficulties, inp.proposals)
        report.save()
        audit.record("annual_report", report.id, "narrative", before, _snapshot_row(report))
    return report


def submit(level: str, code: str, year: int) -> AnnualReport:
    """Send a draft (or a returned report, corrected) to the office above for approval."""
    u = units.unit(level, code)
    units.require_author(u)
    year = _check_year(year)
    report = _current_row(u, year) or open_report(level, code, year)
    _state_problem(report, EDITABLE)
    with database.atomic():
        before = _snapshot_row(report)
        report.state, report.submitted_by, report.submitted_at = "submitted", current_actor(), now()
        report.save()
        audit.record("annual_report", report.id, "submit", before, _snapshot_row(report))
    return report


def return_report(level: str, code: str, year: int, reason: str) -> AnnualReport:
    """Send a submitted report back to its office with the reason."""
    u = units.unit(level, code)
    units.require_approver(u)
    report = _current_row(u, _check_year(year))
    reason = nfc(reason or "").strip()
    _state_problem(report, ("submitted",))
    if not reason:
        raise ValidationError("reason", "required")
    if len(reason) > 2000:
        raise ValidationError("reason", "too_long", {"max": 2000})
    with database.atomic():
        before = _snapshot_row(report)
        report.state, report.returned_by, report.returned_at = "returned", current_actor(), now()
        report.return_reason = reason
        report.save()
        audit.record("annual_report", report.id, "return", before, _snapshot_row(report))
    return report


def issuing_body(u: Unit, body_code: str | None) -> IssuingBody | None:
    """The body whose register numbers the report: the one named, else the ward's Elderly
    Association, else the office's first body."""
    if body_code:
        return IssuingBody.get_or_none(IssuingBody.code == nfc(body_code).upper())
    if u.ward_code is not None:
        ward = Ward.get_or_none(Ward.code == u.ward_code)
        if ward is not None and (body := association_body(ward)) is not None:
            return body
    return default_body("HNCT")


def approve(level: str, code: str, year: int, approver_name: str, approver_title: str, *,
            body_code: str | None = None, today: dt.date | None = None) -> AnnualReport:
    """Sign off a submitted report: every unit below approved, the figures frozen, the PDF
    issued with the next number of the approving office's body, the club's year locked."""
    u = units.unit(level, code)
    units.require_approver(u)
    year = _check_year(year)
    today = today or dt.date.today()
    report = _current_row(u, year)
    _state_problem(report, ("submitted",))
    name, title = nfc(approver_name or "").strip(), nfc(approver_title or "").strip()
    p = Collector()
    if not name:
        p.add("approver_name", "required")
    elif len(name) > 100:
        p.add("approver_name", "too_long", max=100)
    if len(title) > 200:
        p.add("approver_title", "too_long", max=200)
    if today <= dt.date(year, 12, 31):
        p.add("year", "year_not_ended", year=year)
    _missing_problem(u, year, p)
    body = issuing_body(u, body_code)
    if body is None:
        p.add("body_code", "unknown", value=body_code or "")
    p.raise_if_any()
    with database.atomic():
        _lock_chain(u, year)  # then the checks again, on what is now locked
        report = _current_row(u, year)
        _state_problem(report, ("submitted",))
        again = Collector()
        _missing_problem(u, year, again)
        again.raise_if_any()
        figures, children = aggregate.unit_figures(u, year)
        at = now()
        snap = Snapshot(
            level=u.level, unit_code=u.code, unit_name=u.name, parent_code=u.parent_code,
            year=year, version=report.version, figures=figures, children=children,
            approved_by=name, approved_title=title, approved_at=at.isoformat(),
            narrative={k: getattr(report, k) for k in SECTIONS})
        assert_no_personal_data(snap)
        data = paper_data.report_data(u, snap, body, approved=True)
        doc = documents.issue(
            "annual_report", body.code, at.date(), paper_data.summary(u, year),
            documents.Signer(name, title), u.club_id,
            lambda number: paper_data.build_pdf(replace(data, number=number)))
        snap = replace(snap, pdf_sha256=doc.sha256)
        before = _snapshot_row(report)
        report.state, report.approved_by, report.approved_title = "approved", name, title
        report.approved_at, report.approved_account = at, current_actor()
        report.snapshot_json = snap.canonical().decode("utf-8")
        report.snapshot_sha256, report.document = snap.sha256(), doc.id
        report.save()
        audit.record("annual_report", report.id, "approve", before, _snapshot_row(report))
    return report


def reopen(level: str, code: str, year: int, reason: str) -> AnnualReport:
    """Reopen an approved report (an approver of the office above, with a reason): the
    approved version stays as signed, a new version begins as a draft with its words, and the
    club's records of the year take writes again."""
    u = units.unit(level, code)
    units.require_approver(u)
    year = _check_year(year)
    report = _current_row(u, year)
    reason = nfc(reason or "").strip()
    _state_problem(report, ("approved",))
    if not reason:
        raise ValidationError("reason", "required")
    if len(reason) > 2000:
        raise ValidationError("reason", "too_long", {"max": 2000})
    above = units.parent_unit(u)
    with database.atomic():
        _lock_chain(u, year)  # the checks on what is now locked
        report = _current_row(u, year)
        _state_problem(report, ("approved",))
        parent = _current_row(above, year) if above is not None else None
        if parent is not None and parent.state == "approved":
            raise ValidationError("report", "parent_approved", {"unit": above.name})
        before = _snapshot_row(report)
        report.state, report.reopened_by, report.reopened_at = "reopened", current_actor(), now()
        report.reopen_reason = reason
        report.save()
        audit.record("annual_report", report.id, "reopen", before, _snapshot_row(report))
        new = AnnualReport.create(
            level=u.level, unit_code=u.code, unit_name=u.name, parent_code=u.parent_code,
            ward_code=u.ward_code, province_code=u.province_code, year=year,
            version=report.version + 1, results=report.results,
            difficulties=report.difficulties, proposals=report.proposals,
            created_by=current_actor(), created_at=now())
        audit.record("annual_report", new.id, "create", None, _snapshot_row(new))
    return new


def versions(level: str, code: str, year: int) -> list[AnnualReport]:
    """Every version of a unit's report for a year, oldest first."""
    u = units.unit(level, code)
    units.require_reader(u)
    return list(AnnualReport.select()
                .where((AnnualReport.level == u.level) & (AnnualReport.unit_code == u.code)
                       & (AnnualReport.year == _check_year(year)))
                .order_by(AnnualReport.version))


def _report(report_id: int) -> AnnualReport:
    report = AnnualReport.get_or_none(AnnualReport.id == report_id)
    if report is None:
        raise NotFound("annual_report", report_id)
    units.require_reader(units.unit(report.level, report.unit_code))
    return report


def snapshot_of(report_id: int) -> Snapshot | None:
    """The frozen figures of a signed version (None for one never approved)."""
    report = _report(report_id)
    return from_json(report.snapshot_json) if report.snapshot_json else None


def archived_pdf(report_id: int) -> bytes | None:
    """The PDF as signed, byte for byte (None for a version never approved)."""
    report = _report(report_id)
    return documents.reprint(report.document_id) if report.document_id else None


def number_text(report: AnnualReport) -> str:
    """The register number of a signed version ("05/BC-HNCT"), '' before approval."""
    if report.document_id is None:
        return ""
    doc = report.document
    return documents.number_text(doc.number, doc.symbol)
