"""Commands series (where each number series of the document register stands, and where it
continues) and legal-texts (the legal texts the papers cite, and when each is in force)."""

from __future__ import annotations

import argparse

from models.text.messages import tr
from ui.cli.common import EXIT_OK, EXIT_USAGE, cli_date, command, fail, integer


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

    p = command(sub, "legal-texts",
                tr("Các văn bản pháp lý giấy tờ dẫn làm căn cứ: mã, loại, số, ngày ban hành, "
                   "ngày có hiệu lực, ngày hết hiệu lực, dòng in (cách nhau bằng dấu tab). Với "
                   "--date: chỉ những căn cứ một quyết định ngày đó được dẫn.", "Cli"),
                cmd_legal_texts)
    p.add_argument("--date", metavar="dd/mm/yyyy",
                   help=tr("ngày của giấy tờ", "Cli"))


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


def cmd_legal_texts(args: argparse.Namespace) -> int:
    from models.papers import legal_texts
    from models.text.vietnamese import format_date

    on = cli_date("date", args.date)
    rows = legal_texts.legal_texts()
    if on is not None:
        keep = {t.id for t in legal_texts.in_force("decision", on)}
        rows = [r for r in rows if r.id in keep]
    for r in rows:
        print("\t".join([str(r.id), r.kind, r.number, format_date(r.issued_on),
                         format_date(r.in_force_on),
                         format_date(r.replaced_on) if r.replaced_on else "-", r.citation]))
    return EXIT_OK
