"""Command line: `python main.py COMMAND …`. Each command module registers its sub-parser.

Commands print results on stdout and one line per problem on stderr; exit 0 on success,
1 on refused input (nothing written), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ui.messages import tr

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

# Modules that add commands; each has register(subparsers) -> None.
COMMAND_MODULES = [
    "ui.cli.basic",
    "ui.cli.demo",
    "ui.cli.members_xlsx",
    "ui.cli.documents",
    "ui.cli.privacy",
    "ui.cli.users",
    "ui.cli.backup",
    "ui.cli.money_post",
]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse prints usage; keep exit code 2
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = Parser(
        prog="ishc",
        description=tr("ISHC Desk — quản lý Câu lạc bộ Liên thế hệ tự giúp nhau. "
                       "Không có lệnh: mở cửa sổ chương trình.", "Cli"),
    )
    parser.add_argument(
        "--db", metavar="PATH|URL",
        help=tr("tệp SQLite hoặc postgresql://… (mặc định: biến ISHC_DB, "
                "rồi tệp trong thư mục dữ liệu)", "Cli"),
    )
    parser.add_argument("--lang", choices=["vi", "en"], default=None,
                        help=tr("ngôn ngữ (vi hoặc en)", "Cli"))
    parser.add_argument("--user", metavar="NAME",
                        help=tr("chạy lệnh với tài khoản này (bắt buộc khi đã có tài khoản); "
                                "mật khẩu lấy từ biến ISHC_PASSWORD, dòng đầu của đầu vào "
                                "chuẩn, hoặc hỏi khi chạy", "Cli"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a command module not written yet
            raise
        module.register(sub)
    return parser


def fail(lines: list[str], code: int = EXIT_REFUSED) -> int:
    for line in lines:
        print(line, file=sys.stderr)
    return code


def command(sub, name: str, help_text: str, func: Callable[[argparse.Namespace], int]
            ) -> argparse.ArgumentParser:
    """Add a sub-command whose handler receives the parsed arguments, database open."""
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.set_defaults(handler=func)
    return p


def run(args: argparse.Namespace) -> int:
    """Open the database and run the chosen command, turning domain errors into lines."""
    from models.errors import NotFound, ValidationError
    from models.storage.migrations import DatabaseTooNew, NotAnIshcDatabase, open_database
    from ui.messages import error_lines

    try:
        if not getattr(args, "opens_itself", False):  # restore: the file may be damaged
            open_database(args.db)
    except NotAnIshcDatabase as exc:
        return fail([tr("Tệp cơ sở dữ liệu bị hỏng hoặc không phải của chương trình: {e}",
                        "Cli").format(e=exc),
                     tr("Cách khôi phục: lệnh «backups» liệt kê các bản sao lưu, "
                        "«restore TỆP» khôi phục từ một bản.", "Cli")])
    except DatabaseTooNew as exc:
        return fail([tr("Cơ sở dữ liệu do phiên bản mới hơn tạo ra (phiên bản {found}); "
                        "hãy cập nhật chương trình.", "Cli").format(found=exc.found)])
    from models.accounts.access import AccessDenied
    from models.accounts.session import set_user
    from ui.cli.users import sign_in
    from ui.messages import access_text

    try:
        # A command that opens the database itself (restore) signs in on its own.
        refused = None if getattr(args, "opens_itself", False) else sign_in(args)
        return refused if refused is not None else args.handler(args)
    except AccessDenied as exc:
        return fail([access_text(exc)])
    except ValidationError as exc:
        return fail(error_lines(exc))
    except NotFound as exc:
        from ui.messages import field_label

        # NotFound carries a code ("club", "person"…); the sentence needs its Vietnamese name.
        return fail([tr("Không tìm thấy {entity}: {key}", "Cli").format(
            entity=field_label(exc.entity).lower(), key=exc.key)])
    finally:
        set_user(None)  # the next run in this process (tests) starts signed out
