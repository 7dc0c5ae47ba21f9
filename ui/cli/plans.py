"""Plans and the dashboard on the command line: `plans list`, `plans examples`,
`plans load-example KEY [--unit CODE]`, `plans show ID`, `dashboard --year YYYY [--unit CODE]`
(the target / actual / gap table), and the plan's review report of `print`
(`print review-report --plan ID --year YYYY -o FILE.pdf|.xlsx`; ui/cli/documents.py owns
`print`). No Qt."""

from __future__ import annotations

import argparse

from models.text.messages import label, tr
from ui.cli.common import EXIT_OK, EXIT_USAGE, command, fail, integer, whole_number

PLAN_PAPERS = ("review-report",)


def register(sub) -> None:
    p = command(sub, "plans", tr("Kế hoạch và chỉ tiêu: liệt kê (list), xem (show ID), các "
                                 "kế hoạch mẫu (examples), nạp kế hoạch mẫu (load-example "
                                 "KEY).", "Cli"), cmd_plans)
    p.add_argument("action", choices=["list", "show", "examples", "load-example"],
                   metavar="ACTION", help=tr("list | show | examples | load-example", "Cli"))
    p.add_argument("key", nargs="?", metavar="ID|KEY",
                   help=tr("số của kế hoạch (show) hoặc tên kế hoạch mẫu (load-example)",
                           "Cli"))
    p.add_argument("--unit", metavar="CODE",
                   help=tr("mã xã/phường hoặc mã tỉnh (P + mã); mặc định: đơn vị của "
                           "tài khoản hoặc của văn phòng", "Cli"))
    p = command(sub, "dashboard", tr("Bảng chỉ tiêu: kế hoạch, thực hiện, chênh lệch của "
                                     "một đơn vị trong một năm, và các CLB chưa đạt "
                                     "chuẩn.", "Cli"), cmd_dashboard)
    p.add_argument("--year", type=integer, required=True, metavar="YYYY",
                   help=tr("năm", "Cli"))
    p.add_argument("--unit", metavar="CODE",
                   help=tr("mã xã/phường hoặc mã tỉnh (P + mã); mặc định: đơn vị của "
                           "tài khoản hoặc của văn phòng", "Cli"))
    p.add_argument("--plan", type=integer, metavar="ID",
                   help=tr("kế hoạch (mặc định: kế hoạch của đơn vị trong năm)", "Cli"))


def add_print_arguments(p: argparse.ArgumentParser) -> None:
    """Options of `print review-report` (added to `print` by ui/cli/documents.py)."""
    p.add_argument("--plan", type=integer, metavar="ID",
                   help=tr("kế hoạch (báo cáo sơ kết, tổng kết)", "Cli"))
    # --year is shared with the money papers (a text option there), read as a number here
    if "--year" not in p._option_string_actions:
        p.add_argument("--year", metavar="YYYY", help=tr("năm", "Cli"))


def _area(unit: str | None) -> str:
    from models.plans.dashboard import resolve_area

    return resolve_area(unit)


def cmd_plans(args: argparse.Namespace) -> int:
    from models.plans import examples, plans
    from models.text.vietnamese import format_date, format_number

    if args.action == "examples":
        for ex in examples.examples():
            print("\t".join([ex.key, label("plan_area", ex.area_level),
                             f"{ex.first_year}-{ex.last_year}", ex.title]))
        return EXIT_OK
    if args.action == "load-example":
        if not args.key:
            return fail([tr("Thiếu tên kế hoạch mẫu (lệnh plans examples liệt kê).", "Cli")],
                        EXIT_USAGE)
        area = _area(args.unit)
        if args.key.startswith("province") and area.startswith("W"):
            from models.supervision.scope import province_of

            area = f"P{province_of(int(area[1:]))}"
        plan = examples.load_example(args.key, area)
        print(tr("Đã nạp kế hoạch mẫu thành kế hoạch số {id}: {title} ({area})", "Cli")
              .format(id=plan.id, title=plan.title, area=plans.area_name(plan.scope)))
        return EXIT_OK
    if args.action == "list":
        for plan in plans.plans():
            print("\t".join([str(plan.id), plan.number or "-",
                             format_date(plan.date) if plan.date else "-",
                             f"{plan.first_year}-{plan.last_year}",
                             plans.area_name(plan.scope), plan.title]))
        return EXIT_OK
    if not args.key or not args.key.isdigit():
        return fail([tr("Thiếu số của kế hoạch (lệnh plans list liệt kê).", "Cli")],
                    EXIT_USAGE)
    plan = plans.get_plan(int(args.key))
    print(f"{plan.title}\n{plan.issuing_body} {plan.number}\t{plans.area_name(plan.scope)}"
          f"\t{plan.first_year}-{plan.last_year}")
    from models.plans.dashboard import TargetRow
    from models.plans.display import bound
    from models.plans.display import label as target_label

    for t in plans.targets_of(plan):
        row = TargetRow(t.code, _source_label(t.code), _kind(t.code), t.low, t.high,
                        t.per_club, t.since_start, t.place, None, None, "no_data")
        print("\t".join([str(t.year), target_label(row), bound(row), t.place]))
    for b in plans.budget_of(plan):
        print("\t".join([str(b.year), label("budget_source", b.source),
                         format_number(b.amount)]))
    return EXIT_OK


