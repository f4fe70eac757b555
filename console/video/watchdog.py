"""One stall watchdog thread shared by all players (QGroundControl runs a 500 ms one per receiver)."""

from __future__ import annotations

import logging
import threading
import time
from typing import Protocol

log = logging.getLogger(__name__)


class Watched(Protocol):
    def check_stall(self, now: float) -> None: ...


class StallWatchdog:
    """Calls `check_stall(now)` on every registered player each `period` seconds.

    The thread exists only while at least one player is registered, so an idle process has none.
    """

    def __init__(self, period: float = 0.1) -> None:
        self.period = period
        self._lock = threading.Lock()
        self._watched: set[Watched] = set()
        self._thread: threading.Thread | None = None
        self._wake = threading.Event()

    def register(self, player: Watched) -> None:
        with self._lock:
            self._watched.add(player)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="video-watchdog", daemon=True)
                self._thread.start()

    def unregister(self, player: Watched) -> None:
        with self._lock:
            self._watched.discard(player)
            if not self._watched:
                self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _run(self) -> None:
        while True:
            self._wake.wait(self.period)
            with self._lock:
                self._wake.clear()
                if not self._watched:
                    self._thread = None
                    return
                watched = list(self._watched)
            now = time.monotonic()
            for player in watched:
                try:
                    player.check_stall(now)
                except Exception:  # one player's bug must not blind the others
                    log.exception("stall check failed")


WATCHDOG = StallWatchdog()
