"""`qala-console bench decode`: how many camera streams one console process decodes at full rate.

For district IT sizing a workstation, and the proof that hardware decoding works on it. Qt-free: it runs the
video engine alone (StreamPlayer: demux → decode → tile-sized BGRA → latest-frame slot, with a reader taking
the frames as the wall would), so it runs on a headless GPU server too.

1. capacity ramp: N players of a synthetic H.264 clip (default 1080p25) played at their own rate, for N in
   `--counts` (ascending, stopping after the first N that fails). N holds "at full rate" when every stream
   decodes ≥ 98 % of the clip's fps after the warm-up, none has failed, and, when hardware was asked for,
   every stream really decodes on it. `streams_at_full_rate` is the largest such N.
2. saturated: `--saturate` players flat out, total frames per second.
3. raw FFmpeg yardsticks in the same run: PyAV decode of the same clip in the same number of threads with
   the same decoder, no conversion, no player; ratios are printed against them.

`--decoder cuda` (or another device by name) refuses to fall back (a stream that cannot use the GPU fails and the step fails); `auto`
uses the GPU where it works; `software` never does. With `--compare-software` the ramp runs again on the
CPU so the two can be read side by side. On NVIDIA machines it samples `nvidia-smi` for the decoder engine's
load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from console.video.hwaccel import DECODER_REQUESTS, HARDWARE_DEVICES

FULL_RATE_SHARE = 0.98  # a stream holds full rate at ≥ 98 % of its clip's fps
DEFAULT_COUNTS = "8,16,32,48,64,96,128"


# -- measuring helpers --------------------------------------------------------------------------------------


class _Cpu:
    """This process's CPU over a window, in % of one core."""

    def __init__(self) -> None:
        import psutil

        self._process = psutil.Process()
        times = self._process.cpu_times()
        self._cpu, self._at = times.user + times.system, time.monotonic()

    def percent(self) -> float:
        times = self._process.cpu_times()
        return round(100.0 * (times.user + times.system - self._cpu) / max(time.monotonic() - self._at, 1e-6), 1)


class _GpuSampler:
    """Samples the NVIDIA decoder engine's and the GPU's load once a second while running (nvidia-smi)."""

    QUERY = "utilization.decoder,utilization.gpu,memory.used"

    def __init__(self) -> None:
        self.tool = shutil.which("nvidia-smi")
        self.samples: list[tuple[float, float, float]] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> _GpuSampler:
        if self.tool:
            self._thread = threading.Thread(target=self._run, name="bench-gpu-sampler", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)

    def _run(self) -> None:
        while not self._stop.wait(1.0):
            sample = gpu_query(self.tool, self.QUERY)
            if sample:
                try:
                    self.samples.append(tuple(float(v) for v in sample.split(",")[:3]))  # type: ignore[arg-type]
                except ValueError:
                    return  # "[N/A]": this GPU does not report it

    def summary(self) -> dict[str, Any]:
        if not self.samples:
            return {}
        dec, gpu, mem = zip(*self.samples, strict=True)
        return {"gpu_decoder_util_pct_mean": round(statistics.fmean(dec), 1), "gpu_decoder_util_pct_max": max(dec),
                "gpu_util_pct_mean": round(statistics.fmean(gpu), 1), "gpu_memory_used_mb_max": max(mem)}


