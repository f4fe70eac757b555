"""The console's domain state: cameras, units, incidents and detections, fed by REST loads and the event stream."""

from __future__ import annotations

import bisect
import dataclasses
import logging
import math
from collections import Counter, deque
from typing import Any

from console.api.models import (
    Camera,
    ContractError,
    DetectedObject,
    Detection,
    Envelope,
    Incident,
    Site,
    Unit,
)
from console.ops.signal import Signal

log = logging.getLogger(__name__)

FINISHED = frozenset({"resolved", "closed", "false_alarm", "transferred"})


class IncidentStore:
    """Incidents by id, ordered for the queue: severity first, then newest first."""

    def __init__(self) -> None:
        self._by_id: dict[str, Incident] = {}
        self._ordered: tuple[Incident, ...] | None = None  # sorted once per change, not at every map repaint
        self.version = 0  # counts changes: what views key their caches on
        self.sig_changed = Signal("incidents.changed")  # (incident, created: bool)
        self.sig_reset = Signal("incidents.reset")

    def replace_all(self, incidents: list[Incident]) -> None:
        self._by_id = {i.id: i for i in incidents}
        self._ordered = None
        self.version += 1
        self.sig_reset.emit()

    def upsert(self, incident: Incident) -> None:
        known = self._by_id.get(incident.id)
        if known is not None and known.updated_ms > incident.updated_ms:
            return  # an older copy (replayed or raced with REST) never overwrites a newer one
        self._by_id[incident.id] = incident
        self._ordered = None
        self.version += 1
        self.sig_changed.emit(incident, known is None)

    def get(self, incident_id: str) -> Incident | None:
        return self._by_id.get(incident_id)

    def ordered(self) -> list[Incident]:
        """Open incidents first (by severity, newest first), then finished ones, newest first (a new list)."""
        if self._ordered is None:
            self._ordered = tuple(sorted(
                self._by_id.values(),
                key=lambda i: (i.status in FINISHED, i.severity_rank if i.status not in FINISHED else 0, -i.created_ms)))
        return list(self._ordered)

    def __len__(self) -> int:
        return len(self._by_id)


class UnitStore:
    def __init__(self) -> None:
        self._by_id: dict[str, Unit] = {}
        self.sig_changed = Signal("units.changed")  # (unit)
        self.sig_reset = Signal("units.reset")

    def replace_all(self, units: list[Unit]) -> None:
        self._by_id = {u.id: u for u in units}
        self.sig_reset.emit()

    def upsert(self, unit: Unit) -> None:
        known = self._by_id.get(unit.id)
        if known is not None and known.updated_ms > unit.updated_ms:
            return
        self._by_id[unit.id] = unit
        self.sig_changed.emit(unit)

    def all(self) -> list[Unit]:
        return list(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)


class DetectionBuffer:
    """Per-camera detections kept by frame time, so a tile draws the boxes computed on the frame it shows."""

    def __init__(self, keep_ms: int = 5000) -> None:
        self._keep_ms = keep_ms
        self._times: dict[str, deque[int]] = {}
        self._items: dict[str, deque[Detection]] = {}
        self.unknown_camera = 0

    def add(self, detection: Detection) -> None:
        times = self._times.setdefault(detection.camera_id, deque())
        items = self._items.setdefault(detection.camera_id, deque())
        if times and detection.frame_time_ms < times[-1]:
            # late or out of order: keep the order sorted (rare, so a list insert is fine)
            pos = bisect.bisect_left(list(times), detection.frame_time_ms)
            times.insert(pos, detection.frame_time_ms)
            items.insert(pos, detection)
        else:
            times.append(detection.frame_time_ms)
            items.append(detection)
        horizon = detection.frame_time_ms - self._keep_ms
        while times and times[0] < horizon:
            times.popleft()
            items.popleft()

    def newest(self, camera_id: str) -> int | None:
        """Frame time of the newest detection held for this camera (diagnostics)."""
        times = self._times.get(camera_id)
        return times[-1] if times else None

    def has_recent(self, camera_id: str, frame_time_ms: int, within_ms: int = 2000) -> bool:
        """Whether this camera's analytics is live around this time (else frames are not held for it)."""
        times = self._times.get(camera_id)
        return times is not None and len(times) > 0 and times[-1] >= frame_time_ms - within_ms

    def for_frame(self, camera_id: str, frame_time_ms: int, tolerance_ms: int = 20) -> Detection | None:
        """The detection computed on this frame (nearest within tolerance), or None if it has not arrived."""
        times = self._times.get(camera_id)
        if not times:
            return None
        pos = bisect.bisect_left(times, frame_time_ms)
        best: Detection | None = None
        best_dt = tolerance_ms + 1
        for i in (pos - 1, pos):
            if 0 <= i < len(times):
                dt = abs(times[i] - frame_time_ms)
                if dt < best_dt:
                    best, best_dt = self._items[camera_id][i], dt
        return best


