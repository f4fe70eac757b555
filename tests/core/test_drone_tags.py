"""Drone telemetry from KLV and tags through the durable outbox: made offline, delivered exactly once."""

import asyncio
import sqlite3
import time

import pytest

from console.api.local_backend import LocalBackend
from console.api.rest import BackendClient
from console.klv.st0601 import encode_packet
from console.ops.drone_track import DroneFix, DroneTrack
from console.ops.outbox import Outbox
from console.ops.tags import TAG_CATEGORIES, TAG_KIND, TagBook, TagError, category_for_key, tag_sender
from console.sim.drone import DRONE_CAMERA_ID, DRONE_ID, DroneFlight
from console.sim.tag_db import TAG_CATEGORIES as BACKEND_CATEGORIES

T0 = 1_764_806_400_000


def flight_track(seconds=20, every_ms=40):
    flight, track = DroneFlight(), DroneTrack()
    for t in range(T0, T0 + seconds * 1000, every_ms):
        track.feed(1, flight.klv_at(t), t)
    return flight, track


def test_track_finds_the_fix_of_a_frame():
    flight, track = flight_track(seconds=4)
    assert len(track) == 100 and track.bad_packets == 0
    fix = track.at(T0 + 1234)
    assert fix is not None and fix.time_ms == T0 + 1200  # the newest at or before the frame
    state = flight.state_at(T0 + 1200)
    assert fix.lat == pytest.approx(state.lat, abs=1e-7) and fix.heading_deg == pytest.approx(state.heading_deg, abs=0.01)
    assert fix.frame_center == pytest.approx(state.frame_center, abs=1e-7)
    assert len(fix.corners) == 4 and fix.altitude_m == pytest.approx(497.0, abs=0.3)
    assert fix.speed_mps == 14 and fix.tail_number == DRONE_ID
    assert track.at(T0 - 1) is None
    assert track.at(T0 + 10_000) is None  # too old for that frame
    assert track.span() == (T0, T0 + 3960)
    assert len(track.path(step=10)) == 10


def _fix(t):
    return DroneFix(t, 51.08 + (t - T0) * 1e-9, 71.64, 500.0, 90.0, 0.0, 0.0, 14.0, None, None, DRONE_ID, True)


