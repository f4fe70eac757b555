"""The living city: analytics detections (ground truth of the video), incidents raised from them, moving units."""

from __future__ import annotations

import asyncio
import logging
import os
import random
import time
from dataclasses import dataclass, field
from typing import Any

from console.sim.district import CameraSpec, KosshyDistrict, bearing_deg, distance_m
from console.sim.event_hub import EventHub
from console.sim.incident_db import IncidentDB, new_incident_id
from console.sim.scene import NO_STOP_LANE, ROAD, CameraScene, clipped_box

log = logging.getLogger(__name__)

FRAME_MS = 40
STATIONARY_MS = 3000

RESIDENT_REPORTS = [
    ("street_lighting_fault", "low", "Street lights out along the block"),
    ("road_damage", "medium", "Pothole reported by a resident"),
    ("utility_water", "high", "Water main leak, water on the road"),
    ("utility_heating", "high", "Heating pipe steam leak"),
    ("utility_electricity", "medium", "Power cable down near the bus stop"),
    ("illegal_dump", "low", "Construction waste dumped in the yard"),
    ("sanitation", "low", "Overflowing bins reported"),
]
UNIT_SPEEDS = {"police": 11.0, "ambulance": 13.0, "utility": 8.0, "fire": 12.0}


@dataclass
class SimUnit:
    id: str
    call_sign: str
    kind: str
    status: str
    lat: float
    lon: float
    heading_deg: float = 0.0
    route: list[str] = field(default_factory=list)
    updated_ms: int = 0
    incident_id: str | None = None  # the incident it was dispatched to
    target: tuple[float, float] | None = None  # where it drives to when dispatched

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "call_sign": self.call_sign, "kind": self.kind, "status": self.status,
                "lat": round(self.lat, 6), "lon": round(self.lon, 6), "heading_deg": round(self.heading_deg, 1),
                "updated_ms": self.updated_ms, "incident_id": self.incident_id}


