"""Hubs, nodes (installations) and workers."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.models.base import Base, Replicated, enum_type, replicated
from hubdesk.models.enums import Role, Stadsdeel


@replicated
class Hub(Replicated, Base):
    __tablename__ = "hubs"

    name: Mapped[str] = mapped_column(sa.String(120))
    stadsdeel: Mapped[Stadsdeel] = mapped_column(enum_type(Stadsdeel))
    address: Mapped[str] = mapped_column(sa.String(200), default="")
    phone: Mapped[str] = mapped_column(sa.String(20), default="")
    email: Mapped[str] = mapped_column(sa.String(254), default="")
    active: Mapped[bool] = mapped_column(default=True)
    retention_months: Mapped[int] = mapped_column(default=24)


@replicated
class Node(Replicated, Base):
    """An installation of hubdesk; it belongs to one hub."""

    __tablename__ = "nodes"

    hub_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("hubs.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(120))


@replicated
class Worker(Replicated, Base):
    __tablename__ = "workers"

    hub_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("hubs.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    username: Mapped[str] = mapped_column(sa.String(60), unique=True)
    role: Mapped[Role] = mapped_column(enum_type(Role), default=Role.HUB_WORKER)
    password_hash: Mapped[str | None] = mapped_column(sa.String(200))
    active: Mapped[bool] = mapped_column(default=True)


class NodeState(Base):
    """This installation's own identity (one row; never replicated)."""

    __tablename__ = "node_state"

    singleton: Mapped[int] = mapped_column(primary_key=True, default=1)
    node_id: Mapped[uuid.UUID]
    hub_id: Mapped[uuid.UUID | None]
    created_at: Mapped[dt.datetime]
    # A sandbox holds demo data: it never exchanges packages with real nodes.
    sandbox: Mapped[bool] = mapped_column(default=False)


class LoginState(Base):
    """Wrong-password bookkeeping per worker on this installation (never replicated)."""

    __tablename__ = "login_state"

    worker_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    failed_count: Mapped[int] = mapped_column(default=0)
    last_failed_at: Mapped[dt.datetime | None]
    locked_until: Mapped[dt.datetime | None]
    last_login_at: Mapped[dt.datetime | None]
