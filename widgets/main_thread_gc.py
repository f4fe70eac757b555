"""Python's cycle collector, run only on the GUI thread.

CPython runs its cyclic garbage collector in whichever thread happens to allocate when a generation's threshold is
crossed. In the console that is often a decode thread (every frame allocates). A cycle that holds a Qt object (a
closed dialog and the lambda connected to it, a window a test left behind) is then destroyed in that thread, and
a QWidget destroyed outside the GUI thread takes the process down some time later with a segmentation fault.

So the automatic collector is switched off and this timer does its work on the GUI thread. Measured on the
16-camera demo, the collector finds next to no garbage (the console makes few cycles) while scanning tens of
thousands of live objects (mostly the last seconds' detections): each pass over the older generations is a GUI
stall of 20-60 ms on a busy two-core machine. So the young generation is collected at every tick (1-2 ms: it holds
only what was allocated since and is still alive), the middle one every half minute and a full collection runs
every five minutes; `refreeze()` (after a site opens) moves everything alive then out of every later full
collection, which keeps those short.
"""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)

INTERVAL_MS = 250
MIDDLE_EVERY_S = 30.0
FULL_EVERY_S = 300.0
SLOW_MS = 50.0


class MainThreadGc:
    def __init__(self, interval_ms: int = INTERVAL_MS, *, freeze: bool = True) -> None:
        from PySide6.QtCore import QTimer

        self.collections = [0, 0, 0]
        self.slowest_ms = 0.0
        self._last_full = self._last_middle = time.monotonic()
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
        now = time.monotonic()
        generation = 0
        # by the thresholds alone the middle generation came every tenth tick (2.5 s), each pass a GUI stall of
        # several ms scanning the live detections: it waits for its half minute as the full one waits for five
        if counts[1] > thresholds[1] and now - self._last_middle >= MIDDLE_EVERY_S:
            generation = 1
            self._last_middle = now
        if counts[2] > thresholds[2] and now - self._last_full >= FULL_EVERY_S:
            generation = 2
            self._last_full = self._last_middle = now
        started = time.perf_counter()
        found = gc.collect(generation)
        elapsed_ms = (time.perf_counter() - started) * 1000
        self.collections[generation] += 1
        if elapsed_ms > self.slowest_ms:
            self.slowest_ms = elapsed_ms
            if elapsed_ms > SLOW_MS:
                log.info("garbage collection of generation %d took %.0f ms", generation, elapsed_ms)
        return found

    def refreeze(self) -> None:
        """A full collection of everything (frozen objects included), then everything alive is frozen: for a
        moment when a pause is expected anyway (a site has just opened; the last one's objects are gone)."""
        started = time.perf_counter()
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self._last_full = self._last_middle = time.monotonic()
        log.info("garbage collected and %d objects frozen in %.0f ms", gc.get_freeze_count(),
                 (time.perf_counter() - started) * 1000)

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
