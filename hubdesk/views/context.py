"""What every view gets: the services, the task runner and the one "data changed" signal."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from hubdesk.services.auth import AuthService
from hubdesk.services.catalog import CatalogService
from hubdesk.services.guidance import GuidanceService
from hubdesk.services.intake import IntakeService
from hubdesk.services.listing import ListingService
from hubdesk.services.readmodels import Changes
from hubdesk.services.referrals import ReferralService
from hubdesk.services.roles import Permission
from hubdesk.services.search import SearchService
from hubdesk.services.session_info import desk_info
from hubdesk.services.store import Actor, Store
from hubdesk.views.tasks import TaskRunner


class AppSignals(QObject):
    """Application-wide notifications.

    ``sig_data_changed(Changes)``: a write changed these records; each view decides
    whether it must refresh.
    """

    sig_data_changed = Signal(object)

    def announce(self, changes: Changes) -> None:
        if changes:
            self.sig_data_changed.emit(changes)


@dataclass
class AppContext:
    store: Store
    actor: Actor
    runner: TaskRunner
    signals: AppSignals
    worker_name: str
    hub_name: str
    sandbox: bool = False
    desk_name: str = ""
    # What the actor's role allows (hubdesk.services.roles), read once: the screens and
    # menus shown; the services check again on every call.
    permissions: frozenset[Permission] = field(default_factory=frozenset)
    # A second database thread for long computations that only read (the dashboard's
    # figures), so that they never hold up the desk's work queued on ``runner``.
    background: TaskRunner | None = None

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions

    @property
    def slow_runner(self) -> TaskRunner:
        """Where long read-mostly work goes: the background thread, if there is one."""
        return self.background or self.runner

    @classmethod
    def create(cls, store: Store, actor: Actor, runner: TaskRunner, background: TaskRunner | None = None) -> AppContext:
        """The context for ``actor`` at this desk (reads the names for the status bar)."""
        info = desk_info(store, actor)
        return cls(
            store=store,
            actor=actor,
            runner=runner,
            signals=AppSignals(),
            worker_name=info.worker_name,
            hub_name=info.hub_name,
            sandbox=info.sandbox,
            desk_name=info.desk_name,
            permissions=AuthService(store).permissions(actor),
            background=background,
        )

    def __post_init__(self) -> None:
        self.intake = IntakeService(self.store)
        self.search = SearchService(self.store)
        self.listing = ListingService(self.store)
        self.guidance = GuidanceService(self.store)
        self.catalog = CatalogService(self.store)
        self.referrals = ReferralService(self.store)
        self.auth = AuthService(self.store)
