"""Python's cycle collector, run only on the GUI thread.

CPython runs its cyclic garbage collector in whichever thread happens to allocate when a generation's threshold is
crossed. In the console that is often a decode thread (every frame allocates). A cycle that holds a Qt object (a
closed dialog and the lambda connected to it, a window a test left behind) is then destroyed in that thread, and
a QWidget destroyed outside the GUI thread takes the process down some time later with a segmentation fault.

So the automatic collector is switched off and this timer does its work on the GUI thread: the young generation
at every tick (cheap: it holds only what was allocated since and is still alive), the middle one by the usual
threshold, and a full collection (the one long pause the collector can cause) by the usual threshold but at most
once a minute. Objects alive at start-up are frozen out of every full collection, which keeps it short.
"""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)

INTERVAL_MS = 250
FULL_EVERY_S = 60.0
SLOW_MS = 50.0


class MainThreadGc:
    def __init__(self, interval_ms: int = INTERVAL_MS, *, freeze: bool = True) -> None:
        from PySide6.QtCore import QTimer

        self.collections = [0, 0, 0]
        self.slowest_ms = 0.0
        self._last_full = time.monotonic()
        self._was_enabled = gc.isenabled()
        gc.disable()
        if freeze:
            gc.freeze()  # what exists now (modules, the application) lives as long as the process
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """One collection: the oldest generation that is due. Returns how many objects were unreachable."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = 1 if counts[1] > thresholds[1] else 0
        if counts[2] > thresholds[2] and time.monotonic() - self._last_full >= FULL_EVERY_S:
            generation = 2
            self._last_full = time.monotonic()
        started = time.perf_counter()
        found = gc.collect(generation)
        elapsed_ms = (time.perf_counter() - started) * 1000
        self.collections[generation] += 1
        if elapsed_ms > self.slowest_ms:
            self.slowest_ms = elapsed_ms
            if elapsed_ms > SLOW_MS:
                log.info("garbage collection of generation %d took %.0f ms", generation, elapsed_ms)
        return found

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