class CitySimulation:
    def __init__(self, district: KosshyDistrict, hub: EventHub, db: IncidentDB, seed: int = 7) -> None:
        self.district = district
        self.hub = hub
        self.db = db
        self.scenes = {cam.id: CameraScene(cam.number) for cam in district.cameras}
        self._rng = random.Random(seed)
        self.units = self._make_units()
        self._stationary_since: dict[tuple[str, int], tuple[float, int]] = {}  # (x, since_ms)
        self._reported: dict[tuple[str, int], int] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self.detections_sent = 0
        # QALA_SIM_DETECTIONS=0: rules still raise incidents, but no per-frame detection events (400/s) go out;
        # for tests that run several consoles in one process and only need incidents and units
        self.publish_detections = os.environ.get("QALA_SIM_DETECTIONS", "1") != "0"

    def _make_units(self) -> list[SimUnit]:
        plan = [("police", "P", 4), ("ambulance", "A", 2), ("utility", "U", 3), ("fire", "F", 1)]
        nodes = list(self.district.graph.nodes.values())
        units = []
        for kind, prefix, count in plan:
            for n in range(count):
                node = nodes[self._rng.randrange(len(nodes))]
                units.append(SimUnit(f"unit-{prefix.lower()}{n + 1}", f"{prefix}-{n + 1 + 10 * (kind == 'police')}",
                                     kind, "available", node.lat, node.lon))
        units[1].status = "busy"
        units[-2].status = "out_of_service"
        return units

    def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._tasks = [loop.create_task(self._run_analytics(), name="analytics"),
                       loop.create_task(self._run_units(), name="units"),
                       loop.create_task(self._run_reports(), name="resident-reports")]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    # -- analytics: one detection event per camera per frame, published when that frame's time has come --------

    async def _run_analytics(self) -> None:
        tick = int(time.time() * 1000) // FRAME_MS + 1
        while True:
            delay = tick * FRAME_MS / 1000 - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
            now_tick = int(time.time() * 1000) // FRAME_MS
            if now_tick - tick > 25:
                tick = now_tick  # fell more than a second behind (suspended): do not flood
            t_ms = tick * FRAME_MS
            for camera in self.district.cameras:
                self.publish_detection(camera, t_ms)
            if tick % 25 == 0:
                self._apply_rules(t_ms)
            tick += 1

    def detection_at(self, camera: CameraSpec, t_ms: int) -> dict[str, Any]:
        objects = []
        for obj in self.scenes[camera.id].objects_at(t_ms):
            box = clipped_box(obj)
            if box is not None:
                objects.append({"track_id": obj.track_id, "cls": obj.cls, "confidence": obj.confidence,
                                "box": list(box)})
        return {"camera_id": camera.id, "frame_time_ms": t_ms, "objects": objects}

    def publish_detection(self, camera: CameraSpec, t_ms: int) -> None:
        if not self.publish_detections:
            return
        self.hub.publish("detection", self.detection_at(camera, t_ms))
        self.detections_sent += 1

    def _apply_rules(self, t_ms: int) -> None:
        """Once a second: a vehicle stationary in the no-stop lane, a pedestrian on the roadway."""
        for camera in self.district.cameras:
            for obj in self.scenes[camera.id].objects_at(t_ms):
                key = (camera.id, obj.track_id)
                if key in self._reported:
                    continue
                feet = obj.y + obj.h
                if obj.cls != "person" and NO_STOP_LANE[0] <= feet <= NO_STOP_LANE[1] + 0.01:
                    x, since = self._stationary_since.get(key, (obj.x, t_ms))
                    if abs(x - obj.x) > 0.002:
                        x, since = obj.x, t_ms  # moved: start timing again
                    self._stationary_since[key] = (x, since)
                    if t_ms - since >= STATIONARY_MS:
                        self._reported[key] = t_ms
                        self.raise_incident("traffic_violation", "medium",
                                            f"{obj.cls.capitalize()} stopped in a no-stop lane", camera, t_ms)
                elif obj.cls == "person" and ROAD[0] + 0.03 < feet < ROAD[1] - 0.01:
                    self._reported[key] = t_ms
                    self.raise_incident("public_order", "high", "Pedestrian on the roadway", camera, t_ms)
        horizon = t_ms - 600_000  # objects leave the view within minutes: forget them after ten
        if len(self._reported) > 2000:
            self._reported = {k: v for k, v in self._reported.items() if v > horizon}
        if len(self._stationary_since) > 2000:
            self._stationary_since = {k: v for k, v in self._stationary_since.items() if v[1] > horizon}

    def raise_incident(self, type_: str, severity: str, title: str, camera: CameraSpec | None, t_ms: int,
                       position: tuple[float, float] | None = None) -> dict[str, Any]:
        lat, lon = position if position else (camera.lat, camera.lon)  # type: ignore[union-attr]
        incident = {"id": new_incident_id(), "type": type_, "severity": severity, "status": "new", "title": title,
                    "camera_id": camera.id if camera else None, "lat": round(lat, 6), "lon": round(lon, 6),
                    "district": self.district.district_of(lat, lon), "created_ms": t_ms, "updated_ms": t_ms,
                    "owner": None}
        self.db.insert(incident)
        self.hub.publish("incident.created", incident)
        return incident

    async def _run_reports(self) -> None:
        await asyncio.sleep(3.0)
        while True:
            type_, severity, title = RESIDENT_REPORTS[self._rng.randrange(len(RESIDENT_REPORTS))]
            edge = self.district.graph.edges[self._rng.randrange(len(self.district.graph.edges))]
            a, b = self.district.graph.nodes[edge.a], self.district.graph.nodes[edge.b]
            f = self._rng.random()
            position = (a.lat + (b.lat - a.lat) * f, a.lon + (b.lon - a.lon) * f)
            self.raise_incident(type_, severity, f"{title} ({edge.name})", None, int(time.time() * 1000), position)
            await asyncio.sleep(self._rng.uniform(8.0, 20.0))

    # -- units: drive shortest routes between random intersections, one update a second each -----------------

    async def _run_units(self) -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(1.0)
            now = time.monotonic()
            dt, last = now - last, now
            stamp = int(time.time() * 1000)
            for unit in self.units:
                if unit.status not in ("out_of_service", "on_scene"):
                    self._drive(unit, UNIT_SPEEDS[unit.kind] * dt)
                unit.updated_ms = stamp
                self.hub.publish("unit.updated", unit.as_json())

    def _drive(self, unit: SimUnit, metres: float) -> None:
        graph = self.district.graph
        while metres > 0:
            if not unit.route and unit.target is not None:
                self._approach(unit, metres)  # dispatched: the last stretch off the road, then on scene
                return
            if not unit.route:
                start = graph.nearest_node(unit.lat, unit.lon)
                goal = self._rng.choice(list(graph.nodes))
                unit.route = graph.route(start, goal)[1:] if goal != start else []
                if not unit.route:
                    return
            target = graph.nodes[unit.route[0]]
            gap = distance_m(unit.lat, unit.lon, target.lat, target.lon)
            if gap <= metres:
                unit.lat, unit.lon = target.lat, target.lon
                unit.route.pop(0)
                metres -= gap
                continue
            unit.heading_deg = bearing_deg(unit.lat, unit.lon, target.lat, target.lon)
            f = metres / gap
            unit.lat += (target.lat - unit.lat) * f
            unit.lon += (target.lon - unit.lon) * f
            metres = 0

    def _approach(self, unit: SimUnit, metres: float) -> None:
        assert unit.target is not None
        lat, lon = unit.target
        gap = distance_m(unit.lat, unit.lon, lat, lon)
        if gap <= metres:
            unit.lat, unit.lon, unit.target = lat, lon, None
            if unit.status == "en_route":
                unit.status = "on_scene"
            return
        unit.heading_deg = bearing_deg(unit.lat, unit.lon, lat, lon)
        unit.lat += (lat - unit.lat) * metres / gap
        unit.lon += (lon - unit.lon) * metres / gap

    # -- history: a few days of past incidents on first start --------------------------------------------------

    def seed_history(self, count: int = 200) -> None:
        if self.db.count() > 0:
            return
        rng = random.Random(11)
        now = int(time.time() * 1000)
        kinds = [("traffic_violation", "medium", "Vehicle stopped in a no-stop lane"),
                 ("road_accident", "high", "Two cars collided at the intersection"),
                 ("public_order", "high", "Fight reported outside the market"),
                 ("vandalism", "medium", "Bus stop glass broken"),
                 ("fire_smoke", "critical", "Smoke seen from a courtyard"),
                 *RESIDENT_REPORTS]
        rows = []
        for _ in range(count):
            type_, severity, title = kinds[rng.randrange(len(kinds))]
            camera = self.district.cameras[rng.randrange(len(self.district.cameras))]
            created = now - rng.randrange(1, 5 * 24 * 3600 * 1000)
            lat = camera.lat + rng.uniform(-0.002, 0.002)
            lon = camera.lon + rng.uniform(-0.003, 0.003)
            rows.append({"id": new_incident_id(), "type": type_, "severity": severity,
                         "status": rng.choice(["closed", "closed", "resolved", "false_alarm", "acknowledged"]),
                         "title": title, "camera_id": camera.id, "lat": round(lat, 6), "lon": round(lon, 6),
                         "district": self.district.district_of(lat, lon), "created_ms": created,
                         "updated_ms": created + rng.randrange(60_000, 3_600_000), "owner": "operator.demo"})
        self.db.insert_many(rows)


def camera_json(camera: CameraSpec, base_url: str) -> dict[str, Any]:
    streams = [{"profile": profile, "url": f"{base_url}/video/{camera.id}/{profile}.ts", "codec": "h264",
                "width": w, "height": h, "fps": 25, "clock": "pts-unix90k"}
               for profile, w, h in (("main", 1280, 720), ("sub", 640, 360))]
    return {"id": camera.id, "number": camera.number, "name": camera.name, "kind": camera.kind, "lat": camera.lat,
            "lon": camera.lon, "heading_deg": camera.heading_deg, "fov_deg": camera.fov_deg,
            "district": camera.district, "status": "online", "streams": streams, "zones": camera_zones()}


def camera_zones() -> list[dict[str, Any]]:
    """The analytics' zones and lines on each view (normalised; the synthetic views share one street layout)."""
    top, bottom = NO_STOP_LANE
    return [{"id": "no-stop", "name": "No-stop lane", "kind": "zone",
             "points": [[0.0, top], [1.0, top], [1.0, bottom], [0.0, bottom]]},
            {"id": "count-line", "name": "Counting line", "kind": "line", "points": [[0.5, ROAD[0]], [0.5, ROAD[1]]]}]

