"""The embedded backend's archive: recorded footage in segments on disk, the detections of every recorded frame,
a retention limit and evidence holds that keep footage beyond it.

Layout: archive/<camera>/<start_ms>_<end_ms>.ts (H.264 MPEG-TS, PTS = unix ms × 90 like the live streams) and
<start_ms>_<end_ms>.json ({"frames": [{"frame_time_ms", "objects"}]}); archive/holds.json lists the holds.
A segment is written as .part and renamed when complete, so a reader never sees half a segment.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av

from console.sim.frame_painter import FramePainter
from console.sim.scene import CameraScene, clipped_box

log = logging.getLogger(__name__)

FPS = 25
FRAME_MS = 1000 // FPS
SIZE = (640, 360)  # the sub profile: what a review needs, a fraction of the main stream's cost


@dataclass(frozen=True)
class Segment:
    camera_id: str
    start_ms: int
    end_ms: int  # exclusive: the time after the last frame
    path: Path

    @property
    def detections_path(self) -> Path:
        return self.path.with_suffix(".json")

    def to_json(self) -> dict[str, Any]:
        return {"start_ms": self.start_ms, "end_ms": self.end_ms}


class ArchiveStore:
    """Segments and holds on disk; safe to use from the recorder threads and the server at once."""

    def __init__(self, root: Path, retention_s: float) -> None:
        self.root = root
        self.retention_ms = int(retention_s * 1000)
        self._lock = threading.Lock()
        root.mkdir(parents=True, exist_ok=True)

    def segments(self, camera_id: str, from_ms: int | None = None, to_ms: int | None = None) -> list[Segment]:
        folder = self.root / camera_id
        if not folder.is_dir():
            return []
        found = []
        for path in folder.glob("*.ts"):
            try:
                start, end = (int(v) for v in path.stem.split("_"))
            except ValueError:
                continue
            if (to_ms is None or start < to_ms) and (from_ms is None or end > from_ms):
                found.append(Segment(camera_id, start, end, path))
        return sorted(found, key=lambda s: s.start_ms)

    def cameras(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_dir())

    def segment_path(self, camera_id: str, start_ms: int, end_ms: int) -> Path:
        return self.root / camera_id / f"{start_ms}_{end_ms}.ts"

    # -- holds ----------------------------------------------------------------------------------------------

    def holds(self) -> list[dict[str, Any]]:
        path = self.root / "holds.json"
        with self._lock:
            return json.loads(path.read_text()) if path.exists() else []

    def add_hold(self, camera_ids: list[str], from_ms: int, to_ms: int, incident_id: str, operator: str,
                 reason: str) -> dict[str, Any]:
        hold = {"id": "hold-" + uuid.uuid4().hex[:12], "camera_ids": camera_ids, "from_ms": from_ms, "to_ms": to_ms,
                "incident_id": incident_id, "operator": operator, "reason": reason,
                "created_ms": int(time.time() * 1000)}
        path = self.root / "holds.json"
        with self._lock:
            holds = json.loads(path.read_text()) if path.exists() else []
            holds.append(hold)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(holds, indent=1))
            os.replace(tmp, path)
        return hold

    def held(self, segment: Segment, holds: list[dict[str, Any]]) -> bool:
        return any(segment.camera_id in h["camera_ids"] and segment.start_ms < h["to_ms"] and segment.end_ms > h["from_ms"]
                   for h in holds)

    def prune(self, now_ms: int | None = None) -> int:
        """Delete segments older than the retention limit, except those an evidence hold keeps."""
        now = now_ms if now_ms is not None else int(time.time() * 1000)
        holds = self.holds()
        removed = 0
        for camera_id in self.cameras():
            for segment in self.segments(camera_id, to_ms=now - self.retention_ms):
                if segment.end_ms <= now - self.retention_ms and not self.held(segment, holds):
                    segment.path.unlink(missing_ok=True)
                    segment.detections_path.unlink(missing_ok=True)
                    removed += 1
        return removed

    def detections(self, camera_id: str, from_ms: int, to_ms: int) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for segment in self.segments(camera_id, from_ms, to_ms):
            try:
                frames = json.loads(segment.detections_path.read_text())["frames"]
            except (OSError, ValueError, KeyError):
                continue  # pruned meanwhile, or written by an older version: the video still plays
            items += [f for f in frames if from_ms <= f["frame_time_ms"] < to_ms]
        return items


class ArchiveRecorder:
    """Records cameras' pictures (the same synthetic scene the live stream shows) into segments, one thread each."""

    def __init__(self, store: ArchiveStore, cameras: list[tuple[str, int, str]], segment_s: float) -> None:
        self.store = store
        self._cameras = cameras  # (camera id, number, label)
        self._segment_frames = max(FPS, int(segment_s * FPS) // FPS * FPS)  # whole GOPs: segments start on a keyframe
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._failing: set[str] = set()  # cameras whose last segment failed (not recording until one succeeds)
        self.segments_written = 0
        self.frames_skipped = 0

    def start(self) -> None:
        self._stop.clear()
        for camera_id, number, label in self._cameras:
            thread = threading.Thread(target=self._run, args=(camera_id, number, label), name=f"record-{camera_id}",
                                      daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=10)
        self._threads = []

    def recording(self) -> set[str]:
        """The cameras being recorded right now: their recorder runs and its last segment did not fail."""
        if self._stop.is_set():
            return set()
        alive = {thread.name.removeprefix("record-") for thread in self._threads if thread.is_alive()}
        return alive - self._failing

    def _run(self, camera_id: str, number: int, label: str) -> None:
        scene = CameraScene(number)
        painter = FramePainter(number, label, *SIZE)
        (self.store.root / camera_id).mkdir(parents=True, exist_ok=True)
        tick = int(time.time() * 1000) // FRAME_MS + 1
        while not self._stop.is_set():
            try:
                tick = self._record_segment(camera_id, scene, painter, tick)
                self._failing.discard(camera_id)
                self.store.prune()
            except Exception:
                log.exception("archive recorder %s failed; starting a new segment", camera_id)
                self._failing.add(camera_id)
                self._stop.wait(1.0)
                tick = int(time.time() * 1000) // FRAME_MS + 1

    def _record_segment(self, camera_id: str, scene: CameraScene, painter: FramePainter, tick: int) -> int:
        start_ms = tick * FRAME_MS
        part = self.store.root / camera_id / f"{start_ms}.part"
        container = av.open(str(part), mode="w", format="mpegts")
        stream = container.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = SIZE[0], SIZE[1], "yuv420p"
        ctx = stream.codec_context
        ctx.time_base = Fraction(1, FPS)
        ctx.gop_size = FPS
        ctx.thread_count = 1
        ctx.options = {"preset": "ultrafast", "x264-params": f"keyint={FPS}:min-keyint={FPS}:scenecut=0:bframes=0"}
        frames: list[dict[str, Any]] = []
        written = 0
        try:
            while written < self._segment_frames and not self._stop.is_set():
                delay = tick * FRAME_MS / 1000 - time.time()
                if delay > 0:
                    self._stop.wait(delay)
                    continue
                late_ticks = int(-delay * 1000) // FRAME_MS
                if late_ticks > 0:  # behind: skip frames rather than drift from the wall clock
                    self.frames_skipped += late_ticks
                    tick += late_ticks
                t_ms = tick * FRAME_MS
                objects = scene.objects_at(t_ms)
                frame = av.VideoFrame.from_ndarray(painter.paint(t_ms, objects), format="yuv420p")
                frame.pts = tick
                for packet in stream.encode(frame):
                    container.mux(packet)
                frames.append({"frame_time_ms": t_ms, "objects": [
                    {"track_id": o.track_id, "cls": o.cls, "confidence": o.confidence, "box": list(box)}
                    for o in objects if (box := clipped_box(o)) is not None]})
                written += 1
                tick += 1
            for packet in stream.encode(None):
                container.mux(packet)
        finally:
            container.close()
        if not frames:
            part.unlink(missing_ok=True)
            return tick
        end_ms = frames[-1]["frame_time_ms"] + FRAME_MS
        target = self.store.segment_path(camera_id, start_ms, end_ms)
        target.with_suffix(".json").write_text(json.dumps({"frames": frames}, separators=(",", ":")))
        os.replace(part, target)  # the video last: a listed segment always has its detections
        self.segments_written += 1
        return tick
