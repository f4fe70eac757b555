"""The embedded backend's drone: flight geometry, KLV that matches the painted view, the live stream, tags API."""

import asyncio
import json
import math
import time
import uuid

import aiohttp
import av
import cv2
import httpx
import numpy as np
import pytest

from console.api.local_backend import LocalBackend
from console.klv.st0601 import decode_packet
from console.sim.district import CENTRE, KosshyDistrict
from console.sim.drone import DRONE_CAMERA_ID, DRONE_ID, METRES_PER_DEG_LAT, DroneFlight
from console.sim.drone_painter import ROAD_WIDTH_M, DronePainter, to_metres
from console.sim.frame_painter import read_stamp
from tests.core.test_sim_rest import assert_valid, response_schema

T0 = 1_764_806_400_000  # a fixed instant: the flight is a pure function of time
K = math.cos(math.radians(CENTRE[0]))


def _metres(lat, lon):
    return np.array(to_metres(lat, lon))


def ground_to_pixel(corners, lat, lon, width, height):
    """Image pixel of a ground point, from the KLV's four corners alone (nadir view: an affine map)."""
    ul, ur, _, ll = (_metres(*c) for c in corners)
    basis = np.column_stack([ur - ul, ll - ul])
    u, v = np.linalg.solve(basis, _metres(lat, lon) - ul)
    return u * width, v * height


def road_distance(painter, point):
    best = math.inf
    for a, b in painter.edges:
        ab = b - a
        f = float(np.clip(np.dot(point - a, ab) / np.dot(ab, ab), 0, 1))
        best = min(best, float(np.linalg.norm(point - (a + ab * f))))
    return best


def in_building(painter, point):
    x0, y0 = painter.buildings[:, 0, 0], painter.buildings[:, 0, 1]
    x1, y1 = painter.buildings[:, 2, 0], painter.buildings[:, 2, 1]
    return bool(np.any((x0 - 2 <= point[0]) & (point[0] <= x1 + 2) & (y0 - 2 <= point[1]) & (point[1] <= y1 + 2)))


def check_view_matches_klv(bgr, packet, painter, tolerance=40):
    """Points the KLV puts on the road surface are road-grey (or a car); points it puts on open ground are green."""
    height, width = bgr.shape[:2]
    corners = packet.frame_corners()
    assert corners is not None
    rng = np.random.default_rng(5)
    road_hits = road_total = ground_hits = ground_total = 0
    for _ in range(1500):
        u, v = rng.uniform(0.05, 0.95), rng.uniform(0.1, 0.85)
        # the ground point under pixel (u, v), bilinear in the KLV corners
        top = np.array(corners[0]) + (np.array(corners[1]) - np.array(corners[0])) * u
        bottom = np.array(corners[3]) + (np.array(corners[2]) - np.array(corners[3])) * u
        lat, lon = top + (bottom - top) * v
        point = _metres(lat, lon)
        x, y = ground_to_pixel(corners, lat, lon, width, height)
        assert abs(x - u * width) < 1.0 and abs(y - v * height) < 1.0
        pixel = bgr[int(y), int(x)].astype(int)
        distance = road_distance(painter, point)
        if 2.0 < distance < ROAD_WIDTH_M / 2 - 1.5 and abs(distance - ROAD_WIDTH_M / 4) > 1.0:
            road_total += 1
            road_hits += int(np.abs(pixel - (72, 72, 76)).max() < tolerance)
        elif distance > ROAD_WIDTH_M / 2 + 2 and not in_building(painter, point):
            ground_total += 1
            ground_hits += int(np.abs(pixel - (88, 128, 104)).max() < tolerance)
    assert road_total > 20 and ground_total > 20
    assert road_hits / road_total > 0.7, (road_hits, road_total)  # cars cover some of the road
    assert ground_hits / ground_total > 0.95, (ground_hits, ground_total)


def test_flight_stays_on_the_road_loop_and_footprint_is_the_view():
    flight = DroneFlight()
    painter = DronePainter(flight, 17, "Drone", 640, 360)
    for k in range(0, 600, 7):
        state = flight.state_at(T0 + k * 1000)
        assert road_distance(painter, _metres(state.lat, state.lon)) < 1.0  # over a road all the time
        ul, ur, lr, ll = (_metres(*c) for c in state.corners)
        assert np.linalg.norm(ur - ul) == pytest.approx(2 * state.half_width_m, rel=1e-3)
        assert np.linalg.norm(ll - ul) == pytest.approx(2 * state.half_height_m, rel=1e-3)
        forward = (ul + ur) / 2 - (ll + lr) / 2
        assert math.degrees(math.atan2(forward[0], forward[1])) % 360 == pytest.approx(state.heading_deg, abs=0.1)
    speeds = []
    for k in range(20):
        a, b = flight.state_at(T0 + k * 1000), flight.state_at(T0 + k * 1000 + 200)
        metres = math.hypot((b.lat - a.lat) * METRES_PER_DEG_LAT, (b.lon - a.lon) * METRES_PER_DEG_LAT * K)
        speeds.append(metres / 0.2)
    assert max(speeds) == pytest.approx(14.0, rel=0.02)


