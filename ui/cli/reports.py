"""Annual reports on the command line: `report show|edit|submit|approve|return|reopen|diff`,
and `print annual-report --club CODE | --unit CODE --year YYYY -o FILE.pdf|.xlsx`
(ui/cli/documents.py owns `print` and calls print_annual). No Qt."""

from __future__ import annotations

import argparse
import datetime as dt

from models.text.messages import label, tr
from ui.cli.common import EXIT_OK, EXIT_USAGE, command, fail, integer

ACTIONS = ("show", "edit", "submit", "approve", "return", "reopen", "diff")


def register(sub) -> None:
    p = command(sub, "report",
                tr("Báo cáo năm và ký duyệt: show (trạng thái báo cáo của mọi đơn vị, hoặc "
                   "một báo cáo), edit (phần lời), submit (gửi duyệt), approve (duyệt), return "
                   "(trả lại), reopen (mở lại), diff (số liệu hiện tại khác bản đã duyệt).",
                   "Cli"), cmd_report)
    p.add_argument("action", choices=ACTIONS, metavar="ACTION",
                   help=tr("show | edit | submit | approve | return | reopen | diff", "Cli"))
    p.add_argument("--year", required=True, type=integer, metavar="YYYY",
                   help=tr("năm báo cáo", "Cli"))
    add_unit_arguments(p)
    p.add_argument("--name", metavar="TEXT", help=tr("họ tên người duyệt (approve)", "Cli"))
    p.add_argument("--title", metavar="TEXT", default="",
                   help=tr("chức vụ người duyệt (approve)", "Cli"))
    p.add_argument("--body", metavar="CODE",
                   help=tr("cơ quan cấp số văn bản (mặc định: Hội NCT)", "Cli"))
    p.add_argument("--reason", metavar="TEXT", help=tr("lý do (return, reopen)", "Cli"))
    p.add_argument("--results", metavar="TEXT", help=tr("kết quả đạt được (edit)", "Cli"))
    p.add_argument("--difficulties", metavar="TEXT",
                   help=tr("khó khăn, tồn tại (edit)", "Cli"))
    p.add_argument("--proposals", metavar="TEXT", help=tr("đề xuất, kiến nghị (edit)", "Cli"))
    p.add_argument("--today", metavar="dd/mm/yyyy",
                   help=tr("ngày hôm nay theo văn phòng (mặc định: ngày của máy)", "Cli"))


def add_unit_arguments(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--club", metavar="CODE", help=tr("mã CLB", "Cli"))
    group.add_argument("--unit", metavar="CODE",
                       help=tr("mã xã/phường hoặc tỉnh (mã chính thức), VN: toàn quốc", "Cli"))
    add_level_argument(p)


def add_level_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--level", choices=("ward", "province"), metavar="ward|province",
                   help=tr("cấp của --unit khi mã có thể là cả xã/phường và tỉnh (mã một, hai "
                           "chữ số); mặc định: tỉnh nếu có tỉnh mang mã đó", "Cli"))


def _unit(args: argparse.Namespace) -> tuple[str, str] | None:
    from models.signoff.units import guess_level

    if args.club:
        return "club", args.club.strip().upper()
    if args.unit:
        code = args.unit.strip().upper()
        return getattr(args, "level", None) or guess_level(code), code
    return None


def _day(text: str | None) -> dt.date | None:
    from models.errors import ValidationError
    from models.text.vietnamese import parse_date

    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise ValidationError("date", "bad_date", {"value": text}) from None


