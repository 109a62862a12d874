"""The import itself: the dry run, and writing the new rows in one transaction."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from hubdesk.models.base import Replicated
from hubdesk.models.enums import (
    AuditAction,
    ConsentMethod,
    ConsentPurpose,
    IncomeSituation,
)
from hubdesk.models.errors import FieldIssue, UserFacingError, ValidationFailed
from hubdesk.models.logs import AuditEvent
from hubdesk.models.schemas import CURRENT_SBI_VERSION
from hubdesk.models.tables import Base
from hubdesk.services import audit
from hubdesk.services.backups import BackupReason, BackupService
from hubdesk.services.bulk import BulkWriter, write_batch
from hubdesk.services.changelog import HubSession
from hubdesk.services.indexing import index_row
from hubdesk.services.readmodels import Changes
from hubdesk.services.spreadsheet.duplicates import ExistingLookup, file_keys
from hubdesk.services.spreadsheet.mapping import mapping_problems
from hubdesk.services.spreadsheet.model import (
    BLOCKING,
    ImportCancelled,
    ImportReport,
    Mapping_,
    Progress,
    RowResult,
    RowStatus,
    Sheet,
)
from hubdesk.services.spreadsheet.rows import Candidate, evaluate_row
from hubdesk.services.store import DRIVER_ERRORS, Actor, Store, translate_db_error

PROGRESS_EVERY = 100

WRITE_BATCH = 1000


def _report_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


def sheet_problems(sheet: Sheet, mapping: Mapping_) -> list[FieldIssue]:
    """The notices of a sheet with this mapping: what the reader noticed, then the mapping's problems."""
    return [*sheet.notices, *mapping_problems(mapping)]


