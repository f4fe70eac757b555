"""One live H.264 MPEG-TS stream of a synthetic camera: encoded in its own thread only while someone watches.

The encoder thread paints and encodes; the MPEG-TS bytes go to the server's asyncio loop, which keeps the
current GOP (from its IDR frame) so a client that joins mid-GOP gets a burst it can decode at once.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import av

from console.sim.frame_painter import FramePainter
from console.sim.scene import CameraScene

log = logging.getLogger(__name__)

FRAME_MS = 40
FPS = 25
IDLE_STOP_S = 5.0
CLIENT_BACKLOG_BYTES = 8 * 1024 * 1024  # a client this far behind (several seconds of video) is dropped


class _TsWriter:
    """File-like sink for the muxer: hands each flushed write to a callback."""

    def __init__(self, sink) -> None:
        self._sink = sink
        self.keyframe = False

    def write(self, data: bytes) -> int:
        # a big keyframe arrives in several writes: only the first one starts a new GOP
        self._sink(bytes(data), self.keyframe)
        self.keyframe = False
        return len(data)

    def flush(self) -> None:
        pass


class StreamClient:
    """A reader of one stream: an asyncio queue of TS chunks, closed with a reason if it falls behind."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.backlog = 0
        self.dropped_reason = ""

    def push(self, chunk: bytes) -> None:
        if self.dropped_reason:
            return
        self.backlog += len(chunk)
        if self.backlog > CLIENT_BACKLOG_BYTES:
            self.dropped_reason = "client too slow"
            self.queue.put_nowait(None)
            return
        self.queue.put_nowait(chunk)

    def taken(self, chunk: bytes) -> None:
        self.backlog -= len(chunk)


class LiveEncoder:
    """Encodes camera `number` at `width`×`height`; PTS = capture time in unix ms × 90 (clock pts-unix90k)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, scene: CameraScene, name: str, width: int, height: int,
                 label: str, painter: Any = None, klv: Callable[[int], bytes] | None = None) -> None:
        self._painter = painter  # paints(t_ms) -> I420 instead of the street scene (the drone)
        self._klv = klv  # t_ms -> a KLV packet muxed with every frame as a data stream
        self._loop = loop
        self._scene = scene
        self._name = name
        self.width, self.height = width, height
        self.label = label
        self._clients: set[StreamClient] = set()
        self._gop: list[bytes] = []
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._idle_handle: asyncio.TimerHandle | None = None
        self.frames_encoded = 0
        self.frames_skipped = 0

    # -- loop side -----------------------------------------------------------------------------------------

    def subscribe(self) -> StreamClient:
        client = StreamClient()
        if self._gop:
            for chunk in self._gop:
                client.push(chunk)
        self._clients.add(client)
        if self._idle_handle is not None:
            self._idle_handle.cancel()
            self._idle_handle = None
        if self._thread is None or not self._thread.is_alive():
            self._start_thread()
        return client

    def unsubscribe(self, client: StreamClient) -> None:
        self._clients.discard(client)
        if not self._clients and self._idle_handle is None:
            self._idle_handle = self._loop.call_later(IDLE_STOP_S, self._stop_if_idle)

    def _stop_if_idle(self) -> None:
        self._idle_handle = None
        if not self._clients:
            self.stop()

    def _on_chunk(self, chunk: bytes, keyframe: bool) -> None:
        if keyframe:
            self._gop = []
        if self._gop or keyframe:
            self._gop.append(chunk)
        for client in tuple(self._clients):
            client.push(chunk)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def clients(self) -> int:
        return len(self._clients)

    def close_clients(self) -> None:
        """End every reader's stream (server shutdown): their handlers return instead of waiting forever."""
        for client in tuple(self._clients):
            client.queue.put_nowait(None)

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)
        self._gop = []

    # -- encoder thread ------------------------------------------------------------------------------------

    def _start_thread(self) -> None:
        self._stop.clear()
        self._gop = []
        self._thread = threading.Thread(target=self._run, name=f"encode-{self._name}", daemon=True)
        self._thread.start()

    def _emit(self, chunk: bytes, keyframe: bool) -> None:
        try:
            self._loop.call_soon_threadsafe(self._on_chunk, chunk, keyframe)
        except RuntimeError:
            self._stop.set()  # the loop is closed: the server is shutting down

    def _run(self) -> None:
        try:
            self._encode_loop()
        except Exception:
            log.exception("encoder %s failed", self._name)

    def _encode_loop(self) -> None:
        writer = _TsWriter(self._emit)
        # PAT/PMT before every frame (~9 KB/s): any keyframe chunk is a clean starting point for a new client
        container = av.open(writer, mode="w", format="mpegts",
                            container_options={"flush_packets": "1", "mpegts_flags": "pat_pmt_at_frames"})
        stream = container.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = self.width, self.height, "yuv420p"
        ctx = stream.codec_context
        ctx.time_base = Fraction(1, FPS)
        ctx.gop_size = FPS
        ctx.thread_count = 1
        ctx.options = {"preset": "ultrafast", "tune": "zerolatency",
                       "x264-params": f"keyint={FPS}:min-keyint={FPS}:scenecut=0:bframes=0:repeat-headers=1"}
        painter = FramePainter(self._scene.number, self.label, self.width, self.height)
        klv_stream = container.add_data_stream("klv") if self._klv is not None else None
        try:
            tick = int(time.time() * 1000) // FRAME_MS + 1
            while not self._stop.is_set():
                delay = tick * FRAME_MS / 1000 - time.time()
                if delay > 0:
                    self._stop.wait(delay)
                    continue
                late_ticks = int(-delay * 1000) // FRAME_MS
                if late_ticks > 0:  # behind: skip frames rather than drift from the wall clock
                    self.frames_skipped += late_ticks
                    tick += late_ticks
                t_ms = tick * FRAME_MS
                if self._painter is not None:
                    image = self._painter.paint(t_ms)
                else:
                    image = painter.paint(t_ms, self._scene.objects_at(t_ms))
                frame = av.VideoFrame.from_ndarray(image, format="yuv420p")
                frame.pts = tick  # time base 1/25 s: the muxer writes tick × 3600 = t_ms × 90 (mod 2^33)
                for packet in stream.encode(frame):
                    writer.keyframe = packet.is_keyframe
                    container.mux(packet)
                if klv_stream is not None and self._klv is not None:
                    data = av.Packet(self._klv(t_ms))
                    data.stream = klv_stream
                    data.time_base = Fraction(1, 90000)
                    data.pts = data.dts = t_ms * 90  # the frame's own capture time: the HUD syncs on it
                    container.mux(data)
                self.frames_encoded += 1
                tick += 1
        finally:
            try:
                container.close()
            except Exception:  # noqa: BLE001 - closing a half-written muxer must not mask the real error
                log.debug("closing muxer of %s failed", self._name, exc_info=True)
