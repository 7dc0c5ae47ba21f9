"""Number series of the document register: where each one stands, and which numbers are taken.

A ward's register (sổ đăng ký văn bản đi) does not start with this program: in the year it is
installed the paper register may already stand at 21, so the office sets where a series
(issuing body, year) continues; the program then numbers from there. A number is taken when
the program issued it, or when a club's founding decision recorded by hand carries it (a
decision of the paper register): neither may be given again in the same series and year.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import peewee as pw

from models.accounts import audit
from models.errors import Collector
from models.office.settings import require_office_admin
from models.storage.db import database
from models.storage.schema import Club, IssuedDocument, IssuingBody, Setting
from models.text.vietnamese import nfc

MAX_NUMBER = 99_999
FIRST_YEAR, LAST_YEAR = 1990, 2200


def _key(body_code: str, year: int) -> str:
    return f"documents.series.{body_code.upper()}.{year}"


def _parse(text: str) -> tuple[int, str] | None:
    """ "07/QĐ-UBND" -> (7, "UBND"): the number and the body code of its symbol."""
    head, sep, symbol = (text or "").partition("/")
    head = head.strip()
    if not sep or not head.isdigit() or "-" not in symbol:
        return None
    return int(head), symbol.strip().split("-", 1)[1].upper()


@dataclass(frozen=True)
class Holder:
    """Who holds a number: an issued paper of the register or a club's recorded decision."""

    number_text: str
    date: dt.date
    summary: str  # "Về việc thành lập …" or the club's name
    document_id: int | None = None
    club_id: int | None = None


def recorded_decisions(body_code: str, year: int) -> list[tuple[int, Holder]]:
    """Founding decisions typed in with clubs, of this body and year: (number, holder)."""
    out = []
    query = Club.select(Club.id, Club.name, Club.decision_number, Club.decision_date).where(
        (Club.decision_number != "") & (Club.decision_date >= dt.date(year, 1, 1))
        & (Club.decision_date <= dt.date(year, 12, 31)))
    for club_id, name, text, date in query.tuples():
        parsed = _parse(text)
        if parsed and parsed[1] == body_code.upper() and date.year == year:
            out.append((parsed[0], Holder(text, date, f"Quyết định thành lập {name}",
                                              club_id=club_id)))
    return out


def holder_of(body_code: str, year: int, number: int, *, except_club: int | None = None
              ) -> Holder | None:
    """The first paper holding a number of a series, if any (a club's own recorded decision
    excepted, so a club saved again keeps its number)."""
    body = IssuingBody.get_or_none(IssuingBody.code == body_code.upper())
    if body is not None:
        doc = (IssuedDocument.select()
               .where((IssuedDocument.issuing_body == body) & (IssuedDocument.year == year)
                      & (IssuedDocument.number == number))
               .order_by(IssuedDocument.id).first())
        if doc is not None and not (doc.kind == "decision" and doc.club_id == except_club
                                    and except_club is not None):
            return Holder(f"{number:02d}/{doc.symbol}", doc.date, doc.summary, doc.id,
                          doc.club_id)
    for n, holder in recorded_decisions(body_code, year):
        if n == number and holder.club_id != except_club:
            return holder
    return None


def check_recorded_number(p: Collector, field: str, text: str, date: dt.date | None,
                          club_id: int | None) -> None:
    """Refuse a founding decision number typed in for a club when another paper of the same
    series and year already holds it (naming that paper)."""
    parsed = _parse(nfc(text))
    if parsed is None or date is None:
        return
    holder = holder_of(parsed[1], date.year, parsed[0], except_club=club_id)
    if holder is not None:
        p.add(field, "number_used", number=holder.number_text, year=date.year,
              paper=holder.summary)


def start_of(body_code: str, year: int) -> int:
    """The number the office said the series continues from (1 when it said nothing)."""
    row = Setting.get_or_none(Setting.key == _key(body_code, year))
    return int(json.loads(row.value)) if row is not None else 1


def last_used(body_id: int, body_code: str, year: int) -> int:
    """The highest number taken in a series: issued, or held by a recorded decision."""
    issued = (IssuedDocument.select(pw.fn.MAX(IssuedDocument.number))
              .where((IssuedDocument.issuing_body == body_id) & (IssuedDocument.year == year))
              .scalar())
    recorded = max((n for n, _ in recorded_decisions(body_code, year)), default=0)
    return max(int(issued or 0), recorded)


def next_in_series(body_id: int, body_code: str, year: int) -> int:
    """The next number of a series: after the last one taken, and not below the start."""
    return max(last_used(body_id, body_code, year) + 1, start_of(body_code, year))


def last_issued(body_id: int, year: int) -> IssuedDocument | None:
    """The latest-dated paper issued in a series (numbers must follow dates)."""
    return (IssuedDocument.select()
            .where((IssuedDocument.issuing_body == body_id) & (IssuedDocument.year == year))
            .order_by(IssuedDocument.date.desc(), IssuedDocument.number.desc()).first())


@dataclass(frozen=True)
class SeriesRow:
    """One series as the office sees it."""

    body_code: str
    year: int
    last_number: int  # 0: nothing taken yet
    next_number: int


def series_list(year: int | None = None) -> list[SeriesRow]:
    """Every body's series of a year (default: this year) and the years that have papers."""
    from models.accounts import access

    access.require("read")
    years = {year or dt.date.today().year}
    if year is None:
        years |= {y for (y,) in IssuedDocument.select(IssuedDocument.year).distinct().tuples()}
    rows = []
    for body in IssuingBody.select().order_by(IssuingBody.position, IssuingBody.code):
        for y in sorted(years, reverse=True):
            rows.append(SeriesRow(body.code, y, last_used(body.id, body.code, y),
                                  next_in_series(body.id, body.code, y)))
    return rows


def set_series_start(body_code: str, year: object, next_number: object) -> SeriesRow:
    """Set where a series continues (the office's paper register stands at 21: next is 22).
    Refused below or at a number already taken in that series and year."""
    require_office_admin()
    p = Collector()
    code = nfc(str(body_code or "")).strip().upper()
    body = IssuingBody.get_or_none(IssuingBody.code == code)
    if body is None:
        p.add("body_code", "unknown", value=body_code)
    if isinstance(year, bool) or not isinstance(year, int):
        p.add("year", "not_integer", value=year)
    elif not FIRST_YEAR <= year <= LAST_YEAR:
        p.add("year", "out_of_range", low=FIRST_YEAR, high=LAST_YEAR)
    if isinstance(next_number, bool) or not isinstance(next_number, int):
        p.add("next_number", "not_integer", value=next_number)
    elif not 1 <= next_number <= MAX_NUMBER:
        p.add("next_number", "out_of_range", low=1, high=MAX_NUMBER)
    elif body is not None and isinstance(year, int) and not isinstance(year, bool):
        last = last_used(body.id, body.code, year)
        if next_number <= last:
            p.add("next_number", "not_above_last", number=last)
    p.raise_if_any()
    key = _key(body.code, year)
    with database.atomic():
        row = Setting.get_or_none(Setting.key == key)
        before = {"next_number": int(json.loads(row.value))} if row else None
        if row is None:
            Setting.create(key=key, value=json.dumps(next_number))
        else:
            row.value = json.dumps(next_number)
            row.save()
        audit.record("document_series", f"{body.code}/{year}", "update" if row else "create",
                     before, {"body_code": body.code, "year": year, "next_number": next_number})
    return SeriesRow(body.code, year, last_used(body.id, body.code, year), next_number)
