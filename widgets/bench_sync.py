"""`qala-console bench sync`: overlay sync on the real demo path, measured against ground truth.

Starts the embedded city backend, opens the real main window (wall, session, event stream) and, for every frame a
tile shows with boxes, reads the frame stamp burned into the picture (docs/contract.md) to learn which frame is
really on screen. Sync error = |frame time the boxes were computed for − true time of the frame shown|. Position
error = how far the drawn boxes are, in screen pixels, from where the ground truth (the synthetic scene, a pure
function of time) puts each object in the frame shown.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from typing import Any

STAMP_PERIOD = 65536


def true_frame_time(stamped_tick: int, frame_time_ms: int) -> int:
    """The frame time whose stamp is `stamped_tick`, nearest to the time the clock gave the frame."""
    tick = frame_time_ms // 40
    delta = (stamped_tick - tick % STAMP_PERIOD + STAMP_PERIOD // 2) % STAMP_PERIOD - STAMP_PERIOD // 2
    return (tick + delta) * 40


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))] if ordered else 0.0


class SyncProbe:
    """Wraps each tile's show_frame/set_detection and scores every (frame, boxes) pair that reaches the screen."""

    def __init__(self, wall: Any) -> None:
        from console.sim.frame_painter import STAMP_BITS, stamp_geometry
        from console.sim.scene import CameraScene

        self._stamp_bits, self._stamp_geometry = STAMP_BITS, stamp_geometry
        self._scene_class = CameraScene
        self.scenes: dict[str, Any] = {}
        self.sync_ms: list[float] = []
        self.position_px: list[float] = []
        self.boxes = self.frames = self.bare_frames = self.wrong_camera = 0
        self.measuring = False
        for tile in wall.tiles:
            self._wrap(tile)

    def _wrap(self, tile: Any) -> None:
        show, attach = tile.show_frame, tile.set_detection

        def show_frame(frame: Any, detection: Any) -> None:
            show(frame, detection)
            if self.measuring:
                self.frames += 1
                if detection is None:
                    self.bare_frames += 1
                else:
                    self.score(tile, frame, detection)

        def set_detection(detection: Any) -> None:
            attach(detection)
            if self.measuring and tile.frame is not None:
                self.score(tile, tile.frame, detection)

        tile.show_frame, tile.set_detection = show_frame, set_detection

    def read_stamp(self, frame: Any) -> tuple[int, int]:
        image = frame.image
        sx, sy = frame.width / frame.source_width, frame.height / frame.source_height
        cell, x0, y0 = self._stamp_geometry(frame.source_width, frame.source_height)
        cy = int((y0 + cell / 2) * sy)
        value = 0
        for i in range(self._stamp_bits):
            pixel = image[cy, int((x0 + i * cell + cell / 2) * sx), :3]
            value = (value << 1) | int(int(pixel[0]) + int(pixel[1]) + int(pixel[2]) > 384)
        return value >> 16, value & 0xFFFF

    def score(self, tile: Any, frame: Any, detection: Any) -> None:
        from console.sim.scene import clipped_box

        camera = tile.camera
        number, tick = self.read_stamp(frame)
        if number != camera.number:
            self.wrong_camera += 1
            return
        truth_ms = true_frame_time(tick, frame.frame_time_ms)
        self.sync_ms.append(abs(detection.frame_time_ms - truth_ms))
        scene = self.scenes.setdefault(camera.id, self._scene_class(camera.number))
        truth = {o.track_id: clipped_box(o) for o in scene.objects_at(truth_ms)}
        area = tile.image_rect()
        for obj in detection.objects:
            self.boxes += 1
            real = truth.get(obj.track_id)
            if real is None:
                self.position_px.append(float(area.width()))  # an object that is not in the frame shown
                continue
            drawn, want = tile.map_box(area, obj.box), tile.map_box(area, real)
            self.position_px.append(max(abs(drawn.left() - want.left()), abs(drawn.right() - want.right()),
                                        abs(drawn.top() - want.top()), abs(drawn.bottom() - want.bottom())))

    def result(self) -> dict[str, Any]:
        sync, pos = self.sync_ms, self.position_px
        return {
            "p50_ms": percentile(sync, 50), "p95_ms": percentile(sync, 95), "max_ms": max(sync, default=0.0),
            "boxes": self.boxes, "pairs": len(sync), "frames_shown": self.frames, "frames_without_boxes": self.bare_frames,
            "wrong_camera": self.wrong_camera,
            "position_px_p50": round(percentile(pos, 50), 2), "position_px_p95": round(percentile(pos, 95), 2),
            "position_px_max": round(max(pos, default=0.0), 2),
            "mean_sync_ms": round(statistics.fmean(sync), 2) if sync else 0.0,
        }


async def _measure(args: argparse.Namespace, url: str) -> dict[str, Any]:
    from console.session import ConsoleSession
    from console.video import StreamState
    from widgets.main_window import MainWindow

    session = ConsoleSession(url)
    window = MainWindow(session.state)
    window.resize(*(int(v) for v in args.size.split("x")))
    window.show()
    try:
        await session.open()
        window.wall.set_layout(args.layout)
        window.wall.show_cameras(list(session.state.cameras.values()))
        probe = SyncProbe(window.wall)
        deadline = time.monotonic() + 30
        tiles = [t for t in window.wall.tiles if t.camera is not None]
        while time.monotonic() < deadline and not all(t.state is StreamState.LIVE for t in tiles):
            await asyncio.sleep(0.2)
        await asyncio.sleep(args.warmup)
        probe.measuring = True
        await asyncio.sleep(args.seconds)
        probe.measuring = False
        result = probe.result()
        result["events"] = dict(session.state.event_counts)
        result.update(seconds=args.seconds, layout=args.layout, tiles=len(tiles),
                      fps_per_tile=round(statistics.median(t.fps for t in tiles), 1) if tiles else 0.0)
        return result
    finally:
        window.wall.stop()
        await session.close()
        window.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="qala-console bench sync", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--layout", default="4x4")
    parser.add_argument("--size", default="1600x900")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    from console.api.local_backend import LocalBackend
    from widgets.main_thread_gc import MainThreadGc

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    collector = MainThreadGc(freeze=False)  # as in the console: no collection on a decode thread
    backend = LocalBackend(None)
    try:
        url = backend.start()
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            result = loop.run_until_complete(_measure(args, url))
    finally:
        collector.stop()
        backend.stop()
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>22}: {value}")
    return 0 if result["pairs"] else 1
