"""ISHC Desk: `python main.py` opens the window; `python main.py COMMAND` runs a batch job."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from models.text.catalog import chosen_language, set_language
    from ui.cli import build_parser, command_in, language_from_argv, run

    # The command line speaks --lang, else $ISHC_LANG, else Vietnamese; the window sets its
    # language again with its saved preference (ui/app.py). Nothing here loads Qt.
    set_language(chosen_language(language_from_argv(argv)))

    args = build_parser(command_in(argv)).parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
