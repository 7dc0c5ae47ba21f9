"""Commands series (where each number series of the document register stands, and where it
continues) and legal-texts (the legal texts the papers cite, and when each is in force)."""

from __future__ import annotations

import argparse

from models.text.messages import tr
from ui.cli.common import EXIT_OK, EXIT_USAGE, command, fail, integer


def register(sub) -> None:
    p = command(sub, "series",
                tr("Sổ văn bản đi theo cơ quan và năm: số đã dùng gần nhất và số tiếp theo "
                   "(cách nhau bằng dấu tab). Với --body, --year và --next: đặt số tiếp theo "
                   "của sổ (sổ giấy của phường đang ở số 21 thì --next 22).", "Cli"),
                cmd_series)
    p.add_argument("--body", metavar="CODE", help=tr("cơ quan ban hành (ví dụ UBND)", "Cli"))
    p.add_argument("--year", type=integer, metavar="YYYY", help=tr("năm của sổ", "Cli"))
    p.add_argument("--next", type=integer, metavar="N", dest="next_number",
                   help=tr("số tiếp theo sẽ cấp", "Cli"))


def cmd_series(args: argparse.Namespace) -> int:
    from models.papers import series

    if args.next_number is not None:
        if not args.body or args.year is None:
            return fail([tr("Đặt số tiếp theo cần cả --body và --year.", "Cli")], EXIT_USAGE)
        row = series.set_series_start(args.body, args.year, args.next_number)
        print(tr("Sổ {body} năm {year}: số tiếp theo là {number:02d}.", "Cli").format(
            body=row.body_code, year=row.year, number=row.next_number))
        return EXIT_OK
    if args.body and args.year is None:
        return fail([tr("--body dùng cùng --next; để xem sổ, dùng lệnh không có --body.",
                        "Cli")], EXIT_USAGE)
    for row in series.series_list(args.year):
        last = f"{row.last_number:02d}" if row.last_number else "-"
        print("\t".join([row.body_code, str(row.year), last, f"{row.next_number:02d}"]))
    return EXIT_OK
