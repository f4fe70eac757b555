"""KLV splitting and the KlvReader fan-out, from a real MPEG-TS data stream."""

import threading

import pytest

from console.video import StreamPlayer, StreamState
from console.video.klv import MISB_0601_KEY, KlvError, KlvReader, split_klv
from tests.core.video_fixtures import (
    frame_times,
    klv_packet,
    klv_time_ms,
    make_ts,
    new_threads_after,
    now_ms,
    write_file,
)

OTHER_KEY = bytes(range(16))


@pytest.fixture(autouse=True)
def no_thread_left_behind():
    before = set(threading.enumerate())
    yield
    assert new_threads_after(before) == []


def test_split_short_and_long_ber_lengths():
    long_value = bytes(300)
    payload = MISB_0601_KEY + b"\x03abc" + OTHER_KEY + b"\x82\x01\x2c" + long_value
    assert split_klv(payload) == [(MISB_0601_KEY, b"abc"), (OTHER_KEY, long_value)]


@pytest.mark.parametrize(
    "payload",
    [MISB_0601_KEY[:10], MISB_0601_KEY + b"\x05abc", MISB_0601_KEY + b"\x80", MISB_0601_KEY + b"\x84\x00"],
)
def test_malformed_packets_are_rejected(payload):
    with pytest.raises(KlvError):
        split_klv(payload)


def test_reader_fans_out_and_counts_errors():
    reader = KlvReader()
    first, second = [], []
    reader.subscribe(first.append)
    unsubscribe = reader.subscribe(second.append)
    reader.feed(1, klv_packet(1_700_000_000_000), 1_700_000_000_000)
    unsubscribe()
    reader.feed(1, klv_packet(1_700_000_000_040), 1_700_000_000_040)
    reader.feed(1, b"\x00\x01", 1_700_000_000_080)
    assert [item.time_ms for item in first] == [1_700_000_000_000, 1_700_000_000_040]
    assert len(second) == 1 and second[0].key == MISB_0601_KEY
    assert (reader.items, reader.errors) == (2, 1)


def test_reader_survives_a_failing_subscriber(caplog):
    reader = KlvReader()
    good = []
    reader.subscribe(lambda item: 1 / 0)
    reader.subscribe(good.append)
    reader.feed(1, klv_packet(5), 5)
    assert len(good) == 1 and "KLV subscriber failed" in caplog.text


def test_player_feeds_klv_with_capture_times(tmp_path):
    times = frame_times(now_ms() - 2000, 40)
    path = write_file(tmp_path, "drone.ts", make_ts(times, klv=True))
    reader = KlvReader()
    items = []
    reader.subscribe(items.append)
    done = []
    player = StreamPlayer(
        str(path),
        clock="pts-unix90k",
        options={"realtime": "0"},
        on_data=reader.feed,
        on_state=lambda state, reason: done.append(state),
    )
    player.start()
    assert player.join(10)
    assert done[-1] is StreamState.STOPPED
    assert len(items) >= len(times) - 2  # the demuxer may hold back the tail of the last PES
    for item in items:
        assert item.key == MISB_0601_KEY
        assert item.time_ms == klv_time_ms(item.value)
    assert reader.errors == 0
