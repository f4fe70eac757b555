"""The embedded backend's event stream (WebSocket /api/v1/events): envelopes, seq, replay, detections, units."""

import asyncio
import json
import math
import sqlite3
import time

import aiohttp
import httpx
import pytest

from console.api.local_backend import LocalBackend
from console.sim.city import UNIT_SPEEDS, CitySimulation
from console.sim.district import KosshyDistrict, distance_m
from console.sim.event_hub import EventHub
from console.sim.incident_db import IncidentDB
from console.sim.openapi import document
from tests.core.test_sim_rest import assert_valid

CLASSES = {"car", "bus", "truck", "person", "bicycle"}


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    local = LocalBackend(tmp_path_factory.mktemp("sim-events"))
    local.start()
    yield local
    local.stop()


def ws_url(backend, since=None):
    return f"{backend.url}/api/v1/events" + ("" if since is None else f"?since={since}")


async def _read(url, *, count=None, seconds=None, stop=None, timeout=20.0):
    """Events from one connection: until `count` arrived, `seconds` passed, or `stop(events)` is true."""
    events = []
    start = time.monotonic()
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
        while True:
            elapsed = time.monotonic() - start
            if (count is not None and len(events) >= count) or (seconds is not None and elapsed >= seconds):
                break
            if stop is not None and events and stop(events):
                break
            assert elapsed < timeout, f"only {len(events)} events in {timeout} s"
            message = await ws.receive(timeout=5)
            assert message.type == aiohttp.WSMsgType.TEXT, message
            events.append(json.loads(message.data))
    return events, time.monotonic() - start


def read(url, **kwargs):
    return asyncio.run(_read(url, **kwargs))


def assert_envelope(event):
    assert set(event) == {"seq", "ts_ms", "type", "data"}, event
    assert isinstance(event["seq"], int) and isinstance(event["ts_ms"], int)
    assert isinstance(event["type"], str) and isinstance(event["data"], dict)


def assert_consecutive(events):
    seqs = [e["seq"] for e in events]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs))), "seq must grow by exactly one"


# -- live stream ---------------------------------------------------------------------------------------------------


def test_envelopes_seq_and_detection_rate(backend):
    """Envelopes are {seq, ts_ms, type, data}, seq grows by one, and detections arrive at >= 200/s (16 x 25 fps)."""
    events, elapsed = read(ws_url(backend), seconds=2.0)
    for event in events:
        assert_envelope(event)
    assert_consecutive(events)
    detections = [e for e in events if e["type"] == "detection"]
    rate = len(detections) / elapsed
    assert rate >= 200, f"{rate:.0f} detections/s"
    assert abs(events[-1]["ts_ms"] - time.time() * 1000) < 5000
    per_camera = {}
    for event in detections:
        per_camera.setdefault(event["data"]["camera_id"], []).append(event["data"]["frame_time_ms"])
    assert len(per_camera) == 16
    for times in per_camera.values():  # each camera: one detection per frame, in order
        assert all(b - a == 40 for a, b in zip(times, times[1:], strict=False)), times[:10]


def test_detection_data_matches_the_contract(backend):
    """Detection data: camera id, frame time on the 40 ms grid (not in the future), objects with normalised boxes."""
    events, _ = read(ws_url(backend), count=800)
    detections = [e for e in events if e["type"] == "detection"]
    assert len(detections) >= 400
    camera_ids = {f"cam-{n:02d}" for n in range(1, 17)}
    seen_objects = 0
    for event in detections:
        data = event["data"]
        assert set(data) == {"camera_id", "frame_time_ms", "objects"}
        assert data["camera_id"] in camera_ids
        assert isinstance(data["frame_time_ms"], int) and data["frame_time_ms"] % 40 == 0
        assert 0 <= event["ts_ms"] - data["frame_time_ms"] < 2000  # published once the frame's time has come
        track_ids = [o["track_id"] for o in data["objects"]]
        assert len(set(track_ids)) == len(track_ids)
        for obj in data["objects"]:
            seen_objects += 1
            assert set(obj) == {"track_id", "cls", "confidence", "box"}
            assert isinstance(obj["track_id"], int) and 0 < obj["track_id"] < 2**31
            assert obj["cls"] in CLASSES
            assert isinstance(obj["confidence"], float) and 0.0 <= obj["confidence"] <= 1.0
            x, y, w, h = obj["box"]
            assert all(isinstance(v, int | float) for v in obj["box"])
            assert 0 <= x <= 1 and 0 <= y <= 1 and 0 < w <= 1 and 0 < h <= 1
            assert x + w <= 1.0001 and y + h <= 1.0001
    assert seen_objects > 0


