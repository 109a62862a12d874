"""``hubdesk --smoke-test``: does this installation (or this build) work?

Starts the desktop's parts in a throw-away data folder, offscreen: opens a new database
(the migrations run), sets up a hub and a worker, builds the main window on the
database thread as the application does, waits until the entrepreneur list is shown,
registers an entrepreneur, drafts a referral with consent, renders its letter and
reads that PDF with QtPdf. Along the way it touches what a packaged build most easily
lacks: the migration scripts, the reference data, the fonts, the compiled translation,
the Qt plugins, and the libraries that load parts of themselves late (phone numbers,
e-mail validation, ReportLab's QR code).

Prints one line, ``smoke test ok: 1.23 s (...)`` and returns 0, or ``smoke test failed:
...`` and returns 1 (the data folder with its log is then kept). The caller sets
``QT_QPA_PLATFORM`` before Qt is imported (see ``hubdesk.cli``).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO, TypeVar, cast

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from hubdesk import APP_NAME, __version__
from hubdesk.applog import current_log_file, setup_logging
from hubdesk.models.enums import ConsentMethod, Stadsdeel
from hubdesk.models.reference import reference
from hubdesk.resources import resource_path
from hubdesk.services.setup import initialize
from hubdesk.services.store import open_store
from hubdesk.views.context import AppContext
from hubdesk.views.diagnostics import GuiThreadGarbageCollector
from hubdesk.views.letter_preview import load_pdf
from hubdesk.views.main_window import MainWindow
from hubdesk.views.tasks import TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")
STEP_TIMEOUT_MS = 60_000
"""How long one step may take before the smoke test gives up (a slow first start included)."""


class SmokeFailure(Exception):
    """A step of the smoke test did not give what it should."""


def run_smoke_test(started: float) -> int:
    """Run the smoke test; ``started`` is ``time.perf_counter()`` when the command began.

    Uses a new temporary data folder (``HUBDESK_DATA_DIR``), so the user's data,
    settings and log are never touched.
    """
    folder = Path(tempfile.mkdtemp(prefix="hubdesk-smoke-"))
    os.environ["HUBDESK_DATA_DIR"] = str(folder)
    setup_logging()
    log.info("smoke test of hubdesk %s", __version__)
    previous_handler = qInstallMessageHandler(_qt_message)  # Qt's notices go to the log, not the screen
    try:
        ready = _exercise(folder / "hubdesk.sqlite", started)
    except Exception as exc:
        log.exception("smoke test failed")
        _say(sys.stderr, f"smoke test failed: {type(exc).__name__}: {exc} (log: {current_log_file()})")
        return 1
    finally:
        qInstallMessageHandler(previous_handler)
    total = time.perf_counter() - started
    _say(sys.stdout, f"smoke test ok: {total:.2f} s (main window ready after {ready:.2f} s)")
    _close_log()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


def _say(stream: TextIO | None, text: str) -> None:
    if stream is not None:  # None in a Windows build without a console
        stream.write(text + "\n")
        stream.flush()


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
    log.log(logging.INFO if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) else logging.WARNING, "Qt: %s", text)


def _close_log() -> None:
    root = logging.getLogger("hubdesk")
    for handler in [h for h in root.handlers if getattr(h, "_hubdesk", False)]:
        root.removeHandler(handler)
        handler.close()


def _exercise(db: Path, started: float) -> float:
    """The steps; returns the seconds from ``started`` until the main window showed its list."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    _install_translation(app)
    problems = _Problems()
    store = open_store(db)
    runner: TaskRunner | None = None
    window: MainWindow | None = None
    collector = GuiThreadGarbageCollector(parent=app)
    try:
        actor = initialize(
            store, hub_name="Smoke test", stadsdeel=Stadsdeel.CENTRUM, worker_name="Smoke Test", username="smoke"
        )
        runner = TaskRunner()
        runner.sig_unhandled_error.connect(problems.add)
        ctx = AppContext.create(store, actor, runner)
        window = MainWindow(ctx)
        loaded: list[bool] = []
        window.entrepreneurs.sig_loaded.connect(lambda: loaded.append(True))
        window.show()
        _wait(lambda: bool(loaded), problems, "the entrepreneur list was not shown")
        ready = time.perf_counter() - started

        registration = _call(runner, lambda: ctx.intake.register(actor, _registration()), problems)
        partner_id = _call(runner, lambda: next(p.id for p in ctx.referrals.partners() if p.code == "kvk"), problems)
        referral_id: uuid.UUID = _call(
            runner, lambda: ctx.referrals.create(actor, _referral(registration.person_id, partner_id)), problems
        )[0]
        _call(runner, lambda: ctx.referrals.record_consent(actor, referral_id, ConsentMethod.VERBAL), problems)
        letter = _call(runner, lambda: ctx.referrals.letter(actor, referral_id), problems)
        document = QPdfDocument()
        try:
            if not load_pdf(document, letter.pdf):
                raise SmokeFailure(f"QtPdf could not read the letter ({document.error().name})")
            if document.pageCount() < 1:
                raise SmokeFailure("the letter has no pages")
        finally:
            document.close()
        problems.check()
        return ready
    finally:
        problems.stop()
        if window is not None:
            window.close()
            window.deleteLater()
        if runner is not None:
            runner.shutdown()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        collector.stop()
        store.dispose()


