"""`activities`, `trainings`, `activity-figures`: the activity log of a club, the courses of a
year and the figures of the eight areas, one line each (tab-separated), for scripts and the
annual report. Reads only; the same services and access rules as the window."""

from __future__ import annotations

import argparse

from models.text.messages import label, tr
from ui.cli.common import EXIT_OK, command, integer


def register(sub) -> None:
    p = command(sub, "activities",
                tr("Liệt kê các hoạt động của một CLB trong một năm (mỗi hoạt động một dòng: "
                   "ngày, lĩnh vực, loại, tên, số thành viên, số người ngoài CLB).", "Cli"),
                cmd_activities)
    p.add_argument("--club", required=True, metavar="CODE", help=tr("mã CLB", "Cli"))
    p.add_argument("--year", required=True, type=integer, metavar="YYYY", help=tr("năm", "Cli"))
    p = command(sub, "trainings",
                tr("Liệt kê các lớp tập huấn, chuyến tham quan học tập trong một năm (mỗi lớp "
                   "một dòng, kèm số người tham dự).", "Cli"), cmd_trainings)
    p.add_argument("--year", required=True, type=integer, metavar="YYYY", help=tr("năm", "Cli"))
    p = command(sub, "activity-figures",
                tr("In số liệu tám lĩnh vực hoạt động của từng CLB trong một năm.", "Cli"),
                cmd_figures)
    p.add_argument("--year", required=True, type=integer, metavar="YYYY", help=tr("năm", "Cli"))
    p.add_argument("--club", metavar="CODE", help=tr("chỉ một CLB (mã CLB)", "Cli"))


def cmd_activities(args: argparse.Namespace) -> int:
    from models.activities.activities import activities_of
    from models.members.members import club_by_code
    from models.text.vietnamese import format_date

    club = club_by_code(args.club)
    for a in activities_of(club.id, args.year):
        print("\t".join([format_date(a.date), label("activity_area", a.area),
                         label("activity_kind", a.kind), a.title, str(a.members_count),
                         str(a.others_count)]))
    return EXIT_OK


def cmd_trainings(args: argparse.Namespace) -> int:
    from models.text.vietnamese import format_date
    from models.training.training import courses

    for c in courses(args.year):
        dates = format_date(c.date_from) if c.date_from == c.date_to else (
            f"{format_date(c.date_from)}–{format_date(c.date_to)}")
        print("\t".join([dates, label("course_kind", c.kind), c.title, c.organiser, c.place,
                         tr("{n} người tham dự", "Cli").format(n=c.attendee_count)]))
    return EXIT_OK


def cmd_figures(args: argparse.Namespace) -> int:
    from models.activities.figures import area_figures
    from models.codes import ACTIVITY_AREAS
    from models.members.members import club_by_code
    from models.text.vietnamese import format_number

    club_id = club_by_code(args.club).id if args.club else None
    for f in area_figures(args.year, club_id):
        print(f"{f.club_code}\t{f.club_name}")
        for area in ACTIVITY_AREAS:
            print("\t" + tr("{area}: {n} hoạt động", "Cli").format(
                area=label("activity_area", area), n=f.activities[area]))
        lines = [
            tr("Thành viên được khám sức khỏe trong năm: {n}", "Cli").format(n=f.health_checked),
            tr("Người cao tuổi được chăm sóc tại nhà: {n}", "Cli").format(n=f.home_care_older),
            tr("Lượt thăm chăm sóc tại nhà theo tháng (1–12): {months}; cả năm {n}",
               "Cli").format(months=" ".join(str(v) for v in f.visits_by_month), n=f.visits),
            tr("Người được hỗ trợ tiếp cận chế độ, chính sách: {n} (được hưởng: {ok})",
               "Cli").format(n=f.claim_people, ok=f.claim_granted),
            tr("Trường hợp được giúp đỡ: {n}, trị giá {value} đồng", "Cli").format(
                n=f.self_help_cases, value=format_number(f.self_help_value)),
        ]
        for line in lines:
            print("\t" + line)
    return EXIT_OK
