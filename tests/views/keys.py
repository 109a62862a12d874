"""Typing as a person does, including characters qtbot.keyClicks cannot send.

``qtbot.keyClicks`` aborts the process on non-ASCII characters in Qt 6 (an
assertion in qasciikey.cpp), so every character is sent as its own key event.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


class Keyboard:
    """Sends keys to the focused widget and counts them (a practised worker's effort)."""

    def __init__(self) -> None:
        self.count = 0

    def _target(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for ch in text:
            target = self._target()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
            self.count += 1

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, times: int = 1
    ) -> None:
        for _ in range(times):
            QTest.keyClick(self._target(), key, modifiers)
            self.count += 1

    def tab(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Tab, times=times)
