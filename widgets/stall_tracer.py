"""Where the GUI thread is when it stalls: a watcher thread notices that the GUI thread has not come back to its
event loop for a while and samples its Python stack, so a stall report names the code, not just the duration.

On with `QALA_STALL_TRACE=MS` (stalls longer than MS milliseconds) for a running console, and in `bench soak`,
whose report lists the most frequent stall sites. Sampling costs nothing while the GUI thread is responsive.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections import Counter

HEARTBEAT_MS = 10
SAMPLE_EVERY_S = 0.01
FRAMES = 6  # innermost frames kept per sample


class StallTracer:
    def __init__(self, threshold_ms: float = 100.0) -> None:
        from PySide6.QtCore import QTimer

        self.threshold_s = threshold_ms / 1000
        self.samples: Counter[str] = Counter()  # stack text -> samples taken while stalled there
        self.stalls = 0
        self._beat = time.monotonic()
        self._main = threading.main_thread().ident
        self._stop = threading.Event()
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._heartbeat)
        self._timer.start()
        self._in_stall = False
        self._thread = threading.Thread(target=self._watch, name="stall-tracer", daemon=True)
        self._thread.start()

    def _heartbeat(self) -> None:
        self._beat = time.monotonic()

    def _watch(self) -> None:
        while not self._stop.wait(SAMPLE_EVERY_S):
            late = time.monotonic() - self._beat
            if late < self.threshold_s:
                self._in_stall = False
                continue
            if not self._in_stall:
                self._in_stall = True
                self.stalls += 1
            frame = sys._current_frames().get(self._main)  # noqa: SLF001 - the documented way to sample a thread
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)[-FRAMES:]
            self.samples[" < ".join(f"{s.name} ({s.filename.rsplit('/', 1)[-1]}:{s.lineno})"
                                    for s in reversed(stack))] += 1

    def top(self, count: int = 10) -> list[dict[str, object]]:
        """The stall sites seen most often: each with its share of the stalled samples."""
        total = sum(self.samples.values()) or 1
        return [{"stack": stack, "samples": n, "share": round(n / total, 3)}
                for stack, n in self.samples.most_common(count)]

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        self._thread.join(timeout=2)
