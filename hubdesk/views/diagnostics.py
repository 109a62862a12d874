"""Keeping the GUI thread healthy: garbage collection on it, and measuring stalls."""

from __future__ import annotations

import gc

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Slot


class GuiThreadGarbageCollector(QObject):
    """Python's cyclic garbage collection, run on the GUI thread only.

    Automatic collection may start on any thread, also the database thread, and
    then destroy Qt widgets there, which crashes the process (seen with PySide6's
    tp_traverse while the GUI thread destroys a widget tree). Automatic collection
    is switched off and done here, from a timer, as Anki does.
    """

    def __init__(self, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        counts = gc.get_count()
        if counts[0] >= self._threshold[0]:
            gc.collect(2 if counts[2] >= self._threshold[2] else 1 if counts[1] >= self._threshold[1] else 0)

    def settle(self) -> None:
        """Collect once and freeze what survives (modules, reference data, the window).

        A full collection visits every tracked object; with the libraries loaded that
        is about 100 ms, a visible stall. Frozen objects are skipped from then on,
        so later collections only visit what was made since (CPython's gc.freeze).
        """
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        self._timer.stop()
        gc.unfreeze()
        gc.enable()


class EventLoopWatch(QObject):
    """Ticks every ``interval_ms`` on the GUI thread and records late ticks.

    ``max_stall_ms`` is the longest time the event loop was busy beyond one
    interval: what a worker would notice as a frozen screen.
    """

    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval = interval_ms
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._clock = QElapsedTimer()
        self._last = 0
        self.stalls_ms: list[int] = []

    def start(self) -> None:
        self.stalls_ms.clear()
        self._clock.start()
        self._last = 0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def max_stall_ms(self) -> int:
        return max(self.stalls_ms, default=0)

    @Slot()
    def _on_timer_timeout(self) -> None:
        now = self._clock.elapsed()
        gap = now - self._last - self._interval
        if gap > 0:
            self.stalls_ms.append(int(gap))
        self._last = now