def test_klv_packet_describes_the_state():
    flight = DroneFlight()
    for t in (T0, T0 + 123_440, T0 + 250_000):
        state = flight.state_at(t)
        packet = decode_packet(flight.klv_at(t))
        assert packet.checksum_ok and not packet.errors
        values = packet.values
        assert values["precision_time_stamp"] == t * 1000
        assert values["sensor_latitude"] == pytest.approx(state.lat, abs=1e-7)
        assert values["sensor_longitude"] == pytest.approx(state.lon, abs=1e-7)
        assert values["sensor_true_altitude"] == pytest.approx(497.0, abs=0.3)
        assert values["platform_heading_angle"] == pytest.approx(state.heading_deg, abs=0.01)
        assert values["sensor_relative_elevation_angle"] == pytest.approx(-90.0, abs=1e-6)
        assert values["platform_tail_number"] == DRONE_ID
        for (lat, lon), (klat, klon) in zip(state.corners, packet.frame_corners(), strict=True):
            assert klat == pytest.approx(lat, abs=1e-6) and klon == pytest.approx(lon, abs=1e-6)


@pytest.mark.parametrize("seconds", [0, 37, 121, 300])
def test_painted_view_matches_the_klv(seconds):
    flight = DroneFlight()
    painter = DronePainter(flight, 17, "Drone", 640, 360)
    t = T0 + seconds * 1000
    bgr = cv2.cvtColor(painter.paint(t), cv2.COLOR_YUV2BGR_I420)
    check_view_matches_klv(bgr, decode_packet(flight.klv_at(t)), painter)


# -- through the real backend -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    local = LocalBackend(tmp_path_factory.mktemp("sim-drone"))
    local.start()
    yield local
    local.stop()


@pytest.fixture(scope="module")
def served_doc(backend):
    with httpx.Client(base_url=backend.url, timeout=10) as client:
        return client.get("/openapi.json").json()


