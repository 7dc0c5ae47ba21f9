"""The certificate's and the printed member list's data, read from the database, and the
catalogue of every paper the office prints for a club or a member (draft, issue, reprint).

The layouts and their data classes live in reports/papers/ (CertificateData in certificate.py,
MemberListData and MemberLine in member_list.py); they take plain objects, so they can be
tested and benchmarked without a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from types import ModuleType
from typing import Any

from models.accounts import access
from models.clubs.composition import composition_of
from models.errors import Collector
from models.members.register import RegisterRow
from models.office import settings
from models.papers import documents, papers
from models.papers.club_facts import FoundingDecision, check_complete, club_facts
from models.papers.paper_facts import (
    BOARD_ROLE_TEXT,
    club_name_text,
    default_body,
    page_setup,
    place_name,
    province_text,
    running_name,
    villages_text,
    ward_text,
)
from models.papers.unit_names import body_name_on
from models.privacy.consent import MASK
from models.privacy.consent_paper import consent_form_data
from models.storage.schema import Club, IssuingBody
from models.text.labels import label
from reports.papers.certificate import CertificateData
from reports.papers.member_list import MemberLine, MemberListData

# --- Certificate -------------------------------------------------------------------------------


def certificate_data(club_id: int, on: dt.date | None = None, body_code: str = "UBND"
                     ) -> CertificateData:
    """The certificate of a club, resting on its founding decision (the issued one when the
    register has it, else the decision recorded when the club was founded). It names the
    club in full ("Câu lạc bộ …", never "CLB …")."""
    on = on or dt.date.today()
    facts = club_facts(club_id, on)
    club = facts.club
    ward = club.ward
    body = default_body(body_code)
    decision = facts.decision
    decision_body = ""
    if decision is not None and decision.document_id is not None:
        issuer = IssuingBody.get_or_none(IssuingBody.code == decision.body_code)
        decision_body = running_name(issuer.name if issuer else "", ward, decision.date)
    elif decision is not None:
        decision_body = running_name(decision.issuer or (body.name if body else ""), ward,
                                     decision.date)
    return CertificateData(
        parent_name=body.parent_name if body else "",
        body_name=(body_name_on(body.name, ward, on) if body
                   else f"ỦY BAN NHÂN DÂN {ward_text(ward, on).upper()}"),
        body_code=body.code if body else body_code,
        club_name=club_name_text(club.name),
        villages=villages_text(club),
        ward=ward_text(ward, on),
        province=province_text(ward, on),
        decision_number=decision.number_text if decision else "",
        decision_date=decision.date if decision else None,
        decision_body=decision_body,
        place=place_name(ward, on),
        date=on,
        authority=body.authority if body else "",
        signer_title=body.signer_title if body else "",
        signer_name=body.signer_name if body else "",
        type_code=documents.type_code_for("certificate"),
    )


def check_certificate(data: CertificateData) -> Collector:
    """What must be known before a certificate is issued (a draft may lack it)."""
    p = Collector()
    if not data.decision_number:
        p.add("decision_number", "required")
    if data.decision_date is None:
        p.add("decision_date", "required")
    elif data.date < data.decision_date:
        p.add("date", "before_decision")
    if not data.signer_name:
        p.add("signer_name", "required")
    return p


# --- Member list -------------------------------------------------------------------------------


def _note(row: RegisterRow, masked: bool = False) -> str:
    parts = []
    if row.home_care_volunteer:
        parts.append("TNV chăm sóc tại nhà")
    if row.economic_volunteer:
        parts.append("TNV kinh tế")
    if masked:
        return "; ".join(parts)
    if row.disability:
        parts.append("Khuyết tật")
    if row.policy_beneficiary:
        parts.append("Gia đình chính sách")
    return "; ".join(parts)


def member_lines(rows: list[RegisterRow], board_roles: dict[int, str], *,
                 masked: bool = False) -> list[MemberLine]:
    """Printed rows from register rows (already in register order). `masked` (a user
    without the sensitive right) prints "(ẩn)" for the household and leaves out disability
    and policy notes; the composition line keeps its counts (aggregates)."""
    out = []
    for i, r in enumerate(rows, 1):
        year = str(r.birth_year)
        role = board_roles.get(r.person_id) or label("member_role", r.role)
        household = "" if r.household_status == "none" else label("household_status",
                                                                  r.household_status)
        out.append(MemberLine(i, r.full_name, "" if r.gender == "F" else year,
                              year if r.gender == "F" else "", r.ethnicity, r.village,
                              MASK if masked else household, role, _note(r, masked)))
    return out


def member_list_data(club_id: int, on: dt.date | None = None) -> MemberListData:
    """The club's members on a date (club_facts: the same members the decision and minutes
    of that date count) in register order, with the counts of the composition line computed
    the same way as the composition badge."""
    on = on or dt.date.today()
    facts = club_facts(club_id, on)
    club = facts.club
    ward = club.ward
    std = settings.load(settings.Standards)
    rows = list(facts.members)
    comp = composition_of(
        [(r.gender, r.birth_date, r.birth_year, r.household_status, r.home_care_volunteer)
         for r in rows], club.id, on, std)
    roles: dict[int, str] = {}
    for seat in facts.board:
        roles.setdefault(seat.person_id, BOARD_ROLE_TEXT.get(seat.role, seat.role))
    chair = next((s.full_name for s in facts.board if s.role == "chair"), "")
    body = default_body()
    ward_upper = ward_text(ward, on).upper()
    certifier_title = "\n".join(x for x in ((body.authority, body.signer_title) if body else ())
                                if x)
    return MemberListData(
        parent_name=(body_name_on(body.name, ward, on) if body
                     else f"ỦY BAN NHÂN DÂN {ward_upper}"),
        club_header=club.name.upper(),
        club_name=club.name,
        as_of=on,
        place=place_name(ward, on),
        rows=member_lines(rows, roles, masked=not access.can_see_sensitive(club.ward_code)),
        total=comp.figure("members").count,
        women=comp.figure("women").count,
        older=comp.figure("older").count,
        older_age=std.older_age,
        disadvantaged=comp.figure("disadvantaged").count,
        certifier_heading=f"XÁC NHẬN CỦA UBND {ward_upper}",
        certifier_title=certifier_title,
        certifier_name=body.signer_name if body else "",
        chair_name=chair,
    )


# --- The papers a club's founding needs, as one catalogue ------------------------------------
# The command line and the documents page draft, issue and reprint every paper the same way.
# A paper's layout module is imported by name when it is first printed.


@dataclass(frozen=True)
class Paper:
    """A printable paper: its key, whether it is numbered in the register, which body
    issues it, the layout module, and a file name for "save as"."""

    key: str
    numbered: bool
    body_code: str
    module: str
    file_stem: str
    per_member: bool = False  # printed for one member (member_paper), not for a club


PAPERS: dict[str, Paper] = {
    "decision": Paper("decision", True, "UBND", "reports.papers.decision",
                      "quyet-dinh-thanh-lap"),
    "certificate": Paper("certificate", True, "UBND", "reports.papers.certificate",
                         "giay-chung-nhan"),
    # The Elderly Association keeps the minutes of the launch ceremony it organises.
    "launch_minutes": Paper("launch_minutes", True, "HNCT", "reports.papers.launch_minutes",
                            "bien-ban-ra-mat"),
    # Adopted by the members, signed by the club's chair: the club is no issuing body of the
    # office, so the statute carries no number (the decision that recognises it does).
    "statute": Paper("statute", False, "", "reports.papers.statute", "quy-che-hoat-dong"),
    # A working list, re-printed whenever members change: never numbered.
    "members": Paper("members", False, "", "reports.papers.member_list",
                     "danh-sach-thanh-vien"),
    # A member's consent (Law 91/2025/QH15): unnumbered, one per member, signed by both.
    "consent": Paper("consent", False, "", "reports.papers.consent_form",
                     "giay-dong-y-xu-ly-du-lieu", per_member=True),
}


def club_papers() -> list[str]:
    """Keys of the papers printed for a club (the documents page and `print` offer these)."""
    return [key for key, paper in PAPERS.items() if not paper.per_member]


def member_paper(kind: str, person_id: int, on: dt.date | None = None) -> bytes:
    """A per-member paper (never numbered), with the office's page layout."""
    paper = PAPERS.get(kind)
    if paper is None or not paper.per_member:
        raise ValueError(f"not a member paper: {kind!r}")
    return _module(kind).build(consent_form_data(person_id, on), {}, page_setup())


