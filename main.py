"""ISHC Desk: `python main.py` opens the window; `python main.py COMMAND` runs a batch job."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from ui.i18n import install_cli_translator, language_from_argv

    if any(not a.startswith("-") for a in argv) or "-h" in argv or "--help" in argv:
        install_cli_translator(language_from_argv(argv))
    from ui.cli import build_parser, run

    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
