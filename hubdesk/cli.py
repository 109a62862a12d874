"""The command line: ``hubdesk [--db PATH]`` starts the desktop; sub-commands run headless.

Exit codes: 0 done; 1 a problem the user can act on (one clear message);
2 a wrong command line; 3 an internal error (details in the log, never a traceback).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from hubdesk import __version__
from hubdesk.applog import setup_logging
from hubdesk.messages import LANGUAGES, default_language, error_text, message
from hubdesk.models.enums import ConsentMethod, Role, Stadsdeel
from hubdesk.models.errors import UserFacingError
from hubdesk.paths import default_db_path

log = logging.getLogger("hubdesk.cli")

EXIT_OK, EXIT_USER, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, no usage dump: "hubdesk search: error: ..."
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text}")
    return value


def _cmd_demo(args: argparse.Namespace) -> int:
    from hubdesk.services.demo import generate_demo
    from hubdesk.services.store import open_store

    store = open_store(args.db)
    try:
        summary = generate_demo(store, args.entrepreneurs, seed=args.seed)
    finally:
        store.dispose()
    _out(f"{summary.entrepreneurs}\t{summary.rows}\t{args.db}")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    from hubdesk.services.search import SearchService
    from hubdesk.services.store import open_store

    store = open_store(args.db, create=False)
    try:
        for row in SearchService(store).search(" ".join(args.text), limit=args.limit):
            _out(
                "\t".join(
                    (str(row.person_id), row.name, row.enterprise_name, row.stadsdeel.value if row.stadsdeel else "")
                )
            )
    finally:
        store.dispose()
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from hubdesk.services.maintenance import check_database

    report = check_database(Path(args.db))
    lang = args.lang
    _out(f"schema\t{report.revision or '-'}\t(hubdesk {__version__}: {report.head})")
    if report.ok and report.upgrade_needed:
        _out("upgrade\t" + ("wordt bijgewerkt bij het openen" if lang == "nl" else "is upgraded when opened"))
    for table, count in report.counts.items():
        _out(f"{table}\t{count}")
    for code, detail in report.problems:
        sys.stderr.write(
            "hubdesk: " + message(code, {"detail": detail, "revision": detail, "path": args.db}, lang) + "\n"
        )
    if report.ok:
        _out("ok")
        return EXIT_OK
    return EXIT_USER


def _cmd_backup(args: argparse.Namespace) -> int:
    from hubdesk.services.maintenance import backup_database

    backup_database(Path(args.db), Path(args.out))
    _out(str(args.out))
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from hubdesk.services.backups import BackupService

    for b in BackupService(Path(args.db)).list():
        counts = [str(n) if n is not None else "-" for n in (b.entrepreneurs, b.visits, b.referrals)]
        taken = b.taken_at.astimezone().isoformat(timespec="minutes")
        problem = message(b.problem, {"path": b.path, "revision": b.schema or ""}, args.lang) if b.problem else "ok"
        _out("\t".join((taken, b.reason.value, b.schema or "-", *counts, str(b.size), str(b.path), problem)))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from hubdesk.services.backups import BackupService
    from hubdesk.services.maintenance import check_database
    from hubdesk.services.store import backup_dir_for, open_store

    db = Path(args.db)
    backup = Path(args.backup)
    if not backup.exists() and backup.parent == Path():  # a name from `hubdesk backups`
        backup = backup_dir_for(db) / backup
    result = BackupService(db).restore(backup)
    open_store(db, create=False).dispose()  # upgrades a copy from an older hubdesk
    _out(f"restored\t{result.restored.path}")
    if result.safety_copy is not None:
        _out(f"kept\t{result.safety_copy}")
    report = check_database(db)
    for code, detail in report.problems:
        sys.stderr.write(
            "hubdesk: " + message(code, {"detail": detail, "revision": detail, "path": db}, args.lang) + "\n"
        )
    if not report.ok:
        return EXIT_USER
    _out("ok")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from hubdesk.messages import issue_sentence
    from hubdesk.services.setup import actor_for
    from hubdesk.services.spreadsheet import (
        BLOCKING,
        ImportService,
        apply_overrides,
        guess_mapping,
        read_sheet,
        recall_mapping,
        remember_mapping,
        sheet_problems,
    )
    from hubdesk.services.store import open_store
    from hubdesk.settings import load_settings, save_settings

    lang = args.lang
    consent = ConsentMethod(args.consent) if args.consent else None
    if consent is None and not args.dry_run:
        raise UserFacingError("import.consent_required")
    sheet = read_sheet(Path(args.file))
    settings = load_settings()
    mapping = recall_mapping(settings.import_mappings, sheet.headers) or guess_mapping(sheet.headers)
    if args.mapping:
        mapping = apply_overrides(sheet.headers, mapping, args.mapping)
        settings = settings.model_copy(
            update={"import_mappings": remember_mapping(settings.import_mappings, sheet.headers, mapping)}
        )
        save_settings(settings)
    blocked = any(p.code in BLOCKING for p in sheet_problems(sheet, mapping))
    store = open_store(args.db, create=False)
    try:
        service = ImportService(store)
        if args.dry_run or blocked:
            report = service.dry_run(sheet, mapping)
        else:
            report = service.apply(actor_for(store), sheet, mapping, consent)
    finally:
        store.dispose()
    for notice in report.notices:
        _out(issue_sentence(notice, lang))
    for row in report.problem_rows:
        text = "; ".join(issue_sentence(i, lang) for i in row.issues)
        _out(message("import.row", {"row": row.row, "text": text}, lang))
    counts = {"new": report.new, "duplicates": report.duplicates, "invalid": report.invalid}
    _out(message("import.summary_applied" if report.applied else "import.summary_dry_run", counts, lang))
    if report.backup is not None:
        _out(message("import.backup_taken", {"path": report.backup}, lang))
    if blocked and not args.dry_run:
        sys.stderr.write(f"hubdesk: {message('import.blocked', {}, lang)}\n")
        return EXIT_USER
    return EXIT_OK


def _cmd_worklist(args: argparse.Namespace) -> int:
    import sqlalchemy as sa

    from hubdesk.models.org import Hub, Worker
    from hubdesk.services.guidance import GuidanceService, Scope
    from hubdesk.services.setup import actor_for
    from hubdesk.services.store import Actor, open_store

    store = open_store(args.db, create=False)
    try:
        actor = actor_for(store)
        worker_id = None
        with store.read() as s:
            if args.hub:
                hub_id = s.execute(sa.select(Hub.id).where(Hub.name == args.hub)).scalar()
                if hub_id is None:
                    raise UserFacingError("hub.unknown", name=args.hub)
                actor = Actor(worker_id=None, hub_id=hub_id)
            if args.worker:
                worker_id = s.execute(
                    sa.select(Worker.id).where(sa.or_(Worker.username == args.worker, Worker.name == args.worker))
                ).scalar()
                if worker_id is None:
                    raise UserFacingError("worker.unknown", username=args.worker)
        guidance = GuidanceService(store)
        scope = Scope.MINE if worker_id else Scope.HUB
        work = guidance.worklist(actor, scope, worker_id=worker_id)
        names = guidance.step_type_names()
        lang_index = 1 if args.lang == "en" else 0
        labels = {"overdue": ("te laat", "overdue"), "today": ("vandaag", "today"), "week": ("deze week", "this week"),
                  "unassigned": ("niet toegewezen", "unassigned")}  # fmt: skip
        for group, rows in (
            ("overdue", work.overdue),
            ("today", work.due_today),
            ("week", work.this_week),
            ("unassigned", work.unassigned),
        ):
            for r in rows:
                step = names.get(r.step_type, (r.step_type, r.step_type))[lang_index]
                due = r.due_on.isoformat() if r.due_on else "-"
                _out("\t".join((labels[group][lang_index], due, step, r.person_name, r.assignee_name or "-")))
    finally:
        store.dispose()
    return EXIT_OK


def _cmd_letter(args: argparse.Namespace) -> int:
    from hubdesk.services.files import write_atomically
    from hubdesk.services.referrals import ReferralService
    from hubdesk.services.setup import actor_for
    from hubdesk.services.store import open_store

    store = open_store(args.db, create=False)
    try:
        actor = actor_for(store)
        referrals = ReferralService(store)
        referral = referrals.find(args.referral)
        doc = referrals.letter(actor, referral.id)
        write_atomically(Path(args.out), doc.pdf)
        referrals.record_print(actor, referral.id, "pdf")
    finally:
        store.dispose()
    _out(f"{doc.reference}\t{doc.pages}\t{args.out}")
    return EXIT_OK


def _cmd_referrals(args: argparse.Namespace) -> int:
    from hubdesk.services.referrals import ReferralService
    from hubdesk.services.setup import actor_for
    from hubdesk.services.store import open_store

    store = open_store(args.db, create=False)
    try:
        rows = ReferralService(store).listing(actor_for(store), overdue_only=args.overdue)
    finally:
        store.dispose()
    for r in rows:
        sent = r.sent_at.astimezone().date().isoformat() if r.sent_at else "-"
        due = r.feedback_due.isoformat() if r.feedback_due else "-"
        _out("\t".join((r.reference, r.status.value, sent, due, r.partner_name, r.person_name)))
    return EXIT_OK


def _cmd_init(args: argparse.Namespace) -> int:
    from hubdesk.services.setup import initialize
    from hubdesk.services.store import open_store

    store = open_store(args.db)
    try:
        initialize(
            store,
            hub_name=args.hub,
            stadsdeel=Stadsdeel(args.stadsdeel),
            worker_name=args.worker,
            username=args.username,
            role=Role.ADMIN,
        )
    finally:
        store.dispose()
    _out(f"{args.hub}\t{args.username}\t{args.db}")
    return EXIT_OK


def _cmd_node_init(args: argparse.Namespace) -> int:
    from hubdesk.services.store import open_store
    from hubdesk.sync.keys import read_key_file
    from hubdesk.sync.node import init_node

    key = read_key_file(Path(args.programme_key_file))
    store = open_store(args.db)
    try:
        setup = init_node(
            store,
            key,
            hub_name=args.hub,
            node_name=args.node,
            stadsdeel=Stadsdeel(args.stadsdeel) if args.stadsdeel else None,
            worker_name=args.worker,
            username=args.username,
        )
    finally:
        store.dispose()
    _out(f"{args.hub}\t{args.node}\t{setup.node_id}\t{setup.programme_id}\t{args.db}")
    return EXIT_OK


def _cmd_node_new_key(args: argparse.Namespace) -> int:
    from hubdesk.sync.keys import ProgrammeKey, write_key_file

    key = ProgrammeKey.generate()
    write_key_file(Path(args.out), key)
    _out(f"{key.programme_id}\t{args.out}")
    return EXIT_OK


def _cmd_sync(args: argparse.Namespace) -> int:
    from hubdesk.services.store import open_store
    from hubdesk.sync.service import SyncService

    store = open_store(args.db, create=False)
    try:
        report = SyncService(store).sync(Path(args.exchange))
    finally:
        store.dispose()
    lang = args.lang
    _out(f"exported\t{report.exported_packages}\t{report.exported_changes}")
    _out(f"applied\t{report.applied}")
    _out(f"skipped\t{report.skipped + report.withheld}")
    _out(f"conflicts\t{report.open_conflicts}\t{report.conflicts_opened}")
    for waiting in report.waiting:
        _out("waiting\t" + message(waiting.problem.code, waiting.problem.params, lang))
    for problem in (*report.refused, *report.problems):
        sys.stderr.write("hubdesk: " + message(problem.code, problem.params, lang) + "\n")
    return EXIT_OK if report.ok else EXIT_USER


def _cmd_conflicts(args: argparse.Namespace) -> int:
    import json

    from hubdesk.services.store import open_store
    from hubdesk.sync.conflicts import ConflictService

    store = open_store(args.db, create=False)
    try:
        rows = ConflictService(store).open_conflicts()
    finally:
        store.dispose()

    def shown(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    for c in rows:
        mine = shown(c.mine.value) if c.mine else "-"
        theirs = " | ".join(shown(t.value) for t in c.theirs)
        _out(
            "\t".join(
                (str(c.id), c.kind.value, c.entity, str(c.record_id), c.field or "-", shown(c.base), mine, theirs)
            )
        )
    return EXIT_OK


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
    parser = _Parser(prog="hubdesk", description="hubdesk: the intake desk of Haarlem's city hubs.")
    parser.add_argument("--version", action="version", version=f"hubdesk {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="language (default: settings, else Dutch)")
    parser.add_argument("--db", default=None, help=f"database file (default: {default_db_path()})")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check that this installation works (offscreen, in a throw-away data folder); prints one line",
    )
    parser.set_defaults(func=_cmd_gui)
    sub = parser.add_subparsers(title="commands", parser_class=_Parser)

    def command(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", required=True, help="database file")
        p.set_defaults(func=func)
        return p

    demo = command("demo", _cmd_demo, "fill an empty database with realistic demo data")
    demo.add_argument("--entrepreneurs", type=_positive_int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    search = command("search", _cmd_search, "find entrepreneurs: one match a line (id, name, enterprise, stadsdeel)")
    search.add_argument("text", nargs="+", help="what to look for")
    search.add_argument("--limit", type=_positive_int, default=50)
    command("check", _cmd_check, "check integrity and schema version (changes nothing)")
    backup = command("backup", _cmd_backup, "write a consistent copy of the database")
    backup.add_argument("--out", required=True, metavar="FILE")
    command(
        "backups",
        _cmd_backups,
        "the automatic backups, newest first, one a line "
        "(taken, reason, schema, entrepreneurs, visits, referrals, bytes, file, state)",
    )
    restore = command(
        "restore",
        _cmd_restore,
        "replace the database with a backup (the current database is kept as a backup first)",
    )
    restore.add_argument("--backup", required=True, metavar="FILE", help="a backup file, or its name in the backups")
    imp = command(
        "import",
        _cmd_import,
        "register entrepreneurs from a spreadsheet (CSV or XLSX): one line per row with a problem, then a summary",
    )
    imp.add_argument("file", metavar="FILE", help="the spreadsheet (.csv or .xlsx)")
    imp.add_argument("--dry-run", action="store_true", help="only show what would happen; save nothing")
    imp.add_argument(
        "--mapping",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help='which column holds what, e.g. "Naam bedrijf=trade_name" or "C=-" to leave column C out (repeatable)',
    )
    imp.add_argument(
        "--consent",
        choices=[m.value for m in ConsentMethod],
        help="everyone on the list agreed to be registered, in this way (required to import)",
    )
    worklist = command("worklist", _cmd_worklist, "due and overdue guidance steps, one a line")
    worklist.add_argument("--worker", help="only this worker's steps (user name or name)")
    worklist.add_argument("--hub", help="another hub than this desk's (its name)")
    letter = command("letter", _cmd_letter, "save a referral's letter as PDF (the kept copy once it was sent)")
    letter.add_argument("--referral", required=True, metavar="REF", help="the referral's reference, e.g. R-7KQ2-M9XD")
    letter.add_argument("--out", required=True, metavar="FILE.pdf")
    referrals = command(
        "referrals",
        _cmd_referrals,
        "the hub's referrals, one a line (reference, status, sent, feedback due, partner, name)",
    )
    referrals.add_argument("--overdue", action="store_true", help="only those whose feedback is overdue")
    node = sub.add_parser("node", help="this installation as a node of the programme's exchange")
    node_sub = node.add_subparsers(title="node commands", parser_class=_Parser, required=True)
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
    sync = command("sync", _cmd_sync, "exchange changes with the exchange folder: export, then import")
    sync.add_argument("--exchange", required=True, metavar="DIR")
    command(
        "conflicts", _cmd_conflicts, "open sync conflicts, one a line (id, kind, record, field, base, mine, theirs)"
    )
    init = command("init", _cmd_init, "set up a new installation: its hub and first (admin) worker")
    init.add_argument("--hub", required=True, metavar="NAME")
    init.add_argument("--stadsdeel", required=True, choices=[s.value for s in Stadsdeel])
    init.add_argument("--worker", required=True, metavar="NAME")
    init.add_argument("--username", required=True)
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
