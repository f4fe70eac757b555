"""Probe a stream for a few seconds: what it carries, what decodes it, how fast the first frame comes.

Used by the self-check and from the command line:
    python -m console.video.probe URL [--seconds 3] [--decoder auto]
prints JSON and exits 1 when the answer holds "error". It never hangs: every wait has a hard deadline.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

from console.video.hwaccel import DECODER_REQUESTS, available_hwaccels
from console.video.player import StreamPlayer
from console.video.sources import is_live
from console.video.state import StreamState

_FINISHED = frozenset({StreamState.FAILED, StreamState.STOPPED})
_GRACE_S = 3.0  # on top of the open timeout and the probe time, for the thread to wind down


def probe(url: str, seconds: float, decoder: str = "auto", *, open_timeout: float = 5.0) -> dict[str, object]:
    """Decode `url` for up to `seconds` s (files: as fast as possible) and report.

    Keys: url, streams, decoder, decoder_note, hwaccels, ttff_ms, frames, seconds, fps, errors, last_error,
    state, reason; and "error" when nothing could be decoded or the input failed.
    """
    player = StreamPlayer(
        url,
        name="probe",
        decoder=decoder,
        options={"realtime": "0"},
        open_timeout=open_timeout,
        fatal_tries=1,
        output_size=(64, 36),  # the probe wants decode facts, not pictures
        backpressure=False,  # nobody takes the probe's frames: never wait for a reader
    )
    started = time.monotonic()
    player.start()
    deadline = started + open_timeout + seconds
    first_frame_at: float | None = None
    while time.monotonic() < deadline:
        if player.state in _FINISHED:
            break
        if first_frame_at is None and player.stats().frames_decoded:
            first_frame_at = time.monotonic()
            deadline = min(deadline, first_frame_at + seconds)
        if not is_live(url) or first_frame_at is None:
            time.sleep(0.02)
        else:
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))
    elapsed = time.monotonic() - (first_frame_at or started)
    state, reason = player.state, player.reason  # before stop() turns it into "stopped"
    player.stop(timeout=_GRACE_S)
    stats = player.stats()
    result: dict[str, object] = {
        "url": url,
        "streams": player.streams(),
        "decoder": stats.decoder,
        "decoder_note": stats.decoder_note,
        "hwaccels": available_hwaccels(),
        "ttff_ms": stats.ttff_ms,
        "frames": stats.frames_decoded,
        "seconds": round(elapsed, 3),
        "fps": round(stats.frames_decoded / elapsed, 2) if elapsed > 0 and stats.frames_decoded else 0.0,
        "errors": stats.errors,
        "last_error": stats.last_error,
        "state": state.value,
        "reason": reason,
    }
    if state is StreamState.FAILED:
        result["error"] = reason
    elif stats.frames_decoded == 0:
        result["error"] = stats.last_error or f"no picture within {open_timeout + seconds:.1f} s"
    if not player.join(0):
        result["error"] = "the decode thread did not stop in time"
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m console.video.probe", description=__doc__.splitlines()[0]
    )
    parser.add_argument("url")
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--decoder", choices=DECODER_REQUESTS, default="auto")
    args = parser.parse_args(argv)
    result = probe(args.url, args.seconds, args.decoder)
    print(json.dumps(result, indent=2))
    return 1 if "error" in result else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # a decode thread stuck past every deadline must not keep the process alive