def test_a_long_sortie_keeps_old_fixes_one_a_second_and_recent_ones_at_full_rate():
    """Half an hour at 25 Hz would be 45,000 fixes (≈45 MB); older than the full-rate window, one a second."""
    track = DroneTrack(full_rate_ms=60_000)
    end = T0 + 300_000  # five minutes
    for t in range(T0, end, 40):
        track.add(_fix(t))
    times = [track.at(t).time_ms for t in range(T0, end, 40)]  # every frame still finds a fix
    assert len(set(times)) < 2200  # thinned: far fewer distinct fixes than the 7,500 fed
    assert all(t - found < 1000 for t, found in zip(range(T0, end, 40), times, strict=True))
    assert all(found == t for t, found in zip(range(end - 60_000, end, 40), times[-1500:], strict=True))
    old = sorted({found for found in times if found < end - 70_000})
    assert len(old) == len({t // 1000 for t in old}) == (end - 70_000 - T0) // 1000  # one a second, none missing
    path = track.path(since_ms=T0, step=10)
    assert 300 < len(path) < 450  # 1 s apart where thinned, 400 ms apart in the last minute
    everything = DroneTrack(full_rate_ms=None)  # a recorded flight keeps every fix
    for t in range(T0, T0 + 30_000, 40):
        everything.add(_fix(t))
    assert len(everything) == 750


def test_track_counts_bad_packets_and_keeps_going():
    track = DroneTrack()
    good = encode_packet({"precision_time_stamp": T0 * 1000, "sensor_latitude": 51.0, "sensor_longitude": 71.0})
    corrupt = bytearray(good)
    corrupt[20] ^= 1
    track.feed(1, bytes(corrupt) + good + good[:10], T0)
    assert len(track) == 1 and track.bad_packets == 2
    assert "checksum" in track.last_error or "truncated" in track.last_error


def test_categories_and_keys():
    assert TAG_CATEGORIES == BACKEND_CATEGORIES  # the console and the contract agree
    assert category_for_key(1) == "traffic_violation" and category_for_key(9) == "other"
    with pytest.raises(TagError):
        category_for_key(0)


def test_tag_without_telemetry_is_refused(tmp_path):
    box = Outbox(tmp_path / "outbox.db")
    book = TagBook(box)
    with pytest.raises(TagError, match="no telemetry"):
        book.create("crowd", None, T0, DRONE_ID, DRONE_CAMERA_ID)
    assert box.pending_count() == 0
    box.close()


def backend_tag_rows(backend):
    conn = sqlite3.connect(f"file:{backend.data_dir / 'tags.db'}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT category, frame_time_ms, lat, lon, note FROM tags ORDER BY frame_time_ms").fetchall()
    finally:
        conn.close()


def test_tags_made_offline_reach_the_backend_exactly_once(tmp_path):
    flight, track = flight_track()
    backend = LocalBackend(tmp_path / "backend")
    backend.start()

    async def scenario():
        client = BackendClient(backend.url, timeout=3)
        box = Outbox(tmp_path / "outbox.db", backoff_s=(0.2, 1.0))
        box.register(TAG_KIND, tag_sender(client))
        box.start()
        book = TagBook(box, operator="pilot.one")
        first = book.create("illegal_dump", track.at(T0 + 1000), T0 + 1000, DRONE_ID, DRONE_CAMERA_ID, "rubble")
        assert await box.drain(30)
        assert book.all()[0].state == "sent"

        backend.stop()  # the link goes down
        made = []
        for k, second in enumerate((3, 5, 7)):
            t = T0 + second * 1000
            made.append(book.create(category_for_key(k + 1), track.at(t), t, DRONE_ID, DRONE_CAMERA_ID))
        await asyncio.sleep(1.5)  # the pump tries and fails
        assert box.pending_count() == 3 and not box.online
        await box.stop()
        box.close()  # the console quits with the tags undelivered

        box = Outbox(tmp_path / "outbox.db", backoff_s=(0.2, 1.0))
        box.register(TAG_KIND, tag_sender(client))
        book = TagBook(box, operator="pilot.one")
        assert [t.key for t in book.all()] == [t.key for t in made]  # reloaded from the outbox, still pending
        t = T0 + 9000
        made.append(book.create("crowd", track.at(t), t, DRONE_ID, DRONE_CAMERA_ID, "people at the gate"))
        box.start()
        await asyncio.sleep(0.5)
        backend.start()  # same port, same data
        box.kick()
        assert await box.drain(60), box.last_error
        assert all(t.state == "sent" for t in book.all())
        # a resend after a crash between "sent" and "marked sent": the backend keeps one tag per key
        again = await client.create_tag({**made[0].payload(), "idempotency_key": made[0].key})
        await box.stop()
        box.close()
        await client.aclose()
        return first, made, again

    try:
        first, made, again = asyncio.run(scenario())
        rows = backend_tag_rows(backend)
        assert len(rows) == 5
        assert [r[0] for r in rows] == ["illegal_dump", "traffic_violation", "public_order", "illegal_dump", "crowd"]
        state = flight.state_at(T0 + 3000)
        assert rows[1][1] == T0 + 3000
        assert rows[1][2] == pytest.approx(state.frame_center[0], abs=1e-6)  # the frame centre from the KLV
        assert rows[1][3] == pytest.approx(state.frame_center[1], abs=1e-6)
        assert rows[0][4] == "rubble" and rows[4][4] == "people at the gate"
        assert again["frame_time_ms"] == made[0].frame_time_ms
        assert first.lat == pytest.approx(flight.state_at(T0 + 1000).frame_center[0], abs=1e-6)
    finally:
        backend.stop()
    time.sleep(0.1)
