"""The command line: ``hubdesk [--db PATH]`` starts the desktop; sub-commands run headless.

Exit codes: 0 done; 1 a problem the user can act on (one clear message);
2 a wrong command line; 3 an internal error (details in the log, never a traceback).
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hubdesk import __version__
from hubdesk.applog import setup_logging
from hubdesk.messages import LANGUAGES, default_language, error_text, message
from hubdesk.models.enums import ConsentMethod, Role, Stadsdeel
from hubdesk.models.errors import UserFacingError
from hubdesk.paths import default_db_path

if TYPE_CHECKING:
    from hubdesk.services.store import Store

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


def _prompt(text: str) -> str:
    sys.stderr.write(text)
    sys.stderr.flush()
    return sys.stdin.readline().strip()


def _credentials(code: str, path: str | Path) -> tuple[str, str]:
    """A worker's user name and password: HUBDESK_USER / HUBDESK_PASSWORD, else typed in a
    terminal; ``code`` is the error when neither is possible."""
    user = os.environ.get("HUBDESK_USER", "")
    password = os.environ.get("HUBDESK_PASSWORD")
    if user and password is not None:
        return user, password
    if not sys.stdin.isatty():
        raise UserFacingError(code, path=str(path))
    import getpass

    user = user or _prompt("hubdesk: user name: ")
    return user, password if password is not None else getpass.getpass("hubdesk: password: ")


def _db_key(db: str | Path) -> bytes | None:
    """The key of an encrypted database (None for a plain one): HUBDESK_DB_KEY (hex, or the
    recovery key), else a worker's credentials (HUBDESK_USER / HUBDESK_PASSWORD, or typed in a
    terminal). HUBDESK_DB_KEY also opens an encrypted database whose key file was lost."""
    from hubdesk.services import encryption

    path = Path(db)
    given = os.environ.get("HUBDESK_DB_KEY", "").strip()
    if "://" in str(db):
        return None
    if not encryption.is_encrypted(path):
        if given and path.is_file() and not encryption.key_file_path(path).exists():
            if path.stat().st_size > 0 and not encryption.has_plain_header(path):
                return encryption.parse_key(given)
        return None
    if given:
        key = encryption.parse_key(given)
        if not encryption.key_matches(path, key):
            raise UserFacingError("store.wrong_key", path=str(path))
        return key
    return encryption.unlock(path, *_credentials("encryption.key_needed", path))


def _cmd_recover(args: argparse.Namespace) -> int:
    """A worker's key slot from the recovery key: for a lost or damaged key file, or a worker
    whose password no longer opens the database at this PC."""
    from hubdesk.services import encryption
    from hubdesk.services.auth import AuthService
    from hubdesk.services.store import open_store

    path = Path(args.db)
    given = os.environ.get("HUBDESK_DB_KEY", "").strip()
    if not given:
        if not sys.stdin.isatty():
            raise UserFacingError("encryption.recovery_needed", path=str(path))
        import getpass

        given = getpass.getpass("hubdesk: recovery key: ")
    key = encryption.parse_key(given)
    key_file = encryption.key_file_path(path)
    usable = False
    if key_file.exists():
        try:
            if not encryption.key_matches(path, key):
                raise UserFacingError("encryption.recovery_failed")
            usable = True
        except UserFacingError as exc:
            if exc.code != "encryption.key_file_damaged":
                raise
    user, password = _credentials("encryption.credentials_needed", path)
    store = open_store(path, create=False, key=key)  # store.wrong_key when it is not this database's key
    try:
        if not usable:  # a new key file (the damaged one is kept aside), taken back if the login fails
            if key_file.exists():
                key_file.replace(key_file.with_name(key_file.name + ".damaged"))
            encryption.create_with_key(path, user, password, key=key, replace=True)
        try:
            AuthService(store).authenticate(user, password)
        except BaseException:
            if not usable:
                key_file.unlink(missing_ok=True)
            raise
    finally:
        store.dispose()
    encryption.enrol(path, key, user, password)
    _out(f"recovered\t{user}\t{args.db}")
    return EXIT_OK


def _open_store(db: str | Path, *, create: bool = True) -> Store:
    """The store at ``db``; an encrypted one is opened with the key :func:`_db_key` finds."""
    from hubdesk.services.store import open_store

    return open_store(db, create=create, key=_db_key(db))


def _cmd_encrypt(args: argparse.Namespace) -> int:
    from hubdesk.services import encryption
    from hubdesk.services.encrypting import encrypt_database

    if encryption.is_encrypted(Path(args.db)):  # before asking for a password
        raise UserFacingError("encryption.already_encrypted", path=args.db)
    user, password = _credentials("encryption.credentials_needed", args.db)
    result = encrypt_database(Path(args.db), user, password)
    lang = args.lang
    _out(f"encrypted\t{args.db}")
    _out(f"recovery-key\t{result.recovery}")
    _out(f"backups\t{result.backups_converted}")
    for path in result.backups_failed:
        sys.stderr.write(
            "hubdesk: "
            + (f"niet versleuteld (beschadigd?): {path}" if lang == "nl" else f"not encrypted (damaged?): {path}")
            + "\n"
        )
    sys.stderr.write(
        "hubdesk: "
        + (
            "schrijf de herstelsleutel op en bewaar hem veilig: hij wordt niet nog eens getoond"
            if lang == "nl"
            else "write the recovery key down and keep it safe: it is not shown again"
        )
        + "\n"
    )
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from hubdesk.services.demo import generate_demo

    store = _open_store(args.db)
    try:
        summary = generate_demo(store, args.entrepreneurs, seed=args.seed)
    finally:
        store.dispose()
    _out(f"{summary.entrepreneurs}\t{summary.rows}\t{args.db}")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    from hubdesk.services.search import SearchService

    store = _open_store(args.db, create=False)
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

    report = check_database(Path(args.db), _db_key(args.db))
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

    backup_database(Path(args.db), Path(args.out), _db_key(args.db))
    _out(str(args.out))
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from hubdesk.services.backups import BackupService

    for b in BackupService(Path(args.db), key=_db_key(args.db)).list():
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
    key = _db_key(db)
    result = BackupService(db, key=key).restore(backup)
    open_store(db, create=False, key=key).dispose()  # upgrades a copy from an older hubdesk
    _out(f"restored\t{result.restored.path}")
    if result.safety_copy is not None:
        _out(f"kept\t{result.safety_copy}")
    report = check_database(db, key)
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
    store = _open_store(args.db, create=False)
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
    from hubdesk.services.store import Actor

    store = _open_store(args.db, create=False)
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

    store = _open_store(args.db, create=False)
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

    store = _open_store(args.db, create=False)
    try:
        rows = ReferralService(store).listing(actor_for(store), overdue_only=args.overdue)
    finally:
        store.dispose()
    for r in rows:
        sent = r.sent_at.astimezone().date().isoformat() if r.sent_at else "-"
        due = r.feedback_due.isoformat() if r.feedback_due else "-"
        _out("\t".join((r.reference, r.status.value, sent, due, r.partner_name, r.person_name)))
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    import sqlalchemy as sa

    from hubdesk.models.org import Hub
    from hubdesk.services import quarterly_report as qr
    from hubdesk.services.files import write_atomically
    from hubdesk.services.indicators import Filter
    from hubdesk.services.setup import actor_for

    period = qr.parse_quarter(args.quarter)
    store = _open_store(args.db, create=False)
    try:
        actor = actor_for(store, args.user)
        hub_id = None
        if args.hub:
            with store.read() as s:
                hub_id = s.execute(sa.select(Hub.id).where(Hub.name == args.hub)).scalar()
            if hub_id is None:
                raise UserFacingError("hub.unknown", name=args.hub)
        flt = Filter(period, hub_id=hub_id, stadsdeel=Stadsdeel(args.stadsdeel) if args.stadsdeel else None)
        figures = qr.collect(store, actor, flt)
    finally:
        store.dispose()
    write_atomically(Path(args.out), qr.pdf_bytes(figures, args.lang))
    _out(f"pdf\t{period.label}\t{args.out}")
    if args.xlsx:
        write_atomically(Path(args.xlsx), qr.xlsx_bytes(figures, args.lang))
        _out(f"xlsx\t{period.label}\t{args.xlsx}")
    if args.csv:
        write_atomically(Path(args.csv), qr.csv_bytes(figures, args.lang))
        _out(f"csv\t{period.label}\t{args.csv}")
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


def _cmd_password(args: argparse.Namespace) -> int:
    from hubdesk.services.auth import AuthService

    password = read_new_password(args.password_env, args.username, args.lang)
    store = _open_store(args.db, create=False)
    try:
        AuthService(store).set_password_at_console(args.username, password)
    finally:
        store.dispose()
    _out(f"{args.username}\t{args.db}")
    return EXIT_OK


def _cmd_init(args: argparse.Namespace) -> int:
    from hubdesk.services.setup import initialize

    password = read_new_password(args.password_env, args.username, args.lang)
    store = _open_store(args.db)
    try:
        initialize(
            store,
            hub_name=args.hub,
            stadsdeel=Stadsdeel(args.stadsdeel),
            worker_name=args.worker,
            username=args.username,
            role=Role.ADMIN,
            password=password,
        )
    finally:
        store.dispose()
    _out(f"{args.hub}\t{args.username}\t{args.db}")
    return EXIT_OK


def _cmd_node_init(args: argparse.Namespace) -> int:
    from hubdesk.sync.keys import read_key_file
    from hubdesk.sync.node import init_node

    key = read_key_file(Path(args.programme_key_file))
    store = _open_store(args.db)
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
    from hubdesk.sync.service import SyncService

    store = _open_store(args.db, create=False)
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
    if report.monitoring_problem is not None:  # a warning: the sync itself went well
        problem = report.monitoring_problem
        sys.stderr.write("hubdesk: " + message(problem.code, problem.params, lang) + "\n")
    return EXIT_OK if report.ok else EXIT_USER


def _cmd_monitor(args: argparse.Namespace) -> int:
    from hubdesk.services.monitoring import MonitoringExport, parse_quarter

    quarters = [parse_quarter(q) for q in args.quarter]
    store = _open_store(args.db, create=False)
    try:
        export = MonitoringExport(store)
        if not quarters:
            quarters = export.default_quarters(include_current=args.current)
        written = export.write(Path(args.out), quarters)
    finally:
        store.dispose()
    for w in written:
        _out(f"{w.quarter}\t{w.area}\t{w.rows} figures\t{w.suppressed} suppressed\t{w.path}")
    return EXIT_OK


def _cmd_conflicts(args: argparse.Namespace) -> int:
    import json

    from hubdesk.sync.conflicts import ConflictService

    store = _open_store(args.db, create=False)
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


def _cmd_retention(args: argparse.Namespace) -> int:
    from hubdesk.services.retention import RetentionService
    from hubdesk.services.setup import actor_for

    store = _open_store(args.db, create=False)
    try:
        actor = actor_for(store, args.user)
        service = RetentionService(store)
        overview = service.overview(actor)
        for r in overview.due:
            fields = [str(r.person_id), r.last_contact_on.isoformat(), r.due_on.isoformat()]
            _out("\t".join([*fields, r.name] if args.names else fields))
        if not args.confirm:
            return EXIT_OK
        if not overview.due:
            _out(message("retention.none_due", {}, args.lang))
            return EXIT_OK
        report = service.delete(actor, [r.person_id for r in overview.due], overview.today)
    finally:
        store.dispose()
    _out(message("retention.deleted", {"count": len(report.deleted), "records": report.records}, args.lang))
    if report.not_due:
        _out(message("retention.skipped", {"count": len(report.not_due)}, args.lang))
    return EXIT_OK


def no_display() -> bool:
    """True on a Linux machine without a screen, where Qt would abort."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _uuid_arg(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an id: {text!r}") from None


