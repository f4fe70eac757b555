"""Real H.264/MPEG-TS streams and a loopback HTTP server for the video engine tests.

Streams are encoded once per size with libx264 (no B-frames, 1 s GOP) and re-muxed with PTS anchored as
`pts-unix90k` (unix ms × 90, the muxer keeps the low 33 bits), so the tests can check frame times exactly.
"""

from __future__ import annotations

import functools
import io
import queue
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import av
import numpy as np

from console.video.klv import MISB_0601_KEY

FPS = 25
FRAME_MS = 1000 // FPS
PTS_WRAP = 1 << 33
TS_PACKET = 188
_PSI_PIDS = {0x0000, 0x0011, 0x1000}  # PAT, SDT, PMT as FFmpeg's muxer numbers them


@dataclass(frozen=True)
class EncodedClip:
    """One encoded GOP: a small MPEG-TS to take the stream template from, and its packets."""

    template_ts: bytes
    packets: tuple[tuple[bytes, bool], ...]  # (payload, keyframe)
    width: int
    height: int


def _test_image(width: int, height: int, index: int) -> np.ndarray:
    yy, xx = np.mgrid[0:height, 0:width]
    image = np.empty((height, width, 3), np.uint8)
    image[..., 0] = (xx * 255 // max(width - 1, 1)).astype(np.uint8)
    image[..., 1] = (yy * 255 // max(height - 1, 1)).astype(np.uint8)
    image[..., 2] = ((xx + yy + index * 8) % 256).astype(np.uint8)
    bar = (index * width // FPS) % width
    image[:, bar : bar + max(width // 16, 2)] = 255
    return image


@functools.lru_cache(maxsize=8)
def encode_clip(width: int = 320, height: int = 180, frames: int = FPS) -> EncodedClip:
    """Encode `frames` frames (one GOP per second) once; cached per size."""
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="mpegts") as out:
        stream = out.add_stream(
            "libx264",
            rate=FPS,
            options={
                "preset": "ultrafast",
                "tune": "zerolatency",
                "bf": "0",
                "g": str(FPS),
                "keyint_min": str(FPS),
                "sc_threshold": "0",
            },
        )
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        for index in range(frames):
            frame = av.VideoFrame.from_ndarray(_test_image(width, height, index), format="rgb24")
            frame.pts = index
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    data = buffer.getvalue()
    with av.open(io.BytesIO(data)) as source:
        packets = tuple((bytes(p), bool(p.is_keyframe)) for p in source.demux(video=0) if p.size)
    return EncodedClip(data, packets, width, height)


class _ChunkSink:
    def __init__(self) -> None:
        self.chunks: list[bytes] = []

    def write(self, data) -> int:
        self.chunks.append(bytes(data))
        return len(data)


class TsMuxer:
    """Re-muxes a clip's packets into MPEG-TS with chosen PTS; `write_frame` returns the bytes it produced."""

    def __init__(self, clip: EncodedClip, *, klv: bool = False) -> None:
        self.clip = clip
        self._sink = _ChunkSink()
        self._template = av.open(io.BytesIO(clip.template_ts))
        self._out = av.open(
            self._sink,
            "w",
            format="mpegts",
            container_options={"flush_packets": "1"},
            options={"mpegts_copyts": "1"},
        )
        self._video = self._out.add_stream_from_template(self._template.streams.video[0])
        self._klv = self._out.add_data_stream("klv") if klv else None
        self._index = 0

    def write_frame(self, unix_ms: int, payload: bytes | None = None, klv: bytes | None = None) -> bytes:
        start = len(self._sink.chunks)
        data, key = self.clip.packets[self._index % len(self.clip.packets)]
        self._index += 1
        packet = av.Packet(payload if payload is not None else data)
        packet.stream = self._video
        packet.time_base = Fraction(1, 90000)
        packet.pts = packet.dts = unix_ms * 90
        packet.is_keyframe = key and payload is None
        self._out.mux(packet)
        if self._klv is not None and klv is not None:
            data_packet = av.Packet(klv)
            data_packet.stream = self._klv
            data_packet.time_base = Fraction(1, 90000)
            data_packet.pts = data_packet.dts = unix_ms * 90
            self._out.mux(data_packet)
        return b"".join(self._sink.chunks[start:])

    @property
    def next_is_keyframe(self) -> bool:
        return self.clip.packets[self._index % len(self.clip.packets)][1]

    def close(self) -> bytes:
        start = len(self._sink.chunks)
        self._out.close()
        self._template.close()
        return b"".join(self._sink.chunks[start:])


def klv_packet(unix_ms: int) -> bytes:
    """A MISB ST 0601 local set holding only tag 2, the precision time stamp (unix µs)."""
    local_set = bytes([2, 8]) + (unix_ms * 1000).to_bytes(8, "big")
    return MISB_0601_KEY + bytes([len(local_set)]) + local_set


def klv_time_ms(value: bytes) -> int:
    assert value[:2] == bytes([2, 8])
    return int.from_bytes(value[2:10], "big") // 1000


def make_ts(frame_times_ms: list[int], width: int = 320, height: int = 180, *, klv: bool = False) -> bytes:
    """A whole MPEG-TS whose frame k has PTS frame_times_ms[k] × 90 (mod 2^33), with KLV if asked."""
    muxer = TsMuxer(encode_clip(width, height), klv=klv)
    parts = [muxer.write_frame(t, klv=klv_packet(t) if klv else None) for t in frame_times_ms]
    parts.append(muxer.close())
    return b"".join(parts)


def make_data_only_ts(packets: int = 10) -> bytes:
    """An MPEG-TS holding only a KLV data stream: no video to play."""
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="mpegts") as out:
        stream = out.add_data_stream("klv")
        for k in range(packets):
            packet = av.Packet(klv_packet(1_700_000_000_000 + k * FRAME_MS))
            packet.stream = stream
            packet.time_base = Fraction(1, 90000)
            packet.pts = packet.dts = k * FRAME_MS * 90
            out.mux(packet)
    return buffer.getvalue()


def frame_times(start_ms: int, count: int) -> list[int]:
    return [start_ms + k * FRAME_MS for k in range(count)]


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def psi_packets(data: bytes) -> bytes:
    """The PAT/SDT/PMT packets in `data` (what a joining client needs before the first IDR)."""
    out = []
    for offset in range(0, len(data) - TS_PACKET + 1, TS_PACKET):
        packet = data[offset : offset + TS_PACKET]
        if ((packet[1] & 0x1F) << 8 | packet[2]) in _PSI_PIDS:
            out.append(packet)
    return b"".join(out)


class LiveTsSource:
    """A live camera: muxes one frame every 40 ms with PTS = capture unix ms × 90, on its own thread.

    A client that joins gets the PSI and the current GOP first (as the contract says), then live frames.
    `pause()` keeps connections open but silent; `drop_clients()` closes them.
    """

    def __init__(self, width: int = 320, height: int = 180, *, klv: bool = False) -> None:
        self._muxer = TsMuxer(encode_clip(width, height), klv=klv)
        self._lock = threading.Lock()
        self._subscribers: list[queue.SimpleQueue[bytes | None]] = []
        self._psi = b""
        self._gop: list[bytes] = []
        self._running = threading.Event()
        self._running.set()
        self._closed = threading.Event()
        self.sent_ms: list[int] = []
        self._thread = threading.Thread(target=self._run, name="test-live-ts", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        next_at = time.monotonic()
        last = 0
        while not self._closed.is_set():
            if not self._running.is_set():
                self._running.wait(0.05)
                next_at = time.monotonic()
                continue
            captured = max(now_ms(), last + 1)  # the muxer rejects a repeated DTS
            last = captured
            key = self._muxer.next_is_keyframe
            chunk = self._muxer.write_frame(captured, klv=klv_packet(captured))
            with self._lock:
                if not self._psi:
                    self._psi = psi_packets(chunk)
                self._gop = [chunk] if key else [*self._gop, chunk]
                self.sent_ms.append(captured)
                for subscriber in self._subscribers:
                    subscriber.put(chunk)
            next_at += FRAME_MS / 1000
            self._closed.wait(max(0.0, next_at - time.monotonic()))

    def subscribe(self, *, burst: bool = True) -> queue.SimpleQueue[bytes | None]:
        subscriber: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        with self._lock:
            if burst and self._gop:
                subscriber.put(self._psi + b"".join(self._gop))
            self._subscribers.append(subscriber)
        return subscriber

    def unsubscribe(self, subscriber: queue.SimpleQueue[bytes | None]) -> None:
        with self._lock:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def drop_clients(self) -> None:
        with self._lock:
            for subscriber in self._subscribers:
                subscriber.put(None)
            self._subscribers.clear()

    def close(self) -> None:
        self.drop_clients()
        self._closed.set()
        self._thread.join(5)
        self._muxer.close()


Route = Callable[["_Handler"], None]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class names it so
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        route = self.server.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404, "Not Found")
            return
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError, TimeoutError, OSError):
            self.close_connection = True

    def start_ts(self, length: int | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "video/mp2t")
        if length is None:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def write_chunk(self, data: bytes) -> None:
        if data:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int]) -> None:
        super().__init__(address, _Handler)
        self.routes: dict[str, Route] = {}
        self.closing = threading.Event()


