"""`qala-console bench wall`: a workstation capacity test for district IT.

Three phases on the same synthetic 720p25 H.264 clip, N streams each, in one run:

1. wall: a real VideoWall window (offscreen or xcb) with N StreamPlayers going through the real decode →
   tile-sized BGRA → paint path. Saturated (default): decoders run flat out (`realtime=0`) and we count the
   frames the tiles show per second. Paced (`--paced`): files play at their 25 fps and we count per-tile fps
   and frames shown late.
2. decode-only: the same N players, same clip and output size, no GUI; a plain thread takes frames from
   the slots as fast as they come.
3. raw: PyAV decode of the same clip in N threads, single-threaded codec, no conversion — the project's
   yardstick: benchmarks print ratios against raw FFmpeg decode on the same machine in the same run.

wall efficiency = displayed fps (phase 1, saturated) ÷ decode-only fps (phase 2); DESIGN.md wants ≥ 0.85.

The phases run in rounds, interleaved (wall, decode-only, raw, wall, decode-only, raw, ...; `--rounds`, default 2):
on a shared machine the load drifts over a minute, and interleaving spreads that drift over every phase alike
instead of charging it to whichever phase ran during a busy moment. Each round's efficiency is printed too,
so the spread is visible.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

CLIP_WIDTH, CLIP_HEIGHT, CLIP_FPS = 1280, 720, 25
FRAME_INTERVAL_S = 1.0 / CLIP_FPS
WINDOW_SIZE = (1600, 900)


# -- the clip -----------------------------------------------------------------------------------------------


def make_clip(seconds: float = 10.0, cache_dir: str | Path | None = None) -> Path:
    """The 720p25 H.264 clip the wall plays (console.video.bench_clip), made once and cached."""
    from console.video.bench_clip import make_clip as make

    return make(CLIP_WIDTH, CLIP_HEIGHT, CLIP_FPS, seconds, cache_dir)


def _camera(index: int, url: str) -> Any:
    from console.api.models import Camera, StreamInfo

    stream = StreamInfo("main", url, "h264", CLIP_WIDTH, CLIP_HEIGHT, float(CLIP_FPS), "arrival")
    return Camera(f"bench-{index:02d}", index + 1, f"bench {index + 1}", "fixed", 0.0, 0.0, 0.0, 60.0,
                  "bench", "online", (stream,))


def grid_for(streams: int) -> tuple[int, int]:
    """Near-square grid (rows, cols) that holds `streams` tiles, wider than tall."""
    cols = math.ceil(math.sqrt(streams))
    return math.ceil(streams / cols), cols


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)


class _CpuWindow:
    """CPU of this process over a window, in % of one core (200 % = both cores of a 2-core machine)."""

    def __init__(self) -> None:
        import psutil

        self._process = psutil.Process()
        self._gui_id = threading.main_thread().native_id
        times = self._process.cpu_times()
        self._cpu, self._at = times.user + times.system, time.monotonic()
        self._gui_cpu = self._thread_cpu()

    def _thread_cpu(self) -> float:
        for thread in self._process.threads():
            if thread.id == self._gui_id:
                return thread.user_time + thread.system_time
        return 0.0

    def percent(self) -> float:
        times = self._process.cpu_times()
        return round(100.0 * (times.user + times.system - self._cpu) / max(time.monotonic() - self._at, 1e-6), 1)

    def gui_percent(self) -> float:
        """The main (GUI) thread's share, same unit; call after `percent()`."""
        return round(100.0 * (self._thread_cpu() - self._gui_cpu) / max(time.monotonic() - self._at, 1e-6), 1)


# -- phase 1: the wall ---------------------------------------------------------------------------------------


def _wall_class() -> type:
    from widgets.video_wall import VideoWall

    class BenchVideoWall(VideoWall):
        """The real wall; its players get the bench's player options (loop, realtime)."""

        player_options: dict[str, str] = {}

    return BenchVideoWall


