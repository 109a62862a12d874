"""Workers' accounts and logging in: argon2 password hashes, password rules, slowing
down and locking out repeated wrong passwords, and the admin's account changes.

Who may do what is in :mod:`hubdesk.services.roles`. A password is never stored: only
its argon2 hash, which reaches the other nodes of the worker's hub through sync
(:data:`hubdesk.sync.scope.HUB_ONLY_FIELDS`), and, for an encrypted database, the
database key wrapped under it in the key file (:mod:`hubdesk.services.encryption`: a
password change re-wraps it, a new or reset password gets a slot, a deactivated worker
loses theirs). The wrong-password bookkeeping (:class:`~hubdesk.models.org.LoginState`)
is this installation's own.

Error codes (sentences in :mod:`hubdesk.messages`):

- ``login.failed``: a wrong password, an unknown, inactive or other hub's user name, or
  an account without a password: deliberately one answer, so that it tells nothing.
- ``login.wait`` (``seconds``): after :data:`DELAY_AFTER` failures each further try must
  wait an increasing delay (:func:`delay_after`); the password is not even checked.
- ``login.locked`` (``minutes``): after :data:`LOCK_AFTER` failures, for :data:`LOCK_MINUTES`.
- ``password.too_short`` (``min``), ``password.too_long`` (``max``), ``password.too_simple``,
  ``password.contains_username``, ``password.mismatch``, ``password.old_wrong``.
- ``worker.admin_only``, ``worker.username_invalid``, ``worker.username_taken``,
  ``worker.name_required``, ``worker.last_admin``, ``worker.not_found``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from hubdesk.models.enums import AuditAction, Role
from hubdesk.models.errors import UserFacingError
from hubdesk.models.org import LoginState, NodeState, Worker
from hubdesk.services import audit, encryption
from hubdesk.services.roles import Permission, allowed, permissions_of, require, role_of
from hubdesk.services.store import Actor, Store

# About 75 ms per hash on a 2-core desk PC (measured here: 74-80 ms), i.e. slow for a
# guesser and quick enough that logging in and unlocking feel immediate. Argon2id.
TIME_COST = 3
MEMORY_KIB = 32 * 1024
PARALLELISM = 1

PASSWORD_MIN = 10
PASSWORD_MAX = 200
MIN_DISTINCT = 5  # "aaaaaaaaaa", "1212121212" and the like are refused
DELAY_AFTER = 3
DELAY_BASE_SECONDS = 5
LOCK_AFTER = 5
LOCK_MINUTES = 15
USERNAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{1,59}")
DEMO_PASSWORD = "demo-demo-demo"
"""The password of every worker in a practice (demo) database; the login screen shows it there."""
_COMMON = frozenset(
    {
        "wachtwoord",
        "wachtwoord1",
        "wachtwoord123",
        "welkom123",
        "welkom1234",
        "password",
        "password1",
        "password123",
        "1234567890",
        "0123456789",
        "qwertyuiop",
        "azertyuiop",
        "abcdefghij",
    }
)


def default_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM)


def delay_after(failures: int) -> dt.timedelta:
    """How long the next try must wait after ``failures`` wrong passwords in a row:
    nothing before :data:`DELAY_AFTER`, then 5 s, 10 s, 20 s ... (doubling)."""
    if failures < DELAY_AFTER:
        return dt.timedelta(0)
    return dt.timedelta(seconds=DELAY_BASE_SECONDS * 2 ** (failures - DELAY_AFTER))


def refuse_while_waiting(
    failures: int, last_failed_at: dt.datetime | None, locked_until: dt.datetime | None, now: dt.datetime
) -> None:
    """Raise ``login.locked`` while a lock lasts, or ``login.wait`` while the delay after
    ``failures`` wrong passwords in a row lasts; a try then is not even checked. A lock
    that has passed is the caller's to clear: the count starts again."""
    if locked_until is not None and now < locked_until:
        raise UserFacingError("login.locked", minutes=max(1, math.ceil((locked_until - now).total_seconds() / 60)))
    wait = delay_after(failures)
    if last_failed_at is not None and wait and now < last_failed_at + wait:
        raise UserFacingError("login.wait", seconds=max(1, math.ceil((last_failed_at + wait - now).total_seconds())))


