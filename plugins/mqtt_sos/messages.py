"""MQTT messages from SOS call points and sensors to console events (Qt-free, no network)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

SOS_EVENT = "sos.pressed"
SENSOR_EVENT = "sensor.reading"
_TRUE = {"1", "true", "on", "pressed", "sos", "alarm"}
_FALSE = {"0", "false", "off", "released", "idle", "ok"}
_TOPIC_WORDS = {"pressed", "alarm", "sos", "state", "event", "button"}


class BridgeConfigError(ValueError):
    """The broker URL or the topics cannot be used (said in the panel and the status bar)."""


@dataclass(frozen=True, slots=True)
class BrokerConfig:
    host: str
    port: int
    tls: bool
    username: str = ""
    password: str = ""
    ca_file: str = ""
    cert_file: str = ""
    key_file: str = ""
    sos_topics: tuple[str, ...] = ("city/sos/#",)
    sensor_topics: tuple[str, ...] = ("city/sensors/#",)
    client_id: str = ""

    @classmethod
    def from_settings(cls, get: Any) -> BrokerConfig:
        """`get(key, default)` reads the plugin's settings: broker (mqtt://user:pass@host:port or mqtts://...),
        sos_topics, sensor_topics (lists or comma-separated), ca_file, cert_file, key_file, client_id."""
        url = str(get("broker", "") or "").strip()
        if not url:
            raise BridgeConfigError("no broker configured (setting: broker = mqtt://host:1883 or mqtts://host:8883)")
        parts = urlsplit(url)
        if parts.scheme not in ("mqtt", "mqtts", "tcp", "ssl"):
            raise BridgeConfigError(f"broker URL must start with mqtt:// or mqtts://, got {url!r}")
        tls = parts.scheme in ("mqtts", "ssl")
        try:
            port = parts.port or (8883 if tls else 1883)
        except ValueError as exc:
            raise BridgeConfigError(f"bad port in {url!r}") from exc
        if not parts.hostname:
            raise BridgeConfigError(f"no host in {url!r}")
        sos = _topics(get("sos_topics", None), ("city/sos/#",))
        sensors = _topics(get("sensor_topics", None), ("city/sensors/#",))
        return cls(parts.hostname, port, tls, unquote(parts.username or ""), unquote(parts.password or ""),
                   str(get("ca_file", "") or ""), str(get("cert_file", "") or ""), str(get("key_file", "") or ""),
                   sos, sensors, str(get("client_id", "") or ""))


def _topics(value: Any, default: tuple[str, ...]) -> tuple[str, ...]:
    if value in (None, "", []):
        return default
    items = value if isinstance(value, list | tuple) else str(value).split(",")
    topics = tuple(t.strip() for t in items if str(t).strip())
    for topic in topics:
        if "#" in topic[:-1] or any(("+" in level and level != "+") for level in topic.split("/")):
            raise BridgeConfigError(f"bad MQTT topic filter {topic!r}")
    return topics or default


def topic_matches(topic_filter: str, topic: str) -> bool:
    f_levels, t_levels = topic_filter.split("/"), topic.split("/")
    for i, level in enumerate(f_levels):
        if level == "#":
            return True
        if i >= len(t_levels) or (level != "+" and level != t_levels[i]):
            return False
    return len(f_levels) == len(t_levels)


def _decode(payload: bytes) -> Any:
    text = payload.decode("utf-8", errors="replace").strip()
    try:
        return json.loads(text)
    except ValueError:
        return text


def _id_from_topic(topic: str) -> str:
    levels = [level for level in topic.split("/") if level]
    while len(levels) > 1 and levels[-1].lower() in _TOPIC_WORDS:
        levels.pop()
    return levels[-1] if levels else ""


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def sos_event(topic: str, payload: bytes) -> dict[str, Any] | None:
    """`sos.pressed` data for a press; None for a release or heartbeat. Raises ValueError for garbage.

    Accepted: JSON {"point_id"?, "lat"?, "lon"?, "pressed"?: bool, "state"?: "pressed"} or a plain
    "1"/"pressed"/"alarm"; the point id defaults to the topic's last level (city/sos/sos-01/pressed -> sos-01)."""
    body = _decode(payload)
    data: dict[str, Any] = {}
    if isinstance(body, dict):
        data = body
        flag = body.get("pressed", body.get("state", body.get("alarm", True)))
    else:
        flag = body
    if isinstance(flag, str):
        word = flag.strip().lower()
        if word in _FALSE:
            return None
        if word not in _TRUE:
            raise ValueError(f"not an SOS state: {flag[:40]!r}")
    elif isinstance(flag, bool | int | float):
        if not flag:
            return None
    else:
        raise ValueError(f"not an SOS state: {flag!r}")
    point_id = str(data.get("point_id") or data.get("id") or _id_from_topic(topic))
    if not point_id:
        raise ValueError("no point id in the topic or the payload")
    event: dict[str, Any] = {"point_id": point_id, "lat": _number(data.get("lat")),
                             "lon": _number(data.get("lon")), "incident_id": None, "source": "mqtt",
                             "topic": topic}
    if event["lat"] is not None and not -90 <= event["lat"] <= 90:
        raise ValueError(f"lat {event['lat']} out of range")
    if event["lon"] is not None and not -180 <= event["lon"] <= 180:
        raise ValueError(f"lon {event['lon']} out of range")
    return event


def sensor_event(topic: str, payload: bytes) -> dict[str, Any]:
    """`sensor.reading` data: JSON {"sensor_id"?, "quantity"?, "value", "unit"?} or a bare number; the sensor
    and the quantity default to the topic (city/sensors/river-3/level -> sensor river-3, quantity level)."""
    body = _decode(payload)
    data = body if isinstance(body, dict) else {"value": body}
    value = _number(data.get("value"))
    if value is None:
        raise ValueError(f"sensor value is not a number: {str(data.get('value'))[:40]!r}")
    levels = [level for level in topic.split("/") if level]
    quantity = str(data.get("quantity") or (levels[-1] if len(levels) >= 2 else "value"))
    sensor_id = str(data.get("sensor_id") or data.get("id") or (levels[-2] if len(levels) >= 2 else topic))
    return {"sensor_id": sensor_id, "quantity": quantity, "value": value, "unit": str(data.get("unit", "")),
            "source": "mqtt", "topic": topic}
