"""Exchange between offices on the command line: `keys show|trust|list|revoke|unit`,
`export-package` (this office's approved report, signed) and `import-package` (a report of a
unit below, verified). No Qt.

`export-package` takes the approved report from the sign-off module through
`approved_source`, the one place that names it."""

from __future__ import annotations

import argparse

from models.text.messages import label, tr
from ui.cli.common import EXIT_OK, EXIT_USAGE, Parser, add_force, command, fail, integer


def register(sub) -> None:
    p = sub.add_parser("keys", help=tr("Khóa ký gói báo cáo: khóa của văn phòng, khóa tin cậy "
                                       "của các đơn vị cấp dưới.", "Cli"),
                       description=tr("Khóa ký gói báo cáo. Văn phòng ký gói gửi lên bằng "
                                      "khóa riêng của mình; cấp trên đăng ký khóa công khai "
                                      "của từng đơn vị cấp dưới một lần, đối chiếu dấu vân tay "
                                      "qua điện thoại.", "Cli"))
    actions = p.add_subparsers(dest="keys_command", metavar="ACTION", required=True,
                               parser_class=Parser)
    show = command(actions, "show", tr("In dấu vân tay khóa của văn phòng (tạo khóa nếu chưa "
                                       "có); -o ghi tệp khóa công khai để gửi cấp trên.", "Cli"),
                   cmd_show)
    show.add_argument("-o", "--output", metavar="FILE",
                      help=tr("tệp khóa công khai cần ghi", "Cli"))
    add_force(show)
    trust = command(actions, "trust", tr("Tin cậy khóa công khai của một đơn vị cấp dưới (từ "
                                         "tệp khóa đơn vị đó gửi).", "Cli"), cmd_trust)
    trust.add_argument("file", metavar="FILE", help=tr("tệp khóa công khai", "Cli"))
    trust.add_argument("--unit", metavar="CODE",
                       help=tr("mã đơn vị của khóa (bắt buộc khi tệp không ghi đơn vị; nếu "
                               "tệp có ghi thì phải trùng)", "Cli"))
    command(actions, "list", tr("Liệt kê khóa tin cậy, mỗi dòng một khóa: dấu vân tay, cấp, "
                                "mã và tên đơn vị, ngày tin cậy, thu hồi (cách nhau bằng dấu "
                                "tab).", "Cli"), cmd_list)
    revoke = command(actions, "revoke", tr("Thu hồi một khóa tin cậy: gói ký bằng khóa đó bị "
                                           "từ chối từ nay; báo cáo đã nhận vẫn giữ.", "Cli"),
                     cmd_revoke)
    revoke.add_argument("fingerprint", metavar="FINGERPRINT",
                        help=tr("dấu vân tay (ít nhất 8 chữ số đầu)", "Cli"))
    revoke.add_argument("--reason", default="", metavar="TEXT", help=tr("lý do", "Cli"))
    unit = command(actions, "unit", tr("In hoặc đặt đơn vị của văn phòng này (văn phòng tỉnh, "
                                       "toàn quốc, hoặc CLB tự giữ dữ liệu).", "Cli"), cmd_unit)
    unit.add_argument("--level", choices=["club", "ward", "province", "nation"],
                      help=tr("cấp của văn phòng", "Cli"))
    unit.add_argument("--code", metavar="CODE",
                      help=tr("mã đơn vị (mã CLB, mã xã/phường, mã tỉnh, VN)", "Cli"))

    exp = command(sub, "export-package", tr("Ghi gói báo cáo đã phê duyệt của đơn vị, ký bằng "
                                            "khóa của văn phòng, để gửi cấp trên.", "Cli"),
                  cmd_export)
    exp.add_argument("--unit", metavar="CODE",
                     help=tr("mã đơn vị (mặc định: đơn vị của văn phòng)", "Cli"))
    exp.add_argument("--year", type=integer, required=True, metavar="YYYY",
                     help=tr("năm báo cáo", "Cli"))
    exp.add_argument("-o", "--output", required=True, metavar="FILE",
                     help=tr("tệp gói cần ghi", "Cli"))
    add_force(exp)
    imp = command(sub, "import-package", tr("Nhận gói báo cáo của đơn vị cấp dưới: kiểm tra chữ "
                                            "ký, mã băm, phiên bản rồi lưu.", "Cli"), cmd_import)
    imp.add_argument("file", metavar="FILE", help=tr("tệp gói báo cáo", "Cli"))


def _unit_text(level: str, code: str, name: str) -> str:
    words = f"{label('unit_level', level)} {code}" if level else code
    return f"{words} ({name})" if name and name != code else words


