"""Import every mapped module so that ``Base.metadata`` is complete."""

from hubdesk.models import guidance, impact, indicator_indexes, logs, org, people, referrals, snapshots, sync
from hubdesk.models.base import REPLICATED_ENTITIES, Base

__all__ = [
    "REPLICATED_ENTITIES",
    "Base",
    "guidance",
    "impact",
    "indicator_indexes",
    "logs",
    "org",
    "people",
    "referrals",
    "snapshots",
    "sync",
]
