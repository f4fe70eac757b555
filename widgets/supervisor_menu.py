"""The Supervisor menu of the main window: history search (and the other review tools as they arrive)."""

from __future__ import annotations

import asyncio
import getpass
import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from console.api.rest import BackendError
from console.ops.city_state import CityState
from console.video.archive_clip import SyncedPlayback, fetch_clip
from widgets.archive_window import ArchiveWindow
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
        menu = self.menu = window.menuBar().addMenu(tr("&Supervisor"))
        self.history_action = QAction(tr("Incident &history…"), window)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.open_history)
        menu.addAction(self.history_action)
        self.archives: list[ArchiveWindow] = []
        self._tasks: set[asyncio.Task[Any]] = set()
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
            self.history.sig_open_incident.connect(self.open_archive)
            self.history.search()
        self.history.show()
        self.history.raise_()
        return self.history

    def open_archive(self, incident: Any, around_s: int = 30) -> None:
        """The incident's camera and the other recorded ones, in sync, from `around_s` before to after it."""
        task = asyncio.ensure_future(self._open_archive(incident, around_s))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _open_archive(self, incident: Any, around_s: int) -> None:
        from_ms, to_ms = incident.created_ms - around_s * 1000, incident.created_ms + around_s * 1000
        cameras = [c for c in self._state.cameras if c != incident.camera_id]
        if incident.camera_id:
            cameras.insert(0, incident.camera_id)
        clips = []
        folder = Path(tempfile.gettempdir()) / "qala-archive-cache"
        for camera_id in cameras:
            if len(clips) == MAX_ARCHIVE_CAMERAS:
                break
            try:
                clip = await fetch_clip(self._client.base_url, camera_id, from_ms, to_ms, folder)
            except BackendError as exc:
                self._window.statusBar().showMessage(tr("Archive unavailable: {reason}").format(reason=exc.reason), 10000)
                return
            if clip.frame_times:
                clips.append(clip)
        if not clips:
            self._window.statusBar().showMessage(tr("No recorded footage around this incident"), 10000)
            return
        marks = [(incident.created_ms, "incident", incident.type.replace("_", " "))]
        try:
            nearby, _ = await self._client.history_incidents({"from_ms": str(from_ms), "to_ms": str(to_ms)}, limit=50)
            marks += [(i.created_ms, "incident", i.type.replace("_", " ")) for i in nearby if i.id != incident.id]
            played = {clip.camera_id for clip in clips}
            marks += [(t["frame_time_ms"], "tag", str(t.get("category", "tag"))) for t in
                      await self._client.tags_between(from_ms, to_ms) if t.get("camera_id") in played]
        except BackendError:
            pass  # the marks are a help; the footage plays without them
        window = ArchiveWindow(SyncedPlayback(clips), client=self._client, operator=operator_name(),
                               incident_id=incident.id, marks=marks)
        window.setStyleSheet(self._window.styleSheet())
        window.resize(1200, 800)
        window.seek(incident.created_ms)
        window.show()
        self.archives.append(window)

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
        for view in (self.history, self.charts, self.audit, *self.archives):
            if view is not None:
                view.close()


MAX_ARCHIVE_CAMERAS = 4


def operator_name() -> str:
    """Who the exports name until sign-in (issue 10) says who is signed in."""
    try:
        return os.environ.get("QALA_OPERATOR") or getpass.getuser()
    except (KeyError, OSError):
        return "supervisor"


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
