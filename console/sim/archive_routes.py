"""Archive routes of the embedded backend: playback of a camera's time range, stored detections, evidence holds.

Recording is configured from the environment (the demo console sets it for the backend it starts):
QALA_ARCHIVE_CAMERAS (comma-separated ids, "all", or empty for none), QALA_ARCHIVE_SEGMENT_S (default 10),
QALA_ARCHIVE_RETENTION_S (default 3600).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from pathlib import Path
from typing import Any

from aiohttp import web

from console.sim.archive import ArchiveRecorder, ArchiveStore
from console.sim.district import KosshyDistrict
from console.sim.errors import json_error as _error
from console.sim.event_hub import EventHub

MAX_RANGE_MS = 3600 * 1000
MAX_MS = 2**53 - 1
MAX_DETECTIONS_RANGE_MS = 10 * 60 * 1000


def _range(query: Any, limit_ms: int) -> tuple[int, int] | web.Response:
    """from_ms and to_ms, required; a longer range is cut to `limit_ms` from from_ms (the answer says so)."""
    values = []
    for name in ("from_ms", "to_ms"):
        raw = query.get(name, "")
        if not (raw.isascii() and raw.isdigit()) or int(raw) > MAX_MS:
            return _error(400, "invalid_request", f"{name} is required, an integer from 0 to {MAX_MS} (Unix ms)")
        values.append(int(raw))
    return values[0], min(values[1], values[0] + limit_ms)


def _is_ms(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_MS


RECORDING_CHECK_S = 1.0


class ArchiveService:
    def __init__(self, root: Path, district: KosshyDistrict | None = None, hub: EventHub | None = None) -> None:
        self.district = district or KosshyDistrict()
        self.hub = hub  # where `camera.status` with `recording` goes when a camera starts or stops being recorded
        self._published: set[str] = set()
        self._watch: asyncio.Task[None] | None = None
        self.store = ArchiveStore(root, float(os.environ.get("QALA_ARCHIVE_RETENTION_S", "3600")))
        wanted = os.environ.get("QALA_ARCHIVE_CAMERAS", "").strip()
        cameras = self.district.cameras if wanted == "all" else [
            c for c in self.district.cameras if c.id in {w.strip() for w in wanted.split(",")}]
        self.recorder = ArchiveRecorder(self.store, [(c.id, c.number, c.name) for c in cameras],
                                        float(os.environ.get("QALA_ARCHIVE_SEGMENT_S", "10")))

    def register(self, app: web.Application) -> None:
        app.router.add_get("/api/v1/archive/holds", self.list_holds)
        app.router.add_post("/api/v1/archive/holds", self.add_hold)
        app.router.add_get("/api/v1/archive/{camera_id}", self.playback)
        app.router.add_get("/api/v1/archive/{camera_id}/detections", self.detections)
        app.router.add_get("/archive/{camera_id}/{start_ms}_{end_ms}.ts", self.segment)
        app.on_startup.append(self._on_startup)
        app.on_cleanup.append(self._on_cleanup)

    async def _on_startup(self, app: web.Application) -> None:
        self.store.prune()
        self.recorder.start()
        self._published = self.recorder.recording()
        if self.hub is not None:
            self._watch = asyncio.get_running_loop().create_task(self._watch_recording(), name="archive-recording")

    async def _on_cleanup(self, app: web.Application) -> None:
        if self._watch is not None:
            self._watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watch
            self._watch = None
        self.recorder.stop()

    def is_recording(self, camera_id: str) -> bool:
        return camera_id in self.recorder.recording()

    async def _watch_recording(self) -> None:
        """Tell the consoles when a camera's recording stops (a failing recorder) or starts again."""
        assert self.hub is not None
        while True:
            await asyncio.sleep(RECORDING_CHECK_S)
            now = self.recorder.recording()
            for camera_id in sorted(now ^ self._published):
                self.hub.publish("camera.status", {"camera_id": camera_id, "status": "online",
                                                   "recording": camera_id in now})
            self._published = now

    def _camera(self, request: web.Request) -> str | None:
        camera_id = request.match_info["camera_id"]
        return camera_id if camera_id in self.district.camera_by_id else None

    async def playback(self, request: web.Request) -> web.Response:
        camera_id = self._camera(request)
        if camera_id is None:
            return _error(404, "not_found", f"no camera {request.match_info['camera_id']}")
        period = _range(request.query, MAX_RANGE_MS)
        if isinstance(period, web.Response):
            return period
        segments = self.store.segments(camera_id, *period)
        base = f"{request.scheme}://{request.host}"
        return web.json_response({
            "camera_id": camera_id, "from_ms": period[0], "to_ms": period[1], "clock": "pts-unix90k",
            "segments": [{**s.to_json(), "url": f"{base}/archive/{camera_id}/{s.start_ms}_{s.end_ms}.ts"}
                         for s in segments],
            "detections_url": f"{base}/api/v1/archive/{camera_id}/detections?from_ms={period[0]}&to_ms={period[1]}"})

    async def detections(self, request: web.Request) -> web.Response:
        camera_id = self._camera(request)
        if camera_id is None:
            return _error(404, "not_found", f"no camera {request.match_info['camera_id']}")
        period = _range(request.query, MAX_DETECTIONS_RANGE_MS)
        if isinstance(period, web.Response):
            return period
        return web.json_response({"camera_id": camera_id, "items": self.store.detections(camera_id, *period)})

    async def segment(self, request: web.Request) -> web.StreamResponse:
        camera_id, start, end = (request.match_info[k] for k in ("camera_id", "start_ms", "end_ms"))
        if camera_id not in self.district.camera_by_id or not (start.isdigit() and end.isdigit()):
            return _error(404, "not_found", "no such segment")
        path = self.store.segment_path(camera_id, int(start), int(end))
        if not path.is_file():
            return _error(404, "not_found", "no such segment (outside retention?)")
        return web.FileResponse(path, headers={"Content-Type": "video/mp2t"})

    async def list_holds(self, request: web.Request) -> web.Response:
        return web.json_response({"items": self.store.holds()})

    async def add_hold(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
        except (ValueError, UnicodeDecodeError):
            return _error(400, "invalid_request", "the body must be JSON")
        if not isinstance(body, dict):
            return _error(400, "invalid_request", "the body must be a JSON object")
        cameras = body.get("camera_ids")
        if not isinstance(cameras, list) or not cameras or not all(isinstance(c, str) for c in cameras):
            return _error(400, "invalid_request", "camera_ids must be a list of camera ids")
        unknown = [c for c in cameras if c not in self.district.camera_by_id]
        if unknown:
            return _error(404, "not_found", f"no camera {unknown[0]}")
        from_ms, to_ms = body.get("from_ms"), body.get("to_ms")
        if not (_is_ms(from_ms) and _is_ms(to_ms)):
            return _error(400, "invalid_request", f"from_ms and to_ms must be integers from 0 to {MAX_MS}")
        assert isinstance(from_ms, int) and isinstance(to_ms, int)  # for mypy: _is_ms said so
        if not 0 < to_ms - from_ms <= 24 * MAX_RANGE_MS:
            return _error(400, "invalid_request", "to_ms must follow from_ms, by at most 24 h")
        texts = {}
        for name, limit in (("incident_id", 64), ("operator", 64), ("reason", 500)):
            value = body.get(name, "")
            if not isinstance(value, str) or len(value) > limit or (name == "operator" and not value.strip()):
                return _error(400, "invalid_request", f"{name} must be a string of at most {limit} characters")
            texts[name] = value
        hold = self.store.add_hold(cameras, from_ms, to_ms, texts["incident_id"], texts["operator"], texts["reason"])
        return web.json_response(hold, status=201)
