"""Drone tags: one key press makes a geo-tagged tag at the shown frame; the durable outbox delivers it.

A tag is written to the outbox (SQLite, committed) before `TagBook.create` returns, with its own idempotency
key, so tags made while the link is down reach the backend once it is back, exactly once (the backend stores
one tag per key). The book keeps the console's view: every tag, in frame-time order, with its delivery state.
"""

from __future__ import annotations

import bisect
import time
import uuid
from dataclasses import dataclass, replace
from typing import Any

from console.ops.drone_track import DroneFix
from console.ops.outbox import Handler, Outbox, OutboxItem
from console.ops.signal import Signal

TAG_KIND = "tag.create"
# key 1..9 in this order
TAG_CATEGORIES = ("traffic_violation", "public_order", "illegal_dump", "utility_fault", "sanitation", "fire_smoke",
                  "crowd", "road_damage", "other")


class TagError(ValueError):
    """A tag that cannot be made (no telemetry for the frame, unknown category)."""


@dataclass(frozen=True, slots=True)
class DroneTag:
    key: str
    category: str
    note: str
    drone_id: str
    camera_id: str
    frame_time_ms: int
    lat: float
    lon: float
    operator: str
    created_ms: int
    state: str = "pending"  # pending | sent | refused
    reason: str = ""

    def payload(self) -> dict[str, Any]:
        return {"category": self.category, "note": self.note, "drone_id": self.drone_id, "camera_id": self.camera_id,
                "frame_time_ms": self.frame_time_ms, "lat": self.lat, "lon": self.lon, "operator": self.operator,
                "created_ms": self.created_ms}

    @classmethod
    def from_payload(cls, key: str, payload: dict[str, Any], state: str = "pending") -> DroneTag:
        return cls(key, str(payload["category"]), str(payload.get("note", "")), str(payload["drone_id"]),
                   str(payload["camera_id"]), int(payload["frame_time_ms"]), float(payload["lat"]),
                   float(payload["lon"]), str(payload["operator"]), int(payload.get("created_ms", 0)), state)


def category_for_key(digit: int) -> str:
    if not 1 <= digit <= len(TAG_CATEGORIES):
        raise TagError(f"no tag category on key {digit}")
    return TAG_CATEGORIES[digit - 1]


class TagBook:
    """All tags this console knows, by frame time; new ones go through `outbox`."""

    def __init__(self, outbox: Outbox, operator: str = "pilot") -> None:
        self.outbox = outbox
        self.operator = operator
        self._tags: list[DroneTag] = []
        self._by_key: dict[str, int] = {}
        self.sig_changed = Signal("tags.changed")  # ()
        outbox.sig_sent.connect(self._on_sent)
        outbox.sig_refused.connect(self._on_refused)
        for item in outbox.pending():  # made before a restart and not delivered yet
            if item.kind == TAG_KIND:
                self._insert(DroneTag.from_payload(item.key, item.payload))

    def create(self, category: str, fix: DroneFix | None, frame_time_ms: int, drone_id: str, camera_id: str,
               note: str = "") -> DroneTag:
        """Tag the frame shown at `frame_time_ms` at its frame centre (from the KLV fix of that frame)."""
        if category not in TAG_CATEGORIES:
            raise TagError(f"unknown tag category {category!r}")
        if fix is None:
            raise TagError("no telemetry for this frame: the tag would have no position")
        lat, lon = fix.frame_center if fix.frame_center is not None else (fix.lat, fix.lon)
        tag = DroneTag(uuid.uuid4().hex, category, note.strip()[:2000], drone_id, camera_id, frame_time_ms,
                       round(lat, 7), round(lon, 7), self.operator, int(time.time() * 1000))
        self.outbox.enqueue(TAG_KIND, tag.payload(), key=tag.key)  # durable before we say it exists
        self._insert(tag)
        return tag

    def merge_remote(self, items: list[dict[str, Any]]) -> None:
        """Tags the backend already holds (GET /api/v1/tags), e.g. from another console."""
        known = {(t.drone_id, t.frame_time_ms, t.category) for t in self._tags}
        for item in items:
            if (item.get("drone_id"), item.get("frame_time_ms"), item.get("category")) in known:
                continue
            self._insert(DroneTag.from_payload(f"remote-{item.get('id')}", item, "sent"))

    def _insert(self, tag: DroneTag) -> None:
        if tag.key in self._by_key:
            return
        times = [t.frame_time_ms for t in self._tags]
        self._tags.insert(bisect.bisect_right(times, tag.frame_time_ms), tag)
        self._reindex()
        self.sig_changed.emit()

    def _reindex(self) -> None:
        self._by_key = {t.key: i for i, t in enumerate(self._tags)}

    def _set_state(self, key: str, state: str, reason: str = "") -> None:
        index = self._by_key.get(key)
        if index is not None:
            self._tags[index] = replace(self._tags[index], state=state, reason=reason)
            self.sig_changed.emit()

    def _on_sent(self, item: OutboxItem, result: Any) -> None:
        if item.kind == TAG_KIND:
            self._set_state(item.key, "sent")

    def _on_refused(self, item: OutboxItem, reason: str) -> None:
        if item.kind == TAG_KIND:
            self._set_state(item.key, "refused", reason)

    def all(self) -> list[DroneTag]:
        return list(self._tags)

    def between(self, start_ms: int, end_ms: int) -> list[DroneTag]:
        return [t for t in self._tags if start_ms <= t.frame_time_ms <= end_ms]

    def next_after(self, time_ms: int, tags: list[DroneTag] | None = None) -> DroneTag | None:
        return next((t for t in (tags or self._tags) if t.frame_time_ms > time_ms), None)

    def previous_before(self, time_ms: int, tags: list[DroneTag] | None = None) -> DroneTag | None:
        return next((t for t in reversed(tags or self._tags) if t.frame_time_ms < time_ms), None)

    def __len__(self) -> int:
        return len(self._tags)


def tag_sender(client: Any) -> Handler:
    """The outbox handler for kind "tag.create": POST /api/v1/tags with the item's idempotency key."""

    async def send(payload: dict[str, Any], key: str) -> Any:
        body = {k: v for k, v in payload.items() if k != "created_ms"}
        return await client.create_tag({**body, "idempotency_key": key})

    return send