def _cmd_audit_verify(args: argparse.Namespace) -> int:
    from hubdesk.services.audit_log import verify_store

    store = _open_store(args.db, create=False)
    try:
        report = verify_store(store)
    finally:
        store.dispose()
    if report.intact:
        _out(message("audit.intact", {"entries": report.entries}, args.lang))
        return EXIT_OK
    at = report.broken_at.astimezone().isoformat(timespec="seconds") if report.broken_at else "?"
    sys.stderr.write(f"hubdesk: {message('audit.broken', {'seq': report.broken_seq, 'at': at}, args.lang)}\n")
    return EXIT_USER


def _cmd_audit_export(args: argparse.Namespace) -> int:
    import sqlalchemy as sa

    from hubdesk.models.org import Worker
    from hubdesk.services.audit_log import AuditFilter, AuditLogService, period
    from hubdesk.services.setup import actor_for

    store = _open_store(args.db, create=False)
    try:
        actor = actor_for(store, args.user)
        worker_id = None
        if args.worker:
            with store.read() as s:
                worker_id = s.execute(sa.select(Worker.id).where(Worker.username == args.worker)).scalar()
            if worker_id is None:
                raise UserFacingError("worker.unknown", username=args.worker)
        since, until = period(args.date_from, args.date_to)
        filt = AuditFilter(person_id=args.person, worker_id=worker_id, since=since, until=until)
        count = AuditLogService(store).export_csv(actor, filt, Path(args.out))
    finally:
        store.dispose()
    _out(f"{count}\t{args.out}")
    return EXIT_OK