def password_problem(password: str, username: str = "") -> str | None:
    """The error code of the first rule ``password`` breaks, or None if it is acceptable.

    At least :data:`PASSWORD_MIN` characters; a passphrase of several words with spaces
    is welcome (spaces count). Not one character or a short pattern repeated, not a
    well-known password, not containing the user name.
    """
    if len(password) < PASSWORD_MIN:
        return "password.too_short"
    if len(password) > PASSWORD_MAX:
        return "password.too_long"
    if len(set(password.casefold())) < MIN_DISTINCT or password.casefold() in _COMMON:
        return "password.too_simple"
    name = username.strip().casefold()
    folded = password.casefold()
    # A short user name only counts as a word of its own ("ada" is in "kadaster").
    if len(name) >= 3 and name in folded and (len(name) >= 5 or name in re.split(r"[^\w]+", folded)):
        return "password.contains_username"
    return None


def check_password_rules(password: str, username: str = "", repeated: str | None = None) -> None:
    """Raise the :func:`password_problem` as a ``UserFacingError``; with ``repeated`` (the
    second entry of a form), ``password.mismatch`` when the two differ."""
    problem = password_problem(password, username)
    if problem is not None:
        raise UserFacingError(problem, min=PASSWORD_MIN, max=PASSWORD_MAX)
    if repeated is not None and repeated != password:
        raise UserFacingError("password.mismatch")


@dataclass(frozen=True, slots=True)
class WorkerInfo:
    """A worker as the Workers screen shows them (no hash)."""

    id: uuid.UUID
    name: str
    username: str
    role: Role
    active: bool
    has_password: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class LoginSession:
    """A worker who logged in: who they are and what role they have."""

    actor: Actor
    username: str
    name: str
    role: Role


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


