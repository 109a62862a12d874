"""Covering indexes for the programme indicators (the dashboard and the monitoring export).

The indicators read one period (a quarter) of visits, steps, trajectories, referrals and
the impact register, and look up each reached entrepreneur's attributes; these indexes
hold every column those queries need (migration 0008). Each ends with ``deleted_at``, so
that the "living rows only" condition is answered from the index too.
"""

from __future__ import annotations

import sqlalchemy as sa

from hubdesk.models import guidance, impact, people, referrals
from hubdesk.models.base import Base

_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_visits_period", "visits", ("at", "hub_id", "person_id", "channel", "needs", "deleted_at")),
    ("ix_guidance_steps_done", "guidance_steps", ("done_on", "status", "hub_id", "step_type", "deleted_at")),
    ("ix_trajectories_opened", "trajectories", ("opened_on", "closed_on", "hub_id", "deleted_at")),
    ("ix_trajectories_closed", "trajectories", ("closed_on", "opened_on", "hub_id", "deleted_at")),
    (
        "ix_referrals_sent",
        "referrals",
        ("sent_at", "hub_id", "partner_id", "outcome", "first_contact_on", "deleted_at"),
    ),
    ("ix_enterprises_founded", "enterprises", ("founded_on", "hub_id", "kvk_number", "deleted_at")),
    ("ix_persons_indicators", "persons", ("id", "registered_at", "birth_year", "income_situation", "deleted_at")),
    ("ix_person_index_stage", "person_index", ("person_id", "registered_at", "stage")),
    ("ix_consents_validity", "consents", ("person_id", "purpose", "given_at", "withdrawn_at", "deleted_at")),
    ("ix_stage_changes_changed", "stage_changes", ("changed_on", "trajectory_id")),
    ("ix_recognitions_awarded", "recognitions", ("awarded_on",)),
    ("ix_procurement_matches_matched", "procurement_matches", ("matched_on",)),
    ("ix_work_placements_start", "work_placements", ("period_start",)),
)

__all__ = ["INDEXES", "guidance", "impact", "people", "referrals"]

INDEXES = tuple(
    sa.Index(name, *(Base.metadata.tables[table].c[column] for column in columns)) for name, table, columns in _INDEXES
)
