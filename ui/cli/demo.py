"""Command demo: fill an empty database with a realistic demo commune."""

from __future__ import annotations

import argparse
import sys

from models.text.messages import label, roles_label, tr
from models.text.numbers import seconds_text
from ui.cli.common import EXIT_OK, command, integer


def register(sub) -> None:
    p = command(sub, "demo", tr("Tạo dữ liệu mẫu (phường Đức Xuân nếu chưa khai báo cơ quan) "
                                "trong cơ sở dữ liệu chưa có CLB nào.", "Cli"), cmd_demo)
    p.add_argument("--clubs", type=integer, default=12, metavar="N",
                   help=tr("số CLB (mặc định 12)", "Cli"))
    p.add_argument("--seed", type=integer, default=1, metavar="S",
                   help=tr("hạt giống ngẫu nhiên: cùng hạt giống cho cùng dữ liệu "
                           "(mặc định 1)", "Cli"))
    p.add_argument("--accounts", action="store_true",
                   help=tr("tạo thêm một tài khoản cho mỗi vai trò (mật khẩu mẫu in ra một "
                           "lần); từ đó mọi lệnh cần --user", "Cli"))
    p.add_argument("--no-reports", action="store_true",
                   help=tr("không lập báo cáo năm của các năm đã qua (mặc định: lập và duyệt "
                           "khi có không quá 30 CLB)", "Cli"))
    p.set_defaults(database_may_be_missing=True)  # demo fills a new, empty database too


def _progress_printer():
    """Progress on stderr for a person watching a terminal; silent in pipes and tests."""
    if not sys.stderr.isatty():
        return None
    step = 0

    def show(done: int, total: int) -> None:
        nonlocal step
        percent = 100 * done // total
        if percent >= step or done == total:
            step = percent + 5
            end = "\n" if done == total else "\r"
            print(tr("Đang tạo CLB {done}/{total}…", "Cli").format(done=done, total=total),
                  end=end, file=sys.stderr, flush=True)

    return show


def cmd_demo(args: argparse.Namespace) -> int:
    from models.demo.demo import fill_demo

    s = fill_demo(args.clubs, args.seed, progress=_progress_printer())
    statuses = ", ".join(
        f"{s.by_status[code]} {label('club_status', code).lower()}"
        for code in ("active", "founded", "suspended", "planned") if s.by_status.get(code))
    print(tr("Đã tạo dữ liệu mẫu trong {duration}.", "Cli").format(
        duration=seconds_text(s.seconds)))
    print(tr("Câu lạc bộ: {n} ({statuses})", "Cli").format(n=s.clubs, statuses=statuses))
    print(tr("Thành viên đang sinh hoạt: {n}; đã ra khỏi CLB: {left}", "Cli").format(
        n=s.members, left=s.former_members))
    print(tr("Văn bản thành lập đã ghi vào sổ văn bản: {n}", "Cli").format(n=s.papers))
    print(tr("Thôn/tổ dân phố: {n}", "Cli").format(n=s.villages))
    from models.plans.examples import load_demo_plan

    plan = load_demo_plan()
    if plan is not None:
        print(tr("Kế hoạch mẫu: số {id}, {first}-{last} (lệnh dashboard --year YYYY)", "Cli")
              .format(id=plan.id, first=plan.first_year, last=plan.last_year))
    if not args.no_reports:
        _demo_reports()
    if getattr(args, "accounts", False):
        _demo_accounts()
    return EXIT_OK


def _demo_reports() -> None:
    import datetime as dt

    from models.demo.demo_reports import MAX_CLUBS, approve_past_years

    done = approve_past_years(dt.date.today())
    if done.skipped:
        print(tr("Báo cáo năm: không lập cho dữ liệu mẫu quá {n} CLB.", "Cli").format(
            n=MAX_CLUBS))
    elif done.years:
        print(tr("Báo cáo năm đã duyệt: {n} báo cáo, năm {first}–{last}", "Cli").format(
            n=done.approved, first=done.years[0], last=done.years[-1]))


def _demo_accounts() -> None:
    from models.accounts import users
    from models.office import settings

    ward = settings.load(settings.OfficeSettings).ward_code
    for account in users.create_demo_accounts(ward):
        print(tr("Tài khoản: {name}\t{role}\t{unit}", "Cli").format(
            name=account.username, role=roles_label(account.role),
            unit=users.unit_text(account.ward_code, account.province_code)))
    print(tr("Mật khẩu của các tài khoản mẫu: {password}", "Cli").format(
        password=users.DEMO_PASSWORD))
