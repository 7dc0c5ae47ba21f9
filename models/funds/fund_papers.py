"""Money papers of a club, read from the database: vouchers, the fund book, the loan register and
the loan contract. The windows and the command line call the entry points here; the layouts in
reports/ take the plain data built here and never touch the database.

Voucher numbers print as "PT-2026/015" (receipt) and "PC-2026/007" (payment): the kind, the
year of the series and the number within the fund's series, three digits. "Quyển số" is the
number of the book the voucher is torn from: every fund keeps one receipt book and one payment
book a year, numbered by the fund's place among the club's funds and the year ("02/2026" for
the activity fund's book of 2026), as a clerk numbers the pads on the shelf.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from models.accounts import access
from models.clubs.clubs import board_of
from models.errors import Collector, NotFound, ValidationError
from models.funds import voucher_settings
from models.funds.fund_reads import LedgerLine, get_fund, ledger
from models.funds.fund_views import voucher_code
from models.office.settings import office_clerk
from models.papers.paper_facts import (
    club_name_text,
    page_setup,
    place_name,
    province_text,
    villages_text,
    ward_text,
)
from models.storage.schema import Club, Fund, IssuingBody, LedgerEntry, Person, UserAccount, Village
from models.text.goods import goods_text
from models.text.labels import label
from models.text.vietnamese import format_date, format_number, nfc
from reports import fund_book, loan_register, vouchers
from reports.fund_book import BookLine, FundBookData
from reports.loan_register import LoanRegisterData, RegisterLine, rate_text
from reports.papers.loan_contract import LoanContractData, Party, ScheduleLine
from reports.vouchers import Signer, VoucherData

PREFIX = {"receipt": "PT", "payment": "PC"}
KIND_TEXT = {"receipt": "phiếu thu", "payment": "phiếu chi"}
# Which board seat signs under a configured role, by words in the role's title.
_ROLE_SEATS = (("phó chủ nhiệm", "vice_chair"), ("chủ nhiệm", "chair"),
               ("kế toán", "accountant"), ("thủ quỹ", "treasurer"), ("thư ký", "secretary"))
_CODE = re.compile(r"\s*(P[TC])?[\s-]*(?:(\d{4})\s*/\s*)?0*(\d+)\s*", re.I)


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


def signer_name(role: str, board: dict[str, str], counterparty: str = "",
                preparer: str = "") -> str:
    """The name printed under a configured role: the board holder, the payer or payee for
    "Người nộp/nhận tiền", the account that posted the entry for "Người lập phiếu", else
    blank (written by hand)."""
    key = role.casefold()
    if "nộp tiền" in key or "nhận tiền" in key:
        return counterparty
    if "lập phiếu" in key:
        return preparer
    for words, seat in _ROLE_SEATS:
        if words in key:
            return board.get(seat, "")
    return ""


# --- Vouchers --------------------------------------------------------------------------------


def book_number(fund: Fund, year: int) -> str:
    """"02/2026": the fund's voucher book of a year (see the module docstring)."""
    from models.funds.fund_reads import funds_of_unchecked

    order = [f.id for f in funds_of_unchecked(fund.club_id)]
    return f"{order.index(fund.id) + 1:02d}/{year}"


def _club_of_fund(fund: Fund, action: str = "read") -> Club:
    return access.require_club(fund.club_id, action)