def _cmd_access_export(args: argparse.Namespace) -> int:
    from hubdesk.models.enums import Language
    from hubdesk.services.access_export import AccessExportService
    from hubdesk.services.setup import actor_for

    out = Path(args.out)
    if not out.is_dir():
        raise UserFacingError("file.folder_missing", path=str(out))
    store = _open_store(args.db, create=False)
    try:
        actor = actor_for(store, args.user)
        language = Language(args.language) if args.language else None
        export = AccessExportService(store).export(actor, args.person, language)
        pdf, data = export.write(out)
    finally:
        store.dispose()
    _out(f"{pdf}\n{data}")
    return EXIT_OK


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
    command(
        "encrypt",
        _cmd_encrypt,
        "encrypt a plain database (and its backups) with SQLCipher; asks for an admin's user name and password "
        "(or HUBDESK_USER and HUBDESK_PASSWORD) and prints the recovery key once",
    )
    command(
        "recover",
        _cmd_recover,
        "with the recovery key (HUBDESK_DB_KEY, or typed), let a worker's password open the encrypted database "
        "again (a lost key file); asks for their user name and password (or HUBDESK_USER and HUBDESK_PASSWORD)",
    )
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
    report = command(
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
    monitor = command(
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
    init = command("init", _cmd_init, "set up a new installation: its hub and first (admin) worker")
    init.add_argument("--hub", required=True, metavar="NAME")
    init.add_argument("--stadsdeel", required=True, choices=[s.value for s in Stadsdeel])
    init.add_argument("--worker", required=True, metavar="NAME")
    init.add_argument("--username", required=True)
    password_cmd = command(
        "password",
        _cmd_password,
        "give a worker of this hub a new password (e.g. a database from before logins); asked twice, or --password-env",
    )
    password_cmd.add_argument("--username", required=True)
    password_cmd.add_argument(
        "--password-env", metavar="VAR", help="read the new password from this environment variable"
    )
    init.add_argument(
        "--password-env",
        metavar="VAR",
        help="read the first worker's password from this environment variable (else it is asked at the terminal)",
    )
    audit_cmd = sub.add_parser("audit", help="the audit log: check its chain, export it")
    audit_sub = audit_cmd.add_subparsers(title="audit commands", parser_class=_Parser, required=True)
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
    audit_export.add_argument("--person", type=_uuid_arg, metavar="ID", help="only entries about this entrepreneur")
    audit_export.add_argument("--worker", metavar="USERNAME", help="only what this worker did")
    audit_export.add_argument("--from", dest="date_from", type=_date_arg, metavar="DATE", help="from this day")
    audit_export.add_argument("--to", dest="date_to", type=_date_arg, metavar="DATE", help="up to and including")
    audit_export.add_argument("--user", metavar="USERNAME", help="who exports (default: the first worker)")
    audit_export.set_defaults(func=_cmd_audit_export)
    access = command(
        "access-export",
        _cmd_access_export,
        "everything held about one entrepreneur (access request): a PDF and a JSON file in a folder",
    )
    access.add_argument("--person", required=True, type=_uuid_arg, metavar="ID")
    access.add_argument("--out", required=True, metavar="DIR")
    access.add_argument("--language", choices=["nl", "en"], help="of the PDF (default: the entrepreneur's own)")
    access.add_argument("--user", metavar="USERNAME", help="who exports (default: the first worker)")
    retention = command(
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