def gpu_query(tool: str | None, query: str) -> str:
    """One line of `nvidia-smi --query-gpu=QUERY` for the first GPU; "" without one."""
    if not tool:
        return ""
    try:
        done = subprocess.run([tool, f"--query-gpu={query}", "--format=csv,noheader,nounits"],
                              capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.strip().splitlines()[0].strip() if done.returncode == 0 and done.stdout.strip() else ""


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, got {text!r}") from None
    if width < 16 or height < 16 or width % 2 or height % 2:
        raise argparse.ArgumentTypeError(f"sizes must be even and at least 16x16, got {text!r}")
    return width, height


def _parse_counts(text: str) -> list[int]:
    try:
        counts = sorted({int(v) for v in text.split(",") if v.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers separated by commas, got {text!r}") from None
    if not counts or counts[0] < 1:
        raise argparse.ArgumentTypeError("counts must be at least 1")
    return counts


# -- phase 1 and 2: the engine ------------------------------------------------------------------------------


def run_players(clip: Path, count: int, decoder: str, output_size: tuple[int, int], seconds: float,
                warmup: float, paced: bool, fps: float) -> dict[str, Any]:
    """`count` players of `clip`, paced at its rate or flat out, with one reader taking frames as a wall
    does; per-stream decode rate over `seconds` after `warmup`."""
    from console.video.player import StreamPlayer

    players = [StreamPlayer(str(clip), name=f"bench-{decoder}-{i:03d}", decoder=decoder, output_size=output_size,
                            options={"loop": "1", "realtime": "1" if paced else "0"}) for i in range(count)]
    stop = threading.Event()
    taken = [0]

    def read() -> None:
        while not stop.is_set():
            got = 0
            for player in players:
                if player.slot.take() is not None:
                    got += 1
            taken[0] += got
            if not got:
                time.sleep(0.002)

    reader = threading.Thread(target=read, name="bench-reader")
    started_at = time.monotonic()
    try:
        for player in players:
            player.start()
        reader.start()
        deadline = started_at + warmup + 30.0  # a GPU context per stream can take a while to open
        while time.monotonic() < deadline and time.monotonic() - started_at < warmup:
            time.sleep(0.05)
        while time.monotonic() < deadline and any(p.stats().frames_decoded == 0 and p.state.value != "failed"
                                                  for p in players):
            time.sleep(0.05)
        opened_s = time.monotonic() - started_at
        decoded0 = [p.stats().frames_decoded for p in players]
        dropped0 = [p.slot.dropped for p in players]
        taken0 = taken[0]
        cpu = _Cpu()
        with _GpuSampler() as gpu:
            begun = time.monotonic()
            time.sleep(seconds)
            elapsed = time.monotonic() - begun
        cpu_percent = cpu.percent()
        stats = [p.stats() for p in players]
        dropped = sum(p.slot.dropped - d for p, d in zip(players, dropped0, strict=True))
        consumed = taken[0] - taken0
    finally:
        stop.set()
        for player in players:
            player.request_stop()
        for player in players:
            player.join(5.0)
        if reader.ident is not None:
            reader.join()
    per_stream = [(s.frames_decoded - d0) / elapsed for s, d0 in zip(stats, decoded0, strict=True)]
    ttff = [s.ttff_ms for s in stats if s.ttff_ms is not None]
    decoders: dict[str, int] = {}
    for s in stats:
        decoders[s.decoder] = decoders.get(s.decoder, 0) + 1
    failed = [f"{s.name}: {s.reason}" for s in stats if s.state == "failed"]
    notes = sorted({s.decoder_note for s in stats if s.decoder_note})
    hardware = sum(n for label, n in decoders.items() if not label.endswith("(software)"))
    result: dict[str, Any] = {
        "streams": count,
        "mode": "paced" if paced else "saturated",
        "total_fps": round(sum(per_stream), 1),
        "per_stream_fps_min": round(min(per_stream), 2),
        "per_stream_fps_mean": round(statistics.fmean(per_stream), 2),
        "frames_taken_fps": round(consumed / elapsed, 1),
        "slot_dropped_frames": dropped,
        "decoders": decoders,
        "hardware_streams": hardware,
        "decoder_notes": notes[:3],
        "failed": failed[:3],
        "failed_count": len(failed),
        "errors": sum(s.errors for s in stats),
        "ttff_ms_p50": round(statistics.median(ttff), 1) if ttff else None,
        "ttff_ms_max": round(max(ttff), 1) if ttff else None,
        "seconds_to_all_first_frames": round(opened_s, 2),
        "cpu_percent": cpu_percent,
        "cpu_percent_per_stream": round(cpu_percent / count, 2),
        **gpu.summary(),
    }
    if paced:
        result["full_rate"] = (result["per_stream_fps_min"] >= FULL_RATE_SHARE * fps and not failed
                               and (decoder not in HARDWARE_DEVICES or hardware == count))
    return result


# -- phase 3: raw FFmpeg ------------------------------------------------------------------------------------


def run_raw(clip: Path, threads: int, seconds: float, warmup: float, device: str | None) -> dict[str, Any]:
    """PyAV decode of `clip` in `threads` threads, single-threaded codec, no conversion: the yardstick.
    With `device` ("cuda") the decoder runs on it and refuses to fall back."""
    import av
    from av.codec.hwaccel import HWAccel

    from console.video.hwaccel import device_options

    stop = threading.Event()
    counts = [0] * threads
    errors: list[str] = []

    def decode(slot: int) -> None:
        try:
            while not stop.is_set():
                hwaccel = (HWAccel(device, allow_software_fallback=False, options=device_options(device))
                           if device else None)
                with av.open(str(clip), hwaccel=hwaccel) as container:
                    container.streams.video[0].codec_context.thread_count = 1
                    for _frame in container.decode(video=0):
                        counts[slot] += 1
                        if stop.is_set():
                            return
        except Exception as exc:  # reported, not raised: the other threads' figures still count
            errors.append(f"{type(exc).__name__}: {exc}")

    pool = [threading.Thread(target=decode, args=(i,), name=f"bench-raw-{i:03d}") for i in range(threads)]
    try:
        for thread in pool:
            thread.start()
        time.sleep(warmup)
        before = sum(counts)
        cpu = _Cpu()
        started = time.monotonic()
        time.sleep(seconds)
        elapsed = time.monotonic() - started
        cpu_percent = cpu.percent()
        frames = sum(counts) - before
    finally:
        stop.set()
        for thread in pool:
            if thread.ident is not None:
                thread.join()
    return {"threads": threads, "device": device or "software", "fps": round(frames / elapsed, 1),
            "cpu_percent": cpu_percent, "errors": errors[:3]}


# -- the command --------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qala-console bench decode",
                                     description="Decode capacity: streams held at full rate, hardware or software")
    parser.add_argument("--decoder", choices=DECODER_REQUESTS, default="auto",
                        help="what decodes (default auto: a hardware decoder where one works)")
    parser.add_argument("--size", type=_parse_size, default=(1920, 1080), help="clip size (default 1920x1080)")
    parser.add_argument("--fps", type=int, default=25, help="clip frame rate (default 25)")
    parser.add_argument("--output", type=_parse_size, default=(480, 270),
                        help="BGRA size each stream is converted to, as for a wall tile (default 480x270)")
    parser.add_argument("--counts", type=_parse_counts, default=_parse_counts(DEFAULT_COUNTS),
                        help=f"stream counts of the ramp (default {DEFAULT_COUNTS})")
    parser.add_argument("--seconds", type=float, default=8.0, help="measured seconds per step (default 8)")
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds before measuring (default 3)")
    parser.add_argument("--saturate", type=int, default=0,
                        help="players run flat out in the saturated phase (default: the last count that held)")
    parser.add_argument("--cuda-context", choices=("shared", "per-stream"), default="shared",
                        help="one CUDA context for all streams (the console's way, default) or one per stream")
    parser.add_argument("--compare-software", action="store_true", help="run the ramp again with software decoding")
    parser.add_argument("--clip-seconds", type=float, default=10.0, help="length of the synthetic clip (default 10)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def _ramp(clip: Path, args: argparse.Namespace, decoder: str) -> tuple[list[dict[str, Any]], int]:
    steps: list[dict[str, Any]] = []
    held = 0
    for count in args.counts:
        step = run_players(clip, count, decoder, args.output, args.seconds, args.warmup, True, args.fps)
        steps.append(step)
        print(f"bench decode: {decoder} {count} streams: min {step['per_stream_fps_min']} fps/stream, "
              f"{step['decoders']}, CPU {step['cpu_percent']} %, "
              f"{'full rate' if step['full_rate'] else 'NOT full rate'}", file=sys.stderr, flush=True)
        if not step["full_rate"]:
            break
        held = count
    return steps, held


def run(args: argparse.Namespace) -> dict[str, Any]:
    import psutil

    from console.video import hwaccel
    from console.video.bench_clip import make_clip

    if args.seconds <= 0 or args.warmup < 0 or args.fps < 1 or args.saturate < 0:
        raise SystemExit("qala-console bench decode: --seconds > 0, --warmup ≥ 0, --fps ≥ 1, --saturate ≥ 0")
    if args.cuda_context == "per-stream":
        hwaccel.CUDA_DEVICE_OPTIONS = {}
    width, height = args.size
    clip = make_clip(width, height, args.fps, args.clip_seconds)
    tool = shutil.which("nvidia-smi")
    result: dict[str, Any] = {
        "benchmark": "decode",
        "clip": f"{width}x{height}p{args.fps} h264, 1 s GOP, {args.clip_seconds:g} s looped",
        "output": f"{args.output[0]}x{args.output[1]} BGRA per stream",
        "decoder_requested": args.decoder,
        "full_rate_means": f"every stream ≥ {FULL_RATE_SHARE:.0%} of {args.fps} fps, none failed"
                           + (", all on the GPU" if args.decoder in HARDWARE_DEVICES else ""),
        "cpu_count": psutil.cpu_count(),
        "gpu": gpu_query(tool, "name,driver_version,memory.total") or None,
        "cuda_context": args.cuda_context,
        "hwaccel": hwaccel.hwaccel_report(),
    }
    steps, held = _ramp(clip, args, args.decoder)
    result["steps"] = steps
    result["streams_at_full_rate"] = held
    result["decoder"] = ", ".join(sorted(steps[-1]["decoders"])) if steps else ""
    if args.compare_software and args.decoder != "software":
        soft_steps, soft_held = _ramp(clip, args, "software")
        result["software_steps"] = soft_steps
        result["software_streams_at_full_rate"] = soft_held
    saturate = args.saturate or held or args.counts[0]
    saturated = run_players(clip, saturate, args.decoder, args.output, args.seconds, args.warmup, False, args.fps)
    result["saturated"] = saturated
    used = [label.rsplit("(", 1)[-1].rstrip(")") for label in saturated["decoders"]]
    device = next((d for d in used if d in HARDWARE_DEVICES), None)
    raw = run_raw(clip, saturate, args.seconds, min(args.warmup, 2.0), device)
    result["raw"] = raw
    result["saturated_vs_raw"] = round(saturated["total_fps"] / raw["fps"], 3) if raw["fps"] else None
    if device:
        raw_cpu = run_raw(clip, saturate, args.seconds, min(args.warmup, 2.0), None)
        result["raw_software"] = raw_cpu
        result["raw_gpu_vs_software"] = round(raw["fps"] / raw_cpu["fps"], 3) if raw_cpu["fps"] else None
    return result


def summary(result: dict[str, Any]) -> str:
    lines = [f"Decode capacity ({result['clip']} → {result['output']}; {result['cpu_count']} CPU cores; "
             f"GPU: {result['gpu'] or 'none'})",
             f"  decoder asked for    {result['decoder_requested']}; used: {result['decoder']}",
             f"  full rate means      {result['full_rate_means']}"]
    for step in result["steps"]:
        lines.append(f"  {step['streams']:4d} streams         min {step['per_stream_fps_min']:.1f} fps/stream, "
                     f"CPU {step['cpu_percent']:.0f} % ({step['cpu_percent_per_stream']:.1f} %/stream)"
                     + (f", NVDEC load {step['gpu_decoder_util_pct_mean']} %" if "gpu_decoder_util_pct_mean" in step
                        else "") + ("" if step["full_rate"] else "  ← not full rate"))
    lines.append(f"  streams at full rate {result['streams_at_full_rate']}")
    if "software_streams_at_full_rate" in result:
        lines.append(f"  … with software     {result['software_streams_at_full_rate']}")
    saturated, raw = result["saturated"], result["raw"]
    lines += [f"  flat out, {saturated['streams']} streams  {saturated['total_fps']:.0f} frames/s "
              f"(raw FFmpeg {raw['device']}: {raw['fps']:.0f}; ratio {result['saturated_vs_raw']})"]
    if "raw_software" in result:
        lines.append(f"  raw FFmpeg software  {result['raw_software']['fps']:.0f} frames/s "
                     f"(GPU ÷ software {result['raw_gpu_vs_software']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result = run(args)
    print(json.dumps(result) if args.json else summary(result), flush=True)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # a decode thread stuck past every deadline must not keep the process alive
