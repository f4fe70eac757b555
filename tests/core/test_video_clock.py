"""StreamClock: PTS → absolute capture time, in "pts-unix90k" and "arrival" modes, across the 33-bit wrap."""

import pytest

from console.video.clock import PTS_WRAP, StreamClock, unix_ms_from_pts90k

NOW_MS = 1_763_790_000_123  # 2025-11-22, an arbitrary "now"
WRAP_MS = PTS_WRAP / 90  # the PTS wraps every ~26.5 h of unix ms


def test_recovers_exact_time_near_now():
    for offset in (-5000, -40, 0, 40, 5000):
        t = NOW_MS + offset
        assert unix_ms_from_pts90k((t * 90) % PTS_WRAP, NOW_MS) == t


def test_reduces_unwrapped_pts_first():
    # libavformat may hand out PTS already unwrapped past 2^33: same answer
    t = NOW_MS - 1000
    pts = (t * 90) % PTS_WRAP
    assert unix_ms_from_pts90k(pts + 3 * PTS_WRAP, NOW_MS) == t


@pytest.mark.parametrize("frame_offset_ms", [-2000, -40, 40, 2000])
def test_recovers_across_the_wrap(frame_offset_ms):
    wrap_k = round(NOW_MS * 90 / PTS_WRAP)
    wrap_point_ms = -(-wrap_k * PTS_WRAP // 90)  # first unix ms at or after the k-th wrap
    now = wrap_point_ms  # we stand right at the wrap; the frame is on either side of it
    t = wrap_point_ms + frame_offset_ms
    pts = (t * 90) % PTS_WRAP
    assert (pts < PTS_WRAP // 2) == (frame_offset_ms >= 0)  # really on the two sides of the wrap
    assert unix_ms_from_pts90k(pts, now) == t


def test_picks_the_nearest_congruent_value():
    t = NOW_MS + int(WRAP_MS * 0.4)  # 10.6 h in the future is still nearer than 15.9 h in the past
    assert unix_ms_from_pts90k((t * 90) % PTS_WRAP, NOW_MS) == t
    t = NOW_MS - int(WRAP_MS * 0.4)
    assert unix_ms_from_pts90k((t * 90) % PTS_WRAP, NOW_MS) == t


def test_pts_mode_clock_uses_injected_now():
    clock = StreamClock("pts-unix90k", now_ms=lambda: NOW_MS)
    t = NOW_MS - 300
    assert clock.stamp((t * 90) % PTS_WRAP) == t
    assert clock.time_of((t * 90) % PTS_WRAP) == t
    assert clock.stamp(None, arrival_ms=NOW_MS) == NOW_MS


def test_unknown_mode_is_rejected():
    with pytest.raises(ValueError, match="clock mode"):
        StreamClock("gps")


def _arrival_clock():
    return StreamClock("arrival", now_ms=lambda: NOW_MS, resync_ms=1000)


def test_arrival_anchors_first_frame_and_follows_pts_delta():
    clock = _arrival_clock()
    assert clock.stamp(1_000_000, arrival_ms=NOW_MS) == NOW_MS
    # later frames arrive a little late (network jitter): stamped by PTS, not by arrival
    assert clock.stamp(1_000_000 + 3600, arrival_ms=NOW_MS + 55) == NOW_MS + 40
    assert clock.stamp(1_000_000 + 7200, arrival_ms=NOW_MS + 81) == NOW_MS + 80


def test_arrival_crosses_the_pts_wrap_without_a_jump():
    clock = _arrival_clock()
    start = PTS_WRAP - 3600  # 40 ms before the wrap
    assert clock.stamp(start, arrival_ms=NOW_MS) == NOW_MS
    assert clock.stamp((start + 3600) % PTS_WRAP, arrival_ms=NOW_MS + 41) == NOW_MS + 40
    assert clock.stamp((start + 7200) % PTS_WRAP, arrival_ms=NOW_MS + 81) == NOW_MS + 80
    assert clock.resyncs == 0


def test_arrival_reanchors_on_discontinuity():
    clock = _arrival_clock()
    clock.stamp(9_000_000, arrival_ms=NOW_MS)
    assert clock.stamp(9_003_600, arrival_ms=NOW_MS + 40) == NOW_MS + 40
    # the source restarted: PTS went backwards
    assert clock.stamp(100, arrival_ms=NOW_MS + 80) == NOW_MS + 80
    assert clock.stamp(3700, arrival_ms=NOW_MS + 121) == NOW_MS + 120
    # a forward jump of a minute
    assert clock.stamp(3700 + 60 * 90_000, arrival_ms=NOW_MS + 160) == NOW_MS + 160
    assert clock.resyncs == 2


def test_arrival_never_stamps_in_the_future():
    clock = _arrival_clock()
    clock.stamp(0, arrival_ms=NOW_MS)
    # a burst: five frames (200 ms of PTS) arrive within 2 ms
    stamps = [clock.stamp(k * 3600, arrival_ms=NOW_MS + k // 2) for k in range(1, 6)]
    assert all(stamp <= NOW_MS + k // 2 for k, stamp in enumerate(stamps, 1))
    assert stamps == sorted(stamps)


def test_arrival_resyncs_when_stamps_fall_behind():
    clock = _arrival_clock()
    clock.stamp(0, arrival_ms=NOW_MS)
    # the sender's clock is slow: PTS says 40 ms, 1.5 s of wall time passed
    assert clock.stamp(3600, arrival_ms=NOW_MS + 1500) == NOW_MS + 1500
    assert clock.resyncs == 1


def test_arrival_time_of_data_packets_does_not_move_anchor():
    clock = _arrival_clock()
    assert clock.time_of(1234) is None  # nothing to map against before the first frame
    clock.stamp(900_000, arrival_ms=NOW_MS)
    assert clock.time_of(900_000 + 1800) == NOW_MS + 20
    assert clock.time_of(900_000 - 1800) == NOW_MS - 20
    assert clock.stamp(900_000 + 3600, arrival_ms=NOW_MS + 45) == NOW_MS + 40


def test_reset_starts_a_new_timeline():
    clock = _arrival_clock()
    clock.stamp(0, arrival_ms=NOW_MS)
    clock.reset()
    assert clock.stamp(50_000_000, arrival_ms=NOW_MS + 5000) == NOW_MS + 5000
