"""Commands of privacy and accountability: the audit log, access requests and retention."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hubdesk.cli.common import EXIT_OK, EXIT_USER, Parser, add_command, date_arg, opened, out, uuid_arg, worker_named
from hubdesk.messages import message
from hubdesk.models.errors import UserFacingError


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    audit_cmd = sub.add_parser("audit", help="the audit log: check its chain, export it")
    audit_sub = audit_cmd.add_subparsers(title="audit commands", parser_class=Parser, required=True)
    verify = audit_sub.add_parser(
        "verify",
        help="check that no entry was changed, removed or inserted",
        description="check that no entry of the audit log was changed, removed or inserted",
    )
    verify.add_argument("--db", required=True, help="database file")
    verify.set_defaults(func=_cmd_audit_verify)
    audit_export = audit_sub.add_parser(
        "export",
        help="write audit entries as CSV (coordinators)",
        description="write audit entries as CSV, newest first",
    )
    audit_export.add_argument("--db", required=True, help="database file")
    audit_export.add_argument("--out", required=True, metavar="FILE.csv")
    audit_export.add_argument("--person", type=uuid_arg, metavar="ID", help="only entries about this entrepreneur")
    audit_export.add_argument("--worker", metavar="USERNAME", help="only what this worker did")
    audit_export.add_argument("--from", dest="date_from", type=date_arg, metavar="DATE", help="from this day")
    audit_export.add_argument("--to", dest="date_to", type=date_arg, metavar="DATE", help="up to and including")
    audit_export.add_argument("--user", metavar="USERNAME", help="who exports (default: the first worker)")
    audit_export.set_defaults(func=_cmd_audit_export)
    access = add_command(
        sub,
        "access-export",
        _cmd_access_export,
        "everything held about one entrepreneur (access request): a PDF and a JSON file in a folder",
    )
    access.add_argument("--person", required=True, type=uuid_arg, metavar="ID")
    access.add_argument("--out", required=True, metavar="DIR")
    access.add_argument("--language", choices=["nl", "en"], help="of the PDF (default: the entrepreneur's own)")
    access.add_argument("--user", metavar="USERNAME", help="who exports (default: the first worker)")
    retention = add_command(
        sub,
        "retention",
        _cmd_retention,
        "records past the hub's retention term, one a line (id, last contact, due since); --confirm deletes them all",
    )
    retention.add_argument("--names", action="store_true", help="also show each entrepreneur's name")
    retention.add_argument(
        "--confirm", action="store_true", help="delete every record listed (no question asked; it cannot be undone)"
    )
    retention.add_argument(
        "--user", metavar="USERNAME", help="as this coordinator or admin (default: the first worker)"
    )


def _cmd_audit_verify(args: argparse.Namespace) -> int:
    from hubdesk.services.audit_log import verify_store

    with opened(args.db, create=False) as store:
        report = verify_store(store)
    if report.intact:
        out(message("audit.intact", {"entries": report.entries}, args.lang))
        return EXIT_OK
    at = report.broken_at.astimezone().isoformat(timespec="seconds") if report.broken_at else "?"
    sys.stderr.write(f"hubdesk: {message('audit.broken', {'seq': report.broken_seq, 'at': at}, args.lang)}\n")
    return EXIT_USER


def _cmd_audit_export(args: argparse.Namespace) -> int:

    from hubdesk.services.audit_log import AuditFilter, AuditLogService, period
    from hubdesk.services.setup import actor_for

    with opened(args.db, create=False) as store:
        actor = actor_for(store, args.user)
        worker_id = worker_named(store, args.worker) if args.worker else None
        since, until = period(args.date_from, args.date_to)
        filt = AuditFilter(person_id=args.person, worker_id=worker_id, since=since, until=until)
        count = AuditLogService(store).export_csv(actor, filt, Path(args.out))
    out(f"{count}\t{args.out}")
    return EXIT_OK


def _cmd_access_export(args: argparse.Namespace) -> int:
    from hubdesk.models.enums import Language
    from hubdesk.services.access_export import AccessExportService
    from hubdesk.services.setup import actor_for

    folder = Path(args.out)
    if not folder.is_dir():
        raise UserFacingError("file.folder_missing", path=str(folder))
    with opened(args.db, create=False) as store:
        actor = actor_for(store, args.user)
        language = Language(args.language) if args.language else None
        export = AccessExportService(store).export(actor, args.person, language)
        pdf, data = export.write(folder)
    out(f"{pdf}\n{data}")
    return EXIT_OK


def _cmd_retention(args: argparse.Namespace) -> int:
    from hubdesk.services.retention import RetentionService
    from hubdesk.services.setup import actor_for

    with opened(args.db, create=False) as store:
        actor = actor_for(store, args.user)
        service = RetentionService(store)
        overview = service.overview(actor)
        for r in overview.due:
            fields = [str(r.person_id), r.last_contact_on.isoformat(), r.due_on.isoformat()]
            out("\t".join([*fields, r.name] if args.names else fields))
        if not args.confirm:
            return EXIT_OK
        if not overview.due:
            out(message("retention.none_due", {}, args.lang))
            return EXIT_OK
        report = service.delete(actor, [r.person_id for r in overview.due], overview.today)
    out(message("retention.deleted", {"count": len(report.deleted), "records": report.records}, args.lang))
    if report.not_due:
        out(message("retention.skipped", {"count": len(report.not_due)}, args.lang))
    return EXIT_OK
