"""Search over names, enterprise names, KVK numbers, e-mail and phone.

On SQLite with FTS5: a prefix query on ``person_fts`` with a LIMIT, so the first
page comes back without ranking every match. Elsewhere (no FTS5, PostgreSQL) the
same folded document is searched with LIKE. Both are insensitive to case and
diacritics and ignore name particles ("heijden" finds "van der Heijden").
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.enums import Stadsdeel, Stage
from hubdesk.models.names import tokens
from hubdesk.models.people import PersonIndex
from hubdesk.services.readmodels import EntrepreneurRow, ListFilter
from hubdesk.services.store import DRIVER_ERRORS, Store, translate_db_error

DEFAULT_LIMIT = 50
MAX_TOKENS = 8


_PHONE_LIKE = re.compile(r"^\+?[\d\s\-()]+$")


def query_tokens(text: str) -> list[str]:
    """The search tokens of what the worker typed (folded).

    A query that looks like a phone number ("06 1122 33", "+31 (0)6-11") becomes
    one run of digits, in the form the index keeps ("0611..." or "3161...").
    """
    stripped = text.strip()
    if _PHONE_LIKE.match(stripped) and sum(c.isdigit() for c in stripped) >= 3:
        digits = re.sub(r"\D", "", stripped.replace("(0)", ""))
        if stripped.startswith("+"):
            return [digits]
        if digits.startswith("00"):
            return [digits[2:]]
        return [digits]
    return tokens(text)[:MAX_TOKENS]


def fts_query(toks: Sequence[str]) -> str:
    """An FTS5 MATCH expression: every token as a quoted prefix, all required."""
    return " ".join(f'"{t}"*' for t in toks)


ROW_COLUMNS = (
    PersonIndex.person_id,
    PersonIndex.display_name,
    PersonIndex.enterprise_name,
    PersonIndex.stadsdeel,
    PersonIndex.stage,
    PersonIndex.open_trajectory,
    PersonIndex.registered_at,
    PersonIndex.last_contact_at,
)
"""What a list row shows: selected as columns, never as whole ORM rows (half the cost)."""


def row_from_index(r: Any) -> EntrepreneurRow:
    return EntrepreneurRow(
        person_id=r.person_id,
        name=r.display_name,
        enterprise_name=r.enterprise_name,
        stadsdeel=Stadsdeel(r.stadsdeel) if r.stadsdeel else None,
        stage=Stage(r.stage) if r.stage else None,
        open_trajectory=bool(r.open_trajectory),
        registered_at=r.registered_at,
        last_contact_at=r.last_contact_at,
    )


def matching_ids_query(toks: Sequence[str], use_fts: bool) -> sa.Select[Any]:
    """A SELECT of ``person_index.id`` for the rows that match every token."""
    if use_fts:
        fts = sa.table("person_fts", sa.column("rowid"))
        return sa.select(fts.c.rowid).where(sa.text("person_fts MATCH :q").bindparams(q=fts_query(toks)))
    padded = sa.literal(" ").concat(PersonIndex.doc)
    conditions = [padded.like(f"% {t.replace('%', '').replace('_', '')}%") for t in toks]
    return sa.select(PersonIndex.id).where(*conditions)


S = TypeVar("S", bound=sa.Select[Any])


def apply_filter(query: S, filters: ListFilter) -> S:
    """Restrict a query over ``person_index`` to the filters that are set."""
    if filters.stadsdeel is not None:
        query = query.where(PersonIndex.stadsdeel == filters.stadsdeel.value)
    if filters.stage is not None:
        query = query.where(PersonIndex.stage == filters.stage.value)
    if filters.open_trajectory is not None:
        query = query.where(PersonIndex.open_trajectory == filters.open_trajectory)
    return query


NO_FILTER = ListFilter()


def search_session(
    session: Session, text: str, *, use_fts: bool, limit: int = DEFAULT_LIMIT, filters: ListFilter = NO_FILTER
) -> list[EntrepreneurRow]:
    toks = query_tokens(text)
    if not toks:
        return []
    matches = matching_ids_query(toks, use_fts)
    if filters != NO_FILTER:
        # Filtered: the match goes inside, so that the limit applies to rows that pass the filter.
        ids = (
            apply_filter(sa.select(PersonIndex.id).where(PersonIndex.id.in_(matches.scalar_subquery())), filters)
            .limit(limit)
            .subquery()
        )
    else:
        ids = matches.limit(limit).subquery()
    rows = session.execute(
        sa.select(*ROW_COLUMNS).join(ids, PersonIndex.id == list(ids.c)[0]).order_by(PersonIndex.sort_key)
    )
    return [row_from_index(r) for r in rows]


_FTS_COLUMNS = (
    "pi.person_id, pi.display_name, pi.enterprise_name, pi.stadsdeel, pi.stage, pi.open_trajectory, "
    "pi.registered_at, pi.last_contact_at"
)


def _fts_sql(filters: ListFilter) -> tuple[str, list[Any]]:
    """The FTS5 search as one SQL statement (the SQLAlchemy query of :func:`search_session`, written out)."""
    conditions, params = [], []
    for column, value in (
        ("stadsdeel", filters.stadsdeel.value if filters.stadsdeel else None),
        ("stage", filters.stage.value if filters.stage else None),
        ("open_trajectory", None if filters.open_trajectory is None else int(filters.open_trajectory)),
    ):
        if value is not None:
            conditions.append(f"f.{column} = ?")
            params.append(value)
    if conditions:
        ids = (
            "SELECT f.id FROM person_index f WHERE f.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?) "
            f"AND {' AND '.join(conditions)} LIMIT ?"
        )
    else:
        ids = "SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT ?"
    return f"SELECT {_FTS_COLUMNS} FROM person_index pi WHERE pi.id IN ({ids}) ORDER BY pi.sort_key", params


def _utc(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def _row_from_sqlite(r: tuple[Any, ...]) -> EntrepreneurRow:
    pid, name, enterprise, stadsdeel, stage, open_trajectory, registered, last_contact = r
    return EntrepreneurRow(
        person_id=uuid.UUID(hex=pid),
        name=name,
        enterprise_name=enterprise,
        stadsdeel=Stadsdeel(stadsdeel) if stadsdeel else None,
        stage=Stage(stage) if stage else None,
        open_trajectory=bool(open_trajectory),
        registered_at=_utc(registered),  # type: ignore[arg-type]  # NOT NULL columns
        last_contact_at=_utc(last_contact),  # type: ignore[arg-type]
    )


class SearchService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def search(self, text: str, limit: int = DEFAULT_LIMIT, filters: ListFilter = NO_FILTER) -> list[EntrepreneurRow]:
        """Up to ``limit`` persons matching every word typed (and the filters), sorted by name.

        An empty or punctuation-only query returns an empty list. On SQLite with FTS5
        the search is one statement on the driver's connection (as fast as the raw
        query: this runs on every keystroke); elsewhere it runs through SQLAlchemy.
        """
        if not self._store.has_fts:
            with self._store.read() as s:
                return search_session(s, text, use_fts=False, limit=limit, filters=filters)
        toks = query_tokens(text)
        if not toks:
            return []
        sql, params = _fts_sql(filters)
        with self._store.engine.connect() as conn:
            try:
                dbapi = conn.connection.driver_connection
                assert dbapi is not None
                rows = dbapi.execute(sql, [fts_query(toks), *params, limit]).fetchall()
            except DRIVER_ERRORS as exc:  # sqlite3's, or SQLCipher's for an encrypted database
                raise translate_db_error(exc, self._store.location) from exc
        return [_row_from_sqlite(r) for r in rows]