class TsServer:
    """A real HTTP server on loopback, in a thread, serving routes that tests register."""

    def __init__(self, port: int = 0) -> None:
        self._server = _Server(("127.0.0.1", port))
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="test-http", daemon=True
        )
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, route: Route) -> str:
        self._server.routes[path] = route
        return self.url(path)

    def add_file(self, path: str, data: bytes) -> str:
        def serve(handler: _Handler) -> None:
            handler.start_ts(len(data))
            handler.wfile.write(data)

        return self.add(path, serve)

    def add_live(self, path: str, source: LiveTsSource, *, burst: bool = True) -> str:
        """Serves `source`; with burst=False a joining client starts mid-GOP (a server without GOP cache)."""
        closing = self._server.closing

        def serve(handler: _Handler) -> None:
            handler.connection.settimeout(5)
            subscriber = source.subscribe(burst=burst)
            handler.start_ts()
            try:
                while not closing.is_set():
                    try:
                        chunk = subscriber.get(timeout=0.05)
                    except queue.Empty:
                        continue
                    if chunk is None:
                        handler.close_connection = True
                        return
                    handler.write_chunk(chunk)
            finally:
                source.unsubscribe(subscriber)

        return self.add(path, serve)

    def add_hang(self, path: str, *, head: bytes = b"") -> str:
        """Answers 200, sends `head` and then nothing until the server closes."""
        closing = self._server.closing

        def serve(handler: _Handler) -> None:
            handler.start_ts()
            handler.write_chunk(head)
            closing.wait()

        return self.add(path, serve)

    def close(self) -> None:
        self._server.closing.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def write_file(directory: Path, name: str, data: bytes) -> Path:
    path = directory / name
    path.write_bytes(data)
    return path


def new_threads_after(before: set[threading.Thread], timeout: float = 5.0) -> list[str]:
    """Names of threads started since `before` that are still alive after waiting up to `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        extra = [t.name for t in threading.enumerate() if t not in before]
        if not extra or time.monotonic() > deadline:
            return extra
        time.sleep(0.02)
