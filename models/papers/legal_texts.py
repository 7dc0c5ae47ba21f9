"""The legal texts papers cite ("Căn cứ …"), and which of them a paper of a date may cite.

A paper cites, per topic, the version in force on its own date: a decision of 05/03/2024
cites the Law on Local Government of 2015 as amended in 2019, one of 10/03/2026 the 2025 Law;
a text issued after the paper's date is never cited. The program ships the texts in force
from 2016 to the present (written into the table on first use); the office edits them
(a new law, a corrected date) through save_legal_text, in the window and on the command line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.accounts import access, audit
from models.errors import Collector, NotFound
from models.office.settings import require_office_admin
from models.papers.tables import LegalText
from models.storage.db import database
from models.storage.schema import Setting, now
from models.text.vietnamese import nfc

D = dt.date
SEEDED_KEY = "legal_texts.seeded"
# Paper kinds that may cite legal texts (the founding papers of models.papers.papers_extra).
CITING_PAPERS = ("decision", "launch_minutes", "statute", "certificate")

_PROGRAMME = ("phê duyệt Đề án nhân rộng mô hình Câu lạc bộ liên thế hệ tự giúp nhau")

# (topic, kind, number, issued, in force, replaced, citation). Sources: the laws' and
# decisions' own texts (dates of passing, of entry into force, and the text that replaced
# them); the 2019 amending law is cited together with the 2015 Law it amends.
SHIPPED: tuple[tuple[str, str, str, D, D, D | None, str], ...] = (
    ("local_government", "Luật", "77/2015/QH13", D(2015, 6, 19), D(2016, 1, 1),
     D(2020, 7, 1), "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"),
    ("local_government", "Luật", "47/2019/QH14", D(2019, 11, 22), D(2020, 7, 1),
     D(2025, 3, 1), "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; "
     "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
     "quyền địa phương ngày 22 tháng 11 năm 2019"),
    ("local_government", "Luật", "65/2025/QH15", D(2025, 2, 19), D(2025, 3, 1),
     D(2025, 7, 1), "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025"),
    ("local_government", "Luật", "72/2025/QH15", D(2025, 6, 16), D(2025, 7, 1), None,
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"),
    ("elderly", "Luật", "39/2009/QH12", D(2009, 11, 23), D(2010, 7, 1), None,
     "Căn cứ Luật Người cao tuổi ngày 23 tháng 11 năm 2009"),
    ("programme", "Quyết định", "1533/QĐ-TTg", D(2016, 8, 2), D(2016, 8, 2), D(2020, 8, 31),
     "Căn cứ Quyết định số 1533/QĐ-TTg ngày 02 tháng 8 năm 2016 của Thủ tướng Chính phủ "
     f"{_PROGRAMME} giai đoạn 2016 - 2020"),
    ("programme", "Quyết định", "1336/QĐ-TTg", D(2020, 8, 31), D(2020, 8, 31), D(2025, 8, 1),
     "Căn cứ Quyết định số 1336/QĐ-TTg ngày 31 tháng 8 năm 2020 của Thủ tướng Chính phủ "
     f"{_PROGRAMME} giai đoạn đến năm 2025"),
    ("programme", "Quyết định", "1648/QĐ-TTg", D(2025, 8, 1), D(2025, 8, 1), None,
     "Căn cứ Quyết định số 1648/QĐ-TTg ngày 01 tháng 8 năm 2025 của Thủ tướng Chính phủ "
     "phê duyệt Đề án nhân rộng câu lạc bộ liên thế hệ tự giúp nhau đến năm 2035"),
)
_TOPIC_ORDER = {"local_government": 10, "elderly": 20, "programme": 30}


def ensure_shipped() -> None:
    """Write the shipped texts once (a database that never had them); the office's later
    edits and deletions are kept, never overwritten."""
    if Setting.get_or_none(Setting.key == SEEDED_KEY) is not None:
        return
    with database.atomic():
        if Setting.get_or_none(Setting.key == SEEDED_KEY) is not None:
            return
        for topic, kind, number, issued, force, replaced, citation in SHIPPED:
            LegalText.create(topic=topic, kind=kind, number=number, issued_on=issued,
                             in_force_on=force, replaced_on=replaced, citation=citation,
                             papers="decision", position=_TOPIC_ORDER.get(topic, 90))
        Setting.create(key=SEEDED_KEY, value="true")


def in_force(paper: str, on: dt.date) -> list[LegalText]:
    """The texts a paper of `paper` kind dated `on` cites: per topic the version in force
    that day (issued and in force by then, not yet replaced), in printing order."""
    ensure_shipped()
    rows = (LegalText.select()
            .where((LegalText.in_force_on <= on) & (LegalText.issued_on <= on)
                   & (LegalText.replaced_on.is_null() | (LegalText.replaced_on > on)))
            .order_by(LegalText.position, LegalText.in_force_on.desc(), LegalText.id))
    chosen: dict[str, LegalText] = {}
    for row in rows:
        if paper in _kinds(row.papers) and row.topic not in chosen:
            chosen[row.topic] = row  # the latest version in force wins
    return sorted(chosen.values(), key=lambda r: (r.position, r.id))


def citations(paper: str, on: dt.date) -> list[str]:
    """The "Căn cứ …" lines of a paper dated `on`."""
    return [row.citation for row in in_force(paper, on)]


def _kinds(papers: str) -> list[str]:
    return [p.strip() for p in (papers or "").split(",") if p.strip()]


@dataclass(frozen=True)
class LegalTextRow:
    """One text as the office's list shows it."""

    id: int
    topic: str
    kind: str
    number: str
    issued_on: dt.date
    in_force_on: dt.date
    replaced_on: dt.date | None
    citation: str
    papers: tuple[str, ...]
    position: int


