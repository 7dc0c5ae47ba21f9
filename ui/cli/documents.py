"""Commands print (a club's founding papers and member list to PDF) and documents (the register).

`print` of a numbered paper (decision, certificate, launch minutes) ISSUES it: the paper gets
the next number of its issuing body's series for the year and its PDF is stored in the register.
If the club already has that paper, `print` writes the stored copy again, byte for byte; a
changed paper is a new document (`--new`). `--draft` prints without a number ("Số:      /QĐ-UBND")
and writes nothing. The statute and the member list carry no number: they are always drafts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from models.text.messages import tr
from ui.cli.common import EXIT_OK, EXIT_USAGE, add_force, command, fail, integer
from ui.cli.meetings import MEETING_PAPERS
from ui.cli.money_print import MONEY_PAPERS
from ui.cli.money_print import add_arguments as add_money_arguments
from ui.cli.plans import PLAN_PAPERS
from ui.cli.plans import add_print_arguments as add_plan_arguments
from ui.cli.reports import add_level_argument
from ui.cli.supervision import SUPERVISION_PAPERS

# Command-line names of the papers (models.papers.papers_extra.PAPERS keys use "_" and "members").
PAPER_ARGS = {
    "decision": "decision",
    "certificate": "certificate",
    "launch-minutes": "launch_minutes",
    "statute": "statute",
    "members": "members",
}


def register(sub) -> None:
    p = command(sub, "print",
                tr("In giấy tờ của một CLB ra tệp PDF: quyết định thành lập, giấy chứng nhận, "
                   "biên bản lễ ra mắt, quy chế, danh sách thành viên; phiếu thu/chi, sổ quỹ, "
                   "sổ cho vay, hợp đồng vay (sổ quỹ, sổ cho vay cũng ra được tệp .xlsx). "
                   "Văn bản có số được ban hành (cấp số, lưu vào sổ văn bản) ở lần in đầu; "
                   "lần sau in lại đúng bản đã lưu.", "Cli"), cmd_print)
    p.add_argument("paper", choices=[*PAPER_ARGS, *MONEY_PAPERS, *MEETING_PAPERS,
                                      *SUPERVISION_PAPERS, *PLAN_PAPERS, "annual-report"],
                   metavar="PAPER",
                   help=tr("decision | certificate | launch-minutes | statute | members | "
                           "voucher | fund-book | loan-register | loan-contract | "
                           "meeting-minutes | collection-sheet | supervision | "
                           "review-report | annual-report", "Cli"))
    p.add_argument("--club", metavar="CODE", help=tr("mã CLB", "Cli"))
    p.add_argument("--unit", metavar="CODE",
                   help=tr("annual-report: mã xã/phường hoặc tỉnh (mã chính thức), VN: toàn "
                           "quốc", "Cli"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                   help=tr("tệp PDF sẽ tạo (sổ quỹ, sổ cho vay: .pdf hoặc .xlsx)", "Cli"))
    p.add_argument("--date", metavar="dd/mm/yyyy",
                   help=tr("ngày của văn bản (mặc định: hôm nay)", "Cli"))
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--draft", action="store_true",
                      help=tr("in bản nháp chưa có số, không ghi vào sổ văn bản", "Cli"))
    mode.add_argument("--new", action="store_true",
                      help=tr("ban hành văn bản mới (số mới) dù CLB đã có văn bản này", "Cli"))
    add_force(p)
    add_money_arguments(p)
    add_plan_arguments(p)
    add_level_argument(p)
    p.set_defaults(check_args=_club_needed)

    p = command(sub, "documents",
                tr("Sổ văn bản đã ban hành: số/ký hiệu, ngày, trích yếu, người ký (cách nhau "
                   "bằng dấu tab), mới nhất trước.", "Cli"), cmd_documents)
    p.add_argument("--year", type=integer, metavar="YYYY", help=tr("chỉ năm này", "Cli"))
    p.add_argument("--body", metavar="CODE",
                   help=tr("chỉ văn bản của cơ quan này (ký hiệu viết tắt, ví dụ UBND)", "Cli"))


def _club_needed(args: argparse.Namespace) -> str | None:
    """Every paper but a unit's annual report and a plan's review report (its --plan names
    it) names its club: a usage error (exit 2) in argparse's own words."""
    from ui.cli.argparse_words import WORDS

    if args.paper == "annual-report" or args.paper in PLAN_PAPERS or args.club:
        return None
    return tr(WORDS["the following arguments are required: %s"], "Argparse") % "--club"