@dataclass(frozen=True)
class PrintResult:
    """What a print produced: the bytes, and the register entry when the paper is (or was
    already) issued; `reprinted` says the stored copy was used."""

    pdf: bytes
    document: documents.DocumentRow | None = None
    reprinted: bool = False
    # A founding decision only on the club's record (no stored copy): its number and date.
    on_record: tuple[str, dt.date] | None = None


def _module(kind: str) -> ModuleType:
    import importlib

    if kind not in PAPERS:
        raise ValueError(f"unknown paper: {kind!r}")
    return importlib.import_module(PAPERS[kind].module)


def paper_data(kind: str, club_id: int, on: dt.date | None = None) -> Any:
    """The data a paper prints, read from the database (a draft: no number)."""
    paper = PAPERS.get(kind)
    if paper is None or paper.per_member:
        raise ValueError(f"unknown club paper: {kind!r}")
    if kind == "decision":
        return papers.decision_data(club_id, on, body_code=paper.body_code)
    if kind == "launch_minutes":
        return papers.launch_minutes_data(club_id, on, body_code=paper.body_code)
    if kind == "statute":
        return papers.statute_data(club_id, on)
    if kind == "certificate":
        return certificate_data(club_id, on, body_code=paper.body_code)
    return member_list_data(club_id, on)


