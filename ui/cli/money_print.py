"""`print voucher | fund-book | loan-register | loan-contract | handover | goods-register |
fund-statement`: a club's money papers to a file.

Called by ui/cli/documents.py, which owns the `print` command and its options. Nothing is
numbered or stored here: these papers are read from the ledger and the loans as they stand.
Every refusal is one Vietnamese line on stderr, exit 1, and no file is left behind.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from models.text.messages import label, tr
from ui.cli.common import EXIT_OK, EXIT_USAGE, fail, whole_number

# Dates a paper may carry: the program's papers start long after 1900 and no plan runs past
# 2200; outside, date arithmetic (a year's start, the next day) would leave Python's range.
FIRST_DATE, LAST_DATE = dt.date(1900, 1, 1), dt.date(2200, 12, 31)

MONEY_PAPERS = ("voucher", "fund-book", "loan-register", "loan-contract", "handover",
                "goods-register", "fund-statement")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of the money papers on the `print` parser."""
    p.add_argument("--fund", metavar="KIND",
                   help=tr("quỹ (phiếu thu/chi, sổ quỹ): income | activity | home_care | "
                           "golden_heart | other", "Cli"))
    p.add_argument("--kind", metavar="receipt|payment",
                   help=tr("phiếu thu (receipt) hay phiếu chi (payment)", "Cli"))
    p.add_argument("--year", metavar="YYYY",
                   help=tr("năm của số phiếu; với sổ quỹ: cả năm đó", "Cli"))
    p.add_argument("--number", metavar="N",
                   help=tr("số phiếu: 15 hoặc PT-2026/015", "Cli"))
    p.add_argument("--from", dest="date_from", metavar="dd/mm/yyyy",
                   help=tr("sổ quỹ: từ ngày", "Cli"))
    p.add_argument("--to", dest="date_to", metavar="dd/mm/yyyy",
                   help=tr("sổ quỹ: đến ngày", "Cli"))
    p.add_argument("--loan", metavar="N", help=tr("số hợp đồng vay của CLB", "Cli"))


def _date(name: str, value: str | None) -> dt.date | None:
    from models.errors import ValidationError
    from models.text.vietnamese import parse_date

    if not value:
        return None
    try:
        day = parse_date(value, iso=False)
    except ValueError:
        raise ValidationError(name, "bad_date", {"value": value}) from None
    if not FIRST_DATE <= day <= LAST_DATE:
        raise ValidationError(name, "out_of_range", {"low": FIRST_DATE, "high": LAST_DATE})
    return day


def _write(args: argparse.Namespace, content: bytes | Callable[[Path], object]) -> None:
    """Write the file named by -o through models.storage.output (checks, temporary file,
    rename); a refusal is a ValidationError that the command line prints as one line."""
    from models.storage.output import write_output

    write_output(args.output, content, force=args.force)


def _check_output(args: argparse.Namespace) -> None:
    """Refuse a bad -o before anything is read or built."""
    from models.storage.output import check_output

    check_output(args.output, force=args.force)


def _year(text: str) -> int | None:
    """A year written in 0-9 within the papers' range, else None."""
    value = whole_number(text)
    return value if value is not None and 1900 <= value <= 2200 else None


def _suffix(path: str, allowed: tuple[str, ...]) -> str | None:
    suffix = Path(path).suffix.lower()
    return suffix if suffix in allowed else None


def _club(code: str):  # type: ignore[no-untyped-def]
    """The club of a code, once the signed-in user may read it; None if there is none."""
    from models.errors import NotFound
    from models.members.members import club_by_code

    try:
        return club_by_code(code)
    except NotFound:
        return None


def _no_club(code: str) -> int:
    return fail([tr("Không có CLB mã «{code}» (lệnh clubs liệt kê các CLB).", "Cli")
                 .format(code=code)])


def _fund(args: argparse.Namespace, club) -> tuple[object | None, int | None]:  # type: ignore[no-untyped-def]
    from models.funds.funds import FUND_KINDS, funds_of

    if not args.fund:
        return None, fail([tr("Thiếu --fund: chọn một quỹ ({kinds}).", "Cli").format(
            kinds=", ".join(FUND_KINDS))], EXIT_USAGE)
    kind = args.fund.strip().lower().replace("-", "_")
    if kind not in FUND_KINDS:
        return None, fail([tr("Không có loại quỹ «{fund}»; chọn một trong: {kinds}.", "Cli")
                           .format(fund=args.fund, kinds=", ".join(FUND_KINDS))])
    # the first fund of the kind the club opened (funds_of: kind, then opening date and id)
    fund = next((f for f in funds_of(club.id) if f.kind == kind), None)
    if fund is None:
        return None, fail([tr("CLB {code} chưa có {fund}.", "Cli").format(
            code=club.code, fund=label("fund_kind", kind))])
    return fund, None


