"""Alembic environment for hubdesk.

Normally run from :func:`hubdesk.services.store.open_store`, which passes an open
connection. ``render_as_batch`` is on for both modes: without it an ALTER on SQLite
fails after earlier operations of the same migration were applied.
"""

from __future__ import annotations

import warnings

import sqlalchemy as sa
from alembic import context

from hubdesk.models.tables import Base

# Rebuilding a table on SQLite reflects the tables it points at; SQLAlchemy cannot
# reflect expression indexes (persons' lower(email)) and says so. The index is
# not part of what is rebuilt, so the notice is expected.
warnings.filterwarnings("ignore", message="Skipped unsupported reflection of expression-based index")

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = sa.create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///hubdesk-dev.sqlite")
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("hubdesk migrations run online only")
run_migrations_online()
