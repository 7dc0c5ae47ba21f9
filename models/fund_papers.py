"""Money papers of a club, read from the database: vouchers, the fund book, the loan register and
the loan contract. The windows and the command line call the entry points here; the layouts in
reports/ take the plain data built here and never touch the database.

Voucher numbers print as "PT-2026/015" (receipt) and "PC-2026/007" (payment): the kind, the
year of the series and the number within the fund's series, three digits. "Quyển số" on the
voucher names the fund, since every fund keeps its own series.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from models import access, fund_views, voucher_settings
from models.clubs import board_of
from models.errors import Collector, NotFound
from models.funds import LedgerLine, get_fund, ledger
from models.papers_extra import province_text, villages_text, ward_text
from models.schema import Club, Fund, LedgerEntry, Person, Village
from models.vietnamese import format_date, nfc
from reports import fund_book, vouchers
from reports.fund_book import BookLine, FundBookData
from reports.vouchers import Signer, VoucherData

PREFIX = {"receipt": "PT", "payment": "PC"}
KIND_TEXT = {"receipt": "phiếu thu", "payment": "phiếu chi"}
# The ledger's category codes as printed (ui/messages.py has the same words for the windows).
CATEGORY_TEXT = {
    "member_fee": "Thành viên đóng góp", "donation": "Ủng hộ, tài trợ",
    "budget_province": "Ngân sách tỉnh hỗ trợ", "budget_commune": "Ngân sách xã/phường hỗ trợ",
    "other_support": "Hỗ trợ khác", "loan_repayment": "Thu hồi vốn vay",
    "loan_interest": "Thu lãi vay", "loan_disbursement": "Cho vay",
    "activity_spending": "Chi hoạt động", "home_care_spending": "Chi chăm sóc tại nhà",
    "support_payment": "Chi hỗ trợ thành viên", "other": "Khác",
}
# Which board seat signs under a configured role, by words in the role's title.
_ROLE_SEATS = (("phó chủ nhiệm", "vice_chair"), ("chủ nhiệm", "chair"),
               ("kế toán", "accountant"), ("thủ quỹ", "treasurer"), ("thư ký", "secretary"))
_CODE = re.compile(r"\s*(P[TC])?[\s-]*(?:(\d{4})\s*/\s*)?0*(\d+)\s*", re.I)


def voucher_code(kind: str, year: int, number: int) -> str:
    """"PT-2026/015": how a voucher's number is printed everywhere (the funds page names
    it the same way, through the same function)."""
    return fund_views.voucher_code(kind, number, year)


def parse_voucher_code(value: str) -> tuple[str | None, int | None, int] | None:
    """(kind, year, number) from "15", "015", "PT-2026/015" or "PC 2026/7"; None if not one."""
    m = _CODE.fullmatch(nfc(value))
    if m is None or int(m.group(3)) == 0:
        return None
    kind = {"PT": "receipt", "PC": "payment"}.get((m.group(1) or "").upper())
    return kind, int(m.group(2)) if m.group(2) else None, int(m.group(3))


def capital(s: str) -> str:
    return s[:1].upper() + s[1:]


def club_address(club: Club) -> str:
    """"Tổ 1, tổ dân phố Nà Cưởm, phường Đức Xuân, tỉnh Thái Nguyên"."""
    ward = club.ward
    parts = [villages_text(club), ward_text(ward), province_text(ward)]
    return capital(", ".join(p for p in parts if p))


def unit_lines(club: Club, opts: voucher_settings.VoucherSettings) -> tuple[str, ...]:
    """The top-left lines of vouchers and the fund book: the club's typed lines, else its
    name and address."""
    if opts.unit_lines:
        return tuple(opts.unit_lines)
    return (f"Đơn vị: {club.name}", f"Địa chỉ: {club_address(club)}")


def person_address(person: Person) -> str:
    ward = person.ward
    parts = []
    if person.village_id is not None:
        v = Village.get_by_id(person.village_id)
        named = v.name.casefold().startswith(("tổ ", "thôn ", "bản ", "xóm ", "ấp ", "khu "))
        parts.append(v.name if named else f"{v.kind} {v.name}")
    parts += [ward_text(ward), province_text(ward)]
    return capital(", ".join(parts))


def board_names(club_id: int, on: dt.date) -> dict[str, str]:
    """Seat (chair, accountant, …) -> name of who held it on a date."""
    names: dict[str, str] = {}
    for seat, person in board_of(club_id):
        if seat.term_start <= on and (seat.term_end is None or seat.term_end >= on):
            names.setdefault(seat.role, person.full_name)
    return names


def signer_name(role: str, board: dict[str, str], counterparty: str = "") -> str:
    """The name printed under a configured role: the board holder, the payer or payee for
    "Người nộp/nhận tiền", else blank (written by hand)."""
    key = role.casefold()
    if "nộp tiền" in key or "nhận tiền" in key:
        return counterparty
    for words, seat in _ROLE_SEATS:
        if words in key:
            return board.get(seat, "")
    return ""


# --- Vouchers --------------------------------------------------------------------------------


def _club_of_fund(fund: Fund, action: str = "read") -> Club:
    return access.require_club(fund.club_id, action)


def voucher_data(entry_id: int) -> VoucherData:
    """What the voucher of one ledger entry prints."""
    entry = LedgerEntry.get_or_none(LedgerEntry.id == entry_id)
    if entry is None:
        raise NotFound("entry", entry_id)
    fund = entry.fund
    club = _club_of_fund(fund)
    opts = voucher_settings.load(club.id)
    person = entry.person if entry.person_id is not None else None
    name = person.full_name if person else entry.party
    reason = entry.description or CATEGORY_TEXT.get(entry.category, entry.category)
    note = ""
    if entry.reverses_id is not None:
        orig = LedgerEntry.get_by_id(entry.reverses_id)
        code = voucher_code(orig.kind, orig.year, orig.number)
        note = (f"Phiếu điều chỉnh: hủy {KIND_TEXT[orig.kind]} số {code} "
                f"ngày {format_date(orig.date)}")
        reason = f"Hủy {KIND_TEXT[orig.kind]} {code} ({reason}). Lý do hủy: " \
                 f"{entry.reversal_reason}"
    else:
        undo = LedgerEntry.get_or_none(LedgerEntry.reverses == entry.id)
        if undo is not None:
            note = (f"Phiếu này đã bị hủy bằng {KIND_TEXT[undo.kind]} số "
                    f"{voucher_code(undo.kind, undo.year, undo.number)} "
                    f"ngày {format_date(undo.date)}")
    board = board_names(club.id, entry.date)
    signers = tuple(Signer(role, signer_name(role, board, name))
                    for role in opts.roles(entry.kind))
    return VoucherData(
        kind=entry.kind, unit_lines=unit_lines(club, opts), caption=opts.caption(entry.kind),
        book=fund.name, number=voucher_code(entry.kind, entry.year, entry.number),
        date=entry.date, person=name, address=person_address(person) if person else "",
        reason=reason, amount=int(entry.amount), attachments=int(entry.attachments or 0),
        signers=signers, note=note)


def voucher_pdf(entry_id: int, *, two_per_a4: bool | None = None) -> bytes:
    """The voucher of a ledger entry as PDF; two_per_a4 None follows the club's setting."""
    data = voucher_data(entry_id)
    if two_per_a4 is None:
        fund = LedgerEntry.get_by_id(entry_id).fund
        two_per_a4 = voucher_settings.load(fund.club_id).two_per_a4
    return vouchers.build(data, two_per_a4=two_per_a4)