class AuthService:
    """Accounts of this node's hub. ``hasher`` is injectable so that tests hash cheaply."""

    def __init__(self, store: Store, *, hasher: PasswordHasher | None = None) -> None:
        self._store = store
        self._hasher = hasher or default_hasher()
        self._dummy_hash = ""  # verified when the user name is unknown, so that the answer takes as long

    # -- hashing -----------------------------------------------------------------------------
    def hash_password(self, password: str) -> str:
        return self._hasher.hash(password)

    def _matches(self, stored: str | None, password: str) -> bool:
        if not stored:
            self._burn(password)
            return False
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):  # a wrong password, or a damaged hash
            return False

    def _burn(self, password: str) -> None:
        if not self._dummy_hash:
            self._dummy_hash = self._hasher.hash("not the password of anyone")
        try:
            self._hasher.verify(self._dummy_hash, password)
        except VerificationError:
            pass

    # -- logging in --------------------------------------------------------------------------
    def authenticate(self, username: str, password: str) -> Actor:
        """The actor for this worker of this node's hub, if ``password`` is theirs.

        Raises ``login.failed``, ``login.wait`` or ``login.locked`` (see the module).
        A success resets the count of failures and upgrades an outdated hash.
        """
        return self.log_in(username, password).actor

    def log_in(self, username: str, password: str) -> LoginSession:
        """:meth:`authenticate`, also returning the worker's name and role."""
        store = self._store
        now = store.clock()
        error: UserFacingError = UserFacingError("login.failed")
        session: LoginSession | None = None
        with store.write(None) as s:
            hub_id = self._hub_id(s)
            worker = self._find(s, hub_id, username)
            if worker is None:
                self._burn(password)
                audit.record(s, AuditAction.LOGIN_FAILED, "workers", None, detail={"reason": "unknown"})
            else:
                state = self._state(s, worker.id)
                self._refuse_if_waiting(state, now)
                if self._matches(worker.password_hash, password):
                    state.failed_count = 0
                    state.last_failed_at = None
                    state.locked_until = None
                    state.last_login_at = now
                    s.info["write"].worker_id = worker.id  # from here on, the worker acts
                    if worker.password_hash and self._hasher.check_needs_rehash(worker.password_hash):
                        worker.password_hash = self._hasher.hash(password)
                    audit.record(s, AuditAction.LOGIN, "workers", worker.id)
                    session = LoginSession(Actor(worker.id, worker.hub_id), worker.username, worker.name, worker.role)
                else:
                    error = self._count_failure(s, state, worker.id, now) or error
        if session is None:
            raise error  # after the commit: the failure is counted
        if store.key is not None and not self._has_key_slot(session.username):
            # A worker who came through sync logs in here for the first time (the database
            # is open already): from now on their password also opens the database here.
            self._enrol(session.username, password)
        return session

    def record_failures_before_open(self, session: LoginSession, failures: list[dt.datetime]) -> None:
        """Put wrong passwords typed for ``session``'s user name before an encrypted database
        opened (:mod:`hubdesk.services.unlocking` counted them outside it) in the audit log."""
        if not failures:
            return
        with self._store.write(session.actor) as s:
            for at in failures:
                audit.record(
                    s,
                    AuditAction.LOGIN_FAILED,
                    "workers",
                    session.actor.worker_id,
                    detail={"reason": "before_open", "at": at.isoformat()},
                )

    def log_in_as(self, actor: Actor, password: str) -> LoginSession:
        """Unlock the screen for the worker who locked it: :meth:`log_in` with their own
        user name (the same delays, lockout and audit)."""
        with self._store.read() as s:
            worker = s.get(Worker, actor.worker_id) if actor.worker_id else None
            if worker is None:
                raise UserFacingError("login.failed")
            username = worker.username
        session = self.log_in(username, password)
        if session.actor != actor:
            raise UserFacingError("login.failed")
        return session

    def _hub_id(self, s: Session) -> uuid.UUID:
        state = s.get(NodeState, 1)
        if state is None or state.hub_id is None:
            raise UserFacingError("setup.needed")
        return state.hub_id

    def _find(self, s: Session, hub_id: uuid.UUID, username: str) -> Worker | None:
        name = username.strip().casefold()
        if not name:
            return None
        return s.execute(
            sa.select(Worker).where(
                sa.func.lower(Worker.username) == name,
                Worker.hub_id == hub_id,
                Worker.active,
                Worker.deleted_at.is_(None),
            )
        ).scalar()

    def _state(self, s: Session, worker_id: uuid.UUID) -> LoginState:
        state = s.get(LoginState, worker_id)
        if state is None:
            state = LoginState(worker_id=worker_id, failed_count=0)
            s.add(state)
        return state

    def _refuse_if_waiting(self, state: LoginState, now: dt.datetime) -> None:
        locked_until = _aware(state.locked_until)
        if locked_until is not None and now >= locked_until:
            # The lock has passed: a fresh start.
            state.locked_until = None
            state.failed_count = 0
            state.last_failed_at = None
        refuse_while_waiting(state.failed_count, _aware(state.last_failed_at), _aware(state.locked_until), now)

    def _count_failure(
        self, s: Session, state: LoginState, worker_id: uuid.UUID, now: dt.datetime
    ) -> UserFacingError | None:
        state.failed_count += 1
        state.last_failed_at = now
        audit.record(s, AuditAction.LOGIN_FAILED, "workers", worker_id, detail={"failures": state.failed_count})
        if state.failed_count >= LOCK_AFTER:
            state.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            audit.record(s, AuditAction.LOCKOUT, "workers", worker_id, detail={"minutes": LOCK_MINUTES})
            return UserFacingError("login.locked", minutes=LOCK_MINUTES)
        return None

    # -- what the actor may do ---------------------------------------------------------------
    def permissions(self, actor: Actor) -> frozenset[Permission]:
        with self._store.read() as s:
            return permissions_of(role_of(s, actor))

    def may(self, actor: Actor, permission: Permission) -> bool:
        with self._store.read() as s:
            return allowed(role_of(s, actor), permission)

    def sandbox(self) -> bool:
        with self._store.read() as s:
            state = s.get(NodeState, 1)
            return bool(state and state.sandbox)

    def anyone_can_log_in(self) -> bool:
        """False when no active worker of this hub has a password yet (a database from before
        logins, or a node set up without one): the login then says how to give one."""
        with self._store.read() as s:
            state = s.get(NodeState, 1)
            if state is None or state.hub_id is None:
                return False
            query = sa.select(Worker.id).where(
                Worker.hub_id == state.hub_id,
                Worker.active,
                Worker.deleted_at.is_(None),
                Worker.password_hash.is_not(None),
            )
            return s.execute(query.limit(1)).first() is not None

    def sandbox_usernames(self, limit: int = 3) -> list[str]:
        """A few user names of this desk's hub to try, in a practice database only
        (the login screen of a real one never lists anyone)."""
        with self._store.read() as s:
            state = s.get(NodeState, 1)
            if state is None or not state.sandbox or state.hub_id is None:
                return []
            query = (
                sa.select(Worker.username)
                .where(Worker.hub_id == state.hub_id, Worker.active, Worker.deleted_at.is_(None))
                .order_by(Worker.role, Worker.username)
                .limit(limit)
            )
            return list(s.execute(query).scalars())

    def sandbox_actor(self, username: str) -> Actor | None:
        """The actor for ``username`` without a password, in a practice database only
        (``HUBDESK_AUTOLOGIN``, for demos, screenshots and tests); None elsewhere."""
        if not self.sandbox() or self._store.key is not None:
            return None
        with self._store.read() as s:
            hub_id = self._hub_id(s)
            worker = self._find(s, hub_id, username)
            return Actor(worker.id, worker.hub_id) if worker is not None else None

    # -- one's own password --------------------------------------------------------------------
    def change_password(self, actor: Actor, old: str, new: str, repeated: str | None = None) -> None:
        """Change the actor's own password; ``old`` must be right (``password.old_wrong``;
        it counts as a wrong password towards the delay and the lockout)."""
        now = self._store.clock()
        rewrapped = ""  # the user name whose key slot already has the new password
        try:
            with self._store.write(actor) as s:
                worker = s.get(Worker, actor.worker_id) if actor.worker_id else None
                if worker is None or worker.is_deleted or not worker.active:
                    raise UserFacingError("login.failed")
                state = self._state(s, worker.id)
                self._refuse_if_waiting(state, now)
                if not self._matches(worker.password_hash, old):
                    locked = self._count_failure(s, state, worker.id, now)
                    wrong: UserFacingError = locked or UserFacingError("password.old_wrong")
                else:
                    check_password_rules(new, worker.username, repeated)
                    worker.password_hash = self._hasher.hash(new)
                    audit.record(s, AuditAction.PASSWORD_CHANGE, "workers", worker.id)
                    s.flush()
                    # The key file of an encrypted database follows, before the commit.
                    self._rewrap(worker.username, old, new)
                    rewrapped = worker.username
                    return
        except Exception:
            if rewrapped:  # the commit failed: the old password must open the database again
                self._rewrap(rewrapped, new, old)
            raise
        raise wrong

    def set_password_at_console(self, username: str, password: str) -> None:
        """Give a worker of this hub a password from the command line (``hubdesk password``):
        for a database from before logins, a worker added by ``node init``, or a forgotten
        admin password. Whoever runs it has the database file itself (and, for an encrypted
        one, its key), so it grants nothing they do not have; it is audited all the same."""
        with self._store.write(None) as s:
            worker = self._find(s, self._hub_id(s), username)
            if worker is None:
                raise UserFacingError("worker.unknown", username=username)
            check_password_rules(password, worker.username)
            worker.password_hash = self._hasher.hash(password)
            state = self._state(s, worker.id)
            state.failed_count = 0
            state.last_failed_at = None
            state.locked_until = None
            audit.record(s, AuditAction.PASSWORD_RESET, "workers", worker.id, detail={"by": "command line"})
            s.flush()
            self._enrol(worker.username, password)

    # -- the admin's account changes -------------------------------------------------------------
    def workers(self, actor: Actor) -> list[WorkerInfo]:
        """The workers of the actor's hub, for the Workers screen (admins only)."""
        with self._store.read() as s:
            if not allowed(role_of(s, actor), Permission.WORKERS):
                raise UserFacingError("worker.admin_only")
            rows = s.execute(
                sa.select(Worker, LoginState)
                .outerjoin(LoginState, LoginState.worker_id == Worker.id)
                .where(Worker.hub_id == actor.hub_id, Worker.deleted_at.is_(None))
                .order_by(Worker.active.desc(), sa.func.lower(Worker.name))
            ).all()
            now = self._store.clock()
            result = []
            for worker, state in rows:
                locked = _aware(state.locked_until) if state else None
                result.append(
                    WorkerInfo(
                        id=worker.id,
                        name=worker.name,
                        username=worker.username,
                        role=worker.role,
                        active=worker.active,
                        has_password=bool(worker.password_hash),
                        locked_until=locked if locked and locked > now else None,
                        last_login_at=_aware(state.last_login_at) if state else None,
                    )
                )
            return result

    def create_worker(self, actor: Actor, *, name: str, username: str, role: Role, password: str) -> uuid.UUID:
        """Add a worker to the actor's hub (admins only) with a first password."""
        name = name.strip()
        username = username.strip().casefold()
        if not name:
            raise UserFacingError("worker.name_required")
        if not USERNAME_PATTERN.fullmatch(username):
            raise UserFacingError("worker.username_invalid", value=username)
        check_password_rules(password, username)
        hashed = self._hasher.hash(password)
        with self._store.write(actor) as s:
            require(s, actor, Permission.WORKERS, "worker.admin_only")
            taken = s.execute(sa.select(Worker.id).where(sa.func.lower(Worker.username) == username)).scalar()
            if taken is not None:
                raise UserFacingError("worker.username_taken", value=username)
            worker = Worker(hub_id=actor.hub_id, name=name, username=username, role=role, password_hash=hashed)
            s.add(worker)
            s.flush()
            audit.record(s, AuditAction.CREATE, "workers", worker.id, detail={"role": role.value})
            self._enrol(username, password)
            return worker.id

    def reset_password(self, actor: Actor, worker_id: uuid.UUID, password: str) -> None:
        """Give a worker a new password (admins only); also lifts a lockout here."""
        with self._store.write(actor) as s:
            require(s, actor, Permission.WORKERS, "worker.admin_only")
            worker = self._hub_worker(s, actor, worker_id)
            check_password_rules(password, worker.username)
            worker.password_hash = self._hasher.hash(password)
            s.flush()
            self._enrol(worker.username, password)
            state = self._state(s, worker.id)
            state.failed_count = 0
            state.last_failed_at = None
            state.locked_until = None
            audit.record(s, AuditAction.PASSWORD_RESET, "workers", worker.id)

    def set_role(self, actor: Actor, worker_id: uuid.UUID, role: Role) -> None:
        """Change a worker's role (admins only); the hub keeps at least one active admin."""
        with self._store.write(actor) as s:
            require(s, actor, Permission.WORKERS, "worker.admin_only")
            worker = self._hub_worker(s, actor, worker_id)
            if worker.role == role:
                return
            if worker.role == Role.ADMIN and worker.active:
                self._keep_an_admin(s, actor, worker.id)
            old = worker.role
            worker.role = role
            audit.record(s, AuditAction.ROLE_CHANGE, "workers", worker.id, detail={"from": old.value, "to": role.value})

    def set_active(self, actor: Actor, worker_id: uuid.UUID, active: bool) -> None:
        """Deactivate (or reactivate) a worker (admins only). A deactivated worker cannot
        log in; their name stays on what they did."""
        with self._store.write(actor) as s:
            require(s, actor, Permission.WORKERS, "worker.admin_only")
            worker = self._hub_worker(s, actor, worker_id)
            if worker.active == active:
                return
            if not active and worker.role == Role.ADMIN:
                self._keep_an_admin(s, actor, worker.id)
            worker.active = active
            audit.record(s, AuditAction.REACTIVATE if active else AuditAction.DEACTIVATE, "workers", worker.id)
            if not active:
                self._unenrol(worker.username)

    # -- the key file of an encrypted database (hubdesk.services.encryption) -----------------------
    def _key_file_db(self) -> Path | None:
        """The database path when it is encrypted (its key file is beside it), else None."""
        return self._store.path if self._store.key is not None else None

    def _has_key_slot(self, username: str) -> bool:
        db = self._key_file_db()
        return db is None or encryption.has_slot(db, username)

    def _enrol(self, username: str, password: str) -> None:
        db = self._key_file_db()
        if db is not None and self._store.key is not None:
            encryption.enrol(db, self._store.key, username, password)

    def _rewrap(self, username: str, old: str, new: str) -> None:
        db = self._key_file_db()
        if db is None:
            return
        try:
            encryption.rewrap(db, username, old, new)
        except UserFacingError as exc:
            if exc.code != "login.failed":
                raise
            # No slot yet, or one under a password set elsewhere (a reset on another desk):
            # the old password was checked against the account; wrap the open key anew.
            self._enrol(username, new)

    def _unenrol(self, username: str) -> None:
        """A deactivated worker's password no longer opens the database here."""
        db = self._key_file_db()
        if db is None:
            return
        try:
            encryption.remove(db, username)
        except UserFacingError as exc:
            if exc.code != "encryption.last_slot":
                raise

    def _hub_worker(self, s: Session, actor: Actor, worker_id: uuid.UUID) -> Worker:
        worker = s.get(Worker, worker_id)
        if worker is None or worker.is_deleted or worker.hub_id != actor.hub_id:
            raise UserFacingError("worker.not_found")
        return worker

    def _keep_an_admin(self, s: Session, actor: Actor, leaving: uuid.UUID) -> None:
        others = s.execute(
            sa.select(sa.func.count())
            .select_from(Worker)
            .where(
                Worker.hub_id == actor.hub_id,
                Worker.role == Role.ADMIN,
                Worker.active,
                Worker.deleted_at.is_(None),
                Worker.id != leaving,
            )
        ).scalar_one()
        if not others:
            raise UserFacingError("worker.last_admin")


def demo_password_hash(hasher: PasswordHasher | None = None) -> str:
    """The hash of :data:`DEMO_PASSWORD`, which every worker of a practice database gets."""
    return (hasher or default_hasher()).hash(DEMO_PASSWORD)
