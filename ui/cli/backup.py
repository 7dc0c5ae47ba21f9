"""Commands backup, restore, backups, migrate-to."""

from __future__ import annotations

import argparse
import sys

from models.text.catalog import N_
from models.text.messages import tr
from ui.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, add_force, command, fail

REASONS = {
    "daily": N_("hằng ngày", "Cli"),
    "exit": N_("khi thoát", "Cli"),
    "manual": N_("sao lưu ngay", "Cli"),
    "auto": N_("tự động", "Cli"),
    "before-restore": N_("trước khi khôi phục", "Cli"),
    "before-restore-damaged": N_("tệp hỏng được giữ lại", "Cli"),
}


def register(sub) -> None:
    p = command(sub, "backup", tr("Sao lưu dữ liệu (tệp SQLite) ra một tệp, hoặc vào thư mục "
                                  "sao lưu nếu không có -o.", "Cli"), cmd_backup)
    p.add_argument("-o", "--output", metavar="FILE", help=tr("tệp sao lưu cần tạo", "Cli"))
    add_force(p)
    p = command(sub, "restore", tr("Khôi phục dữ liệu từ một bản sao lưu: kiểm tra tệp trước, "
                                   "lưu dữ liệu hiện tại sang bên rồi mới thay thế.", "Cli"),
                cmd_restore)
    p.add_argument("file", metavar="FILE", help=tr("tệp sao lưu", "Cli"))
    p.add_argument("--yes", action="store_true",
                   help=tr("không hỏi lại (bắt buộc khi không chạy trong cửa sổ lệnh)", "Cli"))
    p.add_argument("--accept-broken-chain", action="store_true",
                   help=tr("quản trị viên chấp nhận khôi phục bản sao lưu có nhật ký thay đổi "
                           "bị sửa (chuỗi băm không khớp)", "Cli"))
    p.add_argument("--other-office", action="store_true",
                   help=tr("đồng ý thay bằng dữ liệu của một cơ quan khác (xã/phường khác)",
                           "Cli"))
    p.add_argument("--keep-accounts", action="store_true",
                   help=tr("bản sao lưu không có tài khoản: giữ lại các tài khoản hiện tại để "
                           "dữ liệu không bị mở cho bất kỳ ai", "Cli"))
    # Restore must work when the current file is damaged or lost: it opens the file itself.
    p.set_defaults(opens_itself=True, database_may_be_missing=True)
    p = command(sub, "backups", tr("Danh sách bản sao lưu, mới nhất trước, kèm ngày giờ và "
                                   "dung lượng.", "Cli"), cmd_backups)
    p.set_defaults(opens_itself=True, database_may_be_missing=True)
    p = command(sub, "migrate-to", tr("Chuyển toàn bộ dữ liệu SQLite sang một cơ sở dữ liệu "
                                      "PostgreSQL mới, trống; rồi so sánh từng bảng.", "Cli"),
                cmd_migrate_to)
    p.add_argument("url", metavar="postgresql://…",
                   help=tr("địa chỉ cơ sở dữ liệu đích trên máy chủ", "Cli"))


def _sign_in_if_readable(args: argparse.Namespace) -> int | None:
    """restore and backups open the database themselves (it may be damaged or lost): sign in
    as for any command when it can be read; a damaged file has no accounts to check."""
    from models.storage import backup
    from models.storage import db as dbmod
    from models.storage.db_target import accounts_readable

    if dbmod.sqlite_path() is not None and backup.live_state() != "ok":
        return None
    try:
        from ui.cli.users import sign_in
    except ModuleNotFoundError:
        return None
    from models.accounts.access import accounts_exist

    if not accounts_readable():  # an old file without the accounts table
        return None
    if not accounts_exist():
        return None  # no accounts here: restore checks a --user against the backup's
    return sign_in(args)


def _backup_credentials(args: argparse.Namespace) -> tuple[str, str] | None:
    """--user and its password when nobody could sign in here (no accounts, or a damaged
    or lost file): restore checks them against the backup's own accounts."""
    from models.accounts.session import current_user
    from ui.cli.users import PASSWORD_ENV, read_secret

    name = getattr(args, "user", None)
    if not name or current_user() is not None:
        return None
    return name, read_secret(tr("Mật khẩu của {name}: ", "Cli").format(name=name),
                             env=PASSWORD_ENV)


HINTS = {
    "backup_other_office": N_("Nếu đúng là muốn thay bằng dữ liệu đó, chạy lại với "
                              "--other-office.", "Cli"),
    "backup_no_accounts": N_("Muốn khôi phục mà vẫn giữ các tài khoản hiện tại, chạy lại với "
                             "--keep-accounts.", "Cli"),
    "restore_needs_admin": N_("Chạy lại với --user TÊN của một quản trị viên trong bản sao "
                              "lưu (mật khẩu qua biến ISHC_PASSWORD, đầu vào chuẩn hoặc khi "
                              "được hỏi).", "Cli"),
}


def size_text(size: int) -> str:
    """1.234 KB / 12,3 MB: the size as people read it in the chosen language."""
    from models.text.numbers import size_text as in_language

    return in_language(size)


