"""What the map shows beyond cameras, units and incidents, kept from the event stream: drones (position, heading,
track, sensor footprint), pressed SOS points, and PTZ cameras' current direction (`camera.status`)."""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from console.api.models import ContractError, Envelope
from console.ops.city_state import CityState
from console.ops.signal import Signal

log = logging.getLogger(__name__)

TRACK_POINTS = 300  # the last five minutes at 1 Hz
SOS_SHOW_MS = 10 * 60 * 1000


def _num(data: dict[str, Any], *names: str) -> float | None:
    for name in names:
        value = data.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None


@dataclass
class DroneTrack:
    id: str
    lat: float
    lon: float
    heading_deg: float
    alt_m: float | None
    frame_centre: tuple[float, float] | None
    footprint: list[tuple[float, float]]
    updated_ms: int
    track: deque[tuple[float, float]] = field(default_factory=lambda: deque(maxlen=TRACK_POINTS))


def parse_drone(data: dict[str, Any]) -> dict[str, Any]:
    """`drone.telemetry` data, in the contract's names or MISB ST 0601 snake_case names. Raises ContractError."""
    drone_id = data.get("drone_id") or data.get("camera_id") or data.get("platform_designation")
    lat = _num(data, "lat", "sensor_latitude")
    lon = _num(data, "lon", "sensor_longitude")
    if not isinstance(drone_id, str) or lat is None or lon is None:
        raise ContractError("drone.telemetry: needs drone_id, lat and lon")
    heading = _num(data, "heading_deg", "platform_heading_angle") or 0.0
    footprint: list[tuple[float, float]] = []
    raw = data.get("footprint")
    if isinstance(raw, list) and len(raw) >= 3:
        try:
            footprint = [(float(p[0]), float(p[1])) for p in raw]
        except (TypeError, ValueError, IndexError) as exc:
            raise ContractError("drone.telemetry.footprint: expected [[lat, lon], ...]") from exc
    else:
        corners = [
            (_num(data, f"corner_latitude_point_{k}"), _num(data, f"corner_longitude_point_{k}"))
            for k in range(1, 5)
        ]
        if all(a is not None and b is not None for a, b in corners):
            footprint = [(float(a), float(b)) for a, b in corners]  # type: ignore[arg-type]
    centre = None
    raw_centre = data.get("frame_centre")
    if isinstance(raw_centre, list) and len(raw_centre) == 2:
        centre = (float(raw_centre[0]), float(raw_centre[1]))
    else:
        clat, clon = _num(data, "frame_center_latitude"), _num(data, "frame_center_longitude")
        if clat is not None and clon is not None:
            centre = (clat, clon)
    return {
        "id": drone_id,
        "lat": lat,
        "lon": lon,
        "heading_deg": heading % 360.0,
        "alt_m": _num(data, "alt_m", "sensor_true_altitude"),
        "frame_centre": centre,
        "footprint": footprint,
    }


class MapFeed:
    """Subscribes to the city's event stream; `sig_changed(kind)` with kind drones, sos or ptz."""

    def __init__(self, state: CityState) -> None:
        self.state = state
        self.drones: dict[str, DroneTrack] = {}
        self.sos: dict[str, tuple[float, float, int]] = {}  # point id -> lat, lon, pressed ms
        self.ptz_heading: dict[str, float] = {}  # camera id -> current direction
        self.ptz_fov: dict[str, float] = {}
        self.rejected = 0
        self.sig_changed = Signal("map.changed")
        state.sig_event.connect(self._on_event)

    def _on_event(self, envelope: Envelope) -> None:
        try:
            if envelope.type == "drone.telemetry":
                self._on_drone(envelope)
            elif envelope.type == "sos.pressed":
                self._on_sos(envelope)
            elif envelope.type == "camera.status":
                self._on_camera(envelope)
        except ContractError as exc:
            if self.rejected == 0:
                log.warning("event %s seq %s rejected: %s", envelope.type, envelope.seq, exc)
            self.rejected += 1

    def _on_drone(self, envelope: Envelope) -> None:
        parsed = parse_drone(envelope.data)
        drone = self.drones.get(parsed["id"])
        if drone is None:
            drone = self.drones[parsed["id"]] = DroneTrack(updated_ms=envelope.ts_ms, **parsed)
        else:
            for key, value in parsed.items():
                setattr(drone, key, value)
            drone.updated_ms = envelope.ts_ms
        if not drone.track or drone.track[-1] != (drone.lat, drone.lon):
            drone.track.append((drone.lat, drone.lon))
        self.sig_changed.emit("drones")

    def _on_sos(self, envelope: Envelope) -> None:
        point_id = envelope.data.get("point_id")
        lat, lon = _num(envelope.data, "lat"), _num(envelope.data, "lon")
        if not isinstance(point_id, str) or lat is None or lon is None:
            raise ContractError("sos.pressed: needs point_id, lat and lon")
        self.sos[point_id] = (lat, lon, envelope.ts_ms)
        self.sig_changed.emit("sos")

    def _on_camera(self, envelope: Envelope) -> None:
        camera_id = envelope.data.get("camera_id")
        if not isinstance(camera_id, str):
            raise ContractError("camera.status: needs camera_id")
        heading = _num(envelope.data, "heading_deg")
        fov = _num(envelope.data, "fov_deg")
        if heading is None and fov is None:
            return
        if heading is not None:
            self.ptz_heading[camera_id] = heading % 360.0
        if fov is not None and 0 < fov <= 360:
            self.ptz_fov[camera_id] = fov
        self.sig_changed.emit("ptz")

    def active_sos(self, now_ms: int) -> dict[str, tuple[float, float, int]]:
        return {k: v for k, v in self.sos.items() if now_ms - v[2] <= SOS_SHOW_MS}
