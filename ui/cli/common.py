"""What every command shares: exit codes, the parser that keeps usage errors at exit 2,
number options, --force, and the one way a command reports problems. Command modules import
these from here (never from the package, which imports them back to run them)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from models.text.messages import tr

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse prints usage; keep exit code 2
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def]
        # A command may need an option only in some uses (print: --club, except for a unit's
        # annual report); its `check_args` default says what is missing, as a usage error.
        found, extras = super().parse_known_args(args, namespace)
        check = getattr(found, "check_args", None)
        problem = check(found) if check is not None else None
        if problem:
            self.error(problem)
        return found, extras


INT_LIMIT = 2**63 - 1


def whole_number(text: str) -> int | None:
    """`text` as a whole number when it is one written in 0-9 (an optional sign) and fits a
    database integer, else None."""
    t = (text or "").strip()
    digits = t[1:] if t[:1] in ("+", "-") else t
    if not (digits.isascii() and digits.isdigit()):
        return None
    value = int(t)
    return value if abs(value) <= INT_LIMIT else None


def integer(text: str) -> int:
    """argparse type of a whole-number option: a usage error (exit 2) in one line otherwise."""
    value = whole_number(text)
    if value is None:
        raise argparse.ArgumentTypeError(
            tr("phải là số nguyên viết bằng chữ số 0-9 và không quá lớn: «{value}»",
               "Cli").format(value=text))
    return value


def add_force(p: argparse.ArgumentParser) -> None:
    """--force on a command that writes a file the clerk names."""
    p.add_argument("--force", action="store_true",
                   help=tr("ghi đè tệp đã có (mặc định: không ghi đè)", "Cli"))


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


def cli_date(name: str, value: str | None):  # type: ignore[no-untyped-def]
    """A date option: dd/mm/yyyy only (no ISO form on the command line), or None when not
    given; a ValidationError naming the option's field otherwise."""
    from models.errors import ValidationError
    from models.text.vietnamese import parse_date

    if not value:
        return None
    try:
        return parse_date(value, iso=False)
    except ValueError:
        raise ValidationError(name, "bad_date", {"value": value}) from None
