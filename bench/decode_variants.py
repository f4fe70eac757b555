"""Where one process's hardware-decoding ceiling lies: raw PyAV decode of one clip in N threads, three ways.

    python bench/decode_variants.py CLIP THREADS SECONDS software cuda-download cuda-on-gpu

- software: FFmpeg's H.264 decoder on the CPU, single-threaded per stream (the wall's way without a GPU);
- cuda-download: NVDEC, each frame copied back to system memory (what the console does today);
- cuda-on-gpu: NVDEC, frames left on the GPU (the upper bound for a GPU-side renderer).

All CUDA decoders share the GPU's primary context, as the console's do. Prints one JSON line per variant.
"""

from __future__ import annotations

import json
import sys
import threading
import time

import av
from av.codec.hwaccel import HWAccel

VARIANTS = ("software", "cuda-download", "cuda-on-gpu")
WARMUP_S = 2.0


def measure(clip: str, threads: int, seconds: float, variant: str) -> dict[str, object]:
    counts = [0] * threads
    notes: list[str] = []
    stop = threading.Event()

    def decode(slot: int) -> None:
        try:
            while not stop.is_set():
                hwaccel = None
                if variant != "software":
                    hwaccel = HWAccel("cuda", allow_software_fallback=False, options={"primary_ctx": "1"},
                                      is_hw_owned=variant == "cuda-on-gpu")
                with av.open(clip, hwaccel=hwaccel) as container:
                    stream = container.streams.video[0]
                    stream.codec_context.thread_count = 1
                    for frame in container.decode(stream):
                        if slot == 0 and counts[0] == 0:
                            notes.append(f"frames are {frame.width}x{frame.height} {frame.format.name}")
                        counts[slot] += 1
                        if stop.is_set():
                            return
        except Exception as exc:  # reported in the line, the other threads go on
            notes.append(f"{type(exc).__name__}: {exc}")

    pool = [threading.Thread(target=decode, args=(i,), name=f"variant-{i:03d}") for i in range(threads)]
    for thread in pool:
        thread.start()
    time.sleep(WARMUP_S)
    before, started = sum(counts), time.monotonic()
    time.sleep(seconds)
    fps = (sum(counts) - before) / (time.monotonic() - started)
    stop.set()
    for thread in pool:
        thread.join(10)
    return {"variant": variant, "threads": threads, "fps": round(fps, 1), "notes": sorted(set(notes))[:3]}


def main(argv: list[str]) -> int:
    if len(argv) < 4 or any(v not in VARIANTS for v in argv[3:]):
        print(__doc__, file=sys.stderr)
        return 2
    clip, threads, seconds = argv[0], int(argv[1]), float(argv[2])
    for variant in argv[3:]:
        print(json.dumps(measure(clip, threads, seconds, variant)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
