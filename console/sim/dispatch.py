"""The backend's dispatch desk: operator actions with unit checks, dispatch suggestions by road distance,
SOS presses, incidents entered by operators, and camera snapshots. Routes are added to the server's app."""

from __future__ import annotations

import heapq
import math
import time
from typing import Any

import cv2
from aiohttp import web

from console.ops.lifecycle import (
    DEFAULT_SEVERITY,
    FINISHED,
    INCIDENT_TYPES,
    SEVERITIES,
    STATUS_TARGETS,
    SUITABLE_UNITS,
)
from console.sim.city import UNIT_SPEEDS, CitySimulation, SimUnit
from console.sim.district import KosshyDistrict, distance_m
from console.sim.errors import json_error as _error
from console.sim.event_hub import EventHub
from console.sim.frame_painter import FramePainter
from console.sim.incident_db import ActionRefused, IncidentDB, new_incident_id

SNAPSHOT_SIZE = (640, 360)
SOS_CAMERAS = 4  # cameras brought up on the alarm wall for an SOS press


class DispatchDesk:
    def __init__(self, district: KosshyDistrict, city: CitySimulation, db: IncidentDB, hub: EventHub) -> None:
        self.district, self.city, self.db, self.hub = district, city, db, hub
        self._painters: dict[str, FramePainter] = {}

    def add_routes(self, router: web.UrlDispatcher) -> None:
        router.add_post("/api/v1/incidents", self.create_incident)
        router.add_get("/api/v1/incidents/{id}/suggestions", self.suggestions)
        router.add_post("/api/v1/sos/{point}/press", self.press_sos)
        router.add_get("/api/v1/cameras/{id}/snapshot.jpg", self.snapshot)

    def unit(self, unit_id: str) -> SimUnit | None:
        return next((u for u in self.city.units if u.id == unit_id), None)

    # -- actions -------------------------------------------------------------------------------------------------

    def restore(self) -> None:
        """After a restart: units still assigned in the database drive to their incidents again."""
        for incident_id, unit_id in self.db.active_assignments():
            unit, incident = self.unit(unit_id), self.db.get(incident_id)
            if unit is not None and incident is not None:
                self._send(unit, incident)

    def act(self, incident_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """One action from POST /incidents/{id}/actions (fields already checked by the server)."""
        action, key, operator, note = body["action"], body["idempotency_key"], body["operator"], body.get("note", "")
        known = self.db.replayed(key, incident_id)
        if known is not None:
            return known  # applied before: the same answer, nothing applied again
        target = body.get("status")
        if action == "status" and target not in STATUS_TARGETS:
            raise ActionRefused(400, "invalid_request", f"status must be one of {', '.join(STATUS_TARGETS)}")
        unit: SimUnit | None = None
        if action == "assign":
            unit_id = body.get("unit_id")
            if not isinstance(unit_id, str) or not unit_id:
                raise ActionRefused(400, "invalid_request", "assign needs a unit_id")
            unit = self.unit(unit_id)
            if unit is None:
                raise ActionRefused(404, "not_found", f"no unit {unit_id}")
            if unit.status != "available":
                busy = f" on {unit.incident_id}" if unit.incident_id else ""
                raise ActionRefused(409, "unit_unavailable",
                                    f"unit {unit.call_sign} is {unit.status.replace('_', ' ')}{busy}; "
                                    "choose another unit")
        incident, applied = self.db.act(incident_id, action, key, operator, note, target=target,
                                        unit=(unit.id, unit.call_sign) if unit else None)
        if applied:
            if unit is not None:
                self._send(unit, incident)
            if incident["status"] in FINISHED:
                self._release(incident_id)
            self.hub.publish("incident.updated", incident)
        return incident

    def _send(self, unit: SimUnit, incident: dict[str, Any]) -> None:
        graph = self.district.graph
        start = graph.nearest_node(unit.lat, unit.lon)
        goal = graph.nearest_node(incident["lat"], incident["lon"])
        unit.route = graph.route(start, goal) if start != goal else [goal]
        unit.target = (incident["lat"], incident["lon"])
        unit.status, unit.incident_id = "en_route", incident["id"]
        self._publish_unit(unit)

    def _release(self, incident_id: str) -> None:
        for unit in self.city.units:
            if unit.incident_id == incident_id:
                unit.status, unit.incident_id, unit.target, unit.route = "available", None, None, []
                self._publish_unit(unit)

    def _publish_unit(self, unit: SimUnit) -> None:
        unit.updated_ms = int(time.time() * 1000)
        self.hub.publish("unit.updated", unit.as_json())

    # -- suggestions ------------------------------------------------------------------------------------------------

    def suggest(self, incident: dict[str, Any], limit: int = 5) -> list[dict[str, Any]]:
        """Available units by ETA over the road graph: suitable kinds first, then any other available unit."""
        graph = self.district.graph
        goal = graph.nearest_node(incident["lat"], incident["lon"])
        goal_node = graph.nodes[goal]
        last_leg = distance_m(goal_node.lat, goal_node.lon, incident["lat"], incident["lon"])
        dist = shortest_distances(graph.adjacent, goal)  # roads are two-way: one search from the incident
        suitable = SUITABLE_UNITS.get(incident["type"], ())
        items = []
        for unit in self.city.units:
            if unit.status != "available":
                continue
            start = graph.nearest_node(unit.lat, unit.lon)
            node = graph.nodes[start]
            metres = distance_m(unit.lat, unit.lon, node.lat, node.lon) + dist.get(start, math.inf) + last_leg
            if math.isinf(metres):
                continue
            eta_s = metres / UNIT_SPEEDS[unit.kind]
            items.append({"unit_id": unit.id, "call_sign": unit.call_sign, "kind": unit.kind,
                          "suitable": unit.kind in suitable, "distance_m": round(metres, 1), "eta_s": round(eta_s, 1),
                          "lat": round(unit.lat, 6), "lon": round(unit.lon, 6)})
        items.sort(key=lambda s: (not s["suitable"], s["eta_s"]))
        return items[:limit]

    async def suggestions(self, request: web.Request) -> web.Response:
        incident = self.db.get(request.match_info["id"])
        if incident is None:
            return _error(404, "not_found", f"no incident {request.match_info['id']}")
        return web.json_response({"incident_id": incident["id"], "items": self.suggest(incident)})

    # -- incidents entered by hand and SOS presses ------------------------------------------------------------

    async def create_incident(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
        except (ValueError, UnicodeDecodeError):
            return _error(400, "invalid_request", "the body must be JSON")
        if not isinstance(body, dict):
            return _error(400, "invalid_request", "the body must be a JSON object")
        for name, limit in (("type", 32), ("idempotency_key", 128), ("operator", 64), ("title", 200)):
            value = body.get(name)
            if not isinstance(value, str) or not value.strip() or len(value) > limit:
                return _error(400, "invalid_request", f"{name} must be a string of 1..{limit} characters")
        if len(body["idempotency_key"]) < 8:
            return _error(400, "invalid_request", "idempotency_key must have at least 8 characters")
        if body["type"] not in INCIDENT_TYPES:
            return _error(400, "invalid_request", f"type must be one of {', '.join(INCIDENT_TYPES)}")
        severity = body.get("severity")
        if severity is None:
            severity = DEFAULT_SEVERITY[body["type"]]
        if severity not in SEVERITIES:
            return _error(400, "invalid_request", f"severity must be one of {', '.join(SEVERITIES)}")
        raw_lat, raw_lon = body.get("lat"), body.get("lon")
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (raw_lat, raw_lon)):
            return _error(400, "invalid_request", "lat and lon must be numbers (WGS84 degrees)")
        lat, lon = float(raw_lat), float(raw_lon)  # type: ignore[arg-type]
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return _error(400, "invalid_request", "lat must be within -90..90 and lon within -180..180")
        description = body.get("description", "")
        if not isinstance(description, str) or len(description) > 4000:
            return _error(400, "invalid_request", "description must be a string of at most 4000 characters")
        camera_id = body.get("camera_id")
        if camera_id is not None and not isinstance(camera_id, str):
            return _error(400, "invalid_request", "camera_id must be a camera id or null")
        if camera_id is not None and camera_id not in self.district.camera_by_id:
            return _error(400, "invalid_request", f"no camera {camera_id}")
        now = int(time.time() * 1000)
        incident = {"id": new_incident_id(), "type": body["type"], "severity": severity, "status": "new",
                    "title": body["title"].strip(), "camera_id": camera_id or self.nearest_cameras(lat, lon, 1)[0],
                    "lat": round(lat, 6), "lon": round(lon, 6), "district": self.district.district_of(lat, lon),
                    "created_ms": now, "updated_ms": now, "owner": None}
        incident, created = self.db.create(incident, body["idempotency_key"], body["operator"], description)
        if created:
            self.hub.publish("incident.created", incident)
        return web.json_response(incident, status=201 if created else 200)

    def nearest_cameras(self, lat: float, lon: float, count: int) -> list[str]:
        cameras = sorted(self.district.cameras, key=lambda c: distance_m(lat, lon, c.lat, c.lon))
        return [c.id for c in cameras[:count]]

    async def press_sos(self, request: web.Request) -> web.Response:
        """A press on an SOS point (the real button, or a training trigger): a critical incident and sos.pressed."""
        point = next((p for p in self.district.sos_points if p.id == request.match_info["point"]), None)
        if point is None:
            return _error(404, "not_found", f"no SOS point {request.match_info['point']}")
        cameras = self.nearest_cameras(point.lat, point.lon, SOS_CAMERAS)
        camera = self.district.camera_by_id[cameras[0]]
        incident = self.city.raise_incident("sos_call", "critical", f"SOS button pressed: {point.name}", camera,
                                            int(time.time() * 1000), (point.lat, point.lon))
        event = {"point_id": point.id, "name": point.name, "lat": point.lat, "lon": point.lon,
                 "incident_id": incident["id"], "camera_ids": cameras}
        self.hub.publish("sos.pressed", event)
        return web.json_response({**event, "incident": incident}, status=201)

    # -- snapshots ----------------------------------------------------------------------------------------------

    async def snapshot(self, request: web.Request) -> web.Response:
        """The camera's current frame as JPEG (the same picture its streams carry, at 640×360)."""
        camera = self.district.camera_by_id.get(request.match_info["id"])
        if camera is None:
            return _error(404, "not_found", f"no camera {request.match_info['id']}")
        painter = self._painters.get(camera.id)
        if painter is None:
            painter = self._painters[camera.id] = FramePainter(camera.number, camera.name, *SNAPSHOT_SIZE)
        t_ms = int(time.time() * 1000) // 40 * 40
        frame = painter.paint(t_ms, self.city.scenes[camera.id].objects_at(t_ms))
        ok, jpeg = cv2.imencode(".jpg", cv2.cvtColor(frame, cv2.COLOR_YUV2BGR_I420), [cv2.IMWRITE_JPEG_QUALITY, 80])
        if not ok:
            return _error(500, "encode_failed", "the snapshot could not be encoded")
        return web.Response(body=jpeg.tobytes(), content_type="image/jpeg",
                            headers={"X-Frame-Time-Ms": str(t_ms), "Cache-Control": "no-store"})


def shortest_distances(adjacent: dict[str, list[tuple[str, Any]]], source: str) -> dict[str, float]:
    """Dijkstra from one node to all: metres along the roads."""
    best = {source: 0.0}
    queue = [(0.0, source)]
    while queue:
        cost, node = heapq.heappop(queue)
        if cost > best.get(node, math.inf):
            continue
        for other, edge in adjacent[node]:
            new_cost = cost + edge.length_m
            if new_cost < best.get(other, math.inf):
                best[other] = new_cost
                heapq.heappush(queue, (new_cost, other))
    return best
