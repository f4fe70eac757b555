"""Incident alerts on the walls: every tile showing a camera with a new (not yet acknowledged) incident flashes,
on every monitor's wall, until the incident is acknowledged, assigned or closed."""

from __future__ import annotations

from typing import Any

from console.api.models import Incident
from console.ops.city_state import IncidentStore

ALERT_STATUS = "new"


class WallAlerts:
    def __init__(self, incidents: IncidentStore, screens: Any) -> None:
        self.incidents = incidents
        self.screens = screens
        self._open: dict[str, set[str]] = {}  # camera id -> ids of its new incidents
        incidents.sig_changed.connect(self._on_changed)
        incidents.sig_reset.connect(self._on_reset)
        screens.sig_changed.connect(self._apply_all)  # a wall window opened: it flashes too
        self._on_reset()

    def cameras(self) -> set[str]:
        return {camera for camera, ids in self._open.items() if ids}

    def _on_changed(self, incident: Incident, _created: bool = False) -> None:
        before = self.cameras()
        for camera, ids in self._open.items():
            if camera != incident.camera_id:
                ids.discard(incident.id)  # a camera change on an incident moves its alert
        if incident.camera_id:
            ids = self._open.setdefault(incident.camera_id, set())
            if incident.status == ALERT_STATUS:
                ids.add(incident.id)
            else:
                ids.discard(incident.id)
        if self.cameras() != before:
            self._apply_all()

    def _on_reset(self) -> None:
        self._open = {}
        for incident in self.incidents.ordered():
            if incident.camera_id and incident.status == ALERT_STATUS:
                self._open.setdefault(incident.camera_id, set()).add(incident.id)
        self._apply_all()

    def _apply_all(self) -> None:
        alerting = self.cameras()
        for wall in self.screens.walls():
            for camera in set(wall.alerts) | alerting:
                wall.set_alert(camera, camera in alerting)

    def stop(self) -> None:
        self.incidents.sig_changed.disconnect(self._on_changed)
        self.incidents.sig_reset.disconnect(self._on_reset)
        self.screens.sig_changed.disconnect(self._apply_all)
