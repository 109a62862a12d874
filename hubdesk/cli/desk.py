"""Commands of the desk's daily work: set-up, demo data, search, spreadsheet import,
worklist, letters, referrals and the quarterly report."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from hubdesk.cli.common import (
    EXIT_OK,
    EXIT_USER,
    Parser,
    add_command,
    hub_named,
    opened,
    out,
    positive_int,
    worker_named,
)
from hubdesk.messages import message
from hubdesk.models.enums import ConsentMethod, Role, Stadsdeel
from hubdesk.models.errors import UserFacingError


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    init = add_command(sub, "init", _cmd_init, "set up a new installation: its hub and first (admin) worker")
    init.add_argument("--hub", required=True, metavar="NAME")
    init.add_argument("--stadsdeel", required=True, choices=[s.value for s in Stadsdeel])
    init.add_argument("--worker", required=True, metavar="NAME")
    init.add_argument("--username", required=True)
    init.add_argument(
        "--password-env",
        metavar="VAR",
        help="read the first worker's password from this environment variable (else it is asked at the terminal)",
    )
    password_cmd = add_command(
        sub,
        "password",
        _cmd_password,
        "give a worker of this hub a new password (e.g. a database from before logins); asked twice, or --password-env",
    )
    password_cmd.add_argument("--username", required=True)
    password_cmd.add_argument(
        "--password-env", metavar="VAR", help="read the new password from this environment variable"
    )
    demo = add_command(sub, "demo", _cmd_demo, "fill an empty database with realistic demo data")
    demo.add_argument("--entrepreneurs", type=positive_int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    search = add_command(
        sub, "search", _cmd_search, "find entrepreneurs: one match a line (id, name, enterprise, stadsdeel)"
    )
    search.add_argument("text", nargs="+", help="what to look for")
    search.add_argument("--limit", type=positive_int, default=50)
    imp = add_command(
        sub,
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
    worklist = add_command(sub, "worklist", _cmd_worklist, "due and overdue guidance steps, one a line")
    worklist.add_argument("--worker", help="only this worker's steps (user name or name)")
    worklist.add_argument("--hub", help="another hub than this desk's (its name)")
    letter = add_command(sub, "letter", _cmd_letter, "save a referral's letter as PDF (the kept copy once it was sent)")
    letter.add_argument("--referral", required=True, metavar="REF", help="the referral's reference, e.g. R-7KQ2-M9XD")
    letter.add_argument("--out", required=True, metavar="FILE.pdf")
    referrals = add_command(
        sub,
        "referrals",
        _cmd_referrals,
        "the hub's referrals, one a line (reference, status, sent, feedback due, partner, name)",
    )
    referrals.add_argument("--overdue", action="store_true", help="only those whose feedback is overdue")
    report = add_command(
        sub,
        "report",
        _cmd_report,
        "the quarterly report of the programme's indicators as PDF (small cells hidden), optionally its tables",
    )
    report.add_argument("--quarter", required=True, metavar="YYYY-QN", help="e.g. 2026-Q3")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--xlsx", metavar="FILE.xlsx", help="also the tables as a workbook")
    report.add_argument("--csv", metavar="FILE.csv", help="also the tables as CSV")
    report.add_argument("--hub", metavar="NAME", help="only this hub (default: all)")
    report.add_argument("--stadsdeel", choices=[s.value for s in Stadsdeel], help="only this stadsdeel")
    report.add_argument("--user", metavar="USERNAME", help="as this coordinator or admin (default: the first worker)")


def _cmd_init(args: argparse.Namespace) -> int:
    from hubdesk.services.setup import initialize

    password = read_new_password(args.password_env, args.username, args.lang)
    with opened(args.db) as store:
        initialize(
            store,
            hub_name=args.hub,
            stadsdeel=Stadsdeel(args.stadsdeel),
            worker_name=args.worker,
            username=args.username,
            role=Role.ADMIN,
            password=password,
        )
    out(f"{args.hub}\t{args.username}\t{args.db}")
    return EXIT_OK


def _cmd_password(args: argparse.Namespace) -> int:
    from hubdesk.services.auth import AuthService

    password = read_new_password(args.password_env, args.username, args.lang)
    with opened(args.db, create=False) as store:
        AuthService(store).set_password_at_console(args.username, password)
    out(f"{args.username}\t{args.db}")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from hubdesk.services.demo import generate_demo

    with opened(args.db) as store:
        summary = generate_demo(store, args.entrepreneurs, seed=args.seed)
    out(f"{summary.entrepreneurs}\t{summary.rows}\t{args.db}")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    from hubdesk.services.search import SearchService

    with opened(args.db, create=False) as store:
        for row in SearchService(store).search(" ".join(args.text), limit=args.limit):
            out(
                "\t".join(
                    (str(row.person_id), row.name, row.enterprise_name, row.stadsdeel.value if row.stadsdeel else "")
                )
            )
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
    with opened(args.db, create=False) as store:
        service = ImportService(store)
        if args.dry_run or blocked:
            report = service.dry_run(sheet, mapping)
        else:
            report = service.apply(actor_for(store), sheet, mapping, consent)
    for notice in report.notices:
        out(issue_sentence(notice, lang))
    for row in report.problem_rows:
        text = "; ".join(issue_sentence(i, lang) for i in row.issues)
        out(message("import.row", {"row": row.row, "text": text}, lang))
    counts = {"new": report.new, "duplicates": report.duplicates, "invalid": report.invalid}
    out(message("import.summary_applied" if report.applied else "import.summary_dry_run", counts, lang))
    if report.backup is not None:
        out(message("import.backup_taken", {"path": report.backup}, lang))
    if blocked and not args.dry_run:
        sys.stderr.write(f"hubdesk: {message('import.blocked', {}, lang)}\n")
        return EXIT_USER
    return EXIT_OK


def _cmd_worklist(args: argparse.Namespace) -> int:
    from hubdesk.services.catalog import CatalogService
    from hubdesk.services.guidance import GuidanceService, Scope
    from hubdesk.services.setup import actor_for
    from hubdesk.services.store import Actor

    with opened(args.db, create=False) as store:
        actor = actor_for(store)
        if args.hub:
            actor = Actor(worker_id=None, hub_id=hub_named(store, args.hub))
        worker_id = worker_named(store, args.worker, or_full_name=True) if args.worker else None
        guidance = GuidanceService(store)
        scope = Scope.MINE if worker_id else Scope.HUB
        work = guidance.worklist(actor, scope, worker_id=worker_id)
        names = CatalogService(store).step_type_names()
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
                out("\t".join((labels[group][lang_index], due, step, r.person_name, r.assignee_name or "-")))
    return EXIT_OK


def _cmd_letter(args: argparse.Namespace) -> int:
    from hubdesk.services.files import write_atomically
    from hubdesk.services.referrals import ReferralService
    from hubdesk.services.setup import actor_for

    with opened(args.db, create=False) as store:
        actor = actor_for(store)
        referrals = ReferralService(store)
        referral = referrals.find(args.referral)
        doc = referrals.letter(actor, referral.id)
        write_atomically(Path(args.out), doc.pdf)
        referrals.record_print(actor, referral.id, "pdf")
    out(f"{doc.reference}\t{doc.pages}\t{args.out}")
    return EXIT_OK


def _cmd_referrals(args: argparse.Namespace) -> int:
    from hubdesk.services.referrals import ReferralService
    from hubdesk.services.setup import actor_for

    with opened(args.db, create=False) as store:
        rows = ReferralService(store).listing(actor_for(store), overdue_only=args.overdue)
    for r in rows:
        sent = r.sent_at.astimezone().date().isoformat() if r.sent_at else "-"
        due = r.feedback_due.isoformat() if r.feedback_due else "-"
        out("\t".join((r.reference, r.status.value, sent, due, r.partner_name, r.person_name)))
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:

    from hubdesk.services import quarterly_report as qr
    from hubdesk.services.files import write_atomically
    from hubdesk.services.indicators import Filter
    from hubdesk.services.setup import actor_for

    period = qr.parse_quarter(args.quarter)
    with opened(args.db, create=False) as store:
        actor = actor_for(store, args.user)
        hub_id = hub_named(store, args.hub) if args.hub else None
        flt = Filter(period, hub_id=hub_id, stadsdeel=Stadsdeel(args.stadsdeel) if args.stadsdeel else None)
        figures = qr.collect(store, actor, flt)
    write_atomically(Path(args.out), qr.pdf_bytes(figures, args.lang))
    out(f"pdf\t{period.label}\t{args.out}")
    if args.xlsx:
        write_atomically(Path(args.xlsx), qr.xlsx_bytes(figures, args.lang))
        out(f"xlsx\t{period.label}\t{args.xlsx}")
    if args.csv:
        write_atomically(Path(args.csv), qr.csv_bytes(figures, args.lang))
        out(f"csv\t{period.label}\t{args.csv}")
    return EXIT_OK


def read_new_password(env_var: str | None, username: str, lang: str) -> str:
    """A new password from the environment variable ``env_var``, or typed twice at a
    terminal (not echoed); checked against the password rules before anything is written."""
    from hubdesk.services.auth import check_password_rules

    if env_var:
        password = os.environ.get(env_var)
        if password is None:
            raise UserFacingError("login.password_env_missing", name=env_var)
        check_password_rules(password, username)
        return password
    if not sys.stdin.isatty():
        raise UserFacingError("login.password_needed")
    import getpass

    first = getpass.getpass("Wachtwoord: " if lang == "nl" else "Password: ")
    check_password_rules(first, username)
    again = getpass.getpass("Nog een keer: " if lang == "nl" else "Once more: ")
    check_password_rules(first, username, repeated=again)
    return first
