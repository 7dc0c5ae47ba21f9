"""What every paper of the office words alike: names of places and bodies in headers and
running text, the club's villages and name, and the office's page setup.

The data builders of the papers (models/papers/papers.py, papers_extra.py, the consent form in
models/privacy/consent_paper.py and the money papers in models/funds/fund_papers.py) read these,
so a ward or a body is named the same way on every page.
"""

from __future__ import annotations

import datetime as dt

from models.office import settings
from models.papers.unit_names import names_on
from models.storage.schema import Club, ClubVillage, IssuingBody, Village, Ward
from models.text.labels import CODE_LISTS
from reports.decree30 import PageSetup

# Board roles as printed in the "Vai trò" column (the board outranks a member's group role):
# the code list's Vietnamese words, "Ủy viên BCN" for a board member.
BOARD_ROLE_TEXT = CODE_LISTS["board_role"]


def place_name(ward: Ward, on: dt.date | None = None) -> str:
    """The place of the date line: "Phường Đức Xuân", "Xã Phong Quang"; on a date before the
    2025 merges, the name the ward had then (models.papers.unit_names)."""
    return names_on(ward, on).place


def ward_text(ward: Ward, on: dt.date | None = None) -> str:
    """"phường Đức Xuân" (for running text), as named on the date."""
    return names_on(ward, on).ward


def province_text(ward: Ward, on: dt.date | None = None) -> str:
    """"tỉnh Thái Nguyên" or "thành phố Hà Nội" (for running text); before the merges the
    district too: "thành phố Bắc Kạn, tỉnh Bắc Kạn"."""
    return names_on(ward, on).province_text


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


def running_name(name: str, ward: Ward, on: dt.date | None = None) -> str:
    """A body's name inside a sentence: "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN" or "UBND phường
    Đức Xuân" -> "Ủy ban nhân dân phường Đức Xuân". Other names are kept as typed."""
    upper = name.upper()
    if not name or upper.startswith(("ỦY BAN NHÂN DÂN", "UBND")):
        return f"Ủy ban nhân dân {ward_text(ward, on)}"
    if upper.startswith(("HỘI NGƯỜI CAO TUỔI", "HỘI NCT")):
        return f"Hội Người cao tuổi {ward_text(ward, on)}"
    return name


def club_name_text(name: str) -> str:
    """The club's name in running text, "CLB" written out: "Câu lạc bộ Liên thế hệ …"."""
    return "Câu lạc bộ " + name[4:] if name.upper().startswith("CLB ") else name


def association_body(ward: Ward) -> IssuingBody | None:
    """The ward's Elderly Association as an issuing body (coded HNCT by the office setup)."""
    body = IssuingBody.get_or_none(IssuingBody.code == "HNCT")
    if body is not None:
        return body
    return next((b for b in settings.issuing_bodies()
                 if b.name.upper().startswith(("HỘI NGƯỜI CAO TUỔI", "HỘI NCT"))), None)


def page_setup() -> PageSetup:
    """The office's margins and body size (Settings, within Decree 30's ranges)."""
    doc = settings.load(settings.DocumentSettings)
    return PageSetup(top_mm=doc.top_mm, bottom_mm=doc.bottom_mm, left_mm=doc.left_mm,
                     right_mm=doc.right_mm, body_size=doc.body_size)