def test_detections_are_the_deterministic_scene_ground_truth(backend, tmp_path):
    """Every detection sent equals CitySimulation.detection_at(camera, frame_time_ms) computed here."""
    events, _ = read(ws_url(backend), count=400)
    district = KosshyDistrict()
    db = IncidentDB(tmp_path / "gt.db")
    try:
        simulation = CitySimulation(district, EventHub(), db)
        compared = 0
        for event in events:
            if event["type"] != "detection":
                continue
            data = event["data"]
            camera = district.camera_by_id[data["camera_id"]]
            expected = json.loads(json.dumps(simulation.detection_at(camera, data["frame_time_ms"])))
            assert data == expected
            compared += 1
        assert compared >= 200
    finally:
        db.close()


def test_other_event_types_match_their_schemas(backend):
    """unit.updated data is a Unit and incident.* data an Incident, as the OpenAPI document defines them."""
    doc = document()
    events, _ = read(ws_url(backend), stop=lambda ev: sum(e["type"] == "unit.updated" for e in ev) >= 10)
    units = [e for e in events if e["type"] == "unit.updated"]
    assert units
    for event in units:
        assert_valid(event["data"], {"$ref": "#/components/schemas/Unit"}, doc)
    for event in events:
        if event["type"].startswith("incident."):
            assert_valid(event["data"], {"$ref": "#/components/schemas/Incident"}, doc)
        if event["type"] == "drone.telemetry":
            assert_valid(event["data"], {"$ref": "#/components/schemas/DroneTelemetry"}, doc)
    assert {e["type"] for e in events} <= {
        "drone.telemetry",
        "tag.created",
        "detection",
        "unit.updated",
        "incident.created",
        "incident.updated",
        "camera.status",
        "sos.pressed",
    }


def test_no_zero_size_detection_boxes(tmp_path):
    """Every detected object has a box of positive size (ground truth lists only what is drawn).

    Camera 1 at t=1700000017080 ms: a car at x=-0.093474, w=0.0935 overlaps the frame by 0.000026 and
    was reported with box [0.0, 0.6527, 0.0, 0.0723] before the fix (regression test).
    """
    district = KosshyDistrict()
    db = IncidentDB(tmp_path / "gt.db")
    try:
        simulation = CitySimulation(district, EventHub(), db)
        camera = district.camera_by_id["cam-01"]
        for t_ms in range(1_700_000_016_000, 1_700_000_018_000, 40):
            for obj in simulation.detection_at(camera, t_ms)["objects"]:
                x, y, w, h = obj["box"]
                assert w > 0 and h > 0, (t_ms, obj)
    finally:
        db.close()


# -- resume ----------------------------------------------------------------------------------------------------------


def test_reconnect_with_since_resumes_without_gap_or_duplicate(backend):
    """Read N, disconnect, wait, reconnect with since=last: the first event is last+1 and seq stays consecutive."""
    first, _ = read(ws_url(backend), count=300)
    assert_consecutive(first)
    last = first[-1]["seq"]
    time.sleep(0.5)  # events published while disconnected come back through the replay window
    second, _ = read(ws_url(backend, last), count=600)
    assert second[0]["seq"] == last + 1
    assert second[0]["type"] != "replay.gap"
    assert_consecutive(second)
    assert second[-1]["seq"] - last == 600


