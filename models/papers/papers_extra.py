"""Data of the certificate and the printed member list, built from the database (no layout).

The layouts live in reports/papers/certificate.py and reports/papers/member_list.py; they take
these plain objects, so they can be tested and benchmarked without a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import Any

from models.accounts import access
from models.clubs.clubs import board_of, get_club
from models.clubs.composition import composition_of
from models.errors import Collector
from models.members.register import RegisterRow, register
from models.office import settings
from models.office.admin_units import short_name
from models.papers import documents
from models.privacy.consent import MASK
from models.storage.schema import Club, ClubVillage, IssuingBody, Village, Ward
from models.text.labels import CODE_LISTS, label
from models.text.vietnamese import decree_date, format_date
from reports.decree30 import PageSetup

# Board roles as printed in the "Vai trò" column (the board outranks a member's group role):
# the code list's Vietnamese words, "Ủy viên BCN" for a board member.
BOARD_ROLE_TEXT = CODE_LISTS["board_role"]

def percent_text(count: int, total: int) -> str:
    """Share with one decimal and a decimal comma: 41 of 63 -> "65,1 %"."""
    value = 100.0 * count / total if total else 0.0
    return f"{value:.1f}".replace(".", ",") + " %"


def place_name(ward: Ward) -> str:
    """The place of the date line: "Phường Đức Xuân", "Xã Phong Quang"."""
    return f"{ward.division_type.capitalize()} {short_name(ward.name)}"


def ward_text(ward: Ward) -> str:
    """"phường Đức Xuân" (for running text)."""
    return f"{ward.division_type} {short_name(ward.name)}"


def province_text(ward: Ward) -> str:
    province = ward.province
    kind = "tỉnh" if province.division_type == "tỉnh" else "thành phố"
    return f"{kind} {short_name(province.name)}"


def default_body(preferred: str = "UBND") -> IssuingBody | None:
    """The body that founds clubs: the one coded UBND, else the first one set up."""
    body = IssuingBody.get_or_none(IssuingBody.code == preferred)
    return body or IssuingBody.select().order_by(IssuingBody.position).first()


def villages_text(club: Club) -> str:
    """"Tổ 1, tổ dân phố Nà Cưởm": the club's villages for running text. A name that already
    says what it is ("Tổ 1", "Thôn Nà Pài") is not prefixed again."""
    villages = (Village.select().join(ClubVillage)
                .where(ClubVillage.club == club).order_by(ClubVillage.id))
    parts = []
    for v in villages:
        named = v.name.casefold().startswith(_KIND_WORDS)
        parts.append(v.name if named else f"{v.kind} {v.name}")
    return ", ".join(parts)


_KIND_WORDS = ("tổ ", "thôn ", "bản ", "xóm ", "ấp ", "khu ", "làng ", "buôn ", "khối ")


def running_name(name: str, ward: Ward) -> str:
    """A body's name inside a sentence: "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN" or "UBND phường
    Đức Xuân" -> "Ủy ban nhân dân phường Đức Xuân". Other names are kept as typed."""
    upper = name.upper()
    if not name or upper.startswith(("ỦY BAN NHÂN DÂN", "UBND")):
        return f"Ủy ban nhân dân {ward_text(ward)}"
    if upper.startswith(("HỘI NGƯỜI CAO TUỔI", "HỘI NCT")):
        return f"Hội Người cao tuổi {ward_text(ward)}"
    return name


# --- Certificate -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateData:
    """Everything printed on a club's founding certificate."""

    parent_name: str  # "" or the parent body, upper case
    body_name: str  # ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN
    body_code: str  # UBND
    club_name: str
    villages: str
    ward: str  # phường Đức Xuân
    province: str  # tỉnh Thái Nguyên
    decision_number: str  # 05/QĐ-UBND, "" when not known
    decision_date: dt.date | None
    decision_body: str  # Ủy ban nhân dân phường Đức Xuân
    place: str  # Phường Đức Xuân
    date: dt.date
    authority: str  # TM. ỦY BAN NHÂN DÂN
    signer_title: str  # CHỦ TỊCH (may be two lines)
    signer_name: str
    type_code: str  # GCN
    number: str = ""  # "03/GCN-UBND" once issued

    @property
    def symbol(self) -> str:
        return f"{self.type_code}-{self.body_code}"

    @property
    def decision_line(self) -> str:
        """"Được thành lập theo Quyết định số 05/QĐ-UBND ngày 05 tháng 3 năm 2024 của …"."""
        nbsp = "\u00a0"  # keeps the number and the date on one line when the text wraps
        number = self.decision_number or nbsp * 12
        when = decree_date(self.decision_date) if self.decision_date else "ngày" + nbsp * 16
        return (f"Được thành lập theo Quyết định số{nbsp}{number} {when.replace(' ', nbsp)} "
                f"của {self.decision_body}")

    def with_number(self, number: str) -> CertificateData:
        return replace(self, number=number)


