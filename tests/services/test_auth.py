"""Logging in and workers' accounts: wrong passwords first, then what works."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher

from hubdesk.messages import error_text
from hubdesk.models.enums import AuditAction, Role, Stadsdeel
from hubdesk.models.errors import UserFacingError
from hubdesk.models.logs import AuditEvent
from hubdesk.models.org import NodeState, Worker
from hubdesk.services.audit import verify_chain
from hubdesk.services.auth import (
    DEMO_PASSWORD,
    AuthService,
    check_password_rules,
    delay_after,
    password_problem,
)
from hubdesk.services.demo import DEMO_ADMIN_USERNAME, generate_demo
from hubdesk.services.roles import COORDINATORS, Permission, allowed
from hubdesk.services.setup import initialize
from hubdesk.services.store import Actor, Store
from tests.conftest import FakeClock

CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
ADMIN_PW = "zeven kleine zeepaardjes"
WORKER_PW = "de tram naar zandvoort"


@pytest.fixture
def auth(store: Store) -> AuthService:
    return AuthService(store, hasher=CHEAP)


@pytest.fixture
def admin(store: Store, auth: AuthService) -> Actor:
    actor = initialize(
        store, hub_name="Cityhub Schalkwijk", stadsdeel=Stadsdeel.SCHALKWIJK, worker_name="Ada Admin", username="ada"
    )
    with store.write(actor) as s:
        worker = s.get(Worker, actor.worker_id)
        assert worker is not None
        worker.password_hash = auth.hash_password(ADMIN_PW)
    return actor


@pytest.fixture
def worker(auth: AuthService, admin: Actor) -> uuid.UUID:
    return auth.create_worker(admin, name="Willem Werker", username="willem", role=Role.HUB_WORKER, password=WORKER_PW)


def code_of(call: object) -> UserFacingError:
    assert callable(call)
    with pytest.raises(UserFacingError) as caught:
        call()
    return caught.value


def audit_actions(store: Store) -> list[AuditAction]:
    with store.read() as s:
        return list(s.execute(sa.select(AuditEvent.action).order_by(AuditEvent.seq)).scalars())


# -- wrong passwords ---------------------------------------------------------------------------


def test_a_wrong_password_and_an_unknown_user_get_the_same_answer(auth: AuthService, worker: uuid.UUID) -> None:
    wrong = code_of(lambda: auth.authenticate("willem", "not the password"))
    unknown = code_of(lambda: auth.authenticate("wim", WORKER_PW))
    assert wrong.code == unknown.code == "login.failed"
    assert error_text(wrong, "nl") == error_text(unknown, "nl")
    assert "wim" not in error_text(unknown, "en")


def test_an_empty_password_or_a_worker_without_password_cannot_log_in(
    store: Store, auth: AuthService, admin: Actor, worker: uuid.UUID
) -> None:
    assert code_of(lambda: auth.authenticate("willem", "")).code == "login.failed"
    with store.write(admin) as s:
        w = s.get(Worker, worker)
        assert w is not None
        w.password_hash = None
    assert code_of(lambda: auth.authenticate("willem", "")).code == "login.failed"
    assert code_of(lambda: auth.authenticate("willem", WORKER_PW)).code == "login.failed"


def test_after_three_failures_each_try_waits_longer(auth: AuthService, worker: uuid.UUID, clock: FakeClock) -> None:
    for _ in range(3):
        assert code_of(lambda: auth.authenticate("willem", "wrong wrong")).code == "login.failed"
    # Even the right password is not checked during the delay.
    waiting = code_of(lambda: auth.authenticate("willem", WORKER_PW))
    assert waiting.code == "login.wait"
    assert waiting.params["seconds"] == 5
    clock.advance(seconds=3)
    assert code_of(lambda: auth.authenticate("willem", WORKER_PW)).params["seconds"] == 2
    clock.advance(seconds=2)
    assert code_of(lambda: auth.authenticate("willem", "wrong wrong")).code == "login.failed"  # the fourth
    assert code_of(lambda: auth.authenticate("willem", WORKER_PW)).params["seconds"] == 10  # longer now
    assert delay_after(2).total_seconds() == 0
    assert delay_after(3) < delay_after(4)


def test_five_failures_lock_the_account_for_fifteen_minutes(
    store: Store, auth: AuthService, worker: uuid.UUID, clock: FakeClock
) -> None:
    codes = []
    for failures in range(5):
        clock.advance(seconds=delay_after(failures).total_seconds())
        codes.append(code_of(lambda: auth.authenticate("willem", "wrong wrong")))
    assert [c.code for c in codes] == ["login.failed"] * 4 + ["login.locked"]
    assert codes[-1].params["minutes"] == 15
    clock.advance(minutes=10)
    locked = code_of(lambda: auth.authenticate("willem", WORKER_PW))  # the right password does not help
    assert locked.code == "login.locked"
    assert locked.params["minutes"] == 5
    assert "5" in error_text(locked, "nl")
    clock.advance(minutes=5)
    assert auth.authenticate("willem", WORKER_PW).worker_id == worker
    assert AuditAction.LOCKOUT in audit_actions(store)


def test_after_the_lock_a_wrong_password_starts_counting_afresh(
    auth: AuthService, worker: uuid.UUID, clock: FakeClock
) -> None:
    for failures in range(5):
        clock.advance(seconds=delay_after(failures).total_seconds())
        code_of(lambda: auth.authenticate("willem", "wrong wrong"))
    clock.advance(minutes=15)
    assert code_of(lambda: auth.authenticate("willem", "wrong wrong")).code == "login.failed"
    assert code_of(lambda: auth.authenticate("willem", "wrong wrong")).code == "login.failed"


def test_a_success_resets_the_count(auth: AuthService, worker: uuid.UUID) -> None:
    for _ in range(2):
        code_of(lambda: auth.authenticate("willem", "wrong wrong"))
    auth.authenticate("willem", WORKER_PW)
    for _ in range(3):
        assert code_of(lambda: auth.authenticate("willem", "wrong wrong")).code == "login.failed"


def test_a_deactivated_worker_cannot_log_in(auth: AuthService, admin: Actor, worker: uuid.UUID) -> None:
    auth.set_active(admin, worker, False)
    assert code_of(lambda: auth.authenticate("willem", WORKER_PW)).code == "login.failed"
    auth.set_active(admin, worker, True)
    assert auth.authenticate("willem", WORKER_PW).worker_id == worker


def test_logins_and_failures_are_in_the_audit_chain(store: Store, auth: AuthService, worker: uuid.UUID) -> None:
    code_of(lambda: auth.authenticate("willem", "wrong wrong"))
    code_of(lambda: auth.authenticate("nobody", "wrong wrong"))
    auth.authenticate("willem", WORKER_PW)
    actions = audit_actions(store)
    assert actions[-3:] == [AuditAction.LOGIN_FAILED, AuditAction.LOGIN_FAILED, AuditAction.LOGIN]
    with store.read() as s:
        last = s.execute(sa.select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).scalar_one()
        assert last.worker_id == worker
        assert WORKER_PW not in str(s.execute(sa.select(AuditEvent.detail)).scalars().all())
        assert verify_chain(s) is None


# -- roles -------------------------------------------------------------------------------------


def test_a_hub_worker_is_refused_every_admin_action(auth: AuthService, admin: Actor, worker: uuid.UUID) -> None:
    me = auth.authenticate("willem", WORKER_PW)
    admin_id = admin.worker_id
    assert admin_id is not None
    refused = [
        lambda: auth.create_worker(me, name="X Y", username="xy", role=Role.ADMIN, password="een lang wachtwoord"),
        lambda: auth.reset_password(me, admin_id, "een lang wachtwoord"),
        lambda: auth.set_role(me, worker, Role.ADMIN),
        lambda: auth.set_active(me, admin_id, False),
        lambda: auth.workers(me),
    ]
    for call in refused:
        assert code_of(call).code == "worker.admin_only"
    assert auth.authenticate("ada", ADMIN_PW) == admin  # nothing changed


def test_a_coordinator_is_not_an_admin(auth: AuthService, admin: Actor, worker: uuid.UUID) -> None:
    auth.set_role(admin, worker, Role.COORDINATOR)
    coordinator = auth.authenticate("willem", WORKER_PW)
    assert auth.may(coordinator, Permission.AUDIT_LOG)
    assert not auth.may(coordinator, Permission.WORKERS)
    assert code_of(lambda: auth.workers(coordinator)).code == "worker.admin_only"


def test_the_permission_table() -> None:
    assert not allowed(Role.HUB_WORKER, Permission.AUDIT_LOG)
    assert not allowed(Role.HUB_WORKER, Permission.PARTNERS)
    assert not allowed(Role.HUB_WORKER, Permission.CATALOG)
    assert not allowed(Role.COORDINATOR, Permission.WORKERS)
    assert not allowed(Role.COORDINATOR, Permission.INSTALLATION)
    assert not allowed(None, Permission.DESK_WORK)
    assert all(allowed(Role.ADMIN, p) for p in Permission)
    assert allowed(Role.HUB_WORKER, Permission.DESK_WORK)
    assert allowed(Role.COORDINATOR, Permission.RETENTION)
    # The partner and catalog services' COORDINATORS agree with the table.
    assert {r for r in Role if allowed(r, Permission.PARTNERS)} == COORDINATORS
    assert {r for r in Role if allowed(r, Permission.CATALOG)} == COORDINATORS


def test_the_last_admin_cannot_be_demoted_or_deactivated(auth: AuthService, admin: Actor) -> None:
    admin_id = admin.worker_id
    assert admin_id is not None
    assert code_of(lambda: auth.set_role(admin, admin_id, Role.COORDINATOR)).code == "worker.last_admin"
    assert code_of(lambda: auth.set_active(admin, admin_id, False)).code == "worker.last_admin"
    other = auth.create_worker(admin, name="Bea Beheer", username="bea", role=Role.ADMIN, password="nog een beheerder")
    auth.set_role(admin, admin_id, Role.COORDINATOR)
    assert code_of(lambda: auth.set_active(admin, other, False)).code == "worker.admin_only"  # no longer admin


# -- password rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("kort", "password.too_short"),
        ("123456789", "password.too_short"),
        ("aaaaaaaaaaaa", "password.too_simple"),
        ("abababababab", "password.too_simple"),
        ("wachtwoord123", "password.too_simple"),
        ("willem-is-de-beste", "password.contains_username"),
        ("x" * 10 + "abcdefg" * 40, "password.too_long"),
    ],
)
def test_weak_passwords_are_refused_with_a_reason(password: str, code: str) -> None:
    assert password_problem(password, "willem") == code
    with pytest.raises(UserFacingError) as caught:
        check_password_rules(password, "willem")
    assert caught.value.code == code
    assert "{" not in error_text(caught.value, "nl")


def test_a_passphrase_and_a_long_password_are_accepted() -> None:
    assert password_problem("vier woorden zijn genoeg", "willem") is None
    assert password_problem("het kadaster in haarlem", "ada") is None
    assert password_problem("de fiets van ada", "ada") == "password.contains_username"
    assert password_problem("Tq7!pz0@Lm", "willem") is None
    with pytest.raises(UserFacingError) as caught:
        check_password_rules("vier woorden zijn genoeg", "willem", repeated="vier woorden zijn genoeg!")
    assert caught.value.code == "password.mismatch"


def test_creating_a_worker_refuses_a_weak_password_and_a_taken_user_name(auth: AuthService, admin: Actor) -> None:
    def create(username: str, password: str) -> str:
        return code_of(lambda: auth.create_worker(admin, name="K", username=username, role=Role.HUB_WORKER,
                                                  password=password)).code  # fmt: skip

    assert create("karim", "kort") == "password.too_short"
    assert create("Ada", "een lang wachtwoord") == "worker.username_taken"
    assert create("k a", "een lang wachtwoord") == "worker.username_invalid"


# -- changing and resetting passwords ---------------------------------------------------------


def test_changing_ones_password_needs_the_old_one(auth: AuthService, worker: uuid.UUID) -> None:
    me = auth.authenticate("willem", WORKER_PW)
    assert code_of(lambda: auth.change_password(me, "wrong wrong", "een nieuwe lange zin")).code == "password.old_wrong"
    assert code_of(lambda: auth.change_password(me, WORKER_PW, "kort")).code == "password.too_short"
    auth.change_password(me, WORKER_PW, "een nieuwe lange zin")
    assert code_of(lambda: auth.authenticate("willem", WORKER_PW)).code == "login.failed"
    assert auth.authenticate("willem", "een nieuwe lange zin") == me


def test_an_admin_reset_sets_a_new_password_and_lifts_the_lock(
    auth: AuthService, admin: Actor, worker: uuid.UUID, clock: FakeClock, store: Store
) -> None:
    for failures in range(5):
        clock.advance(seconds=delay_after(failures).total_seconds())
        code_of(lambda: auth.authenticate("willem", "wrong wrong"))
    assert [w.locked_until is not None for w in auth.workers(admin) if w.username == "willem"] == [True]
    auth.reset_password(admin, worker, "gekregen van de beheerder")
    assert auth.authenticate("willem", "gekregen van de beheerder").worker_id == worker
    assert AuditAction.PASSWORD_RESET in audit_actions(store)


def test_an_outdated_hash_is_upgraded_at_login(store: Store, admin: Actor) -> None:
    old = PasswordHasher(time_cost=1, memory_cost=16, parallelism=1)
    AuthService(store, hasher=old).reset_password(admin, admin.worker_id or uuid.uuid4(), "een wachtwoord van toen")
    auth = AuthService(store, hasher=CHEAP)
    auth.authenticate("ada", "een wachtwoord van toen")
    with store.read() as s:
        stored = s.execute(sa.select(Worker.password_hash).where(Worker.username == "ada")).scalar_one()
    assert stored is not None
    assert not CHEAP.check_needs_rehash(stored)
    assert old.check_needs_rehash(stored)
    assert auth.authenticate("ada", "een wachtwoord van toen") == admin


def test_the_stored_hash_is_argon2id_and_not_the_password(store: Store, auth: AuthService, worker: uuid.UUID) -> None:
    with store.read() as s:
        stored = s.execute(sa.select(Worker.password_hash).where(Worker.id == worker)).scalar_one()
    assert stored is not None
    assert stored.startswith("$argon2id$")
    assert WORKER_PW not in stored


def test_demo_workers_log_in_with_the_demo_password(store: Store) -> None:
    generate_demo(store, 0, seed=3)
    auth = AuthService(store, hasher=CHEAP)
    assert auth.sandbox()
    with store.read() as s:
        hub = s.execute(sa.select(NodeState.hub_id)).scalar_one()
        username = s.execute(sa.select(Worker.username).where(Worker.hub_id == hub).limit(1)).scalar_one()
    assert code_of(lambda: auth.authenticate(username, "wrong wrong")).code == "login.failed"
    assert auth.authenticate(username, DEMO_PASSWORD).worker_id is not None


def test_logging_in_without_a_password_is_for_practice_databases_only(
    store: Store, auth: AuthService, admin: Actor, worker: uuid.UUID
) -> None:
    assert auth.sandbox_actor("ada") is None  # HUBDESK_AUTOLOGIN is ignored on a real database
    assert auth.sandbox_usernames() == []  # and the login lists nobody
    with store.write(admin) as s:
        s.execute(sa.update(NodeState).values(sandbox=True))
    assert auth.sandbox_actor("ada") == admin
    assert auth.sandbox_actor("nobody") is None
    assert auth.sandbox_usernames() == ["ada", "willem"]


def test_a_database_from_before_logins_is_recognised(store: Store, actor: Actor, auth: AuthService) -> None:
    assert not auth.anyone_can_log_in()  # the worker set up without a password
    assert code_of(lambda: auth.authenticate("anna", "")).code == "login.failed"
    auth.set_password_at_console("anna", "eindelijk een wachtwoord")
    assert auth.anyone_can_log_in()
    assert auth.authenticate("anna", "eindelijk een wachtwoord") == actor
    assert code_of(lambda: auth.set_password_at_console("nobody", "eindelijk een wachtwoord")).code == "worker.unknown"


def test_the_practice_database_has_an_administrator_who_manages_the_accounts(store: Store) -> None:
    generate_demo(store, 0, seed=3)
    auth = AuthService(store, hasher=CHEAP)

    actor = auth.authenticate(DEMO_ADMIN_USERNAME, DEMO_PASSWORD)

    with store.read() as s:
        role = s.execute(sa.select(Worker.role).where(Worker.id == actor.worker_id)).scalar_one()
        desk_hub = s.execute(sa.select(NodeState.hub_id)).scalar_one()
    assert role is Role.ADMIN
    assert actor.hub_id == desk_hub
    assert allowed(role, Permission.WORKERS)