def club_fund(club_code: str, fund_kind: str) -> Fund:
    """The club's fund of a kind (the first opened when it has several)."""
    club = Club.get_or_none(Club.code == nfc(club_code).upper())
    if club is None:
        raise NotFound("club", club_code)
    access.require_club(club, "read")
    fund = (Fund.select().where((Fund.club == club.id) & (Fund.kind == fund_kind))
            .order_by(Fund.opened_on, Fund.id).first())
    if fund is None:
        raise NotFound("fund", fund_kind)
    return fund


def find_voucher(club_code: str, fund_kind: str, kind: str, year: int, number: int) -> int:
    """The ledger entry behind a voucher number of a club's fund; NotFound if none."""
    fund = club_fund(club_code, fund_kind)
    entry = (LedgerEntry.select(LedgerEntry.id)
             .where((LedgerEntry.fund == fund.id) & (LedgerEntry.kind == kind)
                    & (LedgerEntry.year == year) & (LedgerEntry.number == number)).first())
    if entry is None:
        raise NotFound("entry", voucher_code(kind, year, number))
    return entry.id


# --- Fund book -------------------------------------------------------------------------------

BOOK_ROLES = (("Người ghi sổ", "treasurer"), ("Kế toán", "accountant"),
              ("Chủ nhiệm CLB", "chair"))