def test_drone_stream_carries_klv_at_frame_times(backend):
    with httpx.Client(base_url=backend.url, timeout=10) as client:
        camera = next(c for c in client.get("/api/v1/cameras").json()["items"] if c["kind"] == "drone")
    assert camera["id"] == DRONE_CAMERA_ID
    url = next(s["url"] for s in camera["streams"] if s["profile"] == "sub")
    frames, packets = {}, {}
    started = time.monotonic()
    with av.open(url, options={"analyzeduration": "500000", "probesize": "65536"}, timeout=10) as container:
        assert container.streams.data, "no KLV data stream"
        video = container.streams.video[0]
        for packet in container.demux(video, container.streams.data[0]):
            if packet.pts is None:
                continue
            if packet.stream.type == "video":
                for frame in packet.decode():
                    frames[frame.pts] = frame.to_ndarray(format="bgr24")
            elif packet.size:
                packets[packet.pts] = decode_packet(bytes(packet))
            if len(frames) >= 50 or time.monotonic() - started > 60:
                break
    assert len(frames) >= 50
    # one KLV packet with every frame (25 Hz; a loaded machine's encoder skips frames, and their KLV with them)
    assert len(packets) >= 0.9 * len(frames)
    steps = np.diff(sorted(packets))
    assert steps.min() == 3600 and np.all(steps % 3600 == 0)
    now_ms = time.time() * 1000
    painter = DronePainter(DroneFlight(KosshyDistrict()), 17, "Drone", 640, 360)
    matched = 0
    for pts, image in frames.items():
        packet = packets.get(pts)
        if packet is None:
            continue
        assert packet.checksum_ok
        t_ms = packet.time_us // 1000
        assert abs(t_ms - now_ms) < 60_000
        assert (t_ms * 90) % 2**33 == pts % 2**33  # the packet carries its frame's capture time
        number, tick = read_stamp(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))
        assert (number, tick) == (17, (t_ms // 40) % 65536)
        matched += 1
    assert matched >= 40
    last = max(pts for pts in frames if pts in packets)
    check_view_matches_klv(frames[last], packets[last], painter, tolerance=50)


def test_drone_telemetry_events(backend, served_doc):
    async def first_telemetry():
        async with aiohttp.ClientSession() as session, session.ws_connect(backend.url + "/api/v1/events") as ws:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                message = await ws.receive(timeout=20)
                event = json.loads(message.data)
                if event["type"] == "drone.telemetry":
                    return event
        return None

    event = asyncio.run(first_telemetry())
    assert event is not None
    data = event["data"]
    assert_valid(data, {"$ref": "#/components/schemas/DroneTelemetry"}, served_doc)
    state = DroneFlight().state_at(data["time_ms"])
    assert data["lat"] == pytest.approx(state.lat, abs=1e-6) and data["camera_id"] == DRONE_CAMERA_ID
    assert data["footprint"][0] == pytest.approx(list(state.corners[0]), abs=1e-6)


def _tag(**extra):
    return {"idempotency_key": uuid.uuid4().hex, "category": "illegal_dump", "note": "rubble by the fence",
            "drone_id": DRONE_ID, "camera_id": DRONE_CAMERA_ID, "frame_time_ms": T0, "lat": 51.08, "lon": 71.64,
            "operator": "pilot.one", **extra}


def test_tags_are_stored_once_per_key_and_listed(backend, served_doc):
    with httpx.Client(base_url=backend.url, timeout=10) as client:
        body = _tag()
        first = client.post("/api/v1/tags", json=body)
        assert first.status_code == 201
        assert_valid(first.json(), response_schema(served_doc, "/api/v1/tags", "post", 201), served_doc)
        again = client.post("/api/v1/tags", json=body)
        assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
        other = client.post("/api/v1/tags", json=_tag(category="crowd", frame_time_ms=T0 + 5000, note=""))
        assert other.status_code == 201
        listed = client.get("/api/v1/tags", params={"drone_id": DRONE_ID, "since_ms": T0, "until_ms": T0 + 5000})
        assert_valid(listed.json(), response_schema(served_doc, "/api/v1/tags", "get", 200), served_doc)
        items = listed.json()["items"]
        assert [t["category"] for t in items] == ["illegal_dump", "crowd"]
        assert items[0]["note"] == "rubble by the fence"


@pytest.mark.parametrize(
    ("change", "message"),
    [({"category": "ufo"}, "category"), ({"idempotency_key": "short"}, "idempotency_key"), ({"lat": 95.0}, "lat"),
     ({"frame_time_ms": "soon"}, "frame_time_ms"), ({"note": "x" * 2001}, "note")],
)
def test_bad_tags_are_refused_with_a_reason(backend, change, message):
    with httpx.Client(base_url=backend.url, timeout=10) as client:
        response = client.post("/api/v1/tags", json=_tag(**change))
        assert response.status_code == 400
        assert message in response.json()["detail"]
        assert client.post("/api/v1/tags", content=b"{not json").status_code == 400


def test_a_new_tag_is_published_once(backend, served_doc):
    body = _tag(category="sanitation", frame_time_ms=T0 + 9000)

    async def scenario():
        async with aiohttp.ClientSession() as session, session.ws_connect(backend.url + "/api/v1/events") as ws:
            async with session.post(backend.url + "/api/v1/tags", json=body) as response:
                assert response.status == 201
            async with session.post(backend.url + "/api/v1/tags", json=body) as response:
                assert response.status == 200  # the same key again: stored and published once
            seen = []
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    message = await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
                except TimeoutError:
                    break
                event = json.loads(message.data)
                if event["type"] == "tag.created":
                    seen.append(event["data"])
            return seen

    seen = asyncio.run(scenario())
    mine = [t for t in seen if t["frame_time_ms"] == T0 + 9000]
    assert len(mine) == 1 and mine[0]["category"] == "sanitation"
    assert_valid(mine[0], {"$ref": "#/components/schemas/Tag"}, served_doc)


def test_klv_dump_reads_the_live_drone_stream(backend):
    import io

    from console.klv.dump import dump

    with httpx.Client(base_url=backend.url, timeout=30) as client:
        camera = next(c for c in client.get("/api/v1/cameras").json()["items"] if c["kind"] == "drone")
    url = next(s["url"] for s in camera["streams"] if s["profile"] == "sub")
    out = io.StringIO()
    assert dump(url, out, count=5) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == 5
    for record in records:
        assert record["checksum_ok"] is True
        assert record["platform_tail_number"] == DRONE_ID and len(record["frame_corners"]) == 4
        assert record["sensor_true_altitude"] == pytest.approx(497.0, abs=0.3)
        state = DroneFlight().state_at(record["precision_time_stamp"] // 1000)
        assert record["sensor_latitude"] == pytest.approx(state.lat, abs=1e-7)
