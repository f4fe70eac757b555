"""Recorded drone flights: record a live stream to a file, index it, play it from any time, export a tagged clip.

A recording is the MPEG-TS exactly as the drone sent it (video + KLV). Opening one reads its KLV into a
`DroneTrack` and lists the video frames' times, so the review can seek to a tag and the export can burn the
tag into the frames around it, at the ground position the KLV gives for each frame.
"""

from __future__ import annotations

import bisect
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import cv2
import httpx
import numpy as np

from console.ops.drone_track import DroneFix, DroneTrack
from console.ops.tags import DroneTag
from console.video.frames import DecodedFrame, FrameSlot

WRAP = 2**33
FPS = 25


class RecordingError(RuntimeError):
    """A recording that cannot be read (missing, not MPEG-TS, no video)."""


def record_stream(url: str, path: str | Path, seconds: float, stop: threading.Event | None = None) -> int:
    """Copy a live MPEG-TS stream byte for byte into `path` for `seconds` (or until `stop`); bytes written."""
    written = 0
    deadline = time.monotonic() + seconds
    with httpx.stream("GET", url, timeout=10.0) as response, Path(path).open("wb") as out:
        response.raise_for_status()
        for chunk in response.iter_bytes():
            out.write(chunk)
            written += len(chunk)
            if time.monotonic() >= deadline or (stop is not None and stop.is_set()):
                break
    return written


def _unwrap(pts: int, reference_ms: int) -> int:
    """The capture time (ms) whose × 90 is congruent to `pts` mod 2^33, nearest to `reference_ms`."""
    p = pts % WRAP
    k = round((reference_ms * 90 - p) / WRAP)
    return (p + k * WRAP) // 90


@dataclass
class FlightRecording:
    """An indexed recording: frame times, keyframe times and the KLV track."""

    path: Path
    frame_times: list[int]
    keyframe_times: list[int]
    track: DroneTrack
    width: int
    height: int

    @classmethod
    def open(cls, path: str | Path) -> FlightRecording:
        path = Path(path)
        if not path.is_file():
            raise RecordingError(f"no recording at {path}")
        track = DroneTrack(keep_ms=24 * 3600 * 1000, full_rate_ms=None)  # a recording: every fix
        video_pts: list[tuple[int, bool]] = []
        try:
            with av.open(str(path)) as container:
                if not container.streams.video:
                    raise RecordingError(f"{path} has no video")
                video = container.streams.video[0]
                width, height = video.codec_context.width, video.codec_context.height
                for packet in container.demux():
                    if packet.pts is None or packet.size == 0:
                        continue
                    if packet.stream.type == "video":
                        video_pts.append((packet.pts, packet.is_keyframe))
                    elif packet.stream.type == "data":
                        track.feed(packet.stream.index, bytes(packet), 0)
        except av.FFmpegError as exc:
            raise RecordingError(f"cannot read {path}: {exc}") from exc
        span = track.span()
        reference = span[0] if span else int(path.stat().st_mtime * 1000)
        times = sorted((_unwrap(pts, reference), key) for pts, key in video_pts)
        if not times:
            raise RecordingError(f"{path} holds no video frames")
        return cls(path, [t for t, _ in times], [t for t, key in times if key], track, width, height)

    @property
    def start_ms(self) -> int:
        return self.frame_times[0]

    @property
    def end_ms(self) -> int:
        return self.frame_times[-1]

    def frames(self, start_ms: int | None = None, end_ms: int | None = None) -> Iterator[tuple[int, av.VideoFrame]]:
        """(capture time, frame) from the frame at or after `start_ms`: seeks to the keyframe before it."""
        start = self.start_ms if start_ms is None else max(start_ms, self.start_ms)
        key_index = bisect.bisect_right(self.keyframe_times, start) - 1
        key_time = self.keyframe_times[max(key_index, 0)] if self.keyframe_times else self.start_ms
        with av.open(str(self.path)) as container:
            video = container.streams.video[0]
            video.thread_type = "AUTO"
            if key_time > self.start_ms:
                try:  # the TS timestamps are the 33-bit PTS: seek by the one the keyframe carries
                    container.seek((key_time * 90) % WRAP, stream=video, backward=True, any_frame=False)
                except av.FFmpegError:
                    container.seek(0)
            for frame in container.decode(video):
                if frame.pts is None:
                    continue
                t = _unwrap(frame.pts, self.start_ms)
                if t < start:
                    continue
                if end_ms is not None and t > end_ms:
                    break
                yield t, frame


class ReviewPlayback:
    """Plays a recording in real time from any instant on its own thread into `slot` (like a live player)."""

    def __init__(self, recording: FlightRecording, output_size: tuple[int, int] = (960, 540)) -> None:
        self.recording = recording
        self.slot = FrameSlot()
        self.output_size = output_size
        self.position_ms = recording.start_ms
        self.playing = False
        self.speed = 1.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._seq = 0

    def play(self, from_ms: int | None = None) -> None:
        self.stop()
        self.position_ms = self.recording.start_ms if from_ms is None else from_ms
        self._stop = threading.Event()
        self.playing = True
        self._thread = threading.Thread(target=self._run, args=(self.position_ms, self._stop), name="flight-review",
                                        daemon=True)
        self._thread.start()

    def seek(self, time_ms: int) -> None:
        """Jump to `time_ms` (a tag): shows that frame at once, keeps playing if it was."""
        time_ms = min(max(time_ms, self.recording.start_ms), self.recording.end_ms)
        if self.playing:
            self.play(time_ms)
            return
        self.position_ms = time_ms
        for t, frame in self.recording.frames(time_ms):
            self._publish(t, frame)
            break

    def pause(self) -> None:
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)
        self.playing = False

    def _run(self, start_ms: int, stop: threading.Event) -> None:
        began = time.monotonic()
        for t, frame in self.recording.frames(start_ms):
            if stop.is_set():
                return
            delay = (t - start_ms) / 1000 / self.speed - (time.monotonic() - began)
            if delay > 0 and stop.wait(delay):
                return
            self._publish(t, frame)
        self.playing = False

    def _publish(self, t: int, frame: av.VideoFrame) -> None:
        width, height = self.output_size
        image = frame.to_ndarray(format="bgra", width=width, height=height)
        self._seq += 1
        self.position_ms = t
        self.slot.put(DecodedFrame(image, width, height, frame.width, frame.height, t, self._seq, time.monotonic()))