def _check_period(start: object, end: object) -> None:
    p = Collector()
    for name, value in (("date_from", start), ("date_to", end)):
        if value is None:
            p.add(name, "required")
        elif not isinstance(value, dt.date):
            p.add(name, "bad_date", value=value)
    if not p and end < start:  # type: ignore[operator]
        p.add("date_to", "before_start")
    p.raise_if_any()


def _description(line: LedgerLine) -> str:
    what = line.description or CATEGORY_TEXT.get(line.category, line.category)
    return f"{what} - {line.counterparty}" if line.counterparty else what


def fund_book_data(fund_id: int, start: dt.date, end: dt.date,
                   *, today: dt.date | None = None) -> FundBookData:
    """The fund's book from `start` to `end`: the ledger's lines and balances as printed."""
    _check_period(start, end)
    fund = get_fund(fund_id)
    club = _club_of_fund(fund)
    opts = voucher_settings.load(club.id)
    book = ledger(fund.id, start, end)
    ids = [ln.entry_id for ln in book.lines]
    # Reversals, both ways, so the note column can say which voucher undoes which.
    links: dict[int, tuple[str, str]] = {}
    if ids:
        undone = {e.reverses_id: e for e in LedgerEntry.select().where(
            LedgerEntry.reverses.in_(ids))}
        originals = {e.id: e for e in LedgerEntry.select().where(LedgerEntry.id.in_(
            [ln.reverses_id for ln in book.lines if ln.reverses_id is not None] or [0]))}
        for ln in book.lines:
            if ln.reverses_id in originals:
                o = originals[ln.reverses_id]
                links[ln.entry_id] = ("Hủy phiếu", voucher_code(o.kind, o.year, o.number))
            elif ln.entry_id in undone:
                u = undone[ln.entry_id]
                links[ln.entry_id] = ("Đã hủy bằng", voucher_code(u.kind, u.year, u.number))
    lines = []
    for ln in book.lines:
        code = voucher_code(ln.kind, ln.date.year, ln.number)
        note = " ".join(links[ln.entry_id]) if ln.entry_id in links else ""
        lines.append(BookLine(ln.date, code if ln.kind == "receipt" else "",
                              code if ln.kind == "payment" else "", _description(ln),
                              ln.receipt, ln.payment, ln.balance, note))
    today = today or dt.date.today()
    board = board_names(club.id, min(end, today))
    return FundBookData(
        unit_lines=unit_lines(club, opts), fund_name=fund.name, club_name=club.name,
        start=start, end=end, opening=book.opening, lines=tuple(lines), closing=book.closing,
        signers=tuple(Signer(role, board.get(seat, "")) for role, seat in BOOK_ROLES),
        signed_on=min(end, today))


def fund_book_pdf(fund_id: int, start: dt.date, end: dt.date) -> bytes:
    """Sổ quỹ tiền mặt of a fund for a period, as PDF."""
    return fund_book.build(fund_book_data(fund_id, start, end))


def fund_book_xlsx(fund_id: int, start: dt.date, end: dt.date, path: str | Path) -> None:
    """The same book as an Excel file (amounts as numbers)."""
    from reports import fund_book_xlsx as xlsx

    xlsx.write(fund_book_data(fund_id, start, end), path)
