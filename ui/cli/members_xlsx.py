"""Commands template-members, import-members and export-members (Excel member lists)."""

from __future__ import annotations

import argparse

from models.text.messages import problem_text, tr
from ui.cli.common import EXIT_OK, EXIT_USAGE, add_force, command, fail


def register(sub) -> None:
    p = command(sub, "template-members",
                tr("Tạo tệp Excel mẫu để nhập danh sách thành viên.", "Cli"), cmd_template)
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx",
                   help=tr("tệp sẽ tạo", "Cli"))
    p.add_argument("--club", metavar="CODE",
                   help=tr("mã CLB (để có danh sách tổ/nhóm của CLB)", "Cli"))
    add_force(p)

    p = command(sub, "import-members",
                tr("Nhập danh sách thành viên từ tệp Excel theo mẫu vào một CLB. Kiểm tra cả "
                   "tệp trước; còn lỗi thì không nhập dòng nào.", "Cli"), cmd_import)
    p.add_argument("file", metavar="FILE.xlsx", help=tr("tệp Excel theo mẫu", "Cli"))
    p.add_argument("--club", required=True, metavar="CODE", help=tr("mã CLB", "Cli"))
    p.add_argument("--dry-run", action="store_true",
                   help=tr("chỉ kiểm tra tệp, không ghi gì", "Cli"))
    p.add_argument("--allow-possible-duplicates", action="store_true",
                   help=tr("vẫn nhập những người có thể trùng (cùng họ tên và năm sinh) với "
                           "người đã có", "Cli"))

    p = command(sub, "export-members",
                tr("Xuất danh sách thành viên đang sinh hoạt ra tệp Excel (in được). Số CCCD, "
                   "hoàn cảnh hộ, khuyết tật, trợ cấp, chính sách và ghi chú được che, trừ khi "
                   "dùng --unmasked; chỉ bản đầy đủ mới nhập lại được.", "Cli"), cmd_export)
    p.add_argument("--unmasked", action="store_true",
                   help=tr("xuất đầy đủ số CCCD và tình trạng hộ (cần quyền xem thông tin nhạy "
                           "cảm; được ghi vào nhật ký)", "Cli"))
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--club", metavar="CODE", help=tr("mã CLB", "Cli"))
    scope.add_argument("--all", action="store_true",
                       help=tr("mọi CLB của xã/phường", "Cli"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx",
                   help=tr("tệp sẽ tạo", "Cli"))
    add_force(p)


def _club(code: str):
    """The club with this code, or None."""
    from models.errors import NotFound
    from models.members.members import club_by_code

    try:
        return club_by_code(code)
    except NotFound:
        return None


def _no_club(code: str) -> int:
    return fail([tr("Không có CLB mã «{code}» (lệnh clubs liệt kê các CLB).", "Cli").format(
        code=code)])


def _write_failed(path: str, exc: OSError) -> int:
    return fail([tr("Không ghi được tệp {path}: {reason}", "Cli").format(
        path=path, reason=exc.strerror or exc)])


def cmd_template(args: argparse.Namespace) -> int:
    from models.members.member_export import write_member_template
    from models.office import settings
    from models.storage.output import check_output

    check_output(args.output, force=args.force)  # before anything is read
    office = settings.load(settings.OfficeSettings)
    club = _club(args.club) if args.club else None
    if args.club and club is None:
        return _no_club(args.club)
    ward_code = club.ward_code if club else office.ward_code
    try:
        write_member_template(args.output, ward_code, club.id if club else None,
                              force=args.force)
    except OSError as exc:
        return _write_failed(args.output, exc)
    print(tr("Đã tạo tệp mẫu: {path}", "Cli").format(path=args.output))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from models.members.member_import import import_members

    club = _club(args.club)
    if club is None:
        return _no_club(args.club)
    result = import_members(args.file, club.id, dry_run=args.dry_run,
                            allow_possible_duplicates=args.allow_possible_duplicates)
    if not result.ok:
        lines = [problem_text(p) for p in result.problems]
        if result.only_possible_duplicates:
            lines.append(tr("Chưa nhập gì. Nếu đúng là người khác, chạy lại với "
                            "--allow-possible-duplicates.", "Cli"))
        else:
            lines.append(tr("Chưa nhập gì: tệp có {n} lỗi, sửa rồi chạy lại.", "Cli").format(
                n=len(result.problems)))
        return fail(lines)
    if args.dry_run:
        print(tr("Tệp hợp lệ: {n} thành viên sẵn sàng nhập vào CLB {code} (chạy thử, chưa "
                 "ghi gì).", "Cli").format(n=len(result.rows), code=club.code))
    else:
        print(tr("Đã nhập {n} thành viên vào CLB {code}.", "Cli").format(
            n=result.imported, code=club.code))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from models.members.member_export import export_members
    from models.office import settings
    from models.storage.output import check_output

    check_output(args.output, force=args.force)  # before anything is read
    if args.all:
        office = settings.load(settings.OfficeSettings)
        if office.ward_code is None:
            return fail([tr("Chưa khai báo xã/phường của cơ quan (lệnh init --ward).", "Cli")],
                        EXIT_USAGE)
        scope = {"ward_code": office.ward_code}
    else:
        club = _club(args.club)
        if club is None:
            return _no_club(args.club)
        scope = {"club_id": club.id}
    try:
        count = export_members(args.output, unmasked=args.unmasked, force=args.force, **scope)
    except OSError as exc:
        return _write_failed(args.output, exc)
    print(tr("Đã xuất {n} thành viên ra tệp {path}", "Cli").format(n=count, path=args.output))
    if not args.unmasked:
        print(tr("Thông tin nhạy cảm đã được che (dùng --unmasked để xuất đầy đủ).", "Cli"))
    return EXIT_OK
