"""The MQTT side of the SOS bridge: one paho client on its own network thread, reconnecting on its own."""

from __future__ import annotations

import logging
import threading
import uuid
from collections import Counter
from collections.abc import Callable
from typing import Any

import paho.mqtt.client as mqtt

from plugins.mqtt_sos.messages import (
    SENSOR_EVENT,
    SOS_EVENT,
    BrokerConfig,
    sensor_event,
    sos_event,
    topic_matches,
)

log = logging.getLogger(__name__)

EventSink = Callable[[str, dict[str, Any]], None]  # (type, data), called on the network thread
StatusSink = Callable[[str, str], None]  # (state "connecting" | "online" | "offline", reason)


class MqttBridge:
    """Subscribes to the SOS and sensor topics and hands each message, as a console event, to `on_event`.

    Retained messages are skipped: a press stored on the broker hours ago is not a new alarm."""

    def __init__(self, config: BrokerConfig, on_event: EventSink, on_status: StatusSink | None = None) -> None:
        self.config = config
        self._on_event = on_event
        self._on_status = on_status
        self.counts: Counter[str] = Counter()
        self.last_problem = ""
        self.state = "stopped"
        self._subscribe_mid: int | None = None
        client_id = config.client_id or f"qala-console-{uuid.uuid4().hex[:10]}"
        self._client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id)
        if config.username:
            self._client.username_pw_set(config.username, config.password or None)
        if config.tls:
            self._client.tls_set(ca_certs=config.ca_file or None, certfile=config.cert_file or None,
                                 keyfile=config.key_file or None)
        self._client.reconnect_delay_set(min_delay=1, max_delay=15)
        self._client.on_log = self._on_log  # into our log files, not stderr
        self._client.on_connect = self._on_connect
        self._client.on_subscribe = self._on_subscribe
        self._client.on_disconnect = self._on_disconnect
        self._client.on_message = self._on_message
        self._client.on_connect_fail = self._on_connect_fail

    def start(self) -> None:
        """Connect in the background (never blocks the caller on DNS or TCP) and keep reconnecting."""
        self._status("connecting", f"{self.config.host}:{self.config.port}")
        self._client.connect_async(self.config.host, self.config.port, keepalive=30)
        self._client.loop_start()

    def stop(self, wait: bool = True) -> None:
        """Disconnect and end the network thread; `wait=False` returns at once (the thread may be sleeping up
        to a second between reconnect attempts) and lets a short-lived helper thread join it."""
        self.state = "stopped"
        self._client.disconnect()
        if wait:
            self._client.loop_stop()
        else:
            threading.Thread(target=self._client.loop_stop, name="mqtt-sos-stop").start()

    def _status(self, state: str, reason: str) -> None:
        self.state = state
        if self._on_status is not None:
            self._on_status(state, reason)

    def _on_connect(self, client: Any, userdata: Any, flags: Any, reason_code: Any, properties: Any) -> None:
        if reason_code.is_failure:
            self._status("offline", str(reason_code))
            return
        # online once the broker has taken the subscriptions: a press sent between CONNACK and SUBACK is not ours
        topics = [(topic, 1) for topic in (*self.config.sos_topics, *self.config.sensor_topics)]
        _, self._subscribe_mid = client.subscribe(topics)

    def _on_subscribe(self, client: Any, userdata: Any, mid: int, reason_codes: Any, properties: Any) -> None:
        if mid == self._subscribe_mid:
            self._status("online", f"{self.config.host}:{self.config.port}")

    def _on_disconnect(self, client: Any, userdata: Any, flags: Any, reason_code: Any, properties: Any) -> None:
        if self.state != "stopped":
            self._status("offline", str(reason_code))

    def _on_log(self, client: Any, userdata: Any, level: int, text: str) -> None:
        if self.state != "stopped":  # after disconnect() paho complains once that it is not connected
            log.log(logging.WARNING if level == mqtt.MQTT_LOG_ERR else logging.DEBUG, "paho: %s", text)

    def _on_connect_fail(self, client: Any, userdata: Any) -> None:
        # paho keeps the cause to itself: a refused port, an unknown host or a TLS certificate it does not trust
        if self.state != "stopped":
            where = f"{self.config.host}:{self.config.port}"
            self._status("offline", f"cannot connect to {where}" + (" (TLS: check ca_file)" if self.config.tls else ""))

    def _on_message(self, client: Any, userdata: Any, message: Any) -> None:
        topic = message.topic
        if message.retain:
            self.counts["retained skipped"] += 1
            return
        try:
            if any(topic_matches(f, topic) for f in self.config.sos_topics):
                data = sos_event(topic, message.payload)
                if data is None:
                    self.counts["sos released"] += 1
                    return
                self.counts[SOS_EVENT] += 1
                self._on_event(SOS_EVENT, data)
            elif any(topic_matches(f, topic) for f in self.config.sensor_topics):
                self.counts[SENSOR_EVENT] += 1
                self._on_event(SENSOR_EVENT, sensor_event(topic, message.payload))
        except ValueError as exc:
            self.counts["rejected"] += 1
            self.last_problem = f"{topic}: {exc}"
            if self.counts["rejected"] == 1:
                log.warning("MQTT message rejected: %s", self.last_problem)