def _spin(app: Any, seconds: float, poll: Any = None) -> None:
    """Run the Qt event loop for `seconds` (calls `poll()` every 10 ms when given)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timer = None
    if poll is not None:
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(poll)
        timer.start()
    QTimer.singleShot(max(0, int(seconds * 1000)), loop.quit)
    loop.exec()
    if timer is not None:
        timer.stop()


def run_wall(clip: Path, streams: int, seconds: float, warmup: float, paced: bool) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from console.ops.city_state import DetectionBuffer
    from widgets.main_thread_gc import MainThreadGc

    app = QApplication.instance() or QApplication(sys.argv[:1])
    collector = MainThreadGc(freeze=False)  # as in the console: no collection on a decode thread
    rows, cols = grid_for(streams)
    wall = _wall_class()(DetectionBuffer(), rows, cols)
    wall.player_options = {"loop": "1", "realtime": "1" if paced else "0"}
    # no window title or other user-visible text: anything shown would need tr() with kk/ru translations
    wall.resize(*WINDOW_SIZE)
    wall.show()
    app.processEvents()
    latencies: list[float] = []
    measuring = [False]

    def watch(tile: Any) -> None:
        show = tile.show_frame

        def show_frame(frame: Any, detection: Any) -> None:
            if measuring[0]:
                latencies.append(time.monotonic() - frame.decoded_monotonic)
            show(frame, detection)

        tile.show_frame = show_frame

    ttff: dict[int, float] = {}
    try:
        for index in range(streams):
            watch(wall.tiles[index])
            wall.assign(index, _camera(index, str(clip)))
        players = dict(wall.players)

        def poll_ttff() -> None:
            for index, player in players.items():
                if index not in ttff:
                    value = player.stats().ttff_ms
                    if value is not None:
                        ttff[index] = value

        _spin(app, warmup, poll_ttff)
        poll_ttff()
        shown0 = [tile.frames_shown for tile in wall.tiles[:streams]]
        decoded0 = {i: p.stats().frames_decoded for i, p in players.items()}
        dropped0 = {i: p.slot.dropped for i, p in players.items()}
        cpu = _CpuWindow()
        measuring[0] = True
        started = time.monotonic()
        gaps: list[float] = []
        last_tick = [started]

        def note_gap() -> None:  # how late the GUI thread gets round to a 10 ms timer: its stalls
            now = time.monotonic()
            gaps.append(now - last_tick[0])
            last_tick[0] = now

        _spin(app, seconds, note_gap)
        elapsed = time.monotonic() - started
        poll_ttff()  # a loaded machine may show a stream's first frame only after the warm-up
        measuring[0] = False
        cpu_percent = cpu.percent()
        gui_cpu_percent = cpu.gui_percent()
        shown = [tile.frames_shown - s0 for tile, s0 in zip(wall.tiles[:streams], shown0, strict=True)]
        stats = {i: p.stats() for i, p in players.items()}
        decoded = sum(stats[i].frames_decoded - decoded0[i] for i in players)
        dropped = sum(players[i].slot.dropped - dropped0[i] for i in players)
        decoders = sorted({s.decoder for s in stats.values()})
        states = sorted({s.state for s in stats.values()})
        output = players[0].output_size if players else (0, 0)
    finally:
        wall.stop()
        wall.close()
        wall.deleteLater()
        app.processEvents()
        collector.stop()
    per_tile = [n / elapsed for n in shown]
    late = sum(1 for value in latencies if value > FRAME_INTERVAL_S)
    return {
        "grid": f"{rows}x{cols}",
        "window": f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}",
        "platform": QApplication.platformName(),
        "tile_output_size": f"{output[0]}x{output[1]}",
        "displayed_fps": round(sum(shown) / elapsed, 1),
        "wall_decoded_fps": round(decoded / elapsed, 1),
        "per_tile_fps_min": round(min(per_tile), 2) if per_tile else 0.0,
        "per_tile_fps_mean": round(statistics.fmean(per_tile), 2) if per_tile else 0.0,
        "per_tile_fps": [round(v, 2) for v in per_tile],
        "slot_dropped_frames": dropped,
        "late_frames_shown_over_1_interval_after_decode": late,
        "decode_to_show_ms_p50": _percentile([v * 1000 for v in latencies], 0.50),
        "decode_to_show_ms_p99": _percentile([v * 1000 for v in latencies], 0.99),
        "gui_timer_gap_ms_p50": _percentile([v * 1000 for v in gaps], 0.50),
        "gui_timer_gap_ms_p99": _percentile([v * 1000 for v in gaps], 0.99),
        "gui_timer_gap_ms_max": round(max(gaps) * 1000, 1) if gaps else None,
        "cpu_percent": cpu_percent,
        "gui_thread_cpu_percent": gui_cpu_percent,
        "ttff_ms_p50": round(statistics.median(ttff.values()), 1) if ttff else None,
        "decoder": ", ".join(decoders),
        "player_states": states,
        "output_size": output,
        "elapsed": elapsed,
    }


# -- phase 2: decode-only ------------------------------------------------------------------------------------


def run_decode_only(clip: Path, streams: int, seconds: float, warmup: float,
                    output_size: tuple[int, int]) -> dict[str, Any]:
    from console.video import StreamPlayer

    players = [StreamPlayer(str(clip), name=f"bench-decode-{i:02d}", output_size=output_size,
                            options={"loop": "1", "realtime": "0"}) for i in range(streams)]
    stop = threading.Event()
    taken = [0]

    def consume() -> None:
        while not stop.is_set():
            got = 0
            for player in players:
                if player.slot.take() is not None:
                    got += 1
            taken[0] += got
            if not got:
                time.sleep(0.001)

    consumer = threading.Thread(target=consume, name="bench-decode-consumer")
    try:
        for player in players:
            player.start()
        consumer.start()
        time.sleep(warmup)
        decoded0 = [p.stats().frames_decoded for p in players]
        taken0 = taken[0]
        cpu = _CpuWindow()
        started = time.monotonic()
        time.sleep(seconds)
        elapsed = time.monotonic() - started
        cpu_percent = cpu.percent()
        decoded = sum(p.stats().frames_decoded - d0 for p, d0 in zip(players, decoded0, strict=True))
        consumed = taken[0] - taken0
    finally:
        stop.set()
        if consumer.ident is not None:
            consumer.join()
        for player in players:
            player.request_stop()
        for player in players:
            player.stop()
    return {"decode_only_fps": round(decoded / elapsed, 1), "decode_only_taken_fps": round(consumed / elapsed, 1),
            "decode_only_cpu_percent": cpu_percent}


# -- phase 3: raw PyAV decode --------------------------------------------------------------------------------


def run_raw(clip: Path, streams: int, seconds: float, warmup: float) -> dict[str, Any]:
    """Raw FFmpeg software decode of the same clip, one thread per stream: the yardstick (bench decode's loop)."""
    from console.video.bench_decode import run_raw as raw_decode

    raw = raw_decode(clip, streams, seconds, warmup, None)
    if raw["errors"]:
        raise RuntimeError(f"raw decode failed: {raw['errors'][0]}")
    return {"raw_decode_fps": raw["fps"], "raw_cpu_percent": raw["cpu_percent"]}


# -- the command ---------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qala-console bench wall",
                                     description="Video wall capacity test: displayed vs decode-only vs raw FFmpeg fps")
    parser.add_argument("--streams", type=int, default=16, help="number of 720p25 H.264 streams (default 16)")
    parser.add_argument("--seconds", type=float, default=10.0, help="measured seconds per phase (default 10)")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds before measuring, per phase (default 2)")
    parser.add_argument("--paced", action="store_true",
                        help="play at the clip's 25 fps instead of flat out; reports per-tile fps and late frames")
    parser.add_argument("--clip-seconds", type=float, default=10.0, help="length of the synthetic clip (default 10)")
    parser.add_argument("--clip", metavar="FILE", help="use this H.264 file instead of the synthetic clip")
    parser.add_argument("--rounds", type=int, default=2,
                        help="interleaved rounds of the phases, averaged (default 2; see the module doc)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


# how each per-round figure is combined over the rounds
_MEAN = ("displayed_fps", "wall_decoded_fps", "per_tile_fps_mean", "cpu_percent", "gui_thread_cpu_percent",
         "decode_only_fps", "decode_only_taken_fps", "decode_only_cpu_percent", "raw_decode_fps", "raw_cpu_percent",
         "decode_to_show_ms_p50", "gui_timer_gap_ms_p50", "ttff_ms_p50")
_MIN = ("per_tile_fps_min",)
_MAX = ("decode_to_show_ms_p99", "gui_timer_gap_ms_p99", "gui_timer_gap_ms_max")
_SUM = ("slot_dropped_frames", "late_frames_shown_over_1_interval_after_decode")


def combine_rounds(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """One result from several rounds' results (the last round's for everything not combined)."""
    result = dict(rounds[-1])
    for key in result:
        values = [r[key] for r in rounds if r.get(key) is not None]
        if not values:
            continue
        if key in _MEAN:
            result[key] = round(statistics.fmean(values), 1)
        elif key in _MIN:
            result[key] = min(values)
        elif key in _MAX:
            result[key] = max(values)
        elif key in _SUM:
            result[key] = sum(values)
    if "per_tile_fps" in result:  # per tile, averaged over the rounds
        result["per_tile_fps"] = [round(statistics.fmean(v), 2) for v in zip(*(r["per_tile_fps"] for r in rounds),
                                                                             strict=True)]
    return result


def run(args: argparse.Namespace) -> dict[str, Any]:
    import psutil

    from widgets.video_wall import GIL_SWITCH_INTERVAL_S

    if args.streams < 1 or args.seconds <= 0 or args.warmup < 0 or args.rounds < 1:
        raise SystemExit("qala-console bench wall: --streams ≥ 1, --seconds > 0, --warmup ≥ 0, --rounds ≥ 1")
    clip = Path(args.clip) if args.clip else make_clip(args.clip_seconds)
    switch = sys.getswitchinterval()
    # every phase runs with the switch interval the wall sets, so they compare like with like
    sys.setswitchinterval(min(switch, GIL_SWITCH_INTERVAL_S))
    rounds: list[dict[str, Any]] = []
    try:
        for _ in range(args.rounds):
            one = run_wall(clip, args.streams, args.seconds, args.warmup, args.paced)
            if not args.paced:
                one.update(run_decode_only(clip, args.streams, args.seconds, args.warmup, one["output_size"]))
            one.update(run_raw(clip, args.streams, args.seconds, min(args.warmup, 1.0)))
            rounds.append(one)
    finally:
        sys.setswitchinterval(switch)
    combined = combine_rounds(rounds)
    result: dict[str, Any] = {
        "benchmark": "wall",
        "mode": "paced" if args.paced else "saturated",
        "streams": args.streams,
        "seconds": args.seconds,
        "rounds": args.rounds,
        "warmup_seconds": args.warmup,
        "clip": f"{CLIP_WIDTH}x{CLIP_HEIGHT}p{CLIP_FPS} h264, 1 s GOP",
        "cpu_count": psutil.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }
    combined.pop("output_size")
    combined.pop("elapsed")
    result.update(combined)
    displayed, raw_fps = result["displayed_fps"], result["raw_decode_fps"]
    if not args.paced:
        decode_fps = result["decode_only_fps"]
        result["efficiency"] = round(displayed / decode_fps, 3) if decode_fps else 0.0
        result["efficiency_rounds"] = [round(r["displayed_fps"] / r["decode_only_fps"], 3) if r["decode_only_fps"]
                                       else 0.0 for r in rounds]
        result["efficiency_target"] = 0.85
        result["decode_vs_raw"] = round(decode_fps / raw_fps, 3) if raw_fps else 0.0
        result["late_frames"] = result["slot_dropped_frames"]
        result["late_frames_definition"] = ("saturated: frames decoded but replaced in the latest-frame slot "
                                            "before the wall took them (slot drops)")
    else:
        result["late_frames"] = result["late_frames_shown_over_1_interval_after_decode"] + result[
            "slot_dropped_frames"]
        result["late_frames_definition"] = ("paced: frames shown more than one frame interval (40 ms) after "
                                            "decode, plus frames dropped in the slot unshown, after warm-up")
        result["target_per_tile_fps"] = float(CLIP_FPS)
        result["target_met"] = result["per_tile_fps_min"] >= CLIP_FPS * 0.98 and result["late_frames"] == 0
    result["displayed_vs_raw"] = round(displayed / raw_fps, 3) if raw_fps else 0.0
    return result


def summary(result: dict[str, Any]) -> str:
    lines = [f"Video wall benchmark ({result['mode']}): {result['streams']} × {result['clip']}, "
             f"grid {result['grid']} in {result['window']} on {result['platform']}, "
             f"{result['seconds']:g} s measured after {result['warmup_seconds']:g} s warm-up, "
             f"{result['rounds']} interleaved round(s)",
             f"  decoder              {result['decoder']}  (tiles get {result['tile_output_size']} BGRA)",
             f"  displayed            {result['displayed_fps']:.1f} frames/s "
             f"(per tile min {result['per_tile_fps_min']:.1f}, mean {result['per_tile_fps_mean']:.1f})",
             f"  decoded in the wall  {result['wall_decoded_fps']:.1f} frames/s"]
    if result["mode"] == "saturated":
        lines += [f"  decode-only          {result['decode_only_fps']:.1f} frames/s",
                  f"  wall efficiency      {result['efficiency']:.3f}  (target ≥ {result['efficiency_target']}; "
                  f"rounds {', '.join(f'{e:.3f}' for e in result['efficiency_rounds'])})"]
    lines += [f"  raw FFmpeg decode    {result['raw_decode_fps']:.1f} frames/s",
              f"  displayed ÷ raw      {result['displayed_vs_raw']:.3f}"]
    if result["mode"] == "saturated":
        lines.append(f"  decode-only ÷ raw    {result['decode_vs_raw']:.3f}")
    lines += [f"  late frames          {result['late_frames']}  ({result['late_frames_definition']})",
              f"  decode → show        p50 {result['decode_to_show_ms_p50']} ms, p99 {result['decode_to_show_ms_p99']} ms",
              f"  GUI 10 ms timer gap  p50 {result['gui_timer_gap_ms_p50']} ms, p99 {result['gui_timer_gap_ms_p99']} ms, "
              f"max {result['gui_timer_gap_ms_max']} ms",
              f"  CPU                  {result['cpu_percent']:.0f} % of one core ({result['cpu_count']} cores; "
              f"load {result['load_average_1m']}); GUI thread {result['gui_thread_cpu_percent']:.0f} %",
              f"  time to first frame  p50 {result['ttff_ms_p50']} ms"]
    if result["mode"] == "paced":
        lines.append(f"  target              {result['target_per_tile_fps']:.0f} fps per tile, 0 late: "
                     + ("met" if result["target_met"] else "NOT met"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        result = run(args)
    except RuntimeError as exc:
        print(f"bench wall: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result) if args.json else summary(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