def _source_label(code: str) -> str:
    from models.reporting import indicators

    spec = indicators.SHARE_BY_CODE.get(code) or indicators.BY_CODE[code]
    return spec.label


def _kind(code: str) -> str:
    from models.reporting import indicators

    return "share" if code in indicators.SHARE_BY_CODE else indicators.BY_CODE[code].unit


def table_lines(header: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    """Columns padded to their widest cell; numbers right-aligned."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    return [line(header), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def cmd_dashboard(args: argparse.Namespace) -> int:
    from models.plans import dashboard, display

    if not 1900 <= args.year <= 2200:
        return fail([tr("Năm không hợp lệ: {year}", "Cli").format(year=args.year)],
                    EXIT_USAGE)
    board = dashboard.compute(_area(args.unit), args.year, plan_id=args.plan)
    print(tr("Bảng chỉ tiêu năm {year}: {area}", "Cli").format(year=args.year,
                                                                area=board.area_name))
    if board.plan_id is None:
        print(tr("Đơn vị chưa có kế hoạch cho năm này (lệnh plans load-example nạp kế "
                 "hoạch mẫu).", "Cli"))
    else:
        print(tr("Kế hoạch số {id}: {title}", "Cli").format(id=board.plan_id,
                                                            title=board.plan_title))
        rows = [[display.label(r), display.bound(r), display.actual(r), display.gap(r),
                 label("target_status", r.status)] for r in board.targets]
        for line in table_lines([tr("Chỉ tiêu", "Cli"), tr("Kế hoạch", "Cli"),
                                 tr("Thực hiện", "Cli"), tr("Chênh lệch", "Cli"),
                                 tr("Đánh giá", "Cli")], rows, {1, 2, 3}):
            print(line)
    print(tr("Số CLB: {n}; CLB chưa đạt chuẩn: {missing}", "Cli").format(
        n=len(board.clubs), missing=len({m.club_id for m in board.misses})))
    for club in board.clubs:
        missed = [m for m in board.misses if m.club_id == club.club_id]
        if missed:
            print(f"  {club.code}\t" + "; ".join(display.miss(m) for m in missed))
    return EXIT_OK


def print_review(args: argparse.Namespace) -> int:
    """`print review-report --plan ID --year YYYY -o FILE.pdf|.xlsx`."""
    from models.plans.review import review_file
    from models.storage.output import check_output

    year = whole_number(str(args.year)) if args.year is not None else None
    if args.plan is None or year is None:
        return fail([tr("Cần --plan ID và --year YYYY (lệnh plans list liệt kê các kế "
                        "hoạch).", "Cli")], EXIT_USAGE)
    if not str(args.output).lower().endswith((".pdf", ".xlsx")):
        return fail([tr("Tệp phải có đuôi .pdf hoặc .xlsx: {path}", "Cli").format(
            path=args.output)])
    check_output(args.output, force=args.force)
    review_file(args.plan, year, args.output, force=args.force)
    print(tr("Đã in báo cáo kết quả thực hiện kế hoạch số {id} đến năm {year}: {path}",
             "Cli").format(id=args.plan, year=year, path=args.output))
    return EXIT_OK
