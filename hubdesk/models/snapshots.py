"""Stored indicator figures (a materialised view of the dashboard's queries); local only.

:class:`IndicatorSnapshot` keeps the figures one call of
:meth:`hubdesk.services.indicators.IndicatorService.figures` gave for one selection, with
when they were computed and the "data mark" of the database at that moment (see
:mod:`hubdesk.services.indicator_snapshots`). Derived data: never replicated, never in
the change log or the audit log, and safe to delete at any time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.models.base import Base

ALL = ""
"""The ``hub`` and ``stadsdeel`` of a selection that takes in every hub or stadsdeel."""


class IndicatorSnapshot(Base):
    """The figures of one selection: a period, a hub (its id as 32 hex digits) or all
    (``""``), a stadsdeel (its code) or all (``""``), and the grouping (programme,
    stadsdeel or hub)."""

    __tablename__ = "indicator_snapshots"

    period_start: Mapped[dt.date] = mapped_column(primary_key=True)
    period_end: Mapped[dt.date] = mapped_column(primary_key=True)
    hub: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    stadsdeel: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    grouping: Mapped[str] = mapped_column(sa.String(12), primary_key=True)
    figures: Mapped[list[Any]] = mapped_column(sa.JSON)
    computed_at: Mapped[dt.datetime]
    data_mark: Mapped[str] = mapped_column(sa.String(80))