def certificate_data(club_id: int, on: dt.date | None = None, body_code: str = "UBND"
                     ) -> CertificateData:
    """The certificate of a club, resting on its founding decision (the issued one when the
    register has it, else the decision recorded when the club was founded)."""
    club = get_club(club_id)
    ward = club.ward
    body = default_body(body_code)
    issued = documents.find_issued("decision", club.id)
    if issued is not None:
        decision_number, decision_date = issued.number_text, issued.date
        issuer = IssuingBody.get_or_none(IssuingBody.code == issued.body_code)
        decision_body = running_name(issuer.name if issuer else "", ward)
    else:
        decision_number, decision_date = club.decision_number, club.decision_date
        decision_body = running_name(club.decision_issuer or (body.name if body else ""), ward)
    return CertificateData(
        parent_name=body.parent_name if body else "",
        body_name=body.name if body else f"ỦY BAN NHÂN DÂN {ward_text(ward).upper()}",
        body_code=body.code if body else body_code,
        club_name=club.name,
        villages=villages_text(club),
        ward=ward_text(ward),
        province=province_text(ward),
        decision_number=decision_number,
        decision_date=decision_date,
        decision_body=decision_body,
        place=place_name(ward),
        date=on or dt.date.today(),
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


@dataclass(frozen=True)
class MemberLine:
    """One printed row: birth year in the Nam or the Nữ column, as Vietnamese lists do."""

    index: int
    full_name: str
    male_year: str
    female_year: str
    ethnicity: str
    village: str
    household: str
    role: str
    note: str


@dataclass(frozen=True)
class MemberListData:
    parent_name: str  # ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN (left header, first line)
    club_header: str  # CLB LIÊN THẾ HỆ TỰ GIÚP NHAU TỔ 1 (left header, bold)
    club_name: str
    as_of: dt.date
    place: str
    rows: list[MemberLine]
    total: int
    women: int
    older: int
    older_age: int
    disadvantaged: int
    certifier_heading: str  # XÁC NHẬN CỦA UBND PHƯỜNG ĐỨC XUÂN
    certifier_title: str  # TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH
    certifier_name: str
    chair_name: str
    notes: list[str] = field(default_factory=list)

    @property
    def composition_line(self) -> str:
        return (f"Tổng số: {self.total} thành viên; "
                f"nữ {self.women} ({percent_text(self.women, self.total)}); "
                f"người cao tuổi {self.older} ({percent_text(self.older, self.total)}); "
                f"hộ nghèo, cận nghèo, khó khăn {self.disadvantaged} "
                f"({percent_text(self.disadvantaged, self.total)})")

    @property
    def subtitle(self) -> str:
        return f"(Tính đến ngày {format_date(self.as_of)})"


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
    """The club's current members in register order (given name first), with the counts of
    the composition line computed the same way as the composition badge."""
    on = on or dt.date.today()
    club = get_club(club_id)
    ward = club.ward
    std = settings.load(settings.Standards)
    rows = [r for r in register(club_id) if r.joined_on <= on]
    comp = composition_of(
        [(r.gender, r.birth_date, r.birth_year, r.household_status, r.home_care_volunteer)
         for r in rows], club.id, on, std)
    board = board_of(club.id)
    roles: dict[int, str] = {}
    for seat, person in board:
        if seat.term_end is None or seat.term_end >= on:
            roles.setdefault(person.id, BOARD_ROLE_TEXT.get(seat.role, seat.role))
    chair = next((p.full_name for s, p in board if s.role == "chair"), "")
    body = default_body()
    ward_upper = ward_text(ward).upper()
    certifier_title = "\n".join(x for x in ((body.authority, body.signer_title) if body else ())
                                if x)
    return MemberListData(
        parent_name=body.name if body else f"ỦY BAN NHÂN DÂN {ward_upper}",
        club_header=club.name.upper(),
        club_name=club.name,
        as_of=on,
        place=place_name(ward),
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
# Layout modules are imported on use: reports/ depends on models/, not the other way round.


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
    from models.privacy.consent import consent_form_data

    return _module(kind).build(consent_form_data(person_id, on), {}, page_setup())


@dataclass(frozen=True)
class PrintResult:
    """What a print produced: the bytes, and the register entry when the paper is (or was
    already) issued; `reprinted` says the stored copy was used."""

    pdf: bytes
    document: documents.DocumentRow | None = None
    reprinted: bool = False


def _module(kind: str) -> ModuleType:
    import importlib

    if kind not in PAPERS:
        raise ValueError(f"unknown paper: {kind!r}")
    return importlib.import_module(PAPERS[kind].module)


def paper_data(kind: str, club_id: int, on: dt.date | None = None) -> Any:
    """The data a paper prints, read from the database (a draft: no number)."""
    from models.papers import papers

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


def texts_for(kind: str) -> dict:
    """The office's wording of a paper (defaults where it changed nothing)."""
    return documents.template(kind) if kind != "members" else {}


def page_setup() -> PageSetup:
    """The office's margins and body size (Settings, within Decree 30's ranges)."""
    doc = settings.load(settings.DocumentSettings)
    return PageSetup(top_mm=doc.top_mm, bottom_mm=doc.bottom_mm, left_mm=doc.left_mm,
                     right_mm=doc.right_mm, body_size=doc.body_size)


def _build(kind: str, data: Any, texts: dict) -> bytes:
    """Build a paper with the office's page layout. The certificate has a framed layout of
    its own and ignores the margins."""
    module = _module(kind)
    if kind == "members":
        return module.build(data, page_setup())
    if kind == "certificate":
        return module.build(data, texts)
    return module.build(data, texts, page_setup())


def build_draft(kind: str, club_id: int, on: dt.date | None = None,
                texts: dict | None = None) -> bytes:
    """A paper as it would print now, without a number and without touching the register."""
    data = paper_data(kind, club_id, on)
    return _build(kind, data, texts if texts is not None else texts_for(kind))


def _issue_facts(kind: str, data: Any) -> tuple[dt.date | None, documents.Signer]:
    if kind == "certificate":
        title = "\n".join(x for x in (data.authority, data.signer_title) if x)
        return data.date, documents.Signer(data.signer_name, title)
    if kind == "launch_minutes":
        return data.date, documents.Signer(data.chair_name, "CHỦ TỌA")
    sig = data.signer
    title = "\n".join(x for x in (sig.authority, sig.title) if x)
    return data.date, documents.Signer(sig.name, title)


def issue_paper(kind: str, club_id: int, on: dt.date | None = None,
                texts: dict | None = None) -> documents.IssuedDocument:
    """Issue a numbered paper of a club: next number of its body's series, PDF stored."""
    paper = PAPERS.get(kind)
    if paper is None or not paper.numbered:
        raise ValueError(f"not a numbered paper: {kind!r}")
    access.require_club(club_id, "issue")  # before the paper's data is gathered
    texts = texts if texts is not None else texts_for(kind)
    data = paper_data(kind, club_id, on)
    if kind == "certificate":
        check_certificate(data).raise_if_any()
    module = _module(kind)
    date, signer = _issue_facts(kind, data)
    return documents.issue(
        kind, paper.body_code, date, module.summary(data, texts), signer, club_id,
        lambda number: _build(kind, data.with_number(number), texts),
        data={"paper": data, "texts": texts})


def print_paper(kind: str, club_id: int, on: dt.date | None = None, *, draft: bool = False,
                new: bool = False, texts: dict | None = None) -> PrintResult:
    """What `print KIND` gives: the stored copy of a paper already issued for the club,
    else a newly issued one; `draft` prints without a number and writes nothing, `new`
    issues a new document even when one exists (a changed paper is a new document)."""
    paper = PAPERS.get(kind)
    if paper is None:
        raise ValueError(f"unknown paper: {kind!r}")
    if draft or not paper.numbered:
        return PrintResult(build_draft(kind, club_id, on, texts))
    if not new:
        existing = documents.find_issued(kind, club_id)
        if existing is not None:
            return PrintResult(documents.reprint(existing.id), existing, reprinted=True)
    doc = issue_paper(kind, club_id, on, texts)
    return PrintResult(bytes(doc.pdf), documents.document_row(doc.id))
