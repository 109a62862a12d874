"""Commands of the programme's exchange: setting up a node, sync, conflicts and the
municipality's monitoring export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hubdesk.cli.common import EXIT_OK, EXIT_USER, Parser, add_command, opened, out
from hubdesk.messages import message
from hubdesk.models.enums import Stadsdeel


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    node = sub.add_parser("node", help="this installation as a node of the programme's exchange")
    node_sub = node.add_subparsers(title="node commands", parser_class=Parser, required=True)
    node_init = node_sub.add_parser(
        "init", help="set up this database as a node of a hub", description="set up this database as a node of a hub"
    )
    node_init.add_argument("--db", required=True, help="database file")
    node_init.add_argument("--hub", required=True, metavar="NAME")
    node_init.add_argument("--node", required=True, metavar="NAME", help="this desk's name, e.g. balie 2")
    node_init.add_argument("--programme-key-file", required=True, metavar="FILE")
    node_init.add_argument(
        "--stadsdeel", choices=[s.value for s in Stadsdeel], help="for a new hub, if its name has none"
    )
    node_init.add_argument("--worker", metavar="NAME", help="also add this first (admin) worker")
    node_init.add_argument("--username")
    node_init.set_defaults(func=_cmd_node_init)
    new_key = node_sub.add_parser(
        "new-key", help="write a new programme key file", description="write a new programme key file (once)"
    )
    new_key.add_argument("--out", required=True, metavar="FILE")
    new_key.set_defaults(func=_cmd_node_new_key)
    sync = add_command(sub, "sync", _cmd_sync, "exchange changes with the exchange folder: export, then import")
    sync.add_argument("--exchange", required=True, metavar="DIR")
    add_command(
        sub,
        "conflicts",
        _cmd_conflicts,
        "open sync conflicts, one a line (id, kind, record, field, base, mine, theirs)",
    )
    monitor = add_command(
        sub,
        "monitor",
        _cmd_monitor,
        "write the municipality's monitoring export (indicators per quarter and stadsdeel, CSV and JSON, "
        "small cells suppressed); one line per file written (quarter, area, figures, suppressed, file)",
    )
    monitor.add_argument("--out", required=True, metavar="DIR")
    monitor.add_argument(
        "--quarter",
        action="append",
        default=[],
        metavar="YYYY-QN",
        help="e.g. 2026-Q3 (repeatable; default: the last complete quarter)",
    )
    monitor.add_argument("--current", action="store_true", help="with the default, also the current quarter so far")


def _cmd_node_new_key(args: argparse.Namespace) -> int:
    from hubdesk.sync.keys import ProgrammeKey, write_key_file

    key = ProgrammeKey.generate()
    write_key_file(Path(args.out), key)
    out(f"{key.programme_id}\t{args.out}")
    return EXIT_OK


def _cmd_node_init(args: argparse.Namespace) -> int:
    from hubdesk.sync.keys import read_key_file
    from hubdesk.sync.node import init_node

    key = read_key_file(Path(args.programme_key_file))
    with opened(args.db) as store:
        setup = init_node(
            store,
            key,
            hub_name=args.hub,
            node_name=args.node,
            stadsdeel=Stadsdeel(args.stadsdeel) if args.stadsdeel else None,
            worker_name=args.worker,
            username=args.username,
        )
    out(f"{args.hub}\t{args.node}\t{setup.node_id}\t{setup.programme_id}\t{args.db}")
    return EXIT_OK


def _cmd_sync(args: argparse.Namespace) -> int:
    from hubdesk.sync.service import SyncService

    with opened(args.db, create=False) as store:
        report = SyncService(store).sync(Path(args.exchange))
    lang = args.lang
    out(f"exported\t{report.exported_packages}\t{report.exported_changes}")
    out(f"applied\t{report.applied}")
    out(f"skipped\t{report.skipped + report.withheld}")
    out(f"conflicts\t{report.open_conflicts}\t{report.conflicts_opened}")
    for waiting in report.waiting:
        out("waiting\t" + message(waiting.problem.code, waiting.problem.params, lang))
    for problem in (*report.refused, *report.problems):
        sys.stderr.write("hubdesk: " + message(problem.code, problem.params, lang) + "\n")
    if report.monitoring_problem is not None:  # a warning: the sync itself went well
        problem = report.monitoring_problem
        sys.stderr.write("hubdesk: " + message(problem.code, problem.params, lang) + "\n")
    return EXIT_OK if report.ok else EXIT_USER


def _cmd_conflicts(args: argparse.Namespace) -> int:
    import json

    from hubdesk.sync.conflicts import ConflictService

    with opened(args.db, create=False) as store:
        rows = ConflictService(store).open_conflicts()

    def shown(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    for c in rows:
        mine = shown(c.mine.value) if c.mine else "-"
        theirs = " | ".join(shown(t.value) for t in c.theirs)
        out(
            "\t".join(
                (str(c.id), c.kind.value, c.entity, str(c.record_id), c.field or "-", shown(c.base), mine, theirs)
            )
        )
    return EXIT_OK


def _cmd_monitor(args: argparse.Namespace) -> int:
    from hubdesk.services.monitoring import MonitoringExport, parse_quarter

    quarters = [parse_quarter(q) for q in args.quarter]
    with opened(args.db, create=False) as store:
        export = MonitoringExport(store)
        if not quarters:
            quarters = export.default_quarters(include_current=args.current)
        written = export.write(Path(args.out), quarters)
    for w in written:
        out(f"{w.quarter}\t{w.area}\t{w.rows} figures\t{w.suppressed} suppressed\t{w.path}")
    return EXIT_OK
