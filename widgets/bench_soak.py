"""`qala-console bench soak --minutes M --json`: the 16-camera demo left running, watched from outside.

Starts the real console on the embedded city backend (`--demo`, 4×4 wall, ≈400 detection events/s plus units
and incidents) as its own process with `--stats-log`, so what is measured is exactly what an operator runs.
Every `--every` seconds the console writes a snapshot (RSS, threads, GUI-thread stall percentiles over the
interval, tiles live, events). After the warm-up (10 % of the run, at least 30 s, at most 5 min) we compare:

    rss_growth_pct   RSS at the end vs right after warm-up           target ≤ 5 %
    threads_*        thread count after warm-up and at the end        target: no growth
    gui_stall_ms_*   how late a 10 ms GUI timer fired: p99 over every firing after the warm-up   p99 ≤ 30 ms
                     (also the worst and the median of the intervals' own p99s, and the max)
    tiles_live_pct   tile-samples in state live ÷ all tile-samples    target 100 %
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from widgets.run_snapshot import histogram_percentile


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qala-console bench soak", description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--every", type=float, default=10.0, help="seconds between snapshots")
    parser.add_argument("--backend", help="use a running backend instead of the embedded one")
    parser.add_argument("--json", action="store_true", help="print one JSON object only")
    parser.add_argument("--keep", metavar="FILE", help="also keep the raw snapshot lines here")
    return parser


def analyse(samples: list[dict[str, Any]], minutes: float, every: float) -> dict[str, Any]:
    if len(samples) < 2:
        raise ValueError(f"the console wrote {len(samples)} snapshots; at least 2 are needed")
    warmup_s = min(300.0, max(30.0, minutes * 60 * 0.1))
    # a run shorter than the warm-up (the tests' short soaks): everything but the start-up snapshot
    settled = [s for s in samples if s["uptime_s"] >= warmup_s] or (samples[1:] if len(samples) > 2 else samples)
    first, last = settled[0], settled[-1]
    edge = max(3, len(settled) // 10)
    tile_samples = sum(len(s["tiles"]) for s in settled)
    live_samples = sum(s.get("tiles_live", 0) for s in settled)
    p99s = [s["gui_stall_ms_p99"] for s in settled if s.get("gui_stall_ms_p99") is not None]
    maxes = [s["gui_stall_ms_max"] for s in settled if s.get("gui_stall_ms_max") is not None]
    floors = [s["idle_thread_stall_ms_p99"] for s in settled if s.get("idle_thread_stall_ms_p99") is not None]
    merged: dict[int, int] = {}  # every timer firing of the settled run, by whole ms late
    for s in settled:
        for bucket, n in s.get("gui_stall_hist", ()):
            merged[bucket] = merged.get(bucket, 0) + n
    worst_interval = round(sorted(p99s)[min(len(p99s) - 1, int(0.99 * len(p99s)))], 1) if p99s else None
    events = [sum(s["events"].values()) for s in (first, last)]
    span = max(last["uptime_s"] - first["uptime_s"], 1e-6)
    return {
        "minutes": round(samples[-1]["uptime_s"] / 60, 2),
        "warmup_s": warmup_s,
        "samples": len(settled),
        "rss_start_mb": first["rss_mb"],
        "rss_end_mb": last["rss_mb"],
        "rss_growth_pct": round(100.0 * (last["rss_mb"] - first["rss_mb"]) / first["rss_mb"], 2),
        "rss_max_mb": max(s["rss_mb"] for s in settled),
        # the process has a couple of short-lived native threads (Qt's, FFmpeg's) that come and go: the highest
        # count over the first and over the last tenth of the run compares like with like
        "threads_start": max(s["threads"] for s in settled[:edge]),
        "threads_end": max(s["threads"] for s in settled[-edge:]),
        "threads_max": max(s["threads"] for s in settled),
        # p99 of all firings after the warm-up (from the snapshots' histograms); a console that does not write
        # them (an older build behind --backend) falls back to the worst interval's p99
        "gui_stall_ms_p99": histogram_percentile(merged, 0.99) if merged else worst_interval,
        "gui_stall_ms_p50": histogram_percentile(merged, 0.50) if merged else None,
        "gui_stall_firings": sum(merged.values()),
        "gui_stall_ms_p99_worst_interval": worst_interval,
        "gui_stall_ms_p99_median": round(statistics.median(p99s), 1) if p99s else None,
        "gui_stall_ms_max": max(maxes) if maxes else None,
        # the yardstick: an idle thread's lateness in the same process and run (scheduler + interpreter lock)
        "idle_thread_stall_ms_p99_median": round(statistics.median(floors), 1) if floors else None,
        "tiles_live_pct": round(100.0 * live_samples / tile_samples, 2) if tile_samples else 0.0,
        "events_per_s": round((events[1] - events[0]) / span, 1),
        "event_duplicates": last["event_duplicates"],
        "events_rejected": last["events_rejected"],
        "cpu_percent_median": statistics.median(s["cpu_percent"] for s in settled),
        "backend_cpu_percent_median": statistics.median(s.get("backend_cpu_percent", 0.0) for s in settled),
        "targets": {"rss_growth_pct": 5.0, "gui_stall_ms_p99": 30.0, "tiles_live_pct": 100.0},
        "stalls_traced": last.get("stalls_traced"),
        "stall_sites": last.get("stall_sites", []),  # with QALA_STALL_TRACE: where the GUI thread stalled
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    seconds = max(20.0, args.minutes * 60)
    with tempfile.TemporaryDirectory(prefix="qala-soak-") as folder:
        log = Path(args.keep or Path(folder) / "soak.jsonl")
        command = [sys.executable, "-m", "widgets.app", "--stats-log", str(log), "--stats-every", str(args.every),
                   "--quit-after", str(seconds), "--size", "1600x900", "--layout", "4x4"]
        command += ["--backend", args.backend] if args.backend else ["--demo", "--data", str(Path(folder) / "sim")]
        # QALA_STALL_TRACE=MS adds where the GUI thread was during stalls (it costs some). A configuration folder
        # of its own: the operator's saved walls (a 2x2, say) must not shrink what is measured
        env = {**os.environ, "QALA_CONFIG_DIR": str(Path(folder) / "config")}
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        started = time.monotonic()
        result = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                timeout=seconds + 120)
        if result.returncode != 0:
            raise RuntimeError(f"the console exited with {result.returncode}: {result.stderr[-2000:]}")
        samples = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
        report = analyse(samples, args.minutes, args.every)
        report["wall_s"] = round(time.monotonic() - started, 1)
        return report


def summary(r: dict[str, Any]) -> str:
    return "\n".join([
        f"Soak: {r['minutes']} min of the 16-camera demo, {r['events_per_s']} events/s "
        f"(measured after {r['warmup_s']:.0f} s warm-up, {r['samples']} snapshots)",
        f"  RSS            {r['rss_start_mb']} → {r['rss_end_mb']} MB ({r['rss_growth_pct']:+.2f} %, target ≤ 5 %)",
        f"  threads        {r['threads_start']} → {r['threads_end']}",
        f"  GUI stalls     p99 {r['gui_stall_ms_p99']} ms over {r['gui_stall_firings']} timer firings (target ≤ 30; "
        f"of the {r['samples']} intervals' p99s: median {r['gui_stall_ms_p99_median']}, worst "
        f"{r['gui_stall_ms_p99_worst_interval']}), max {r['gui_stall_ms_max']} ms",
        f"  idle thread    p99 {r['idle_thread_stall_ms_p99_median']} ms (median; what the scheduler and the "
        f"interpreter lock alone cost a thread here)",
        f"  tiles live     {r['tiles_live_pct']} % of samples (target 100 %)",
        f"  CPU            console {r['cpu_percent_median']} %, backend {r['backend_cpu_percent_median']} %",
    ])


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        report = run(args)
    except (RuntimeError, ValueError, subprocess.TimeoutExpired) as exc:
        print(f"bench soak: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(report) if args.json else summary(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
