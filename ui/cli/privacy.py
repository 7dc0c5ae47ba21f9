"""Commands member-data (a member's own data, PDF and JSON) and anonymise (erase a former
member's personal details, keeping the figures). See models/privacy/privacy.py for the rules."""

from __future__ import annotations

import argparse
import datetime as dt

from models.text.messages import tr
from ui.cli.common import EXIT_OK, add_force, command, fail, integer


def register(sub) -> None:
    p = command(sub, "member-data",
                tr("Xuất toàn bộ dữ liệu chương trình đang lưu về một thành viên (theo yêu cầu "
                   "của thành viên): tệp PDF để đọc và tệp JSON cùng tên bên cạnh.", "Cli"),
                cmd_member_data)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", type=integer, metavar="ID", help=tr("mã số người", "Cli"))
    who.add_argument("--id-number", metavar="CCCD", help=tr("số CCCD của thành viên", "Cli"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                   help=tr("tệp PDF sẽ tạo (tệp .json cùng tên được ghi bên cạnh)", "Cli"))
    add_force(p)

    p = command(sub, "anonymise",
                tr("Ẩn danh hóa một người đã ra khỏi CLB đủ thời gian lưu giữ và không còn nợ "
                   "vay: xóa họ tên, CCCD, điện thoại, ngày sinh, ghi chú, thôn/tổ, nội dung "
                   "đồng ý (cả trong nhật ký cũ); giữ giới tính, năm sinh, dân tộc, hoàn cảnh "
                   "hộ để các số liệu tổng hợp không đổi.", "Cli"), cmd_anonymise)
    p.add_argument("--person", type=integer, required=True, metavar="ID",
                   help=tr("mã số người", "Cli"))
    p.add_argument("--dry-run", action="store_true",
                   help=tr("chỉ kiểm tra có ẩn danh hóa được không, không ghi gì", "Cli"))

    p = command(sub, "consent-form",
                tr("In giấy đồng ý xử lý dữ liệu cá nhân của một thành viên ra tệp PDF (để "
                   "thành viên ký).", "Cli"), cmd_consent_form)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", type=integer, metavar="ID", help=tr("mã số người", "Cli"))
    who.add_argument("--id-number", metavar="CCCD", help=tr("số CCCD của thành viên", "Cli"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                   help=tr("tệp PDF sẽ tạo", "Cli"))
    add_force(p)

    p = command(sub, "retention",
                tr("Xem hoặc đặt số năm lưu giữ dữ liệu sau khi thành viên ra khỏi CLB (hết "
                   "thời gian này mới ẩn danh hóa được). Đặt: cần quyền quản trị.", "Cli"),
                cmd_retention)
    p.add_argument("--years", type=integer, metavar="N", help=tr("số năm (0 đến 100)", "Cli"))


def cmd_member_data(args: argparse.Namespace) -> int:
    from models.privacy import privacy
    from models.storage.output import check_output

    check_output(args.output, force=args.force)  # before anything is read
    person = privacy.find_person(person_id=args.person, id_number=args.id_number)
    try:
        pdf_path, json_path = privacy.export_member_record(person.id, args.output,
                                                           on=dt.date.today(),
                                                           force=args.force)
    except OSError as exc:
        return fail([tr("Không ghi được tệp {path}: {reason}", "Cli").format(
            path=args.output, reason=exc.strerror or exc)])
    print(tr("Đã ghi dữ liệu của {name} ra tệp {pdf} và {json}", "Cli").format(
        name=person.full_name, pdf=pdf_path, json=json_path))
    return EXIT_OK


def cmd_anonymise(args: argparse.Namespace) -> int:
    from models.privacy import privacy

    if args.dry_run:  # the same rights as the real run, checked before anything is said
        person, problems = privacy.anonymise_check(args.person)
        problems.raise_if_any()
        print(tr("{name} có thể ẩn danh hóa.", "Cli").format(name=person.full_name))
        return EXIT_OK
    name = privacy.get_person(args.person, "write", "sensitive").full_name
    person = privacy.anonymise(args.person)
    print(tr("Đã ẩn danh hóa {name}: nay ghi là «{new}».", "Cli").format(
        name=name, new=person.full_name))
    from models.storage.backup import scrub_backups

    done = scrub_backups()  # the older backups must not keep what was erased
    if done["scrubbed"] or done["deleted"]:
        print(tr("Các bản sao lưu cũ: đã xóa các thông tin này khỏi {scrubbed} bản; xóa bỏ "
                 "{deleted} bản không sửa được.", "Cli").format(
            scrubbed=len(done["scrubbed"]), deleted=len(done["deleted"])))
    return EXIT_OK


def cmd_consent_form(args: argparse.Namespace) -> int:
    from models.privacy import privacy
    from models.storage.output import check_output

    check_output(args.output, force=args.force)  # before anything is read
    person = privacy.find_person(person_id=args.person, id_number=args.id_number)
    try:
        privacy.write_consent_form(person.id, args.output, force=args.force)
    except OSError as exc:
        return fail([tr("Không ghi được tệp {path}: {reason}", "Cli").format(
            path=args.output, reason=exc.strerror or exc)])
    print(tr("Đã ghi giấy đồng ý của {name} ra tệp {path}", "Cli").format(
        name=person.full_name, path=args.output))
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    from models.privacy import privacy

    if args.years is not None:
        privacy.save_settings(privacy.PrivacySettings(retention_years=args.years))
    years = privacy.load_settings().retention_years
    print(tr("Thời gian lưu giữ sau khi ra khỏi CLB: {years} năm", "Cli").format(years=years))
    return EXIT_OK
