"""StreamPlayer end to end: real H.264 MPEG-TS from files and from an HTTP server on loopback."""

from __future__ import annotations

import random
import sys
import threading
import time

import numpy as np
import psutil
import pytest

from console.video import StreamClock, StreamPlayer, StreamState
from console.video.hwaccel import device_unavailable_reason
from console.video.klv import MISB_0601_KEY
from console.video.priority import DECODE_NICE, current_thread_nice
from tests.core.video_fixtures import (
    PTS_WRAP,
    LiveTsSource,
    TsServer,
    frame_times,
    free_port,
    klv_time_ms,
    make_data_only_ts,
    make_ts,
    new_threads_after,
    now_ms,
    write_file,
)

S = StreamState


class StateLog:
    """on_state recorder that tests can wait on."""

    def __init__(self) -> None:
        self.entries: list[tuple[float, StreamState, str]] = []
        self._changed = threading.Condition()

    def __call__(self, state: StreamState, reason: str) -> None:
        with self._changed:
            self.entries.append((time.monotonic(), state, reason))
            self._changed.notify_all()

    def wait_for(self, state: StreamState, timeout: float, *, after: float = 0.0) -> tuple[float, str]:
        """(monotonic time, reason) of the first entry of `state` at or after `after`."""

        def found():
            return next(((t, r) for t, s, r in self.entries if s is state and t >= after), None)

        with self._changed:
            hit = self._changed.wait_for(found, timeout)
        assert hit, f"no {state.value} within {timeout} s; saw {[(s.value, r) for _, s, r in self.entries]}"
        return hit

    @property
    def states(self) -> list[StreamState]:
        return [s for _, s, _ in self.entries]


class RecordingClock(StreamClock):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.stamps: list[int] = []

    def stamp(self, pts90, arrival_ms=None):
        stamp = super().stamp(pts90, arrival_ms)
        self.stamps.append(stamp)
        return stamp


@pytest.fixture(autouse=True)
def no_thread_left_behind():
    before = set(threading.enumerate())
    yield
    assert new_threads_after(before) == []


@pytest.fixture
def server():
    ts_server = TsServer()
    yield ts_server
    ts_server.close()


@pytest.fixture
def live():
    source = LiveTsSource(320, 180, klv=True)
    yield source
    source.close()


@pytest.fixture
def make_player():
    made: list[tuple[StreamPlayer, StateLog]] = []

    def make(url: str, **kwargs) -> tuple[StreamPlayer, StateLog]:
        log = StateLog()
        player = StreamPlayer(url, on_state=log, **kwargs)
        made.append((player, log))
        return player, log

    yield make
    for player, _ in made:
        player.request_stop()
    for player, _ in made:
        assert player.join(5), f"{player} did not stop"


def _frames(player: StreamPlayer, count: int, timeout: float = 10.0) -> list:
    frames, deadline = [], time.monotonic() + timeout
    while len(frames) < count and time.monotonic() < deadline:
        frame = player.slot.wait(0.5)
        if frame is not None:
            frames.append(frame)
    assert len(frames) == count, f"{len(frames)} of {count} frames; {player.stats()}"
    return frames


def _no_gpu() -> bool:
    return device_unavailable_reason("cuda") is not None


# -- frames, sizes, clocks -----------------------------------------------------------------------------------