def _row(t: LegalText) -> LegalTextRow:
    return LegalTextRow(t.id, t.topic, t.kind, t.number, t.issued_on, t.in_force_on,
                        t.replaced_on, t.citation, tuple(_kinds(t.papers)), t.position)


def legal_texts() -> list[LegalTextRow]:
    """Every text on file, by topic and date in force (for the office's list)."""
    access.require("read")
    ensure_shipped()
    query = LegalText.select().order_by(LegalText.position, LegalText.topic,
                                        LegalText.in_force_on, LegalText.id)
    return [_row(t) for t in query]


@dataclass
class LegalTextInput:
    """A legal text as the office types it."""

    topic: str = ""
    kind: str = ""
    number: str = ""
    issued_on: dt.date | None = None
    in_force_on: dt.date | None = None
    replaced_on: dt.date | None = None
    citation: str = ""
    papers: tuple[str, ...] = ("decision",)
    position: int = 90


def check_legal_text(inp: LegalTextInput) -> Collector:
    """Validate a text (also as the office types, for the marks next to the fields)."""
    p = Collector()
    inp.topic = nfc(inp.topic).strip()
    inp.kind, inp.number = nfc(inp.kind).strip(), nfc(inp.number).strip()
    inp.citation = " ".join(nfc(inp.citation).split()).rstrip(";.")
    for name, value, most in (("topic", inp.topic, 50), ("legal_kind", inp.kind, 50),
                              ("citation", inp.citation, 2000)):
        if not value:
            p.add(name, "required")
        elif len(value) > most:
            p.add(name, "too_long", max=most)
    if len(inp.number) > 50:
        p.add("number", "too_long", max=50)
    if inp.issued_on is None:
        p.add("issued_on", "required")
    if inp.in_force_on is None:
        p.add("in_force_on", "required")
    elif inp.issued_on is not None and inp.in_force_on < inp.issued_on:
        p.add("in_force_on", "force_before_issue")
    if inp.replaced_on is not None and inp.in_force_on is not None and (
            inp.replaced_on <= inp.in_force_on):
        p.add("replaced_on", "replaced_before_force")
    bad = [k for k in inp.papers if k not in CITING_PAPERS]
    if bad:
        p.add("papers", "invalid", value=", ".join(bad))
    if isinstance(inp.position, bool) or not isinstance(inp.position, int):
        p.add("position", "not_integer", value=inp.position)
    return p


def save_legal_text(text_id: int | None, inp: LegalTextInput) -> LegalTextRow:
    """Add a text (text_id None) or change one; the office's settings, so its admin only."""
    require_office_admin()
    check_legal_text(inp).raise_if_any()
    ensure_shipped()
    values = dict(topic=inp.topic, kind=inp.kind, number=inp.number,
                  issued_on=inp.issued_on, in_force_on=inp.in_force_on,
                  replaced_on=inp.replaced_on, citation=inp.citation,
                  papers=",".join(dict.fromkeys(inp.papers)), position=inp.position,
                  updated_at=now())
    with database.atomic():
        if text_id is None:
            row = LegalText.create(**values)
            audit.record("legal_text", row.id, "create", None, audit.snapshot(row))
        else:
            row = LegalText.get_or_none(LegalText.id == text_id)
            if row is None:
                raise NotFound("legal_text", text_id)
            before = audit.snapshot(row)
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
            audit.record("legal_text", row.id, "update", before, audit.snapshot(row))
    return _row(row)


def delete_legal_text(text_id: int) -> None:
    """Remove a text the papers should no longer know (papers already issued keep theirs)."""
    require_office_admin()
    with database.atomic():
        row = LegalText.get_or_none(LegalText.id == text_id)
        if row is None:
            raise NotFound("legal_text", text_id)
        audit.record("legal_text", row.id, "delete", audit.snapshot(row), None)
        row.delete_instance()
