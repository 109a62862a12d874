"""Measuring how long the GUI thread is kept from handling events (a "stall")."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Slot


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