def _install_translation(app: QApplication) -> None:
    """The compiled Dutch translation must be there (a build that forgot it speaks English)."""
    path = resource_path("i18n", "hubdesk_nl.qm")
    translator = QTranslator(app)
    if not translator.load(str(path)):
        raise SmokeFailure(f"no compiled Dutch translation at {path} (make qm)")
    app.installTranslator(translator)


def _registration() -> dict[str, Any]:
    consent = reference().consent_texts["registration"]
    return {
        "person": {
            "given_name": "Joëlle",
            "family_name": "Smoke-Test",
            "home_postcode": "2011 AB",
            "email": "smoke@example.nl",
            "phone": "06 12345678",
        },
        "consents": [{"purpose": "registration", "text_version": consent.version, "method": "verbal"}],
        "visit": {"channel": "walk_in", "needs": ["business_plan"], "summary": "Smoke test"},
    }


def _referral(person_id: uuid.UUID, partner_id: uuid.UUID) -> dict[str, Any]:
    return {
        "person_id": person_id,
        "partner_id": partner_id,
        "question": "Wil een bakkerij beginnen.",
        "done_so_far": ["Intake"],
        "request": "Uitleg over inschrijven.",
        "fields": {
            "start_date": "1 mei",
            "legal_form": "eenmanszaak",
            "activities": "brood en gebak",
            "business_address": "Grote Markt 2, Haarlem",
        },
    }


class _Problems:
    """Collects what went wrong behind the steps' backs: errors that reached
    ``sys.excepthook`` (raised in a slot), operations that failed without a handler,
    and dialogs that opened (offscreen nobody could close them: they are closed here)."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []
        self._previous_hook = sys.excepthook
        sys.excepthook = lambda _kind, error, _tb: self.add(error)
        self._watchdog = QTimer()
        self._watchdog.setInterval(100)
        self._watchdog.timeout.connect(self._on_watchdog_timeout)
        self._watchdog.start()

    def add(self, error: BaseException) -> None:
        log.error("smoke test: unexpected error", exc_info=(type(error), error, error.__traceback__))
        self.errors.append(error)

    def _on_watchdog_timeout(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            self.errors.append(SmokeFailure(f"a dialog opened: {dialog.windowTitle()!r}"))
            dialog.close()

    def check(self) -> None:
        if self.errors:
            first = self.errors[0]
            raise SmokeFailure(f"{type(first).__name__}: {first}") from first

    def stop(self) -> None:
        self._watchdog.stop()
        sys.excepthook = self._previous_hook


def _wait(done: Callable[[], bool], problems: _Problems, what: str) -> None:
    clock = QElapsedTimer()
    clock.start()
    while not done():
        problems.check()
        if clock.elapsed() > STEP_TIMEOUT_MS:
            raise SmokeFailure(f"{what} within {STEP_TIMEOUT_MS // 1000} s")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    problems.check()


def _call(runner: TaskRunner, work: Callable[[], T], problems: _Problems) -> T:
    """Run ``work`` on the database thread, as a view does, and wait for its result."""
    outcome: list[tuple[bool, Any]] = []
    runner.submit(work, lambda result: outcome.append((True, result)), lambda error: outcome.append((False, error)))
    _wait(lambda: bool(outcome), problems, "a step did not finish")
    ok, value = outcome[0]
    if not ok:
        raise value
    return cast(T, value)
