"""Archive playback, Qt-free: recorded segments of one camera as a clip with random access by absolute time,
the stored detections of every frame, and one clock that keeps several cameras in step.

Frames are found by demuxing (cheap) and decoded from the keyframe before the wanted one (at most one GOP),
so scrubbing anywhere costs at most 25 decodes; playing on decodes forward only.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import av
import numpy as np

from console.video.clock import unix_ms_from_pts90k

SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0)


@dataclass
class _Index:
    times: list[int] = field(default_factory=list)  # frame time (unix ms), ascending
    segment: list[int] = field(default_factory=list)  # which file holds the frame
    keyframe: list[bool] = field(default_factory=list)


class ArchiveClip:
    """Segments (start_ms, path) of one camera in time order, and their detections {frame_time_ms: objects}."""

    def __init__(self, camera_id: str, segments: list[tuple[int, Path]], detections: dict[int, list[dict[str, Any]]]
                 ) -> None:
        self.camera_id = camera_id
        self._paths = [p for _, p in segments]
        self.detections = detections
        self._index = _Index()
        for n, (start_ms, path) in enumerate(segments):
            with av.open(str(path)) as container:
                for packet in container.demux(container.streams.video[0]):
                    if packet.pts is None or packet.size == 0:
                        continue
                    self._index.times.append(unix_ms_from_pts90k(packet.pts, start_ms))
                    self._index.segment.append(n)
                    self._index.keyframe.append(bool(packet.is_keyframe))
        order = sorted(range(len(self._index.times)), key=lambda i: self._index.times[i])
        self._index = _Index([self._index.times[i] for i in order], [self._index.segment[i] for i in order],
                             [self._index.keyframe[i] for i in order])
        self._container: Any = None
        self._decoder: Any = None
        self._open_segment = -1
        self._next_index = -1  # the index the open decoder yields next
        self.decoded = 0

    @property
    def frame_times(self) -> list[int]:
        return self._index.times

    @property
    def start_ms(self) -> int | None:
        return self._index.times[0] if self._index.times else None

    @property
    def end_ms(self) -> int | None:
        return self._index.times[-1] if self._index.times else None

    def index_at(self, t_ms: int) -> int | None:
        """The frame shown at `t_ms`: the last one at or before it (None before the first)."""
        i = bisect.bisect_right(self._index.times, t_ms) - 1
        return i if i >= 0 else None

    def objects_at(self, frame_time_ms: int) -> list[dict[str, Any]]:
        return self.detections.get(frame_time_ms, [])

    def frame(self, index: int) -> tuple[int, np.ndarray]:
        """(frame time, BGR picture) of frame `index`; decodes forward, or from the keyframe before it."""
        if not 0 <= index < len(self._index.times):
            raise IndexError(f"no frame {index} in {self.camera_id}'s clip of {len(self._index.times)}")
        segment = self._index.segment[index]
        key = index
        while key > 0 and not self._index.keyframe[key] and self._index.segment[key - 1] == segment:
            key -= 1
        if not (segment == self._open_segment and key <= self._next_index <= index):
            self._restart(segment, key)
        while True:
            frame = next(self._decoder)
            self._next_index += 1
            self.decoded += 1
            if self._next_index - 1 >= index:
                t_ms = self._index.times[index]
                return t_ms, frame.to_ndarray(format="bgr24")

    def _restart(self, segment: int, key_index: int) -> None:
        self.close()
        self._container = av.open(str(self._paths[segment]))
        first_of_segment = self._index.segment.index(segment)
        skip = key_index - first_of_segment  # packets before the keyframe are not fed to the decoder
        stream = self._container.streams.video[0]

        def frames() -> Any:
            seen = 0
            for packet in self._container.demux(stream):
                if packet.pts is None or packet.size == 0:
                    continue
                seen += 1
                if seen <= skip:
                    continue
                yield from packet.decode()
            yield from stream.codec_context.decode(None)

        self._decoder = frames()
        self._open_segment = segment
        self._next_index = key_index

    def close(self) -> None:
        if self._container is not None:
            self._container.close()
        self._container = None
        self._decoder = None
        self._open_segment = -1


class PlaybackClock:
    """Position in absolute time, a speed (0.25x-16x), play/pause, frame steps; advanced by wall-clock deltas."""

    def __init__(self, start_ms: int, end_ms: int) -> None:
        self.start_ms, self.end_ms = start_ms, end_ms
        self.position_ms: float = start_ms
        self.speed = 1.0
        self.playing = False

    def set_speed(self, speed: float) -> None:
        if speed not in SPEEDS:
            raise ValueError(f"speed must be one of {SPEEDS}")
        self.speed = speed

    def seek(self, t_ms: float) -> None:
        self.position_ms = min(max(float(t_ms), self.start_ms), self.end_ms)

    def advance(self, wall_ms: float) -> None:
        if self.playing:
            self.seek(self.position_ms + wall_ms * self.speed)
            if self.position_ms >= self.end_ms:
                self.playing = False


class SyncedPlayback:
    """Several cameras' clips on one clock: each shows its frame at the clock's position."""

    def __init__(self, clips: list[ArchiveClip]) -> None:
        self.clips = clips
        starts = [c.start_ms for c in clips if c.start_ms is not None]
        ends = [c.end_ms for c in clips if c.end_ms is not None]
        if not starts:
            raise ValueError("no recorded frames in the range")
        self.clock = PlaybackClock(min(starts), max(ends))

    def frames(self) -> list[tuple[int, np.ndarray, list[dict[str, Any]]] | None]:
        """Per clip: (frame time, picture, its detections), or None where the clip has no frame yet."""
        out: list[tuple[int, np.ndarray, list[dict[str, Any]]] | None] = []
        for clip in self.clips:
            index = clip.index_at(int(self.clock.position_ms))
            if index is None:
                out.append(None)
                continue
            t_ms, image = clip.frame(index)
            out.append((t_ms, image, clip.objects_at(t_ms)))
        return out

    def step(self, frames: int) -> None:
        """Move the clock to the next (or previous) frame of the first clip: frame-exact stepping."""
        self.clock.playing = False
        times = self.clips[0].frame_times
        current = self.clips[0].index_at(int(self.clock.position_ms))
        target = (current if current is not None else -1) + frames
        target = min(max(target, 0), len(times) - 1)
        self.clock.seek(times[target])

    def close(self) -> None:
        for clip in self.clips:
            clip.close()


def load_detections(path: Path) -> dict[int, list[dict[str, Any]]]:
    """A detections answer saved to disk ({"items": [{frame_time_ms, objects}]}) as {frame time: objects}."""
    body = json.loads(path.read_text())
    return {int(item["frame_time_ms"]): item["objects"] for item in body.get("items", [])}


async def fetch_clip(base_url: str, camera_id: str, from_ms: int, to_ms: int, folder: Path,
                     *, timeout: float = 30.0) -> ArchiveClip:
    """Download a camera's recorded segments and detections for the range into `folder`, as a clip.

    Raises BackendError with the reason when the backend refuses or is unreachable."""
    import httpx

    from console.api.rest import BackendError

    folder.mkdir(parents=True, exist_ok=True)
    try:
        async with httpx.AsyncClient(timeout=timeout) as http:
            answer = await http.get(f"{base_url.rstrip('/')}/api/v1/archive/{camera_id}",
                                    params={"from_ms": from_ms, "to_ms": to_ms})
            if answer.status_code != 200:
                raise BackendError(f"archive {camera_id}: {answer.status_code} {answer.text[:200]}", answer.status_code)
            playback = answer.json()
            segments: list[tuple[int, Path]] = []
            for segment in playback["segments"]:
                path = folder / f"{camera_id}_{segment['start_ms']}_{segment['end_ms']}.ts"
                if not path.exists():  # segments never change once listed: a cached one is good
                    body = await http.get(segment["url"])
                    if body.status_code != 200:
                        continue  # pruned between the listing and now: play what is left
                    part = path.with_suffix(".part")
                    part.write_bytes(body.content)
                    part.replace(path)
                segments.append((segment["start_ms"], path))
            detections: dict[int, list[dict[str, Any]]] = {}
            # the detections route takes at most 10 minutes a request
            step = 10 * 60 * 1000
            for start in range(from_ms, to_ms, step):
                part_answer = await http.get(f"{base_url.rstrip('/')}/api/v1/archive/{camera_id}/detections",
                                             params={"from_ms": start, "to_ms": min(to_ms, start + step)})
                if part_answer.status_code == 200:
                    detections.update({int(i["frame_time_ms"]): i["objects"] for i in part_answer.json()["items"]})
    except httpx.HTTPError as exc:
        raise BackendError(f"archive unreachable: {exc.__class__.__name__}: {exc}") from exc
    import asyncio

    # indexing demuxes every segment: off the caller's (GUI) thread
    return await asyncio.get_running_loop().run_in_executor(None, ArchiveClip, camera_id, segments, detections)