def _voucher(args: argparse.Namespace, club) -> int:  # type: ignore[no-untyped-def]
    from models.errors import NotFound
    from models.funds.fund_papers import find_voucher, parse_voucher_code, voucher_pdf
    from models.funds.fund_views import voucher_code

    fund, refused = _fund(args, club)
    if refused is not None:
        return refused
    number_text = args.number or ""
    parsed = parse_voucher_code(number_text) if number_text.isascii() else None
    if parsed is not None and parsed[2] > 999_999:
        parsed = None  # no club writes a million vouchers a year; and it fits the database
    if parsed is None:
        if not args.number:
            return fail([tr("Thiếu --number: số phiếu (ví dụ 15 hoặc PT-2026/015).", "Cli")],
                        EXIT_USAGE)
        return fail([tr("Số phiếu không hợp lệ: «{value}» (ví dụ 15 hoặc PT-2026/015).",
                        "Cli").format(value=args.number)])
    code_kind, code_year, number = parsed
    kind = (args.kind or "").strip().lower() or code_kind
    if kind not in ("receipt", "payment") or (code_kind and kind != code_kind):
        return fail([tr("--kind phải là receipt (phiếu thu) hoặc payment (phiếu chi) và khớp "
                        "với số phiếu.", "Cli")])
    year_text = (args.year or "").strip() or (str(code_year) if code_year else "")
    if not year_text:
        return fail([tr("Thiếu --year: năm của số phiếu.", "Cli")], EXIT_USAGE)
    year = _year(year_text)
    if year is None or (code_year and year != code_year):
        return fail([tr("Năm của số phiếu không hợp lệ: «{year}».", "Cli").format(
            year=args.year or "")])
    try:
        entry_id = find_voucher(club.code, fund.kind, kind, year, number)
    except NotFound:
        return fail([tr("Không có {kind} số {number} trong {fund} của CLB {code}.", "Cli")
                     .format(kind=label("entry_kind", kind).lower(),
                             number=voucher_code(kind, year, number), fund=fund.name,
                             code=club.code)])
    _write(args, voucher_pdf(entry_id))
    print(tr("Đã in {kind} {number}: {path}", "Cli").format(
        kind=label("entry_kind", kind).lower(), number=voucher_code(kind, year, number),
        path=args.output))
    return EXIT_OK


def _fund_book(args: argparse.Namespace, club) -> int:  # type: ignore[no-untyped-def]
    from models.funds.fund_papers import fund_book_pdf, fund_book_xlsx
    from models.text.vietnamese import format_date

    suffix = _suffix(args.output, (".pdf", ".xlsx"))
    if suffix is None:
        return fail([tr("Tệp phải có đuôi .pdf hoặc .xlsx: {path}", "Cli").format(
            path=args.output)])
    fund, refused = _fund(args, club)
    if refused is not None:
        return refused
    start, end = _date("date_from", args.date_from), _date("date_to", args.date_to)
    today = dt.date.today()
    year_text = (args.year or "").strip()
    if year_text and start is None and end is None:  # --year alone: that whole year's book
        year = _year(year_text)
        if year is None:
            return fail([tr("Năm không hợp lệ: {year}", "Cli").format(year=args.year)],
                        EXIT_USAGE)
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    elif year_text:
        return fail([tr("Dùng --year hoặc --from/--to cho kỳ của sổ quỹ, không dùng cả hai.",
                        "Cli")], EXIT_USAGE)
    # Without dates: the calendar year so far, the period a club closes its book on.
    start = start or dt.date((end or today).year, 1, 1)
    end = end or max(start, today)
    if suffix == ".pdf":
        _write(args, fund_book_pdf(fund.id, start, end))
    else:
        fund_book_xlsx(fund.id, start, end, args.output, force=args.force)
    print(tr("Đã in sổ quỹ «{fund}» từ {start} đến {end}: {path}", "Cli").format(
        fund=fund.name, start=format_date(start), end=format_date(end), path=args.output))
    return EXIT_OK


