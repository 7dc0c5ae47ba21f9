"""Supervision on the command line: `supervision --year YYYY` lists the year's visits, and
`print supervision --club CODE --date dd/mm/yyyy -o FILE.pdf` prints a visit's Biên bản giám
sát (ui/cli/documents.py owns `print` and calls print_record). No Qt."""

from __future__ import annotations

import argparse
import datetime as dt

from models.text import numbers
from models.text.messages import label, tr
from ui.cli.common import EXIT_OK, EXIT_USAGE, command, fail, integer

SUPERVISION_PAPERS = ("supervision",)


def register(sub) -> None:
    p = command(sub, "supervision",
                tr("Các lần giám sát CLB trong một năm, mỗi lần một dòng: mã CLB, ngày, hình "
                   "thức, điểm, xếp loại, số kiến nghị chưa thực hiện (cách nhau bằng dấu "
                   "tab).", "Cli"), cmd_supervision)
    p.add_argument("--year", type=integer, required=True, metavar="YYYY",
                   help=tr("năm giám sát", "Cli"))


def score_text(score: float | None) -> str:
    return "" if score is None else numbers.decimal_text(score)


def cmd_supervision(args: argparse.Namespace) -> int:
    from models.supervision.visits import open_count, visits
    from models.text.vietnamese import format_date

    if not 1900 <= args.year <= 2200:
        return fail([tr("Năm không hợp lệ: {year}", "Cli").format(year=args.year)],
                    EXIT_USAGE)
    found = visits(dt.date(args.year, 1, 1), dt.date(args.year, 12, 31))
    still_open = open_count([v.id for v in found])
    for v in found:
        print("\t".join([v.club.code, format_date(v.date), label("supervision_kind", v.kind),
                         score_text(v.score), label("supervision_rating", v.rating),
                         str(still_open.get(v.id, 0))]))
    return EXIT_OK


def parse_day(text: str) -> dt.date:
    from models.errors import ValidationError
    from models.text.vietnamese import parse_date

    try:
        return parse_date(text, iso=False)
    except ValueError:
        raise ValidationError("date", "bad_date", {"value": text}) from None


def print_record(args: argparse.Namespace) -> int:
    """`print supervision`: the visit of --club on --date to -o."""
    from models.errors import NotFound
    from models.members.members import club_by_code
    from models.storage.output import check_output, write_output
    from models.supervision.papers import supervision_pdf
    from models.supervision.visits import visit_on
    from models.text.vietnamese import format_date

    if not args.date:
        return fail([tr("Thiếu --date: ngày của lần giám sát (dd/mm/yyyy).", "Cli")],
                    EXIT_USAGE)
    on = parse_day(args.date)
    check_output(args.output, force=args.force)
    try:
        club = club_by_code(args.club.strip().upper())
    except NotFound:
        return fail([tr("Không có CLB mã «{code}» (lệnh clubs liệt kê các CLB).", "Cli")
                     .format(code=args.club)])
    try:
        visit = visit_on(club.id, on)
    except NotFound:
        return fail([tr("CLB {code} không có lần giám sát ngày {date} (lệnh supervision "
                        "liệt kê các lần giám sát).", "Cli").format(code=club.code,
                                                                 date=format_date(on))])
    write_output(args.output, supervision_pdf(visit.id), force=args.force)
    print(tr("Đã in biên bản giám sát ngày {date}: {path}", "Cli").format(
        date=format_date(on), path=args.output))
    return EXIT_OK