def test_since_inside_the_window_replays_exactly_the_kept_events(backend):
    """since=S replays S+1... with the same content the live stream carried for those seqs."""
    live, _ = read(ws_url(backend), count=200)
    since = live[49]["seq"]
    replayed, _ = read(ws_url(backend, since), count=150)
    assert replayed == live[50:]


@pytest.mark.parametrize("since", ["abc", "-1", "1.5", "1e3", " 1"])
def test_bad_since_is_a_400(backend, since):
    """since that is not a non-negative integer is refused with a 400 JSON error before any upgrade."""
    with httpx.Client(timeout=10) as client:
        response = client.get(f"{backend.url}/api/v1/events", params={"since": since})
    assert response.status_code == 400, response.text
    assert set(response.json()) == {"error", "detail"}


def test_unicode_superscript_since_is_a_400_not_a_500(backend):
    """since=² (a Unicode 'digit' int() rejects) must be a 400 too: the contract forbids 5xx on bad input."""
    with httpx.Client(timeout=10) as client:
        response = client.get(f"{backend.url}/api/v1/events", params={"since": "²"})
    assert response.status_code == 400, f"{response.status_code}: {response.text[:200]}"


# -- the replay window, in process ---------------------------------------------------------------------------------


def test_event_hub_replay_window_and_gap():
    """EventHub keeps the last `window` events; since inside it replays exactly, older since starts with replay.gap."""
    hub = EventHub(window=10)
    for i in range(30):
        assert hub.publish("detection", {"i": i}) == i + 1
    assert hub.oldest == 21

    _, replay = hub.subscribe(25)
    assert [json.loads(t)["seq"] for t in replay] == [26, 27, 28, 29, 30]

    _, replay = hub.subscribe(20)  # exactly the edge of the window: no gap
    assert [json.loads(t)["seq"] for t in replay] == list(range(21, 31))

    _, replay = hub.subscribe(5)
    gap = json.loads(replay[0])
    assert gap["type"] == "replay.gap" and gap["seq"] == 5 and gap["data"] == {"oldest": 21}
    assert [json.loads(t)["seq"] for t in replay[1:]] == list(range(21, 31))

    _, replay = hub.subscribe(30)
    assert replay == []


def test_event_hub_live_subscriber_gets_new_events_only_until_unsubscribed():
    """A subscriber without since gets no replay, then every new event in order; after unsubscribe, nothing."""
    hub = EventHub(window=10)
    hub.publish("unit.updated", {"n": 0})
    subscriber, replay = hub.subscribe(None)
    assert replay == [] and hub.clients == 1
    hub.publish("unit.updated", {"n": 1})
    hub.publish("detection", {"n": 2})
    got = [json.loads(subscriber.queue.get_nowait()) for _ in range(subscriber.queue.qsize())]
    assert [(e["seq"], e["type"], e["data"]) for e in got] == [
        (2, "unit.updated", {"n": 1}),
        (3, "detection", {"n": 2}),
    ]
    hub.unsubscribe(subscriber)
    hub.publish("detection", {"n": 3})
    assert subscriber.queue.empty() and hub.clients == 0


def _seqs(texts):
    return [json.loads(t)["seq"] for t in texts]


def test_durable_hub_goes_on_from_the_next_seq_after_a_restart(tmp_path):
    hub = EventHub(window=50, path=tmp_path / "events.db")
    for i in range(30):
        hub.publish("unit.updated", {"i": i})
    del hub  # no close: as if the process was killed; every publish outside a loop is written through
    again = EventHub(window=50, path=tmp_path / "events.db")
    assert again.seq == 30 and again.publish("unit.updated", {"i": 30}) == 31
    _, replay = again.subscribe(25)  # a client that saw 1..25 before the restart
    assert _seqs(replay) == [26, 27, 28, 29, 30, 31]
    assert json.loads(replay[0])["data"] == {"i": 25}
    again.close()


