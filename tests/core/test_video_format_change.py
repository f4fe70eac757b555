"""Streams that change resolution or codec mid-way: played on, never a crash, the operator sees the reason."""

import io
import threading
import time
from fractions import Fraction

import av
import numpy as np
import pytest

from console.video import StreamPlayer, StreamState
from tests.core.video_fixtures import TsServer, frame_times, make_ts, now_ms


def encode_ts(codec: str, times_ms: list[int], width: int, height: int) -> bytes:
    """MPEG-TS of `codec` whose frame k has PTS times_ms[k] × 90 (a camera's capture clock)."""
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="mpegts", options={"mpegts_copyts": "1"}) as out:
        options = {"x265-params": "log-level=none:keyint=25"} if codec == "libx265" else {"g": "25", "bf": "0"}
        stream = out.add_stream(codec, rate=25, options=options)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.time_base = Fraction(1, 90000)
        for index, t in enumerate(times_ms):
            image = np.full((height, width, 3), (index * 9) % 255, np.uint8)
            frame = av.VideoFrame.from_ndarray(image, format="rgb24")
            frame.pts = t * 90
            frame.time_base = Fraction(1, 90000)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buffer.getvalue()


@pytest.fixture
def server():
    ts = TsServer()
    yield ts
    ts._server.closing.set()
    ts._server.shutdown()
    ts._server.server_close()


def _collect(player: StreamPlayer, until, timeout: float) -> list:
    frames, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline and not until(frames):
        frame = player.slot.wait(0.2)
        if frame is not None:
            frames.append(frame)
    return frames


def test_resolution_change_in_a_file_plays_on_at_the_new_size(tmp_path):
    start = now_ms()
    path = tmp_path / "sizes.ts"
    path.write_bytes(make_ts(frame_times(start, 50), 320, 180) + make_ts(frame_times(start + 2000, 50), 640, 360))
    player = StreamPlayer(str(path), name="sizes", options={"realtime": "0"})
    player.start()
    try:
        frames = _collect(player, lambda f: player.state is StreamState.STOPPED and not player.slot.peek(), 30)
    finally:
        player.request_stop()
        assert player.join(5)
    sizes = [(f.source_width, f.source_height) for f in frames]
    assert (320, 180) in sizes and (640, 360) in sizes
    assert sizes.index((640, 360)) > sizes.index((320, 180))
    assert player.reason == "end of file"


def test_live_camera_switching_codec_is_reopened_and_plays_the_new_codec(server):
    start = now_ms()
    h264 = encode_ts("libx264", frame_times(start, 50), 320, 180)
    hevc_times = frame_times(start + 2000, 150)
    hevc = encode_ts("libx265", hevc_times, 320, 180)
    connections: list[int] = []
    lock = threading.Lock()

    def serve(handler) -> None:
        with lock:
            connections.append(len(connections))
            first = len(connections) == 1
        handler.start_ts()
        # first connection: H.264, then the camera is reconfigured to H.265 on the same connection
        handler.write_chunk(h264 + hevc if first else hevc)
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline and not handler.server.closing.is_set():
            time.sleep(0.05)
        handler.wfile.write(b"0\r\n\r\n")

    url = server.add("/cam/switch.ts", serve)
    states: list[tuple[StreamState, str]] = []
    player = StreamPlayer(url, name="switch", max_backoff=0.2, on_state=lambda st, why: states.append((st, why)))
    player.start()
    try:
        frames = _collect(player, lambda f: player.stats().codec == "hevc" and len(f) >= 10, 40)
        stats = player.stats()
    finally:
        player.request_stop()
        assert player.join(5)
    assert stats.codec == "hevc", stats.as_dict()
    assert stats.reconnects >= 1 and len(connections) >= 2
    # reopened because the packets stopped decoding, named so for the operator (not a generic stall)
    assert any(st is StreamState.RECONNECTING and "stream changed format" in why for st, why in states), states
    assert any(f.source_width == 320 for f in frames)