# -- export ----------------------------------------------------------------------------------------------------


def ground_to_image(fix: DroneFix, lat: float, lon: float) -> tuple[float, float] | None:
    """Normalised image point (u, v) of a ground point, from the fix's frame corners (nadir: an affine map)."""
    if fix.corners is None:
        return None
    k = np.cos(np.radians(fix.lat))
    ul, ur, _, ll = (np.array([c[1] * k, c[0]]) for c in fix.corners)
    basis = np.column_stack([ur - ul, ll - ul])
    try:
        u, v = np.linalg.solve(basis, np.array([lon * k, lat]) - ul)
    except np.linalg.LinAlgError:
        return None
    return float(u), float(v)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    frames: int
    start_ms: int
    end_ms: int
    marked_frames: int  # frames where the tag's ground position is in view and was drawn


def export_tagged_clip(recording: FlightRecording, tag: DroneTag, out_path: str | Path, *, label: str = "",
                       before_ms: int = 5000, after_ms: int = 5000) -> ExportResult:
    """An MP4 (H.264) of the flight around `tag` with the tag burned in: a banner with the category, time, note
    and position, and a marker on the tagged ground point in every frame that sees it."""
    out_path = Path(out_path)
    start, end = tag.frame_time_ms - before_ms, tag.frame_time_ms + after_ms
    frames = marked = 0
    first = last = None
    with av.open(str(out_path), mode="w", format="mp4") as out:
        stream: Any = None
        for t, frame in recording.frames(start, end):
            image = frame.to_ndarray(format="bgr24")
            if stream is None:
                stream = out.add_stream("libx264", rate=FPS)
                stream.width, stream.height, stream.pix_fmt = frame.width, frame.height, "yuv420p"
                stream.codec_context.time_base = Fraction(1, FPS)
                stream.options = {"preset": "veryfast", "crf": "23"}
            marked += _burn_in(image, recording.track.at(t), tag, t, label or tag.category)
            video = av.VideoFrame.from_ndarray(image, format="bgr24")
            video.pts = frames
            for packet in stream.encode(video):
                out.mux(packet)
            frames += 1
            first = t if first is None else first
            last = t
        if stream is None:
            raise RecordingError("the recording holds no frames around the tag")
        for packet in stream.encode():
            out.mux(packet)
    return ExportResult(out_path, frames, first or start, last or end, marked)


BANNER_BGR = (0, 0, 200)


def _burn_in(image: np.ndarray, fix: DroneFix | None, tag: DroneTag, t: int, label: str) -> int:
    height, width = image.shape[:2]
    scale = height / 720
    bar = int(64 * scale)
    image[:bar] = (image[:bar] * 0.35 + np.array(BANNER_BGR) * 0.65).astype(np.uint8)
    stamp = datetime.fromtimestamp(tag.frame_time_ms / 1000).strftime("%Y-%m-%d %H:%M:%S")
    first_line = f"TAG {label.upper()}  {stamp}.{tag.frame_time_ms % 1000:03d}  {tag.drone_id}"
    second = f"{tag.lat:.6f}, {tag.lon:.6f}  {tag.note}"[:90]
    font = cv2.FONT_HERSHEY_SIMPLEX
    cv2.putText(image, first_line, (int(12 * scale), int(26 * scale)), font, 0.75 * scale, (255, 255, 255),
                max(1, int(2 * scale)), cv2.LINE_AA)
    cv2.putText(image, second, (int(12 * scale), int(54 * scale)), font, 0.6 * scale, (255, 255, 255),
                max(1, int(1.5 * scale)), cv2.LINE_AA)
    offset = (t - tag.frame_time_ms) / 1000
    cv2.putText(image, f"{offset:+.1f} s", (width - int(120 * scale), int(26 * scale)), font, 0.75 * scale,
                (255, 255, 255), max(1, int(2 * scale)), cv2.LINE_AA)
    if fix is None:
        return 0
    point = ground_to_image(fix, tag.lat, tag.lon)
    if point is None or not (0 <= point[0] <= 1 and 0 <= point[1] <= 1):
        return 0
    x, y = int(point[0] * width), int(point[1] * height)
    radius = int(28 * scale)
    cv2.circle(image, (x, y), radius, (0, 0, 255), max(2, int(3 * scale)), cv2.LINE_AA)
    cv2.line(image, (x - radius - 10, y), (x + radius + 10, y), (0, 0, 255), max(1, int(2 * scale)), cv2.LINE_AA)
    cv2.line(image, (x, y - radius - 10), (x, y + radius + 10), (0, 0, 255), max(1, int(2 * scale)), cv2.LINE_AA)
    return 1
