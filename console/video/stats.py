"""Per-player counters and the snapshot the GUI and the self-check show."""

from __future__ import annotations

import collections
import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PlayerStats:
    """A snapshot of one player. `decoder` says what really decodes, e.g. "h264 (software)"."""

    state: str
    reason: str
    decoder: str
    codec: str
    source_width: int
    source_height: int
    frames_decoded: int
    frames_dropped: int
    fps: float
    ttff_ms: float | None
    reconnects: int
    errors: int
    last_error: str
    name: str = ""
    decoder_note: str = ""  # why hardware is not used, when it was asked for
    stalls: int = 0
    output_width: int = 0
    output_height: int = 0

    def as_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


class FpsMeter:
    """Frames per second over a sliding window of monotonic timestamps."""

    def __init__(self, window_s: float = 2.0) -> None:
        self.window_s = window_s
        self._times: collections.deque[float] = collections.deque()
        self._first: float | None = None

    def tick(self, now: float) -> None:
        if self._first is None:
            self._first = now
        self._times.append(now)
        self._trim(now)

    def rate(self, now: float) -> float:
        recent = sum(1 for t in list(self._times) if t > now - self.window_s)
        if self._first is None or recent < 2:
            return 0.0
        # while the first window fills, divide by the time since the first frame
        return recent / max(min(self.window_s, now - self._first), 1e-3)

    def _trim(self, now: float) -> None:
        while self._times and self._times[0] <= now - self.window_s:
            self._times.popleft()
