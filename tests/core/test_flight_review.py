"""A recorded flight from the real backend: indexed, played from a tag, a tagged clip exported with the tag burned in."""

import threading
import time

import av
import httpx
import numpy as np
import pytest

from console.api.local_backend import LocalBackend
from console.ops.flight_review import (
    FlightRecording,
    RecordingError,
    ReviewPlayback,
    export_tagged_clip,
    ground_to_image,
    record_stream,
)
from console.ops.outbox import Outbox
from console.ops.tags import TagBook
from console.sim.drone import DRONE_CAMERA_ID, DRONE_ID
from tests.core.video_fixtures import new_threads_after


@pytest.fixture(autouse=True)
def no_thread_left_behind():
    before = set(threading.enumerate())
    yield
    assert new_threads_after(before) == []


@pytest.fixture(scope="module")
def recording(tmp_path_factory):
    folder = tmp_path_factory.mktemp("flight")
    backend = LocalBackend(folder / "backend")
    backend.start()
    try:
        with httpx.Client(base_url=backend.url, timeout=10) as client:
            camera = next(c for c in client.get("/api/v1/cameras").json()["items"] if c["kind"] == "drone")
        url = next(s["url"] for s in camera["streams"] if s["profile"] == "sub")
        path = folder / "flight.ts"
        assert record_stream(url, path, seconds=8) > 20_000
    finally:
        backend.stop()
    return FlightRecording.open(path)


def test_recording_is_indexed_with_its_klv(recording):
    duration = recording.end_ms - recording.start_ms
    assert duration > 4000
    # a loaded machine's encoder skips frames rather than drift from the clock: count what was recorded
    assert len(recording.frame_times) >= 20
    assert recording.keyframe_times and recording.keyframe_times[0] == recording.start_ms  # starts at the GOP
    assert all(b > a and (b - a) % 40 == 0 for a, b in zip(recording.frame_times, recording.frame_times[1:], strict=False))
    assert len(recording.track) >= len(recording.frame_times) - 2
    assert recording.track.bad_packets == 0
    for t in recording.frame_times:
        fix = recording.track.at(t)
        assert fix is not None and fix.time_ms == t  # one packet per frame, at the frame's time
    assert (recording.width, recording.height) == (640, 360)


def test_frames_from_any_instant(recording):
    middle = recording.frame_times[len(recording.frame_times) // 2] + 7
    t, frame = next(recording.frames(middle))
    assert t == next(x for x in recording.frame_times if x >= middle)
    times = [t for t, _ in recording.frames(middle, middle + 1000)]
    assert times == [x for x in recording.frame_times if middle <= x <= middle + 1000]


def tag_at(tmp_path, recording, t):
    box = Outbox(tmp_path / "outbox.db")
    book = TagBook(box, operator="pilot.one")
    tag = book.create("fire_smoke", recording.track.at(t), t, DRONE_ID, DRONE_CAMERA_ID, "smoke from a yard")
    box.close()
    return book, tag


def test_review_plays_from_a_tag_and_jumps_between_tags(tmp_path, recording):
    times = recording.frame_times
    a, b = times[len(times) // 5], times[len(times) * 3 // 5]
    book, first = tag_at(tmp_path, recording, a)
    box = Outbox(tmp_path / "outbox2.db")
    second = TagBook(box).create("crowd", recording.track.at(b), b, DRONE_ID, DRONE_CAMERA_ID)
    box.close()
    tags = sorted([first, second], key=lambda t: t.frame_time_ms)
    playback = ReviewPlayback(recording, (320, 180))
    try:
        playback.seek(book.next_after(recording.start_ms, tags).frame_time_ms)
        frame = playback.slot.take()
        assert frame is not None and frame.frame_time_ms == first.frame_time_ms
        nxt = book.next_after(frame.frame_time_ms, tags)
        assert nxt is second
        playback.play(nxt.frame_time_ms)
        seen = []
        deadline = time.monotonic() + 20
        while len(seen) < 5 and time.monotonic() < deadline:
            got = playback.slot.wait(1.0)
            if got is not None:
                seen.append(got.frame_time_ms)
        assert seen[0] == second.frame_time_ms and seen == sorted(seen)
        assert book.previous_before(seen[-1], tags) is second
    finally:
        playback.stop()


def test_export_burns_the_tag_in(tmp_path, recording):
    t = recording.frame_times[len(recording.frame_times) // 2]
    _, tag = tag_at(tmp_path, recording, t)
    result = export_tagged_clip(recording, tag, tmp_path / "clip.mp4", before_ms=2000, after_ms=2000)
    expected = [x for x in recording.frame_times if t - 2000 <= x <= t + 2000]
    assert result.frames == len(expected) and result.marked_frames == result.frames  # the point stays in view
    with av.open(str(result.path)) as clip:
        stream = clip.streams.video[0]
        assert stream.codec_context.name == "h264"
        images = [f.to_ndarray(format="bgr24") for f in clip.decode(stream)]
    assert len(images) == result.frames
    tagged = images[expected.index(t)].astype(int)
    banner = tagged[: 64 * 360 // 720]
    assert banner[..., 2].mean() > banner[..., 1].mean() + 40  # the red banner
    fix = recording.track.at(t)
    u, v = ground_to_image(fix, tag.lat, tag.lon)
    assert u == pytest.approx(0.5, abs=0.01) and v == pytest.approx(0.5, abs=0.01)  # a tag marks the frame centre
    ring = tagged[180 - 16 : 180 + 16, 320 - 16 : 320 + 16]
    red = (ring[..., 2] > 150) & (ring[..., 1] < 90) & (ring[..., 0] < 90)
    assert red.sum() > 20  # the marker is drawn where the KLV puts the tagged point


def test_bad_recordings_are_refused(tmp_path):
    with pytest.raises(RecordingError, match="no recording"):
        FlightRecording.open(tmp_path / "missing.ts")
    junk = tmp_path / "junk.ts"
    junk.write_bytes(np.random.default_rng(1).integers(0, 256, 5000, dtype=np.uint8).tobytes())
    with pytest.raises(RecordingError):
        FlightRecording.open(junk)
