"""Commands `user add|list|roles|passwd|confirm-sensitive`, and signing the command line in (`--user NAME`).

Passwords are never taken from the command line (other users of the machine could read it in
the process list): they come from the environment variable ISHC_PASSWORD (the --user's own
password only), from standard input one per line when it is not a terminal, or from a prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from models.text.messages import roles_label, tr
from ui.cli.common import EXIT_OK, EXIT_REFUSED, Parser, command, fail

PASSWORD_ENV = "ISHC_PASSWORD"


def register(sub) -> None:
    p = sub.add_parser("user", help=tr("Tài khoản người dùng: thêm, liệt kê, đổi mật khẩu.", "Cli"),
                       description=tr("Tài khoản người dùng. Mật khẩu không bao giờ ghi trên "
                                      "dòng lệnh: nhập khi được hỏi, hoặc mỗi dòng một mật "
                                      "khẩu qua đầu vào chuẩn (stdin).", "Cli"))
    actions = p.add_subparsers(dest="user_command", metavar="ACTION", required=True,
                               parser_class=Parser)
    add = command(actions, "add", tr("Thêm tài khoản. Tài khoản đầu tiên phải là quản trị "
                                     "(admin); từ đó mọi lệnh đều cần --user.", "Cli"), cmd_add)
    add.add_argument("name", metavar="NAME", help=tr("tên đăng nhập", "Cli"))
    add.add_argument("--role", required=True, type=_role_set, metavar="ROLE[,ROLE]",
                     help=_ROLE_HELP())
    add.add_argument("--unit", required=True, metavar="CODE",
                     help=tr("đơn vị: mã xã/phường (ví dụ 1840) hoặc T và mã tỉnh "
                             "(ví dụ T19 là tỉnh Thái Nguyên)", "Cli"))
    add.add_argument("--full-name", metavar="TEXT", default="",
                     help=tr("họ và tên (mặc định: tên đăng nhập)", "Cli"))
    command(actions, "list", tr("Liệt kê tài khoản, mỗi dòng một tài khoản.", "Cli"), cmd_list)
    roles = command(actions, "roles", tr("(quản trị) Đổi vai trò của một tài khoản, ví dụ khi "
                                         "giao việc nhập liệu cho cán bộ mới: user roles "
                                         "quantri --role admin.", "Cli"), cmd_roles)
    roles.add_argument("name", metavar="NAME", help=tr("tên đăng nhập", "Cli"))
    roles.add_argument("--role", required=True, type=_role_set, metavar="ROLE[,ROLE]",
                       help=_ROLE_HELP())
    pw = command(actions, "passwd", tr("Đổi mật khẩu: của chính mình (chạy với --user là chính "
                                       "mình), hoặc quản trị đặt lại cho người khác (người đó "
                                       "phải đổi khi đăng nhập).", "Cli"), cmd_passwd)
    pw.add_argument("name", metavar="NAME", help=tr("tên đăng nhập", "Cli"))
    ok = command(actions, "confirm-sensitive",
                 tr("Xác nhận quyền xem dữ liệu nhạy cảm của một tài khoản cùng xã/phường "
                    "do quản trị tạo hoặc đặt lại mật khẩu (người xác nhận phải đang có quyền "
                    "đó; quản trị chỉ khi xã/phường chưa có ai có quyền).", "Cli"),
                 cmd_confirm_sensitive)
    ok.add_argument("name", metavar="NAME", help=tr("tên đăng nhập", "Cli"))


def _ROLE_HELP() -> str:  # noqa: N802 - read when the parser is built, in its language
    return tr("vai trò, một hoặc nhiều, cách nhau bằng dấu phẩy: clerk (cán bộ nhập liệu), "
              "approver (người ký duyệt), supervisor (giám sát cấp trên), admin (quản trị); "
              "văn phòng một người: admin,clerk", "Cli")


def _role_set(text: str) -> str:
    """--role: one or more roles, comma-separated, as stored ("clerk,admin")."""
    from models.accounts.access import ROLES, role_text

    parts = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [part for part in parts if part not in ROLES]
    if not parts or unknown:
        raise argparse.ArgumentTypeError(
            tr("vai trò không có: {value} (chọn trong {choices})", "Cli").format(
                value=", ".join(unknown) or "''", choices=", ".join(ROLES)))
    return role_text(parts)


def read_secret(prompt: str, *, env: str | None = None) -> str:
    """A password: from `env` if set, else one line of standard input when it is not a
    terminal (scripts), else a prompt that does not echo."""
    if env and os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(prompt)


def _new_password() -> str | None:
    first = read_secret(tr("Mật khẩu mới: ", "Cli"))
    if sys.stdin.isatty():
        again = getpass.getpass(tr("Nhập lại mật khẩu mới: ", "Cli"))
        if again != first:
            fail([tr("Hai lần nhập mật khẩu không giống nhau; chưa đổi gì.", "Cli")])
            return None
    return first


def sign_in(args: argparse.Namespace) -> int | None:
    """Sign the run in as --user (database open). Returns an exit code when refused."""
    from models.accounts import users
    from models.accounts.access import accounts_exist
    from models.accounts.session import set_user

    name = getattr(args, "user", None)
    if not name:
        if accounts_exist():
            return fail([tr("Cơ sở dữ liệu đã có tài khoản: hãy chạy lệnh với --user TÊN "
                            "(mật khẩu qua biến ISHC_PASSWORD, đầu vào chuẩn hoặc khi được "
                            "hỏi).", "Cli")])
        return None
    password = read_secret(tr("Mật khẩu của {name}: ", "Cli").format(name=name),
                           env=PASSWORD_ENV)
    user = users.authenticate(name, password)  # SignInRefused is a ValidationError: one line
    if users.needs_password_change(user) and not _is_own_passwd(args, user.username):
        return fail([tr("Mật khẩu của {name} vừa được đặt lại: hãy đổi mật khẩu trước "
                        "(lệnh: user passwd {name} --user {name}).", "Cli").format(
                            name=user.username)])
    set_user(user)
    args.signed_in_password = password  # `user passwd` of oneself: the current password
    return None


def _is_own_passwd(args: argparse.Namespace, username: str) -> bool:
    from models.accounts.users import normalize_username

    return (getattr(args, "user_command", None) == "passwd"
            and normalize_username(args.name) == username)


def cmd_add(args: argparse.Namespace) -> int:
    from models.accounts import users

    ward, province = users.parse_unit(args.unit)
    password = _new_password()
    if password is None:
        return EXIT_REFUSED
    account = users.create_user(users.UserInput(
        args.name, args.full_name or args.name, args.role, ward, province, password))
    print(tr("Đã tạo tài khoản {name} ({role}, {unit}).", "Cli").format(
        name=account.username, role=roles_label(account.role),
        unit=users.unit_text(ward, province)))
    return EXIT_OK


def cmd_roles(args: argparse.Namespace) -> int:
    from models.accounts import grants, users

    account = users.get_account(args.name)
    account = users.update_user(account.username, users.UserInput(
        account.username, account.full_name, args.role, account.ward_code,
        account.province_code))
    print(tr("Tài khoản {name} nay có vai trò: {role}.", "Cli").format(
        name=account.username, role=roles_label(account.role)))
    if grants.is_pending(account.id):
        print(tr("Quyền xem dữ liệu nhạy cảm của {name} chờ một người đang có quyền đó "
                 "xác nhận (user confirm-sensitive {name}).", "Cli").format(
                     name=account.username))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from models.accounts import users
    from models.text.vietnamese import format_date

    for row in users.list_users():
        if not row.active:
            state = tr("ngừng sử dụng", "Cli")
        elif row.locked():
            state = tr("đang bị khóa", "Cli")
        else:
            state = tr("đang dùng", "Cli")
        if row.sensitive_pending:
            state += tr(", chờ xác nhận quyền xem dữ liệu nhạy cảm", "Cli")
        last = format_date(row.last_login_at) if row.last_login_at else ""
        print("\t".join([row.username, row.full_name, roles_label(row.role),
                         row.unit_name, state, last]))
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    from models.accounts import users
    from models.accounts.session import current_user

    me = current_user()
    own = me is not None and users.normalize_username(args.name) == me.username
    if own:
        old = getattr(args, "signed_in_password", None) or read_secret(
            tr("Mật khẩu hiện tại: ", "Cli"))
        new = _new_password()
        if new is None:
            return EXIT_REFUSED
        users.change_password(old, new)
    else:
        new = _new_password()
        if new is None:
            return EXIT_REFUSED
        users.reset_password(args.name, new)
    print(tr("Đã đổi mật khẩu của {name}.", "Cli").format(
        name=users.normalize_username(args.name)))
    return EXIT_OK


def cmd_confirm_sensitive(args: argparse.Namespace) -> int:
    from models.accounts import grants

    account = grants.confirm_sensitive(args.name)
    print(tr("Đã xác nhận quyền xem dữ liệu nhạy cảm của {name}.", "Cli").format(
        name=account.username))
    return EXIT_OK
