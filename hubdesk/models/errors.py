"""The two kinds of error (STYLE.md, rule 9).

A :class:`UserFacingError` is something the person at the desk can understand and
act on: it carries a stable ``code`` and its ``params``; the views and the command
line turn these into a Dutch or English sentence. Anything else that escapes a
service is a bug.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any


@dataclasses.dataclass(frozen=True, slots=True)
class FieldIssue:
    """One problem with one input field: ``field`` is a dotted path (``person.postcode``)."""

    field: str
    code: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)


class UserFacingError(Exception):
    """An error whose cause the user can understand; ``code`` selects the sentence."""

    code: str = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params: dict[str, Any] = params
        super().__init__(f"{self.code} {params}" if params else self.code)


class ValidationFailed(UserFacingError):
    """Input did not pass validation; ``issues`` lists every problem found."""

    code = "validation.failed"

    def __init__(self, issues: Sequence[FieldIssue]) -> None:
        super().__init__(count=len(issues))
        self.issues: tuple[FieldIssue, ...] = tuple(issues)


class NotFound(UserFacingError):
    code = "record.not_found"


class StaleEdit(UserFacingError):
    """An edit was based on an older version than the one stored.

    ``current`` is the stored record as a read model, ``attempted`` the caller's
    changes; nothing was written.
    """

    code = "record.stale"

    def __init__(self, entity: str, current: Any, attempted: Mapping[str, Any]) -> None:
        super().__init__(entity=entity)
        self.current = current
        self.attempted = dict(attempted)


class DuplicatesFound(UserFacingError):
    """Registration would probably create a duplicate; ``candidates`` lists them."""

    code = "intake.duplicates"

    def __init__(self, candidates: Sequence[Any]) -> None:
        super().__init__(count=len(candidates))
        self.candidates = tuple(candidates)


class StoreError(UserFacingError):
    """The database cannot be opened or used (corrupt, newer, on a share, disk full...)."""

    code = "store.error"
