"""Command line: `python main.py COMMAND …`. Each command module registers its sub-parser.

Commands print results on stdout and one line per problem on stderr; exit 0 on success,
1 on refused input (nothing written), 2 on usage errors. The command line loads no Qt: its
wording comes from the Qt-free catalogue (models.text), argparse's own words included
(ui/cli/argparse_words.py).
"""

from __future__ import annotations

import argparse

from models.text.messages import tr
from ui.cli.common import (  # noqa: F401 - offered here for the command modules of old
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    INT_LIMIT,
    Parser,
    add_force,
    command,
    fail,
    integer,
    whole_number,
)

# Modules that add commands; each has register(subparsers) -> None.
COMMAND_MODULES = [
    "ui.cli.basic",
    "ui.cli.demo",
    "ui.cli.members_xlsx",
    "ui.cli.documents",
    "ui.cli.register_setup",
    "ui.cli.privacy",
    "ui.cli.users",
    "ui.cli.backup",
    "ui.cli.money_post",
    "ui.cli.meetings",
    "ui.cli.supervision",
    "ui.cli.activities",
    "ui.cli.plans",
    "ui.cli.reports",
    "ui.cli.exchange",
]


def language_from_argv(argv: list[str]) -> str | None:
    """Read --lang before argparse runs, so the help text itself is translated."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


# The module(s) that register each command: a run imports and builds only its own command
# (the whole list for --help or a word that is no command). tests/domain/test_cli_no_qt.py
# holds this map equal to what the modules register.
COMMANDS: dict[str, tuple[str, ...]] = {
    "init": ("ui.cli.basic",), "clubs": ("ui.cli.basic",), "check": ("ui.cli.basic",),
    "demo": ("ui.cli.demo",),
    "template-members": ("ui.cli.members_xlsx",), "import-members": ("ui.cli.members_xlsx",),
    "export-members": ("ui.cli.members_xlsx",),
    "print": ("ui.cli.documents",), "documents": ("ui.cli.documents",),
    "series": ("ui.cli.register_setup",), "legal-texts": ("ui.cli.register_setup",),
    "member-data": ("ui.cli.privacy",), "anonymise": ("ui.cli.privacy",),
    "consent-form": ("ui.cli.privacy",), "retention": ("ui.cli.privacy",),
    "user": ("ui.cli.users",),
    "backup": ("ui.cli.backup",), "restore": ("ui.cli.backup",), "backups": ("ui.cli.backup",),
    "migrate-to": ("ui.cli.backup",),
    "post": ("ui.cli.money_post",),
    "supervision": ("ui.cli.supervision",),
    "meetings": ("ui.cli.meetings",),
    "activities": ("ui.cli.activities",), "trainings": ("ui.cli.activities",),
    "activity-figures": ("ui.cli.activities",),
    "plans": ("ui.cli.plans",), "dashboard": ("ui.cli.plans",),
    "report": ("ui.cli.reports",),
    "keys": ("ui.cli.exchange",), "export-package": ("ui.cli.exchange",),
    "import-package": ("ui.cli.exchange",),
}
OPTIONS_WITH_VALUE = ("--db", "--user", "--lang")


def command_in(argv: list[str]) -> str | None:
    """The command word of a command line (the first word that is no option or its value)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def build_parser(word: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or only of the command `word` when it is a known one."""
    import importlib

    from ui.cli import argparse_words

    argparse_words.install()
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
    for name in COMMANDS.get(word or "", COMMAND_MODULES):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a command module not written yet
            raise
        module.register(sub)
    return parser


# Whole numbers on the command line: ASCII digits (int() would also take '٢٠٢٦'), and small
# enough for a database integer (SQLite and PostgreSQL stop at 2**63 - 1).
def run(args: argparse.Namespace) -> int:
    """Run the chosen command; anything unexpected is still one line (and the log)."""
    try:
        return _run(args)
    except Exception as exc:  # last resort: the specific cases have their own sentences
        where = _log_unexpected()
        lines = [tr("Lỗi không mong đợi: {error}", "Cli").format(
            error=f"{type(exc).__name__}: {exc}".splitlines()[0])]
        if where is not None:
            lines.append(tr("Chi tiết được ghi vào {path}", "Cli").format(path=where))
        return fail(lines)


def _log_unexpected():  # -> Path | None
    """Append the current exception's traceback to ishc.log in the data folder."""
    import datetime as dt
    import traceback

    from models.storage.db import data_dir

    try:
        path = data_dir() / "ishc.log"
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"{dt.datetime.now():%Y-%m-%d %H:%M:%S} ERROR ishc.cli: "
                      f"{traceback.format_exc()}")
    except OSError:
        return None
    return path


def _run(args: argparse.Namespace) -> int:
    """Open the database and run the chosen command, turning domain errors into lines."""
    from models.errors import NotFound, ValidationError
    from models.storage.db_target import check_target, open_checked
    from models.storage.migrations import DatabaseTooNew, NotAnIshcDatabase
    from models.text.messages import error_lines

    may_be_missing = getattr(args, "database_may_be_missing", False)
    try:
        if not getattr(args, "opens_itself", False):  # restore: the file may be damaged
            open_checked(args.db, may_be_missing=may_be_missing)
        else:
            from models.storage.db import resolve_target

            check_target(resolve_target(args.db), may_be_missing=may_be_missing)
    except ValidationError as exc:
        return fail(error_lines(exc))
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
    from models.accounts.users import unit_text
    from models.text.messages import access_text
    from ui.cli.users import sign_in

    try:
        # A command that opens the database itself (restore) signs in on its own.
        refused = None if getattr(args, "opens_itself", False) else sign_in(args)
        return refused if refused is not None else args.handler(args)
    except AccessDenied as exc:
        return fail([access_text(exc, unit_text)])
    except ValidationError as exc:
        return fail(error_lines(exc))
    except NotFound as exc:
        from models.text.messages import field_label

        # NotFound carries a code ("club", "person"…); the sentence needs its Vietnamese name.
        return fail([tr("Không tìm thấy {entity}: {key}", "Cli").format(
            entity=field_label(exc.entity).lower(), key=exc.key)])
    finally:
        set_user(None)  # the next run in this process (tests) starts signed out