def voucher_data(entry_id: int) -> VoucherData:
    """What the voucher of one ledger entry prints."""
    entry = LedgerEntry.get_or_none(LedgerEntry.id == entry_id)
    if entry is None:
        raise NotFound("entry", entry_id)
    fund = entry.fund
    club = access.require_club(fund.club_id, "read", missing=("entry", entry_id))
    opts = voucher_settings.load(club.id)
    person = entry.person if entry.person_id is not None else None
    name = person.full_name if person else entry.party
    reason = entry.description or label("ledger_category", entry.category)
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
    account = UserAccount.get_or_none(UserAccount.username == entry.posted_by)
    # no account: the clerk named at set-up prepared it (an old row's login is not a name)
    clerk = office_clerk()
    preparer = account.full_name if account else (
        entry.posted_by if clerk and entry.posted_by == clerk else "")
    signers = tuple(Signer(role, signer_name(role, board, name, preparer))
                    for role in opts.roles(entry.kind))
    return VoucherData(
        kind=entry.kind, unit_lines=unit_lines(club, opts), caption=opts.caption(entry.kind),
        book=book_number(fund, entry.year), number=voucher_code(entry.kind, entry.year,
                                                                 entry.number),
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
    access.require_club(club, "read", missing=("club", club_code))
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
    what = line.description or label("ledger_category", line.category)
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
                links[ln.entry_id] = ("Đảo phiếu", voucher_code(o.kind, o.year, o.number))
            elif ln.entry_id in undone:
                u = undone[ln.entry_id]
                links[ln.entry_id] = ("Đã đảo bởi phiếu", voucher_code(u.kind, u.year, u.number))
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


def fund_book_xlsx(fund_id: int, start: dt.date, end: dt.date, path: str | Path, *,
                   force: bool = False) -> None:
    """The same book as an Excel file (amounts as numbers), written through
    models.storage.output (`force` replaces an existing file)."""
    from models.storage.output import check_output, write_output
    from reports import fund_book_xlsx as xlsx

    check_output(path, force=force)
    data = fund_book_data(fund_id, start, end)
    write_output(path, lambda tmp: xlsx.write(data, tmp), force=force)


# --- Loans -----------------------------------------------------------------------------------

REGISTER_ROLES = (("Người lập sổ", ""), ("Kế toán", "accountant"), ("Chủ nhiệm CLB", "chair"))


def _on(value: object) -> dt.date:
    if value is None:
        return dt.date.today()
    if not isinstance(value, dt.date):
        raise ValidationError("date", "bad_date", {"value": value})
    return value


def _form_text(form: str, item: str) -> str:
    return f"{label('loan_form', form)}: {item}" if form == "in_kind" and item else \
        label("loan_form", form)


def loan_register_data(club_id: int, on: dt.date | None = None) -> LoanRegisterData:
    """The club's loans as they stood at the end of `on` (default today), by number."""
    from models.loans import loans

    on = _on(on)
    club = access.require_club(club_id, "read")
    opts = voucher_settings.load(club.id)
    fund = (Fund.select().where((Fund.club == club.id) & (Fund.kind == "income"))
            .order_by(Fund.opened_on, Fund.id).first())
    lines = tuple(RegisterLine(
        number=r.number, name=r.person_name, village=r.village,
        form=_form_text(r.form, r.item), purpose=label("loan_purpose", r.purpose),
        disbursed_on=r.disbursed_on, term_months=r.term_months, rate=rate_text(r.rate_bp),
        principal=r.principal, paid_principal=r.paid_principal, paid_interest=r.paid_interest,
        outstanding=0 if r.status == "written_off" else r.outstanding,
        written_off=r.outstanding if r.status == "written_off" else 0, days_late=r.days_late,
        status=label("loan_status", r.status)) for r in loans.loan_register(club.id, on))
    board = board_names(club.id, on)
    return LoanRegisterData(
        unit_lines=unit_lines(club, opts), club_name=club.name,
        fund_name=fund.name if fund else label("fund_kind", "income"), on=on, lines=lines,
        signers=tuple(Signer(role, board.get(seat, "")) for role, seat in REGISTER_ROLES))


def loan_register_pdf(club_id: int, on: dt.date | None = None) -> bytes:
    """Sổ theo dõi cho vay of a club on a date, as PDF."""
    return loan_register.build(loan_register_data(club_id, on))


def loan_register_xlsx(club_id: int, on: dt.date | None, path: str | Path, *,
                       force: bool = False) -> None:
    """The same register as an Excel file (amounts as numbers), written through
    models.storage.output (`force` replaces an existing file)."""
    from models.storage.output import check_output, write_output

    check_output(path, force=force)
    data = loan_register_data(club_id, on)
    write_output(path, lambda tmp: loan_register.write_xlsx(data, tmp), force=force)


def _party(person: Person, *, full_id: bool) -> Party:
    id_text = ""
    if full_id and person.id_number:
        # the paper both sides sign identifies them: printed whole for a user who may see it
        id_text = person.id_number
    elif person.id_number:
        # others print the last four digits, enough to match the card when the member signs
        id_text = "*" * (len(person.id_number) - 4) + person.id_number[-4:]
    return Party("Bà" if person.gender == "F" else "Ông", person.full_name,
                 person.birth_year, id_text, person_address(person))


def _rate_words(rate_bp: int, method: str) -> str:
    if method == "none" or not rate_bp:
        return "không tính lãi"
    how = {"flat": "tính trên số tiền vay ban đầu",
           "declining": "tính trên dư nợ giảm dần"}.get(method, method)
    return f"{rate_text(rate_bp)}%/tháng, {how}"


def _plan_words(plan: str, rate_bp: int, method: str) -> str:
    if method == "none" or not rate_bp:  # no interest: only the principal is paid back
        return {"monthly": "trả gốc hằng tháng", "quarterly": "trả gốc hằng quý",
                "end_of_term": "trả gốc một lần khi hết hạn vay"}.get(plan, plan)
    return label("repayment_plan", plan).lower()


def loan_contract_data(loan_id: int) -> LoanContractData:
    """What the contract of a loan prints."""
    from models.loans import loans
    from models.loans.loan_schedule import add_months
    from reports.papers.common import header_name

    loan = loans.get_loan(loan_id)
    club = loan.club
    association = IssuingBody.get_or_none(IssuingBody.code == "HNCT")
    board = board_of(club.id)
    chair = next((p for s, p in board if s.role == "chair" and s.term_start <= loan.disbursed_on
                  and (s.term_end is None or s.term_end >= loan.disbursed_on)), None)
    sensitive = access.can_see_sensitive(club.ward_code)
    guarantor = None
    if loan.guarantor_id is not None:
        guarantor = _party(Person.get_by_id(loan.guarantor_id), full_id=sensitive)
    elif loan.guarantor_name:
        guarantor = Party("Ông/Bà", loan.guarantor_name)
    form = "tiền mặt"
    if loan.form == "in_kind":
        form = f"hiện vật: {goods_text(loan.quantity, loan.unit, loan.item, loan.unit_value)}"
        form += f", trị giá {format_number(loan.principal)} đồng"
    purpose = label("loan_purpose", loan.purpose)
    if loan.purpose_note:
        purpose += f" ({loan.purpose_note})"
    return LoanContractData(
        parent_body=association.name if association else "",
        club_header=header_name(club.name), club_name=club_name_text(club.name),
        club_address=club_address(club), place=place_name(club.ward), number=loan.number,
        date=loan.disbursed_on, chair=_party(chair, full_id=False) if chair else None,
        borrower=_party(loan.person, full_id=sensitive), guarantor=guarantor,
        in_kind=loan.form == "in_kind",
        principal=int(loan.principal), form_text=form, purpose=purpose.lower(),
        term_months=loan.term_months, end_on=add_months(loan.disbursed_on, loan.term_months),
        rate_text=_rate_words(loan.rate_bp, loan.interest_method),
        plan_text=_plan_words(loan.repayment_plan, loan.rate_bp, loan.interest_method),
        schedule=tuple(ScheduleLine(x.seq, x.due_on, x.principal, x.interest)
                       for x in loans.loan_schedule(loan.id)))


def loan_contract_pdf(loan_id: int) -> bytes:
    """Hợp đồng vay vốn of a loan, with the office's page layout."""
    from reports.papers import loan_contract

    return loan_contract.build(loan_contract_data(loan_id), page_setup())