def _date(text: str | None) -> dt.date | None:
    from ui.cli.money_print import _date as checked_date

    return checked_date("date", text)


def cmd_print(args: argparse.Namespace) -> int:
    from models.errors import NotFound
    from models.members.members import club_by_code
    from models.papers.documents import DocumentDamaged
    from models.papers.papers_extra import print_paper
    from models.storage.output import check_output, write_output
    from models.text.vietnamese import format_date

    if args.paper in PLAN_PAPERS:  # a plan's review report: --plan and --year
        from ui.cli.plans import print_review

        return print_review(args)
    if args.paper == "annual-report":  # a unit's report: --club or --unit, --year
        from ui.cli.reports import print_annual

        return print_annual(args)
    if args.paper in MONEY_PAPERS:  # vouchers, fund book, loan papers: nothing is issued
        from ui.cli.money_print import run

        return run(args)
    if args.paper in SUPERVISION_PAPERS:  # a visit's record: --date names the visit
        from ui.cli.supervision import print_record

        return print_record(args)
    if args.paper in MEETING_PAPERS:  # minutes of a meeting, collection sheet
        from ui.cli.meetings import run as run_meeting_paper

        return run_meeting_paper(args)
    kind = PAPER_ARGS[args.paper]
    on = _date(args.date)
    try:
        club = club_by_code(args.club.strip().upper())
    except NotFound:
        return fail([tr("Không có CLB mã «{code}» (lệnh clubs liệt kê các CLB).", "Cli")
                     .format(code=args.club)])
    # Check the path before issuing (a path that cannot be written must not consume a
    # number); the target itself is only replaced once the paper is built.
    check_output(args.output, force=args.force)
    try:
        result = print_paper(kind, club.id, on, draft=args.draft, new=args.new)
    except DocumentDamaged:
        return fail([tr("Bản lưu của văn bản không còn khớp mã kiểm tra SHA-256 (dữ liệu "
                        "bị sửa ngoài chương trình hoặc bị hỏng); hãy khôi phục từ bản sao "
                        "lưu.", "Cli")])
    write_output(args.output, result.pdf, force=args.force)
    doc = result.document
    if result.on_record is not None:
        number, date = result.on_record
        print(tr("Đã in quyết định thành lập số {number} ngày {date} đã có trong hồ sơ CLB "
                 "(không cấp số mới): {path}", "Cli").format(
            number=number, date=format_date(date), path=args.output))
        if on is not None and on != date:
            print(tr("Quyết định này có ngày {date}; --date không đổi được ngày của nó.",
                     "Cli").format(date=format_date(date)), file=sys.stderr)
    elif doc is None:
        print(tr("Đã in bản không số: {path}", "Cli").format(path=args.output))
    elif result.reprinted:
        print(tr("Đã in lại văn bản số {number} ngày {date} (bản đã lưu): {path}", "Cli")
              .format(number=doc.number_text, date=format_date(doc.date), path=args.output))
        if on is not None and on != doc.date:
            print(tr("Văn bản này đã ban hành ngày {date}; muốn ban hành văn bản mới thì "
                     "dùng --new.", "Cli").format(date=format_date(doc.date)), file=sys.stderr)
    else:
        print(tr("Đã ban hành văn bản số {number} ngày {date}: {path}", "Cli").format(
            number=doc.number_text, date=format_date(doc.date), path=args.output))
    return EXIT_OK


def cmd_documents(args: argparse.Namespace) -> int:
    from models.papers.documents import register
    from models.text.vietnamese import format_date

    if args.year is not None and not 1900 <= args.year <= 2200:
        return fail([tr("Năm không hợp lệ: {year}", "Cli").format(year=args.year)],
                    EXIT_USAGE)
    for row in register(year=args.year, body=args.body):
        summary = " ".join(row.summary.split())  # one line per document
        print("\t".join([row.number_text, format_date(row.date), summary, row.signer_name]))
    return EXIT_OK