def _loan_register(args: argparse.Namespace, club) -> int:  # type: ignore[no-untyped-def]
    from models.funds.fund_papers import loan_register_pdf, loan_register_xlsx
    from models.text.vietnamese import format_date

    suffix = _suffix(args.output, (".pdf", ".xlsx"))
    if suffix is None:
        return fail([tr("Tệp phải có đuôi .pdf hoặc .xlsx: {path}", "Cli").format(
            path=args.output)])
    on = _date("date", args.date) or dt.date.today()
    if suffix == ".pdf":
        _write(args, loan_register_pdf(club.id, on))
    else:
        loan_register_xlsx(club.id, on, args.output, force=args.force)
    print(tr("Đã in sổ theo dõi cho vay của CLB {code} tính đến ngày {date}: {path}", "Cli").format(
        code=club.code, date=format_date(on), path=args.output))
    return EXIT_OK


def _named_loan(args: argparse.Namespace, club):  # type: ignore[no-untyped-def]
    """The loan --loan names in the club, or the exit code of the sentence that says why not."""
    from models.loans.loan_reads import loan_by_number

    text = (args.loan or "").strip()
    if not text:
        return fail([tr("Thiếu --loan: số hợp đồng vay của CLB.", "Cli")], EXIT_USAGE)
    number = whole_number(text)
    loan = loan_by_number(club.id, number) if number is not None and number > 0 else None
    if loan is None:
        return fail([tr("CLB {code} không có hợp đồng vay số «{number}».", "Cli").format(
            code=club.code, number=text)])
    return loan


def _loan_contract(args: argparse.Namespace, club) -> int:  # type: ignore[no-untyped-def]
    from models.funds.fund_papers import loan_contract_pdf

    loan = _named_loan(args, club)
    if isinstance(loan, int):
        return loan
    _write(args, loan_contract_pdf(loan.id))
    print(tr("Đã in hợp đồng vay số {number}: {path}", "Cli").format(
        number=loan.number, path=args.output))
    return EXIT_OK


def _handover(args: argparse.Namespace, club) -> int:  # type: ignore[no-untyped-def]
    """The hand-over records of an in-kind loan: --loan N, and --number K for its K-th."""
    from models.funds.goods_papers import handover_pdf, handovers_of_loan

    loan = _named_loan(args, club)
    if isinstance(loan, int):
        return loan
    rows = handovers_of_loan(loan.id)
    if not rows:
        return fail([tr("Hợp đồng vay số {number} không vay bằng hiện vật: không có biên "
                        "bản giao nhận.", "Cli").format(number=loan.number)])
    which = whole_number((args.number or "1").strip())
    if which is None or not 1 <= which <= len(rows):
        return fail([tr("Hợp đồng vay số {number} có {count} biên bản giao nhận; --number "
                        "chọn từ 1 đến {count}.", "Cli").format(number=loan.number,
                                                               count=len(rows))], EXIT_USAGE)
    _write(args, handover_pdf(rows[which - 1]))
    print(tr("Đã in biên bản giao nhận hiện vật của hợp đồng số {number}: {path}", "Cli")
          .format(number=loan.number, path=args.output))
    return EXIT_OK


def _goods_register(args: argparse.Namespace, club) -> int:  # type: ignore[no-untyped-def]
    from models.funds.goods_papers import goods_register_pdf
    from models.text.vietnamese import format_date

    args.fund = args.fund or "income"
    fund, refused = _fund(args, club)
    if refused is not None:
        return refused
    end = _date("date_to", args.date_to) or dt.date.today()
    start = _date("date_from", args.date_from) or dt.date(end.year, 1, 1)
    _write(args, goods_register_pdf(fund.id, start, end))
    print(tr("Đã in sổ theo dõi cho vay bằng hiện vật từ {start} đến {end}: {path}", "Cli")
          .format(start=format_date(start), end=format_date(end), path=args.output))
    return EXIT_OK


def _fund_statement(args: argparse.Namespace, club) -> int:  # type: ignore[no-untyped-def]
    from models.funds.goods_papers import fund_statement_pdf
    from models.text.vietnamese import format_date

    args.fund = args.fund or "income"
    fund, refused = _fund(args, club)
    if refused is not None:
        return refused
    on = _date("date", args.date) or dt.date.today()
    _write(args, fund_statement_pdf(fund.id, on))
    print(tr("Đã in báo cáo tình hình «{fund}» đến ngày {date}: {path}", "Cli").format(
        fund=fund.name, date=format_date(on), path=args.output))
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Print one money paper named by args.paper (one of MONEY_PAPERS)."""
    _check_output(args)
    club = _club(args.club)
    if club is None:
        return _no_club(args.club)
    handler = {"voucher": _voucher, "fund-book": _fund_book, "loan-register": _loan_register,
               "loan-contract": _loan_contract, "handover": _handover,
               "goods-register": _goods_register, "fund-statement": _fund_statement}[args.paper]
    return handler(args, club)