FOUNDING = ("decision", "certificate", "launch_minutes")  # papers dated by the founding


def founding_date(club_id: int) -> dt.date | None:
    """The date of the club's founding decision (None while it has none): a founding paper
    of a club founded years ago is dated then, not today."""
    access.require_club_id(club_id, "read")
    club = Club.get_or_none(Club.id == club_id)
    return club.decision_date if club is not None else None


def wording_values(kind: str, club_id: int, on: dt.date | None = None) -> dict[str, str]:
    """What each field of a paper's wording prints for a club on a date ({club_name} ->
    "CLB Liên thế hệ tự giúp nhau Tổ 5"): the wording editor's preview."""
    data = paper_data(kind, club_id, on)
    if kind == "certificate":
        return {"club_name": data.club_name}
    if kind == "members":
        return {}
    return dict(_module(kind).values(data))


def texts_for(kind: str) -> dict:
    """The office's wording of a paper (defaults where it changed nothing)."""
    return documents.template(kind) if kind != "members" else {}


# The mark across every page of a numbered paper printed before it is issued.
DRAFT_MARK = "DỰ THẢO"


def _build(kind: str, data: Any, texts: dict, *, draft: bool = False) -> bytes:
    """Build a paper with the office's page layout (a draft of a numbered paper carries the
    draft mark on every page). The certificate has a framed layout of its own and ignores
    the margins."""
    module = _module(kind)
    mark = DRAFT_MARK if draft and PAPERS[kind].numbered else ""
    if kind == "members":
        return module.build(data, page_setup())
    if kind == "certificate":
        return module.build(data, texts, draft_mark=mark)
    return module.build(data, texts, replace(page_setup(), draft_mark=mark))


def build_draft(kind: str, club_id: int, on: dt.date | None = None,
                texts: dict | None = None) -> bytes:
    """A paper as it would print now, without a number and without touching the register;
    a numbered paper's draft carries "DỰ THẢO" on every page."""
    data = paper_data(kind, club_id, on)
    return _build(kind, data, texts if texts is not None else texts_for(kind), draft=True)