def cmd_show(args: argparse.Namespace) -> int:
    from models.exchange import keys
    from models.storage.output import check_output, write_output

    if args.output:
        check_output(args.output, force=args.force)
    info = keys.own_key()
    print(tr("Dấu vân tay khóa của văn phòng: {fp}", "Cli").format(fp=info.grouped))
    if info.level:
        print(tr("Đơn vị: {unit}", "Cli").format(
            unit=_unit_text(info.level, info.unit_code, info.unit_name)))
    else:
        print(tr("Chưa khai báo đơn vị của văn phòng (lệnh init, hoặc keys unit).", "Cli"))
    if args.output:
        path = write_output(args.output, keys.public_key_file(), force=args.force)
        print(tr("Đã ghi tệp khóa công khai: {path}", "Cli").format(path=path))
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    from models.exchange import keys, package

    data = package.read_file(args.file, limit=keys.MAX_KEY_FILE, field="key_file")
    row = keys.trust_key(data, args.unit)
    print(tr("Đã tin cậy khóa {fp} của {unit}.", "Cli").format(
        fp=row.grouped, unit=_unit_text(row.level, row.unit_code, row.unit_name)))
    print(tr("Hãy gọi điện cho đơn vị và đọc đối chiếu dấu vân tay; nếu không khớp, thu hồi "
             "ngay bằng lệnh keys revoke.", "Cli"))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from models.exchange import keys
    from models.text.vietnamese import format_date

    for k in keys.trusted_keys():
        revoked = tr("thu hồi {date}", "Cli").format(date=format_date(k.revoked_at.date())) \
            if k.revoked_at is not None else ""
        print("\t".join([k.grouped, label("unit_level", k.level), k.unit_code, k.unit_name,
                         format_date(k.trusted_at.date()), revoked]))
    return EXIT_OK


def cmd_revoke(args: argparse.Namespace) -> int:
    from models.exchange import keys

    row = keys.revoke_key(args.fingerprint, args.reason)
    print(tr("Đã thu hồi khóa {fp} của {unit}.", "Cli").format(
        fp=row.grouped, unit=_unit_text(row.level, row.unit_code, row.unit_name)))
    return EXIT_OK


def cmd_unit(args: argparse.Namespace) -> int:
    from models.exchange import units

    if (args.level is None and args.code is not None) or (
            args.level not in (None, "nation") and not args.code):
        return fail([tr("Cần cả --level và --code (trừ cấp nation), hoặc không có cả hai.",
                        "Cli")], EXIT_USAGE)
    if args.level is not None:
        here = units.set_office_unit(args.level, args.code or "")
    else:
        here = units.office_unit()
    if not here.level:
        return fail([tr("Chưa khai báo đơn vị của văn phòng (lệnh init, hoặc keys unit).",
                        "Cli")])
    print(tr("Đơn vị của văn phòng: {unit}", "Cli").format(
        unit=_unit_text(here.level, here.code, here.name)))
    return EXIT_OK


def approved_source():
    """The sign-off module's `approved_report(level, unit_code, year) -> (Snapshot, pdf bytes)
    | None`: the one place the command names it (tests put a stand-in here)."""
    from models.signoff.archive import approved_report

    return approved_report


def cmd_export(args: argparse.Namespace) -> int:
    from models.exchange import outbox, units
    from models.storage.output import check_output, write_output

    if not 1900 <= args.year <= 2200:
        return fail([tr("Năm không hợp lệ: {year}", "Cli").format(year=args.year)], EXIT_USAGE)
    check_output(args.output, force=args.force)
    source = approved_source()
    here = units.office_unit()
    if not here.level:
        return fail([tr("Chưa khai báo đơn vị của văn phòng (lệnh init, hoặc keys unit).",
                        "Cli")])
    code = units.normal_code(here.level, args.unit) if args.unit else here.code
    found = source(here.level, code, args.year)
    if found is None:
        return fail([tr("{unit} chưa có báo cáo năm {year} được phê duyệt.", "Cli").format(
            unit=_unit_text(here.level, code, ""), year=args.year)])
    snapshot, pdf = found
    data = outbox.build_package(snapshot, pdf)
    path = write_output(args.output, data, force=args.force)
    print(tr("Đã ghi gói báo cáo năm {year} của {unit}, phiên bản {version}: {path}",
             "Cli").format(year=snapshot.year, version=snapshot.version, path=path,
                           unit=_unit_text(snapshot.level, snapshot.unit_code,
                                           snapshot.unit_name)))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from models.exchange import inbox, package

    verdict = inbox.import_package(package.read_file(args.file))
    print(verdict_text(verdict))
    return EXIT_OK


def verdict_text(verdict) -> str:
    r = verdict.received
    text = tr("Đã nhận báo cáo năm {year} của {unit}, phiên bản {version}, chữ ký hợp lệ "
              "(khóa {fp}).", "Cli").format(year=r.year, version=r.version, fp=r.sender_grouped,
                                           unit=_unit_text(r.level, r.unit_code, r.unit_name))
    if verdict.replaces is not None:
        text += " " + tr("Phiên bản này thay phiên bản {old} khi cộng số liệu; phiên bản cũ "
                         "vẫn được giữ.", "Cli").format(old=verdict.replaces)
    return text