def test_http_live_frames_are_tile_sized_bgra_with_recovered_times(server, live, make_player):
    url = server.add_live("/video/cam-01/sub.ts", live)
    player, log = make_player(url, name="cam-01", clock="pts-unix90k", output_size=(160, 90))
    player.start()
    frames = _frames(player, 10)
    for frame in frames:
        assert frame.image.shape == (90, 160, 4) and frame.image.dtype == np.uint8
        assert frame.image.flags.c_contiguous
        assert (frame.width, frame.height, frame.source_width, frame.source_height) == (160, 90, 320, 180)
        assert frame.frame_time_ms in set(live.sent_ms)  # exact: well within 1 ms
    assert [f.seq for f in frames] == sorted({f.seq for f in frames})
    image = frames[-1].image
    assert (image[..., 3] == 255).all()
    # the source's red channel rises left to right and green top to bottom: BGRA puts them at 2 and 1
    assert np.median(image[:, -8:, 2]) > np.median(image[:, :8, 2]) + 100
    assert np.median(image[-8:, :, 1]) > np.median(image[:8, :, 1]) + 100
    stats = player.stats()
    assert stats.state == "live" and stats.codec == "h264"
    assert stats.ttff_ms is not None and stats.ttff_ms < 2000
    assert stats.frames_decoded >= 10 and stats.fps > 5
    assert stats.as_dict()["source_width"] == 320
    assert log.states[:2] == [S.CONNECTING, S.LIVE]
    named = [t for t in threading.enumerate() if t.name == "decode-cam-01"]
    assert len(named) == 1 and not named[0].daemon

    player.set_output_size(64, 36)
    deadline = time.monotonic() + 5
    while (frame := player.slot.wait(0.5)) is None or frame.width != 64:
        assert time.monotonic() < deadline, "output size never changed"
    assert frame.image.shape == (36, 64, 4)


