"""The backend's drone parts: the drone camera entry, drone.telemetry events, and the tags routes."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from aiohttp import web

from console.sim.city import camera_json
from console.sim.district import CameraSpec, KosshyDistrict
from console.sim.drone import DRONE_CAMERA_ID, DRONE_NAME, DRONE_NUMBER, HFOV_DEG, DroneFlight
from console.sim.errors import json_error as _error
from console.sim.event_hub import EventHub
from console.sim.tag_db import TagDB, TagRefused, validate_tag

TELEMETRY_PERIOD_S = 1.0


class DroneService:
    def __init__(self, data_dir: Path, district: KosshyDistrict, hub: EventHub) -> None:
        self.district = district
        self.hub = hub
        self.flight = DroneFlight(district)
        self.tags = TagDB(data_dir / "tags.db")
        self._task: asyncio.Task[None] | None = None

    def add_routes(self, router: web.UrlDispatcher) -> None:
        router.add_get("/api/v1/tags", self.list_tags)
        router.add_post("/api/v1/tags", self.create_tag)

    def camera_json(self, base_url: str) -> dict[str, Any]:
        """The drone camera as a contract Camera: position and heading as of now."""
        state = self.flight.state_at(int(time.time() * 1000))
        spec = CameraSpec(DRONE_CAMERA_ID, DRONE_NUMBER, DRONE_NAME, "drone", round(state.lat, 6), round(state.lon, 6),
                          round(state.heading_deg, 1), HFOV_DEG, self.district.district_of(state.lat, state.lon),
                          "")
        return {**camera_json(spec, base_url), "zones": []}

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._publish_telemetry(), name="drone-telemetry")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    def close(self) -> None:
        self.tags.close()

    async def _publish_telemetry(self) -> None:
        while True:
            now = time.time()
            await asyncio.sleep(TELEMETRY_PERIOD_S - now % TELEMETRY_PERIOD_S)
            self.hub.publish("drone.telemetry", self.flight.telemetry_json(int(time.time() * 1000) // 40 * 40))

    async def list_tags(self, request: web.Request) -> web.Response:
        query = request.query
        try:
            limit = int(query.get("limit", "500"))
            since = int(query["since_ms"]) if "since_ms" in query else None
            until = int(query["until_ms"]) if "until_ms" in query else None
        except ValueError:
            return _error(400, "invalid_request", "limit, since_ms and until_ms must be integers")
        if not 1 <= limit <= 5000:
            return _error(400, "invalid_request", "limit must be between 1 and 5000")
        if any(v is not None and not 0 <= v < 2**53 for v in (since, until)):
            return _error(400, "invalid_request", "since_ms and until_ms must be between 0 and 2^53-1")
        items = self.tags.query(drone_id=query.get("drone_id"), since_ms=since, until_ms=until, limit=limit)
        return web.json_response({"items": items})

    async def create_tag(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
        except (ValueError, UnicodeDecodeError):
            return _error(400, "invalid_request", "the body must be JSON")
        try:
            fields = validate_tag(body)
        except TagRefused as exc:
            return _error(400, "invalid_request", str(exc))
        tag, created = self.tags.add(fields)
        if created:
            self.hub.publish("tag.created", tag)
        return web.json_response(tag, status=201 if created else 200)