def _issue_facts(kind: str, data: Any) -> tuple[dt.date | None, documents.Signer]:
    if kind == "certificate":
        title = "\n".join(x for x in (data.authority, data.signer_title) if x)
        return data.date, documents.Signer(data.signer_name, title)
    if kind == "launch_minutes":
        return data.date, documents.Signer(data.chair_name, "CHỦ TỌA")
    sig = data.signer
    title = "\n".join(x for x in (sig.authority, sig.title) if x)
    return data.date, documents.Signer(sig.name, title)


def check_issue(kind: str, club_id: int, on: dt.date) -> Collector:
    """What stops a numbered paper of a club being issued on a date: no members or no board
    that day, no founding decision for the papers resting on it, or (for the decision) a
    founding decision already issued or on record."""
    facts = club_facts(club_id, on)
    p = check_complete(facts, needs_decision=kind != "decision")
    if kind == "decision" and facts.decision is not None:
        p.add("decision_number", "founding_decision_exists",
              number=facts.decision.number_text, date=facts.decision.date)
    return p


def issue_paper(kind: str, club_id: int, on: dt.date | None = None,
                texts: dict | None = None) -> documents.IssuedDocument:
    """Issue a numbered paper of a club: next number of its body's series, PDF stored.
    Refused, naming what is missing, when the paper would print holes (check_issue)."""
    paper = PAPERS.get(kind)
    if paper is None or not paper.numbered:
        raise ValueError(f"not a numbered paper: {kind!r}")
    access.require_club(club_id, "issue")  # before the paper's data is gathered
    texts = texts if texts is not None else texts_for(kind)
    data = paper_data(kind, club_id, on)
    problems = check_issue(kind, club_id, data.date)
    if kind == "certificate" and not data.signer_name:  # the decision is checked above
        problems.add("signer_name", "required")
    problems.raise_if_any()
    module = _module(kind)
    date, signer = _issue_facts(kind, data)
    return documents.issue(
        kind, paper.body_code, date, module.summary(data, texts), signer, club_id,
        lambda number: _build(kind, data.with_number(number), texts),
        data={"paper": data, "texts": texts})


def founding_decision_of(club_id: int) -> FoundingDecision | None:
    """The club's founding decision, issued or only on its record (access checked)."""
    access.require_club(club_id, "read")
    return club_facts(club_id, dt.date.today()).decision


def decision_on_record(club_id: int, texts: dict | None = None) -> bytes | None:
    """The club's founding decision recorded with the club (number and date from the ward's
    register before this program), printed as of its own date with its own number; None
    when the club has none on record (or the register holds the issued one)."""
    access.require_club(club_id, "read")
    decision = club_facts(club_id, dt.date.today()).decision
    if decision is None or decision.document_id is not None:
        return None
    data = papers.decision_data(club_id, decision.date, body_code=PAPERS["decision"].body_code)
    texts = texts if texts is not None else texts_for("decision")
    return _build("decision", data.with_number(decision.number_text), texts)


def print_paper(kind: str, club_id: int, on: dt.date | None = None, *, draft: bool = False,
                new: bool = False, texts: dict | None = None) -> PrintResult:
    """What `print KIND` gives: the stored copy of a paper already issued for the club,
    else a newly issued one; `draft` prints without a number and writes nothing, `new`
    issues a new document even when one exists (a changed paper is a new document). A
    founding decision recorded with the club is that club's decision: printed with its own
    number and date, never issued again."""
    paper = PAPERS.get(kind)
    if paper is None:
        raise ValueError(f"unknown paper: {kind!r}")
    if draft or not paper.numbered:
        return PrintResult(build_draft(kind, club_id, on, texts))
    if kind == "decision" and not new:
        decision = club_facts(club_id, dt.date.today()).decision
        recorded = decision_on_record(club_id, texts)
        if recorded is not None and decision is not None:
            return PrintResult(recorded, None, reprinted=True,
                               on_record=(decision.number_text, decision.date))
    if not new:
        existing = documents.find_issued(kind, club_id)
        if existing is not None:
            return PrintResult(documents.reprint(existing.id), existing, reprinted=True)
    doc = issue_paper(kind, club_id, on, texts)
    return PrintResult(bytes(doc.pdf), documents.document_row(doc.id))
