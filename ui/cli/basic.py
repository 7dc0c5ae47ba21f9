"""Commands init, clubs, check."""

from __future__ import annotations

import argparse

from models.text.messages import label, tr
from ui.cli.common import EXIT_OK, EXIT_REFUSED, command, fail, integer


def register(sub) -> None:
    p = command(sub, "init", tr("Tạo hoặc nâng cấp cơ sở dữ liệu; có thể khai báo cơ quan.",
                                "Cli"), cmd_init)
    p.add_argument("--ward", type=integer, metavar="CODE",
                   help=tr("mã xã/phường (danh mục sau 01/7/2025)", "Cli"))
    p.add_argument("--office", metavar="NAME", help=tr("tên cơ quan", "Cli"))
    p.set_defaults(database_may_be_missing=True)  # init creates the file (not its folder)
    command(sub, "clubs", tr("Danh sách CLB, mỗi dòng một CLB, mã CLB đứng đầu.", "Cli"),
            cmd_clubs)
    command(sub, "check", tr("Kiểm tra toàn vẹn dữ liệu và các quy tắc nghiệp vụ.", "Cli"),
            cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    from models.office import settings
    from models.office.unit_reads import unit_counts, ward_place

    if args.ward is not None or args.office:
        office = settings.load(settings.OfficeSettings)
        if args.ward is not None:
            office.ward_code = args.ward
        if args.office:
            office.office_name = args.office
        settings.save_office(office)
    office = settings.load(settings.OfficeSettings)
    provinces, wards = unit_counts()
    print(tr("Cơ sở dữ liệu sẵn sàng: {p} tỉnh/thành phố, {w} xã/phường/đặc khu.", "Cli").format(
        p=provinces, w=wards))
    ward = ward_place(office.ward_code) if office.configured else None
    if ward is not None:
        print(tr("Cơ quan: {name} — {ward}", "Cli").format(name=office.office_name,
                                                          ward=ward.name))
    return EXIT_OK


def cmd_clubs(args: argparse.Namespace) -> int:
    import datetime as dt

    from models.clubs.clubs import all_clubs
    from models.clubs.composition import all_compositions
    from models.office import settings

    comps = all_compositions(dt.date.today(), settings.load(settings.Standards))
    for club in all_clubs():
        comp = comps[club.id]
        members = comp.figure("members").count
        verdict = tr("đạt", "Cli") if comp.passed else tr("chưa đạt", "Cli")
        print("\t".join([club.code, club.name, label("club_status", club.status),
                         str(members), verdict]))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from models.storage.integrity import run_checks
    from models.text.findings import INTEGRITY, finding_text

    findings = run_checks()
    if not findings:
        print(tr("Dữ liệu toàn vẹn: không phát hiện lỗi.", "Cli"))
        return EXIT_OK
    # Code, table and row first for scripts; then the sentence a clerk reads.
    return fail([f"{f.code}\t{f.table}\t{f.row_id}\t"
                 f"{finding_text(f) if f.code in INTEGRITY else f.detail}" for f in findings],
                EXIT_REFUSED)
