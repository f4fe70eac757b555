"""The JSON snapshot of a running console (`--stats`): tiles, events, incidents, CPU and memory."""

from __future__ import annotations

import bisect
import itertools
import threading
import time
from collections import deque
from typing import Any

import psutil


def stall_histogram(gaps: list[float]) -> list[list[int]]:
    """[[whole ms, timer firings that late], ...] for the non-empty millisecond buckets: windows add up, so a run's
    percentiles come from every firing in it rather than from the windows' own percentiles."""
    counts: dict[int, int] = {}
    for gap in gaps:
        bucket = int(max(0.0, gap))
        counts[bucket] = counts.get(bucket, 0) + 1
    return [[bucket, n] for bucket, n in sorted(counts.items())]


def histogram_percentile(buckets: dict[int, int], q: float) -> float | None:
    """The q-quantile of a merged stall histogram, as the upper edge of its bucket (never under-reported)."""
    total = sum(buckets.values())
    if not total:
        return None
    rank = min(total, int(q * total) + 1)  # the rank-th smallest firing, as the windows' own percentiles take it
    ordered = sorted(buckets)
    at_or_below = list(itertools.accumulate(buckets[bucket] for bucket in ordered))  # ends at total >= rank
    return float(ordered[bisect.bisect_left(at_or_below, rank)] + 1)


class GuiStallMeter:
    """How late the GUI thread gets round to a 10 ms timer: its stalls, as an operator would feel them.

    Beside it, the same measurement on a thread that does nothing else (it only sleeps 10 ms at a time): how late
    the machine's scheduler and Python's interpreter lock alone make a thread. On a saturated two-core machine that
    floor is itself tens of milliseconds at p99, so the GUI figure is reported next to it (the benchmark rule:
    ratios against a yardstick measured on the same machine in the same run).

    `take()` returns the stall figures since the last call and starts a new window."""

    INTERVAL_MS = 10

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._gaps: list[float] = []
        self._floor: list[float] = []
        self._stop = threading.Event()
        self._floor_thread = threading.Thread(target=self._idle_thread, name="stall-floor", daemon=True)
        self._floor_thread.start()
        self._last = time.monotonic()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self._gaps.append((now - self._last) * 1000 - self.INTERVAL_MS)  # lateness beyond the interval
        self._last = now

    def _idle_thread(self) -> None:
        interval = self.INTERVAL_MS / 1000
        last = time.monotonic()
        while not self._stop.wait(interval):
            now = time.monotonic()
            self._floor.append((now - last) * 1000 - self.INTERVAL_MS)
            last = now

    def take(self) -> dict[str, float | None]:
        gaps, self._gaps = sorted(self._gaps), []
        floor, self._floor = sorted(self._floor), []

        def at(values: list[float], q: float) -> float | None:
            if not values:
                return None
            return round(max(0.0, values[min(len(values) - 1, int(q * len(values)))]), 1)

        return {"gui_stall_ms_p50": at(gaps, 0.50), "gui_stall_ms_p99": at(gaps, 0.99),
                "gui_stall_ms_max": at(gaps, 1.0), "idle_thread_stall_ms_p99": at(floor, 0.99),
                "gui_stall_hist": stall_histogram(gaps)}

    def stop(self) -> None:
        self._stop.set()
        self._floor_thread.join(timeout=2)
        self._timer.stop()


class RunSnapshot:
    def __init__(self, window: Any, session: Any, backend_pid: int | None = None) -> None:
        self.stalls = GuiStallMeter()
        self.tracer: Any = None  # a StallTracer when QALA_STALL_TRACE is set
        self._window = window
        self._session = session
        self._process = psutil.Process()
        self._backend = psutil.Process(backend_pid) if backend_pid else None
        self._started = time.monotonic()
        self._counts: deque[tuple[float, int]] = deque(maxlen=6)
        self.start_cpu_window()

    def start_cpu_window(self) -> None:
        """CPU use is measured from here to `collect()` (so start-up does not count)."""
        self._process.cpu_percent(None)
        self._backend_tree = []
        if self._backend is not None:
            # the embedded backend and its video workers: the whole demo's cost is what an admin sees
            self._backend_tree = [self._backend, *self._backend.children(recursive=True)]
            for process in self._backend_tree:
                process.cpu_percent(None)

    def event_rate(self) -> float:
        now = time.monotonic()
        self._counts.append((now, sum(self._session.state.event_counts.values())))
        if len(self._counts) < 2:
            return 0.0
        (t0, c0), (t1, c1) = self._counts[0], self._counts[-1]
        return (c1 - c0) / max(t1 - t0, 1e-6)

    def collect(self) -> dict[str, Any]:
        wall = self._window.wall
        tiles = []
        for tile in wall.tiles:
            if tile.camera is None:
                continue
            player = wall.players.get(tile.index)
            stats = player.stats() if player is not None else None
            tiles.append({
                "camera": tile.camera.id,
                "profile": tile.profile,
                "state": tile.state.value,
                "reason": tile.reason,
                "decoder": tile.decoder,
                "frames_shown": tile.frames_shown,
                "frames_decoded": stats.frames_decoded if stats else 0,
                "frames_dropped": stats.frames_dropped if stats else 0,
                "fps": round(tile.fps, 2),
                "ttff_ms": stats.ttff_ms if stats else None,
                "last_frame_time_ms": tile.frame.frame_time_ms if tile.frame is not None else None,
                "boxes": len(tile.detection.objects) if tile.detection is not None else 0,
            })
        state = self._session.state
        events = self._session.events
        snapshot: dict[str, Any] = {
            "backend": self._session.base_url,
            "link": events.state.value,
            "uptime_s": round(time.monotonic() - self._started, 1),
            "tiles": tiles,
            "events": dict(state.event_counts),
            "events_rejected": dict(state.rejected) | {f"stream:{k}": v for k, v in events.rejected.items()},
            "event_duplicates": events.duplicates,
            "last_seq": events.last_seq,
            # how far the applied events trail the backend (a GUI thread that cannot keep up shows here first)
            "event_lag_ms": (int(time.time() * 1000) - events.last_ts_ms) if events.last_ts_ms else None,
            "incidents": self._window.incident_list.model_.rowCount(),
            "units": len(state.units),
            "cpu_percent": round(self._process.cpu_percent(None), 1),
            "rss_mb": round(self._process.memory_info().rss / 2**20, 1),
            "threads": self._process.num_threads(),
            "tiles_live": sum(1 for tile in tiles if tile["state"] == "live"),
            **self.stalls.take(),
        }
        if self.tracer is not None:
            snapshot["stall_sites"] = self.tracer.top(5)
            snapshot["stalls_traced"] = self.tracer.stalls
        if self._backend_tree:
            alive = [p for p in self._backend_tree if p.is_running()]
            snapshot["backend_cpu_percent"] = round(sum(p.cpu_percent(None) for p in alive), 1)
            snapshot["backend_rss_mb"] = round(sum(p.memory_info().rss for p in alive) / 2**20, 1)
        return snapshot
