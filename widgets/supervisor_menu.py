"""The Supervisor menu of the main window: history search (and the other review tools as they arrive)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from console.ops.city_state import CityState
from widgets.audit_view import AuditView
from widgets.history_window import HistoryWindow
from widgets.review_charts import ReviewCharts


def tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorMenu", text)


class SupervisorTools:
    """Opens each review window once and brings it to the front on later requests."""

    def __init__(self, window: QMainWindow, client: Any, state: CityState) -> None:
        self._window = window
        self._client = client
        self._state = state
        self.history: HistoryWindow | None = None
        menu = window.menuBar().addMenu(tr("&Supervisor"))
        self.history_action = QAction(tr("Incident &history…"), window)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.open_history)
        menu.addAction(self.history_action)
        self.charts: ReviewCharts | None = None
        self.audit: AuditView | None = None
        self.charts_action = menu.addAction(tr("&Charts…"))
        self.charts_action.triggered.connect(self.open_charts)
        # no sign-in yet: the console acts as a supervisor here; with sign-in (issue 10) the backend decides
        self.audit_action = menu.addAction(tr("&Audit log…"))
        self.audit_action.triggered.connect(self.open_audit)

    def open_history(self) -> HistoryWindow:
        if self.history is None:
            self.history = HistoryWindow(self._client)
            self.history.setStyleSheet(self._window.styleSheet())
            self.history.resize(1200, 700)
            site = self._state.site
            districts = [(d.id, d.name) for d in site.districts] if site else []
            cameras = [(c.id, f"{c.number}. {c.name}") for c in self._state.cameras.values()]
            self.history.set_choices(districts, cameras)
            self.history.search()
        self.history.show()
        self.history.raise_()
        return self.history

    def open_charts(self) -> ReviewCharts:
        if self.charts is None:
            self.charts = ReviewCharts(self._client, utc_offset_h=site_utc_offset_h(self._state))
            self.charts.resize(1200, 800)
            self.charts.refresh()
        self.charts.show()
        self.charts.raise_()
        return self.charts

    def open_audit(self) -> AuditView:
        if self.audit is None:
            self.audit = AuditView(self._client)
            self.audit.setStyleSheet(self._window.styleSheet())
            self.audit.resize(1000, 600)
            self.audit.reload()
        self.audit.show()
        self.audit.raise_()
        return self.audit

    def close(self) -> None:
        for view in (self.history, self.charts, self.audit):
            if view is not None:
                view.close()


def site_utc_offset_h(state: CityState) -> float:
    """The site's current UTC offset (charts count days from local midnight); 0 when unknown."""
    import datetime as dt
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if state.site is None:
        return 0.0
    try:
        offset = dt.datetime.now(ZoneInfo(state.site.timezone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return 0.0
    return offset.total_seconds() / 3600 if offset else 0.0