# event types of the contract (docs/contract.md); anything else is counted as unknown (and still handed to
# subscribers such as plugins, which may know it)
KNOWN_TYPES = frozenset({
    "detection", "incident.created", "incident.updated", "unit.updated", "drone.telemetry", "sos.pressed",
    "camera.status", "camera.ptz", "tag.created", "tag.updated", "sensor.reading", "layout.updated",
})


def clip_objects(detection: Detection) -> tuple[Detection, int]:
    """Boxes clipped to the frame; a box wholly outside it, or not a box at all (NaN, no area), is dropped.
    Returns the detection to keep and how many boxes were out of bounds."""
    bad = 0
    kept: list[DetectedObject] = []
    for obj in detection.objects:
        x, y, w, h = obj.box
        if 0.0 <= x and 0.0 <= y and w > 0.0 and h > 0.0 and x + w <= 1.0 and y + h <= 1.0:
            kept.append(obj)  # the usual case, and NaN fails every comparison above
            continue
        bad += 1
        if not all(math.isfinite(v) for v in obj.box) or w <= 0.0 or h <= 0.0:
            continue
        left, top, right, bottom = max(0.0, x), max(0.0, y), min(1.0, x + w), min(1.0, y + h)
        if right > left and bottom > top:
            kept.append(DetectedObject(obj.track_id, obj.cls, obj.confidence, (left, top, right - left, bottom - top)))
    if not bad:
        return detection, 0
    return Detection(detection.camera_id, detection.frame_time_ms, tuple(kept)), bad


class CityState:
    """Everything the console knows about the city, and the router from event envelopes to the stores."""

    def __init__(self) -> None:
        self.site: Site | None = None
        self.cameras: dict[str, Camera] = {}
        self.incidents = IncidentStore()
        self.units = UnitStore()
        self.detections = DetectionBuffer()
        self.event_counts: Counter[str] = Counter()
        self.rejected: Counter[str] = Counter()
        self.unknown_types: Counter[str] = Counter()
        self.sig_cameras = Signal("cameras.reset")
        self.sig_site = Signal("site")
        self.sig_event = Signal("event")  # (envelope), for plugins and counters

    def set_site(self, site: Site) -> None:
        self.site = site
        self.sig_site.emit(site)

    def set_cameras(self, cameras: list[Camera]) -> None:
        self.cameras = {c.id: c for c in sorted(cameras, key=lambda c: c.number)}
        self.sig_cameras.emit()

    def _camera_status(self, data: Any) -> None:
        """A camera's `recording` flag changed: the camera list (and so the tiles' recording dot) follows."""
        if not isinstance(data, dict) or not isinstance(data.get("camera_id"), str):
            raise ContractError("camera.status: needs camera_id")
        recording = data.get("recording")
        if recording is not None and not isinstance(recording, bool):
            raise ContractError("camera.status.recording: expected bool")
        camera = self.cameras.get(data["camera_id"])
        if camera is not None and recording is not None and camera.recording != recording:
            self.cameras[camera.id] = dataclasses.replace(camera, recording=recording)
            self.sig_cameras.emit()

    def apply(self, envelope: Envelope) -> None:
        """Route one event to the stores. A malformed payload is counted and skipped, never raised."""
        self.event_counts[envelope.type] += 1
        try:
            if envelope.type == "detection":
                detection = Detection.from_json(envelope.data)
                if detection.camera_id not in self.cameras:
                    if not self.cameras:
                        return  # the stream starts before the camera list has loaded: not bad data
                    if self.detections.unknown_camera == 0:
                        log.warning("detection for unknown camera %r (seq %s) ignored", detection.camera_id,
                                    envelope.seq)
                    self.detections.unknown_camera += 1
                    self.rejected["detection for unknown camera"] += 1
                    return
                detection, outside = clip_objects(detection)
                if outside:
                    if self.rejected["box outside the frame"] == 0:
                        log.warning("detection on %s (seq %s) has boxes outside the frame: clipped or dropped",
                                    detection.camera_id, envelope.seq)
                    self.rejected["box outside the frame"] += outside
                self.detections.add(detection)
            elif envelope.type in ("incident.created", "incident.updated"):
                self.incidents.upsert(Incident.from_json(envelope.data))
            elif envelope.type == "unit.updated":
                self.units.upsert(Unit.from_json(envelope.data))
            elif envelope.type == "camera.status":
                self._camera_status(envelope.data)
            elif envelope.type not in KNOWN_TYPES:
                if self.unknown_types[envelope.type] == 0:
                    log.warning("event type %r (seq %s) is not in the contract: ignored", envelope.type[:64],
                                envelope.seq)
                self.unknown_types[envelope.type[:64]] += 1
        except ContractError as exc:
            if self.rejected[envelope.type] == 0:
                log.warning("event %s seq %s rejected: %s", envelope.type, envelope.seq, exc)
            self.rejected[envelope.type] += 1
            return
        self.sig_event.emit(envelope)
