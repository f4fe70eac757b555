"""UDP and SRT MPEG-TS sources: real datagrams on loopback, and a real SRT link through Haivision's
srt-live-transmit (Debian srt-tools) when FFmpeg has no libsrt of its own."""

from __future__ import annotations

import queue
import socket
import subprocess
import threading
import time

import pytest

from console.video import StreamPlayer, StreamState, srt_gateway
from tests.core.video_fixtures import LiveTsSource

S = StreamState
DATAGRAM = 7 * 188  # seven TS packets, the usual MPEG-TS over UDP payload


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def free_tcp_port() -> int:
    with socket.socket() as probe:  # SRT runs over UDP; a port free for both is what the listener needs
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class UdpSender:
    """Sends a live source's MPEG-TS to host:port as a camera encoder would: 1316-byte datagrams."""

    def __init__(self, source: LiveTsSource, port: int) -> None:
        self._source = source
        self._target = ("127.0.0.1", port)
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="test-udp-sender")
        self._thread.start()

    def _run(self) -> None:
        chunks = self._source.subscribe(burst=False)
        try:
            while not self._stop.is_set():
                try:
                    chunk = chunks.get(timeout=0.1)
                except queue.Empty:
                    continue
                if chunk is None:
                    return
                for offset in range(0, len(chunk), DATAGRAM):
                    self._socket.sendto(chunk[offset:offset + DATAGRAM], self._target)
        finally:
            self._source.unsubscribe(chunks)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._socket.close()


class StateLog:
    def __init__(self) -> None:
        self.entries: list[tuple[float, S, str]] = []
        self._changed = threading.Condition()

    def __call__(self, state: S, reason: str) -> None:
        with self._changed:
            self.entries.append((time.monotonic(), state, reason))
            self._changed.notify_all()

    def wait_for(self, state: S, timeout: float, after: float = 0.0) -> float:
        def seen() -> float | None:
            return next((at for at, s, _ in self.entries if s is state and at > after), None)

        with self._changed:
            self._changed.wait_for(lambda: seen() is not None, timeout)
            at = seen()
        assert at is not None, f"no {state.value} within {timeout} s: {[(s.value, r) for _, s, r in self.entries]}"
        return at


@pytest.fixture
def source():
    live = LiveTsSource()
    yield live
    live.close()


@pytest.fixture
def players():
    made: list[StreamPlayer] = []

    def make(url: str) -> tuple[StreamPlayer, StateLog]:
        log = StateLog()
        player = StreamPlayer(url, clock="pts-unix90k", on_state=log, output_size=(160, 90))
        made.append(player)
        return player, log

    yield make
    for player in made:
        player.stop()


def _frames(player: StreamPlayer, count: int, timeout: float = 10.0) -> list:
    frames, deadline = [], time.monotonic() + timeout
    while len(frames) < count and time.monotonic() < deadline:
        frame = player.slot.wait(0.5)
        if frame is not None:
            frames.append(frame)
    assert len(frames) == count, player.stats()
    return frames


def test_udp_mpegts_plays_with_the_capture_time_of_every_frame(source, players):
    port = free_udp_port()
    player, log = players(f"udp://127.0.0.1:{port}")
    player.start()
    sender = UdpSender(source, port)
    try:
        log.wait_for(S.LIVE, 10)
        frames = _frames(player, 10)
        sent = set(source.sent_ms)
        assert all(frame.frame_time_ms in sent for frame in frames)  # exact: PTS = capture ms × 90
        assert player.live and player.stats().errors == 0
    finally:
        sender.close()


def test_udp_sender_going_quiet_is_stalled_within_a_second_and_comes_back(source, players):
    port = free_udp_port()
    player, log = players(f"udp://127.0.0.1:{port}")
    player.start()
    sender = UdpSender(source, port)
    try:
        log.wait_for(S.LIVE, 10)
        source.pause()
        paused_at = time.monotonic()
        stalled_at = log.wait_for(S.STALLED, 5, after=paused_at)
        assert stalled_at - paused_at <= 1.5  # 1 s watchdog, plus the frame that was in flight
        source.resume()
        resumed_at = time.monotonic()
        live_at = log.wait_for(S.LIVE, 10, after=resumed_at)
        print(f"udp stalled {stalled_at - paused_at:.2f} s after pause, live {live_at - resumed_at:.2f} s after resume")
        assert live_at - resumed_at <= 3.0
    finally:
        sender.close()


class SrtListener:
    """The far end of an SRT link: srt-live-transmit listening for callers, fed by UDP from a camera."""

    def __init__(self, source: LiveTsSource, srt_port: int) -> None:
        program = srt_gateway.relay_program()
        assert program, "srt-live-transmit missing: build/dev.sh installs Debian's srt-tools"
        feed_port = free_udp_port()
        self.process = subprocess.Popen(
            [program, "-q", f"udp://127.0.0.1:{feed_port}", f"srt://127.0.0.1:{srt_port}?mode=listener"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self.sender = UdpSender(source, feed_port)

    def close(self) -> None:
        self.sender.close()
        self.process.terminate()
        self.process.wait(5)


def test_srt_caller_plays_and_survives_the_sender_restarting(source, players):
    srt_port = free_tcp_port()
    far_end = SrtListener(source, srt_port)
    player, log = players(f"srt://127.0.0.1:{srt_port}?latency=120")
    player.start()
    try:
        log.wait_for(S.LIVE, 15)
        frames = _frames(player, 10)
        sent = set(source.sent_ms)
        assert all(frame.frame_time_ms in sent for frame in frames)
        assert player.name == f"srt://127.0.0.1:{srt_port}?latency=120"  # the operator's URL, not the relay's

        far_end.close()  # the drone's uplink goes away ...
        gone_at = time.monotonic()
        log.wait_for(S.STALLED, 5, after=gone_at)
        far_end = SrtListener(source, srt_port)  # ... and comes back
        back_at = time.monotonic()
        live_at = log.wait_for(S.LIVE, 15, after=back_at)
        print(f"srt live again {live_at - back_at:.2f} s after the sender is back; ttff {player.stats().ttff_ms} ms")
        assert live_at - back_at <= 5.0, live_at - back_at
    finally:
        far_end.close()


def test_srt_without_ffmpeg_support_or_relay_fails_saying_what_to_install(players, monkeypatch):
    monkeypatch.setattr(srt_gateway, "ffmpeg_has_srt", lambda: False)
    monkeypatch.setattr(srt_gateway, "relay_program", lambda: None)
    player, log = players("srt://127.0.0.1:9000")
    player.start()
    log.wait_for(S.FAILED, 5)
    assert "apt install srt-tools" in player.reason
