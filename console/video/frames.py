"""Decoded frames and the bounded latest-frame slot that hands them from a decode thread to the display."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class DecodedFrame:
    """One decoded frame, already converted to the tile size.

    `image` is (height, width, 4) uint8 BGRA, C-contiguous, or with `pixel_format` "yuv420p" the planar I420
    bytes as a (height * 3 // 2, width) uint8 array (Y, then U, then V, for a GPU shader); `frame_time_ms` is the absolute capture time in
    unix milliseconds as the player's clock recovered it; `seq` counts decoded frames per player.
    """

    image: np.ndarray
    width: int
    height: int
    source_width: int
    source_height: int
    frame_time_ms: int
    seq: int
    decoded_monotonic: float
    pixel_format: str = "bgra"
    # what the display draws, made from `image` on the decode thread by the player's `frame_view` (the CPU wall
    # tile: a QImage over the same bytes), or None. Made there because the GUI thread lets go of the GIL for
    # every object its toolkit makes, and getting it back on a busy wall is what stalls it
    view: object = None


class FrameSlot:
    """A latest-frame slot of capacity 1, safe to use from any threads.

    By default the producer never blocks: `put` replaces a frame nobody took and counts it in `dropped`.
    With `room_wait` > 0 it first waits up to that long for the reader to take the previous frame
    (back-pressure, for sources that are not live: a file played flat out should not decode frames that
    nobody will see). The lock is held only to swap a reference.
    """

    def __init__(self) -> None:
        self._ready = threading.Condition(threading.Lock())
        self._frame: DecodedFrame | None = None
        self._unread = False
        self.dropped = 0
        self.delivered = 0

    def put(self, frame: DecodedFrame, room_wait: float = 0.0) -> None:
        """Store `frame` as the newest; an unread older frame is dropped and counted. With `room_wait`,
        wait up to that many seconds for the older frame to be taken first."""
        with self._ready:
            if self._unread and room_wait > 0:
                self._ready.wait_for(lambda: not self._unread, room_wait)
            if self._unread:
                self.dropped += 1
            self._frame = frame
            self._unread = True
            self._ready.notify_all()

    def take(self) -> DecodedFrame | None:
        """The newest unread frame (and mark it read), or None when there is nothing new."""
        with self._ready:
            return self._take_locked()

    def peek(self) -> DecodedFrame | None:
        """The newest frame, read or not, without marking it read."""
        return self._frame

    def wait(self, timeout: float) -> DecodedFrame | None:
        """Like `take`, but waits up to `timeout` seconds for a new frame."""
        with self._ready:
            self._ready.wait_for(lambda: self._unread, timeout)
            return self._take_locked()

    def _take_locked(self) -> DecodedFrame | None:
        if not self._unread:
            return None
        self._unread = False
        self.delivered += 1
        self._ready.notify_all()  # a producer may be waiting for room
        return self._frame