def cmd_backup(args: argparse.Namespace) -> int:
    from models.storage.backup import manual_backup

    path = manual_backup(args.output, force=args.force)
    print(tr("Đã sao lưu vào {path} ({size}).", "Cli").format(
        path=path, size=size_text(path.stat().st_size)))
    return EXIT_OK


def _describe(info) -> str:
    from models.text.vietnamese import format_date

    return tr("Bản sao lưu {path}: ngày {date} {time}, dữ liệu phiên bản {version}, "
              "{clubs} CLB, {members} người.", "Cli").format(
        path=info.path, date=format_date(info.modified.date()),
        time=info.modified.strftime("%H:%M"), version=info.version, clubs=info.clubs,
        members=info.members)


def _confirmed(args: argparse.Namespace) -> bool | None:
    """True/False from the person at the terminal; None when nobody can be asked."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        return None
    answer = input(tr("Thay dữ liệu hiện tại bằng bản sao lưu này? Gõ «co» để đồng ý: ",
                      "Cli"))
    return answer.strip().lower() in ("co", "có", "c", "y", "yes")


def cmd_restore(args: argparse.Namespace) -> int:
    from models.storage import backup, restore
    from models.storage import db as dbmod

    target = dbmod.resolve_target(args.db)
    if dbmod.is_postgres(target):
        raise backup.BackupError("database", "backup_postgres_refused")
    dbmod.bind(dbmod.make_database(target))  # not opened: the file may be damaged
    refused = _sign_in_if_readable(args)
    if refused is not None:
        return refused
    options = {"other_office": args.other_office, "keep_accounts": args.keep_accounts,
               "credentials": _backup_credentials(args),
               "accept_broken_chain": args.accept_broken_chain}
    try:
        info = restore.preflight(args.file, **options)
    except backup.BackupError as exc:
        from models.text.messages import error_lines

        hint = [tr(HINTS[exc.code], "Cli")] if exc.code in HINTS else []
        return fail(error_lines(exc) + hint)
    print(_describe(info))
    state = backup.live_state()
    if state == "missing":  # a new PC started from a backup: nothing is wrong
        print(tr("Máy này chưa có dữ liệu; bản sao lưu sẽ được chép vào: {path}", "Cli")
              .format(path=target))
    elif state != "ok":
        print(tr("Dữ liệu hiện tại bị hỏng: {path} (tệp hỏng được giữ lại bên cạnh)", "Cli")
              .format(path=target))
    answer = _confirmed(args)
    if answer is None:
        return fail([tr("Không hỏi xác nhận được (không chạy trong cửa sổ lệnh): thêm --yes "
                        "để khôi phục. Chưa thay đổi gì.", "Cli")], EXIT_USAGE)
    if not answer:
        print(tr("Đã hủy, dữ liệu không thay đổi.", "Cli"))
        return EXIT_REFUSED
    info, saved = restore.restore_from(args.file, **options)
    print(tr("Đã khôi phục {path}.", "Cli").format(path=target))
    if saved is not None:
        print(tr("Dữ liệu trước khi khôi phục được lưu ở {path}", "Cli").format(path=saved))
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from models.storage import db as dbmod
    from models.storage.backup import backup_entries, backups_dir
    from models.text.vietnamese import format_date

    dbmod.bind(dbmod.make_database(dbmod.resolve_target(args.db)))  # may be damaged: not opened
    refused = _sign_in_if_readable(args)
    if refused is not None:
        return refused
    entries = backup_entries()
    if not entries:
        print(tr("Chưa có bản sao lưu nào trong {path}.", "Cli").format(path=backups_dir()))
        return EXIT_OK
    for e in entries:
        print("\t".join([f"{format_date(e.modified.date())} {e.modified:%H:%M}",
                         size_text(e.size),
                         tr(REASONS[e.reason], "Cli") if e.reason in REASONS else e.reason or "-",
                         str(e.path)]))
    return EXIT_OK


def _progress():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(tr("Đã chép {done}/{total} dòng…", "Cli").format(done=done, total=total),
              end="\n" if done == total else "\r", file=sys.stderr, flush=True)

    return show


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from models.storage import transfer
    from models.text.vietnamese import format_number

    report = transfer.migrate_to(args.url, progress=_progress())
    from models.text.numbers import seconds_text

    print(tr("Đã chuyển dữ liệu sang {url} trong {duration}.", "Cli").format(
        url=report.target, duration=seconds_text(report.seconds)))
    result = transfer.compare_with(args.url)
    print("\t".join([tr("Bảng", "Cli"), tr("Số dòng (SQLite)", "Cli"),
                     tr("Số dòng (PostgreSQL)", "Cli"), tr("So sánh", "Cli")]))
    for c in result:
        verdict = tr("khớp", "Cli") if c.equal else tr("KHÁC, dòng đầu tiên khác: {key}",
                                                       "Cli").format(key=c.first_difference)
        print("\t".join([c.table, format_number(c.source_rows), format_number(c.target_rows),
                         verdict]))
    bad = [c.table for c in result if not c.equal]
    if bad:
        return fail([tr("Dữ liệu trên máy chủ khác tệp gốc ở bảng: {tables}", "Cli").format(
            tables=", ".join(bad))])
    print(tr("Mọi bảng đều khớp từng dòng ({n} bảng).", "Cli").format(n=len(result)))
    return EXIT_OK