def cmd_report(args: argparse.Namespace) -> int:
    from models.signoff import reports

    unit = _unit(args)
    if args.action == "show" and unit is None:
        return _show_board(args.year, _day(args.today))
    if unit is None:
        return fail([tr("Thiếu --club hoặc --unit: báo cáo của đơn vị nào?", "Cli")],
                    EXIT_USAGE)
    level, code = unit
    year = args.year
    if args.action == "show":
        return _show_report(level, code, year)
    if args.action == "diff":
        return _show_diff(level, code, year)
    if args.action == "edit":
        current = reports.current(level, code, year)
        old = {k: getattr(current, k) if current else "" for k in reports.SECTIONS}
        new = {k: getattr(args, k) if getattr(args, k) is not None else old[k]
               for k in reports.SECTIONS}
        report = reports.save_narrative(level, code, year, reports.Narrative(**new))
    elif args.action == "submit":
        report = reports.submit(level, code, year)
    elif args.action == "approve":
        report = reports.approve(level, code, year, args.name or "", args.title,
                                 body_code=args.body, today=_day(args.today))
    elif args.action == "return":
        report = reports.return_report(level, code, year, args.reason or "")
    else:
        report = reports.reopen(level, code, year, args.reason or "")
    print(tr("Báo cáo năm {year} của {unit}, phiên bản {version}: {state}", "Cli").format(
        year=year, unit=report.unit_name, version=report.version,
        state=label("report_state", report.state)))
    if report.state == "approved":
        print(tr("Số {number}, mã kiểm tra số liệu SHA-256 {sha}", "Cli").format(
            number=reports.number_text(report), sha=report.snapshot_sha256))
    return EXIT_OK


def _show_board(year: int, today: dt.date | None) -> int:
    from models.signoff.board import board, waiting_text
    from models.text.vietnamese import format_date

    for row in board(year, today):
        print("\t".join([label("report_level", row.level), row.code, row.name,
                         label("report_state", row.shown_state),
                         str(row.version or ""), format_date(row.due),
                         waiting_text(row)]))
    return EXIT_OK


def _show_report(level: str, code: str, year: int) -> int:
    from models.signoff import reports
    from models.text.vietnamese import format_date

    versions = reports.versions(level, code, year)
    if not versions:
        return fail([tr("Chưa lập báo cáo năm {year} cho đơn vị này.", "Cli").format(
            year=year)])
    for r in versions:
        line = [str(r.version), label("report_state", r.state)]
        if r.approved_at:
            line += [format_date(r.approved_at.date()), r.approved_by, r.approved_title,
                     reports.number_text(r), r.snapshot_sha256]
        if r.return_reason and r.state == "returned":
            line.append(r.return_reason)
        if r.reopen_reason:
            line.append(tr("mở lại: {reason}", "Cli").format(reason=r.reopen_reason))
        print("\t".join(line))
    return EXIT_OK


def _show_diff(level: str, code: str, year: int) -> int:
    from models.signoff.diff import differences
    from models.text.vietnamese import format_number

    found = differences(level, code, year)
    if found is None:
        return fail([tr("Báo cáo năm {year} của đơn vị này chưa được duyệt lần nào.", "Cli")
                     .format(year=year)])
    if found.same:
        print(tr("Số liệu hiện tại khớp với bản đã duyệt (phiên bản {version}).", "Cli")
              .format(version=found.snapshot.version))
        return EXIT_OK
    for line in found.lines:
        print("\t".join([line.unit_code, line.unit_name, tr(line.label),
                         format_number(line.signed), format_number(line.recorded),
                         ("+" if line.difference > 0 else "") + format_number(line.difference)]))
    return EXIT_OK


def print_annual(args: argparse.Namespace) -> int:
    """`print annual-report`: a unit's report for --year to -o (.pdf, or .xlsx for the
    indicator tables)."""
    from models.signoff.printing import annual_report_pdf, indicator_sheet
    from models.storage.output import check_output, write_output

    unit = _unit(args)
    if unit is None or not args.year:
        return fail([tr("print annual-report cần --club CODE hoặc --unit CODE, và --year "
                        "YYYY.", "Cli")], EXIT_USAGE)
    try:
        year = integer(str(args.year))
    except argparse.ArgumentTypeError as exc:
        return fail([str(exc)], EXIT_USAGE)
    level, code = unit
    check_output(args.output, force=args.force)
    if str(args.output).lower().endswith(".xlsx"):
        write_output(args.output, indicator_sheet(level, code, year), force=args.force)
        print(tr("Đã xuất bảng chỉ số: {path}", "Cli").format(path=args.output))
        return EXIT_OK
    pdf, signed = annual_report_pdf(level, code, year)
    write_output(args.output, pdf, force=args.force)
    print((tr("Đã in bản đã duyệt (đúng bản lưu): {path}", "Cli") if signed
           else tr("Đã in bản nháp từ số liệu hiện tại (chưa duyệt): {path}", "Cli"))
          .format(path=args.output))
    return EXIT_OK
