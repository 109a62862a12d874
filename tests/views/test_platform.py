"""Guards against defects of the Qt binding that would crash a desk after hours of use."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)
    anything = Signal(object)


def test_emitting_true_or_false_keeps_their_reference_counts(qapp: object) -> None:
    """PySide6 6.12.0 dropped a reference to True/False on every emission that carried one;
    after a few hundred emissions the interpreter aborts (pyproject.toml excludes it)."""
    emitter = _Emitter()
    received: list[object] = []
    emitter.flag.connect(received.append)
    emitter.anything.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(50):
        emitter.flag.emit(True)
        emitter.anything.emit(False)
    received.clear()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
