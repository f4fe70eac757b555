"""Maps frame PTS to absolute capture time (unix ms), in the two modes of the backend contract."""

from __future__ import annotations

import time
from collections.abc import Callable

PTS_WRAP = 1 << 33  # MPEG-TS PTS are 33-bit counters of a 90 kHz clock
_HALF_WRAP = PTS_WRAP // 2
CLOCK_MODES = ("pts-unix90k", "arrival")


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def unix_ms_from_pts90k(pts90: int, now_ms: int) -> int:
    """The unix ms whose ×90 is congruent to `pts90` (mod 2^33) and nearest to `now_ms`.

    `pts90` is reduced mod 2^33 first: libavformat may already have unwrapped it past 2^33.
    """
    now90 = now_ms * 90
    pts = pts90 % PTS_WRAP
    candidate = now90 - (now90 % PTS_WRAP) + pts
    if candidate - now90 > _HALF_WRAP:
        candidate -= PTS_WRAP
    elif now90 - candidate > _HALF_WRAP:
        candidate += PTS_WRAP
    return (candidate + 45) // 90


class StreamClock:
    """Stamps frames with absolute capture time.

    - "pts-unix90k": the PTS is capture unix ms × 90 mod 2^33; each frame is recovered independently.
    - "arrival": the first frame gets the wall time it arrived; later frames advance by their PTS delta from
      that anchor. The anchor is reset on a discontinuity (PTS going backwards or jumping by more than
      `resync_ms`), when a stamp would lie in the future (so the lowest-latency frame wins), and when stamps
      fall more than `resync_ms` behind arrival (sender clock drift or a stall).
    Frames without a PTS are stamped with their arrival time in both modes.
    """

    def __init__(self, mode: str = "arrival", *, now_ms: Callable[[], int] = wall_ms, resync_ms: int = 1000):
        if mode not in CLOCK_MODES:
            raise ValueError(f"unknown clock mode {mode!r}; expected one of {CLOCK_MODES}")
        self.mode = mode
        self.resync_ms = resync_ms
        self._now_ms = now_ms
        self.reset()

    def reset(self) -> None:
        """Forget the anchor (a new connection starts a new timeline)."""
        self._last_pts: int | None = None  # last PTS seen, mod 2^33
        self._unwrapped = 0  # PTS of the last frame, unwrapped, in 90 kHz ticks
        self._anchor_pts = 0
        self._anchor_ms = 0
        self.resyncs = 0

    def stamp(self, pts90: int | None, arrival_ms: int | None = None) -> int:
        """Capture time of a video frame; in "arrival" mode this moves the anchor."""
        arrival = self._now_ms() if arrival_ms is None else arrival_ms
        if pts90 is None:
            return arrival
        if self.mode == "pts-unix90k":
            return unix_ms_from_pts90k(pts90, arrival)
        return self._stamp_arrival(pts90 % PTS_WRAP, arrival)

    def time_of(self, pts90: int | None) -> int | None:
        """Capture time of a non-video packet (KLV) without moving the anchor; None before the first frame."""
        if pts90 is None:
            return None
        if self.mode == "pts-unix90k":
            return unix_ms_from_pts90k(pts90, self._now_ms())
        if self._last_pts is None:
            return None
        delta = self._signed_delta(pts90 % PTS_WRAP, self._last_pts)
        return self._anchor_ms + (self._unwrapped + delta - self._anchor_pts) // 90

    @staticmethod
    def _signed_delta(pts: int, previous: int) -> int:
        delta = (pts - previous) % PTS_WRAP
        return delta - PTS_WRAP if delta >= _HALF_WRAP else delta

    def _stamp_arrival(self, pts: int, arrival: int) -> int:
        if self._last_pts is None:
            self._last_pts = pts
            self._unwrapped = pts
            return self._anchor(arrival)
        delta = self._signed_delta(pts, self._last_pts)
        self._last_pts = pts
        self._unwrapped += delta
        if delta < 0 or delta > self.resync_ms * 90:
            self.resyncs += 1
            return self._anchor(arrival)
        stamp = self._anchor_ms + (self._unwrapped - self._anchor_pts) // 90
        if stamp > arrival:
            return self._anchor(arrival)
        if arrival - stamp > self.resync_ms:
            self.resyncs += 1
            return self._anchor(arrival)
        return stamp

    def _anchor(self, arrival: int) -> int:
        self._anchor_pts = self._unwrapped
        self._anchor_ms = arrival
        return arrival
