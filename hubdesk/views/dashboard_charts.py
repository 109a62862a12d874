"""Bar charts for the dashboard (QtCharts): one horizontal bar per item, the largest on top."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = "#2d7f9a"
LABEL_LIMIT = 34  # characters of an item's name; longer names end in "…" (the table has them whole)

Bars = Sequence[tuple[str, float | None]]
"""(label, value) from top to bottom; None: hidden by the small-cell rule (no bar)."""


class BarChartView(QChartView):
    """A titled horizontal bar chart. :meth:`set_bars` replaces what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 12, 4))
        chart.setBackgroundRoundness(0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        self.setChart(chart)
        self._labels: list[str] = []
        self._values: list[float | None] = []

    @property
    def labels(self) -> list[str]:
        """The items' names as shown, top to bottom (for tests and accessibility)."""
        return list(self._labels)

    @property
    def values(self) -> list[float | None]:
        return list(self._values)

    def set_bars(self, title: str, bars: Bars) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        self._labels = [label for label, _ in bars]
        self._values = [value for _, value in bars]
        self.setAccessibleName(title)
        if not bars:
            return
        ordered = list(reversed(bars))  # Qt draws the first category at the bottom
        bar_set = QBarSet(title)
        bar_set.append([float(value or 0) for _, value in ordered])
        series = QHorizontalBarSeries()
        series.append(bar_set)
        chart.addSeries(series)
        # After addSeries: adding a series applies the chart's theme, which replaces these.
        bar_set.setBrush(QBrush(QColor(BAR_COLOUR), Qt.BrushStyle.SolidPattern))  # the theme's is a gradient
        bar_set.setPen(QPen(Qt.PenStyle.NoPen))
        bar_set.setLabelColor(QColor("#1d2327"))
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)

        categories = QBarCategoryAxis()
        categories.append([_shorten(label) for label, _ in ordered])
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        categories.setLabelsFont(small)
        categories.setGridLineVisible(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)

        top = max((value for _, value in bars if value is not None), default=0.0)
        values = QValueAxis()
        values.setRange(0, max(5.0, top * 1.12))
        values.applyNiceNumbers()  # round steps: 0, 10, 20, ... instead of 0, 8, 17, ...
        values.setLabelFormat("%d")
        values.setLabelsFont(small)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)


def _shorten(text: str) -> str:
    return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1] + "…"
