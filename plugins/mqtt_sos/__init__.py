"""Built-in plugin: MQTT SOS bridge. SOS call points and sensors on an MQTT bus become console events.

Settings (plugins/mqtt_sos/config/...): broker (mqtt://[user:password@]host[:1883] or mqtts://...:8883),
sos_topics (default city/sos/#), sensor_topics (default city/sensors/#), ca_file, cert_file, key_file
(TLS), client_id. A press becomes `sos.pressed` {point_id, lat, lon, incident_id: null, source: "mqtt",
topic}; a sensor message becomes `sensor.reading` {sensor_id, quantity, value, unit, source, topic}.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from plugins.mqtt_sos.bridge import MqttBridge
from plugins.mqtt_sos.messages import SOS_EVENT, BridgeConfigError, BrokerConfig

MANIFEST = {"name": "mqtt_sos", "version": "1.0.0", "api_version": "1.0", "provides": ["events", "dock"],
            "description": "SOS call points and sensors over MQTT as sos.pressed and sensor.reading events"}
RECENT = 50


def tr(text: str) -> str:
    return QCoreApplication.translate("MqttSos", text)


class MqttSosPlugin:
    MANIFEST = MANIFEST

    def __init__(self) -> None:
        self.bridge: MqttBridge | None = None
        self.alarms: list[dict[str, Any]] = []
        self.state = "stopped"

    def activate(self, api: Any) -> None:
        self.api = api
        self.panel = QWidget()
        self.status = QLabel(tr("MQTT: not configured"), self.panel)
        self.status.setWordWrap(True)
        self.list = QListWidget(self.panel)
        box = QVBoxLayout(self.panel)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.status)
        box.addWidget(self.list)
        api.add_dock(tr("SOS (MQTT)"), self.panel, "right")
        api.subscribe(SOS_EVENT, self._on_sos)
        try:
            config = BrokerConfig.from_settings(api.setting)
        except BridgeConfigError as exc:
            self.status.setText(tr("MQTT: {error}").format(error=exc))
            api.notify(str(exc))
            return
        self.bridge = MqttBridge(config, lambda kind, data: api.call_soon(self._deliver, kind, data),
                                 lambda state, why: api.call_soon(self._on_status, state, why))
        self.bridge.start()

    def _deliver(self, kind: str, data: dict[str, Any]) -> None:
        """On the GUI thread: a press without coordinates gets its call point's position from the site."""
        if kind == SOS_EVENT and (data.get("lat") is None or data.get("lon") is None):
            site = self.api.site()
            point = next((p for p in getattr(site, "sos_points", ()) if p.id == data["point_id"]), None)
            if point is not None:
                data = {**data, "lat": point.lat, "lon": point.lon}
        self.api.emit_event(kind, data)

    def _on_status(self, state: str, reason: str) -> None:
        was, self.state = self.state, state
        labels = {"connecting": tr("MQTT: connecting to {where}"), "online": tr("MQTT: online ({where})"),
                  "offline": tr("MQTT: offline ({where})"), "stopped": tr("MQTT: stopped")}
        self.status.setText(labels.get(state, state).format(where=reason))
        if state == "offline" and was != "offline":  # once per outage, not per reconnect attempt
            self.api.notify(tr("MQTT broker unreachable: {why}").format(why=reason))

    def _on_sos(self, kind: str, data: dict[str, Any]) -> None:
        if data.get("source") != "mqtt":
            return  # the backend's own SOS events have their incident; this list is the field bus
        self.alarms.append(data)
        del self.alarms[:-RECENT]
        self.list.insertItem(0, f"{time.strftime('%H:%M:%S')}  {data['point_id']}  ({data['topic']})")
        while self.list.count() > RECENT:
            self.list.takeItem(self.list.count() - 1)
        if data.get("lat") is None:
            self.api.notify(tr("SOS pressed at {point} (location unknown)").format(point=data["point_id"]))
        else:
            self.api.notify(tr("SOS pressed at {point}").format(point=data["point_id"]))

    def deactivate(self) -> None:
        if self.bridge is not None:
            self.bridge.stop(wait=False)  # never hold the GUI thread for paho's reconnect sleep
            self.bridge = None
