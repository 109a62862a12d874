"""Declarative base, column types and the replicated-record mixin (DESIGN.md "Identity").

Every replicated record has a UUID key, a ``version``, ``created_at``/``updated_at``,
the node that changed it last and a soft-delete tombstone (``deleted_at``). Versions
and the change log are maintained by :mod:`hubdesk.services.changelog`, never by hand.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator
from uuid6 import uuid7

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC timestamp on every backend.

    SQLite has no time zones: values are stored as naive UTC and returned aware.
    Naive input is refused, so local time can never slip in unnoticed.
    """

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def enum_type(enum_cls: type[enum.Enum]) -> sa.Enum:
    """Store an enum by its value (a stable code), without a CHECK constraint.

    No constraint, so that a newer node's new code does not break an older node's
    import; the value is still validated when it is loaded.
    """
    return sa.Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=40,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: sa.Uuid(as_uuid=True),
        dt.datetime: UTCDateTime(),
        dict[str, Any]: sa.JSON(),
        list[str]: sa.JSON(),
    }


def new_id() -> uuid.UUID:
    """A new record or change id: a time-ordered UUID (version 7, RFC 9562).

    Ids made one after the other sort one after the other, so that a new record's
    key, and the keys of the rows that point to it, go to the end of their indexes
    instead of to a random page of each. A sync import of 100,000 entrepreneurs
    writes about half as many pages this way (``benchmarks/bench_sync.py``).

    The first 12 digits are the time of creation in milliseconds, which the record
    carries anyway (``created_at``); ids made faster than one a millisecond each take
    the next millisecond, so that they stay in order. The other 74 bits are random. Ids are
    never shown cut to their first digits (those are alike for ids made close
    together): see :func:`short_id`. Values that must not tell when they were made,
    such as pseudonyms, are not ids and stay wholly random.
    """
    return uuid.UUID(int=uuid7().int)


def short_id(value: uuid.UUID) -> str:
    """Eight digits that tell ids apart on screen or in a file name: the random end."""
    return value.hex[-8:]


class Replicated:
    """Mixin for records that are replicated between nodes through the change log.

    ``version`` is 1 on creation and raised by one on every change. SQLAlchemy uses
    it as the optimistic-locking column: an UPDATE that finds another version in
    the database raises ``StaleDataError`` instead of overwriting.
    """

    # Field names that describe the record rather than belong to it: not carried as
    # changed fields in the change log (the change entry has its own copies).
    META_FIELDS = frozenset({"id", "version", "created_at", "updated_at", "updated_by_node"})

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    updated_by_node: Mapped[uuid.UUID]
    deleted_at: Mapped[dt.datetime | None]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr takes the class
        # Runs for each mapped subclass, which has a __table__ by then.
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}  # type: ignore[attr-defined]

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


REPLICATED_ENTITIES: dict[str, type[Any]] = {}
"""Entity name (the table name) -> mapped class, for every replicated model."""


def replicated(cls: type[Any]) -> type[Any]:
    """Class decorator registering a mapped class as a replicated entity."""
    REPLICATED_ENTITIES[cls.__tablename__] = cls
    return cls
