"""Evidence export, Qt-free: each camera's clip between in and out as MP4 with the detections, a time stamp and a
watermark naming the operator burned in, and a JSON manifest with the SHA-256 of every file.

CPU-heavy: run `export_evidence` in an executor thread (PyAV and OpenCV release the GIL for the heavy parts)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import cv2
import numpy as np

from console.video.archive_clip import ArchiveClip

FPS = 25
BOX_COLOUR = (60, 200, 255)  # BGR


class ExportError(RuntimeError):
    """The export could not be made; nothing half-written is left behind."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def burn_in(image: np.ndarray, t_ms: int, objects: list[dict[str, Any]], watermark: str, camera_id: str) -> np.ndarray:
    """Boxes with class and track, the frame's UTC time, the camera and the watermark, drawn into a copy."""
    out = image.copy()
    height, width = out.shape[:2]
    for obj in objects:
        x, y, w, h = obj["box"]
        p0 = (int(x * width), int(y * height))
        p1 = (int((x + w) * width), int((y + h) * height))
        cv2.rectangle(out, p0, p1, BOX_COLOUR, 2)
        cv2.putText(out, f"{obj['cls']} #{obj['track_id']}", (p0[0], max(12, p0[1] - 4)), cv2.FONT_HERSHEY_SIMPLEX,
                    0.4, BOX_COLOUR, 1, cv2.LINE_AA)
    stamp = dt.datetime.fromtimestamp(t_ms / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + " UTC"
    cv2.rectangle(out, (0, height - 22), (width, height), (0, 0, 0), -1)
    cv2.putText(out, f"{camera_id}  {stamp}", (6, height - 7), cv2.FONT_HERSHEY_SIMPLEX, 0.45, (255, 255, 255), 1,
                cv2.LINE_AA)
    # the watermark sits across the middle, half transparent: cropping it away ruins the picture
    layer = out.copy()
    size = cv2.getTextSize(watermark, cv2.FONT_HERSHEY_SIMPLEX, 0.8, 2)[0]
    cv2.putText(layer, watermark, ((width - size[0]) // 2, height // 2), cv2.FONT_HERSHEY_SIMPLEX, 0.8,
                (255, 255, 255), 2, cv2.LINE_AA)
    return cv2.addWeighted(layer, 0.45, out, 0.55, 0)


def export_evidence(clips: list[ArchiveClip], in_ms: int, out_ms: int, *, operator: str, incident_id: str,
                    folder: Path, progress: Any = None) -> dict[str, Any]:
    """Write <folder>/<camera>.mp4 per clip and <folder>/manifest.json; returns the manifest."""
    if out_ms <= in_ms:
        raise ExportError("the out point must be after the in point")
    if not operator.strip():
        raise ExportError("an export names the operator who made it")
    if folder.exists() and any(folder.iterdir()):
        raise ExportError(f"{folder} is not empty")
    work = folder.with_name(folder.name + ".part")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    exported_ms = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    watermark = f"{operator} | {incident_id} | exported {dt.datetime.fromtimestamp(exported_ms / 1000, dt.UTC):%Y-%m-%d %H:%M} UTC"
    cameras: list[dict[str, Any]] = []
    try:
        for clip in clips:
            times = clip.frame_times
            indexes = [i for i, t in enumerate(times) if in_ms <= t < out_ms]
            if not indexes:
                continue
            path = work / f"{clip.camera_id}.mp4"
            _encode(clip, indexes, path, watermark, progress)
            cameras.append({"camera_id": clip.camera_id, "file": path.name, "frames": len(indexes),
                            "first_frame_ms": times[indexes[0]], "last_frame_ms": times[indexes[-1]],
                            "detections": sum(len(clip.objects_at(times[i])) for i in indexes)})
        if not cameras:
            raise ExportError("no recorded frames between the in and out points")
        manifest = {"format": "qala-evidence/1", "incident_id": incident_id, "operator": operator,
                    "in_ms": in_ms, "out_ms": out_ms, "exported_ms": exported_ms, "cameras": cameras,
                    "files": [{"name": str(c["file"]), "sha256": sha256_of(work / str(c["file"])),
                               "bytes": (work / str(c["file"])).stat().st_size} for c in cameras]}
        (work / "manifest.json").write_text(json.dumps(manifest, indent=2))
        manifest_hash = sha256_of(work / "manifest.json")
        (work / "manifest.json.sha256").write_text(f"{manifest_hash}  manifest.json\n")
        if folder.exists():
            folder.rmdir()
        work.replace(folder)
    except Exception:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return manifest


def _encode(clip: ArchiveClip, indexes: list[int], path: Path, watermark: str, progress: Any) -> None:
    container = av.open(str(path), mode="w", format="mp4")
    try:
        stream: Any = None
        first_ms = clip.frame_times[indexes[0]]
        for n, index in enumerate(indexes):
            t_ms, image = clip.frame(index)
            picture = burn_in(image, t_ms, clip.objects_at(t_ms), watermark, clip.camera_id)
            if stream is None:
                stream = container.add_stream("libx264", rate=FPS)
                stream.height, stream.width = picture.shape[:2]
                stream.pix_fmt = "yuv420p"
                stream.codec_context.time_base = Fraction(1, 1000)
                stream.options = {"preset": "veryfast", "crf": "20"}
            frame = av.VideoFrame.from_ndarray(picture, format="bgr24")
            frame.pts = t_ms - first_ms  # the recorded timing, gaps included
            frame.time_base = Fraction(1, 1000)
            for packet in stream.encode(frame):
                container.mux(packet)
            if progress is not None:
                progress(clip.camera_id, n + 1, len(indexes))
        if stream is not None:
            for packet in stream.encode(None):
                container.mux(packet)
    finally:
        container.close()
