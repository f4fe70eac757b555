"""`qala-console bench map`: pans and zooms the real map pane (shipped MBTiles basemap, every layer on) with N
cameras and M units moving once a second, and reports how smooth it stays.

Phases, each a third of the run: pan at street zoom 16 (camera cones, labels, tiles), wheel zoom in and out
between zoom 12 and 17 around a point (clusters forming and splitting, tile levels changing), pan at zoom 13
(clustered). Every frame applies one step and repaints the widget synchronously (`repaint()`); units move from
a 1 s timer through the same event path as live `unit.updated` events.

fps = frames finished per second of wall time (per 1 s window; p50 over windows); frame_ms = step + paint.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import sys
import time
from typing import Any

UNIT_KINDS = ("police", "ambulance", "utility", "fire")
UNIT_STATUSES = ("available", "en_route", "on_scene", "busy", "out_of_service")


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))]


def build_city(cameras: int, units: int, seed: int = 11) -> Any:
    from console.api.models import Camera, Site
    from console.ops.city_state import CityState
    from console.sim.district import KosshyDistrict

    district = KosshyDistrict()
    rng = random.Random(seed)
    state = CityState()
    state.set_site(Site.from_json(district.site_json()))
    stream = {
        "profile": "sub",
        "url": "http://127.0.0.1:9/none.ts",
        "codec": "h264",
        "width": 640,
        "height": 360,
        "fps": 25,
        "clock": "arrival",
    }
    cams = []
    for n in range(1, cameras + 1):
        kind = "ptz" if n % 10 == 0 else "fixed"
        cams.append(
            Camera.from_json(
                {
                    "id": f"bench-{n:05d}",
                    "number": n,
                    "name": f"Bench camera {n}",
                    "kind": kind,
                    "lat": 51.058 + rng.random() * 0.045,
                    "lon": 71.606 + rng.random() * 0.068,
                    "heading_deg": rng.random() * 360,
                    "fov_deg": 40 + rng.random() * 60,
                    "district": "d-centre",
                    "status": "online" if n % 17 else "offline",
                    "streams": [stream],
                }
            )
        )
    state.set_cameras(cams)
    return state, rng


class UnitMover:
    """M units driving at 8–15 m/s, one `unit.updated` event each per second, through CityState.apply."""

    def __init__(self, state: Any, count: int, rng: random.Random) -> None:
        self.state = state
        self.rng = rng
        self.seq = 0
        self.units = [
            {
                "id": f"unit-{k:04d}",
                "call_sign": f"{'PAUF'[k % 4]}-{k}",
                "kind": UNIT_KINDS[k % 4],
                "status": UNIT_STATUSES[k % 5],
                "lat": 51.06 + rng.random() * 0.04,
                "lon": 71.61 + rng.random() * 0.06,
                "heading_deg": rng.random() * 360.0,
            }
            for k in range(count)
        ]
        self.events = 0
        self.step()

    def step(self) -> None:
        from console.api.models import Envelope
        from console.map.geo import destination

        now = int(time.time() * 1000)
        for unit in self.units:
            unit["heading_deg"] = (unit["heading_deg"] + self.rng.uniform(-20, 20)) % 360
            unit["lat"], unit["lon"] = destination(
                unit["lat"], unit["lon"], unit["heading_deg"], self.rng.uniform(8, 15)
            )
            unit["updated_ms"] = now
            self.seq += 1
            self.state.apply(Envelope(self.seq, now, "unit.updated", dict(unit)))
            self.events += 1


def run(cameras: int, units: int, seconds: float, size: tuple[int, int]) -> dict[str, Any]:
    from PySide6.QtCore import QPointF, QTimer
    from PySide6.QtWidgets import QApplication

    from widgets.map_pane import DEFAULT_BASEMAP, MapPane, open_tile_source

    app = QApplication.instance() or QApplication(sys.argv[:1])
    state, rng = build_city(cameras, units)
    pane = MapPane(state, source=open_tile_source(str(DEFAULT_BASEMAP)), use_default_source=False)
    pane.resize(*size)
    pane.show()
    view = pane.view
    mover = UnitMover(state, units, rng)
    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(mover.step)
    timer.start()
    for _ in range(5):
        app.processEvents()
    phases: dict[str, list[float]] = {"pan_z16": [], "zoom_12_17": [], "pan_z13_clustered": []}
    cpu: dict[str, list[float]] = {name: [] for name in phases}
    windows: list[int] = []
    frames = 0
    started = time.perf_counter()
    window_start, window_frames = started, 0
    phase_s = seconds / 3
    anchor = QPointF(size[0] * 0.6, size[1] * 0.45)
    zoom_dir = 1.0
    view.centre_on(51.080, 71.640, 16.0)
    current = ""
    while True:
        now = time.perf_counter()
        elapsed = now - started
        if elapsed >= seconds:
            break
        phase = (
            "pan_z16" if elapsed < phase_s else "zoom_12_17" if elapsed < 2 * phase_s else "pan_z13_clustered"
        )
        if phase != current:
            current = phase
            view.centre_on(
                51.080, 71.640, {"pan_z16": 16.0, "zoom_12_17": 12.0, "pan_z13_clustered": 13.0}[phase]
            )
        t0, c0 = time.perf_counter(), time.thread_time()
        if phase == "zoom_12_17":
            if view.zoom >= 17.0:
                zoom_dir = -1.0
            elif view.zoom <= 12.0:
                zoom_dir = 1.0
            view.zoom_at(view.zoom + 0.125 * zoom_dir, anchor)
        else:
            # a slow circle: covers new tiles and new cameras all the time
            angle = elapsed * 0.8
            view.pan_by(9 * math.cos(angle), 9 * math.sin(angle))
        view.repaint()
        app.processEvents()  # the unit timer, the map's own repaint timer, input
        phases[phase].append((time.perf_counter() - t0) * 1000)
        cpu[phase].append((time.thread_time() - c0) * 1000)
        frames += 1
        window_frames += 1
        if now - window_start >= 1.0:
            windows.append(window_frames)
            window_start, window_frames = now, 0
    total = time.perf_counter() - started
    timer.stop()
    paint = list(view.paint_ms)
    all_frames = [ms for values in phases.values() for ms in values]
    result = {
        "platform": app.platformName(),
        "cameras": cameras,
        "units": units,
        "size": f"{size[0]}x{size[1]}",
        "seconds": round(total, 2),
        "frames": frames,
        "fps_mean": round(frames / total, 1),
        "fps_p50": round(statistics.median(windows), 1) if windows else round(frames / total, 1),
        "fps_min_window": min(windows) if windows else frames,
        "frame_ms_p50": round(_percentile(all_frames, 50), 2),
        "frame_ms_p95": round(_percentile(all_frames, 95), 2),
        "paint_ms_p95": round(_percentile(paint, 95), 2),
        # CPU time of the GUI thread per frame: what the frame costs, whatever else the machine is doing
        "cpu_ms_per_frame_p50": round(_percentile([ms for v in cpu.values() for ms in v], 50), 2),
        "cpu_ms_per_frame_p95": round(_percentile([ms for v in cpu.values() for ms in v], 95), 2),
        "load_average": round(os.getloadavg()[0], 1),
        "cpu_cores": os.cpu_count(),
        "phases": {
            name: {
                "frames": len(v),
                "frame_ms_p50": round(_percentile(v, 50), 2),
                "frame_ms_p95": round(_percentile(v, 95), 2),
                "cpu_ms_p50": round(_percentile(cpu[name], 50), 2),
                "fps": round(1000 / statistics.mean(v), 1) if v else 0.0,
            }
            for name, v in phases.items()
        },
        "unit_events": mover.events,
        "tiles_cached": len(view._tiles),
        "target_fps": 30,
    }
    result["meets_target"] = result["fps_p50"] >= 30 and all(
        p["fps"] >= 30 for p in result["phases"].values()
    )
    pane.stop()
    pane.close()
    pane.deleteLater()
    app.processEvents()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qala-console bench map", description=__doc__.splitlines()[0])
    parser.add_argument("--cameras", type=int, default=2000)
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--size", default="1280x800", help="map pane size WxH (default 1280x800)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.cameras < 0 or args.units < 0 or args.seconds <= 0:
        parser.error("--cameras and --units must be ≥ 0 and --seconds > 0")
    try:
        size = tuple(int(v) for v in args.size.lower().split("x"))
        assert len(size) == 2 and min(size) >= 200
    except (ValueError, AssertionError):
        parser.error(f"--size: expected WxH of at least 200x200, got {args.size!r}")
    if not os.environ.get("DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    result = run(args.cameras, args.units, args.seconds, size)  # type: ignore[arg-type]
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"map bench ({result['platform']}, {result['cameras']} cameras, {result['units']} units, "
            f"{result['size']}): fps p50 {result['fps_p50']}, frame p95 {result['frame_ms_p95']} ms, "
            f"CPU per frame p50 {result['cpu_ms_per_frame_p50']} ms (load average {result['load_average']} "
            f"on {result['cpu_cores']} cores)"
        )
        for name, phase in result["phases"].items():
            print(
                f"  {name:18s} {phase['fps']:6.1f} fps   p50 {phase['frame_ms_p50']:6.2f} ms   "
                f"p95 {phase['frame_ms_p95']:6.2f} ms   CPU p50 {phase['cpu_ms_p50']:6.2f} ms"
            )
    return 0
