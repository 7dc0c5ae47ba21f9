"""`meetings --club CODE --year YYYY`: a club's monthly meetings, one line each; and the
meeting papers of `print` (ui/cli/documents.py owns that command and its options):
`print meeting-minutes --club CODE --date dd/mm/yyyy -o FILE.pdf` and
`print collection-sheet --club CODE --date dd/mm/yyyy -o FILE.pdf|.xlsx`.
Nothing is numbered or stored; every refusal is one Vietnamese line, exit 1, and no file."""

from __future__ import annotations

import argparse

from models.text.messages import tr
from ui.cli.common import EXIT_OK, EXIT_USAGE, command, fail, integer

MEETING_PAPERS = ("meeting-minutes", "collection-sheet")


def register(sub) -> None:
    p = command(sub, "meetings",
                tr("Các buổi sinh hoạt của một CLB trong một năm, mỗi buổi một dòng: ngày, "
                   "có mặt/tổng số thành viên, hội phí, tiền trả nợ vay (cách nhau bằng dấu "
                   "tab).", "Cli"), cmd_meetings)
    p.add_argument("--club", required=True, metavar="CODE", help=tr("mã CLB", "Cli"))
    p.add_argument("--year", required=True, type=integer, metavar="YYYY",
                   help=tr("năm", "Cli"))


def _club(code: str):  # type: ignore[no-untyped-def]
    from models.errors import NotFound
    from models.members.members import club_by_code

    try:
        return club_by_code(code.strip().upper())
    except NotFound:
        return None


def _no_club(code: str) -> int:
    return fail([tr("Không có CLB mã «{code}» (lệnh clubs liệt kê các CLB).", "Cli")
                 .format(code=code)])


def _date(text: str | None):  # type: ignore[no-untyped-def]
    """The --date of a paper (dd/mm/yyyy), or None when not given."""
    from models.errors import ValidationError
    from models.text.vietnamese import parse_date

    if not text:
        return None
    try:
        return parse_date(text, iso=False)
    except ValueError:
        raise ValidationError("date", "bad_date", {"value": text}) from None


def cmd_meetings(args: argparse.Namespace) -> int:
    from models.meetings.meetings import meetings_of
    from models.text.vietnamese import format_date, format_number

    if not 1900 <= args.year <= 2200:
        return fail([tr("Năm không hợp lệ: {year}", "Cli").format(year=args.year)],
                    EXIT_USAGE)
    club = _club(args.club)
    if club is None:
        return _no_club(args.club)
    for m in meetings_of(club.id, args.year):
        line = [format_date(m.date), f"{m.present_count}/{m.member_count}",
                format_number(m.fee_total), format_number(m.repayment_total)]
        if m.reversed_on is not None:
            line.append(tr("đã hủy các khoản thu ngày {date}", "Cli").format(
                date=format_date(m.reversed_on)))
        print("\t".join(line))
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Print one meeting paper named by args.paper (one of MEETING_PAPERS)."""
    from models.errors import NotFound
    from models.meetings import papers
    from models.storage.output import check_output, write_output
    from models.text.vietnamese import format_date

    check_output(args.output, force=args.force)
    club = _club(args.club)
    if club is None:
        return _no_club(args.club)
    on = _date(args.date)
    if on is None:
        return fail([tr("Thiếu --date: ngày của buổi sinh hoạt (dd/mm/yyyy).", "Cli")],
                    EXIT_USAGE)
    suffix = args.output.lower().rsplit(".", 1)[-1] if "." in args.output else ""
    if args.paper == "meeting-minutes":
        if suffix != "pdf":
            return fail([tr("Tệp phải có đuôi .pdf: {path}", "Cli").format(path=args.output)])
        try:
            pdf = papers.minutes_pdf_on(club.id, on)
        except NotFound:
            return fail([tr("CLB {code} không có buổi sinh hoạt ngày {date}.", "Cli").format(
                code=club.code, date=format_date(on))])
        write_output(args.output, pdf, force=args.force)
        print(tr("Đã in biên bản sinh hoạt ngày {date}: {path}", "Cli").format(
            date=format_date(on), path=args.output))
        return EXIT_OK
    if suffix not in ("pdf", "xlsx"):
        return fail([tr("Tệp phải có đuôi .pdf hoặc .xlsx: {path}", "Cli").format(
            path=args.output)])
    if suffix == "pdf":
        write_output(args.output, papers.collection_sheet_pdf(club.id, on), force=args.force)
    else:
        papers.collection_sheet_file(club.id, on, args.output, force=args.force)
    print(tr("Đã in danh sách thu hội phí và nợ vay ngày {date}: {path}", "Cli").format(
        date=format_date(on), path=args.output))
    return EXIT_OK