def _complete(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """Every data column of ``table`` (bulk rows need them all): the Python-side default or
    None for those not given, so a column added by a later schema does not break the import."""
    for column in Base.metadata.tables[table].columns:
        if column.name in values or column.name in Replicated.META_FIELDS or column.name == "deleted_at":
            continue
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            values[column.name] = default.arg  # type: ignore[attr-defined]
        elif default is not None and getattr(default, "is_callable", False):
            values[column.name] = default.arg(None)  # type: ignore[attr-defined]
        else:
            values[column.name] = None
    return values


class ImportService:
    """Dry runs and imports of spreadsheets into one store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _evaluate(
        self, session: Session, sheet: Sheet, mapping: Mapping_, progress: Progress | None, total: int
    ) -> tuple[list[RowResult], list[Candidate]]:
        """Every row's fate, in the order of the file, and the new registrations."""
        columns = [(i, f) for i, f in enumerate(mapping) if f is not None and i < len(sheet.headers)]
        results: dict[int, RowResult | Candidate] = {}
        valid: list[Candidate] = []
        lookup = ExistingLookup(session)
        pending: list[Candidate] = []
        for done, row in enumerate(sheet.rows, start=1):
            outcome = evaluate_row(row, columns)
            if isinstance(outcome, Candidate):
                pending.append(outcome)
                valid.append(outcome)
            if outcome is not None:
                results[row.number] = outcome
            if len(pending) >= WRITE_BATCH:
                lookup.flag(pending)
                pending = []
            if done % PROGRESS_EVERY == 0:
                _report_progress(progress, done, total)
        lookup.flag(pending)
        _report_progress(progress, len(sheet.rows), total)
        seen: dict[tuple[str, str], int] = {}
        for c in valid:
            keys = file_keys(c)
            earlier = next((seen[k] for k in keys if k in seen), None)
            if earlier is not None and c.status is RowStatus.NEW:
                c.status = RowStatus.DUPLICATE_IN_FILE
                c.same_as_row = earlier
            for k in keys:
                seen.setdefault(k, c.row)
        rows = []
        for outcome in results.values():
            if isinstance(outcome, RowResult):
                rows.append(outcome)
                continue
            issues: tuple[FieldIssue, ...] = ()
            if outcome.status is RowStatus.DUPLICATE:
                first = outcome.matches[0]
                issues = (FieldIssue("", f"import.duplicate_{first.reasons[0]}", {"name": first.name}),)
            elif outcome.status is RowStatus.DUPLICATE_IN_FILE:
                issues = (FieldIssue("", "import.duplicate_in_file", {"row": outcome.same_as_row}),)
            rows.append(
                RowResult(outcome.row, outcome.status, outcome.name, issues, outcome.matches, outcome.same_as_row)
            )
        return rows, [c for c in valid if c.status is RowStatus.NEW]

    def dry_run(self, sheet: Sheet, mapping: Mapping_, *, progress: Progress | None = None) -> ImportReport:
        """What :meth:`apply` would do; reads only. Raises :class:`ImportCancelled` when cancelled."""
        with self._store.read() as s:
            rows, _ = self._evaluate(s, sheet, mapping, progress, len(sheet.rows))
        return ImportReport(sheet.path.name, tuple(sheet_problems(sheet, mapping)), tuple(rows))

    def apply(
        self,
        actor: Actor,
        sheet: Sheet,
        mapping: Mapping_,
        consent: ConsentMethod | None,
        *,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Register every new row, all or nothing, after a "before-import" backup.

        ``consent`` is how the people on the list gave their consent to be registered,
        as the worker confirmed; None refuses (``import.consent_required``). A file that
        was cut off refuses (``import.truncated``), and so does a mapping without a name or
        with a field twice (:class:`ValidationFailed` with the mapping's problems).
        Cancelling (see the module) raises :class:`ImportCancelled` after the rollback.
        """
        if consent is None:
            raise UserFacingError("import.consent_required")
        problems = [p for p in sheet_problems(sheet, mapping) if p.code in BLOCKING]
        for problem in problems:
            if problem.code == "import.truncated":
                raise UserFacingError("import.truncated", row=problem.params.get("row", ""))
        if problems:
            raise ValidationFailed(problems)
        store = self._store
        backup = None
        if store.path is not None:
            backup = BackupService.for_store(store).take(BackupReason.BEFORE_IMPORT).path
        now = store.clock()
        # Progress: checking the rows is the first half of the way, writing the second.
        half = max(1, len(sheet.rows))

        def written(count: int) -> None:
            _report_progress(progress, half + (count * half) // max(1, len(new)), 2 * half)

        try:
            with store.engine.connect() as conn, conn.begin():
                session = HubSession(bind=conn)
                try:
                    rows, new = self._evaluate(session, sheet, mapping, progress, 2 * half)
                    changes = self._write(conn, session, actor, new, consent, now, sheet.path.name, written)
                finally:
                    session.close()
        except (OperationalError, DBAPIError) as exc:
            raise translate_db_error(exc, store.location) from exc
        except DRIVER_ERRORS as exc:  # sqlite3's, or SQLCipher's for an encrypted database
            raise translate_db_error(exc, store.location) from exc
        return ImportReport(
            sheet.path.name,
            tuple(sheet_problems(sheet, mapping)),
            tuple(rows),
            applied=True,
            backup=backup,
            changes=changes,
        )

    def _write(
        self,
        conn: sa.Connection,
        session: Session,
        actor: Actor,
        new: list[Candidate],
        consent: ConsentMethod,
        now: dt.datetime,
        source: str,
        progress: Callable[[int], None],
    ) -> Changes:
        """Queue and write the new registrations in the caller's transaction (bulk, with the
        change log and one audit event per entrepreneur, chained as :mod:`audit` does)."""
        store = self._store
        writer = BulkWriter.for_connection(conn, node_id=store.node_id, worker_id=actor.worker_id, now=now)
        last_hash = session.execute(sa.select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).scalar()
        prev_hash: str = last_hash or audit.GENESIS
        text_version = f"import-{now.astimezone().date().isoformat()}"
        ids: dict[str, set[uuid.UUID]] = {
            name: set() for name in ("persons", "enterprises", "person_enterprises", "consents")
        }
        for done, c in enumerate(new, start=1):
            p = c.data.person
            person = _complete(
                "persons",
                {
                    "hub_id": actor.hub_id,
                    "given_name": p.given_name,
                    "infix": p.infix,
                    "family_name": p.family_name,
                    "email": p.email,
                    "phone_e164": p.phone,
                    "preferred_language": p.preferred_language,
                    "home_postcode": p.home_postcode,
                    "stadsdeel": c.stadsdeel,
                    "wijk": p.wijk,
                    "birth_year": p.birth_year,
                    "income_situation": IncomeSituation.NOT_ASKED,
                    "pseudonym_id": secrets.token_hex(16),
                    "registered_at": now,
                    "last_contact_at": now,
                },
            )
            pid = writer.add("persons", person)
            person["id"] = pid
            ids["persons"].add(pid)
            enterprises: list[dict[str, Any]] = []
            if c.data.enterprise is not None:
                values = c.data.enterprise.model_dump(exclude={"role"})
                values["sbi_version"] = CURRENT_SBI_VERSION if values["sbi_code"] else None
                ent = _complete("enterprises", {"hub_id": actor.hub_id, **values})
                eid = writer.add("enterprises", ent)
                ent["id"] = eid
                enterprises.append(ent)
                ids["enterprises"].add(eid)
                link = {"person_id": pid, "enterprise_id": eid, "role": c.data.enterprise.role}
                ids["person_enterprises"].add(writer.add("person_enterprises", link))
            consent_row = {
                "person_id": pid,
                "hub_id": actor.hub_id,
                "purpose": ConsentPurpose.REGISTRATION,
                "partner_id": None,
                "data_items": [],
                "text_version": text_version,
                "method": consent,
                "given_at": now,
                "recorded_by": actor.worker_id,
                "withdrawn_at": None,
            }
            ids["consents"].add(writer.add("consents", _complete("consents", consent_row)))
            writer.add_derived(
                "person_index",
                index_row(
                    {**person, "stadsdeel": c.stadsdeel.value if c.stadsdeel else None},
                    [{**e, "stage": e["stage"].value} for e in enterprises],
                    False,
                ),
            )
            event = AuditEvent(
                at=now,
                node_id=store.node_id,
                worker_id=actor.worker_id,
                action=AuditAction.CREATE,
                entity="persons",
                record_id=pid,
                person_id=pid,
                # The kind of file only: a file name is free text and may hold a name.
                detail={"import": source.rsplit(".", 1)[-1].lower() if "." in source else "sheet"},
                prev_hash=prev_hash,
            )
            event.hash = audit.entry_hash(prev_hash, audit._payload(event))  # exactly as audit.record hashes
            prev_hash = event.hash
            writer.add_derived(
                "audit_events",
                {
                    "at": now,
                    "node_id": store.node_id,
                    "worker_id": actor.worker_id,
                    "action": AuditAction.CREATE,
                    "entity": "persons",
                    "record_id": pid,
                    "person_id": pid,
                    "detail": event.detail,
                    "prev_hash": event.prev_hash,
                    "hash": event.hash,
                },
            )
            if done % WRITE_BATCH == 0:
                write_batch(conn, writer.take())
            if done % PROGRESS_EVERY == 0:
                progress(done)
        write_batch(conn, writer.take())
        progress(len(new))
        return Changes({k: frozenset(v) for k, v in ids.items() if v}, frozenset(ids["persons"]))
