"""Supervisor charts (pyqtgraph): incidents per hour/day by type or district; response times per shift/operator."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.api.rest import BackendError
from console.ops.review_stats import DAY_MS, MILESTONES

SERIES_COLOURS = ("#e05d5d", "#e0a040", "#d8d040", "#60c060", "#40b0d8", "#6080e0", "#b070e0", "#909090")
MILESTONE_COLOURS = dict(zip(MILESTONES, ("#40b0d8", "#e0a040", "#60c060", "#b070e0"), strict=True))
TOP_SERIES = 7  # the rest are summed as "other"


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewCharts", text)


def milestone_label(name: str) -> str:
    return {"acknowledge": tr("acknowledge"), "dispatch": tr("dispatch"), "on_scene": tr("on scene"),
            "resolve": tr("resolve")}[name]


def short_key(key: str) -> str:
    """"2026-12-03 night" -> "12-03 night": the year is in the period; operators' names stay whole."""
    return key[5:] if len(key) > 10 and key[4] == "-" and key[7] == "-" else key


class ReviewCharts(QWidget):
    """Refresh asks the backend for the period's figures; show_* draw them (also usable with figures at hand)."""

    sig_refreshed = Signal()
    sig_failed = Signal(str)

    def __init__(self, client: Any, parent: QWidget | None = None, *, utc_offset_h: float = 0.0) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Incident charts"))
        self._client = client
        self._offset_h = utc_offset_h
        self._tasks: set[asyncio.Task[Any]] = set()
        self.period = QComboBox()
        for label, days in ((tr("Last 24 hours"), 1), (tr("Last 7 days"), 7), (tr("Last 30 days"), 30),
                            (tr("Last year"), 365)):
            self.period.addItem(label, days)
        self.period.setCurrentIndex(1)
        self.bucket = QComboBox()
        self.bucket.addItem(tr("per hour"), "hour")
        self.bucket.addItem(tr("per day"), "day")
        self.bucket.setCurrentIndex(1)
        self.group = QComboBox()
        self.group.addItem(tr("by type"), "type")
        self.group.addItem(tr("by district"), "district")
        self.response_by = QComboBox()
        self.response_by.addItem(tr("per shift"), "shift")
        self.response_by.addItem(tr("per operator"), "operator")
        self.refresh_button = QPushButton(tr("Refresh"))
        self.status_label = QLabel("")
        for box in (self.period, self.bucket, self.group):
            box.currentIndexChanged.connect(self.refresh)
        self.response_by.currentIndexChanged.connect(self._on_response_by)
        self.refresh_button.clicked.connect(self.refresh)

        self.counts_plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=-utc_offset_h * 3600)})
        self.counts_plot.setLabel("left", tr("incidents"))
        self.counts_plot.addLegend(offset=(10, 10), brush=pg.mkBrush(0, 0, 0, 190), labelTextColor="w")
        self.response_plot = pg.PlotWidget()
        self.response_plot.setLabel("left", tr("minutes from creation (bar: median, mark: p90)"))
        self.response_plot.addLegend(offset=(10, 10), brush=pg.mkBrush(0, 0, 0, 190), labelTextColor="w")
        self.count_bars: list[pg.BarGraphItem] = []
        self.response_bars: dict[str, pg.BarGraphItem] = {}
        self.p90_marks: dict[str, pg.ScatterPlotItem] = {}
        self._response_body: dict[str, Any] | None = None

        controls = QHBoxLayout()
        for widget in (QLabel(tr("Period")), self.period, self.bucket, self.group, QLabel(tr("Response times")),
                       self.response_by, self.refresh_button):
            controls.addWidget(widget)
        controls.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.counts_plot, 1)
        layout.addWidget(self.response_plot, 1)

    # -- data -------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        task = asyncio.ensure_future(self._load())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    async def _load(self) -> None:
        to_ms = int(time.time() * 1000)
        period = {"from_ms": to_ms - int(self.period.currentData()) * DAY_MS, "to_ms": to_ms,
                  "utc_offset_h": self._offset_h}
        self.status_label.setText(tr("loading…"))
        try:
            counts, response = await asyncio.gather(
                self._client.stats_incidents({**period, "bucket": self.bucket.currentData(),
                                              "by": self.group.currentData()}),
                self._client.stats_response_times(period))
        except BackendError as exc:
            self.status_label.setText(tr("Charts failed: {reason}").format(reason=exc.reason))
            self.sig_failed.emit(exc.reason)
            return
        self.show_counts(counts)
        self.show_response_times(response)
        total = sum(sum(s["counts"]) for s in counts["series"])
        self.status_label.setText(tr("{count} incidents").format(count=total))
        self.sig_refreshed.emit()

    # -- drawing ----------------------------------------------------------------------------------------------

    def show_counts(self, body: dict[str, Any]) -> None:
        """Stacked bars, one colour per type or district (the biggest TOP_SERIES, then "other")."""
        plot = self.counts_plot.getPlotItem()
        for item in self.count_bars:
            plot.removeItem(item)
        plot.legend.clear()
        self.count_bars = []
        starts = [s / 1000 for s in body["starts_ms"]]
        width = body["bucket_ms"] / 1000 * 0.8
        series = list(body["series"][:TOP_SERIES])
        rest = body["series"][TOP_SERIES:]
        if rest:
            series.append({"key": tr("other"), "counts": [sum(c) for c in zip(*(s["counts"] for s in rest), strict=True)]})
        base = [0] * len(starts)
        for n, one in enumerate(series):
            bars = pg.BarGraphItem(x=[s + body["bucket_ms"] / 2000 for s in starts], height=one["counts"], y0=base,
                                   width=width, brush=SERIES_COLOURS[n % len(SERIES_COLOURS)], pen=None,
                                   name=str(one["key"]).replace("_", " "))
            bars.setToolTip(str(one["key"]))
            plot.addItem(bars)
            self.count_bars.append(bars)
            base = [b + c for b, c in zip(base, one["counts"], strict=True)]

    def _on_response_by(self) -> None:
        if self._response_body is not None:
            self.show_response_times(self._response_body)

    def show_response_times(self, body: dict[str, Any]) -> None:
        """Grouped bars per shift or operator: median per milestone, with the p90 marked above each bar."""
        self._response_body = body
        plot = self.response_plot.getPlotItem()
        for item in [*self.response_bars.values(), *self.p90_marks.values()]:
            plot.removeItem(item)
        plot.legend.clear()
        rows = body.get(self.response_by.currentData(), [])
        width = 0.8 / len(MILESTONES)
        self.response_bars, self.p90_marks = {}, {}
        for m, milestone in enumerate(MILESTONES):
            xs = [n - 0.4 + width * (m + 0.5) for n in range(len(rows))]
            medians = [(row[milestone]["median_s"] or 0) / 60 for row in rows]
            p90s = [(row[milestone]["p90_s"] or 0) / 60 for row in rows]
            bars = pg.BarGraphItem(x=xs, height=medians, width=width * 0.9, brush=MILESTONE_COLOURS[milestone],
                                   pen=None, name=milestone_label(milestone))
            marks = pg.ScatterPlotItem(x=xs, y=p90s, symbol="t", size=9, brush=MILESTONE_COLOURS[milestone], pen=None)
            plot.addItem(bars)
            plot.addItem(marks)
            self.response_bars[milestone], self.p90_marks[milestone] = bars, marks
        plot.getAxis("bottom").setTicks([[(n, short_key(str(row["key"]))) for n, row in enumerate(rows)]])
        plot.setXRange(-0.6, max(len(rows), 1) - 0.4, padding=0)
