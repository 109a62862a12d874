"""The command line: ``hubdesk [--db PATH]`` starts the desktop; sub-commands run headless.

The sub-commands are grouped by area, each in a module of its own that registers them:
:mod:`~hubdesk.cli.desk` (the daily work), :mod:`~hubdesk.cli.database` (the file),
:mod:`~hubdesk.cli.exchange` (sync) and :mod:`~hubdesk.cli.privacy`. Each command imports
what it needs when it runs, so that ``hubdesk --help`` starts at once.

Exit codes: 0 done; 1 a problem the user can act on (one clear message);
2 a wrong command line; 3 an internal error (details in the log, never a traceback).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence

from hubdesk import __version__
from hubdesk.applog import setup_logging
from hubdesk.cli import database, desk, exchange, privacy
from hubdesk.cli.common import EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, EXIT_USER, Parser
from hubdesk.messages import LANGUAGES, default_language, error_text
from hubdesk.models.errors import UserFacingError
from hubdesk.paths import default_db_path

__all__ = ["EXIT_INTERNAL", "EXIT_OK", "EXIT_USAGE", "EXIT_USER", "build_parser", "main", "no_display"]

log = logging.getLogger("hubdesk.cli")


def no_display() -> bool:
    """True on a Linux machine without a screen, where Qt would abort."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _cmd_gui(args: argparse.Namespace) -> int:
    if no_display():
        sys.stderr.write(
            "hubdesk: "
            + (
                "geen beeldscherm gevonden (DISPLAY is niet gezet); start hubdesk op een bureaublad, "
                "of zonder scherm met: xvfb-run hubdesk"
                if args.lang == "nl"
                else "no display found (DISPLAY is not set); start hubdesk on a desktop, "
                "or without a screen with: xvfb-run hubdesk"
            )
            + "\n"
        )
        return EXIT_USER
    from hubdesk.app import run_app  # imports Qt: only for the desktop

    return run_app(db=args.db, lang=args.gui_lang)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="hubdesk", description="hubdesk: the intake desk of Haarlem's city hubs.")
    parser.add_argument("--version", action="version", version=f"hubdesk {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="language (default: settings, else Dutch)")
    parser.add_argument("--db", default=None, help=f"database file (default: {default_db_path()})")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check that this installation works (offscreen, in a throw-away data folder); prints one line",
    )
    parser.set_defaults(func=_cmd_gui)
    sub = parser.add_subparsers(title="commands", parser_class=Parser)
    for area in (desk, database, exchange, privacy):
        area.register(sub)
    return parser


def _smoke_test() -> int:
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported
    try:
        from hubdesk.views.smoke import run_smoke_test
    except Exception as exc:  # e.g. Qt's libraries missing on this machine
        sys.stderr.write(f"smoke test failed: {type(exc).__name__}: {exc}\n")
        return EXIT_INTERNAL
    return run_smoke_test(started)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.smoke_test:  # its own data folder and log: before setup_logging
        return _smoke_test()
    args.gui_lang = args.lang  # the desktop falls back to the saved settings
    if args.lang is None:
        args.lang = default_language()
    if args.db is None:
        args.db = str(default_db_path())
    setup_logging()
    try:
        result: int = args.func(args)
        return result
    except UserFacingError as exc:
        sys.stderr.write(f"hubdesk: {error_text(exc, args.lang)}\n")
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("internal error in %s", getattr(args.func, "__name__", "?"))
        sys.stderr.write(
            "hubdesk: "
            + (
                "interne fout; details staan in het logbestand"
                if args.lang == "nl"
                else "internal error; see the log file"
            )
            + "\n"
        )
        return EXIT_INTERNAL