def test_every_frame_time_is_recovered_across_the_pts_wrap(tmp_path, make_player):
    wrap_point = -(-round(now_ms() * 90 / PTS_WRAP) * PTS_WRAP // 90)
    times = frame_times(wrap_point - 1000, 50)  # two seconds that cross a 33-bit wrap in the middle
    assert (times[0] * 90) % PTS_WRAP > (times[-1] * 90) % PTS_WRAP
    path = write_file(tmp_path, "wrap.ts", make_ts(times))
    clock = RecordingClock("pts-unix90k", now_ms=lambda: wrap_point)
    player, log = make_player(str(path), clock=clock, options={"realtime": "0"})
    player.start()
    log.wait_for(S.STOPPED, 10)
    assert player.reason == "end of file"
    assert clock.stamps == times


def test_arrival_clock_stamps_near_wall_time(server, live, make_player):
    url = server.add_live("/cam.ts", live)
    player, _ = make_player(url, clock="arrival")
    player.start()
    frames = _frames(player, 15)
    wall = now_ms()
    for frame in frames:
        assert wall - 5000 < frame.frame_time_ms <= wall
    times = [f.frame_time_ms for f in frames]
    assert times == sorted(times)


def test_slow_consumer_drops_are_counted(server, live, make_player):
    url = server.add_live("/cam.ts", live)
    player, log = make_player(url)
    player.start()
    log.wait_for(S.LIVE, 10)
    taken = 0
    for _ in range(8):
        time.sleep(0.2)
        taken += player.slot.take() is not None
    player.stop()
    taken += player.slot.take() is not None
    stats = player.stats()
    assert stats.frames_dropped == player.slot.dropped > 0
    assert player.slot.delivered == taken
    assert player.slot.delivered + player.slot.dropped == stats.frames_decoded


def test_no_codec_or_scaler_threads_are_spawned(server, live, make_player):
    process = psutil.Process()
    url = server.add_live("/cam.ts", live)
    player, log = make_player(url, output_size=(200, 100))
    native_extra = process.num_threads() - threading.active_count()
    player.start()
    _frames(player, 5)
    # decode thread + watchdog are Python threads; FFmpeg must not have started its own
    assert process.num_threads() - threading.active_count() <= native_extra


def test_a_full_screen_stream_may_decode_with_frame_threads(server, live, make_player):
    process = psutil.Process()
    url = server.add_live("/cam.ts", live)
    player, log = make_player(url, output_size=(200, 100), decoder_threads=3)
    native_extra = process.num_threads() - threading.active_count()
    player.start()
    frames = _frames(player, 10)
    assert [f.seq for f in frames] == sorted(f.seq for f in frames)
    assert process.num_threads() - threading.active_count() >= native_extra + 2  # FFmpeg's frame threads
    with pytest.raises(ValueError, match="decoder_threads"):
        StreamPlayer(url, decoder_threads=0)


# -- stalls, stop, reconnect ---------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["open", "read"])
def test_stop_is_prompt_while_the_server_sends_nothing(where, server, live, make_player):
    if where == "open":
        url = server.add_hang("/hung.ts")
    else:
        url = server.add_live("/cam.ts", live)
    player, log = make_player(url, open_timeout=30.0, reconnect_after=30.0)
    player.start()
    if where == "read":
        log.wait_for(S.LIVE, 10)
        live.pause()
        log.wait_for(S.STALLED, 5)
    else:
        time.sleep(0.5)
        assert player.state is S.CONNECTING
    started = time.monotonic()
    player.stop()
    assert time.monotonic() - started < 1.0
    assert player.state is S.STOPPED and player.reason == "stopped"


def test_short_stall_is_reported_and_recovers_on_the_same_connection(server, live, make_player):
    url = server.add_live("/cam.ts", live)
    player, log = make_player(url, stall_timeout=1.0, reconnect_after=6.0)
    player.start()
    log.wait_for(S.LIVE, 10)
    time.sleep(0.3)
    live.pause()
    stalled_at, reason = log.wait_for(S.STALLED, 5)
    last = player.slot.peek().decoded_monotonic
    assert 0.9 <= stalled_at - last <= 1.6, stalled_at - last
    assert reason.startswith("no frame for")
    live.resume()
    log.wait_for(S.LIVE, 5, after=stalled_at)
    stats = player.stats()
    assert stats.reconnects == 0 and stats.stalls == 1


def test_long_stall_reconnects_and_comes_back(server, live, make_player):
    url = server.add_live("/cam.ts", live)
    player, log = make_player(url, stall_timeout=1.0, reconnect_after=2.0)
    player.start()
    log.wait_for(S.LIVE, 10)
    live.pause()
    stalled_at, _ = log.wait_for(S.STALLED, 5)
    reconnecting_at, reason = log.wait_for(S.RECONNECTING, 5, after=stalled_at)
    assert "no frame for" in reason
    time.sleep(1.0)
    live.resume()
    log.wait_for(S.LIVE, 8, after=reconnecting_at)
    assert player.stats().reconnects >= 1


def test_backend_restart_is_survived(live, make_player):
    first = TsServer()
    port = first.port
    url = first.add_live("/cam.ts", live)
    second = None
    try:
        player, log = make_player(url)
        player.start()
        log.wait_for(S.LIVE, 10)
        first.close()
        down_at, _ = log.wait_for(S.RECONNECTING, 5)
        time.sleep(1.5)
        assert player.state is S.RECONNECTING
        assert "connection refused" in player.stats().last_error
        second = TsServer(port)
        second.add_live("/cam.ts", live)
        back_at = time.monotonic()
        live_at, _ = log.wait_for(S.LIVE, 6, after=down_at)
        assert live_at - back_at < 4.0  # DESIGN: tiles live again <= 3 s after the backend is back
    finally:
        first.close() if second is None else second.close()


# -- bad inputs ----------------------------------------------------------------------------------------------


def test_random_bytes_fail_with_a_clear_reason(tmp_path, make_player):
    path = write_file(tmp_path, "noise.ts", random.Random(1).randbytes(200_000))
    player, log = make_player(str(path), fatal_tries=2, max_backoff=0.2)
    player.start()
    _, reason = log.wait_for(S.FAILED, 10)
    assert "invalid data" in reason and "gave up after 2 tries" in reason
    assert player.stats().errors == 2


def test_garbage_in_the_middle_is_survived(tmp_path, make_player):
    data = bytearray(make_ts(frame_times(now_ms(), 75)))
    middle = len(data) // 2
    data[middle : middle + 20_000] = random.Random(2).randbytes(20_000)
    path = write_file(tmp_path, "damaged.ts", bytes(data))
    player, log = make_player(str(path), options={"realtime": "0"})
    player.start()
    log.wait_for(S.STOPPED, 10)
    stats = player.stats()
    assert player.reason == "end of file"
    assert 25 <= stats.frames_decoded <= 75


def test_truncated_file_ends_cleanly(tmp_path, make_player):
    data = make_ts(frame_times(now_ms(), 50))
    path = write_file(tmp_path, "cut.ts", data[: len(data) * 6 // 10 + 77])  # mid TS packet
    player, log = make_player(str(path), options={"realtime": "0"})
    player.start()
    log.wait_for(S.STOPPED, 10)
    assert player.reason == "end of file"
    assert 15 <= player.stats().frames_decoded <= 35


def test_http_404_fails_with_the_status(server, make_player):
    player, log = make_player(server.url("/video/cam-99/main.ts"), fatal_tries=2, max_backoff=0.2)
    player.start()
    _, reason = log.wait_for(S.FAILED, 10)
    assert "404" in reason
    assert S.RECONNECTING in log.states  # tried again before giving up


def test_connection_refused_keeps_retrying_with_a_reason(make_player):
    player, log = make_player(f"http://127.0.0.1:{free_port()}/cam.ts", max_backoff=0.3)
    player.start()
    _, reason = log.wait_for(S.RECONNECTING, 5)
    assert "connection refused" in reason
    deadline = time.monotonic() + 5
    while player.stats().reconnects < 3:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert player.stats().errors >= 3


def test_input_without_video_fails_with_the_reason(tmp_path, make_player):
    path = write_file(tmp_path, "data-only.ts", make_data_only_ts())
    player, log = make_player(str(path))
    player.start()
    _, reason = log.wait_for(S.FAILED, 5)
    assert reason == "no video stream in the input"
    assert player.streams() == [{"index": 0, "type": "data", "codec": "klv"}]


def test_missing_file_fails_at_once(tmp_path, make_player):
    player, log = make_player(str(tmp_path / "absent.ts"))
    player.start()
    _, reason = log.wait_for(S.FAILED, 5)
    assert "file not found" in reason
    assert S.RECONNECTING not in log.states


# -- files -----------------------------------------------------------------------------------------------


def test_file_ends_or_loops(tmp_path, make_player):
    path = write_file(tmp_path, "clip.ts", make_ts(frame_times(now_ms(), 25)))
    once, once_log = make_player(str(path), options={"realtime": "0"})
    looped, looped_log = make_player(str(path), options={"realtime": "0", "loop": "1"})
    once.start()
    looped.start()
    once_log.wait_for(S.STOPPED, 10)
    assert once.reason == "end of file" and once.stats().frames_decoded == 25
    deadline = time.monotonic() + 10
    while looped.stats().frames_decoded < 60:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert looped.state is S.LIVE


def test_files_play_at_their_native_rate(tmp_path, make_player):
    path = write_file(tmp_path, "clip.ts", make_ts(frame_times(now_ms(), 25)))
    player, log = make_player(str(path))
    started = time.monotonic()
    player.start()
    stopped_at, _ = log.wait_for(S.STOPPED, 10)
    assert stopped_at - started >= 0.8  # 25 frames at 25 fps: ~0.96 s


def test_a_file_played_flat_out_waits_for_its_reader(tmp_path, make_player):
    # back-pressure: a reader that takes every frame sees every frame, none decoded in vain
    path = write_file(tmp_path, "clip.ts", make_ts(frame_times(now_ms(), 40)))
    player, log = make_player(str(path), options={"realtime": "0"})
    player.start()
    frames = _frames(player, 40)
    assert [f.seq for f in frames] == list(range(1, 41))
    assert player.slot.dropped == 0


def test_a_file_nobody_reads_still_plays_to_its_end(tmp_path, make_player):
    # the wait for room is bounded: a hidden tile never wedges its decoder
    path = write_file(tmp_path, "clip.ts", make_ts(frame_times(now_ms(), 20)))
    player, log = make_player(str(path), options={"realtime": "0"})
    player.start()
    log.wait_for(S.STOPPED, 10)
    assert player.stats().frames_decoded == 20 and player.slot.dropped == 19


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's")
def test_decode_threads_run_below_the_gui_thread(tmp_path):
    path = write_file(tmp_path, "clip.ts", make_ts(frame_times(now_ms(), 5)))
    seen: list[int | None] = []
    player = StreamPlayer(str(path), options={"realtime": "0"}, on_state=lambda *_: seen.append(current_thread_nice()))
    before = current_thread_nice()
    player.start()
    assert player.join(10)
    assert seen and all(nice == min(19, before + DECODE_NICE) for nice in seen[1:]), seen
    assert current_thread_nice() == before  # only the decode thread was lowered


def test_player_can_be_restarted_but_not_started_twice(tmp_path, make_player):
    path = write_file(tmp_path, "clip.ts", make_ts(frame_times(now_ms(), 10)))
    player, log = make_player(str(path), options={"realtime": "0"})
    player.start()
    log.wait_for(S.STOPPED, 10)
    player.join(5)
    first_run = log.entries[-1][0]
    player.start()
    log.wait_for(S.STOPPED, 10, after=first_run + 1e-9)
    assert player.stats().frames_decoded == 20
    player.stop()
    player.stop()  # idempotent


# -- decoders, data streams --------------------------------------------------------------------------------


@pytest.mark.skipif(not _no_gpu(), reason="this machine has a usable NVIDIA GPU")
def test_auto_falls_back_to_software_without_a_gpu(server, live, make_player):
    url = server.add_live("/cam.ts", live)
    player, log = make_player(url, decoder="auto")
    player.start()
    log.wait_for(S.LIVE, 10)
    stats = player.stats()
    assert stats.decoder == "h264 (software)"
    assert "cuda" in stats.decoder_note


@pytest.mark.skipif(not _no_gpu(), reason="this machine has a usable NVIDIA GPU")
def test_cuda_required_fails_with_the_reason_without_a_gpu(server, live, make_player):
    player, log = make_player(server.add_live("/cam.ts", live), decoder="cuda")
    player.start()
    _, reason = log.wait_for(S.FAILED, 5)
    assert reason.startswith("cuda decoding required but unavailable")


def test_klv_packets_reach_the_subscriber_with_frame_times(server, live, make_player):
    received: list[tuple[int, bytes, int]] = []
    url = server.add_live("/drone.ts", live)
    player, log = make_player(url, clock="pts-unix90k", on_data=lambda i, b, t: received.append((i, b, t)))
    player.start()
    _frames(player, 15)
    assert len(received) >= 10
    for stream_index, payload, time_ms in list(received):
        assert stream_index == 1
        assert payload[:16] == MISB_0601_KEY
        assert time_ms == klv_time_ms(payload[17:])  # the source put its capture time in the local set


@pytest.mark.skipif(not _no_gpu(), reason="this machine has a usable NVIDIA GPU")
def test_device_failing_at_open_falls_back_to_software(tmp_path, make_player, monkeypatch):
    from console.video import hwaccel

    monkeypatch.setattr(hwaccel, "_device_status", {"cuda": None})  # the probe said yes; the open will not
    path = write_file(tmp_path, "clip.ts", make_ts(frame_times(now_ms(), 25)))
    auto, auto_log = make_player(str(path), decoder="auto", options={"realtime": "0"})
    strict, strict_log = make_player(str(path), decoder="cuda", options={"realtime": "0"})
    auto.start()
    strict.start()
    auto_log.wait_for(S.STOPPED, 10)
    stats = auto.stats()
    assert stats.frames_decoded == 25 and stats.decoder == "h264 (software)"
    assert stats.decoder_note.startswith("cuda failed: open:")
    _, reason = strict_log.wait_for(S.FAILED, 10)
    assert reason.startswith("cuda decoding required: cuda failed: open:")
