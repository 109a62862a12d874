"""Checking and backing up a database without changing it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from alembic.script import ScriptDirectory

from hubdesk.models.errors import StoreError
from hubdesk.services.audit import verify_chain
from hubdesk.services.changelog import HubSession
from hubdesk.services.store import (
    DRIVER_DATABASE_ERRORS,
    DRIVER_ERRORS,
    alembic_config,
    backup_sqlite,
    check_sqlite_file,
    cipher_url,
    connect_sqlite,
    inspect_sqlite_file,
    leave_no_trace_on_error,
    translate_db_error,
)

COUNTED_TABLES = ("persons", "enterprises", "visits", "trajectories", "guidance_steps", "referrals", "change_log")


@dataclass
class CheckReport:
    """The outcome of :func:`check_database`; ``problems`` holds codes with details."""

    revision: str | None
    head: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def upgrade_needed(self) -> bool:
        return self.revision != self.head


def _open_existing(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A plain connection to an existing database; the callers here only read.
    ``key``: the database key of an encrypted database.

    (Not ``mode=ro``: FTS5's integrity-check command is issued as an INSERT.)
    """
    if not path.exists():
        raise StoreError("store.missing", path=str(path))
    if key is None:
        check_sqlite_file(path)
    else:
        inspect_sqlite_file(path, key)  # store.wrong_key, store.not_encrypted
    with leave_no_trace_on_error(path):
        conn = connect_sqlite(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DRIVER_ERRORS as exc:
            conn.close()
            raise translate_db_error(exc, path) from exc
    return conn


def _check_audit_chain(path: Path, report: CheckReport, key: bytes | None = None) -> None:
    engine = sa.create_engine(f"sqlite:///{path}" if key is None else cipher_url(path, key))
    try:
        with HubSession(bind=engine) as session:
            broken = verify_chain(session)
    finally:
        engine.dispose()
    if broken is not None:
        report.problems.append(("check.audit_chain", str(broken)))


def check_database(path: Path, key: bytes | None = None) -> CheckReport:
    """Integrity, foreign keys, search index, audit chain and schema version; changes nothing.
    ``key``: the database key of an encrypted database.

    Raises :class:`StoreError` when the file cannot be read as a database at all.
    """
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head() or ""
    known = {rev.revision for rev in script.walk_revisions()}
    conn = _open_existing(path, key)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        report = CheckReport(revision=revision, head=head)
        if revision is None:
            report.problems.append(("store.not_hubdesk", ""))
            return report
        if revision not in known:
            report.problems.append(("store.newer", revision))
            return report
        try:
            results = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if results != ["ok"]:
                report.problems.append(("check.integrity", "; ".join(results[:5])))
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                report.problems.append(("check.foreign_keys", f"{len(fk)}"))
            if "person_fts" in tables:
                try:
                    conn.execute("INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)")
                except DRIVER_ERRORS as exc:
                    report.problems.append(("check.search_index", str(exc)))
            for table in COUNTED_TABLES:
                if table in tables:
                    report.counts[table] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if "audit_events" in tables:
                _check_audit_chain(path, report, key)
        except DRIVER_DATABASE_ERRORS as exc:
            report.problems.append(("check.integrity", str(exc)))
    finally:
        conn.close()
    return report


def backup_database(path: Path, out: Path, key: bytes | None = None) -> None:
    """A consistent copy of the database at ``path`` in ``out``, which must not exist yet.
    With ``key`` (an encrypted database) the copy is encrypted with the same key."""
    inspect_sqlite_file(path, key)  # refuses another program's database
    conn = _open_existing(path, key)
    try:
        if out.exists():
            raise StoreError("store.backup_exists", path=str(out))
        backup_sqlite(conn, out, key=key)
    finally:
        conn.close()