def test_durable_hub_tells_a_client_ahead_of_its_log_to_reload(tmp_path):
    hub = EventHub(window=50, path=tmp_path / "fresh.db")  # e.g. the backend's database was replaced
    hub.publish("unit.updated", {})
    _, replay = hub.subscribe(5000)
    assert json.loads(replay[0])["type"] == "replay.gap" and _seqs(replay[1:]) == [1]
    hub.close()


def test_durable_hub_commits_before_any_client_sees_an_event(tmp_path):
    async def scenario():
        hub = EventHub(window=50, path=tmp_path / "events.db")
        live, _ = hub.subscribe(None)
        for i in range(5):
            hub.publish("detection", {"i": i})  # one loop iteration: one commit, after it
        assert live.queue.empty()
        late, replay = hub.subscribe(0)  # joins before the commit: the pending events are not replayed ...
        assert replay == []
        await asyncio.sleep(0)
        for subscriber in (live, late):  # ... but delivered once, with everyone else's, after the commit
            assert _seqs([subscriber.queue.get_nowait() for _ in range(subscriber.queue.qsize())]) == [1, 2, 3, 4, 5]
        on_disk = sqlite3.connect(tmp_path / "events.db").execute("SELECT count(*) FROM events").fetchone()[0]
        assert on_disk == 5
        hub.close()

    asyncio.run(scenario())


def test_durable_hub_keeps_only_its_window_on_disk(tmp_path, monkeypatch):
    monkeypatch.setattr("console.sim.event_hub.PRUNE_EVERY", 10)
    hub = EventHub(window=20, path=tmp_path / "events.db")
    for _ in range(100):
        hub.publish("x", {})
    hub.close()
    rows = sqlite3.connect(tmp_path / "events.db").execute("SELECT min(seq), max(seq) FROM events").fetchone()
    assert rows[1] == 100 and 100 - rows[0] < 20 + 10
    again = EventHub(window=20, path=tmp_path / "events.db")
    assert again.oldest == 81 and again.seq == 100
    again.close()


def test_server_replay_window_holds_at_least_100000_events():
    """The contract promises a replay window of at least 100,000 events."""
    hub = EventHub()
    for _ in range(100_001):
        hub.publish("x", {})
    _, replay = hub.subscribe(1)
    assert json.loads(replay[0])["seq"] == 2 and len(replay) == 100_000


# -- units ------------------------------------------------------------------------------------------------------------


def test_units_move_between_updates(backend):
    """Two unit.updated events for a unit >= 1 s apart: active units moved (at most their speed allows), others not."""
    first_seen = {}
    pairs = {}

    def enough(events):
        for event in events:
            if event["type"] != "unit.updated":
                continue
            unit = event["data"]
            earlier = first_seen.setdefault(unit["id"], unit)
            if unit["updated_ms"] - earlier["updated_ms"] >= 1000:
                pairs.setdefault(unit["id"], (earlier, unit))
        events.clear()  # keep memory flat at 400 events/s
        return len(pairs) >= 10

    read(ws_url(backend), stop=enough, timeout=15)
    assert len(pairs) >= 8
    moved = 0
    for earlier, later in pairs.values():
        metres = distance_m(earlier["lat"], earlier["lon"], later["lat"], later["lon"])
        dt = (later["updated_ms"] - earlier["updated_ms"]) / 1000
        if later["status"] == "out_of_service":
            assert metres < 1, later
            continue
        assert metres <= UNIT_SPEEDS[later["kind"]] * dt * 1.5 + 2, (earlier, later)
        moved += (later["lat"], later["lon"]) != (earlier["lat"], earlier["lon"])
    active = sum(later["status"] != "out_of_service" for _, later in pairs.values())
    assert moved >= max(1, math.ceil(active * 0.75)), f"only {moved} of {active} active units moved"
